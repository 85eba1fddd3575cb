import { describe, expect, it } from 'vitest';
import { decodeCaseBytes, invalidUtf8Offset, loneSurrogateIndex, MAX_FILE_BYTES } from './decode';

const bytes = (...parts: (string | number[])[]) => new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)));

describe('decodeCaseBytes', () => {
  it('decodes UTF-8, letters outside ASCII included, and drops a byte order mark', () => {
    expect(decodeCaseBytes(bytes('{"surname":"Çelik 李"}'))).toEqual({ ok: true, text: '{"surname":"Çelik 李"}' });
    expect(decodeCaseBytes(bytes([0xef, 0xbb, 0xbf], '{"a":1}'))).toEqual({ ok: true, text: '{"a":1}' });
  });

  it('refuses bytes that are not UTF-8, naming the first bad byte and its offset', () => {
    // "é" written in Latin-1, as an old editor saves it.
    expect(decodeCaseBytes(bytes('{"surname":"Ren', [0xe9], '"}'))).toEqual({
      ok: false,
      errors: [{ path: '(file)', message: 'is not UTF-8 text: byte 0xE9 at offset 15 (counted from 0) starts no valid character; save the file as UTF-8' }],
    });
  });

  it('refuses a file larger than the limit without decoding it', () => {
    expect(decodeCaseBytes(new Uint8Array(MAX_FILE_BYTES + 1))).toMatchObject({ ok: false, errors: [{ path: '(file)', message: expect.stringContaining('larger than 1 MB') }] });
  });
});

describe('invalidUtf8Offset', () => {
  it.each([
    ['valid text of every length', bytes('a é € 😀'), -1],
    ['a lone continuation byte', bytes('ab', [0x80]), 2],
    ['a byte that never occurs', bytes('a', [0xff], 'b'), 1],
    ['an overlong form of "/"', bytes('x', [0xc0, 0xaf]), 1],
    ['an overlong three-byte form', bytes([0xe0, 0x80, 0xaf]), 0],
    ['a UTF-16 surrogate written as UTF-8', bytes('ok', [0xed, 0xa0, 0x80]), 2],
    ['a code point past U+10FFFF', bytes([0xf4, 0x90, 0x80, 0x80]), 0],
    ['a sequence cut short by the end of the file', bytes('abc', [0xe2, 0x82]), 3],
    ['a sequence cut short by the next character', bytes('€', [0xe2, 0x82], 'x'), 3],
  ])('%s', (_name, input, expected) => {
    expect(invalidUtf8Offset(input)).toBe(expected);
    // The platform's decoder agrees on what is valid.
    expect(decodeCaseBytes(input).ok).toBe(expected === -1);
  });
});

describe('loneSurrogateIndex', () => {
  it('finds half of a character pair and leaves whole pairs alone', () => {
    expect(loneSurrogateIndex('a😀b')).toBe(-1);
    expect(loneSurrogateIndex('ab\uD83D')).toBe(2);
    expect(loneSurrogateIndex('a\uDE00b')).toBe(1);
  });
});
