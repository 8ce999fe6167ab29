/**
 * The zip container of an .xlsx or .ods, read from its central directory so parts can be taken in the
 * order their meaning needs (workbook, styles, shared strings, then each sheet), whatever order the
 * writer stored them in. A part is inflated as a stream, so only one chunk of its XML exists at a time; the
 * worksheets and shared strings, when up to WHOLE_PART bytes, are inflated whole into one buffer that the
 * next part reuses.
 */
import { Inflate, inflateSync } from 'fflate';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  /** Uncompressed size, as the central directory states it. */
  size: number;
  localHeader: number;
}

/** Why a file is not a zip we can read: the caller words it for people. */
export class NotAZipError extends Error {}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const INPUT_SLICE = 1 << 18;
/**
 * fflate's streaming Inflate grows a new buffer by doubling for every chunk and copies it out again:
 * several times a part's size in short-lived memory, which the allocator keeps after it is freed.
 */
const WHOLE_PART = 1 << 25;

/**
 * A part inflated whole by other means than fflate (the command line's native zlib, about 5× less CPU on the
 * 200,000-row commune): its bytes, or null when they are not `limit` bytes or fewer or cannot be inflated, and the
 * part is then streamed by fflate, which says why.
 */
export type WholeInflate = (compressed: Uint8Array, limit: number) => Uint8Array | null;

/**
 * How a workbook's parts are inflated whole, one after another: into this buffer by fflate (what it held is gone once
 * the next part is in), or by `inflate` when the door has a faster way.
 */
export class PartBuffer {
  private bytes = new Uint8Array(0);

  constructor(readonly inflate?: WholeInflate) {}

  take(size: number): Uint8Array {
    if (this.bytes.length < size) this.bytes = new Uint8Array(size);
    return this.bytes.subarray(0, size);
  }
}

function u16(b: Uint8Array, at: number): number {
  return b[at] | (b[at + 1] << 8);
}
function u32(b: Uint8Array, at: number): number {
  return (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;
}
function u64(b: Uint8Array, at: number): number {
  return u32(b, at) + u32(b, at + 4) * 2 ** 32;
}

function endOfCentralDirectory(b: Uint8Array): number {
  for (let at = b.length - 22; at >= Math.max(0, b.length - 22 - 65_535); at--) if (u32(b, at) === EOCD) return at;
  throw new NotAZipError('no end of central directory');
}

/** Every entry of the central directory, by name. */
export function zipEntries(b: Uint8Array): Map<string, ZipEntry> {
  const eocd = endOfCentralDirectory(b);
  let count = u16(b, eocd + 10);
  let offset = u32(b, eocd + 16);
  if ((offset === 0xffffffff || count === 0xffff) && eocd >= 20 && u32(b, eocd - 20) === ZIP64_LOCATOR) {
    const z = u64(b, eocd - 12);
    count = u64(b, z + 32);
    offset = u64(b, z + 48);
  }
  const names = new TextDecoder();
  const entries = new Map<string, ZipEntry>();
  for (let i = 0; i < count; i++) {
    if (offset + 46 > b.length || u32(b, offset) !== CENTRAL) throw new NotAZipError('broken central directory');
    const nameLength = u16(b, offset + 28);
    const extraLength = u16(b, offset + 30);
    const name = names.decode(b.subarray(offset + 46, offset + 46 + nameLength));
    let compressedSize = u32(b, offset + 20);
    let size = u32(b, offset + 24);
    let localHeader = u32(b, offset + 42);
    if (compressedSize === 0xffffffff || size === 0xffffffff || localHeader === 0xffffffff) {
      const wide = zip64Extra(b, offset + 46 + nameLength, extraLength, size === 0xffffffff, compressedSize === 0xffffffff, localHeader === 0xffffffff);
      compressedSize = wide.compressedSize ?? compressedSize;
      size = wide.size ?? size;
      localHeader = wide.localHeader ?? localHeader;
    }
    if (u16(b, offset + 8) & 1) throw new NotAZipError('encrypted entry');
    entries.set(name, { name, method: u16(b, offset + 10), compressedSize, size, localHeader });
    offset += 46 + nameLength + extraLength + u16(b, offset + 32);
  }
  return entries;
}

function zip64Extra(b: Uint8Array, at: number, length: number, wideSize: boolean, compressed: boolean, local: boolean): { compressedSize?: number; size?: number; localHeader?: number } {
  for (let p = at; p + 4 <= at + length; p += 4 + u16(b, p + 2)) {
    if (u16(b, p) !== 1) continue;
    let q = p + 4;
    const size = wideSize ? u64(b, q) : undefined;
    if (wideSize) q += 8;
    const compressedSize = compressed ? u64(b, q) : undefined;
    if (compressed) q += 8;
    return { compressedSize, size, localHeader: local ? u64(b, q) : undefined };
  }
  return {};
}

/** Inflates one entry, handing its bytes over chunk by chunk; given a buffer, a part up to WHOLE_PART bytes as one chunk in it. */
export function inflateEntry(b: Uint8Array, entry: ZipEntry, onChunk: (bytes: Uint8Array) => void, buffer?: PartBuffer): void {
  const at = entry.localHeader;
  if (at + 30 > b.length || u32(b, at) !== LOCAL) throw new NotAZipError(`broken local header for ${entry.name}`);
  const start = at + 30 + u16(b, at + 26) + u16(b, at + 28);
  const end = start + entry.compressedSize;
  if (end > b.length) throw new NotAZipError(`truncated entry ${entry.name}`);
  if (entry.method === 0) {
    for (let p = start; p < end; p += INPUT_SLICE) onChunk(b.subarray(p, Math.min(end, p + INPUT_SLICE)));
    return;
  }
  if (entry.method !== 8) throw new NotAZipError(`compression method ${entry.method}`);
  if (buffer && entry.size > 0 && entry.size <= WHOLE_PART) {
    // One byte more than stated, so a part longer than its stated size shows and is streamed instead.
    const input = b.subarray(start, end);
    const whole = buffer.inflate ? buffer.inflate(input, entry.size + 1) : inflateSync(input, { out: buffer.take(entry.size + 1) });
    if (whole?.length === entry.size) {
      onChunk(whole);
      return;
    }
  }
  const inflate = new Inflate((chunk) => onChunk(chunk));
  if (start === end) inflate.push(new Uint8Array(0), true);
  for (let p = start; p < end; p += INPUT_SLICE) inflate.push(b.subarray(p, Math.min(end, p + INPUT_SLICE)), p + INPUT_SLICE >= end);
}
