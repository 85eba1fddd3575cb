// UI strings from `_locales/<lang>/messages.json`, looked up here rather than
// through `browser.i18n.getMessage`, which is fixed to the browser's language
// and cannot follow the language switch.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Lang } from '../rules/types';

interface CatalogEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

/** The decoded content of one `messages.json`. */
export type Catalog = Record<string, CatalogEntry>;

export type Translate = (key: string, ...substitutions: (string | number)[]) => string;

function fillSubstitutions(text: string, substitutions: readonly (string | number)[]): string {
  return text.replace(/\$(\d)/g, (_, n: string) => String(substitutions[Number(n) - 1] ?? ''));
}

/** Resolves `$NAME$` placeholders and `$1` substitutions the way Chromium does, `$$` included. */
export function translate(catalog: Catalog, key: string, substitutions: readonly (string | number)[] = []): string {
  const entry = catalog[key];
  if (!entry) return key;
  const placeholders = new Map(Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]));
  return entry.message.replace(/\$\$|\$([A-Za-z0-9_@]+)\$|\$(\d)/g, (whole, name: string | undefined, digit: string | undefined) => {
    if (whole === '$$') return '$';
    if (name !== undefined) {
      const content = placeholders.get(name.toLowerCase());
      return content === undefined ? whole : fillSubstitutions(content, substitutions);
    }
    return String(substitutions[Number(digit) - 1] ?? '');
  });
}

/** The product's language for a browser UI language such as `nl-BE` (English when it speaks neither nl nor fr). */
export function pickLang(uiLanguage: string | null | undefined): Lang {
  const base = (uiLanguage ?? '').toLowerCase().split(/[-_]/)[0];
  return base === 'nl' || base === 'fr' ? base : 'en';
}

/** Picks the singular or plural form: French counts 0 as singular, Dutch and English do not. */
export function plural(lang: Lang, n: number, one: string, other: string): string {
  return n === 1 || (lang === 'fr' && n === 0) ? one : other;
}

export interface I18n {
  lang: Lang;
  t: Translate;
}

export function createI18n(lang: Lang, catalog: Catalog): I18n {
  return { lang, t: (key, ...substitutions) => translate(catalog, key, substitutions) };
}

export const I18nContext = createContext<I18n>(createI18n('en', {}));

export function useI18n(): I18n {
  return useContext(I18nContext);
}
