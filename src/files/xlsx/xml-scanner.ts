/**
 * A streaming XML tokenizer for the parts of an .xlsx. Generic SAX parsers spend 3–4 s on the sheets of
 * a 200,000-row workbook (they build an attribute object for every cell); this one hands a tag over as
 * a view on its text, so a reader pulls out only the attributes it wants. It reads well-formed XML:
 * elements, attributes in either quote, entities, CDATA, comments and processing instructions
 * (skipped), namespace prefixes (dropped: `x:c` is `c`). It checks nothing a reader does not need.
 */

/** The attributes of the tag just opened, read on demand. Valid only during the `open` call. */
export class Tag {
  src = '';
  from = 0;
  to = 0;
  /** End of the value found by the last `valueAt`. */
  valueEnd = 0;

  /** Where the value of the attribute with this local name starts in `src`, or -1. */
  valueAt(name: string): number {
    const s = this.src;
    let i = this.from;
    const to = this.to;
    while (i < to) {
      let c = s.charCodeAt(i);
      while (i < to && (c === 32 || c === 9 || c === 10 || c === 13)) c = s.charCodeAt(++i);
      if (i >= to) return -1;
      let local = i;
      while (i < to && c !== 61 && c !== 32 && c !== 9 && c !== 10 && c !== 13) {
        if (c === 58) local = i + 1;
        c = s.charCodeAt(++i);
      }
      const nameEnd = i;
      while (i < to && s.charCodeAt(i) !== 61) i++;
      i++;
      while (i < to && (c = s.charCodeAt(i)) !== 34 && c !== 39) i++;
      const quote = c;
      const valueStart = ++i;
      while (i < to && s.charCodeAt(i) !== quote) i++;
      if (nameEnd - local === name.length && s.startsWith(name, local)) {
        this.valueEnd = i;
        return valueStart;
      }
      i++;
    }
    return -1;
  }

  attr(name: string): string | undefined {
    const at = this.valueAt(name);
    return at < 0 ? undefined : attributeText(this.src.slice(at, this.valueEnd));
  }
}

export interface XmlHandler {
  open(name: string, tag: Tag): void;
  close(name: string): void;
  /** Character data between tags, raw (entities not yet decoded) unless `cdata`. */
  text(src: string, from: number, to: number, cdata: boolean): void;
}

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref.charCodeAt(0) !== 35) return NAMED[ref] ?? whole;
    const code = ref.charCodeAt(1) === 120 ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** Text content as the document means it: line ends normalised, then entities decoded. */
export function xmlText(src: string, from: number, to: number, cdata: boolean): string {
  return xmlContent(src.slice(from, to), cdata);
}

/** The same for text already cut out. */
export function xmlContent(raw: string, cdata: boolean): string {
  const s = raw.indexOf('\r') >= 0 ? raw.replace(/\r\n?/g, '\n') : raw;
  return cdata || s.indexOf('&') < 0 ? s : decodeEntities(s);
}

/** An attribute's value as the document means it: white space normalised, then entities decoded. */
export function attributeText(raw: string): string {
  const s = /[\t\n\r]/.test(raw) ? raw.replace(/\r\n|[\t\n\r]/g, ' ') : raw;
  return s.indexOf('&') < 0 ? s : decodeEntities(s);
}

/** Element names repeat millions of times: the last one seen per (first letter, length) is reused. */
const names: string[] = new Array<string>(1024).fill('');

function localName(s: string, from: number, to: number): string {
  for (let i = to - 1; i >= from; i--) {
    if (s.charCodeAt(i) === 58) {
      from = i + 1;
      break;
    }
  }
  const slot = ((s.charCodeAt(from) << 4) ^ (to - from)) & 1023;
  const known = names[slot];
  if (known.length === to - from && s.startsWith(known, from)) return known;
  return (names[slot] = s.slice(from, to));
}

/** The ">" that ends the tag starting before `from`, skipping quoted attribute values; -1 when cut. */
function tagEnd(s: string, from: number): number {
  let i = from;
  let gt = s.indexOf('>', i);
  for (;;) {
    if (gt < 0) return -1;
    let q = -1;
    for (let k = i; k < gt; k++) {
      const c = s.charCodeAt(k);
      if (c === 34 || c === 39) {
        q = k;
        break;
      }
    }
    if (q < 0) return gt;
    const close = s.indexOf(s[q], q + 1);
    if (close < 0) return -1;
    i = close + 1;
    if (i > gt) gt = s.indexOf('>', i);
  }
}

export class XmlScanner {
  private rest = '';
  private readonly tag = new Tag();

  constructor(private readonly handler: XmlHandler) {}

  /** More of the document, as text; a token cut at the end waits for the next call. */
  push(chunk: string): void {
    const s = this.rest.length > 0 ? this.rest + chunk : chunk;
    this.rest = s.slice(this.scan(s));
  }

  /** The document ended: anything left is text after the root, or a cut tag. */
  end(): void {
    if (this.rest.trim().length > 0 && this.rest.indexOf('<') >= 0) throw new Error('XML ends inside a tag');
    this.rest = '';
  }

  /** Consumes every complete token of `s`; returns where the first incomplete one starts. */
  private scan(s: string): number {
    const h = this.handler;
    const n = s.length;
    let i = 0;
    while (i < n) {
      const lt = s.indexOf('<', i);
      if (lt < 0) return i;
      if (lt > i) h.text(s, i, lt, false);
      i = lt;
      const next = s.charCodeAt(lt + 1);
      if (next !== next) return lt;
      if (next === 33) {
        if (s.startsWith('<![CDATA[', lt)) {
          const e = s.indexOf(']]>', lt + 9);
          if (e < 0) return lt;
          h.text(s, lt + 9, e, true);
          i = e + 3;
        } else if (s.startsWith('<!--', lt)) {
          const e = s.indexOf('-->', lt + 4);
          if (e < 0) return lt;
          i = e + 3;
        } else {
          const e = this.declarationEnd(s, lt);
          if (e < 0) return lt;
          i = e + 1;
        }
        continue;
      }
      if (next === 63) {
        const e = s.indexOf('?>', lt + 2);
        if (e < 0) return lt;
        i = e + 2;
        continue;
      }
      const j = tagEnd(s, lt + 1);
      if (j < 0) return lt;
      if (next === 47) {
        let e = j;
        while (e > lt + 2 && s.charCodeAt(e - 1) <= 32) e--;
        h.close(localName(s, lt + 2, e));
      } else {
        const selfClosing = s.charCodeAt(j - 1) === 47;
        const end = selfClosing ? j - 1 : j;
        let e = lt + 1;
        for (; e < end; e++) {
          const c = s.charCodeAt(e);
          if (c === 32 || c === 9 || c === 10 || c === 13 || c === 47) break;
        }
        const name = localName(s, lt + 1, e);
        const tag = this.tag;
        tag.src = s;
        tag.from = e;
        tag.to = end;
        h.open(name, tag);
        if (selfClosing) h.close(name);
      }
      i = j + 1;
    }
    return i;
  }

  /** End of a `<!DOCTYPE …>` with its internal subset, or -1 when it is cut. */
  private declarationEnd(s: string, from: number): number {
    let depth = 0;
    for (let i = from + 2; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c === 91) depth++;
      else if (c === 93) depth--;
      else if (c === 62 && depth <= 0) return i;
    }
    return -1;
  }
}
