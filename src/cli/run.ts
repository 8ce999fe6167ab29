/**
 * The command-line door: .xlsx lists in, a report workbook (and optionally JSON) out.
 * Exit 0 when a report was written (data issues or not), 1 for unreadable input, 2 for usage errors.
 * Input files are only read; the report is never written over an input.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { basename, extname, resolve } from 'node:path';
import type { Campaign } from '../core/campaign/schema';
import { PRESETS, presetIds } from '../core/campaign/presets';
import { parseCampaign } from '../core/campaign/load';
import { consolidate } from '../core/consolidate';
import { InvalidDateError } from '../core/dates';
import { layoutReport } from '../core/report/layout';
import { nameGridsFromFiles } from '../core/table/source-names';
import { readXlsxFile, UnreadableFileError } from '../files/read-xlsx';
import { writeXlsxFile } from '../files/write-xlsx';
import type { Grid } from '../core/grid';
import { READ_BACK_SHEETS } from '../core/report/sheet-names';
import { isReportSheet } from '../core/report/own-sheets';
import { localNow, parseCliArgs, USAGE, UsageError } from './args';
import { summaryLines } from './summary';

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

async function loadCampaign(idOrPath: string): Promise<Campaign> {
  if (PRESETS[idOrPath]) return PRESETS[idOrPath];
  if (!idOrPath.toLowerCase().endsWith('.json')) {
    throw new UsageError(`Không có chiến dịch "${idOrPath}" (unknown campaign). Có sẵn / presets: ${presetIds().join(', ')}; hoặc một tệp .json.`);
  }
  let text: string;
  try {
    text = await readFile(idOrPath, 'utf8');
  } catch (e) {
    throw new UnreadableFileError(idOrPath, `không đọc được tệp cấu hình (cannot read: ${(e as Error).message})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new UnreadableFileError(idOrPath, `tệp cấu hình không phải JSON hợp lệ (invalid JSON: ${(e as Error).message})`);
  }
  const parsed = parseCampaign(json);
  if (!parsed.ok) {
    const lines = parsed.problems.map((p) => `  ${p.path || '(tệp)'}: ${p.message}`).join('\n');
    throw new UnreadableFileError(idOrPath, `cấu hình chiến dịch không hợp lệ (invalid campaign):\n${lines}`);
  }
  return parsed.campaign;
}

export async function runCli(argv: string[], io: Io): Promise<number> {
  try {
    const args = parseCliArgs(argv);
    const campaign = await loadCampaign(args.campaign);
    const out = resolve(args.out ?? `bao-cao-${campaign.id}-${args.asOf}.xlsx`);
    const inputs = args.inputs.map((p) => resolve(p));
    const readOnly = [...inputs, ...args.history.map((p) => resolve(p))];
    if (readOnly.includes(out) || (args.json && readOnly.includes(resolve(args.json)))) {
      throw new UsageError('Tệp báo cáo trùng với một tệp danh sách: không bao giờ ghi đè dữ liệu gốc (the report would overwrite an input).');
    }
    // Sheets the add-in wrote (an earlier report given as input) are never lists; the history and the
    // police's statuses on them are carried forward.
    const files = [];
    const earlier: Grid[] = [];
    for (const input of inputs) {
      const grids = await readXlsxFile(input);
      // A list someone named like a report sheet ("Tổng hợp") is a list: the engine reads it and says so.
      earlier.push(...grids.filter((g) => READ_BACK_SHEETS.has(g.sheet) && isReportSheet(g)));
      files.push({ baseName: basename(input, extname(input)), grids: grids.filter((g) => !isReportSheet(g)) });
    }
    for (const path of args.history) earlier.push(...(await readXlsxFile(path)).filter((g) => READ_BACK_SHEETS.has(g.sheet) && isReportSheet(g)));
    let model;
    try {
      model = consolidate({ grids: nameGridsFromFiles(files), campaign, asOf: args.asOf, madeAt: localNow(), earlier });
    } catch (e) {
      if (e instanceof InvalidDateError && e.input === args.asOf) throw new UsageError(`--as-of ${args.asOf}: ${e.message}`);
      throw e;
    }
    await writeXlsxFile(layoutReport(model, args.final ? { final: true } : {}), out);
    if (args.json) await writeFile(args.json, JSON.stringify(model, null, 2) + '\n', 'utf8');
    if (!args.quiet) for (const line of summaryLines(model, out, args.json)) io.out(line);
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      if (e.message) io.err(e.message);
      io.err(USAGE);
      return 2;
    }
    if (e instanceof UnreadableFileError) {
      io.err(`Không đọc được ${e.file}: ${e.reason}`);
      return 1;
    }
    throw e;
  }
}
