import { consolidate } from '../../../../src/core/consolidate';
import { campaignWith, cccd, letterOf, listGrid } from '../../../helpers/lists';

describe('cells read through a list', () => {
  const campaign = campaignWith();
  const run = (people: Parameters<typeof listGrid>[1]) =>
    consolidate({ grids: [listGrid('Thôn 1', people)], campaign, asOf: '2025-10-25' });

  it('reports STATUS_UNRECOGNIZED at the cell and counts the value as no', () => {
    const model = run([
      { name: 'Nguyễn Văn An', resident: 'x', level2: 'Đang làm hồ sơ' },
      { name: 'Trần Thị Bình', resident: 'x', level2: 'x' },
    ]);
    const issue = model.issues.find((i) => i.code === 'STATUS_UNRECOGNIZED');
    expect(issue).toMatchObject({ sheet: 'Thôn 1', row: 2, column: letterOf('Định danh mức 2'), severity: 'warning' });
    const v = model.entities[0].indicators.level2_registered;
    expect(v.denominator).toBe(2);
    expect(v.numerator).toBe(1);
  });

  it('reports DATE_INVALID at the birth-date cell for 31/02/1990 and for a future date', () => {
    const model = run([
      { name: 'Nguyễn Văn An', birth: '31/02/1990' },
      { name: 'Trần Thị Bình', birth: '01/01/2030' },
      { name: 'Lê Văn Cường', birth: '01/01/1990' },
    ]);
    const dates = model.issues.filter((i) => i.code === 'DATE_INVALID');
    expect(dates.map((i) => [i.row, i.column, i.severity])).toEqual([
      [2, letterOf('Ngày sinh'), 'error'],
      [3, letterOf('Ngày sinh'), 'error'],
    ]);
  });

  it('reports SEX_INVALID at the sex cell and accepts Nam/Nữ written any way', () => {
    const model = run([
      { name: 'A', sex: 'NAM' },
      { name: 'B', sex: 'nu' },
      { name: 'C', sex: 'Khác' },
    ]);
    const sex = model.issues.filter((i) => i.code === 'SEX_INVALID');
    expect(sex.map((i) => [i.row, i.column])).toEqual([[4, letterOf('Giới tính')]]);
  });

  it('reads a year-only birth date for the CCCD cross-check and finds no mismatch when the years agree', () => {
    const model = run([{ name: 'A', birth: 1985, sex: 'Nam', cccd: cccd(1985, true, 11) }]);
    expect(model.issues).toEqual([]);
  });
});
