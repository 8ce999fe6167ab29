/**
 * Delimited text (RFC 4180 and what spreadsheets actually write): fields split by one delimiter,
 * records by CRLF, LF or CR; a field in double quotes may hold delimiters, line breaks and "" for a
 * quote. A quote inside an unquoted field is kept as typed. Every field stays the text typed: a
 * CCCD "001085000123" keeps its leading zero.
 */

export type Delimiter = ',' | ';' | '\t';

/** Comma (most tools), semicolon (Excel where the decimal mark is a comma, as in Vietnam) and tab. */
export const DELIMITERS: readonly Delimiter[] = [',', ';', '\t'];

/** Records looked at to choose the delimiter. */
const SAMPLE_RECORDS = 200;

/** Records of `text`; an empty field is null, an empty line an empty record, a final line break ends the last record. */
export function parseDelimited(text: string, delimiter: Delimiter, limit = Infinity): (string | null)[][] {
  const records: (string | null)[][] = [];
  const sep = delimiter.charCodeAt(0);
  let record: (string | null)[] = [];
  let i = 0;
  const n = text.length;
  const endRecord = () => {
    records.push(record.length === 1 && record[0] === null ? [] : record);
    record = [];
  };
  while (i < n && records.length < limit) {
    let field: string;
    if (text.charCodeAt(i) === 0x22) {
      let value = '';
      let from = i + 1;
      for (;;) {
        const q = text.indexOf('"', from);
        if (q < 0) {
          // An unclosed quote runs to the end of the file, as Excel reads it.
          value += text.slice(from);
          i = n;
          break;
        }
        value += text.slice(from, q);
        if (text.charCodeAt(q + 1) === 0x22) {
          value += '"';
          from = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      // Text between the closing quote and the delimiter is kept, as spreadsheets do.
      const end = fieldEnd(text, i, sep);
      field = value + text.slice(i, end);
      i = end;
    } else {
      const end = fieldEnd(text, i, sep);
      field = text.slice(i, end);
      i = end;
    }
    record.push(field === '' ? null : field);
    if (i >= n) break;
    const c = text.charCodeAt(i);
    if (c === sep) {
      i++;
      if (i >= n) record.push(null);
      continue;
    }
    i += c === 0x0d && text.charCodeAt(i + 1) === 0x0a ? 2 : 1;
    endRecord();
  }
  if (record.length > 0) endRecord();
  return records;
}

function fieldEnd(text: string, from: number, sep: number): number {
  let i = from;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === sep || c === 0x0a || c === 0x0d) break;
    i++;
  }
  return i;
}

/**
 * The delimiter that splits the first records most consistently: the most records sharing one
 * field count above one (a list's title and header rows have as many delimiters as its data).
 * Ties go to the wider split, then to the order of DELIMITERS; text with none is one column.
 */
export function detectDelimiter(text: string): Delimiter {
  let best: { delimiter: Delimiter; records: number; fields: number } | null = null;
  for (const delimiter of DELIMITERS) {
    const counts = new Map<number, number>();
    for (const record of parseDelimited(text, delimiter, SAMPLE_RECORDS)) {
      if (record.length > 1) counts.set(record.length, (counts.get(record.length) ?? 0) + 1);
    }
    for (const [fields, records] of counts) {
      if (!best || records > best.records || (records === best.records && fields > best.fields)) best = { delimiter, records, fields };
    }
  }
  return best?.delimiter ?? ',';
}
