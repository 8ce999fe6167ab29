/**
 * The administrative parts of a Decree 30/2020/NĐ-CP report (Appendix I): the header with the
 * issuing body and the national motto side by side, and at the end "Nơi nhận" beside the signature.
 */
import { vnDateLine } from '../../campaign/periods';
import { AUTHORITY_LINES } from '../../campaign/setup';
import type { ReportModel } from '../model';
import type { SheetBuilder } from './builder';
import { span } from './builder';

/** Rows 0–2: issuing body | motto, number | place and date. Columns [0, split) left, [split, last] right. Returns the next free row. */
export function adminHeader(b: SheetBuilder, model: ReportModel, split: number, last: number): number {
  const body = model.campaign.issuingBody;
  b.merge(span(0, 0, 0, split - 1), (body.supervising ?? '').toUpperCase(), 'bodyCaps');
  b.merge(span(1, 0, 1, split - 1), body.name.toUpperCase(), 'bodyCapsBold');
  b.merge(span(2, 0, 2, split - 1), `Số:        /${model.campaign.report.symbol}`, 'number');
  b.merge(span(0, split, 0, last), 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'nation');
  b.merge(span(1, split, 1, last), 'Độc lập - Tự do - Hạnh phúc', 'motto');
  b.merge(span(2, split, 2, last), vnDateLine(body.place, model.asOf), 'dateLine');
  return 4;
}

/**
 * Rows left blank between the signer's title and name: the signature and the seal (about 2.8 cm at the recipients'
 * row height; Decree 30/2020 Appendix I leaves the space, and a name printed right under the title had no room).
 */
export const SIGNATURE_SPACE_ROWS = 5;

/** "Nơi nhận" on the left, the signature on the right, from `row`. Returns the next free row. */
export function signatureBlock(b: SheetBuilder, model: ReportModel, row: number, split: number, last: number): number {
  const { signature, recipients } = model.campaign.report;
  // A People's Committee signs TM or KT (Decree 30/2020); another body (a task force, seed 003) by the lines it gives.
  const [top, title] = signature.lines ?? AUTHORITY_LINES[signature.authority];
  b.merge(span(row, 0, row, split - 1), 'Nơi nhận:', 'recipientsTitle');
  recipients.forEach((line, i) => {
    const end = i === recipients.length - 1 ? '.' : ';';
    b.merge(span(row + 1 + i, 0, row + 1 + i, split - 1), `- ${line}${end}`, 'recipient');
  });
  b.merge(span(row, split, row, last), top, 'signTitle');
  b.merge(span(row + 1, split, row + 1, last), title, 'signTitle');
  const nameRow = row + 2 + SIGNATURE_SPACE_ROWS;
  b.merge(span(nameRow, split, nameRow, last), signature.name, 'signName');
  return Math.max(nameRow, row + recipients.length) + 1;
}
