import jsQR from 'jsqr';
import { expect, test } from 'vitest';
import { makeQrMatrix } from './qr';

/** Paints the matrix (one 4-pixel square per module, quiet zone of 4) and reads it back with a QR decoder. */
function decode(payload: string): string | undefined {
  const { size, path } = makeQrMatrix(payload);
  const scale = 4;
  const quiet = 4;
  const side = (size + quiet * 2) * scale;
  const pixels = new Uint8ClampedArray(side * side * 4).fill(255);
  for (const m of path.matchAll(/M(\d+) (\d+)/g)) {
    const [col, row] = [Number(m[1]), Number(m[2])];
    for (let y = 0; y < scale; y++) {
      for (let x = 0; x < scale; x++) {
        const i = (((row + quiet) * scale + y) * side + (col + quiet) * scale + x) * 4;
        pixels[i] = pixels[i + 1] = pixels[i + 2] = 0;
      }
    }
  }
  return jsQR(pixels, side, side)?.data;
}

test('the EPC payload reads back exactly, line breaks included', () => {
  const payload = 'BCD\n002\n1\nSCT\nPCHQBEBB\nDienst Vreemdelingenzaken\nBE57679200609235\nEUR236.00\n\n\nElAmraniFatimaZahraMarokko15031990';
  expect(decode(payload)).toBe(payload);
});

test('non-ASCII names are encoded as UTF-8 (EPC character set 1)', () => {
  const payload = 'BCD\n002\n1\nSCT\n\nOffice des étrangers\nBE57679200609235\nEUR236.00\n\n\nNéstorÇağlar';
  expect(decode(payload)).toBe(payload);
});
