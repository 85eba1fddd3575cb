// The payment communication of the fee transfer. Seed 004: "Voor de mededeling moet je volgende
// structuur gebruiken: NaamVoornaamNationaliteitDDMMJJJJ." Spec: rules.md, "The payment communication".
import anyAscii from 'any-ascii';
// The library without its Node entry, which would load the names in every language it has.
import countries from 'i18n-iso-countries/index';
import enCountries from 'i18n-iso-countries/langs/en.json';
import frCountries from 'i18n-iso-countries/langs/fr.json';
import nlCountries from 'i18n-iso-countries/langs/nl.json';
import { isCalendarDate } from '../../case/iso-date';
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

/** NFC, which most names (plain ASCII) already are. */
function nfc(s: string): string {
  return ASCII_ONLY.test(s) ? s : s.normalize('NFC');
}

/**
 * True when the text holds a letter of another script than Latin. A passport always carries the
 * name in Latin letters too; guessing a transliteration of Arabic or Cyrillic would give a
 * communication that does not match the passport, so the product asks for the Latin spelling.
 */
export function hasNonLatinLetters(s: string): boolean {
  return nfcHasNonLatinLetters(nfc(s));
}

function nfcHasNonLatinLetters(nfcText: string): boolean {
  // Most names are plain ASCII: nothing to look up then.
  return !ASCII_ONLY.test(nfcText) && NON_LATIN_LETTER.test(nfcText);
}

