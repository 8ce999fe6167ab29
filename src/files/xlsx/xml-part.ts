/**
 * One XML part of the zip, inflated and tokenized on its bytes (byte-scanner.ts) as a stream. Markup is
 * ASCII, so a Vietnamese letter whose bytes fall on both sides of an inflate chunk is never cut. The small
 * parts' readers take the events as strings (`scanPart`); the worksheets and shared strings read the bytes.
 */
import { ByteXmlScanner, type ByteXmlHandler, bytesToString, bytesXmlText } from './byte-scanner';
import { inflateEntry, type PartBuffer, type ZipEntry } from './zip';
import type { XmlHandler } from './xml-text';

export function scanPart(zip: Uint8Array, entry: ZipEntry, handler: XmlHandler): void {
  scanChunks((push) => inflateEntry(zip, entry, push), handler);
}

/** Feeds the byte chunks `produce` hands over through one scanner, its events as strings. */
export function scanChunks(produce: (push: (bytes: Uint8Array) => void) => void, handler: XmlHandler): void {
  scanByteChunks(produce, {
    open: (src, name, nameEnd, tag) => handler.open(bytesToString(src, name, nameEnd), tag),
    close: (src, name, nameEnd) => handler.close(bytesToString(src, name, nameEnd)),
    text: (src, from, to, cdata) => handler.text(bytesXmlText(src, from, to, cdata)),
  });
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
