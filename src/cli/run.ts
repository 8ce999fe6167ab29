/**
 * The command-line door: .xlsx and .csv lists in, a report workbook (and optionally JSON) out.
 * Exit codes are in ./errors (EXIT). Input files are only read; the report is never written over
 * an input, and is renamed into place only once it is whole.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type { Campaign } from '../core/campaign/schema';
import { PRESETS, presetIds } from '../core/campaign/presets';
import { campaignJson, parseCampaign } from '../core/campaign/load';
import { consolidate, consolidateWithWorkLists } from '../core/consolidate';
import { asOfNotice } from '../core/campaign/periods';
import { reportCadences, reportChoices } from '../core/campaign/report-periods';
import { layoutReport } from '../core/report/layout';
import { layoutWorkLists } from '../core/report/layout/work-lists';
import type { WorkListPick, WorkLists } from '../core/report/work-lists';
import { nameGridsFromFiles } from '../core/table/source-names';
import { writeXlsxFile } from '../files/write-xlsx-file';
import type { Grid } from '../core/grid';
import { reportSheetOf } from '../core/pipeline/classify-sheets';
import { type CliArgs, parseCliArgs, USAGE } from './args';
import { CliError, EXIT, internalError, messageOf, usageError } from './errors';
import { checkOutputs, freeReportPath, writeAtomically } from './output';
import { distinctInputs, type InputFile, inputNames, locateInput, readInputFile } from './read-input';
import { summaryLines } from './summary';

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

async function loadCampaign(idOrPath: string): Promise<Campaign> {
  if (Object.hasOwn(PRESETS, idOrPath)) return PRESETS[idOrPath];
  if (!idOrPath.toLowerCase().endsWith('.json')) {
    throw usageError(
      `Không có chiến dịch "${idOrPath}": hãy dùng một mã có sẵn (${presetIds().join(', ')}) hoặc một tệp .json.`,
      `Unknown campaign "${idOrPath}": use a preset (${presetIds().join(', ')}) or a .json file.`,
    );
  }
  let text: string;
  try {
    text = await readFile(idOrPath, 'utf8');
  } catch (e) {
    throw new CliError(EXIT.unreadable, `Không đọc được tệp cấu hình ${idOrPath}: hãy kiểm tra tên và thư mục.`, `Cannot read the campaign file ${idOrPath} (${messageOf(e)}): check its name and folder.`);
  }
  let json: unknown;
  try {
    json = campaignJson(text);
  } catch (e) {
    throw new CliError(EXIT.unreadable, `Tệp cấu hình ${idOrPath} không phải JSON hợp lệ: ${messageOf(e)}.`, `The campaign file ${idOrPath} is not valid JSON: fix it and run again.`);
  }
  const parsed = parseCampaign(json);
  if (!parsed.ok) {
    const lines = parsed.problems.map((p) => `  ${p.path || '(tệp)'}: ${p.message}`).join('\n');
    throw new CliError(EXIT.unreadable, `Cấu hình chiến dịch ${idOrPath} không hợp lệ:\n${lines}`, `The campaign file ${idOrPath} is invalid: fix the fields above and run again.`);
  }
  return parsed.campaign;
}

/** Reads every input and consolidates it; the Grids live only as long as this call. */
async function consolidateFiles(inputs: readonly InputFile[], history: readonly InputFile[], { final, now, period, worklists }: CliArgs, campaign: Campaign, asOf: string) {
  // Sheets the add-in wrote (an earlier report given as input) are never lists; the history and the
  // police's statuses on them are carried forward.
  const files = [];
  const earlier: Grid[] = [];
  const names = inputNames(inputs.map((i) => i.path));
  for (const [i, input] of inputs.entries()) {
    const grids = await readInputFile(input);
    // A list someone named like a report sheet ("Tổng hợp") is a list: the engine reads it and says so.
    const sources: Grid[] = [];
    for (const g of grids) {
      const report = reportSheetOf(g);
      if (report === null) sources.push(g);
      else if (report.readBack) earlier.push(g);
    }
    files.push({ baseName: names[i], grids: sources });
  }
  for (const file of history) for (const g of await readInputFile(file)) if (reportSheetOf(g)?.readBack) earlier.push(g);
  try {
    const input = { grids: nameGridsFromFiles(files), campaign, asOf, madeAt: now, earlier, cadence: period };
    // The work lists come from the same run; they hold personal data, so they go to their own sheet and never to the JSON.
    const { model, workLists, pick } = worklists ? consolidateWithWorkLists(input, worklists === 'all' ? {} : { only: worklists }) : { model: consolidate(input), workLists: null, pick: null };
    // A name that is none of the villages is said before anything is written: the lists would silently leave it out.
    if (pick && pick.unmatched.length > 0) throw unknownPlaces(pick);
    // The chart sheet too: the file writer draws its chart (src/files/xlsx-write/chart.ts).
    const specs = layoutReport(model, { chart: true, ...(final ? { final: true } : {}) });
    return { model, workLists, specs: workLists ? [...specs, layoutWorkLists(workLists)] : specs };
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw internalError({ vi: 'tổng hợp số liệu', en: 'consolidating' }, e);
  }
}

