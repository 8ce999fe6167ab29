import fc from 'fast-check';
import { bhytIssuerKind, parseBhyt } from '../../../src/core/ids/bhyt';
import { BHYT_OBJECT_CODES, usualBenefitLevels } from '../../../src/core/ids/bhyt-codes';

const codesOf = (r: { issues: { code: string }[] }) => r.issues.map((i) => i.code);

describe('parseBhyt: valid numbers', () => {
  it('reads a 15-character card: object code, benefit level, issuer, mã số BHXH', () => {
    expect(parseBhyt('HS4010123456789')).toEqual({
      kind: 'card15',
      value: 'HS4010123456789',
      last10: 123456789,
      valid: true,
      objectCode: 'HS',
      benefitLevel: 4,
      issuer: 1,
      issues: [],
    });
  });

  it('reads a 10-digit mã số BHXH alone (cards printed since 1/4/2021)', () => {
    expect(parseBhyt('0123456789')).toEqual({
      kind: 'bhxh10',
      value: '0123456789',
      last10: 123456789,
      valid: true,
      objectCode: null,
      benefitLevel: null,
      issuer: null,
      issues: [],
    });
  });

  it('matches a 15-character card and its 10-digit mã số BHXH on the last 10 characters', () => {
    expect(parseBhyt('GD4797912345678').last10).toBe(parseBhyt('7912345678').last10);
    expect(parseBhyt('GD4797912345678').last10).toBe(parseBhyt(7912345678).last10);
  });

  it('reads a 10-digit numeric cell as a mã số BHXH', () => {
    const r = parseBhyt(7912345678);
    expect(r.kind).toBe('bhxh10');
    expect(r.value).toBe('7912345678');
    expect(r.valid).toBe(true);
  });

  it('shares one frozen empty issue list on the clean path', () => {
    const a = parseBhyt('HS4010123456789');
    const b = parseBhyt('0123456789');
    expect(a.issues).toBe(b.issues);
    expect(Object.isFrozen(a.issues)).toBe(true);
  });

  it('accepts issuers 97 (BHXH BQP) and 98 (BHXH CAND)', () => {
    const army = parseBhyt('QN5970123456789');
    const police = parseBhyt('CA5980123456789');
    expect(army.valid && police.valid).toBe(true);
    expect([army.issuer, police.issuer]).toEqual([97, 98]);
    expect(army.issues).toEqual([]);
    expect(police.issues).toEqual([]);
    expect([bhytIssuerKind(97), bhytIssuerKind(98), bhytIssuerKind(1), bhytIssuerKind(99)]).toEqual([
      'defence',
      'police',
      'vss',
      'vss',
    ]);
    expect([bhytIssuerKind(0), bhytIssuerKind(100), bhytIssuerKind(1.5)]).toEqual(['invalid', 'invalid', 'invalid']);
  });

  it('treats null, empty and blank cells as empty, with no issue', () => {
    for (const raw of [null, '', '  ', '\u00a0', '-']) {
      const r = parseBhyt(raw);
      expect(r.kind).toBe('empty');
      expect(r.valid).toBe(false);
      expect(r.last10).toBeNaN();
      expect(r.issues).toEqual([]);
    }
  });
});

describe('parseBhyt: messy text', () => {
  it.each([
    ['hs4010123456789'],
    ['Hs4010123456789'],
    ['HS 4 01 0123456789'],
    ['HS4-01-0123456789'],
    ['HS4 01 012 345 6789'],
    ['  HS4010123456789\t'],
    ['\u00a0HS4010123456789\u00a0'],
    ["'HS4010123456789"],
    ['HS4010123456789\u200b'],
    ['HS4010123456789\u2060'],
    ['\u200fHS4010123456789\u200e'],
    ['\u2067HS4010123456789\u2069'],
    [' hs4010123456789 '.normalize('NFD')],
  ])('reads %p as HS4010123456789', (raw) => {
    const r = parseBhyt(raw);
    expect(r.kind).toBe('card15');
    expect(r.value).toBe('HS4010123456789');
    expect(r.valid).toBe(true);
    expect(r.issues).toEqual([]);
  });

  it.each([
    ['ＨＳ４０１０１２３４５６７８９', 'HS4010123456789', 'full-width characters'],
    ['HS4O10123456789', 'HS4010123456789', 'the letter O in the issuer'],
    ['HS401012345678o', 'HS4010123456780', 'a small o in the mã số BHXH'],
    ['hs4010l234567I9', 'HS4010123456719', 'l and I for 1'],
    ['012345678O', '0123456780', 'O in a 10-character mã số BHXH'],
  ])('reads %p as %p with a warning (%s)', (raw, value) => {
    const r = parseBhyt(raw);
    expect(r.value).toBe(value);
    expect(r.valid).toBe(true);
    expect(r.issues).toEqual([{ code: 'ID_CHARACTERS_CLEANED', params: { value: raw, cleaned: value } }]);
  });

  it('keeps the object code\'s letters: "NO" is a code, not "N0"', () => {
    const r = parseBhyt('NO4O10123456789');
    expect(r.value).toBe('NO4010123456789');
    expect(r.objectCode).toBe('NO');
    expect(r.issues.map((i) => i.code)).toContain('ID_CHARACTERS_CLEANED');
  });

  it('reads a 10-digit mã số BHXH with spaces around and inside', () => {
    const r = parseBhyt(' 01 2345 6789 ');
    expect(r.kind).toBe('bhxh10');
    expect(r.value).toBe('0123456789');
  });
});

