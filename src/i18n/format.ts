// Dates and amounts written the way each language writes them.
import type { Lang } from '../rules/types';

const LOCALES: Record<Lang, string> = { nl: 'nl-BE', fr: 'fr-BE', en: 'en-GB' };

const dateFormats = new Map<Lang, Intl.DateTimeFormat>();
const euroFormats = new Map<Lang, Intl.NumberFormat>();

export function formatDate(iso: string, lang: Lang): string {
  let f = dateFormats.get(lang);
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALES[lang], { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
    dateFormats.set(lang, f);
  }
  return f.format(new Date(`${iso}T00:00:00Z`));
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
