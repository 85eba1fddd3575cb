import anyAscii from 'any-ascii';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildCommunication,
  communicationMatches,
  compactWords,
  countryName,
  isSepaSafe,
  normaliseCommunication,
  type CommunicationInput,
  type CommunicationResult,
} from './communication';
import { paymentReference } from './index';

const fatima: CommunicationInput = { surname: 'El Amrani', givenNames: 'Fatima Zahra', nationality: 'MA', birthDate: '1990-03-15' };

function compactOf(r: CommunicationResult): string {
  if (!r.ok) throw new Error(`no communication: ${JSON.stringify(r.problems)}`);
  return r.compact;
}

function build(surname: string, givenNames: string, nationality = 'MA', birthDate = '1990-03-15'): string {
  return compactOf(buildCommunication({ surname, givenNames, nationality, birthDate }));
}

describe('compact communication (NaamVoornaamNationaliteitDDMMJJJJ)', () => {
  it('writes the seed 004 structure for the example applicant', () => {
    const r = buildCommunication(fatima);
    expect(r).toEqual({
      ok: true,
      compact: 'ElAmraniFatimaZahraMarokko15031990',
      spaced: 'EL AMRANI Fatima Zahra Marokko 15031990',
      shortened: false,
    });
  });

  it.each([
    ["N'Diaye", 'Aminata', 'SN', 'NDiayeAminataSenegal'],
    ['Al-Hassan', 'Omar', 'SY', 'AlHassanOmarSyrie'],
    ['dos Santos', 'Maria da Graça', 'BR', 'DosSantosMariaDaGracaBrazilie'],
    ['N’Goma', 'Jean-Pierre', 'CD', 'NGomaJeanPierreCongoKinshasa'],
    ['O‘Connor', 'Seán', 'IE', 'OConnorSeanIerland'],
  ])('%s, %s → words joined, each capitalised', (surname, given, nat, prefix) => {
    expect(build(surname, given, nat)).toBe(`${prefix}15031990`);
  });

  it.each([
    ['Yılmaz', 'Ayşe Gül', 'TR', 'YilmazAyseGulTurkije'],
    ['İNCE', 'Şükrü', 'TR', 'InceSukruTurkije'],
    ['Weiß', 'Jürgen', 'DE', 'WeissJurgenDuitsland'],
    ['STRAẞER', 'Jörg', 'DE', 'StrasserJorgDuitsland'],
    ['Wałęsa', 'Łukasz Michał', 'PL', 'WalesaLukaszMichalPolen'],
    ['Nguyễn', 'Thị Minh Khai', 'VN', 'NguyenThiMinhKhaiVietnam'],
    ['Đặng', 'Văn Hưng', 'VN', 'DangVanHungVietnam'],
    ['Søndergård', 'Øyvind', 'NO', 'SondergardOyvindNoorwegen'],
    ['Kovačević', 'Dž', 'BA', 'KovacevicDzBosnieHerzegovina'],
    ['Łódź-Åberg', 'Æsa', 'SE', 'LodzAbergAesaZweden'],
  ])('%s, %s → transliterated to %s…', (surname, given, nat, prefix) => {
    expect(build(surname, given, nat)).toBe(`${prefix}15031990`);
  });

  it('takes the Dutch short country name and joins its words', () => {
    expect(build('Smith', 'John', 'US')).toBe('SmithJohnVerenigdeStaten15031990');
    expect(build('Shevchenko', 'Oksana', 'UA')).toBe('ShevchenkoOksanaOekraine15031990');
    expect(build('Demir', 'Ali', 'TR')).toBe('DemirAliTurkije15031990');
  });

  it('writes stateless (XX) as Staatloos, Apatride or Stateless', () => {
    const input = { ...fatima, nationality: 'XX' };
    expect(compactOf(buildCommunication(input))).toBe('ElAmraniFatimaZahraStaatloos15031990');
    expect(compactOf(buildCommunication(input, { countryLang: 'fr' }))).toBe('ElAmraniFatimaZahraApatride15031990');
    expect(compactOf(buildCommunication(input, { countryLang: 'en' }))).toBe('ElAmraniFatimaZahraStateless15031990');
  });

  it('offers French and English country names', () => {
    expect(compactOf(buildCommunication(fatima, { countryLang: 'fr' }))).toBe('ElAmraniFatimaZahraMaroc15031990');
    expect(compactOf(buildCommunication({ ...fatima, nationality: 'US' }, { countryLang: 'fr' }))).toBe('ElAmraniFatimaZahraEtatsUnisDAmerique15031990');
    expect(compactOf(buildCommunication(fatima, { countryLang: 'en' }))).toBe('ElAmraniFatimaZahraMorocco15031990');
  });

  it('avoids English abbreviations and inverted names', () => {
    expect(countryName('GB', 'en')).toBe('United Kingdom');
    expect(countryName('KR', 'en')).toBe('South Korea');
    expect(countryName('MD', 'en')).toBe('Moldova');
    expect(countryName('GB', 'nl')).toBe('Verenigd Koninkrijk');
    expect(countryName('ZZ', 'nl')).toBeUndefined();
  });

  it('writes the birth date as DDMMYYYY, leap day included', () => {
    expect(build('Doe', 'Jane', 'MA', '2000-02-29')).toBe('DoeJaneMarokko29022000');
    expect(build('Doe', 'Jane', 'MA', '1999-12-01')).toBe('DoeJaneMarokko01121999');
  });

  it('works without given names (a passport with a surname only)', () => {
    const r = buildCommunication({ surname: 'Sukarno', nationality: 'ID', birthDate: '1990-03-15' });
    expect(r).toEqual({ ok: true, compact: 'SukarnoIndonesie15031990', spaced: 'SUKARNO Indonesie 15031990', shortened: false });
  });

  it('keeps hyphens and apostrophes in the spaced form, transliterated and SEPA-safe', () => {
    const r = buildCommunication({ surname: 'N’Diaye-Fall', givenNames: 'Awa Maïmouna', nationality: 'SN', birthDate: '1985-07-04' });
    expect(r.ok && r.spaced).toBe("N'DIAYE-FALL Awa Maimouna Senegal 04071985");
    expect(r.ok && isSepaSafe(r.spaced)).toBe(true);
  });
});