describe('parseBhyt: BHYT_FORMAT', () => {
  it.each([
    ['HS401012345678', 14],
    ['HS40101234567890', 16],
    ['012345678', 9],
    ['01234567890', 11],
    ['001085012345', 12],
  ])('rejects %p: neither 10 nor 15 characters', (raw, length) => {
    const r = parseBhyt(raw);
    expect(r.kind).toBe('invalid');
    expect(r.valid).toBe(false);
    expect(r.last10).toBeNaN();
    expect(r.issues).toEqual([{ code: 'BHYT_FORMAT', params: { value: raw, reason: 'length', length } }]);
  });

  it.each([
    ['1S4010123456789', 'a digit where the object code belongs'],
    ['ĐN4010123456789', 'a Vietnamese letter in the object code'],
    ['HSX010123456789', 'a letter where the benefit level belongs'],
    ['HS4A10123456789', 'a letter in the issuer'],
    ['HS401012345678B', 'a letter in the mã số BHXH'],
    ['012345678B', 'a letter in a 10-character mã số BHXH'],
    ['0OII0OII00', 'more look-alike letters than digits: text, not a number'],
    ['HS4.01.01234567', 'dots, which are not separators in a card number'],
  ])('rejects %p: %s', (raw) => {
    const r = parseBhyt(raw);
    expect(r.kind).toBe('invalid');
    expect(r.issues).toEqual([{ code: 'BHYT_FORMAT', params: { value: raw, reason: 'characters' } }]);
  });

  it('rejects text Excel already rounded', () => {
    const r = parseBhyt('1.23457E+09');
    expect(r.issues).toEqual([{ code: 'BHYT_FORMAT', params: { value: '1.23457E+09', reason: 'rounded' } }]);
  });

  it('rejects a 9-digit numeric cell: a mã số BHXH whose leading zero Excel dropped', () => {
    const r = parseBhyt(123456789);
    expect(r.kind).toBe('invalid');
    expect(r.issues).toEqual([{ code: 'BHYT_FORMAT', params: { value: '0123456789', reason: 'leadingZeroLost' } }]);
  });

  it.each([123456789.5, -7912345678, NaN])('rejects the non-integer number %p', (n) => {
    expect((parseBhyt(n).issues[0].params as Record<string, unknown>).reason).toBe('notInteger');
  });

  it('rejects numbers of the wrong length', () => {
    expect(parseBhyt(12345).issues[0]).toEqual({
      code: 'BHYT_FORMAT',
      params: { value: '12345', reason: 'length', length: 5 },
    });
  });

  it('rejects TRUE/FALSE in an ID column', () => {
    expect(parseBhyt(true).issues).toEqual([{ code: 'BHYT_FORMAT', params: { value: 'TRUE', reason: 'boolean' } }]);
    expect(parseBhyt(false).kind).toBe('invalid');
  });
});