function asciiLettersAndDigits(nfcWord: string): string {
  // any-ascii leaves ASCII as it is.
  return (ASCII_ONLY.test(nfcWord) ? nfcWord : anyAscii(nfcWord)).replace(/[^A-Za-z0-9]/g, '');
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

/** `dos Santos` → `DosSantos`, `N'Diaye` → `NDiaye`, `Yılmaz` → `Yilmaz`. */
export function compactWords(text: string): string {
  return capitalised(asciiWords(text, nfc(text)));
}

/**
 * The words of a name (split on the breaks as written, each word then in NFC), transliterated to
 * letters and digits, empty ones left out. A text already in NFC has its words in NFC too, so they
 * are not normalised one by one; otherwise they are, as a character such as U+1FEF only becomes
 * a break (the backtick) under NFC.
 */
function asciiWords(text: string, nfcText: string): string[] {
  if (ASCII_ONLY.test(text)) return wordsOfAscii(text);
  const out: string[] = [];
  for (const word of text.split(WORD_BREAK)) {
    const letters = asciiLettersAndDigits(nfcText === text ? word : word.normalize('NFC'));
    if (letters !== '') out.push(letters);
  }
  return out;
}

const isAsciiAlphanumeric = (code: number): boolean => (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/** The word breaks that are ASCII: white space, the hyphen, the apostrophe and the backtick. */
const isAsciiBreak = (code: number): boolean => code === 32 || (code >= 9 && code <= 13) || code === 45 || code === 39 || code === 96;

/** `asciiWords` of an ASCII text in one pass, without patterns: most names are plain ASCII. */
function wordsOfAscii(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  // Characters other than letters, digits and breaks are left out of a word without ending it.
  let dropped = false;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 32;
    if (isAsciiAlphanumeric(code)) continue;
    if (!isAsciiBreak(code)) {
      dropped = true;
      continue;
    }
    if (i > start) {
      const word = dropped ? text.slice(start, i).replace(/[^A-Za-z0-9]/g, '') : text.slice(start, i);
      if (word !== '') out.push(word);
    }
    start = i + 1;
    dropped = false;
  }
  return out;
}

/** The first letters of the words, upper-cased, joined by `separator`. */
function initials(words: readonly string[], separator: string): string {
  let out = '';
  for (let i = 0; i < words.length; i++) out += (i > 0 ? separator : '') + words[i]!.charAt(0).toUpperCase();
  return out;
}

/** The words capitalised and run together (`dos Santos` → `DosSantos`). */
function capitalised(words: readonly string[]): string {
  let out = '';
  for (const word of words) out += capitalise(word);
  return out;
}

/** The parts that are not empty, separated by spaces. */
function joinNonEmpty(...parts: string[]): string {
  let out = '';
  for (const part of parts) if (part !== '') out = out === '' ? part : `${out} ${part}`;
  return out;
}

/** Transliterated, SEPA-safe, keeping the writer's case, spaces, hyphens and apostrophes. */
function spacedText(nfcText: string): string {
  if (ASCII_ONLY.test(nfcText)) return spacedAscii(nfcText);
  return anyAscii(nfcText.replace(APOSTROPHES, "'").replace(DASHES, '-'))
    .replace(/[^A-Za-z0-9'\- ]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * `spacedText` of an ASCII text in one pass: the backtick becomes an apostrophe, characters outside
 * the kept set go (white space other than the space too), runs of spaces become one, none at the ends.
 */
function spacedAscii(text: string): string {
  let out = '';
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 32) {
      space = out !== '';
      continue;
    }
    if (!(isAsciiAlphanumeric(code) || code === 39 || code === 45 || code === 96)) continue;
    if (space) {
      out += ' ';
      space = false;
    }
    out += code === 96 ? "'" : text[i];
  }
  return out;
}

/**
 * The short country name. i18n-iso-countries' `alias` is the short Dutch name (Marokko,
 * Verenigde Staten, Congo-Kinshasa); for English it is sometimes an abbreviation (UK) or an
 * inverted form ("Korea, Republic of"), where the first plain name reads better.
 */
export function countryName(code: string, lang: Lang = 'nl'): string | undefined {
  if (code === STATELESS) return STATELESS_NAMES[lang];
  return countryNames[lang](code) ?? undefined;
}

/**
 * `fn` remembered per argument, up to a bound (the CLI's reference command passes whatever code it
 * is given): each communication asks for the same few countries again and again, and
 * i18n-iso-countries searches its tables on every call.
 */
function remembered<T>(fn: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    if (cache.has(key)) return cache.get(key) as T;
    const value = fn(key);
    if (cache.size >= 1000) cache.clear();
    cache.set(key, value);
    return value;
  };
}

const countryNames: Record<Lang, (code: string) => string | null> = {
  nl: remembered((code) => lookUpCountryName(code, 'nl') ?? null),
  fr: remembered((code) => lookUpCountryName(code, 'fr') ?? null),
  en: remembered((code) => lookUpCountryName(code, 'en') ?? null),
};

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

/**
 * What every form of one person's communication is made of, worked out once: the checks build the
 * communication and compare the recorded one from the same parts.
 */
export interface NameParts {
  input: CommunicationInput;
  /** Surname and given names in NFC. */
  surname: string;
  givenNames: string;
  surnameWords: string[];
  givenWords: string[];
  /** Problems other than the country name's, which is looked up per language. */
  problems: CommunicationProblem[];
  /** The compact form's name parts, once asked for. */
  compact?: CompactName;
}

export function nameParts(input: CommunicationInput): NameParts {
  const surname = nfc(input.surname ?? '');
  const givenNames = nfc(input.givenNames ?? '');
  const surnameWords = asciiWords(input.surname ?? '', surname);
  const problems: CommunicationProblem[] = [];
  if (surname.trim() === '') problems.push({ field: 'surname', code: 'missing' });
  else if (nfcHasNonLatinLetters(surname)) problems.push({ field: 'surname', code: 'non-latin' });
  else if (surnameWords.length === 0) problems.push({ field: 'surname', code: 'missing' });
  // Given names may be absent: some passports carry a surname only.
  if (givenNames && nfcHasNonLatinLetters(givenNames)) problems.push({ field: 'givenNames', code: 'non-latin' });
  return { input, surname, givenNames, surnameWords, givenWords: asciiWords(input.givenNames ?? '', givenNames), problems };
}

/** In field order: surname, given names, nationality, birth date. */
function problemsOf(name: NameParts, lang: Lang): CommunicationProblem[] {
  const { input } = name;
  let problems = name.problems;
  const add = (problem: CommunicationProblem) => {
    if (problems === name.problems) problems = [...problems];
    problems.push(problem);
  };
  if (!input.nationality) add({ field: 'nationality', code: 'missing' });
  else if (!countryName(input.nationality, lang)) add({ field: 'nationality', code: 'unknown-country' });
  if (!input.birthDate) add({ field: 'birthDate', code: 'missing' });
  else if (!isCalendarDate(input.birthDate)) add({ field: 'birthDate', code: 'invalid-date' });
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

function compactNameOf(name: NameParts): CompactName {
  return (name.compact ??= { surname: capitalised(name.surnameWords), given: capitalised(name.givenWords), givenInitials: initials(name.givenWords, '') });
}

// Country names in compact and spaced form: a handful of names recur in every communication built.
const compactCountry = remembered(compactWords);
const spacedCountryName = remembered(spacedText);

function fitCompact(name: CompactName, country: string, date: string, max: number): { text: string; shortened: boolean } {
  const countryPart = compactCountry(country);
  return fit(name, (s, g) => `${s}${g}${countryPart}${date}`, max);
}

/** The communication for one applicant; problems instead when the data does not allow one. */
export function buildCommunication(input: CommunicationInput, options: CommunicationOptions = {}): CommunicationResult {
  return communicationOf(nameParts(input), options);
}

export function communicationOf(name: NameParts, options: CommunicationOptions = {}): CommunicationResult {
  const lang = options.countryLang ?? 'nl';
  const max = options.maxLength ?? defaultMaxLength();
  const problems = problemsOf(name, lang);
  if (problems.length > 0) return { ok: false, problems };

  const country = countryName(name.input.nationality!, lang)!;
  const date = birthDateDigits(name.input.birthDate!);
  const compact = fitCompact(compactNameOf(name), country, date, max);
  const spacedCountry = spacedCountryName(country);
  const spaced = fit(
    { surname: spacedText(name.surname).toUpperCase(), given: spacedText(name.givenNames), givenInitials: initials(name.givenWords, ' ') },
    (s, g) => joinNonEmpty(s, g, spacedCountry, date),
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
  forEachAccepted(nameParts(input), maxLength, (form) => {
    accepted.add(form.toLowerCase());
    return false;
  });
  return accepted;
}

/**
 * Calls `visit` with each accepted form until it returns true; says whether one did. A compact form holds
 * ASCII letters and digits only: lower-casing is all its normalising takes, left to `visit`.
 */
function forEachAccepted(name: NameParts, maxLength: number, visit: (form: string) => boolean): boolean {
  // Only the country name depends on the language: the other fields are checked once, and the name
  // parts, which depend neither on the language nor on the limit, are built once, not six times.
  if (!problemsOf(name, 'nl').every((p) => p.code === 'unknown-country')) return false;
  const date = birthDateDigits(name.input.birthDate!);
  for (const countryLang of COUNTRY_LANGS) {
    const country = countryName(name.input.nationality!, countryLang);
    if (!country) continue;
    const compactName = compactNameOf(name);
    const withinLimit = fitCompact(compactName, country, date, maxLength);
    if (visit(withinLimit.text)) return true;
    // Without a limit the text only differs when the limit shortened it.
    if (withinLimit.shortened && visit(fitCompact(compactName, country, date, Number.POSITIVE_INFINITY).text)) return true;
  }
  return false;
}

/** Whether a recorded communication carries the expected data (rules.md: compare normalised). */
export function communicationMatches(recorded: string, input: CommunicationInput, maxLength = defaultMaxLength()): boolean {
  return communicationMatchesName(recorded, nameParts(input), maxLength);
}

export function communicationMatchesName(recorded: string, name: NameParts, maxLength = defaultMaxLength()): boolean {
  // Stops at the first accepted form that matches: the Dutch default comes first and is what most payers copy.
  const wanted = normaliseCommunication(recorded);
  // Most recorded communications that do not match differ in length: those need no lower-casing.
  return forEachAccepted(name, maxLength, (form) => form.length === wanted.length && form.toLowerCase() === wanted);
}
