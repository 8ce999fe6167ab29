/** Command-line arguments of `sskdt-rollup`, parsed with Node's own parseArgs. */
import { parseArgs } from 'node:util';
import { usageError } from './errors';
import { checkTypedDate, checkTypedMoment, dateProblemText, momentProblemText } from '../core/dates';
import type { ReportPeriodKind } from '../core/campaign/report-periods';
import { foldWords } from '../core/text/fold';

export const USAGE = `Cách dùng / Usage:
  npm run rollup -- <danh-sach.xlsx | .csv>... --campaign <mã chiến dịch | campaign.json> [--as-of dd/mm/yyyy | YYYY-MM-DD] [--now "dd/mm/yyyy HH:mm" | YYYY-MM-DDTHH:mm] [--period week | month | …] [--out bao-cao.xlsx] [--json bao-cao.json] [--history bao-cao-truoc.xlsx]... [--final] [--worklists]

  --campaign   mã chiến dịch có sẵn (bo-y-2025, thuong-ninh-2026, dinh-hoa-2025, thanh-hoa-2023, tri-ton-2026) hoặc tệp JSON
               a preset id or a campaign JSON file
  --as-of      ngày chốt số liệu, dd/mm/yyyy hoặc YYYY-MM-DD (mặc định: ngày cuối của tuần vừa kết thúc khi
               chưa đến hạn báo cáo tuần đó, vd. thứ Hai trước 09:00; ngoài ra là hôm nay)
               as-of date (default: the last day of the week just ended while its report is not yet due,
               e.g. Monday before 09:00; otherwise today)
  --now        thời điểm lập báo cáo, "dd/mm/yyyy HH:mm" hoặc YYYY-MM-DDTHH:mm (mặc định: đồng hồ máy); quyết định hạn và quá hạn
               the moment of the run (default: the clock); decides the default as-of date and what is overdue
  --period     kỳ báo cáo: week (tuần, mặc định), hoặc month (tháng), quarter (quý), half-year (6 tháng), year (năm)
               khi kế hoạch có báo cáo định kỳ đó (vd. tri-ton-2026: tháng, trước ngày 10 hằng tháng)
               the report's period: the week (default), or a longer one the campaign declares
  --out        tệp báo cáo .xlsx (mặc định bao-cao-<chiến dịch>-<ngày>.xlsx) / report workbook
  --json       ghi thêm báo cáo dạng JSON / also write the machine-readable report
  --history    báo cáo .xlsx lần trước, để so sánh giữa các tuần (lặp lại được)
               an earlier report workbook whose history is carried forward (repeatable)
  --final      thêm báo cáo tổng kết (tự động từ 7 ngày trước hạn báo cáo cuối)
               add the final report (automatic from 7 days before it is due)
  --worklists ["Thôn Bờ Y,Thôn Ba"]
               thêm trang "Rà soát từng người": danh sách người còn việc phải làm của từng thôn, đơn vị, cho Tổ công tác
               đi từng nhà (CCCD, BHYT chỉ ghi 4 ký tự cuối); chỉ các thôn, đơn vị ghi ngay sau, trong một chuỗi, cách nhau
               bằng dấu phẩy (không phân biệt hoa thường, có dấu hay không); một tệp .xlsx, .csv… ghi ngay sau vẫn là tệp danh sách
               add the door-to-door work lists of every village and unit, or only of those named right after it, in one
               argument, commas between (case and diacritics do not matter); a .xlsx, .csv… file right after it is still an input
  --quiet      không in tóm tắt / print nothing on success
  --print-campaign <mã chiến dịch>  ghi kế hoạch mẫu thành tệp JSON (ra màn hình, hoặc --out tệp.json) để sửa rồi dùng với --campaign
               write a preset as a campaign JSON file (to stdout, or --out file.json) to edit and give to --campaign

Tệp đọc được / inputs: .xlsx, .csv/.tsv/.txt (UTF-8, UTF-16, Windows-1258, TCVN3). .xls và .ods: lưu lại thành .xlsx (save as .xlsx).
Mã thoát / exit codes: 0 đã lập báo cáo (report written), 1 không đọc được tệp (unreadable input), 2 sai cú pháp (usage error),
  3 không ghi được báo cáo (report not written), 4 lỗi chương trình (internal error).`;

