// The bytes of a case file to its text, before any JSON is read: the command
// line and the popup's file input both read bytes and pass them here, so a
// file that is not UTF-8 is refused the same way everywhere, with the offset
// of its first bad byte. Free of zod: the popup decodes a chosen file before
// it loads the case schema.
import type { CaseError } from './path';
import { errorText } from './error-texts';

/** A case file is a few kilobytes; anything this large is not one. */
export const MAX_FILE_BYTES = 1_000_000;

const BOM = 0xfeff;

/** Editors on Windows save UTF-8 with a byte order mark, which JSON.parse refuses. */
export function withoutBom(text: string): string {
  return text.charCodeAt(0) === BOM ? text.slice(1) : text;
}

export function tooLarge(): CaseError {
  return { path: '(file)', message: errorText('tooLarge', MAX_FILE_BYTES / 1_000_000) };
}

/**
 * The offset of the first byte that does not belong to a well-formed UTF-8
 * sequence (the Unicode Standard, table 3-7: no overlong forms, no surrogates,
 * nothing past U+10FFFF), or -1 when every byte does.
 */
export function invalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    // The length of the sequence and the range of its second byte, by its first.
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) length = 2;
    else if (b >= 0xe0 && b <= 0xef) {
      length = 3;
      if (b === 0xe0) low = 0xa0;
      if (b === 0xed) high = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      length = 4;
      if (b === 0xf0) low = 0x90;
      if (b === 0xf4) high = 0x8f;
    } else return i;
    if (i + length > bytes.length) return i;
    const second = bytes[i + 1]!;
    if (second < low || second > high) return i;
    for (let k = 2; k < length; k++) {
      const next = bytes[i + k]!;
      if (next < 0x80 || next > 0xbf) return i;
    }
    i += length;
  }
  return -1;
}

/** The position of a lone UTF-16 surrogate: text that no UTF-8 file can hold, or -1. */
export function loneSurrogateIndex(text: string): number {
  return text.search(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The text of a case file, its byte order mark dropped; never throws for bad bytes. */
export function decodeCaseBytes(bytes: Uint8Array): { ok: true; text: string } | { ok: false; errors: CaseError[] } {
  if (bytes.length > MAX_FILE_BYTES) return { ok: false, errors: [tooLarge()] };
  try {
    // The platform's decoder decides; it also drops a leading byte order mark.
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    const offset = invalidUtf8Offset(bytes);
    const message = offset < 0 ? errorText('notUtf8') : errorText('notUtf8At', `0x${bytes[offset]!.toString(16).toUpperCase().padStart(2, '0')}`, offset);
    return { ok: false, errors: [{ path: '(file)', message }] };
  }
}
