/**
 * What a file is, from its first bytes: people rename files, portals export ".xls" that are text,
 * and a wrong guess from the extension gives a message nobody can act on.
 */

export type FileFormat = 'xlsx' | 'ods' | 'xls' | 'text';

/** Bytes enough for the signature and an OpenDocument zip's first entry (its `mimetype`, stored uncompressed). */
export const SNIFF_BYTES = 128;

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ODS_MIMETYPE = 'application/vnd.oasis.opendocument.spreadsheet';

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
