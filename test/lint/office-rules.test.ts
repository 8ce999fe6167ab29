/**
 * The linter keeps the Office.js rules of eslint-plugin-office-addins on our code, not only the
 * recording fake at run time. ESLint runs in a child process: it loads eslint.config.mjs as an ES
 * module, which jest's CommonJS runtime cannot import.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
// The package's exports leave out its command line, so it is found by path.
const ESLINT = path.join(ROOT, 'node_modules/eslint/bin/eslint.js');

interface LintMessage {
  ruleId: string | null;
  severity: number;
  line: number;
}

function eslint(args: string[], input?: string): string {
  const run = spawnSync(process.execPath, [ESLINT, ...args], { cwd: ROOT, input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  // 0: clean, 1: findings; anything else is ESLint failing to run (a broken config, a parse error).
  if (run.status !== 0 && run.status !== 1) throw new Error(`eslint exited ${String(run.status)}: ${run.stderr}`);
  return run.stdout;
}

// A sync per sheet (line 4) and the same work with one sync (line 9). It is linted in place of a real
// adapter file (the type-checked project only knows files it includes); that file is not changed.
const SNIPPET = `export async function addEach(context: Excel.RequestContext, names: string[]): Promise<void> {
  for (const name of names) {
    context.workbook.worksheets.add(name);
    await context.sync();
  }
}
export async function addAll(context: Excel.RequestContext, names: string[]): Promise<void> {
  for (const name of names) context.workbook.worksheets.add(name);
  await context.sync();
}
`;

// Loading the type-checked project takes a minute and more on a busy 2-core machine.
jest.setTimeout(300_000);

describe('the linter', () => {
  it('reports a context.sync() inside a loop as an error, and not the same work synced once', () => {
    const [result] = JSON.parse(eslint(['--format', 'json', '--stdin', '--stdin-filename', 'src/excel/write-chart.ts'], SNIPPET)) as {
      messages: LintMessage[];
    }[];
    const fatal = result.messages.filter((m) => m.ruleId === null);
    expect(fatal).toEqual([]);
    const office = result.messages.filter((m) => m.ruleId?.startsWith('office-addins/'));
    expect(office.map((m) => [m.ruleId, m.severity, m.line])).toEqual([['office-addins/no-context-sync-in-loop', 2, 4]]);
  });

  it('applies the Office rules, the type-checked rules and the hooks rules to the task pane', () => {
    const config = JSON.parse(eslint(['--print-config', 'src/taskpane/App.tsx'])) as { rules: Record<string, unknown> };
    const on = (rule: string) => {
      const setting = config.rules[rule];
      return (Array.isArray(setting) ? setting[0] : setting) === 2;
    };
    for (const rule of [
      'office-addins/no-context-sync-in-loop',
      'office-addins/load-object-before-read',
      'office-addins/call-sync-before-read',
      'office-addins/no-empty-load',
      'office-addins/no-navigational-load',
      '@typescript-eslint/no-floating-promises',
      'react-hooks/rules-of-hooks',
    ]) {
      expect([rule, on(rule)]).toEqual([rule, true]);
    }
  });
});
