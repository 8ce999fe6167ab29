/**
 * The XML tokenizer of the file door, on the UTF-8 bytes themselves. It was written for the two parts that
 * hold a workbook's cells (the worksheets and the shared strings); xml-part.ts serves the small parts from it too. Decoding each inflated chunk into one JavaScript string
 * before tokenizing it cost a third of the reading time, and the strings cut out of it kept whole chunks
 * alive. Here nothing is decoded until a reader asks for a value as text: a number or a shared-string
 * index is read from its digits, and a string is decoded from its own bytes (markup is ASCII, so a
 * token never ends inside a multi-byte letter).
 */
import { attributeText, xmlContent } from './xml-text';

const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });

/** The text of bytes [from, to), UTF-8. */
export function bytesToString(s: Uint8Array, from: number, to: number): string {
  return utf8.decode(s.subarray(from, to));
}

/** Text content as the document means it (line ends normalised, entities decoded unless CDATA). */
export function bytesXmlText(s: Uint8Array, from: number, to: number, cdata: boolean): string {
  return xmlContent(bytesToString(s, from, to), cdata);
}

/** Whether bytes [from, to) spell the ASCII `name`. */
export function isName(s: Uint8Array, from: number, to: number, name: string): boolean {
  if (to - from !== name.length) return false;
  for (let k = 0; k < name.length; k++) if (s[from + k] !== name.charCodeAt(k)) return false;
  return true;
}

/** The attributes of the tag just opened, read on demand. Valid only during the `open` call. */
export class ByteTag {
  src: Uint8Array = new Uint8Array(0);
  from = 0;
  to = 0;
  /** End of the value found by the last `valueAt`. */
  valueEnd = 0;

  /** Where the value of the attribute with this local name starts in `src`, or -1. */
  valueAt(name: string): number {
    const s = this.src;
    const to = this.to;
    let i = this.from;
    while (i < to) {
      let c = s[i];
      while (i < to && (c === 32 || c === 9 || c === 10 || c === 13)) c = s[++i];
      if (i >= to) return -1;
      let local = i;
      while (i < to && c !== 61 && c !== 32 && c !== 9 && c !== 10 && c !== 13) {
        if (c === 58) local = i + 1;
        c = s[++i];
      }
      const nameEnd = i;
      while (i < to && s[i] !== 61) i++;
      i++;
      while (i < to && (c = s[i]) !== 34 && c !== 39) i++;
      const quote = c;
      const valueStart = ++i;
      while (i < to && s[i] !== quote) i++;
      if (isName(s, local, nameEnd, name)) {
        this.valueEnd = i;
        return valueStart;
      }
      i++;
    }
    return -1;
  }

  attr(name: string): string | undefined {
    const at = this.valueAt(name);
    return at < 0 ? undefined : attributeText(bytesToString(this.src, at, this.valueEnd));
  }
}

/** An element's local name is bytes [name, nameEnd) of `src` (a prefix such as `x:` is left out). */
export interface ByteXmlHandler {
  open(src: Uint8Array, name: number, nameEnd: number, tag: ByteTag): void;
  close(src: Uint8Array, name: number, nameEnd: number): void;
  /** Character data between tags, raw (entities not yet decoded) unless `cdata`. */
  text(src: Uint8Array, from: number, to: number, cdata: boolean): void;
}

const EMPTY = new Uint8Array(0);
/** Bytes of a new chunk copied to finish the token the last one cut: longer than any tag of a sheet. */
const STITCH = 4096;
const CDATA = [60, 33, 91, 67, 68, 65, 84, 65, 91]; // <![CDATA[
const COMMENT = [60, 33, 45, 45]; // <!--

