/**
 * What a file is, from its bytes: people rename files, portals export ".xls" that are text,
 * and a wrong guess from the extension gives a message nobody can act on.
 *
 * `detectFormat` sniffs the first bytes; `identifyFile` looks inside the container (ISSUE 14 §3): a zip is a
 * workbook only when its entries say so (an .ods whose `mimetype` is compressed is still an .ods; a Word
 * document or a zip of photos is not a workbook), and an Office 97–2003 Compound File is told apart by the
 * streams its directory names (a workbook protected by a password is an "EncryptedPackage" in one).
 */
import { readRelationships, targetOfType } from './xlsx/relationships';
import { inflateEntry, type ZipEntry, zipEntries } from './xlsx/zip';

export type FileFormat = 'xlsx' | 'ods' | 'xls' | 'text';

/** Bytes enough for the signature and an OpenDocument zip's first entry (its `mimetype`, stored uncompressed). */
export const SNIFF_BYTES = 128;

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ODS_MIMETYPE = 'application/vnd.oasis.opendocument.spreadsheet';
const OPENDOCUMENT = 'application/vnd.oasis.opendocument.';

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

/** The format of a file whose first bytes (at least SNIFF_BYTES of them, or the whole file) are `head`. */
export function detectFormat(head: Uint8Array): FileFormat {
  if (startsWith(head, CFB)) return 'xls';
  if (startsWith(head, ZIP)) return firstZipEntry(head) === 'mimetype' && ascii(head, zipDataStart(head), ODS_MIMETYPE.length) === ODS_MIMETYPE ? 'ods' : 'xlsx';
  return 'text';
}

/** A zip local file header: name length at 26, extra length at 28, name from 30, data after both. */
function firstZipEntry(head: Uint8Array): string {
  return ascii(head, 30, head[26] | (head[27] << 8));
}

function zipDataStart(head: Uint8Array): number {
  return 30 + (head[26] | (head[27] << 8)) + (head[28] | (head[29] << 8));
}

function ascii(bytes: Uint8Array, from: number, length: number): string {
  return String.fromCharCode(...bytes.subarray(from, Math.min(bytes.length, from + length)));
}

/**
 * What a file holds. Read: `xlsx` (also .xlsm, .xltx: the same parts), `ods`, `text`. Refused, each with its
 * own message: `xls` (Excel 97–2003), `encrypted` (any Office file saved with a password to open it),
 * `xlsb` (Excel's binary workbook), `docx`/`pptx` and `doc`/`ppt` (Word and PowerPoint), `opendocument`
 * (a text or a presentation), `office97` (another Compound File), `zip` (an archive that is no document).
 */
export type FileKind = 'xlsx' | 'ods' | 'text' | 'xls' | 'encrypted' | 'xlsb' | 'docx' | 'pptx' | 'doc' | 'ppt' | 'opendocument' | 'office97' | 'zip';

export interface Identified {
  kind: FileKind;
  /** For `zip`: how many entries it holds, and how many of them are lists (.xlsx, .xls, .ods, .csv…). */
  entries?: number;
  lists?: number;
}

export function identifyFile(bytes: Uint8Array): Identified {
  if (startsWith(bytes, CFB)) return { kind: compoundKind(compoundStreams(bytes)) };
  if (!startsWith(bytes, ZIP)) return { kind: 'text' };
  let entries: Map<string, ZipEntry>;
  try {
    entries = zipEntries(bytes);
  } catch {
    // A damaged or cut zip: the reader its first entry points to says what is wrong with it.
    return { kind: detectFormat(bytes) === 'ods' ? 'ods' : 'xlsx' };
  }
  return zipKind(bytes, entries);
}

const LIST_FILE = /\.(xlsx|xlsm|xls|ods|csv|tsv)$/i;

/** OPC's main part (`_rels/.rels` → officeDocument) names the document; an OpenDocument file says its type in `mimetype`. */
function zipKind(bytes: Uint8Array, entries: Map<string, ZipEntry>): Identified {
  const mimetype = entries.get('mimetype');
  if (mimetype && mimetype.size < 256) {
    const type = entryText(bytes, mimetype).trim();
    if (type.startsWith(ODS_MIMETYPE)) return { kind: 'ods' };
    if (type.startsWith(OPENDOCUMENT)) return { kind: 'opendocument' };
  }
  let main: string | undefined;
  try {
    main = targetOfType(readRelationships(bytes, entries, ''), 'officeDocument');
  } catch {
    main = undefined;
  }
  const part = (main ?? '').split('/').pop() ?? '';
  if (part === 'workbook.xml' || (main === undefined && entries.has('xl/workbook.xml'))) return { kind: 'xlsx' };
  if (part === 'workbook.bin') return { kind: 'xlsb' };
  if (part === 'document.xml') return { kind: 'docx' };
  if (part === 'presentation.xml') return { kind: 'pptx' };
  // A main part of another name still says what it is by its folder (xl/, word/, ppt/), as Office names them.
  const folder = (main ?? '').split('/')[0];
  if (folder === 'xl') return { kind: 'xlsx' };
  if (folder === 'word') return { kind: 'docx' };
  if (folder === 'ppt') return { kind: 'pptx' };
  const names = [...entries.keys()].filter((n) => !n.endsWith('/'));
  return { kind: 'zip', entries: names.length, lists: names.filter((n) => LIST_FILE.test(n)).length };
}

function entryText(bytes: Uint8Array, entry: ZipEntry): string {
  const chunks: Uint8Array[] = [];
  try {
    inflateEntry(bytes, entry, (chunk) => chunks.push(chunk.slice()));
  } catch {
    return '';
  }
  return chunks.map((c) => String.fromCharCode(...c)).join('');
}

/** A Compound File's kind by the streams its directory names; one whose directory cannot be read is taken for an .xls, the likeliest. */
function compoundKind(streams: ReadonlySet<string>): FileKind {
  if (streams.has('EncryptedPackage')) return 'encrypted';
  if (streams.size <= 1 || streams.has('Workbook') || streams.has('Book')) return 'xls';
  if (streams.has('WordDocument')) return 'doc';
  if (streams.has('PowerPoint Document')) return 'ppt';
  return 'office97';
}

/**
 * The names in a Compound File's directory. Entries are 128 bytes, aligned on sectors (512 or 4,096 bytes,
 * both multiples of 128) after the header: each block that reads as one (a UTF-16 name of its stated length,
 * ending in a zero, and a storage, stream or root type) is taken, without following the sector chains.
 */
export function compoundStreams(bytes: Uint8Array): Set<string> {
  const names = new Set<string>();
  const shift = bytes[0x1e] | (bytes[0x1f] << 8);
  const first = shift === 12 ? 4096 : 512;
  for (let at = first; at + 128 <= bytes.length; at += 128) {
    const length = bytes[at + 64] | (bytes[at + 65] << 8);
    const type = bytes[at + 66];
    if (length < 4 || length > 64 || length % 2 !== 0 || (type !== 1 && type !== 2 && type !== 5)) continue;
    if (bytes[at + length - 2] !== 0 || bytes[at + length - 1] !== 0) continue;
    let name = '';
    for (let k = 0; k < length - 2; k += 2) name += String.fromCharCode(bytes[at + k] | (bytes[at + k + 1] << 8));
    if (!name.includes('\u0000')) names.add(name);
  }
  return names;
}
