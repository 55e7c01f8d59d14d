#!/usr/bin/env node
/**
 * Writes the add-in icons assets/icon-{16,32,64,80,128}.png: a teal rounded square with a white
 * three-bar chart. Pure Node (zlib for the PNG IDAT stream), no dependencies; output is deterministic.
 *
 *   node scripts/make-icons.mjs   (or: npm run icons)
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { deflateSync } from "node:zlib";

const SIZES = [16, 32, 64, 80, 128];
const OUT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "assets");

const TEAL = [0x0b, 0x6e, 0x69]; // #0B6E69, white on it has a contrast ratio above 6:1
const WHITE = [0xff, 0xff, 0xff];
const SUPERSAMPLE = 4; // 4x4 samples per pixel for anti-aliased corners

/** Bars as fractions of the icon: [left, right, top]; all share the same baseline. */
const BARS = [
  [0.18, 0.34, 0.5],
  [0.42, 0.58, 0.34],
  [0.66, 0.82, 0.18],
];
const BASELINE = 0.8;
const CORNER_RADIUS = 0.2;

/** Inside a rounded square covering the whole icon (unit coordinates)? */
function inRoundedSquare(x, y) {
  const r = CORNER_RADIUS;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** Renders one icon as RGBA rows. Bar edges are snapped to whole pixels so small sizes stay crisp. */
function render(size) {
  const snap = (f) => Math.round(f * size);
  const bars = BARS.map(([l, r, t]) => [snap(l), snap(r), snap(t), snap(BASELINE)]);
  const rows = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(size * 4);
    for (let px = 0; px < size; px++) {
      const onBar = bars.some(([l, r, t, b]) => px >= l && px < r && py >= t && py < b);
      let covered = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const x = (px + (sx + 0.5) / SUPERSAMPLE) / size;
          const y = (py + (sy + 0.5) / SUPERSAMPLE) / size;
          if (inRoundedSquare(x, y)) covered++;
        }
      }
      const alpha = Math.round((255 * covered) / (SUPERSAMPLE * SUPERSAMPLE));
      const [r, g, b] = onBar ? WHITE : TEAL;
      row.set([r, g, b, alpha], px * 4);
    }
    rows.push(row);
  }
  return rows;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

function encodePng(size, rows) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0); // width
  header.writeUInt32BE(size, 4); // height
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  header[10] = 0; // compression
  header[11] = 0; // filter method
  header[12] = 0; // no interlace
  // Each scanline starts with filter type 0 (None).
  const raw = Buffer.concat(rows.flatMap((row) => [Buffer.from([0]), row]));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

mkdirSync(OUT_DIR, { recursive: true });
for (const size of SIZES) {
  const png = encodePng(size, render(size));
  const file = path.join(OUT_DIR, `icon-${size}.png`);
  writeFileSync(file, png);
  console.log(`${path.relative(process.cwd(), file)}  ${size}x${size}  ${png.length} bytes`);
}
