import fc from 'fast-check';
import { checkCccdAgainstPerson, isScientificFormat, parseCccd } from '../../../src/core/ids/cccd';
import { CCCD_PROVINCES, provinceCodeKind, provinceName } from '../../../src/core/ids/provinces';

const codesOf = (r: { issues: { code: string }[] }) => r.issues.map((i) => i.code);

describe('parseCccd: clean values', () => {
  it('accepts a 12-digit text CCCD and reads birth year and sex from it', () => {
    const r = parseCccd('001085012345');
    expect(r).toEqual({
      kind: 'cccd',
      value: '001085012345',
      key: 1085012345,
      valid: true,
      birthYear: 1985,
      male: true,
      issues: [],
    });
  });

  it('shares one frozen empty issue list on the clean path', () => {
    const a = parseCccd('001085012345');
    const b = parseCccd('038196001234');
    expect(a.issues).toBe(b.issues);
    expect(Object.isFrozen(a.issues)).toBe(true);
  });

  it.each([
    ['001085012345', 1985, true],
    ['001185012345', 1985, false],
    ['001205012345', 2005, true],
    ['001305012345', 2005, false],
    ['038000000001', 1900, true],
    ['038399000001', 2099, false],
  ])('reads century/sex digit of %s as born %i, male %s', (value, year, male) => {
    const r = parseCccd(value);
    expect(r.valid).toBe(true);
    expect(r.birthYear).toBe(year);
    expect(r.male).toBe(male);
  });

  it('treats null, empty and blank cells as empty, with no issue', () => {
    for (const raw of [null, '', '   ', '\u00a0', '-']) {
      const r = parseCccd(raw);
      expect(r.kind).toBe('empty');
      expect(r.valid).toBe(false);
      expect(r.key).toBeNaN();
      expect(r.issues).toEqual([]);
    }
  });
});

describe('parseCccd: leading zeros Excel dropped', () => {
  it('restores a CCCD whose leading zero Excel dropped (11-digit numeric cell)', () => {
    const r = parseCccd(38196001234);
    expect(r.kind).toBe('cccd');
    expect(r.value).toBe('038196001234');
    expect(r.valid).toBe(true);
    expect(r.birthYear).toBe(1996);
    expect(r.male).toBe(false);
    expect(r.issues).toEqual([
      { code: 'CCCD_LEADING_ZERO_RESTORED', params: { value: '038196001234', original: '38196001234' } },
    ]);
  });

  it('restores two leading zeros of a 10-digit numeric cell', () => {
    const r = parseCccd(1085012345);
    expect(r.value).toBe('001085012345');
    expect(r.valid).toBe(true);
    expect(codesOf(r)).toEqual(['CCCD_LEADING_ZERO_RESTORED']);
  });

  it('gives the same key to the text and the numeric form so duplicates meet', () => {
    expect(parseCccd(1085012345).key).toBe(parseCccd('001085012345').key);
  });

  it('does not recover an 11-digit text cell: someone typed it short', () => {
    const r = parseCccd('38196001234');
    expect(r.kind).toBe('invalid');
    expect(r.valid).toBe(false);
    expect(r.key).toBeNaN();
    expect(r.issues).toEqual([
      { code: 'CCCD_FORMAT', params: { value: '38196001234', reason: 'length', digits: 11 } },
    ]);
  });

  it('reports a restored number whose province is still wrong', () => {
    const r = parseCccd(3085012345);
    expect(r.value).toBe('003085012345');
    expect(r.valid).toBe(false);
    expect(codesOf(r)).toEqual(['CCCD_LEADING_ZERO_RESTORED', 'CCCD_PROVINCE']);
  });
});

