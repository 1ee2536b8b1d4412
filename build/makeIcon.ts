/**
 * Draws the app icon (build/icons/icon.png, 1024×1024) with nothing but
 * node:zlib: a rounded indigo square with a white notepad and three lines of
 * "text". Run with `npx tsx build/makeIcon.ts`; the PNG is committed, so
 * packaging needs no image tools. electron-builder derives .ico/.icns from it.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const SIZE = 1024;
type Rgba = [number, number, number, number];
const pixels = Buffer.alloc(SIZE * SIZE * 4);

function inRoundedRect(
  x: number,
  y: number,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  r: number,
): boolean {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function colourAt(x: number, y: number): Rgba {
  const transparent: Rgba = [0, 0, 0, 0];
  if (!inRoundedRect(x, y, 64, 64, 960, 960, 200)) return transparent;
  const paper = inRoundedRect(x, y, 272, 208, 752, 816, 48);
  if (!paper) {
    // A gentle vertical gradient on the background.
    const t = (y - 64) / 896;
    return [Math.round(67 + 20 * t), Math.round(56 + 10 * t), Math.round(202 - 40 * t), 255];
  }
  const lines = [352, 464, 576, 688];
  const widths = [352, 352, 352, 208];
  for (let i = 0; i < lines.length; i++) {
    if (inRoundedRect(x, y, 336, lines[i], 336 + widths[i], lines[i] + 40, 20))
      return [67, 56, 202, 255];
  }
  return [255, 255, 255, 255];
}

for (let y = 0; y < SIZE; y++) {
  for (let x = 0; x < SIZE; x++) pixels.set(colourAt(x + 0.5, y + 0.5), (y * SIZE + x) * 4);
}

const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let y = 0; y < SIZE; y++)
  pixels.copy(raw, y * (SIZE * 4 + 1) + 1, y * SIZE * 4, (y + 1) * SIZE * 4);

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}
const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
const out = path.join(path.dirname(fileURLToPath(import.meta.url)), 'icons', 'icon.png');
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, png);
console.log(`wrote ${out} (${png.length} bytes)`);
