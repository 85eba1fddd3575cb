// Profile values written the way a field expects them, and page values read back
// into the profile's form (ISO dates, ISO country codes, international phone
// numbers). Pure string work over a field's shape; `shapeOf` reads that shape
// from an element's attributes.
import { countryCodeOf } from './countries';
import { ALL_LANGS, type DateFormat, type FieldKind, type PageLang } from './types';
import { VOCABULARY, type OptionWords } from './vocabulary';

export interface OptionShape {
  value: string;
  text: string;
}

export interface FieldShape {
  type?: string;
  placeholder?: string;
  pattern?: string;
  maxLength?: number;
  options?: readonly OptionShape[];
  dateFormat?: DateFormat | null;
}

// ---- dates -------------------------------------------------------------------

/**
 * The date format a hint states: `dd/mm/yyyy`, `JJ/MM/AAAA` (French), `DD-MM-JJJJ`
 * (Dutch: j = jaar), `mm/dd/yyyy`, `YYYY-MM-DD`. The four-letter group is the
 * year whatever its letter; `mm` is the month; the other pair is the day.
 */
export function dateFormatFromHint(hint: string): DateFormat | null {
  const m = /\b([a-z])\1{1,3}([/.-])([a-z])\3{1,3}\2([a-z])\4{1,3}\b/i.exec(hint.trim());
  if (!m) return null;
  const groups = m[0].toLowerCase().split(m[2]!);
  const sep = m[2]!;
  const roles = groups.map((g) => (g.length === 4 ? 'y' : g === 'mm' ? 'm' : 'd')).join('');
  if (roles === 'dmy') return sep === '/' ? 'dd/mm/yyyy' : sep === '.' ? 'dd.mm.yyyy' : 'dd-mm-yyyy';
  if (roles === 'mdy' && sep === '/') return 'mm/dd/yyyy';
  if (roles === 'ymd' && sep === '-') return 'yyyy-mm-dd';
  return null;
}

/** `pattern="\d{2}/\d{2}/\d{4}"` says the separator and where the year is, not the order of day and month. */
function dateFormatFromPattern(pattern: string): DateFormat | null {
  if (/^\^?\\d\{4\}-\\d\{2\}-\\d\{2\}\$?$/.test(pattern)) return 'yyyy-mm-dd';
  const m = /^\^?\\d\{1?,?2\}(\\?[/.-])\\d\{1?,?2\}\1\\d\{4\}\$?$/.exec(pattern);
  if (!m) return null;
  const sep = m[1]!.replace('\\', '');
  return sep === '/' ? 'dd/mm/yyyy' : sep === '.' ? 'dd.mm.yyyy' : 'dd-mm-yyyy';
}

export function dateFormatOfShape(shape: FieldShape): DateFormat | null {
  if ((shape.type ?? '').toLowerCase() === 'date') return 'yyyy-mm-dd';
  return dateFormatFromHint(shape.placeholder ?? '') ?? (shape.pattern ? dateFormatFromPattern(shape.pattern) : null) ?? shape.dateFormat ?? null;
}

/** What the page says about a date field's format, or null when it says nothing. */
export function dateFormatOf(el: Element): DateFormat | null {
  const type = (el.getAttribute('type') ?? '').toLowerCase();
  if (type === 'date') return 'yyyy-mm-dd';
  for (const attr of ['placeholder', 'data-placeholder', 'title', 'aria-label']) {
    const f = dateFormatFromHint(el.getAttribute(attr) ?? '');
    if (f) return f;
  }
  const pattern = el.getAttribute('pattern');
  return pattern ? dateFormatFromPattern(pattern) : null;
}

export function shapeOf(el: Element): FieldShape {
  const shape: FieldShape = {
    type: el.getAttribute('type') ?? undefined,
    placeholder: el.getAttribute('placeholder') ?? el.getAttribute('data-placeholder') ?? undefined,
    pattern: el.getAttribute('pattern') ?? undefined,
    dateFormat: dateFormatOf(el),
  };
  const max = Number(el.getAttribute('maxlength'));
  if (max > 0) shape.maxLength = max;
  if (el.localName === 'select') shape.options = Array.from((el as HTMLSelectElement).options).map((o) => ({ value: o.value, text: o.text.trim() }));
  return shape;
}

