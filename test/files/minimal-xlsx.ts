/** A minimal .xlsx written part by part, so a test states the exact XML a reader meets. */
import { strToU8, zipSync } from 'fflate';

export interface MinimalSheet {
  name: string;
  /** The worksheet's XML inside <worksheet>: <cols>, <sheetData>, <mergeCells>, <autoFilter>… */
  body: string;
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export function minimalXlsx(sheets: MinimalSheet[], parts: { sharedStrings?: string[]; styles?: string; workbookPr?: string } = {}): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  const put = (path: string, xml: string) => (files[path] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${xml}`));
  put('[Content_Types].xml', '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  put('_rels/.rels', `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  const rels = sheets.map((_, i) => `<Relationship Id="rIdS${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`);
  if (parts.sharedStrings) rels.push(`<Relationship Id="rIdSst" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
  if (parts.styles) rels.push(`<Relationship Id="rIdSty" Type="${REL}/styles" Target="/xl/styles.xml"/>`);
  put('xl/_rels/workbook.xml.rels', `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`);
  const tabs = sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rIdS${i + 1}"/>`).join('');
  put('xl/workbook.xml', `<workbook ${NS}>${parts.workbookPr ?? ''}<sheets>${tabs}</sheets></workbook>`);
  sheets.forEach((s, i) => put(`xl/worksheets/sheet${i + 1}.xml`, `<worksheet ${NS}>${s.body}</worksheet>`));
  if (parts.sharedStrings) put('xl/sharedStrings.xml', `<sst ${NS} count="${parts.sharedStrings.length}">${parts.sharedStrings.join('')}</sst>`);
  if (parts.styles) put('xl/styles.xml', `<styleSheet ${NS}>${parts.styles}</styleSheet>`);
  return zipSync(files);
}