export interface CliArgs {
  inputs: string[];
  campaign: string;
  /** Null: the campaign decides it from `now` (campaign/periods.ts reportChoices). */
  asOf: string | null;
  /** The moment of the run, local YYYY-MM-DDTHH:mm. */
  now: string;
  /** The report's cadence as typed, read against the campaign's (run.ts); the week when not given. */
  period: ReportPeriodKind;
  out: string | null;
  json: string | null;
  history: string[];
  /** true adds the final report; undefined leaves it to the calendar. */
  final: boolean | undefined;
  /** The door-to-door work lists ("Rà soát từng người"): of every village and unit, of those named only, or none (null). */
  worklists: 'all' | readonly string[] | null;
  quiet: boolean;
  /** --print-campaign: write this campaign as JSON instead of consolidating (null: consolidate). */
  printCampaign: string | null;
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
  now: { type: 'string' },
  period: { type: 'string' },
  out: { type: 'string', short: 'o' },
  json: { type: 'string' },
  history: { type: 'string', multiple: true },
  quiet: { type: 'boolean', short: 'q' },
  final: { type: 'boolean' },
  // Read by workListsOf before parseArgs, which has no option with a value that may be left out.
  worklists: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  'print-campaign': { type: 'string' },
} as const;

/** Thrown for --help: the usage alone, exit 2 like any command that wrote no report. */
const HELP = usageError('', '');

export function parseCliArgs(argv: string[]): CliArgs {
  const { worklists, rest } = workListsOf(argv);
  let parsed;
  try {
    parsed = parseArgs({ args: rest, allowPositionals: true, options: OPTIONS });
  } catch (e) {
    throw argumentError(e);
  }
  const { values, positionals } = parsed;
  if (values.help) throw HELP;
  const printCampaign = values['print-campaign'] ?? null;
  if (printCampaign !== null) return printArgs(printCampaign, values.out ?? null, positionals);
  if (positionals.length === 0) throw usageError('Chưa có tệp danh sách nào: hãy ghi tên các tệp .xlsx hoặc .csv.', 'No input list given: name the .xlsx or .csv files.');
  if (!values.campaign) throw usageError('Thiếu --campaign: hãy ghi mã chiến dịch (vd. --campaign bo-y-2025) hoặc tệp .json.', 'Missing --campaign: give a preset id (e.g. --campaign bo-y-2025) or a .json file.');
  const asOf = values['as-of'] === undefined ? null : asOfOf(values['as-of']);
  const now = values.now === undefined ? localNow() : nowOf(values.now);
  const period = values.period === undefined ? 'week' : periodKindOf(values.period);
  if (period === null) {
    throw usageError(
      `--period "${values.period ?? ''}" không phải kỳ báo cáo: hãy ghi week (tuần), month (tháng), quarter (quý), half-year (6 tháng) hoặc year (năm).`,
      `--period "${values.period ?? ''}" is not a reporting period: write week, month, quarter, half-year or year.`,
    );
  }
  return {
    inputs: positionals,
    campaign: values.campaign,
    asOf,
    now,
    period,
    out: values.out ?? null,
    json: values.json ?? null,
    history: values.history ?? [],
    final: values.final,
    worklists,
    quiet: values.quiet ?? false,
    printCampaign: null,
  };
}

/** What is read as an input file right after --worklists: a path, or a name ending like a file the command line reads. */
const INPUT_LIKE = /[/\\]|\.(xlsx|xlsm|xltx|xltm|xls|xlsb|ods|csv|tsv|txt)$/i;

/**
 * --worklists, alone (every village and unit) or with the names right after it, in one argument with commas between
 * (`--worklists "Thôn Bờ Y,Thôn Ba"`, `--worklists="Thôn Bờ Y"`): the lists of input files that parseArgs reads may
 * stand anywhere, so names in arguments of their own could not be told from them. Repeated, the names add up.
 */