describe('data that allows no communication', () => {
  it('refuses an Arabic-only name and asks for the Latin spelling', () => {
    const r = buildCommunication({ surname: 'العمراني', givenNames: 'فاطمة الزهراء', nationality: 'MA', birthDate: '1990-03-15' });
    expect(r).toEqual({
      ok: false,
      problems: [
        { field: 'surname', code: 'non-latin' },
        { field: 'givenNames', code: 'non-latin' },
      ],
    });
  });

  it('refuses a Latin surname mixed with Cyrillic given names', () => {
    const r = buildCommunication({ surname: 'Ivanova', givenNames: 'Юлия', nationality: 'UA', birthDate: '1990-03-15' });
    expect(r).toEqual({ ok: false, problems: [{ field: 'givenNames', code: 'non-latin' }] });
  });

  it('names each missing or unknown field', () => {
    expect(buildCommunication({ givenNames: 'Jan' })).toEqual({
      ok: false,
      problems: [
        { field: 'surname', code: 'missing' },
        { field: 'nationality', code: 'missing' },
        { field: 'birthDate', code: 'missing' },
      ],
    });
    expect(buildCommunication({ ...fatima, nationality: 'ZZ', birthDate: '1990-02-30' })).toEqual({
      ok: false,
      problems: [
        { field: 'nationality', code: 'unknown-country' },
        { field: 'birthDate', code: 'invalid-date' },
      ],
    });
  });

  it('treats a surname of punctuation only as missing', () => {
    expect(buildCommunication({ ...fatima, surname: " - ' " })).toEqual({ ok: false, problems: [{ field: 'surname', code: 'missing' }] });
  });

  it('paymentReference gives the CLI a flat answer with the problems', () => {
    expect(paymentReference(fatima, { countryLang: 'en' })).toEqual({
      ok: true,
      compact: 'ElAmraniFatimaZahraMorocco15031990',
      spaced: 'EL AMRANI Fatima Zahra Morocco 15031990',
      shortened: false,
      problems: [],
    });
    expect(paymentReference({ ...fatima, surname: 'Иванова' })).toMatchObject({ ok: false, compact: '', problems: [{ field: 'surname', code: 'non-latin' }] });
  });
});

