import { describe, expect, it } from 'vitest';
import { LANGS } from './lang';
import { formatDate } from './format';

const LOCALES = { nl: 'nl-BE', fr: 'fr-BE', en: 'en-GB' } as const;

describe('formatDate', () => {
  it.each(LANGS)('writes every day from 1900 to 2200 as Intl does, the first of the month as 1er in French (%s)', (lang) => {
    const intl = new Intl.DateTimeFormat(LOCALES[lang], { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
    const mismatches: string[] = [];
    for (let t = Date.UTC(1900, 0, 1); t <= Date.UTC(2200, 11, 31); t += 86_400_000) {
      const iso = new Date(t).toISOString().slice(0, 10);
      const expected = lang === 'fr' && iso.endsWith('-01') ? intl.format(new Date(t)).replace(/^1 /, '1er ') : intl.format(new Date(t));
      if (formatDate(iso, lang) !== expected) mismatches.push(`${iso}: ${formatDate(iso, lang)} ≠ ${expected}`);
    }
    expect(mismatches.slice(0, 5)).toEqual([]);
  });

  it('writes a known date in each language', () => {
    expect(formatDate('2025-03-01', 'en')).toBe('1 Mar 2025');
    expect(formatDate('2025-03-01', 'nl')).toBe('1 mrt 2025');
    expect(formatDate('2025-03-01', 'fr')).toBe('1er mars 2025');
    expect(formatDate('2025-03-02', 'fr')).toBe('2 mars 2025');
  });

  it('leaves dates outside 1900–2200 to Intl', () => {
    expect(formatDate('1899-12-31', 'en')).toBe('31 Dec 1899');
    expect(formatDate('1899-12-01', 'fr')).toMatch(/^1er /);
  });
});
