/**
 * Issue 13 §1: the signature block leaves room to sign (and to stamp) between the signer's title and name, on the
 * weekly report and on the final one, whatever the number of recipients; the name comes from the campaign.
 */
import { consolidate } from '../../../src/core/consolidate';
import { SIGNATURE_SPACE_ROWS } from '../../../src/core/report/layout/admin';
import { layoutReport } from '../../../src/core/report/layout';
import type { SheetSpec } from '../../../src/core/sheetspec';
import { campaignWith, listGrid } from '../../helpers/lists';

function rowWith(spec: SheetSpec, text: string): number {
  return spec.rows.findIndex((cells) => cells.some((c) => c?.v === text));
}

describe('the signature block', () => {
  test.each([2, 5, 9])('leaves %s recipients beside a signing space of at least five rows, the signer’s name under it', (count) => {
    const recipients = Array.from({ length: count }, (_, i) => `Nơi nhận số ${i + 1}`);
    const campaign = campaignWith({ report: { signature: { authority: 'KT', name: 'Nguyễn Thị Hoa' }, recipients } });
    const model = consolidate({ grids: [listGrid('Thôn 1', [{ name: 'An', birth: '01/01/1980' }])], campaign, asOf: '2025-10-20', madeAt: '2025-10-20T10:00' });
    const signed = layoutReport(model, { final: true }).filter((s) => s.name === 'Báo cáo tuần' || s.name === 'Báo cáo tổng kết');
    expect(signed).toHaveLength(2);
    for (const spec of signed) {
      const title = rowWith(spec, 'PHÓ CHỦ TỊCH');
      const name = rowWith(spec, 'Nguyễn Thị Hoa');
      expect(rowWith(spec, 'KT. CHỦ TỊCH')).toBe(title - 1);
      expect(name - title - 1).toBeGreaterThanOrEqual(SIGNATURE_SPACE_ROWS);
      expect(SIGNATURE_SPACE_ROWS).toBeGreaterThanOrEqual(5);
      // Nothing is printed in the signing space on the signature's side.
      const split = spec.rows[title].findIndex((c) => c?.v === 'PHÓ CHỦ TỊCH');
      for (let r = title + 1; r < name; r++) expect(spec.rows[r].slice(split).filter((c) => c?.v !== null && c?.v !== undefined && c.v !== '')).toEqual([]);
      // Every recipient is there, the last ending with a full stop.
      expect(rowWith(spec, `- Nơi nhận số ${count}.`)).toBeGreaterThan(title);
    }
  });
});
