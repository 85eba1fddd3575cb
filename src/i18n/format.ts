// Dates and amounts written the way each language writes them.
import type { Lang } from '../rules/types';

const LOCALES: Record<Lang, string> = { nl: 'nl-BE', fr: 'fr-BE', en: 'en-GB' };

const dateFormats = new Map<Lang, Intl.DateTimeFormat>();
const euroFormats = new Map<Lang, Intl.NumberFormat>();

// Intl formatting costs microseconds per call and a report names the same few dates
// again and again; the cache is bounded so a long batch run cannot grow it without end.
const DATE_CACHE_LIMIT = 20_000;
const formattedDates: Record<Lang, Map<string, string>> = { nl: new Map(), fr: new Map(), en: new Map() };

export function formatDate(iso: string, lang: Lang): string {
  const cache = formattedDates[lang];
  const cached = cache.get(iso);
  if (cached !== undefined) return cached;
  let f = dateFormats.get(lang);
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALES[lang], { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
    dateFormats.set(lang, f);
  }
  const text = f.format(new Date(`${iso}T00:00:00Z`));
  if (cache.size >= DATE_CACHE_LIMIT) cache.clear();
  cache.set(iso, text);
  return text;
}

export function formatEuro(amount: number, lang: Lang): string {
  let f = euroFormats.get(lang);
  if (!f) {
    f = new Intl.NumberFormat(LOCALES[lang], { style: 'currency', currency: 'EUR', minimumFractionDigits: 2 });
    euroFormats.set(lang, f);
  }
  return f.format(amount);
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
