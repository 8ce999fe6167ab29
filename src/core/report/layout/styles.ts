/**
 * The named cell styles every report sheet shares.
 *
 * Figures read the same on paper whatever the regional settings of the computer that opens or prints the report
 * (issue 13 §2): Excel and LibreOffice draw "." and "," in a number format as that computer's decimal and thousands
 * signs, so "0.0%" prints "84.9%" on an English Windows beside "84,9%" in the narrative. Counts stay numbers, with
 * the dot between thousands written into the format as a literal; rates and changes in points, which need a decimal
 * comma no format can give, are written by the layout as text ("84,9%", "+3,5"), right-aligned like numbers. The
 * figures to compute with are in the JSON report and the "Lịch sử" sheet; the chart's sheet keeps numbers for its chart.
 */
import type { CellStyle } from '../../sheetspec';

/** 1234567 → "1.234.567" in every locale: the dots are literals, chosen by the size of the number (counts are ≥ 0). */
export const COUNT_FORMAT = '[>=1000000]#"."###"."##0;[>=1000]#"."##0;0';
/** Rates and changes in points are text made by core/numbers.ts. */
const AS_TEXT = '@';

export const STYLES: Record<string, CellStyle> = {
  bodyCaps: { size: 12, h: 'center', v: 'middle' },
  bodyCapsBold: { size: 12, bold: true, h: 'center', v: 'middle', underline: true },
  nation: { size: 12, bold: true, h: 'center', v: 'middle' },
  motto: { size: 13, bold: true, h: 'center', v: 'middle', underline: true },
  number: { size: 13, h: 'center', v: 'middle' },
  dateLine: { size: 13, italic: true, h: 'center', v: 'middle' },
  title: { size: 14, bold: true, h: 'center', v: 'middle' },
  subject: { size: 13, bold: true, h: 'center', v: 'middle', wrap: true },
  period: { size: 13, italic: true, h: 'center', v: 'middle' },
  /** A list sheet's explanation under its title: long, so it wraps within the table's width. */
  periodWrap: { size: 12, italic: true, h: 'center', v: 'middle', wrap: true },
  th: { size: 11, bold: true, h: 'center', v: 'middle', wrap: true, border: true, fill: 'E7EEF7' },
  section: { size: 11, bold: true, h: 'left', v: 'middle', border: true, fill: 'F2F2F2' },
  sectionCenter: { size: 11, bold: true, h: 'center', v: 'middle', border: true, fill: 'F2F2F2' },
  td: { size: 11, v: 'middle', border: true, wrap: true },
  tdCenter: { size: 11, h: 'center', v: 'middle', border: true },
  tdInt: { size: 11, h: 'right', v: 'middle', border: true, numFmt: COUNT_FORMAT },
  tdPct: { size: 11, h: 'right', v: 'middle', border: true, numFmt: AS_TEXT },
  tdText: { size: 11, v: 'middle', border: true, numFmt: '@' },
  tdSmall: { size: 9, v: 'middle', border: true, wrap: true, color: '595959' },
  met: { size: 11, h: 'center', v: 'middle', border: true, color: '006100' },
  notMet: { size: 11, h: 'center', v: 'middle', border: true, bold: true, color: 'C00000' },
  // Wraps: a campaign's own name for its units' total can be long ("Cộng cơ sở khám bệnh, chữa bệnh", seed 003).
  totalLabel: { size: 11, bold: true, v: 'middle', border: true, fill: 'F2F2F2', wrap: true },
  totalInt: { size: 11, bold: true, h: 'right', v: 'middle', border: true, numFmt: COUNT_FORMAT, fill: 'F2F2F2' },
  totalPct: { size: 11, bold: true, h: 'right', v: 'middle', border: true, numFmt: AS_TEXT, fill: 'F2F2F2' },
  totalMet: { size: 11, bold: true, h: 'center', v: 'middle', border: true, color: '006100', fill: 'F2F2F2' },
  totalNotMet: { size: 11, bold: true, h: 'center', v: 'middle', border: true, color: 'C00000', fill: 'F2F2F2' },
  note: { size: 11, italic: true, v: 'top', wrap: true },
  heading: { size: 13, bold: true, v: 'middle' },
  subheading: { size: 13, bold: true, italic: true, v: 'middle', wrap: true },
  paragraph: { size: 13, v: 'top', wrap: true, h: 'left' },
  recipientsTitle: { size: 12, bold: true, italic: true, v: 'top' },
  recipient: { size: 11, v: 'top' },
  signTitle: { size: 13, bold: true, h: 'center', v: 'top' },
  signName: { size: 13, bold: true, h: 'center', v: 'top' },
  statusOpen: { size: 11, h: 'center', v: 'middle', border: true, bold: true, color: '9C5700', fill: 'FFF2CC' },
  statusOverdue: { size: 11, h: 'center', v: 'middle', border: true, bold: true, color: 'C00000', fill: 'FCE4D6' },
  statusDone: { size: 11, h: 'center', v: 'middle', border: true, color: '006100' },
  /** A status the police typed in their own words: open, and as long as they wrote it. */
  statusTyped: { size: 11, h: 'center', v: 'middle', border: true, bold: true, color: '9C5700', fill: 'FFF2CC', wrap: true },
  statusTypedOverdue: { size: 11, h: 'center', v: 'middle', border: true, bold: true, color: 'C00000', fill: 'FCE4D6', wrap: true },
  tdAlarm: { size: 11, v: 'middle', border: true, wrap: true, fill: 'FCE4D6' },
  /** A day's rate that did not rise since the day before (seed 000 §I.2). */
  pctAlarm: { size: 11, h: 'right', v: 'middle', border: true, numFmt: AS_TEXT, fill: 'FCE4D6' },
  tdPoints: { size: 11, h: 'right', v: 'middle', border: true, numFmt: AS_TEXT },
  totalPoints: { size: 11, bold: true, h: 'right', v: 'middle', border: true, numFmt: AS_TEXT, fill: 'F2F2F2' },
  /** The weekly report's forecast (ISSUE 11 §2): a few words, smaller so they fit their column; red when the deadline will be missed. */
  tdForecast: { size: 10, v: 'middle', border: true, wrap: true },
  tdForecastLate: { size: 10, v: 'middle', border: true, wrap: true, color: 'C00000' },
  /** The chart sheet's rates: numbers, which its chart draws. */
  chartPct: { size: 11, h: 'right', v: 'middle', border: true, numFmt: '0.0%' },
  error: { size: 11, v: 'middle', border: true, color: 'C00000' },
  warning: { size: 11, v: 'middle', border: true, color: '9C5700' },
  info: { size: 11, v: 'middle', border: true, color: '595959' },
};
