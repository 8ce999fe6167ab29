/**
 * The "Cấu hình" sheet as the add-in wrote it before its settings were rows: a few labelled rows and the whole
 * campaign as JSON in one row (longer JSON continued in the cells to its right). Old workbooks still hold it.
 */
import { formatTarget } from '../../src/core/format';
import type { Campaign } from '../../src/core/campaign/schema';
import type { CellValue, Grid } from '../../src/core/grid';
import { LEGACY_LABELS } from '../../src/core/campaign/config-legacy';
import { showDate, showWeekly } from '../../src/core/campaign/config-values';

const JSON_CELL_CHARS = 30_000;

export function legacyConfigGrid(campaign: Campaign): Grid {
  const json = JSON.stringify(campaign);
  const parts: string[] = [];
  for (let i = 0; i < json.length; i += JSON_CELL_CHARS) parts.push(json.slice(i, i + JSON_CELL_CHARS));
  const values: CellValue[][] = [
    ['CẤU HÌNH CHIẾN DỊCH', '', '', ''],
    ['Trang này do add-in Tổng hợp SSKĐT tạo … Không sửa dòng dữ liệu JSON ở cuối trang.', '', '', ''],
    [],
    ['Mục', 'Giá trị', '', ''],
    [LEGACY_LABELS.id, campaign.id, '', ''],
    [LEGACY_LABELS.name, campaign.name, '', ''],
    [LEGACY_LABELS.issuingBody, campaign.issuingBody.name, '', ''],
    [LEGACY_LABELS.start, showDate(campaign.start), '', ''],
    [LEGACY_LABELS.end, showDate(campaign.end), '', ''],
    [LEGACY_LABELS.weekly, showWeekly(campaign.reporting), '', ''],
    [],
    ['Mã chỉ tiêu', 'Nội dung chỉ tiêu', 'Mức chỉ tiêu', 'Hạn hoàn thành'],
    ...campaign.indicators.map((ind) => [ind.id, ind.label.vi, formatTarget(ind.target), showDate(ind.deadline)]),
    [],
    [LEGACY_LABELS.json, ...parts],
  ];
  return { sheet: 'Cấu hình', values: values.map((cells) => cells.map((v) => v ?? '')), formats: values.map((cells) => cells.map(() => '@')) };
}
