/**
 * One XML part of the zip, inflated, decoded and tokenized as a stream. The UTF-8 decoder is a
 * streaming one, so a Vietnamese letter whose bytes fall on both sides of an inflate chunk survives.
 * The worksheets and shared strings are tokenized on their bytes instead (byte-scanner.ts).
 */
import { ByteXmlScanner, type ByteXmlHandler } from './byte-scanner';
import { inflateEntry, type PartBuffer, type ZipEntry } from './zip';
import { type XmlHandler, XmlScanner } from './xml-scanner';

export function scanPart(zip: Uint8Array, entry: ZipEntry, handler: XmlHandler): void {
  scanChunks((push) => inflateEntry(zip, entry, push), handler);
}

/** Feeds the byte chunks `produce` hands over through one streaming decoder into one scanner. */
export function scanChunks(produce: (push: (bytes: Uint8Array) => void) => void, handler: XmlHandler): void {
  const decoder = new TextDecoder('utf-8');
  const scanner = new XmlScanner(handler);
  produce((bytes) => scanner.push(decoder.decode(bytes, { stream: true })));
  scanner.push(decoder.decode());
  scanner.end();
}

/** A part tokenized on its bytes, inflated into `buffer` when it fits (a handler keeps no view of it). */
export function scanPartBytes(zip: Uint8Array, entry: ZipEntry, handler: ByteXmlHandler, buffer?: PartBuffer): void {
  scanByteChunks((push) => inflateEntry(zip, entry, push, buffer), handler);
}

export function scanByteChunks(produce: (push: (bytes: Uint8Array) => void) => void, handler: ByteXmlHandler): void {
  const scanner = new ByteXmlScanner(handler);
  produce((bytes) => scanner.push(bytes));
  scanner.end();
}
