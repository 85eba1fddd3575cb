// The EPC payment QR code (European Payments Council, "Quick Response Code:
// guidelines to enable data capture for the initiation of a SEPA credit
// transfer"): error correction M, byte mode, UTF-8 (character set 1 in the payload).
import qrcode from 'qrcode-generator';

export interface QrMatrix {
  size: number;
  /** One SVG path drawing every dark module, in module units. */
  path: string;
}

/** UTF-8 bytes for byte mode; the library's default keeps only the low byte of each UTF-16 unit. */
function utf8Bytes(text: string): number[] {
  return Array.from(new TextEncoder().encode(text));
}

export function makeQrMatrix(payload: string): QrMatrix {
  qrcode.stringToBytes = utf8Bytes;
  const qr = qrcode(0, 'M');
  qr.addData(payload, 'Byte');
  qr.make();
  const size = qr.getModuleCount();
  let path = '';
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      if (qr.isDark(row, col)) path += `M${col} ${row}h1v1h-1z`;
    }
  }
  return { size, path };
}
