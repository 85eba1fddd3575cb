// The payment communication of the fee transfer. Seed 004: "Voor de mededeling moet je volgende
// structuur gebruiken: NaamVoornaamNationaliteitDDMMJJJJ." Spec: rules.md, "The payment communication".
import anyAscii from 'any-ascii';
import { isMatch } from 'date-fns';
import countries from 'i18n-iso-countries';
import enCountries from 'i18n-iso-countries/langs/en.json';
import frCountries from 'i18n-iso-countries/langs/fr.json';
import nlCountries from 'i18n-iso-countries/langs/nl.json';
import { remittanceMaxLength } from '../parameters';
import type { Lang } from '../types';

// Only the three languages the product speaks: the browser bundle carries no other country names.
countries.registerLocale(nlCountries);
countries.registerLocale(frCountries);
countries.registerLocale(enCountries);

/** `XX` in the case format: stateless (no ISO 3166-1 code exists for it). */
export const STATELESS = 'XX';
const STATELESS_NAMES: Record<Lang, string> = { nl: 'Staatloos', fr: 'Apatride', en: 'Stateless' };

export interface CommunicationInput {
  surname?: string | undefined;
  givenNames?: string | undefined;
  /** ISO 3166-1 alpha-2, or `XX` for stateless. */
  nationality?: string | undefined;
  /** `YYYY-MM-DD`. */
  birthDate?: string | undefined;
}

export interface CommunicationOptions {
  /** Language of the country name; Dutch unless the user chooses otherwise (rules.md). */
  countryLang?: Lang;
  /** Longest communication; the SEPA remittance limit by default. */
  maxLength?: number;
}

export type CommunicationField = 'surname' | 'givenNames' | 'nationality' | 'birthDate';
export type CommunicationProblemCode = 'missing' | 'non-latin' | 'unknown-country' | 'invalid-date';

export interface CommunicationProblem {
  field: CommunicationField;
  code: CommunicationProblemCode;
}

export type CommunicationResult =
  | {
      ok: true;
      /** `ElAmraniFatimaZahraMarokko15031990`: the default form. */
      compact: string;
      /** `EL AMRANI Fatima Zahra Marokko 15031990`: the municipal example's form, for copying. */
      spaced: string;
      /** The given names (and, if that was not enough, the surname) were cut to fit `maxLength`. */
      shortened: boolean;
    }
  | { ok: false; problems: CommunicationProblem[] };

/** The one remittance limit of the rule data (a constant: EPC069-12). */
export function defaultMaxLength(): number {
  const values = remittanceMaxLength.values;
  return values[values.length - 1]!.value;
}