describe('140-character limit', () => {
  const longGiven = 'Maria Fernanda Josefina Guadalupe Concepcion Immaculata Esperanza Dolores Pilar Montserrat Rosario';
  const longSurname = 'Rodriguez de la Santisima Trinidad y Fernandez de Cordoba';

  it('keeps a communication of exactly 140 characters whole', () => {
    // 'Marokko15031990' is 15 characters; a 125-letter surname makes 140.
    const surname = `A${'b'.repeat(124)}`;
    const r = buildCommunication({ surname, nationality: 'MA', birthDate: '1990-03-15' });
    expect(r.ok && r.compact.length).toBe(140);
    expect(r.ok && r.shortened).toBe(false);
  });

  it('shortens the given names to initials past 140, keeping nationality and date whole', () => {
    const r = buildCommunication({ surname: longSurname, givenNames: longGiven, nationality: 'MA', birthDate: '1990-03-15' });
    if (!r.ok) throw new Error('expected a communication');
    expect(r.shortened).toBe(true);
    expect(r.compact).toBe('RodriguezDeLaSantisimaTrinidadYFernandezDeCordobaMFJGCIEDPMRMarokko15031990');
    expect(r.spaced).toBe('RODRIGUEZ DE LA SANTISIMA TRINIDAD Y FERNANDEZ DE CORDOBA M F J G C I E D P M R Marokko 15031990');
  });

  it('cuts the surname when initials are not enough', () => {
    const surname = `Van${'der'.repeat(60)}`;
    const r = buildCommunication({ surname, givenNames: 'Anna Lisa', nationality: 'NL', birthDate: '1990-03-15' });
    if (!r.ok) throw new Error('expected a communication');
    expect(r.shortened).toBe(true);
    expect(r.compact).toHaveLength(140);
    expect(r.compact.endsWith('ALNederland15031990')).toBe(true);
    expect(r.compact.startsWith('Vanderder')).toBe(true);
  });

  it('reads the limit it is given', () => {
    const r = buildCommunication(fatima, { maxLength: 30 });
    expect(r.ok && r.compact).toBe('ElAmraniFZMarokko15031990');
  });
});

describe('comparison and SEPA character set', () => {
  it('normalises case, diacritics, spaces, dots and apostrophes away', () => {
    expect(normaliseCommunication('EL AMRANI Fatima Zahra Marokko 15.03.1990')).toBe('elamranifatimazahramarokko15031990');
    expect(normaliseCommunication("N'Diaye Élodie-Ünal")).toBe('ndiayeelodieunal');
  });

  it('accepts the spaced, dotted, French and English forms and refuses other data', () => {
    expect(communicationMatches('EL AMRANI Fatima Zahra Marokko 15.03.1990', fatima)).toBe(true);
    expect(communicationMatches('El Amrani Fatima Zahra Maroc 15/03/1990', fatima)).toBe(true);
    expect(communicationMatches('ElAmraniFatimaZahraMorocco15031990', fatima)).toBe(true);
    expect(communicationMatches('ElAmraniFatimaMarokko15031990', fatima)).toBe(false);
    expect(communicationMatches('ElAmraniFatimaZahraMarokko19900315', fatima)).toBe(false);
    expect(communicationMatches('ElAmraniFatimaZahraMarokko', fatima)).toBe(false);
  });

  it('tells SEPA-safe text from text a bank may reject', () => {
    expect(isSepaSafe("EL AMRANI Fatima Zahra (MA) 15/03/1990 +'-?:.,")).toBe(true);
    expect(isSepaSafe('Élodie')).toBe(false);
    expect(isSepaSafe('a&b')).toBe(false);
    expect(isSepaSafe('a_b')).toBe(false);
  });
});