function joined(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

function startsWith(s: Uint8Array, at: number, prefix: readonly number[]): boolean {
  if (at + prefix.length > s.length) return false;
  for (let k = 0; k < prefix.length; k++) if (s[at + k] !== prefix[k]) return false;
  return true;
}

/** The ">" that ends the tag starting before `from`, skipping quoted attribute values; -1 when cut. */
function tagEnd(s: Uint8Array, from: number): number {
  const n = s.length;
  for (let k = from; k < n; k++) {
    const c = s[k];
    if (c === 62) return k;
    if (c === 34 || c === 39) {
      k++;
      while (k < n && s[k] !== c) k++;
      if (k >= n) return -1;
    }
  }
  return -1;
}

/** Where `a b c` (3 bytes) next occurs from `from`, or -1. */
function find3(s: Uint8Array, from: number, a: number, b: number, c: number): number {
  for (let i = from, n = s.length - 2; i < n; i++) if (s[i] === a && s[i + 1] === b && s[i + 2] === c) return i;
  return -1;
}

export class ByteXmlScanner {
  private rest: Uint8Array = EMPTY;
  private readonly tag = new ByteTag();

  constructor(private readonly handler: ByteXmlHandler) {}

  /**
   * More of the document; a token cut at the end waits for the next call. The cut token is finished on
   * a copy of itself and the chunk's first bytes, and the rest of the chunk is scanned where it lies.
   */
  push(chunk: Uint8Array): void {
    const rest = this.rest;
    if (rest.length === 0) {
      this.keep(chunk, this.scan(chunk, 0));
      return;
    }
    const head = Math.min(chunk.length, STITCH);
    const stitched = joined(rest, chunk.subarray(0, head));
    const done = this.scan(stitched, 0);
    if (head === chunk.length) this.keep(stitched, done);
    else if (done >= rest.length) this.keep(chunk, this.scan(chunk, done - rest.length));
    else {
      // A token longer than the stitch: join it all.
      const all = joined(rest, chunk);
      this.keep(all, this.scan(all, done));
    }
  }

  /** What is left of `s` from `done` waits for the next chunk. */
  private keep(s: Uint8Array, done: number): void {
    this.rest = done >= s.length ? EMPTY : s.slice(done);
  }

  /** The document ended: anything left is text after the root, or a cut tag. */
  end(): void {
    const rest = this.rest;
    this.rest = EMPTY;
    if (rest.indexOf(60) >= 0 && rest.some((c) => c > 32)) throw new Error('XML ends inside a tag');
  }

  /** Consumes every complete token of `s`; returns where the first incomplete one starts. */
  private scan(s: Uint8Array, from: number): number {
    const h = this.handler;
    const n = s.length;
    let i = from;
    while (i < n) {
      let lt = i;
      while (lt < n && s[lt] !== 60) lt++;
      if (lt >= n) return i;
      if (lt > i) h.text(s, i, lt, false);
      i = lt;
      if (lt + 1 >= n) return lt;
      const next = s[lt + 1];
      if (next === 33) {
        if (startsWith(s, lt, CDATA)) {
          const e = find3(s, lt + 9, 93, 93, 62);
          if (e < 0) return lt;
          h.text(s, lt + 9, e, true);
          i = e + 3;
        } else if (startsWith(s, lt, COMMENT)) {
          const e = find3(s, lt + 4, 45, 45, 62);
          if (e < 0) return lt;
          i = e + 3;
        } else {
          const e = declarationEnd(s, lt);
          if (e < 0) return lt;
          i = e + 1;
        }
        continue;
      }
      if (next === 63) {
        let e = lt + 2;
        while (e + 1 < n && !(s[e] === 63 && s[e + 1] === 62)) e++;
        if (e + 1 >= n) return lt;
        i = e + 2;
        continue;
      }
      // The name, and where its local part starts, in the same pass that finds its end.
      let e = next === 47 ? lt + 2 : lt + 1;
      let name = e;
      for (; e < n; e++) {
        const c = s[e];
        if (c <= 32 || c === 47 || c === 62) break;
        if (c === 58) name = e + 1;
      }
      const j = e < n && s[e] === 62 ? e : tagEnd(s, e);
      if (j < 0) return lt;
      if (next === 47) h.close(s, name, e);
      else {
        const selfClosing = s[j - 1] === 47;
        const tag = this.tag;
        tag.src = s;
        tag.from = e;
        tag.to = selfClosing ? j - 1 : j;
        h.open(s, name, e, tag);
        if (selfClosing) h.close(s, name, e);
      }
      i = j + 1;
    }
    return i;
  }
}

/** End of a `<!DOCTYPE …>` with its internal subset, or -1 when it is cut. */
function declarationEnd(s: Uint8Array, from: number): number {
  let depth = 0;
  for (let i = from + 2; i < s.length; i++) {
    const c = s[i];
    if (c === 91) depth++;
    else if (c === 93) depth--;
    else if (c === 62 && depth <= 0) return i;
  }
  return -1;
}
