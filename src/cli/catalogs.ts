// The extension's own UI strings, bundled into visa-check: the report, the
// calendar and the overview read the same words in the terminal's files as in
// the browser.
import en from '../../public/_locales/en/messages.json';
import fr from '../../public/_locales/fr/messages.json';
import nl from '../../public/_locales/nl/messages.json';
import { createI18n, type Catalog, type I18n } from '../popup/translate';
import type { Lang } from '../rules/types';

const CATALOGS: Record<Lang, Catalog> = { en, fr, nl };

export function cliI18n(lang: Lang): I18n {
  return createI18n(lang, CATALOGS[lang]);
}