// Word breaks of rules.md: spaces, hyphens and apostrophes, in every spelling a keyboard or a
// passport scan produces (typographic apostrophes, the modifier letters ʼ ʻ, Unicode dashes).
const WORD_BREAK = /[\s\-'’‘ʼʻʽ`´′‐‑‒–—―]+/u;
const APOSTROPHES = /['’‘ʼʻʽ`´′]/gu;
const DASHES = /[‐‑‒–—―]/gu;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const SEPA_SAFE = /^[A-Za-z0-9/\-?:().,'+ ]*$/;

/**
 * True when every character is in the SEPA Latin character set
 * (`a-z A-Z 0-9 / - ? : ( ) . , ' +` and space), which every bank in the scheme accepts.
 */
export function isSepaSafe(s: string): boolean {
  return SEPA_SAFE.test(s);
}

/** The form two communications are compared in: ASCII, letters and digits only, lower case. */
export function normaliseCommunication(s: string): string {
  return anyAscii(s.normalize('NFC')).replace(/[^A-Za-z0-9]/g, '').toLowerCase();
}

/**
 * True when the text holds a letter of another script than Latin. A passport always carries the
 * name in Latin letters too; guessing a transliteration of Arabic or Cyrillic would give a
 * communication that does not match the passport, so the product asks for the Latin spelling.
 */
export function hasNonLatinLetters(s: string): boolean {
  for (const ch of s.normalize('NFC').replace(new RegExp(WORD_BREAK.source, 'gu'), '')) {
    if (/\p{L}/u.test(ch) && !/\p{Script=Latin}/u.test(ch)) return true;
  }
  return false;
}

function asciiLettersAndDigits(word: string): string {
  return anyAscii(word.normalize('NFC')).replace(/[^A-Za-z0-9]/g, '');
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

/** `dos Santos` → `DosSantos`, `N'Diaye` → `NDiaye`, `Yılmaz` → `Yilmaz`. */
export function compactWords(text: string): string {
  return text
    .split(WORD_BREAK)
    .map(asciiLettersAndDigits)
    .filter((w) => w.length > 0)
    .map(capitalise)
    .join('');
}

function initials(text: string): string[] {
  return text
    .split(WORD_BREAK)
    .map(asciiLettersAndDigits)
    .filter((w) => w.length > 0)
    .map((w) => w.charAt(0).toUpperCase());
}

/** Transliterated, SEPA-safe, keeping the writer's case, spaces, hyphens and apostrophes. */
function spacedText(text: string): string {
  return anyAscii(text.normalize('NFC').replace(APOSTROPHES, "'").replace(DASHES, '-'))
    .replace(/[^A-Za-z0-9'\- ]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The short country name. i18n-iso-countries' `alias` is the short Dutch name (Marokko,
 * Verenigde Staten, Congo-Kinshasa); for English it is sometimes an abbreviation (UK) or an
 * inverted form ("Korea, Republic of"), where the first plain name reads better.
 */
export function countryName(code: string, lang: Lang = 'nl'): string | undefined {
  if (code === STATELESS) return STATELESS_NAMES[lang];
  const names = countries.getName(code, lang, { select: 'all' });
  if (!names || names.length === 0) return undefined;
  const alias = countries.getName(code, lang, { select: 'alias' }) ?? names[0]!;
  const readable = (n: string) => !n.includes(',') && n !== n.toUpperCase();
  if (readable(alias)) return alias;
  const plain = names.find(readable);
  return plain ?? alias.split(',')[0]!.trim();
}

/** `1990-03-15` → `15031990`. */
export function birthDateDigits(iso: string): string {
  return `${iso.slice(8, 10)}${iso.slice(5, 7)}${iso.slice(0, 4)}`;
}

function problemsOf(input: CommunicationInput, lang: Lang): CommunicationProblem[] {
  const problems: CommunicationProblem[] = [];
  const surname = input.surname?.trim() ?? '';
  if (surname === '') problems.push({ field: 'surname', code: 'missing' });
  else if (hasNonLatinLetters(surname)) problems.push({ field: 'surname', code: 'non-latin' });
  else if (compactWords(surname) === '') problems.push({ field: 'surname', code: 'missing' });
  // Given names may be absent: some passports carry a surname only.
  if (input.givenNames && hasNonLatinLetters(input.givenNames)) problems.push({ field: 'givenNames', code: 'non-latin' });
  if (!input.nationality) problems.push({ field: 'nationality', code: 'missing' });
  else if (!countryName(input.nationality, lang)) problems.push({ field: 'nationality', code: 'unknown-country' });
  if (!input.birthDate) problems.push({ field: 'birthDate', code: 'missing' });
  else if (!ISO_DATE.test(input.birthDate) || !isMatch(input.birthDate, 'yyyy-MM-dd')) problems.push({ field: 'birthDate', code: 'invalid-date' });
  return problems;
}

/**
 * Joins the parts; when longer than `max`, keeps the date and nationality whole, cuts the given
 * names to initials and then the surname (rules.md: "keep the date and nationality whole,
 * shorten the given names to initials").
 */
function fit(
  parts: { surname: string; given: string; givenInitials: string },
  join: (surname: string, given: string) => string,
  max: number,
): { text: string; shortened: boolean } {
  const full = join(parts.surname, parts.given);
  if (full.length <= max) return { text: full, shortened: false };
  const withInitials = join(parts.surname, parts.givenInitials);
  if (withInitials.length <= max) return { text: withInitials, shortened: true };
  const over = withInitials.length - max;
  const surname = parts.surname.slice(0, Math.max(1, parts.surname.length - over)).trimEnd();
  let text = join(surname, parts.givenInitials);
  // Only reachable with a limit shorter than nationality and date: drop initials as a last resort.
  if (text.length > max) text = join(surname, '');
  return { text, shortened: true };
}

/** The communication for one applicant; problems instead when the data does not allow one. */
export function buildCommunication(input: CommunicationInput, options: CommunicationOptions = {}): CommunicationResult {
  const lang = options.countryLang ?? 'nl';
  const max = options.maxLength ?? defaultMaxLength();
  const problems = problemsOf(input, lang);
  if (problems.length > 0) return { ok: false, problems };

  const surnameText = input.surname!;
  const givenText = input.givenNames ?? '';
  const country = countryName(input.nationality!, lang)!;
  const date = birthDateDigits(input.birthDate!);

  const compactCountry = compactWords(country);
  const compact = fit(
    { surname: compactWords(surnameText), given: compactWords(givenText), givenInitials: initials(givenText).join('') },
    (s, g) => `${s}${g}${compactCountry}${date}`,
    max,
  );
  const spacedCountry = spacedText(country);
  const spaced = fit(
    { surname: spacedText(surnameText).toUpperCase(), given: spacedText(givenText), givenInitials: initials(givenText).join(' ') },
    (s, g) => [s, g, spacedCountry, date].filter((p) => p !== '').join(' '),
    max,
  );
  return { ok: true, compact: compact.text, spaced: spaced.text, shortened: compact.shortened };
}

/**
 * Every communication that identifies the same payment in comparison form: the Dutch default and
 * the French and English country names the product also offers, full and shortened.
 */
export function acceptedCommunications(input: CommunicationInput, maxLength = defaultMaxLength()): Set<string> {
  const accepted = new Set<string>();
  for (const countryLang of ['nl', 'fr', 'en'] as const) {
    for (const max of [maxLength, Number.POSITIVE_INFINITY]) {
      const r = buildCommunication(input, { countryLang, maxLength: max });
      if (r.ok) accepted.add(normaliseCommunication(r.compact));
    }
  }
  return accepted;
}

/** Whether a recorded communication carries the expected data (rules.md: compare normalised). */
export function communicationMatches(recorded: string, input: CommunicationInput, maxLength = defaultMaxLength()): boolean {
  return acceptedCommunications(input, maxLength).has(normaliseCommunication(recorded));
}
