import { isVietnameseSyllable } from '../../../src/core/text/syllable';

describe('isVietnameseSyllable', () => {
  it.each([
    'a', 'ý', 'ở', 'ăn', 'ông', 'uống', 'yêu', 'người', 'nghiêng', 'giữa', 'gì', 'gìn', 'quốc', 'quý', 'quyển',
    'khuỷu', 'khuya', 'xoong', 'hoặc', 'thuở', 'huơ', 'huynh', 'chuyện', 'rượu', 'ngoẹo', 'đường', 'bác', 'học',
    'hòa', 'hoà', 'thúy', 'thuý', 'khỏe', 'khoẻ', 'Việt', 'NGUYỄN', 'Đức',
  ])('accepts %p', (word) => {
    expect(isVietnameseSyllable(word)).toBe(true);
    expect(isVietnameseSyllable(word.normalize('NFD'))).toBe(true);
  });

  it.each([
    ['chđ', 'no vowel'],
    ['hïng', 'a letter Vietnamese does not have'],
    ['traàn', 'two a in a row'],
    ['cafộ', 'f is not a Vietnamese letter'],
    ['bàc', 'a stop final with huyền'],
    ['tiê', 'iê needs a final consonant'],
    ['ă', 'ă needs a final consonant'],
    ['hoáà', 'two tone marks'],
    ['zô', 'z is not a Vietnamese letter'],
    ['stró', 'no such initial'],
    ['hàng2', 'a digit'],
  ])('rejects %p: %s', (word) => {
    expect(isVietnameseSyllable(word)).toBe(false);
  });
});
