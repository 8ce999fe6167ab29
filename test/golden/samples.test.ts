/**
 * Golden test: the synthetic commune in assets/samples/ (written by `npm run samples`) read through
 * the real ExcelJS adapter and consolidated with bo-y-2025 as of 27/10/2025 must give exactly the
 * figures and issue counts the generator computed from its own model (assets/samples/expected.json).
 * Nothing is regenerated here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { PRESETS } from '../../src/core/campaign/presets';
import { consolidate } from '../../src/core/consolidate';
import { ReportModel } from '../../src/core/report/model';
import { nameGridsFromFiles } from '../../src/core/table/source-names';
import { readXlsxFile } from '../../src/files/read-xlsx';

const DIR = join(__dirname, '..', '..', 'assets', 'samples');
const AS_OF = '2025-10-27';

/** Null numerator and denominator: the list lacks a column the indicator needs, so it has no figure (ISSUE 10 §2). */
interface Fraction {
  numerator: number | null;
  denominator: number | null;
}
interface Totals {
  entities: number;
  records: number;
  counted: number;
  indicators: Record<string, Fraction>;
}
interface Expected {
  campaign: string;
  asOf: string;
  files: string[];
  sheets: { file: string; sheet: string; role: string }[];
  entities: { sheet: string; kind: 'village' | 'unit'; headerRow: number; records: number; counted: number; indicators: Record<string, Fraction> }[];
  totals: { village: Totals; unit: Totals };
  issues: Record<string, Record<string, number>>;
}

const expected: Expected = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8'));
const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.xlsx'))
  .sort();

let model: ReportModel;

beforeAll(async () => {
  const sources = [];
  for (const f of files) sources.push({ baseName: basename(f, extname(f)), grids: await readXlsxFile(join(DIR, f)) });
  model = consolidate({ grids: nameGridsFromFiles(sources), campaign: PRESETS['bo-y-2025'], asOf: AS_OF });
});

const fractions = (values: Record<string, Fraction>) =>
  Object.fromEntries(Object.entries(values).map(([id, v]) => [id, { numerator: v.numerator, denominator: v.denominator }]));

describe('expected.json is consistent with itself', () => {
  test('it was made for bo-y-2025 as of 27/10/2025, from the files that are there', () => {
    expect(expected.campaign).toBe('bo-y-2025');
    expect(expected.asOf).toBe(AS_OF);
    expect([...expected.files].sort()).toEqual(files);
  });

  test.each(['village', 'unit'] as const)('%s totals are the sums over its entities', (kind) => {
    const members = expected.entities.filter((e) => e.kind === kind);
    const t = expected.totals[kind];
    expect(t.entities).toBe(members.length);
    expect(t.records).toBe(members.reduce((s, e) => s + e.records, 0));
    expect(t.counted).toBe(members.reduce((s, e) => s + e.counted, 0));
    for (const [id, v] of Object.entries(t.indicators)) {
      expect({ id, ...v }).toEqual({
        id,
        numerator: members.reduce((s, e) => s + (e.indicators[id]?.numerator ?? 0), 0),
        denominator: members.reduce((s, e) => s + (e.indicators[id]?.denominator ?? 0), 0),
      });
    }
  });
});

describe('the engine on the sample commune (bo-y-2025, 27/10/2025)', () => {
  test('the report model passes its schema', () => {
    expect(() => ReportModel.parse(model)).not.toThrow();
  });

  test('every sheet gets the role the generator gave it', () => {
    expect(model.sheets.map((s) => ({ sheet: s.sheet, role: s.role }))).toEqual(expected.sheets.map((s) => ({ sheet: s.sheet, role: s.role })));
  });

  test('the same entities, in the same order', () => {
    expect(model.entities.map((e) => `${e.kind}:${e.sheet}`)).toEqual(expected.entities.map((e) => `${e.kind}:${e.sheet}`));
  });

  test.each(expected.entities.map((e) => [e.sheet, e] as const))('%s: header row, records, counted and every indicator', (sheet, want) => {
    const got = model.entities.find((e) => e.sheet === sheet);
    expect(got).toBeDefined();
    expect({ kind: got!.kind, headerRow: got!.headerRow, records: got!.records, counted: got!.counted, indicators: fractions(got!.indicators) }).toEqual({
      kind: want.kind,
      headerRow: want.headerRow,
      records: want.records,
      counted: want.counted,
      indicators: want.indicators,
    });
  });

  test.each(['village', 'unit'] as const)('%s totals', (kind) => {
    const got = model.totals[kind];
    const want = expected.totals[kind];
    expect({ entities: got.entities, records: got.records, counted: got.counted, indicators: fractions(got.indicators) }).toEqual(want);
  });

  test.each(Object.keys(expected.issues).map((s) => [s] as const))('%s: issue codes and counts', (sheet) => {
    const got: Record<string, number> = {};
    for (const i of model.issues) if (i.sheet === sheet) got[i.code] = (got[i.code] ?? 0) + (i.cells ?? 1); // a finding grouped over a column counts its cells
    expect(got).toEqual(expected.issues[sheet]);
  });

  test('no issue on a sheet the generator does not know', () => {
    const known = new Set(Object.keys(expected.issues));
    expect(model.issues.filter((i) => !known.has(i.sheet)).map((i) => `${i.sheet}: ${i.code}`)).toEqual([]);
  });
});