describe('parseCccd: numeric cells', () => {
  it('reads a 12-digit numeric cell as is (it cannot start with 0, so its code is not a province)', () => {
    const r = parseCccd(300085012345);
    expect(r.kind).toBe('cccd');
    expect(r.value).toBe('300085012345');
    expect(codesOf(r)).toEqual(['CCCD_PROVINCE']);
  });

  it('accepts a 12-digit numeric cell of a birth registered abroad, with a warning', () => {
    const r = parseCccd(123085012345);
    expect(r.valid).toBe(true);
    expect(codesOf(r)).toEqual(['CCCD_FOREIGN_BIRTH']);
  });

  it.each([1085012345.5, -1085012345, NaN, Infinity])('rejects the non-integer number %p', (n) => {
    const r = parseCccd(n);
    expect(r.kind).toBe('invalid');
    expect(r.issues[0].code).toBe('CCCD_FORMAT');
    expect((r.issues[0].params as Record<string, unknown>).reason).toBe('notInteger');
  });

  it('rejects a number shown in scientific format: it was typed or pasted already rounded', () => {
    const r = parseCccd(123085000000, '0.00E+00');
    expect(r.kind).toBe('invalid');
    expect(r.issues).toEqual([{ code: 'CCCD_FORMAT', params: { value: '123085000000', reason: 'rounded' } }]);
  });

  it('keeps a 12-digit number in General format (Excel only displays it in scientific form)', () => {
    expect(parseCccd(123085012345, 'General').valid).toBe(true);
    expect(parseCccd(1085012345, '@').value).toBe('001085012345');
  });

  it.each([0, 12345678, 1234567890123])('rejects a number with the wrong count of digits: %p', (n) => {
    const r = parseCccd(n);
    expect(r.issues[0]).toEqual({
      code: 'CCCD_FORMAT',
      params: { value: String(n), reason: 'length', digits: String(n).length },
    });
  });

  it('rejects TRUE/FALSE in an ID column', () => {
    for (const b of [true, false]) {
      const r = parseCccd(b);
      expect(r.kind).toBe('invalid');
      expect(r.issues).toEqual([{ code: 'CCCD_FORMAT', params: { value: b ? 'TRUE' : 'FALSE', reason: 'boolean' } }]);
    }
  });
});

describe('parseCccd: messy text', () => {
  it.each([
    ['  001085012345  '],
    ['\t001085012345\n'],
    ['001 085 012 345'],
    ['001\u00a0085\u00a0012\u00a0345'],
    ['001.085.012.345'],
    ['001-085-012-345'],
    ["'001085012345"],
    ['\u200b001085012345'],
    ['001085012345\ufeff\u2060'],
    // ISSUE 14 §3: direction marks and isolates pasted from a web form or an RTL-aware editor.
    ['\u200e001085012345'],
    ['\u2066001085012345\u2069'],
    ['001085\u200f012345\u202c'],
    ['\u00a0001085012345'.normalize('NFD')],
  ])('reads %p as 001085012345', (raw) => {
    const r = parseCccd(raw);
    expect(r.kind).toBe('cccd');
    expect(r.value).toBe('001085012345');
    expect(r.key).toBe(1085012345);
    expect(r.issues).toEqual([]);
  });

  it.each([
    ['００１０８５０１２３４５', '001085012345', 'full-width digits'],
    ['O01085012345', '001085012345', 'the letter O for 0'],
    ['0010850l2345', '001085012345', 'a small l for 1'],
    ['00I 085 0I2 345', '001085012345', 'capital I for 1, in groups'],
    ['o38196OO1234', '038196001234', 'three look-alike letters'],
    ['O2O3O4567', '020304567', 'a CMND'],
  ])('reads %p as %p with a warning (%s)', (raw, value) => {
    const r = parseCccd(raw);
    expect(r.value).toBe(value);
    expect(r.issues[0]).toEqual({ code: 'ID_CHARACTERS_CLEANED', params: { value: raw, cleaned: value } });
  });

  it.each([
    ['OOOO85012345', 'four look-alike letters'],
    ['0010850l234', 'a look-alike letter and 11 characters: no CCCD length'],
    ['00108501234S', 'a letter that looks like no digit'],
  ])('rejects %p: %s', (raw) => {
    const r = parseCccd(raw);
    expect(r.kind).toBe('invalid');
    expect(r.issues).toEqual([{ code: 'CCCD_FORMAT', params: { value: raw, reason: 'characters' } }]);
  });

  it.each(['1.23457E+11', '1,23457E+11', '1.23457e+11', ' 1.2E+11 '])(
    'rejects %p: Excel already rounded it, the digits are lost',
    (raw) => {
      const r = parseCccd(raw);
      expect(r.kind).toBe('invalid');
      expect(r.issues[0].code).toBe('CCCD_FORMAT');
      expect((r.issues[0].params as Record<string, unknown>).reason).toBe('rounded');
    },
  );

  it.each(['00108501234A', 'CCCD 001085012345', '001085012345/002085012345', 'không có'])(
    'rejects %p: not only digits',
    (raw) => {
      const r = parseCccd(raw);
      expect(r.kind).toBe('invalid');
      expect((r.issues[0].params as Record<string, unknown>).reason).toBe('characters');
    },
  );

  it('rejects 10 and 13 digits of text', () => {
    expect(parseCccd('0010850123').issues[0].params).toMatchObject({ reason: 'length', digits: 10 });
    expect(parseCccd('0010850123456').issues[0].params).toMatchObject({ reason: 'length', digits: 13 });
  });

  it('keeps a long pasted value out of the issue parameters', () => {
    const r = parseCccd('x'.repeat(500));
    expect(String((r.issues[0].params as Record<string, unknown>).value).length).toBeLessThanOrEqual(40);
  });
});

