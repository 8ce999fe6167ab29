/**
 * The command line's deflate: Node's zlib (native) in place of fflate's JavaScript, 3–4× less CPU
 * for the same level (a 31.5 MB work-list sheet: about 0.2 s against 0.6–0.8 s). Each block of rows
 * is deflated on its own and sync-flushed, so the blocks follow one another as one raw-DEFLATE
 * stream (RFC 1951 §3.2.3: only the last block is final); the zip's CRC-32 and size are kept as the
 * blocks go. The task pane keeps fflate (no zlib in a browser).
 */
import { constants, crc32, deflateRawSync } from 'node:zlib';
import type { AsyncFlateStreamHandler } from 'fflate';
import type { PartDeflater, ZipPart } from './write-xlsx';

/** As the file writer's fflate level: fast, a file a little larger than level 6. */
const LEVEL = 3;

class NativeZipDeflate implements ZipPart {
  size = 0;
  crc = 0;
  readonly compression = 8;
  ondata?: AsyncFlateStreamHandler;
  constructor(readonly filename: string) {}

  push(chunk: Uint8Array, final = false): void {
    this.size += chunk.length;
    this.crc = crc32(chunk, this.crc);
    const deflated = deflateRawSync(chunk, { level: LEVEL, finishFlush: final ? constants.Z_FINISH : constants.Z_SYNC_FLUSH });
    this.ondata?.(null, new Uint8Array(deflated.buffer, deflated.byteOffset, deflated.length), final);
  }
}

export const nativeDeflater: PartDeflater = (filename) => new NativeZipDeflate(filename);
