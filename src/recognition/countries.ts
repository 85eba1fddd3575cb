// Country names in Dutch, French and English from i18n-iso-countries' locale
// data: only those three locales are bundled (the library's index would add
// every code table and a diacritics map to the content script).
import enData from 'i18n-iso-countries/langs/en.json';
import frData from 'i18n-iso-countries/langs/fr.json';
import nlData from 'i18n-iso-countries/langs/nl.json';
import { ALL_LANGS, type PageLang } from './types';

type Names = Record<string, string | string[]>;

// Plain references, read inside functions: a bundle that uses none of them drops the tables.
const LOCALE_DATA: Record<PageLang, { countries: Names }> = { en: enData, fr: frData, nl: nlData };

/** Stateless (case format `XX`), as pages write it. */
const STATELESS = /^(stateless|apatride|staatloos|staatloze|no nationality|sans nationalite)$/;

const STOPWORDS = new Set(['the', 'of', 'and', 'de', 'du', 'des', 'la', 'le', 'les', 'l', 'd', 'et', 'van', 'het', 'en', 'der']);

/** Lower case, no diacritics, no punctuation, no articles: `DEMOCRATIC REPUBLIC OF CONGO` = `Democratic Republic of the Congo`. */
export function normaliseCountryName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .filter((w) => w !== '' && !STOPWORDS.has(w))
    .join(' ');
}

const indexes = new Map<PageLang, Map<string, string>>();

function indexOf(lang: PageLang): Map<string, string> {
  let index = indexes.get(lang);
  if (index) return index;
  index = new Map();
  const entries = Object.entries(LOCALE_DATA[lang].countries);
  // Official names first, then aliases where free: the English alias "Congo" of
  // CD must not take the Republic of the Congo's (CG) own name.
  for (const [code, names] of entries) index.set(normaliseCountryName(Array.isArray(names) ? names[0]! : names), code);
  for (const [code, names] of entries) {
    if (!Array.isArray(names)) continue;
    for (const alias of names.slice(1)) {
      const key = normaliseCountryName(alias);
      if (!index.has(key)) index.set(key, code);
    }
  }
  indexes.set(lang, index);
  return index;
}

/** ISO 3166-1 alpha-2 (or `XX`) for a country name or code in the given languages; null when unknown. */
export function countryCodeOf(text: string, langs: readonly PageLang[] = ALL_LANGS): string | null {
  const trimmed = text.trim();
  if (/^[A-Za-z]{2}$/.test(trimmed)) {
    const code = trimmed.toUpperCase();
    if (code === 'XX' || Object.hasOwn(LOCALE_DATA.en.countries, code)) return code;
  }
  const key = normaliseCountryName(trimmed);
  if (key === '') return null;
  if (STATELESS.test(key)) return 'XX';
  for (const lang of langs) {
    const code = indexOf(lang).get(key);
    if (code) return code;
  }
  return null;
}

/** Every name of a country in one language, official name first. */
export function countryNamesOf(code: string, lang: PageLang): string[] {
  const names = LOCALE_DATA[lang].countries[code.toUpperCase()];
  if (!names) return [];
  return Array.isArray(names) ? names : [names];
}