describe('parseCccd: century/sex digit and province code', () => {
  it.each(['4', '5', '6', '7', '8', '9'])('rejects century/sex digit %s: nobody alive was born after 2099', (g) => {
    const value = `001${g}85012345`;
    const r = parseCccd(value);
    expect(r.kind).toBe('invalid');
    expect(r.birthYear).toBeNull();
    expect(r.issues).toEqual([{ code: 'CCCD_FORMAT', params: { value, reason: 'century' } }]);
  });

  it('flags a province code that is not one of the 63 but still reads the birth year', () => {
    const r = parseCccd('003085012345');
    expect(r.kind).toBe('cccd');
    expect(r.valid).toBe(false);
    expect(r.key).toBe(3085012345);
    expect(r.birthYear).toBe(1985);
    expect(r.issues).toEqual([{ code: 'CCCD_PROVINCE', params: { value: '003085012345', code: '003' } }]);
  });

  it.each(['000', '097', '100', '296', '999'])('rejects province code %s', (ppp) => {
    const r = parseCccd(`${ppp}085012345`);
    expect(r.valid).toBe(false);
    expect(codesOf(r)).toEqual(['CCCD_PROVINCE']);
  });

  it.each(['101', '200', '295'])('warns for a birth registered abroad (code %s) but keeps the CCCD valid', (ppp) => {
    const r = parseCccd(`${ppp}085012345`);
    expect(r.valid).toBe(true);
    expect(r.issues).toEqual([
      { code: 'CCCD_FOREIGN_BIRTH', params: { value: `${ppp}085012345`, code: ppp } },
    ]);
  });
});

describe('parseCccd: old 9-digit CMND', () => {
  it('accepts a 9-digit CMND with a warning, not as a CCCD, with a key for duplicates', () => {
    const r = parseCccd('012345678');
    expect(r).toEqual({
      kind: 'cmnd',
      value: '012345678',
      key: 12345678,
      valid: false,
      birthYear: null,
      male: null,
      issues: [{ code: 'CMND_OLD', params: { value: '012345678' } }],
    });
  });

  it('accepts a 9-digit CMND from a numeric cell and with group separators', () => {
    expect(parseCccd(123456789).kind).toBe('cmnd');
    expect(parseCccd('123 456 789').value).toBe('123456789');
  });
});

describe('parseCccd: properties', () => {
  const cccdParts = fc.record({
    province: fc.constantFrom(...CCCD_PROVINCES.map((p) => p.code)),
    g: fc.integer({ min: 0, max: 3 }),
    yy: fc.integer({ min: 0, max: 99 }),
    serial: fc.integer({ min: 0, max: 999999 }),
  });
  const text = (p: { province: number; g: number; yy: number; serial: number }) =>
    String(p.province).padStart(3, '0') + p.g + String(p.yy).padStart(2, '0') + String(p.serial).padStart(6, '0');

  it('reads every well-formed CCCD as valid, with the birth year and sex it encodes', () => {
    fc.assert(
      fc.property(cccdParts, (p) => {
        const r = parseCccd(text(p));
        expect(r.valid).toBe(true);
        expect(r.key).toBe(Number(text(p)));
        expect(r.birthYear).toBe(1900 + 100 * Math.floor(p.g / 2) + p.yy);
        expect(r.male).toBe(p.g % 2 === 0);
      }),
    );
  });

  it('recovers the same CCCD from the number Excel made of it', () => {
    fc.assert(
      fc.property(cccdParts, (p) => {
        const fromText = parseCccd(text(p));
        const fromNumber = parseCccd(Number(text(p)));
        expect(fromNumber.value).toBe(fromText.value);
        expect(fromNumber.key).toBe(fromText.key);
        expect(fromNumber.valid).toBe(true);
        expect(codesOf(fromNumber)).toEqual(['CCCD_LEADING_ZERO_RESTORED']);
      }),
    );
  });

  it('never throws, whatever the cell holds', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.double(), fc.boolean(), fc.constant(null)), (raw) => {
        const r = parseCccd(raw);
        expect(r.valid).toBe(r.kind === 'cccd' && !r.issues.some((i) => i.code === 'CCCD_PROVINCE'));
      }),
    );
  });
});

