/**
 * Draws the toolbar icon (a blue page with three summary lines, the first one highlighted) at every size the
 * manifests use, into assets/public/icon/<size>.png (WXT's public folder, see wxt.config.ts). Run after changing the design: `npx tsx scripts/make-icons.ts`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { repoRoot } from '../tests/support/dom.ts';

type Rgba = [number, number, number, number];
interface Shape {
  color: Rgba;
  /** Inside test in unit coordinates (0–1 across the icon). */
  contains(x: number, y: number): boolean;
}

const roundedRect = (x0: number, y0: number, x1: number, y1: number, r: number) => (x: number, y: number) => {
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return x >= x0 && x <= x1 && y >= y0 && y <= y1 && (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};

const SHAPES: Shape[] = [
  { color: [43, 79, 214, 255], contains: roundedRect(0.04, 0.04, 0.96, 0.96, 0.2) },
  { color: [255, 214, 74, 255], contains: roundedRect(0.18, 0.24, 0.82, 0.4, 0.05) },
  { color: [255, 255, 255, 255], contains: roundedRect(0.22, 0.29, 0.78, 0.35, 0.03) },
  { color: [255, 255, 255, 255], contains: roundedRect(0.22, 0.49, 0.78, 0.55, 0.03) },
  { color: [255, 255, 255, 255], contains: roundedRect(0.22, 0.66, 0.6, 0.72, 0.03) },
];

/** Colour of one pixel, 4×4 supersampled so small sizes stay smooth. */
function pixel(px: number, py: number, size: number): Rgba {
  const samples = 4;
  const sum = [0, 0, 0, 0];
  for (let sy = 0; sy < samples; sy++) {
    for (let sx = 0; sx < samples; sx++) {
      const x = (px + (sx + 0.5) / samples) / size;
      const y = (py + (sy + 0.5) / samples) / size;
      let color: Rgba = [0, 0, 0, 0];
      for (const shape of SHAPES) if (shape.contains(x, y)) color = shape.color;
      for (let c = 0; c < 3; c++) sum[c]! += color[c]! * color[3];
      sum[3]! += color[3];
    }
  }
  const alpha = sum[3]! / samples ** 2;
  return alpha === 0 ? [0, 0, 0, 0] : [0, 1, 2].map((c) => Math.round(sum[c]! / sum[3]!)).concat(Math.round(alpha)) as Rgba;
}

function crc32(bytes: Buffer): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  const rows: number[] = [];
  for (let y = 0; y < size; y++) {
    rows.push(0); // no filter
    for (let x = 0; x < size; x++) rows.push(...pixel(x, y, size));
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.from(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const dir = join(repoRoot, 'assets/public/icon');
mkdirSync(dir, { recursive: true });
for (const size of [16, 32, 48, 96, 128]) writeFileSync(join(dir, `${size}.png`), png(size));
console.log(`icons written to ${dir}`);
