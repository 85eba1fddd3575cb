// The payment communication of the fee transfer. Seed 004: "Voor de mededeling moet je volgende
// structuur gebruiken: NaamVoornaamNationaliteitDDMMJJJJ." Spec: rules.md, "The payment communication".
import anyAscii from 'any-ascii';
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
const WORD_BREAK_CHAR = /[\s\-'’‘ʼʻʽ`´′‐‑‒–—―]/u;
const WORD_BREAK = new RegExp(`${WORD_BREAK_CHAR.source}+`, 'u');
const APOSTROPHES = /['’‘ʼʻʽ`´′]/gu;
const DASHES = /[‐‑‒–—―]/gu;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ASCII_ONLY = /^[\x00-\x7f]*$/;
// A letter that is neither a word break (the modifier letters ʼ ʻ ʽ are letters too) nor Latin.
const NON_LATIN_LETTER = new RegExp(`(?!${WORD_BREAK_CHAR.source})(?!\\p{Script=Latin})\\p{L}`, 'u');
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
  return (ASCII_ONLY.test(s) ? s : anyAscii(s.normalize('NFC'))).replace(/[^A-Za-z0-9]/g, '').toLowerCase();
}

/**
 * True when the text holds a letter of another script than Latin. A passport always carries the
 * name in Latin letters too; guessing a transliteration of Arabic or Cyrillic would give a
 * communication that does not match the passport, so the product asks for the Latin spelling.
 */
export function hasNonLatinLetters(s: string): boolean {
  // Most names are plain ASCII: nothing to normalise or look up then.
  if (ASCII_ONLY.test(s)) return false;
  return NON_LATIN_LETTER.test(s.normalize('NFC'));
}

function asciiLettersAndDigits(word: string): string {
  // any-ascii leaves ASCII as it is, and NFC does not change it either.
  return (ASCII_ONLY.test(word) ? word : anyAscii(word.normalize('NFC'))).replace(/[^A-Za-z0-9]/g, '');
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

/** `dos Santos` → `DosSantos`, `N'Diaye` → `NDiaye`, `Yılmaz` → `Yilmaz`. */
export function compactWords(text: string): string {
  return asciiWords(text).map(capitalise).join('');
}

/** The words of a name, transliterated to letters and digits, empty ones left out. */
function asciiWords(text: string): string[] {
  return text
    .split(WORD_BREAK)
    .map(asciiLettersAndDigits)
    .filter((w) => w.length > 0);
}

function initials(words: readonly string[]): string[] {
  return words.map((w) => w.charAt(0).toUpperCase());
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
  // Looked up once per code and language: i18n-iso-countries searches its tables on every call,
  // and each communication asks for the same few countries again and again.
  const cache = countryNames[lang];
  const cached = cache.get(code);
  if (cached !== undefined) return cached ?? undefined;
  const name = lookUpCountryName(code, lang);
  // Bounded: the CLI's reference command passes whatever code it is given.
  if (cache.size >= COUNTRY_CACHE_LIMIT) cache.clear();
  cache.set(code, name ?? null);
  return name;
}

const COUNTRY_CACHE_LIMIT = 1000;
const countryNames: Record<Lang, Map<string, string | null>> = { nl: new Map(), fr: new Map(), en: new Map() };

function lookUpCountryName(code: string, lang: Lang): string | undefined {
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

/** `YYYY-MM-DD` naming a day that exists (not 1990-02-30) from year 1 on, as date-fns' `isMatch(value, 'yyyy-MM-dd')` decides, without its pattern parsing. */
function isCalendarDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (y < 1 || mo < 1 || mo > 12 || d < 1) return false;
  if (mo === 2) return d <= ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28);
  return d <= (mo === 4 || mo === 6 || mo === 9 || mo === 11 ? 30 : 31);
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
  else if (!isCalendarDate(input.birthDate)) problems.push({ field: 'birthDate', code: 'invalid-date' });
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

/** The name parts of the compact form, the same whatever the country name's language and the limit. */
interface CompactName {
  surname: string;
  given: string;
  givenInitials: string;
}

function compactNameOf(input: CommunicationInput, givenWords = asciiWords(input.givenNames ?? '')): CompactName {
  // The given names are split and transliterated once for both their full and their initials form.
  return { surname: compactWords(input.surname!), given: givenWords.map(capitalise).join(''), givenInitials: initials(givenWords).join('') };
}

// Country names in compact and spaced form, kept: a handful of names recur in every communication built.
const compactCountries = new Map<string, string>();

function compactCountry(country: string): string {
  let compact = compactCountries.get(country);
  if (compact === undefined) {
    compact = compactWords(country);
    if (compactCountries.size >= COUNTRY_CACHE_LIMIT) compactCountries.clear();
    compactCountries.set(country, compact);
  }
  return compact;
}

const spacedCountries = new Map<string, string>();

function spacedCountryName(country: string): string {
  let spaced = spacedCountries.get(country);
  if (spaced === undefined) {
    spaced = spacedText(country);
    if (spacedCountries.size >= COUNTRY_CACHE_LIMIT) spacedCountries.clear();
    spacedCountries.set(country, spaced);
  }
  return spaced;
}

function fitCompact(name: CompactName, country: string, date: string, max: number): { text: string; shortened: boolean } {
  const countryPart = compactCountry(country);
  return fit(name, (s, g) => `${s}${g}${countryPart}${date}`, max);
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

  const givenWords = asciiWords(givenText);
  const compact = fitCompact(compactNameOf(input, givenWords), country, date, max);
  const spacedCountry = spacedCountryName(country);
  const spaced = fit(
    { surname: spacedText(surnameText).toUpperCase(), given: spacedText(givenText), givenInitials: initials(givenWords).join(' ') },
    (s, g) => [s, g, spacedCountry, date].filter((p) => p !== '').join(' '),
    max,
  );
  return { ok: true, compact: compact.text, spaced: spaced.text, shortened: compact.shortened };
}

const COUNTRY_LANGS: readonly Lang[] = ['nl', 'fr', 'en'];

/**
 * Every communication that identifies the same payment in comparison form: the Dutch default and
 * the French and English country names the product also offers, full and shortened.
 */
export function acceptedCommunications(input: CommunicationInput, maxLength = defaultMaxLength()): Set<string> {
  const accepted = new Set<string>();
  forEachAccepted(input, maxLength, (form) => {
    accepted.add(form);
    return false;
  });
  return accepted;
}

/** Calls `visit` with each accepted form until it returns true; says whether one did. */
function forEachAccepted(input: CommunicationInput, maxLength: number, visit: (form: string) => boolean): boolean {
  // Only the country name depends on the language: the other fields are checked once, and the name
  // parts, which depend neither on the language nor on the limit, are built once, not six times.
  if (!problemsOf(input, 'nl').every((p) => p.code === 'unknown-country')) return false;
  let name: CompactName | undefined;
  for (const countryLang of COUNTRY_LANGS) {
    const country = countryName(input.nationality!, countryLang);
    if (!country) continue;
    name ??= compactNameOf(input);
    const date = birthDateDigits(input.birthDate!);
    const withinLimit = fitCompact(name, country, date, maxLength);
    if (visit(normaliseCommunication(withinLimit.text))) return true;
    // Without a limit the text only differs when the limit shortened it.
    if (withinLimit.shortened && visit(normaliseCommunication(fitCompact(name, country, date, Number.POSITIVE_INFINITY).text))) return true;
  }
  return false;
}

/** Whether a recorded communication carries the expected data (rules.md: compare normalised). */
export function communicationMatches(recorded: string, input: CommunicationInput, maxLength = defaultMaxLength()): boolean {
  // Stops at the first accepted form that matches: the Dutch default comes first and is what most payers copy.
  const wanted = normaliseCommunication(recorded);
  return forEachAccepted(input, maxLength, (form) => form === wanted);
}