describe('checkCccdAgainstPerson', () => {
  const man1985 = parseCccd('001085012345');

  it('finds nothing when the row agrees with the CCCD', () => {
    expect(checkCccdAgainstPerson(man1985, 1985, true)).toEqual([]);
  });

  it('flags a birth year that differs from the one the CCCD encodes', () => {
    expect(checkCccdAgainstPerson(man1985, 1986, true)).toEqual([
      { code: 'CCCD_BIRTH_MISMATCH', params: { value: '001085012345', cccdYear: 1985, listYear: 1986 } },
    ]);
  });

  it('flags a century mismatch: 2/3 mean born 2000–2099', () => {
    const r = parseCccd('001205012345');
    expect(codesOf({ issues: checkCccdAgainstPerson(r, 1905, true) })).toEqual(['CCCD_BIRTH_MISMATCH']);
    expect(checkCccdAgainstPerson(r, 2005, true)).toEqual([]);
  });

  it('flags a sex that differs from the one the CCCD encodes', () => {
    expect(checkCccdAgainstPerson(man1985, 1985, false)).toEqual([
      { code: 'CCCD_SEX_MISMATCH', params: { value: '001085012345', cccdMale: 1, listMale: 0 } },
    ]);
    expect(codesOf({ issues: checkCccdAgainstPerson(parseCccd('001185012345'), null, true) })).toEqual([
      'CCCD_SEX_MISMATCH',
    ]);
  });

  it('reports both mismatches at once', () => {
    expect(codesOf({ issues: checkCccdAgainstPerson(man1985, 1990, false) })).toEqual([
      'CCCD_BIRTH_MISMATCH',
      'CCCD_SEX_MISMATCH',
    ]);
  });

  it('checks only what the row knows', () => {
    expect(checkCccdAgainstPerson(man1985, null, null)).toEqual([]);
    expect(checkCccdAgainstPerson(man1985, 1985, null)).toEqual([]);
    expect(checkCccdAgainstPerson(man1985, null, true)).toEqual([]);
  });

  it('has nothing to compare for a CMND, an invalid value or an empty cell', () => {
    for (const raw of ['012345678', 'abc', null]) {
      expect(checkCccdAgainstPerson(parseCccd(raw), 1900, false)).toEqual([]);
    }
  });
});

describe('provinces', () => {
  it('holds the 63 codes of Circular 07/2016, each once', () => {
    const listed =
      '001 002 004 006 008 010 011 012 014 015 017 019 020 022 024 025 026 027 030 031 033 034 035 036 037 038 ' +
      '040 042 044 045 046 048 049 051 052 054 056 058 060 062 064 066 067 068 070 072 074 075 077 079 080 082 ' +
      '083 084 086 087 089 091 092 093 094 095 096';
    expect(CCCD_PROVINCES.map((p) => String(p.code).padStart(3, '0')).join(' ')).toBe(listed);
    expect(provinceName(38)).toBe('Thanh Hóa');
    expect(provinceName(3)).toBeNull();
  });

  it.each([
    [1, 'province'],
    [96, 'province'],
    [0, 'invalid'],
    [3, 'invalid'],
    [97, 'invalid'],
    [100, 'invalid'],
    [101, 'foreign'],
    [295, 'foreign'],
    [296, 'invalid'],
    [999, 'invalid'],
    [1000, 'invalid'],
    [-1, 'invalid'],
    [1.5, 'invalid'],
    [NaN, 'invalid'],
  ])('classifies code %p as %s', (code, kind) => {
    expect(provinceCodeKind(code)).toBe(kind);
  });
});

describe('isScientificFormat', () => {
  it('tells scientific number formats from others', () => {
    expect(isScientificFormat('0.00E+00')).toBe(true);
    expect(isScientificFormat('##0.0e-0')).toBe(true);
    expect(isScientificFormat('General')).toBe(false);
    expect(isScientificFormat('000000000000')).toBe(false);
    expect(isScientificFormat('@')).toBe(false);
  });
});