// Latin letters with and without diacritics, so that "differs only in diacritics" is testable.
const PLAIN = 'abcdefghijklmnopqrstuvwxyz';
const MARKS = ['\u0300', '\u0301', '\u0302', '\u0303', '\u0308', '\u030A', '\u030C', '\u0327'];
const word = fc.string({ unit: fc.constantFrom(...PLAIN.split('')), minLength: 1, maxLength: 20 });
const sep = fc.constantFrom(' ', '-', "'", '’', '  ');
const name = fc.array(word, { minLength: 1, maxLength: 8 }).chain((words) =>
  fc.array(sep, { minLength: words.length - 1, maxLength: words.length - 1 }).map((seps) => words.map((w, i) => (i === 0 ? w : `${seps[i - 1]}${w}`)).join('')),
);
const nationality = fc.constantFrom('MA', 'TR', 'UA', 'US', 'BE', 'CD', 'GB', 'VN', 'PL', 'DE', 'XX', 'SY', 'BA', 'KR', 'VA');
const birthDate = fc.date({ min: new Date('1930-01-01T00:00:00Z'), max: new Date('2025-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const lang = fc.constantFrom('nl' as const, 'fr' as const, 'en' as const);

/** Adds combining marks (composed where Unicode has the letter) and flips case at random. */
function disguise(text: string, seed: readonly number[]): string {
  return [...text]
    .map((ch, i) => {
      const s = seed[i % seed.length] ?? 0;
      const cased = s % 2 === 0 ? ch.toUpperCase() : ch;
      return /[a-z]/i.test(ch) && s % 3 === 0 ? `${cased}${MARKS[s % MARKS.length]}`.normalize('NFC') : cased;
    })
    .join('');
}

describe('properties', () => {
  it('is always SEPA-safe, at most 140 characters, and ends with the DDMMYYYY birth date', () => {
    fc.assert(
      fc.property(name, fc.option(name, { nil: undefined }), nationality, birthDate, lang, (surname, givenNames, nat, born, countryLang) => {
        const r = buildCommunication({ surname, givenNames, nationality: nat, birthDate: born }, { countryLang });
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        const date = `${born.slice(8, 10)}${born.slice(5, 7)}${born.slice(0, 4)}`;
        for (const form of [r.compact, r.spaced]) {
          expect(isSepaSafe(form)).toBe(true);
          expect(form.length).toBeLessThanOrEqual(140);
          expect(form.endsWith(date)).toBe(true);
        }
        expect(r.compact).toMatch(/^[A-Za-z0-9]+$/);
        expect(r.compact.endsWith(`${normaliseCountry(nat, countryLang)}${date}`)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('gives the same communication for names differing only in case or diacritics', () => {
    fc.assert(
      fc.property(name, name, nationality, birthDate, fc.array(fc.nat(1000), { minLength: 1, maxLength: 30 }), (surname, givenNames, nat, born, seed) => {
        const plain = buildCommunication({ surname, givenNames, nationality: nat, birthDate: born });
        const disguised = buildCommunication({ surname: disguise(surname, seed), givenNames: disguise(givenNames, [...seed].reverse()), nationality: nat, birthDate: born });
        if (!plain.ok || !disguised.ok) throw new Error('expected a communication');
        expect(disguised.compact).toBe(plain.compact);
        expect(disguised.shortened).toBe(plain.shortened);
        // The spaced form keeps the case as written, so it is equal only once normalised.
        expect(normaliseCommunication(disguised.spaced)).toBe(normaliseCommunication(plain.spaced));
      }),
      { numRuns: 400 },
    );
  });
});

describe('the name as a whole text', () => {
  // The compact name as rules.md defines it, one word at a time: split on the word breaks, then NFC,
  // transliterate and keep letters and digits in each word.
  const byWord = (text: string) =>
    text
      .split(/[\s\-'’‘ʼʻʽ`´′‐‑‒–—―]+/u)
      .map((w) => anyAscii(w.normalize('NFC')).replace(/[^A-Za-z0-9]/g, ''))
      .filter((w) => w !== '')
      .map((w) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase())
      .join('');
  const piece = fc.oneof(
    fc.constantFrom(' ', '-', "'", '’', 'ʼ', '´', '—', '\u2000', '\u00A0', '\t', ...MARKS, 'e', 'É', 'ß', 'ı', 'İ', 'Ø', 'ǆ', 'Å', '\u212B', 'ﬁ', 'ʹ', '1'),
    fc.string({ unit: 'grapheme', maxLength: 4 }),
  );

  it('writes an ASCII name as the transliterating patterns do', () => {
    const spaced = (text: string) =>
      anyAscii(text.normalize('NFC').replace(/['’‘ʼʻʽ`´′]/gu, "'").replace(/[‐‑‒–—―]/gu, '-'))
        .replace(/[^A-Za-z0-9'\- ]/g, '')
        .replace(/\s+/g, ' ')
        .trim();
    const ascii = fc.string({ unit: fc.constantFrom(...' \t\n\v\f\r-\'`.,_aAzZ09x'), maxLength: 30 });
    fc.assert(
      fc.property(ascii, ascii, (surname, givenNames) => {
        expect(compactWords(surname)).toBe(byWord(surname));
        const r = buildCommunication({ surname, givenNames, nationality: 'MA', birthDate: '1990-03-15' });
        // A surname without a letter or digit is as good as missing.
        expect(r.ok).toBe(byWord(surname) !== '');
        if (!r.ok) return;
        expect(r.spaced).toBe([spaced(surname).toUpperCase(), spaced(givenNames), 'Marokko', '15031990'].filter((p) => p !== '').join(' '));
      }),
      { numRuns: 3000 },
    );
  });

  it('gives the words that NFC word by word gives, whatever the text', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        expect(compactWords(text)).toBe(byWord(text));
      }),
      { numRuns: 3000 },
    );
  });
});

function normaliseCountry(code: string, countryLang: 'nl' | 'fr' | 'en'): string {
  const r = buildCommunication({ surname: 'X', nationality: code, birthDate: '2000-01-01' }, { countryLang });
  return r.ok ? r.compact.slice(1, -8) : '?';
}
