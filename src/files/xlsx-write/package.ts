/**
 * The parts around the worksheets: content types, relationships, the workbook with its defined
 * names (print titles, the AutoFilter's range), shared strings, tables and document properties.
 */
import type { Range, SheetSpec } from '../../core/sheetspec';
import { columnLetter } from '../../core/grid';
import { rangeAddress } from '../../core/sheetspec';
import type { SharedStrings } from './worksheet';
import { NS_MAIN, NS_REL, XML_DECLARATION, textElement, xmlText } from './xml';

const CT = 'application/vnd.openxmlformats-officedocument';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** "'Lỗi dữ liệu'" for a formula: quoted, an apostrophe doubled. */
const quotedSheet = (name: string) => `'${name.replace(/'/g, "''")}'`;
const absolute = (r: Range) => `$${columnLetter(r.left)}$${r.top + 1}:$${columnLetter(r.right)}$${r.bottom + 1}`;

export function contentTypes(sheets: number, tables: number, charts = 0): string {
  const over = (part: string, type: string) => `<Override PartName="${part}" ContentType="${type}"/>`;
  const parts = [
    over('/xl/workbook.xml', `${CT}.spreadsheetml.sheet.main+xml`),
    ...Array.from({ length: sheets }, (_, i) => over(`/xl/worksheets/sheet${i + 1}.xml`, `${CT}.spreadsheetml.worksheet+xml`)),
    ...Array.from({ length: tables }, (_, i) => over(`/xl/tables/table${i + 1}.xml`, `${CT}.spreadsheetml.table+xml`)),
    ...Array.from({ length: charts }, (_, i) => over(`/xl/drawings/drawing${i + 1}.xml`, `${CT}.drawing+xml`)),
    ...Array.from({ length: charts }, (_, i) => over(`/xl/charts/chart${i + 1}.xml`, `${CT}.drawingml.chart+xml`)),
    over('/xl/styles.xml', `${CT}.spreadsheetml.styles+xml`),
    over('/xl/sharedStrings.xml', `${CT}.spreadsheetml.sharedStrings+xml`),
    over('/docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml'),
    over('/docProps/app.xml', `${CT}.extended-properties+xml`),
  ];
  return `${XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${parts.join('')}</Types>`;
}

function relationships(rels: readonly { id: string; type: string; target: string }[]): string {
  return `${XML_DECLARATION}<Relationships xmlns="${PACKAGE_REL}">${rels.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${r.target}"/>`).join('')}</Relationships>`;
}

export function packageRelationships(): string {
  return relationships([
    { id: 'rId1', type: `${REL}/officeDocument`, target: 'xl/workbook.xml' },
    { id: 'rId2', type: `${PACKAGE_REL}/metadata/core-properties`, target: 'docProps/core.xml' },
    { id: 'rId3', type: `${REL}/extended-properties`, target: 'docProps/app.xml' },
  ]);
}

export function workbookRelationships(sheets: number): string {
  return relationships([
    ...Array.from({ length: sheets }, (_, i) => ({ id: `rId${i + 1}`, type: `${REL}/worksheet`, target: `worksheets/sheet${i + 1}.xml` })),
    { id: `rId${sheets + 1}`, type: `${REL}/styles`, target: 'styles.xml' },
    { id: `rId${sheets + 2}`, type: `${REL}/sharedStrings`, target: 'sharedStrings.xml' },
  ]);
}

/** A sheet's parts: its table (tableN.xml) and its drawing (drawingN.xml), each with the id the sheet names it by. */
export function sheetRelationships(parts: { table?: { relId: string; number: number }; drawing?: { relId: string; number: number } }): string {
  return relationships([
    ...(parts.table ? [{ id: parts.table.relId, type: `${REL}/table`, target: `../tables/table${parts.table.number}.xml` }] : []),
    ...(parts.drawing ? [{ id: parts.drawing.relId, type: `${REL}/drawing`, target: `../drawings/drawing${parts.drawing.number}.xml` }] : []),
  ]);
}

/** A drawing's one chart. */
export function drawingRelationships(chart: number): string {
  return relationships([{ id: 'rId1', type: `${REL}/chart`, target: `../charts/chart${chart}.xml` }]);
}

export function workbookXml(specs: readonly SheetSpec[]): string {
  const sheets = specs.map((s, i) => `<sheet name="${xmlText(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
  const names: string[] = [];
  specs.forEach((s, i) => {
    if (s.autoFilter) names.push(`<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${xmlText(`${quotedSheet(s.name)}!${absolute(s.autoFilter)}`)}</definedName>`);
    const repeat = s.print.repeatRows;
    if (repeat) names.push(`<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${xmlText(`${quotedSheet(s.name)}!$${repeat.from + 1}:$${repeat.to + 1}`)}</definedName>`);
  });
  const defined = names.length ? `<definedNames>${names.join('')}</definedNames>` : '';
  return `${XML_DECLARATION}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><workbookPr/><bookViews><workbookView activeTab="0"/></bookViews><sheets>${sheets}</sheets>${defined}<calcPr calcId="191029"/></workbook>`;
}

/** The shared strings, a block at a time: a working list can hold 200,000 distinct messages. */
export function* sharedStringsXml(strings: SharedStrings): Generator<string> {
  yield `${XML_DECLARATION}<sst xmlns="${NS_MAIN}" count="${strings.count}" uniqueCount="${strings.items.length}">`;
  const BLOCK = 4096;
  for (let i = 0; i < strings.items.length; i += BLOCK) {
    let block = '';
    for (let j = i; j < Math.min(i + BLOCK, strings.items.length); j++) block += `<si>${textElement(strings.items[j])}</si>`;
    yield block;
  }
  yield '</sst>';
}

/** A table's column names: its header cells' texts, unique as Excel requires. */
export function tableColumnNames(spec: SheetSpec, range: Range): string[] {
  const seen = new Set<string>();
  const names: string[] = [];
  for (let c = range.left; c <= range.right; c++) {
    const v = spec.rows[range.top]?.[c]?.v;
    const base = v === null || v === undefined || v === '' ? `Column${c - range.left + 1}` : String(v).replace(/\s+/g, ' ').trim();
    let name = base;
    for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${base} ${n}`;
    seen.add(name.toLowerCase());
    names.push(name);
  }
  return names;
}

export function tableXml(id: number, range: Range, names: readonly string[]): string {
  const ref = rangeAddress(range, columnLetter);
  const columns = names.map((n, i) => `<tableColumn id="${i + 1}" name="${xmlText(n)}"/>`).join('');
  return `${XML_DECLARATION}<table xmlns="${NS_MAIN}" id="${id}" name="Table${id}" displayName="Table${id}" ref="${ref}" totalsRowShown="0"><autoFilter ref="${ref}"/><tableColumns count="${names.length}">${columns}</tableColumns><tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`;
}

/** Who made the file and its sheets' names; no dates, no user name, nothing from the lists. */
export function documentProperties(specs: readonly SheetSpec[]): { core: string; app: string } {
  const core = `${XML_DECLARATION}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>SSKĐT Rollup</dc:creator></cp:coreProperties>`;
  const titles = specs.map((s) => `<vt:lpstr>${xmlText(s.name)}</vt:lpstr>`).join('');
  const app = `${XML_DECLARATION}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>SSKĐT Rollup</Application><HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>${specs.length}</vt:i4></vt:variant></vt:vector></HeadingPairs><TitlesOfParts><vt:vector size="${specs.length}" baseType="lpstr">${titles}</vt:vector></TitlesOfParts></Properties>`;
  return { core, app };
}
