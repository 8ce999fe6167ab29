/**
 * SheetSpec.chart → a DrawingML chart in the .xlsx (ECMA-376 Part 1, §21.2 charts, §20.5 spreadsheet
 * drawing): clustered columns, one series per spec series, and the target as a line over the same
 * axes, as the Office.js writer draws it (src/excel/write-chart.ts). The parts: the sheet's drawing
 * (where the chart sits, in cells), the chart itself, and the relationships between them. The series
 * point at the sheet's cells and carry a cache of their values, so a reader that does not recalculate
 * (a viewer, LibreOffice's first paint) draws the same bars.
 */
import type { CellSpec, ChartSpec, Range, SheetSpec } from '../../core/sheetspec';
import { columnLetter } from '../../core/grid';
import { XML_DECLARATION, xmlText } from './xml';

const NS_C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const NS_A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const NS_XDR = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CAT_AXIS = 50010;
const VAL_AXIS = 50020;
const BAR_COLOR = '2F5597';
const TARGET_COLOR = 'C00000';

const quotedSheet = (name: string) => `'${name.replace(/'/g, "''")}'`;
const absolute = (r: Range) => `$${columnLetter(r.left)}$${r.top + 1}:$${columnLetter(r.right)}$${r.bottom + 1}`;

/** The cells of a one-column or one-row range, in order. */
function cellsOf(spec: SheetSpec, r: Range): (CellSpec | null)[] {
  const cells: (CellSpec | null)[] = [];
  for (let row = r.top; row <= r.bottom; row++) {
    for (let col = r.left; col <= r.right; col++) cells.push(spec.rows[row]?.[col] ?? null);
  }
  return cells;
}

function reference(spec: SheetSpec, r: Range): string {
  return `<c:f>${xmlText(`${quotedSheet(spec.name)}!${absolute(r)}`)}</c:f>`;
}

function stringReference(spec: SheetSpec, r: Range): string {
  const cells = cellsOf(spec, r);
  const points = cells.map((cell, i) => (cell?.v == null ? '' : `<c:pt idx="${i}"><c:v>${xmlText(String(cell.v))}</c:v></c:pt>`));
  return `<c:strRef>${reference(spec, r)}<c:strCache><c:ptCount val="${cells.length}"/>${points.join('')}</c:strCache></c:strRef>`;
}

function numberReference(spec: SheetSpec, r: Range): string {
  const cells = cellsOf(spec, r);
  const points = cells.map((cell, i) => (typeof cell?.v === 'number' ? `<c:pt idx="${i}"><c:v>${cell.v}</c:v></c:pt>` : ''));
  return `<c:numRef>${reference(spec, r)}<c:numCache><c:formatCode>0.0%</c:formatCode><c:ptCount val="${cells.length}"/>${points.join('')}</c:numCache></c:numRef>`;
}

function seriesHead(index: number, name: string, fill: string): string {
  return `<c:idx val="${index}"/><c:order val="${index}"/><c:tx><c:v>${xmlText(name)}</c:v></c:tx>${fill}`;
}

function titleXml(text: string, size: number): string {
  const run = `<a:r><a:rPr lang="vi-VN" sz="${size}" b="1"/><a:t>${xmlText(text)}</a:t></a:r>`;
  return `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="1"/></a:pPr>${run}</a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`;
}

function axes(): string {
  const common = (id: number, position: string) =>
    `<c:axId val="${id}"/><c:scaling><c:orientation val="minMax"/>${id === VAL_AXIS ? '<c:max val="1"/><c:min val="0"/>' : ''}</c:scaling><c:delete val="0"/><c:axPos val="${position}"/>`;
  const category = `<c:catAx>${common(CAT_AXIS, 'b')}<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="${VAL_AXIS}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`;
  const value = `<c:valAx>${common(VAL_AXIS, 'l')}<c:majorGridlines/><c:numFmt formatCode="0%" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="${CAT_AXIS}"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>`;
  return category + value;
}

/** xl/charts/chartN.xml for the sheet's chart. */
export function chartXml(spec: SheetSpec, chart: ChartSpec): string {
  const categories = `<c:cat>${stringReference(spec, chart.categories)}</c:cat>`;
  const bars = chart.series.map((s, i) => {
    const fill = `<c:spPr><a:solidFill><a:srgbClr val="${BAR_COLOR}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>`;
    return `<c:ser>${seriesHead(i, s.name, fill)}${categories}<c:val>${numberReference(spec, s.values)}</c:val></c:ser>`;
  });
  const barChart = `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${bars.join('')}<c:gapWidth val="60"/><c:axId val="${CAT_AXIS}"/><c:axId val="${VAL_AXIS}"/></c:barChart>`;
  let lineChart = '';
  if (chart.target) {
    const line = `<c:spPr><a:ln w="28575"><a:solidFill><a:srgbClr val="${TARGET_COLOR}"/></a:solidFill><a:prstDash val="dash"/></a:ln></c:spPr><c:marker><c:symbol val="none"/></c:marker>`;
    const series = `<c:ser>${seriesHead(chart.series.length, chart.target.name, line)}${categories}<c:val>${numberReference(spec, chart.target.values)}</c:val><c:smooth val="0"/></c:ser>`;
    lineChart = `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}<c:marker val="1"/><c:axId val="${CAT_AXIS}"/><c:axId val="${VAL_AXIS}"/></c:lineChart>`;
  }
  const plotArea = `<c:plotArea><c:layout/>${barChart}${lineChart}${axes()}</c:plotArea>`;
  const legend = '<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>';
  const text = `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1000"><a:latin typeface="${xmlText(spec.baseFont.name)}"/></a:defRPr></a:pPr><a:endParaRPr lang="vi-VN"/></a:p></c:txPr>`;
  return `${XML_DECLARATION}<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}"><c:roundedCorners val="0"/><c:chart>${titleXml(chart.title, 1200)}<c:autoTitleDeleted val="0"/>${plotArea}${legend}<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>${text}</c:chartSpace>`;
}

/** xl/drawings/drawingN.xml: the chart over the anchor's cells (its right and bottom edges included). */
export function drawingXml(chart: ChartSpec, chartRelId: string): string {
  const a = chart.anchor;
  const corner = (tag: string, col: number, row: number) =>
    `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  const frame = `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="${xmlText(chart.title.slice(0, 60))}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" r:id="${chartRelId}"/></a:graphicData></a:graphic></xdr:graphicFrame>`;
  return `${XML_DECLARATION}<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}" xmlns:r="${NS_R}"><xdr:twoCellAnchor editAs="oneCell">${corner('from', a.left, a.top)}${corner('to', a.right + 1, a.bottom + 1)}${frame}<xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`;
}

/** A chart the writer can draw: at least one series. */
export function drawableChart(spec: SheetSpec): ChartSpec | undefined {
  return spec.chart && spec.chart.series.length > 0 ? spec.chart : undefined;
}
