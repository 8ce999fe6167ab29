/**
 * No function of the engine is over 80 lines (issue 9): a longer one is doing several jobs that want
 * names of their own. A failure names the file, the line and the function.
 */
import { join } from 'node:path';
import { functionLengths } from './function-lengths';

const CORE = join(__dirname, '../../src/core');
const MAX_LINES = 80;

describe('function length in src/core', () => {
  const all = functionLengths(CORE);

  it('finds the functions it measures (the walk sees declarations, arrows and methods)', () => {
    const byName = (name: string) => all.find((f) => f.name === name);
    expect(byName('consolidate')).toMatchObject({ file: 'consolidate.ts' });
    expect(byName('columnLetter')).toMatchObject({ file: 'grid.ts', lines: 10 });
    expect(byName('readRow')).toMatchObject({ file: 'table/list-reader.ts' });
    expect(all.length).toBeGreaterThan(500);
  });

  it(`has no function over ${MAX_LINES} lines`, () => {
    const long = all.filter((f) => f.lines > MAX_LINES).map((f) => `${f.file}:${f.line} ${f.name} (${f.lines} lines)`);
    expect(long).toEqual([]);
  });
});
