// Draws the add-in's icon, a green rounded square with a white check, at the sizes the
// manifest asks for (16, 32 and 80 px on the ribbon; 32 and 64 px in the add-in list) and
// writes them as PNGs to assets/. Run: npx tsx scripts/make-icons.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 64, 80] as const;
const ASSETS_DIR = resolve(__dirname, '..', 'assets');

type Rgb = readonly [number, number, number];
const GREEN: Rgb = [0x10, 0x7c, 0x41];
const WHITE: Rgb = [0xff, 0xff, 0xff];

// Geometry in unit coordinates (0..1 across the icon), so every size has the same design.
const MARGIN = 0.0625;
const CORNER_RADIUS = 0.2;
const CHECK: ReadonlyArray<readonly [number, number]> = [
  [0.27, 0.53],
  [0.44, 0.7],
  [0.75, 0.33],
];
const CHECK_HALF_WIDTH = 0.06;
const SUBSAMPLES = 8;

function insideRoundedSquare(x: number, y: number): boolean {
  const half = 0.5 - MARGIN;
  const qx = Math.abs(x - 0.5) - (half - CORNER_RADIUS);
  const qy = Math.abs(y - 0.5) - (half - CORNER_RADIUS);
  const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
  return outside + Math.min(Math.max(qx, qy), 0) <= CORNER_RADIUS;
}

function distanceToSegment(x: number, y: number, a: readonly [number, number], b: readonly [number, number]): number {
  const [ax, ay] = a;
  const [bx, by] = b;
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.min(1, Math.max(0, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

function insideCheck(x: number, y: number): boolean {
  for (let i = 1; i < CHECK.length; i++) {
    if (distanceToSegment(x, y, CHECK[i - 1]!, CHECK[i]!) <= CHECK_HALF_WIDTH) return true;
  }
  return false;
}

/** RGBA pixels, row by row, antialiased by supersampling each pixel. */
function drawIcon(size: number): Uint8Array {
  const pixels = new Uint8Array(size * size * 4);
  const samples = SUBSAMPLES * SUBSAMPLES;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let covered = 0;
      const sum = [0, 0, 0];
      for (let sy = 0; sy < SUBSAMPLES; sy++) {
        for (let sx = 0; sx < SUBSAMPLES; sx++) {
          const x = (px + (sx + 0.5) / SUBSAMPLES) / size;
          const y = (py + (sy + 0.5) / SUBSAMPLES) / size;
          if (!insideRoundedSquare(x, y)) continue;
          const colour = insideCheck(x, y) ? WHITE : GREEN;
          covered++;
          for (let c = 0; c < 3; c++) sum[c]! += colour[c]!;
        }
      }
      const offset = (py * size + px) * 4;
      for (let c = 0; c < 3; c++) pixels[offset + c] = covered ? Math.round(sum[c]! / covered) : 0;
      pixels[offset + 3] = Math.round((covered / samples) * 255);
    }
  }
  return pixels;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (ISO 3309, as the PNG specification requires). */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const out = Buffer.alloc(8 + data.length + 4);
  out.writeUInt32BE(data.length, 0);
  typeAndData.copy(out, 4);
  out.writeUInt32BE(crc32(typeAndData), 8 + data.length);
  return out;
}

/** An 8-bit RGBA, non-interlaced PNG; every scanline uses filter type 0 (none). */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: truecolour with alpha
  const stride = width * 4;
  const scanlines = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    Buffer.from(rgba.buffer, rgba.byteOffset + y * stride, stride).copy(scanlines, y * (stride + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(scanlines, { level: 9 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

function main(): void {
  mkdirSync(ASSETS_DIR, { recursive: true });
  for (const size of SIZES) {
    const file = join(ASSETS_DIR, `icon-${size}.png`);
    writeFileSync(file, encodePng(size, size, drawIcon(size)));
    console.log(`wrote ${file}`);
  }
}

if (require.main === module) main();
