/**
 * XML text as the document means it (entities decoded, line ends and attribute white space normalised),
 * and the string events the small parts' readers take (workbook, styles, relationships, the .ods content).
 * One tokenizer serves every part: byte-scanner.ts, on the UTF-8 bytes; xml-part.ts hands these readers
 * its events as strings.
 */

/** What a tag offers a reader of a small part: its attributes by local name. */
export interface TagAttributes {
  attr(name: string): string | undefined;
}

export interface XmlHandler {
  /** An element opened: its local name (a prefix such as `x:` is left out). */
  open(name: string, tag: TagAttributes): void;
  close(name: string): void;
  /** Character data between tags, entities decoded. */
  text(content: string): void;
}

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref.charCodeAt(0) !== 35) return NAMED[ref] ?? whole;
    const code = ref.charCodeAt(1) === 120 ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** Text content as the document means it: line ends normalised, then entities decoded (not in CDATA). */
export function xmlContent(raw: string, cdata: boolean): string {
  const s = raw.indexOf('\r') >= 0 ? raw.replace(/\r\n?/g, '\n') : raw;
  return cdata || s.indexOf('&') < 0 ? s : decodeEntities(s);
}

/** An attribute's value as the document means it: white space normalised, then entities decoded. */
export function attributeText(raw: string): string {
  const s = /[\t\n\r]/.test(raw) ? raw.replace(/\r\n|[\t\n\r]/g, ' ') : raw;
  return s.indexOf('&') < 0 ? s : decodeEntities(s);
}
