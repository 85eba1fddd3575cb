// Draws the toolbar icon (a white check mark on a blue rounded square) at
// 16, 32, 48 and 128 px into public/icons, with Node alone: PNG is zlib-
// compressed RGBA rows behind a small header. Run once; the PNGs are kept.
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const BLUE = [0x1f, 0x4e, 0x9c];
const WHITE = [0xff, 0xff, 0xff];
const SAMPLES = 4;

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y += 1) rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

/** Inside a rounded square covering the unit box (corner radius r). */
function inRoundedSquare(x, y, r) {
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function distanceToSegment(px, py, [ax, ay], [bx, by]) {
  const t = Math.max(0, Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(px - (ax + t * (bx - ax)), py - (ay + t * (by - ay)));
}

const CHECK = [[0.24, 0.53], [0.43, 0.71], [0.77, 0.31]];

function draw(size) {
  const rgba = Buffer.alloc(size * size * 4);
  // Small icons get a thicker stroke so the mark stays readable at 16 px.
  const stroke = size <= 16 ? 0.2 : size <= 32 ? 0.16 : 0.13;
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      let cover = 0;
      let mark = 0;
      for (let sy = 0; sy < SAMPLES; sy += 1) {
        for (let sx = 0; sx < SAMPLES; sx += 1) {
          const u = (x + (sx + 0.5) / SAMPLES) / size;
          const v = (y + (sy + 0.5) / SAMPLES) / size;
          if (!inRoundedSquare(u, v, 0.2)) continue;
          cover += 1;
          if (Math.min(distanceToSegment(u, v, CHECK[0], CHECK[1]), distanceToSegment(u, v, CHECK[1], CHECK[2])) <= stroke / 2) mark += 1;
        }
      }
      const i = (y * size + x) * 4;
      const m = cover ? mark / cover : 0;
      for (let c = 0; c < 3; c += 1) rgba[i + c] = Math.round(BLUE[c] * (1 - m) + WHITE[c] * m);
      rgba[i + 3] = Math.round((cover / SAMPLES ** 2) * 255);
    }
  }
  return encodePng(size, rgba);
}

const out = new URL('../public/icons/', import.meta.url);
mkdirSync(out, { recursive: true });
for (const size of [16, 32, 48, 128]) {
  const file = new URL(`icon-${size}.png`, out);
  writeFileSync(file, draw(size));
  console.log(file.pathname);
}
