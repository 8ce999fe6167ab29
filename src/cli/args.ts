/** Command-line arguments of `sskdt-rollup`, parsed with Node's own parseArgs. */
import { parseArgs } from 'node:util';
import { usageError } from './errors';
import { readTypedDate } from '../core/dates';

export const USAGE = `Cách dùng / Usage:
  npm run rollup -- <danh-sach.xlsx | .csv>... --campaign <mã chiến dịch | campaign.json> [--as-of dd/mm/yyyy | YYYY-MM-DD] [--out bao-cao.xlsx] [--json bao-cao.json] [--history bao-cao-truoc.xlsx]... [--final]

  --campaign   mã chiến dịch có sẵn (bo-y-2025, thuong-ninh-2026, dinh-hoa-2025, thanh-hoa-2023, tri-ton-2026) hoặc tệp JSON
               a preset id or a campaign JSON file
  --as-of      ngày chốt số liệu, dd/mm/yyyy hoặc YYYY-MM-DD (mặc định hôm nay)
               as-of date, dd/mm/yyyy or YYYY-MM-DD (default today)
  --out        tệp báo cáo .xlsx (mặc định bao-cao-<chiến dịch>-<ngày>.xlsx) / report workbook
  --json       ghi thêm báo cáo dạng JSON / also write the machine-readable report
  --history    báo cáo .xlsx lần trước, để so sánh giữa các tuần (lặp lại được)
               an earlier report workbook whose history is carried forward (repeatable)
  --final      thêm báo cáo tổng kết (tự động từ 7 ngày trước hạn báo cáo cuối)
               add the final report (automatic from 7 days before it is due)
  --quiet      không in tóm tắt / print nothing on success

Tệp đọc được / inputs: .xlsx, .csv/.tsv/.txt (UTF-8, UTF-16, Windows-1258, TCVN3). .xls và .ods: lưu lại thành .xlsx (save as .xlsx).
Mã thoát / exit codes: 0 đã lập báo cáo (report written), 1 không đọc được tệp (unreadable input), 2 sai cú pháp (usage error),
  3 không ghi được báo cáo (report not written), 4 lỗi chương trình (internal error).`;

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

/** The machine's local date and time, YYYY-MM-DDTHH:mm: when this consolidation runs. */
export function localNow(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
}

const OPTIONS = {
  campaign: { type: 'string', short: 'c' },
  'as-of': { type: 'string' },
  out: { type: 'string', short: 'o' },
  json: { type: 'string' },
  history: { type: 'string', multiple: true },
  quiet: { type: 'boolean', short: 'q' },
  final: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Thrown for --help: the usage alone, exit 2 like any command that wrote no report. */
const HELP = usageError('', '');

export function parseCliArgs(argv: string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
  } catch (e) {
    throw argumentError(e);
  }
  const { values, positionals } = parsed;
  if (values.help) throw HELP;
  if (positionals.length === 0) throw usageError('Chưa có tệp danh sách nào: hãy ghi tên các tệp .xlsx hoặc .csv.', 'No input list given: name the .xlsx or .csv files.');
  if (!values.campaign) throw usageError('Thiếu --campaign: hãy ghi mã chiến dịch (vd. --campaign bo-y-2025) hoặc tệp .json.', 'Missing --campaign: give a preset id (e.g. --campaign bo-y-2025) or a .json file.');
  const asOf = values['as-of'] === undefined ? localNow().slice(0, 10) : readTypedDate(values['as-of'].trim());
  if (asOf === null) {
    const text = values['as-of'];
    throw usageError(
      `--as-of "${text}" không phải ngày có thật: hãy ghi dd/mm/yyyy (vd. 20/10/2025) hoặc YYYY-MM-DD.`,
      `--as-of "${text}" is not a real date: write dd/mm/yyyy (e.g. 20/10/2025) or YYYY-MM-DD.`,
    );
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

/** parseArgs' English message, said in Vietnamese first, with the option meant when one was misspelt. */
function argumentError(e: unknown): Error {
  const code = (e as { code?: string }).code;
  const message = e instanceof Error ? e.message : String(e);
  const option = /'([^']+)'/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const meant = closestOption(option);
    const hint = meant ? { vi: ` Có phải ý bạn là --${meant}?`, en: ` Did you mean --${meant}?` } : { vi: '', en: '' };
    return usageError(`Không có tùy chọn ${option}.${hint.vi}`, `Unknown option ${option}.${hint.en}`);
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const name = /--[a-z-]+/.exec(message)?.[0] ?? option;
    const key = name.slice(2);
    if (Object.hasOwn(OPTIONS, key) && OPTIONS[key as keyof typeof OPTIONS].type === 'boolean') {
      return usageError(`${name} không nhận giá trị: hãy bỏ phần "=..." đi.`, `${name} takes no value: drop the "=...".`);
    }
    return usageError(`${name} cần một giá trị ngay sau nó (vd. ${name} bao-cao.xlsx).`, `${name} needs a value right after it (e.g. ${name} report.xlsx).`);
  }
  return usageError(`Câu lệnh không đúng: ${message}`, `The command is not right: ${message}`);
}

/** The option a misspelling is nearest to (at most two letters off), or null. */
function closestOption(typed: string): string | null {
  const word = typed.replace(/^-+/, '').split('=')[0];
  let best: { name: string; distance: number } | null = null;
  for (const name of Object.keys(OPTIONS)) {
    const distance = editDistance(word, name);
    if (distance <= 2 && (!best || distance < best.distance)) best = { name, distance };
  }
  return best?.name ?? null;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length];
}