describe('parseBhyt: object code, benefit level, issuer', () => {
  it('rejects an object code not in the list but keeps the mã số BHXH', () => {
    const r = parseBhyt('ZZ4010123456789');
    expect(r.kind).toBe('card15');
    expect(r.valid).toBe(false);
    expect(r.last10).toBe(123456789);
    expect(r.objectCode).toBe('ZZ');
    expect(r.issues).toEqual([
      { code: 'BHYT_OBJECT_CODE', params: { value: 'ZZ4010123456789', code: 'ZZ' } },
    ]);
  });

  it.each(['0', '6', '9'])('rejects benefit level %s (must be 1–5)', (level) => {
    const value = `HS${level}010123456789`;
    const r = parseBhyt(value);
    expect(r.valid).toBe(false);
    expect(r.issues).toEqual([{ code: 'BHYT_BENEFIT_LEVEL', params: { value, level: Number(level) } }]);
  });

  it('rejects issuer 00', () => {
    const r = parseBhyt('HS4000123456789');
    expect(r.valid).toBe(false);
    expect(r.issuer).toBe(0);
    expect(r.issues).toEqual([{ code: 'BHYT_ISSUER', params: { value: 'HS4000123456789', issuer: '00' } }]);
  });

  it('reports every wrong part at once', () => {
    expect(codesOf(parseBhyt('ZZ0000123456789'))).toEqual(['BHYT_OBJECT_CODE', 'BHYT_BENEFIT_LEVEL', 'BHYT_ISSUER']);
  });

  it('warns, without making the card invalid, when the level is unusual for the object code', () => {
    const r = parseBhyt('TE4010123456789');
    expect(r.valid).toBe(true);
    expect(r.issues).toEqual([
      {
        code: 'BHYT_LEVEL_MISMATCH',
        params: { value: 'TE4010123456789', code: 'TE', level: 4, expected: '1' },
      },
    ]);
  });

  it.each([
    ['CC1', true],
    ['TE1', true],
    ['CK2', true],
    ['TS2', true],
    ['HT3', true],
    ['TC3', true],
    ['QN5', true],
    ['CY5', true],
    ['DN4', true],
    ['GD4', true],
    ['AK4', true],
    ['TV4', true],
    ['DN3', false],
    ['QN4', false],
    ['CC2', false],
    ['HT4', false],
  ])('level usual for %s: %s', (prefix, usual) => {
    const r = parseBhyt(`${prefix}010123456789`);
    expect(r.valid).toBe(true);
    expect(codesOf(r)).toEqual(usual ? [] : ['BHYT_LEVEL_MISMATCH']);
  });

  it('accepts both the old and the 2026 level for CN (3 or 2) and LH (4 or 2)', () => {
    for (const prefix of ['CN3', 'CN2', 'LH4', 'LH2']) expect(parseBhyt(`${prefix}010123456789`).issues).toEqual([]);
    expect(codesOf(parseBhyt('CN4010123456789'))).toEqual(['BHYT_LEVEL_MISMATCH']);
    expect((parseBhyt('LH3010123456789').issues[0].params as Record<string, unknown>).expected).toBe('4/2');
  });
});

describe('BHYT object codes', () => {
  it('holds the VNeID guide list, TV and the newer codes, each once', () => {
    const guide =
      'DN HX CH NN TK HC XK HT TB NO CT XB TN CS QN CA CY XN MS CC CK CB KC HD TE BT HN DT DK XD TS TC TQ TA TY HG LS PV CN HS SV GB GD';
    const newer = 'TV AK TG DS HK ND TH TD TU BA LH';
    expect([...BHYT_OBJECT_CODES].sort()).toEqual(`${guide} ${newer}`.split(' ').sort());
    expect(new Set(BHYT_OBJECT_CODES).size).toBe(BHYT_OBJECT_CODES.length);
  });

  it('accepts every listed code with its usual level, with no issue', () => {
    for (const code of BHYT_OBJECT_CODES) {
      for (const level of usualBenefitLevels(code) ?? []) {
        expect(parseBhyt(`${code}${level}010123456789`).issues).toEqual([]);
      }
    }
  });

  it('knows no levels for an unlisted code', () => {
    expect(usualBenefitLevels('ZZ')).toBeNull();
    expect(usualBenefitLevels('DN')).toEqual([4]);
  });
});

describe('parseBhyt: properties', () => {
  it('never throws, and valid means no error', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.double(), fc.boolean(), fc.constant(null)), (raw) => {
        const r = parseBhyt(raw);
        const hasError = r.issues.some((i) => i.code !== 'BHYT_LEVEL_MISMATCH');
        expect(r.valid).toBe((r.kind === 'card15' || r.kind === 'bhxh10') && !hasError);
      }),
    );
  });

  it('reads the last 10 digits of any well-formed card as its key', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...BHYT_OBJECT_CODES),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 99 }),
        fc.integer({ min: 0, max: 9_999_999_999 }),
        (code, level, issuer, bhxh) => {
          const last = String(bhxh).padStart(10, '0');
          const card = `${code.toLowerCase()}${level}${String(issuer).padStart(2, '0')}${last}`;
        const r = parseBhyt(card);
          expect(r.kind).toBe('card15');
          expect(r.valid).toBe(true);
          expect(r.last10).toBe(bhxh);
          expect(r.last10).toBe(parseBhyt(last).last10);
        },
      ),
    );
  });
});
