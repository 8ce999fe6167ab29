/**
 * The linter keeps the Office.js rules of eslint-plugin-office-addins on our code, not only the
 * recording fake at run time. ESLint runs in a child process: it loads eslint.config.mjs as an ES
 * module, which jest's CommonJS runtime cannot import.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const ESLINT = require.resolve('eslint/bin/eslint.js', { paths: [ROOT] });

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

// A sync per sheet (line 4) and the same work with one sync (line 9). The file name puts it in
// src/excel, so the type-checked project and the Office rules apply as they do to the real adapter.
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

describe('the linter', () => {
  it('reports a context.sync() inside a loop as an error, and not the same work synced once', () => {
    const [result] = JSON.parse(eslint(['--format', 'json', '--stdin', '--stdin-filename', 'src/excel/lint-probe.ts'], SNIPPET)) as {
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
