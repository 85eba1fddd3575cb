// Country names in the UI language for the ISO 3166-1 codes of visa-case/1.
// Only the three product languages are registered, to keep the popup small.
import countries from 'i18n-iso-countries/index';
import en from 'i18n-iso-countries/langs/en.json';
import fr from 'i18n-iso-countries/langs/fr.json';
import nl from 'i18n-iso-countries/langs/nl.json';
import type { Lang } from '../rules/types';

countries.registerLocale(en);
countries.registerLocale(fr);
countries.registerLocale(nl);

export const STATELESS = 'XX';

export interface CountryOption {
  code: string;
  name: string;
}

const cache = new Map<Lang, CountryOption[]>();

/** The name `countryOptions` gives `code` in `lang`, without building and sorting the whole list. */
export function countryName(code: string, lang: Lang): string | undefined {
  return /^[A-Z]{2}$/.test(code) ? countries.getName(code, lang, { select: 'alias' }) : undefined;
}

/** Every country, sorted by its name in `lang`; `XX` (stateless) is added by the picker. */
export function countryOptions(lang: Lang): CountryOption[] {
  let list = cache.get(lang);
  if (!list) {
    const collator = new Intl.Collator(lang);
    list = Object.entries(countries.getNames(lang, { select: 'alias' }))
      .map(([code, name]) => ({ code, name }))
      .sort((a, b) => collator.compare(a.name, b.name));
    cache.set(lang, list);
  }
  return list;
}
