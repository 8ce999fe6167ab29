import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const CORE = join(__dirname, '../../src/core');
const FORBIDDEN = /from\s+['"](node:|fs|path|os|child_process|exceljs|react|react-dom|@fluentui\/|@microsoft\/|office-)/;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('the engine stays pure', () => {
  test('no file under src/core imports Node, ExcelJS, React, Fluent or Office', () => {
    const offenders = sources(CORE).filter((f) => FORBIDDEN.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });

  test('src/core compiles with no DOM, Node or Office types', () => {
    // Throws (and fails the test) with tsc's diagnostics when core reaches for a global it must not know.
    execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '--noEmit', '-p', join(CORE, 'tsconfig.json')], { stdio: 'pipe' });
  });
});
