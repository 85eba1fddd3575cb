// Loads a language's UI strings from the extension's own files (never the
// network), so the popup can switch language without restarting the browser.
import browser from 'webextension-polyfill';
import type { Lang } from '../rules/types';
import type { Catalog } from './translate';

export async function loadCatalog(lang: Lang): Promise<Catalog> {
  const response = await fetch(browser.runtime.getURL(`_locales/${lang}/messages.json`));
  return (await response.json()) as Catalog;
}

export function browserUiLanguage(): string {
  return browser.i18n.getUILanguage();
}