/** --worklists named what no list is of: what was typed, and the names there are to choose from. */
function unknownPlaces({ unmatched, choices }: WorkListPick): CliError {
  const typed = unmatched.map((n) => `"${n}"`).join(', ');
  const there = choices.length > 0 ? choices.join(', ') : '(không có / none)';
  return usageError(
    `--worklists: không có thôn, đơn vị nào tên ${typed} trong các danh sách đã đọc. Các thôn, đơn vị có danh sách: ${there}.`,
    `--worklists: no village or unit named ${typed} in the lists read. The villages and units with a list: ${there}.`,
  );
}

/** --print-campaign: the campaign as a JSON file to start from, every default written out; `--campaign file.json` reads it back. */
async function printCampaign(args: CliArgs, io: Io): Promise<number> {
  const campaign = await loadCampaign(args.campaign);
  const text = JSON.stringify(campaign, null, 2);
  if (args.out === null) io.out(text);
  else {
    const out = resolve(args.out);
    await writeAtomically(out, (temporary) => writeFile(temporary, `${text}\n`, 'utf8'));
    io.err(`Đã ghi kế hoạch ${campaign.id} vào ${out}: sửa tệp rồi dùng --campaign ${basename(out)}.`);
    io.err(`Wrote campaign ${campaign.id} to ${out}: edit it, then give it to --campaign.`);
  }
  return EXIT.written;
}

/** What the work-list sheet holds, in one line; and when only some villages were asked for, which ones it holds. */
function workListLines(w: WorkLists, picked: boolean): string[] {
  const people = w.lists.reduce((n, l) => n + l.people, 0);
  const guardian = w.lists.reduce((n, l) => n + l.guardianPeople, 0);
  const done = w.lists.filter((l) => l.people + l.guardianPeople === 0).length;
  const line = `Rà soát từng người (work lists): ${people} người cần đến (to visit), ${guardian} không có ĐTTM hoặc có người giám hộ (no smartphone or a guardian), ${w.lists.length} thôn, đơn vị (lists), ${done} không còn ai (none left)`;
  return picked ? [line, `  Chỉ lập cho (only for): ${w.lists.map((l) => l.name).join(', ')}`] : [line];
}

export async function runCli(argv: string[], io: Io): Promise<number> {
  try {
    const args = parseCliArgs(argv);
    if (args.printCampaign !== null) return await printCampaign(args, io);
    const campaign = await loadCampaign(args.campaign);
    if (!reportCadences(campaign).includes(args.period)) {
      throw usageError(
        `Kế hoạch ${campaign.id} không có báo cáo theo kỳ "${args.period}": các kỳ của kế hoạch là ${reportCadences(campaign).join(', ')}.`,
        `Campaign ${campaign.id} has no "${args.period}" report: its periods are ${reportCadences(campaign).join(', ')}.`,
      );
    }
    const choices = reportChoices(campaign, args.now, args.period);
    const asOf = args.asOf ?? choices.chosen.asOf;
    const chosen = args.out ? { path: resolve(args.out), kept: null } : await freeReportPath(resolve(`bao-cao-${campaign.id}-${asOf}.xlsx`));
    const out = chosen.path;
    if (chosen.kept !== null) {
      io.err(`Đã có báo cáo ${basename(chosen.kept)} (có thể đã có người ghi vào): giữ nguyên tệp đó, báo cáo mới ghi vào ${basename(out)}.`);
      io.err(`${basename(chosen.kept)} already exists (people may have typed into it): it is kept; the new report is ${basename(out)}.`);
    }
    const json = args.json ? resolve(args.json) : null;
    const { inputs, repeated } = await distinctInputs(await Promise.all(args.inputs.map((p) => locateInput(p))));
    const history = await Promise.all(args.history.map((p) => locateInput(p)));
    for (const { path } of repeated) {
      io.err(`Tệp ${path} đã có trong danh sách tệp (cùng một tệp): chỉ đọc một lần.`);
      io.err(`${path} was given twice (the same file): it is read once.`);
    }
    await checkOutputs(json ? [out, json] : [out], [...inputs, ...history].map((i) => i.fsPath));
    const { model, workLists, specs } = await consolidateFiles(inputs, history, args, campaign, asOf);
    // Nothing holds the Grids any more: the writer can reuse their memory.
    await writeAtomically(out, (temporary) => writeXlsxFile(specs, temporary));
    if (json) {
      const text = JSON.stringify(model, null, 2) + '\n';
      await writeAtomically(json, (temporary) => writeFile(temporary, text, 'utf8'));
    }
    // An as-of date outside the campaign is said even with --quiet: the report counts it as the first or last week.
    const notice = asOfNotice(campaign, asOf);
    if (notice) for (const line of [notice.vi, notice.en]) io.err(line);
    if (!args.quiet) for (const line of summaryLines(model, out, json, args.asOf === null ? choices : null)) io.out(line);
    if (!args.quiet && workLists) for (const line of workListLines(workLists, args.worklists !== 'all')) io.out(line);
    return EXIT.written;
  } catch (e) {
    const error = e instanceof CliError ? e : internalError({ vi: 'chạy lệnh', en: 'running the command' }, e);
    if (error.vi) io.err(error.vi);
    if (error.en) io.err(error.en);
    if (error.showUsage) io.err(USAGE);
    return error.exitCode;
  }
}
