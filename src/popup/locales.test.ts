// Every UI string the popup asks for exists in nl, fr and en, with the same
// placeholders, and no language file carries keys the others lack.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const LANGS = ['nl', 'fr', 'en'] as const;

type Catalog = Record<string, { message: string; description?: string; placeholders?: Record<string, { content: string }> }>;

function load(lang: string): Catalog {
  return JSON.parse(readFileSync(join(root, 'public/_locales', lang, 'messages.json'), 'utf8')) as Catalog;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

function usedKeys(): Set<string> {
  const keys = new Set<string>();
  for (const file of sourceFiles(join(root, 'src/popup'))) {
    for (const m of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([^']+)'/g)) keys.add(m[1] as string);
  }
  return keys;
}

const catalogs = Object.fromEntries(LANGS.map((l) => [l, load(l)])) as Record<(typeof LANGS)[number], Catalog>;

describe('popup strings', () => {
  test('the scan finds the popup strings', () => {
    const keys = usedKeys();
    expect(keys.size).toBeGreaterThan(100);
    expect(keys.has('caseCreate')).toBe(true);
  });

  test.each(LANGS)('%s has every key the popup uses', (lang) => {
    const missing = [...usedKeys()].filter((k) => !(k in catalogs[lang]));
    expect(missing).toEqual([]);
  });

  test('all three languages have the same keys', () => {
    const en = Object.keys(catalogs.en).sort();
    expect(Object.keys(catalogs.nl).sort()).toEqual(en);
    expect(Object.keys(catalogs.fr).sort()).toEqual(en);
  });

  test.each(LANGS)('%s: every message is filled, described, and uses exactly its declared placeholders', (lang) => {
    for (const [key, entry] of Object.entries(catalogs[lang])) {
      expect(entry.message.trim(), key).not.toBe('');
      expect(entry.description, key).toBeTruthy();
      const used = [...entry.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => (m[1] as string).toLowerCase()).sort();
      const declared = Object.keys(entry.placeholders ?? {}).sort();
      expect([...new Set(used)], `${lang}/${key}`).toEqual(declared);
      expect(Object.keys(catalogs.en[key]?.placeholders ?? {}).sort(), `${lang}/${key} placeholders as in en`).toEqual(declared);
    }
  });

  test('key names are valid for the browser (letters, digits, _ and @)', () => {
    for (const key of Object.keys(catalogs.en)) expect(key).toMatch(/^[A-Za-z0-9_@]+$/);
  });
});