function pad(n: number | string, width = 2): string {
  return String(n).padStart(width, '0');
}

export function formatDate(iso: string, format: DateFormat): string {
  const [y, m, d] = iso.split('-');
  switch (format) {
    case 'yyyy-mm-dd':
      return `${y}-${m}-${d}`;
    case 'dd.mm.yyyy':
      return `${d}.${m}.${y}`;
    case 'dd-mm-yyyy':
      return `${d}-${m}-${y}`;
    case 'mm/dd/yyyy':
      return `${m}/${d}/${y}`;
    default:
      return `${d}/${m}/${y}`;
  }
}

function isoOf(y: number, m: number, d: number): string | null {
  if (y < 1800 || y > 2200 || m < 1 || m > 12 || d < 1) return null;
  if (d > new Date(Date.UTC(y, m, 0)).getUTCDate()) return null;
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/**
 * A date as the page shows it, back to `YYYY-MM-DD`; null when it is not a date.
 * `yyyy-mm-dd` is read whatever the format; two numbers before the year are day
 * then month unless the page says `mm/dd/yyyy` or the first one cannot be a month.
 */
export function readDate(text: string, format?: DateFormat | null): string | null {
  const t = text.trim();
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(t);
  if (m) return isoOf(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[/.\- ](\d{1,2})[/.\- ](\d{4})$/.exec(t) ?? /^(\d{2})(\d{2})(\d{4})$/.exec(t);
  if (!m) return null;
  const [a, b, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const monthFirst = format === 'mm/dd/yyyy' ? a <= 12 || b > 12 : a <= 12 && b > 12;
  return monthFirst ? isoOf(y, a, b) : isoOf(y, b, a);
}

// ---- phone numbers -------------------------------------------------------------

// ITU-T E.164 country calling codes form a prefix-free set: 1 and 7 are one
// digit, these are two digits, every other code has three.
const TWO_DIGIT_CODES = new Set('20 27 30 31 32 33 34 36 39 40 41 43 44 45 46 47 48 49 51 52 53 54 55 56 57 58 60 61 62 63 64 65 66 81 82 84 86 90 91 92 93 94 95 98'.split(' '));

/** `+212 600-000000` or `00212…` → `{ countryCode: '212', national: '600000000' }`; null without a country code. */
export function splitPhone(phone: string): { countryCode: string; national: string } | null {
  const t = phone.trim();
  const digits = t.replace(/\D/g, '');
  let international: string;
  if (t.startsWith('+')) international = digits;
  else if (digits.startsWith('00')) international = digits.slice(2);
  else return null;
  const len = /^[17]/.test(international) ? 1 : TWO_DIGIT_CODES.has(international.slice(0, 2)) ? 2 : 3;
  if (international.length <= len + 3) return null;
  // A trunk zero written after the country code (`+32 (0)470…`) is not dialled.
  return { countryCode: international.slice(0, len), national: international.slice(len).replace(/^0/, '') };
}

/** Two phone numbers that ring the same line: equal international numbers, or equal national numbers when one side has no country code. */
export function samePhone(a: string, b: string): boolean {
  const sa = splitPhone(a);
  const sb = splitPhone(b);
  if (sa && sb) return sa.countryCode === sb.countryCode && sa.national === sb.national;
  const nationalA = sa ? sa.national : a.replace(/\D/g, '').replace(/^0+/, '');
  const nationalB = sb ? sb.national : b.replace(/\D/g, '').replace(/^0+/, '');
  return nationalA !== '' && nationalA === nationalB;
}

/**
 * The profile's phone number as a field wants it: the dial code alone, the
 * national number when the page asks the dial code separately, `00…` or `+…`
 * as its placeholder shows.
 */
export function formatPhone(phone: string, kind: 'phone' | 'phoneCountryCode', shape: FieldShape = {}, separateCountryCode = false): string {
  const split = splitPhone(phone);
  if (!split) return phone.replace(/[^\d+]/g, '');
  const placeholder = (shape.placeholder ?? '').trim();
  if (kind === 'phoneCountryCode') return placeholder.startsWith('+') ? `+${split.countryCode}` : split.countryCode;
  if (separateCountryCode) return split.national;
  if (placeholder.startsWith('00')) return `00${split.countryCode}${split.national}`;
  return `+${split.countryCode}${split.national}`;
}

// ---- options -----------------------------------------------------------------

function normaliseText(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

function monthNames(month: number): string[] {
  const date = new Date(Date.UTC(2000, month - 1, 1));
  return (['en', 'fr', 'nl'] as const).flatMap((l) => [
    normaliseText(new Intl.DateTimeFormat(l, { month: 'long', timeZone: 'UTC' }).format(date)),
    normaliseText(new Intl.DateTimeFormat(l, { month: 'short', timeZone: 'UTC' }).format(date)).replace(/\.$/, ''),
  ]);
}

/** The words an option may use for a profile value of this kind (countries aside: see matchCountryOption). */
function wantedWords(asked: FieldKind, value: string, optionWords: OptionWords): { words: Set<string>; number?: number } {
  const kind = PART_OF[asked] ?? asked;
  const listed = optionWords.words[kind];
  if (listed) return { words: new Set(listed[kind === 'sex' ? value.toUpperCase() : value] ?? [normaliseText(value)]) };
  if (kind === 'birthDay' || kind === 'birthMonth' || kind === 'birthYear') {
    const n = Number(value);
    return { words: new Set(kind === 'birthMonth' ? monthNames(n) : []), number: n };
  }
  if (kind === 'phoneCountryCode') {
    const code = value.replace(/\D/g, '');
    return { words: new Set([code, `+${code}`, `00${code}`]) };
  }
  return { words: new Set([normaliseText(value)]) };
}

const COUNTRY_KINDS = new Set<FieldKind>(['nationality', 'otherNationality', 'countryOfBirth', 'nationalityAtBirth', 'issuingCountry', 'addressCountry', 'parentNationality', 'employerCountry', 'hostNationality']);

/** Kinds whose value is an ISO 3166-1 code, chosen in a country list. */
export function isCountryKind(kind: FieldKind): boolean {
  return COUNTRY_KINDS.has(kind);
}

/** Kinds whose value is a whole date, written in the format the field states. */
export const DATE_KINDS: ReadonlySet<FieldKind> = new Set<FieldKind>(['birthDate', 'passportIssueDate', 'passportExpiryDate', 'residencePermitValidUntil', 'hostBirthDate']);
/** The host's birth date in three parts is written as the applicant's is. */
const PART_OF: Partial<Record<FieldKind, FieldKind>> = { hostBirthDay: 'birthDay', hostBirthMonth: 'birthMonth', hostBirthYear: 'birthYear' };
const PHONE_KINDS = new Set<FieldKind>(['phone', 'employerPhone', 'hostPhone']);

/**
 * The option of a country list that holds `code`: by value, then by text.
 * `codeOf` names the country of a value or text; the content script asks the
 * background for it, where the name tables live (countries.ts).
 */
export function matchCountryOption(options: readonly OptionShape[], code: string, codeOf: (text: string) => string | null): number {
  const key = code.toUpperCase();
  const byValue = options.findIndex((o) => o.value !== '' && codeOf(o.value) === key);
  return byValue >= 0 ? byValue : options.findIndex((o) => o.text !== '' && codeOf(o.text) === key);
}

function matchWords(options: readonly OptionShape[], kind: FieldKind, value: string, optionWords: OptionWords): number {
  const { words, number } = wantedWords(kind, value, optionWords);
  const tests: ((o: OptionShape) => boolean)[] = [
    (o) => o.value !== '' && (words.has(normaliseText(o.value)) || (number !== undefined && /^\d+$/.test(o.value.trim()) && Number(o.value) === number)),
    (o) => o.text !== '' && (words.has(normaliseText(o.text)) || (number !== undefined && /^\d+$/.test(o.text.trim()) && Number(o.text) === number)),
  ];
  if (kind === 'phoneCountryCode') tests.push((o) => new RegExp(`(^|\\D)\\+?${value.replace(/\D/g, '')}(\\D|$)`).test(o.text));
  for (const test of tests) {
    const i = options.findIndex(test);
    if (i >= 0) return i;
  }
  return -1;
}

/**
 * matchOption for every kind but the countries: by value, by text (the words of
 * `optionWords`, which the background holds), by number for date parts, by dial
 * code; then by the value's fallbacks, in order.
 */
export function matchOptionByWords(options: readonly OptionShape[], kind: FieldKind, value: string, optionWords: OptionWords): number {
  for (const tried of [value, ...(optionWords.fallbacks[kind]?.[value] ?? [])]) {
    const i = matchWords(options, kind, tried, optionWords);
    if (i >= 0) return i;
  }
  return -1;
}

/**
 * The option that holds a profile value: by value, by text, by number for date
 * parts, by country name in Dutch, French or English (whole names only: "INDIA"
 * must not pick "British Indian Ocean Territory", S2). -1 when none does.
 */
export function matchOption(options: readonly OptionShape[], kind: FieldKind, value: string, langs: readonly PageLang[] = ALL_LANGS, optionWords: OptionWords = VOCABULARY.options): number {
  // Countries through the name index, official names before aliases: the English
  // alias "Congo" of CD must not pick the Republic of the Congo.
  if (isCountryKind(kind)) return matchCountryOption(options, value, (text) => countryCodeOf(text, langs));
  return matchOptionByWords(options, kind, value, optionWords);
}

// ---- one entry point each way -------------------------------------------------

/** A profile value written for a field that takes text. */
export function formatText(asked: FieldKind, value: string, shape: FieldShape, separateCountryCode = false): string {
  const kind = PART_OF[asked] ?? asked;
  if (DATE_KINDS.has(kind)) return formatDate(value, dateFormatOfShape(shape) ?? 'dd/mm/yyyy');
  // Only the applicant's own number is split around a dial-code field: the host's and the employer's are written whole.
  if (PHONE_KINDS.has(kind)) return formatPhone(value, 'phone', shape, kind === 'phone' && separateCountryCode);
  switch (kind) {
    case 'birthDay':
    case 'birthMonth':
      return pad(Number(value));
    case 'phoneCountryCode':
      return formatPhone(value, kind, shape, separateCountryCode);
    case 'passportNumber':
      return value.replace(/\s+/g, '').toUpperCase();
    default:
      return value;
  }
}

/**
 * A profile value (case format: ISO date, ISO country, `F`/`M`/`X`, E.164 phone)
 * written for a field: the text to type, or the option to choose.
 */
export function formatForField(kind: FieldKind, value: string, shape: FieldShape, langs: readonly PageLang[] = ALL_LANGS, separateCountryCode = false): { text: string } | { option: number } | null {
  if (shape.options && shape.options.length > 0) {
    const i = matchOption(shape.options, kind, value, langs);
    return i >= 0 ? { option: i } : null;
  }
  return { text: formatText(kind, value, shape, separateCountryCode) };
}

/** A page value back in the profile's form; null when it cannot be read as one. */
export function readBack(kind: FieldKind, pageValue: string, format?: DateFormat | null, langs: readonly PageLang[] = ALL_LANGS): string | null {
  const v = pageValue.trim();
  if (v === '') return null;
  if (DATE_KINDS.has(kind)) return readDate(v, format);
  if (isCountryKind(kind)) return countryCodeOf(v, langs);
  switch (kind) {
    case 'sex':
    case 'maritalStatus':
    case 'documentType':
    case 'occupationStatus': {
      // The case's value of the option chosen, when its words are known; a value no list reads stays unread.
      const n = normaliseText(v);
      for (const [value, words] of Object.entries(VOCABULARY.options.words[kind] ?? {})) if ((kind !== 'sex' && value === n) || words.includes(n)) return value;
      return null;
    }
    case 'hostPostalCode':
      // `B-1000`, `BE 1000` and `1000` are the same Belgian postal code.
      return v.replace(/^b(e)?\s*-?\s*/i, '').replace(/\s+/g, '');
    case 'birthDay':
    case 'birthMonth': {
      if (/^\d{1,2}$/.test(v)) return pad(Number(v));
      if (kind === 'birthMonth') {
        const n = normaliseText(v).replace(/\.$/, '');
        for (let month = 1; month <= 12; month += 1) if (monthNames(month).includes(n)) return pad(month);
      }
      return null;
    }
    case 'birthYear':
      return /^\d{4}$/.test(v) ? v : null;
    case 'phoneCountryCode':
      return v.replace(/\D/g, '') || null;
    case 'passportNumber':
      return v.replace(/\s+/g, '').toUpperCase();
    case 'email':
      return v.toLowerCase();
    default:
      return v;
  }
}

