// The extension's build keeps only part of any-ascii's table (scripts/latin-transliteration.ts):
// every Latin letter, combining mark, digit, punctuation mark and symbol, and every character of every name the
// tests hold that can make a payment communication, must transliterate exactly as the whole table does.
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import anyAscii from 'any-ascii';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasNonLatinLetters } from '../../src/rules/payment/communication';
import { KEPT_SCRIPTS, keepBlocks, latinBlocks } from '../../scripts/latin-transliteration';

const root = join(import.meta.dirname, '..', '..');
const anyAsciiDir = dirname(createRequire(import.meta.url).resolve('any-ascii'));
let dir: string;
let cut: (s: string) => string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'any-ascii-cut-'));
  writeFileSync(join(dir, 'block.js'), keepBlocks(readFileSync(join(anyAsciiDir, 'block.js'), 'utf8'), latinBlocks()));
  copyFileSync(join(anyAsciiDir, 'any-ascii.js'), join(dir, 'any-ascii.mjs'));
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
  cut = (await import(pathToFileURL(join(dir, 'any-ascii.mjs')).href)).default;
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function filesUnder(path: string): string[] {
  return statSync(path).isDirectory() ? readdirSync(path).flatMap((name) => (name === 'node_modules' ? [] : filesUnder(join(path, name)))) : [path];
}

/** Every quoted text with a character beyond ASCII in the tests, the scenarios, the examples and the fixtures. */
function namesInTests(): string[] {
  const files = [...filesUnder(join(root, 'tests')), ...filesUnder(join(root, 'examples')), ...filesUnder(join(root, 'src')).filter((f) => /\.test\.tsx?$/.test(f))].filter((f) => /\.(ts|tsx|json)$/.test(f));
  const found = new Set<string>();
  for (const file of files) for (const m of readFileSync(file, 'utf8').matchAll(/(["'`])((?:(?!\1)[^\\\n]|\\.)*[^\x00-\x7f](?:(?!\1)[^\\\n]|\\.)*)\1/g)) found.add(m[2]!);
  return [...found];
}

describe('the transliteration table of the extension’s build', () => {
  it('is a small part of the whole table', () => {
    const whole = readFileSync(join(anyAsciiDir, 'block.js'), 'utf8');
    expect(keepBlocks(whole, latinBlocks()).length).toBeLessThan(whole.length / 8);
  });

  it('transliterates every Latin letter, combining mark, digit, punctuation mark and symbol common to all scripts as any-ascii does', () => {
    const differ: string[] = [];
    for (let cp = 0x80; cp < 0x30000; cp++) {
      const c = String.fromCodePoint(cp);
      if (KEPT_SCRIPTS.test(c) && cut(c) !== anyAscii(c)) differ.push(cp.toString(16));
    }
    expect(differ).toEqual([]);
  });

  it('transliterates every character of every name in the tests that can make a communication as any-ascii does', () => {
    const names = namesInTests().filter((s) => !hasNonLatinLetters(s));
    expect(names.length).toBeGreaterThan(50);
    const differ = names.flatMap((name) => Array.from(name).filter((c) => cut(c) !== anyAscii(c)).map((c) => `${name}: ${c}`));
    expect(differ).toEqual([]);
    // A name in another script makes no communication; its text may transliterate differently.
    expect(hasNonLatinLetters('Ελένη')).toBe(true);
  });
});