function workListsOf(argv: readonly string[]): { worklists: CliArgs['worklists']; rest: string[] } {
  const rest: string[] = [];
  let given = false;
  const names: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    // After "--" everything is an input file, as parseArgs reads it.
    if (arg === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    if (arg === '--worklists') {
      given = true;
      const next = argv.at(i + 1);
      if (next !== undefined && !next.startsWith('-') && !INPUT_LIKE.test(next)) {
        names.push(...namesIn(next, `--worklists "${next}"`));
        i++;
      }
    } else if (arg.startsWith('--worklists=')) {
      given = true;
      names.push(...namesIn(arg.slice('--worklists='.length), arg));
    } else rest.push(arg);
  }
  return { worklists: !given ? null : names.length === 0 ? 'all' : names, rest };
}

/** The names of one --worklists argument; one that names none is a usage error rather than every village. */
function namesIn(text: string, typed: string): string[] {
  const names = text
    .split(',')
    .map((n) => n.trim())
    .filter((n) => n !== '');
  if (names.length > 0) return names;
  throw usageError(
    `${typed}: chưa ghi tên thôn, đơn vị nào. Hãy ghi tên, cách nhau bằng dấu phẩy (vd. --worklists "Thôn Bờ Y,Thôn Ba"), hoặc chỉ --worklists để lập cho tất cả.`,
    `${typed}: no village or unit named. Write the names, commas between (e.g. --worklists "Thôn Bờ Y,Thôn Ba"), or --worklists alone for all of them.`,
  );
}

/** --as-of in either shape, or a usage error saying what is wrong with it and how to write it. */
function asOfOf(text: string): string {
  const date = checkTypedDate(text);
  if (date.ok) return date.iso;
  const why = dateProblemText(date.problem);
  throw usageError(
    `--as-of "${text}": ${why.vi} Hãy ghi ngày dd/mm/yyyy (vd. --as-of 27/10/2025) hoặc YYYY-MM-DD (vd. --as-of 2025-10-27).`,
    `--as-of "${text}": ${why.en} Write the date as dd/mm/yyyy (e.g. --as-of 27/10/2025) or YYYY-MM-DD (e.g. --as-of 2025-10-27).`,
  );
}

/** --now, a date in either shape and a time, or a usage error saying what is wrong with it and how to write it. */
function nowOf(text: string): string {
  const moment = checkTypedMoment(text);
  if (moment.ok) return moment.moment;
  const why = momentProblemText(moment.problem);
  throw usageError(
    `--now "${text}": ${why.vi} Hãy ghi ngày và giờ (vd. --now "27/10/2025 08:30" hoặc --now 2025-10-27T08:30).`,
    `--now "${text}": ${why.en} Write the date and the time (e.g. --now "27/10/2025 08:30" or --now 2025-10-27T08:30).`,
  );
}

/** --print-campaign reads no lists: a file named beside it is a mistake, said rather than ignored. */
function printArgs(campaign: string, out: string | null, positionals: string[]): CliArgs {
  if (positionals.length > 0) {
    throw usageError(`--print-campaign không đọc danh sách: bỏ ${positionals.join(' ')} đi, hoặc bỏ --print-campaign để tổng hợp.`, `--print-campaign reads no lists: drop ${positionals.join(' ')}, or drop --print-campaign to consolidate.`);
  }
  return { inputs: [], campaign, asOf: null, now: localNow(), period: 'week', out, json: null, history: [], final: undefined, worklists: null, quiet: true, printCampaign: campaign };
}

/** The period names a person may type, English or Vietnamese, folded (no diacritics, "-" as a space). */
const PERIOD_NAMES: Partial<Record<string, ReportPeriodKind>> = {
  week: 'week',
  tuan: 'week',
  month: 'month',
  thang: 'month',
  quarter: 'quarter',
  quy: 'quarter',
  'half year': 'half-year',
  '6 thang': 'half-year',
  year: 'year',
  nam: 'year',
};

function periodKindOf(text: string): ReportPeriodKind | null {
  return PERIOD_NAMES[foldWords(text)] ?? null;
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
