// Dates and amounts written the way each language writes them.
import { isIsoDate } from '../case/iso-date';
import type { Lang } from './lang';

const LOCALES: Record<Lang, string> = { nl: 'nl-BE', fr: 'fr-BE', en: 'en-GB' };

const dateFormats = new Map<Lang, Intl.DateTimeFormat>();
const euroFormats = new Map<Lang, Intl.NumberFormat>();

// Intl formatting costs microseconds per call: the dates the layout below does not cover, and
// amounts, are kept once written; bounded so a long batch run cannot grow them without end.
const DATE_CACHE_LIMIT = 20_000;
const formattedDates: Record<Lang, Map<string, string>> = { nl: new Map(), fr: new Map(), en: new Map() };
// Amounts likewise: the fee, the income thresholds and a few cover amounts come back in nearly every report.
const formattedEuros: Record<Lang, Map<number, string>> = { nl: new Map(), fr: new Map(), en: new Map() };

function dateFormat(lang: Lang): Intl.DateTimeFormat {
  let f = dateFormats.get(lang);
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALES[lang], { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
    dateFormats.set(lang, f);
  }
  return f;
}

/** How Intl lays out a date in a language: its parts in order (`{day}`, `{month}`, `{year}` or literal text) and the twelve month names. */
interface DateLayout {
  parts: string[];
  months: string[];
  /** The parts put together. */
  write: (day: number | string, month: string, year: string) => string;
}

const layouts: Record<Lang, DateLayout | null | undefined> = { nl: undefined, fr: undefined, en: undefined };

function writerOf(parts: readonly string[]): DateLayout['write'] {
  // Day, text, month, text, year: the layout of all three languages, written without walking the parts.
  const [a, between, b, after, c] = parts;
  if (parts.length === 5 && a === '{day}' && b === '{month}' && c === '{year}') return (day, month, year) => day + between! + month + after! + year;
  return (day, month, year) => {
    let text = '';
    for (const part of parts) text += part === '{day}' ? day : part === '{month}' ? month : part === '{year}' ? year : part;
    return text;
  };
}

/**
 * Read once from Intl itself, so the text stays what Intl writes with the ICU data at hand. Null when the
 * months do not share one layout, in which case every date goes through Intl.
 */
function dateLayout(lang: Lang): DateLayout | null {
  let layout = layouts[lang];
  if (layout !== undefined) return layout;
  const f = dateFormat(lang);
  const months: string[] = [];
  let parts: string[] | undefined;
  layout = { parts: [], months, write: writerOf([]) };
  for (let month = 0; month < 12; month++) {
    const found = f.formatToParts(Date.UTC(2001, month, 15));
    months.push(found.find((p) => p.type === 'month')?.value ?? '');
    const shape = found.map((p) => (p.type === 'day' || p.type === 'month' || p.type === 'year' ? `{${p.type}}` : p.value));
    if (parts === undefined) parts = shape;
    else if (shape.join('\u0000') !== parts.join('\u0000')) layout = null;
  }
  if (layout) {
    layout.parts = parts!;
    layout.write = writerOf(parts!);
  }
  layouts[lang] = layout;
  return layout;
}

export function formatDate(iso: string, lang: Lang): string {
  // A real date from 1900 to 2200 (every date a case holds or a check computes) is put together from the
  // parts Intl uses, without an Intl call or a cache lookup: a report writes a few dozen dates.
  const layout = isIsoDate(iso) ? dateLayout(lang) : null;
  if (layout) {
    // Digits read as character codes: isIsoDate has checked them.
    const day = (iso.charCodeAt(8) - 48) * 10 + iso.charCodeAt(9) - 48;
    const month = (iso.charCodeAt(5) - 48) * 10 + iso.charCodeAt(6) - 48;
    // French writes the first of the month as an ordinal: 1er janvier.
    return layout.write(day === 1 && lang === 'fr' ? '1er' : day, layout.months[month - 1]!, iso.slice(0, 4));
  }
  const cache = formattedDates[lang];
  const cached = cache.get(iso);
  if (cached !== undefined) return cached;
  const intl = dateFormat(lang).format(new Date(`${iso}T00:00:00Z`));
  const text = lang === 'fr' ? intl.replace(/^1 /, '1er ') : intl;
  if (cache.size >= DATE_CACHE_LIMIT) cache.clear();
  cache.set(iso, text);
  return text;
}

export function formatEuro(amount: number, lang: Lang): string {
  const cache = formattedEuros[lang];
  // The map cannot tell -0 from 0, which Intl writes differently: -0 is formatted afresh.
  const cached = Object.is(amount, -0) ? undefined : cache.get(amount);
  if (cached !== undefined) return cached;
  let f = euroFormats.get(lang);
  if (!f) {
    f = new Intl.NumberFormat(LOCALES[lang], { style: 'currency', currency: 'EUR', minimumFractionDigits: 2 });
    euroFormats.set(lang, f);
  }
  const text = f.format(amount);
  if (Object.is(amount, -0)) return text;
  if (cache.size >= DATE_CACHE_LIMIT) cache.clear();
  cache.set(amount, text);
  return text;
}

/** 3.5 in English, 3,5 in Dutch and French. */
export function formatNumber(n: unknown, lang: Lang): string {
  if (typeof n !== 'number') return '?';
  return lang === 'en' ? String(n) : String(n).replace('.', ',');
}

// French sets a narrow no-break space (U+202F) before a colon, semicolon, question or exclamation mark.
const BEFORE_HIGH_SIGN: Record<Lang, string> = { nl: '', fr: '\u202f', en: '' };

/** The sign as the language writes it after a word: `:` in Dutch and English, ` :` (narrow no-break space) in French. */
export function punctuation(sign: ':' | ';' | '?' | '!', lang: Lang): string {
  return BEFORE_HIGH_SIGN[lang] + sign;
}

/** "Yasmine: " before a child's finding ("Yasmine : " in French); nothing when there is no name. */
export function namePrefix(name: unknown, lang: Lang): string {
  return name ? `${String(name)}${punctuation(':', lang)} ` : '';
}

export interface Formatter {
  lang: Lang;
  date(iso: unknown): string;
  euro(amount: unknown): string;
}

export function formatter(lang: Lang): Formatter {
  return {
    lang,
    date: (iso) => (typeof iso === 'string' ? formatDate(iso, lang) : '?'),
    euro: (amount) => (typeof amount === 'number' ? formatEuro(amount, lang) : '?'),
  };
}
