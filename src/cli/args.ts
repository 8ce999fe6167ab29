/** Command-line arguments of `sskdt-rollup`, parsed with Node's own parseArgs. */
import { parseArgs } from 'node:util';
import { isIsoDate } from '../core/dates';

export const USAGE = `Cách dùng / Usage:
  npm run rollup -- <danh-sach.xlsx>... --campaign <mã chiến dịch | campaign.json> [--as-of YYYY-MM-DD] [--out bao-cao.xlsx] [--json bao-cao.json] [--history bao-cao-truoc.xlsx]... [--final]

  --campaign   mã chiến dịch có sẵn (bo-y-2025, thuong-ninh-2026, dinh-hoa-2025, tri-ton-2026) hoặc tệp JSON
               a preset id or a campaign JSON file
  --as-of      ngày chốt số liệu (mặc định hôm nay) / as-of date (default today)
  --out        tệp báo cáo .xlsx (mặc định bao-cao-<chiến dịch>-<ngày>.xlsx) / report workbook
  --json       ghi thêm báo cáo dạng JSON / also write the machine-readable report
  --history    báo cáo .xlsx lần trước, để so sánh giữa các tuần (lặp lại được)
               an earlier report workbook whose history is carried forward (repeatable)
  --final      thêm báo cáo tổng kết (tự động từ 7 ngày trước hạn báo cáo cuối)
               add the final report (automatic from 7 days before it is due)
  --quiet      không in tóm tắt / print nothing on success

Mã thoát / exit codes: 0 đã lập báo cáo (report written), 1 không đọc được tệp (unreadable input), 2 sai cú pháp (usage error).`;

export interface CliArgs {
  inputs: string[];
  campaign: string;
  asOf: string;
  out: string | null;
  json: string | null;
  history: string[];
  /** true adds the final report; undefined leaves it to the calendar. */
  final: boolean | undefined;
  quiet: boolean;
}

export class UsageError extends Error {
  override name = 'UsageError';
}

/** The machine's local date and time, YYYY-MM-DDTHH:mm: when this consolidation runs. */
export function localNow(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
}

export function parseCliArgs(argv: string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        campaign: { type: 'string', short: 'c' },
        'as-of': { type: 'string' },
        out: { type: 'string', short: 'o' },
        json: { type: 'string' },
        history: { type: 'string', multiple: true },
        quiet: { type: 'boolean', short: 'q' },
        final: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) throw new UsageError('');
  if (positionals.length === 0) throw new UsageError('Chưa có tệp danh sách nào (no input workbook given).');
  if (!values.campaign) throw new UsageError('Thiếu --campaign (missing --campaign).');
  const asOf = values['as-of'] ?? localNow().slice(0, 10);
  if (!isIsoDate(asOf)) {
    throw new UsageError(`--as-of "${asOf}" không phải ngày dạng YYYY-MM-DD (not a YYYY-MM-DD date).`);
  }
  return {
    inputs: positionals,
    campaign: values.campaign,
    asOf,
    out: values.out ?? null,
    json: values.json ?? null,
    history: values.history ?? [],
    final: values.final,
    quiet: values.quiet ?? false,
  };
}
