/**
 * The workbook's one style table. Every SheetSpec names its styles by key and has its own base
 * font; here each (sheet, key) becomes a cell format index, and identical formats are written once.
 */
import type { CellStyle, SheetSpec } from '../../core/sheetspec';
import { xmlText } from './xml';

type Font = SheetSpec['baseFont'];

/** Excel's built-in number formats that need no <numFmt> (ECMA-376 Part 1, 18.8.30). */
const BUILT_IN_FORMATS: ReadonlyMap<string, number> = new Map(Object.entries({
  General: 0,
  '0': 1,
  '0.00': 2,
  '#,##0': 3,
  '#,##0.00': 4,
  '0%': 9,
  '0.00%': 10,
  '@': 49,
}));
const FIRST_CUSTOM_FORMAT = 164;

const argb = (hex: string) => `FF${hex.toUpperCase()}`;
const VERTICAL = { top: 'top', middle: 'center', bottom: 'bottom' } as const;

/** A list of distinct XML fragments, each with its index. */
class Distinct {
  readonly items: string[] = [];
  private readonly index = new Map<string, number>();
  constructor(initial: readonly string[] = []) {
    for (const item of initial) this.of(item);
  }
  of(xml: string): number {
    let i = this.index.get(xml);
    if (i === undefined) {
      i = this.items.length;
      this.items.push(xml);
      this.index.set(xml, i);
    }
    return i;
  }
}

function fontXml(style: CellStyle, base: Font): string {
  const flags = `${style.bold ? '<b/>' : ''}${style.italic ? '<i/>' : ''}${style.underline ? '<u/>' : ''}`;
  return `<font>${flags}<sz val="${style.size ?? base.size}"/><color rgb="${argb(style.color ?? '000000')}"/><name val="${xmlText(base.name)}"/></font>`;
}

function borderXml(style: CellStyle): string | null {
  const thin = (side: string) => `<${side} style="thin"><color rgb="FF000000"/></${side}>`;
  if (style.border) return `<border>${thin('left')}${thin('right')}${thin('top')}${thin('bottom')}<diagonal/></border>`;
  if (style.borderBottom) return `<border><left/><right/><top/>${thin('bottom')}<diagonal/></border>`;
  return null;
}

function alignmentXml(style: CellStyle): string {
  const attrs = [
    style.h ? ` horizontal="${style.h}"` : '',
    style.v ? ` vertical="${VERTICAL[style.v]}"` : '',
    style.wrap ? ' wrapText="1"' : '',
  ].join('');
  return attrs ? `<alignment${attrs}/>` : '';
}

export class StyleTable {
  private readonly fonts: Distinct;
  private readonly fills = new Distinct(['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>']);
  private readonly borders = new Distinct(['<border><left/><right/><top/><bottom/><diagonal/></border>']);
  private readonly formats = new Map<string, number>();
  private readonly xfs = new Distinct(['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>']);

  /** `defaultFont` is the workbook's Normal style: what an empty cell of any sheet shows. */
  constructor(defaultFont: Font) {
    this.fonts = new Distinct([fontXml({}, defaultFont)]);
  }

  private formatId(code: string): number {
    const builtIn = BUILT_IN_FORMATS.get(code);
    if (builtIn !== undefined) return builtIn;
    let id = this.formats.get(code);
    if (id === undefined) {
      id = FIRST_CUSTOM_FORMAT + this.formats.size;
      this.formats.set(code, id);
    }
    return id;
  }

  /** The cell format index of a style, in a sheet whose base font is `base`. */
  xf(style: CellStyle, base: Font): number {
    const font = this.fonts.of(fontXml(style, base));
    const fill = style.fill ? this.fills.of(`<fill><patternFill patternType="solid"><fgColor rgb="${argb(style.fill)}"/><bgColor indexed="64"/></patternFill></fill>`) : 0;
    const border = borderXml(style);
    const borderId = border === null ? 0 : this.borders.of(border);
    const numFmt = style.numFmt ? this.formatId(style.numFmt) : 0;
    const alignment = alignmentXml(style);
    const applies = [
      ' applyFont="1"',
      fill ? ' applyFill="1"' : '',
      borderId ? ' applyBorder="1"' : '',
      numFmt ? ' applyNumberFormat="1"' : '',
      alignment ? ' applyAlignment="1"' : '',
    ].join('');
    const head = `<xf numFmtId="${numFmt}" fontId="${font}" fillId="${fill}" borderId="${borderId}" xfId="0"${applies}`;
    return this.xfs.of(alignment ? `${head}>${alignment}</xf>` : `${head}/>`);
  }

  /** Every style of a sheet by key, and the index for cells without one (the sheet's base font). */
  sheetStyles(spec: SheetSpec): { byKey: Map<string, number>; base: number } {
    const byKey = new Map<string, number>();
    for (const [key, style] of Object.entries(spec.styles)) byKey.set(key, this.xf(style, spec.baseFont));
    return { byKey, base: this.xf({}, spec.baseFont) };
  }

  toXml(): string {
    const list = (tag: string, items: readonly string[]) => `<${tag} count="${items.length}">${items.join('')}</${tag}>`;
    const formats = [...this.formats].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${xmlText(code)}"/>`);
    return [
      `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">`,
      formats.length ? list('numFmts', formats) : '',
      list('fonts', this.fonts.items),
      list('fills', this.fills.items),
      list('borders', this.borders.items),
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>',
      list('cellXfs', this.xfs.items),
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>',
      '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>',
      '</styleSheet>',
    ].join('');
  }
}
