/**
 * Text as SpreadsheetML carries it. XML 1.0 cannot hold most control characters, so OOXML writes
 * them as "_xHHHH_" (ECMA-376 Part 1, 22.9.2.19 ST_Xstring), and a literal "_xHHHH_" in the text is
 * itself escaped ("_x005F_xHHHH_") so that a reader gives back exactly what was written.
 */

// Characters XML 1.0 cannot carry (tab, line feed and carriage return it can), and text that would read as an escape.
// eslint-disable-next-line no-control-regex -- these control characters are exactly what must be escaped
const NEEDS_OOXML_ESCAPE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|_x[0-9A-Fa-f]{4}_/g;
const XML_SPECIAL = /[<>&"]/g;
const ENTITY: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' };

function ooxmlEscape(match: string): string {
  if (match.length > 1) return `_x005F${match}`;
  return `_x${match.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`;
}

/** Text for an element's content or an attribute value in double quotes. */
export function xmlText(s: string): string {
  const safe = s.replace(NEEDS_OOXML_ESCAPE, ooxmlEscape);
  return safe.replace(XML_SPECIAL, (c) => ENTITY[c]);
}

/** `<t>` with xml:space="preserve" when spaces at either end or line breaks would otherwise be lost. */
export function textElement(s: string): string {
  const preserve = /^\s|\s$|[\n\r\t]/.test(s);
  return preserve ? `<t xml:space="preserve">${xmlText(s)}</t>` : `<t>${xmlText(s)}</t>`;
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
export const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const NS_X14 = 'http://schemas.microsoft.com/office/spreadsheetml/2009/9/main';
export const NS_XM = 'http://schemas.microsoft.com/office/excel/2006/main';
