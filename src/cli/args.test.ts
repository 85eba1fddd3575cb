import { describe, expect, it } from 'vitest';
import { parseArgs } from './args';

describe('parseArgs: check', () => {
  it('reads files, --on, --lang and --json in any order', () => {
    expect(parseArgs(['check', 'a.json', '--on', '2025-03-10', 'b.json', '--lang=fr', '--json'])).toEqual({
      ok: true,
      value: { command: 'check', paths: ['a.json', 'b.json'], on: '2025-03-10', lang: 'fr', json: true },
    });
  });

  it('defaults to English and no date', () => {
    expect(parseArgs(['check', 'case.json'])).toEqual({ ok: true, value: { command: 'check', paths: ['case.json'], on: undefined, lang: 'en', json: false } });
  });

  it.each([
    [['check'], 'check needs a case file or a folder'],
    [['check', 'a.json', '--on', '2025-02-29'], '--on: 2025-02-29 is not a date (YYYY-MM-DD)'],
    [['check', 'a.json', '--on', '10/03/2025'], '--on: 10/03/2025 is not a date (YYYY-MM-DD)'],
    [['check', 'a.json', '--on'], '--on needs a value'],
    [['check', 'a.json', '--on', '--json'], '--on needs a value'],
    [['check', 'a.json', '--lang', 'de'], '--lang: de is not one of nl, fr, en'],
    [['check', 'a.json', '--surname', 'X'], '--surname is not an option of check'],
    [['check', 'a.json', '--json=yes'], '--json takes no value'],
    [['check', 'a.json', '--lang', 'nl', '--lang', 'fr'], '--lang is given twice'],
    [['verify', 'a.json'], 'verify is not a command (check, report, calendar, reference)'],
    [[], 'no command given'],
  ])('%j is refused: %s', (argv, error) => {
    expect(parseArgs(argv)).toEqual({ ok: false, error });
  });

  it('treats --help anywhere as a request for help', () => {
    expect(parseArgs(['--help'])).toEqual({ ok: true, value: { command: 'help' } });
    expect(parseArgs(['check', '--help'])).toEqual({ ok: true, value: { command: 'help' } });
    expect(parseArgs(['-h'])).toEqual({ ok: true, value: { command: 'help' } });
  });
});

describe('parseArgs: reference', () => {
  const full = ['reference', '--surname', 'El Amrani', '--given', 'Fatima Zahra', '--nationality', 'ma', '--birth', '1990-03-15'];

  it('reads the four fields, upper-cases the country and keeps Dutch country names by default', () => {
    expect(parseArgs(full)).toEqual({
      ok: true,
      value: { command: 'reference', surname: 'El Amrani', given: 'Fatima Zahra', nationality: 'MA', birth: '1990-03-15', lang: 'en', countryLang: 'nl', json: false },
    });
  });

  it('reads --country-lang apart from --lang', () => {
    const parsed = parseArgs([...full, '--country-lang', 'fr', '--lang', 'nl']);
    expect(parsed.ok && parsed.value.command === 'reference' && [parsed.value.countryLang, parsed.value.lang]).toEqual(['fr', 'nl']);
  });

  it('accepts an empty --given for a passport with a surname only', () => {
    const argv = [...full];
    argv[4] = '';
    expect(parseArgs(argv).ok).toBe(true);
  });

  it.each([
    [['reference', '--surname', 'A'], 'reference needs --given, --nationality, --birth'],
    [[...full.slice(0, 6), 'Morocco', '--birth', '1990-03-15'], '--nationality: MOROCCO is not a two-letter country code (ISO 3166-1, XX for stateless)'],
    [[...full.slice(0, 8), '15.03.1990'], '--birth: 15.03.1990 is not a date (YYYY-MM-DD)'],
    [[...full, '--country-lang', 'ar'], '--country-lang: ar is not one of nl, fr, en'],
    [[...full, 'case.json'], 'reference takes no file (case.json)'],
    [[...full, '--on', '2025-01-01'], '--on is not an option of reference'],
  ])('%j is refused: %s', (argv, error) => {
    expect(parseArgs(argv)).toEqual({ ok: false, error });
  });
});
