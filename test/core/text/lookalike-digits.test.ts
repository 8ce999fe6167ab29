import { digitsFromLookalikes, hasWideCharacters } from '../../../src/core/text/lookalike-digits';

describe('digitsFromLookalikes', () => {
  it.each([
    ['O01085012345', '001085012345'],
    ['o0108501234l', '001085012341'],
    ['0010850I2345', '001085012345'],
  ])('reads %p as %p', (text, digits) => {
    expect(digitsFromLookalikes(text)).toBe(digits);
  });

  it('leaves letters before `from` alone (a BHYT object code)', () => {
    expect(digitsFromLookalikes('NO4O10123456789', 2)).toBe('NO4010123456789');
  });

  it.each([
    ['001085012345', 'nothing to read'],
    ['OOOO85012345', 'more than three letters'],
    ['O1l2I', 'fewer than six real digits'],
    ['00108501234S', 'a letter that looks like no digit'],
  ])('gives null for %p: %s', (text) => {
    expect(digitsFromLookalikes(text)).toBeNull();
  });
});

describe('hasWideCharacters', () => {
  it('sees full-width digits, and not the spaces and dashes written between groups', () => {
    expect(hasWideCharacters('０01085012345')).toBe(true);
    expect(hasWideCharacters('001\u00a0085\u2009012\u2013345\u200b')).toBe(false);
    expect(hasWideCharacters('001085012345')).toBe(false);
  });
});
