// Loads the built Firefox extension (dist-firefox/) into Debian's Firefox ESR
// through puppeteer-core over WebDriver BiDi, as a temporary add-on: no
// geckodriver, no browser download (puppeteer-core has no install script).
//
// Firefox quirks this works around:
// - WebDriver BiDi refuses to navigate to moz-extension:// unless the browser
//   runs with --remote-allow-system-access, and even then reports no
//   navigation events for extension pages (bug 1755014): the popup is opened
//   without waiting for them, and ready once its document says so.
// - The extension's internal UUID is random per profile; the
//   `extensions.webextensions.uuids` preference pins it, so its pages have a
//   known address without about:debugging (where BiDi may not run scripts).
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { askContentScripts, POPUP_PATH, sendRuntimeMessage, type ExtensionSession, type SessionOptions, type TabPage } from './harness';

export const DIST_FIREFOX = resolve(import.meta.dirname, '../../dist-firefox');
/** Any fixed UUID will do: it only has to be the same in the preference and in the pages' addresses. */
export const EXTENSION_UUID = '0b5b6d2e-4a1c-4f3e-9d7a-6c1e2f3a4b5c';

const FIREFOX_CANDIDATES = ['/usr/lib/firefox-esr/firefox-esr', '/usr/bin/firefox-esr'];

export function findFirefox(): string {
  const found = [process.env.FIREFOX_PATH, ...FIREFOX_CANDIDATES].find((p): p is string => !!p && existsSync(p));
  if (!found) throw new Error(`Firefox ESR not found (looked at ${FIREFOX_CANDIDATES.join(', ')}); run scripts/ensure-browsers.sh firefox-esr`);
  return found;
}

export interface FirefoxOptions extends SessionOptions {
  dist?: string;
  /** Extra preferences, e.g. a shorter idle time for the background page. */
  prefs?: Record<string, unknown>;
}

export interface LaunchedFirefox {
  browser: Browser;
  origin: string;
  /** Opens an extension page as a tab and resolves once its document is complete. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

export async function launchFirefox(options: FirefoxOptions = {}): Promise<LaunchedFirefox> {
  const dist = options.dist ?? DIST_FIREFOX;
  if (!existsSync(join(dist, 'manifest.json'))) throw new Error(`${dist}/manifest.json is missing: run \`npm run build\` first`);
  const geckoId = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')).browser_specific_settings.gecko.id as string;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    args: ['--remote-allow-system-access'],
    defaultViewport: options.viewport ?? { width: 1280, height: 900 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: EXTENSION_UUID }),
      // Left on, HTTPS-First and the HSTS preload list would turn the plain-http test page into https before the extension sees it.
      'dom.security.https_first': false,
      'network.stricttransportsecurity.preloadlist': false,
      ...options.prefs,
    },
  });
  try {
    await browser.installExtension(dist);
  } catch (error) {
    await browser.close();
    throw error;
  }
  const origin = `moz-extension://${EXTENSION_UUID}`;
  return {
    browser,
    origin,
    async openExtensionPage(path) {
      const page = await browser.newPage();
      const url = `${origin}/${path}`;
      // No navigation event arrives for extension pages: give up waiting for one, and ask the document instead.
      page.goto(url, { timeout: 1_000 }).catch(() => undefined);
      const deadline = Date.now() + 15_000;
      for (;;) {
        const ready = await page.evaluate(() => `${document.readyState} ${location.href}`).catch(() => '');
        if (ready === `complete ${url}`) return page;
        if (Date.now() > deadline) throw new Error(`${url} did not open (last seen: ${ready || 'nothing'})`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    close: () => browser.close(),
  };
}

function firefoxTab(page: Page): TabPage {
  const find = async (selector: string, text?: string, shown = false) => {
    const handle = await page.waitForFunction(
      (sel: string, txt: string | null, visible: boolean) =>
        Array.from(document.querySelectorAll<HTMLElement>(sel)).find((e) => (txt === null || (e.textContent ?? '').includes(txt)) && (!visible || e.getClientRects().length > 0)) ?? null,
      { timeout: 30_000, polling: 50 },
      selector,
      text ?? null,
      shown,
    );
    const element = handle.asElement();
    if (!element) throw new Error(`no element ${selector}`);
    return element as ElementHandle<Element>;
  };
  return {
    evaluate: (fn, arg) => page.evaluate(fn as (a: unknown) => unknown, arg) as never,
    click: async (selector, text) => {
      await page.bringToFront();
      await (await find(selector, text, true)).click();
    },
    fill: async (selector, value) => {
      // A tab in the background gets no animation frames, which the locator waits for.
      await page.bringToFront();
      await find(selector, undefined, true);
      await page.locator(selector).fill(value);
    },
    select: async (selector, value) => {
      await page.bringToFront();
      await (await find(selector, undefined, true)).focus();
      await find(`${selector} option[value="${value}"]`);
      await page.select(selector, value);
    },
    waitFor: async (selector, text) => void (await find(selector, text, true)),
    screenshot: async (path) => void (await page.screenshot({ path })),
    close: () => page.close(),
  };
}

export async function launchFirefoxSession(options: FirefoxOptions = {}): Promise<ExtensionSession> {
  const ff = await launchFirefox(options);
  const served = new Map<string, string>();
  let control: Promise<Page> | undefined;
  const controlPage = () => (control ??= ff.openExtensionPage(POPUP_PATH));
  return {
    browser: 'firefox',
    send: async (message) => (await controlPage()).evaluate(sendRuntimeMessage, message) as never,
    sendToContentScripts: async (message) => (await controlPage()).evaluate(askContentScripts, message) as never,
    openPopup: async (query = '') => firefoxTab(await ff.openExtensionPage(`${POPUP_PATH}${query}`)),
    async openServed(url, html) {
      served.set(url, html);
      const page = await ff.browser.newPage();
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        const body = served.get(request.url());
        void (body === undefined ? request.abort() : request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body }));
      });
      await page.goto(url);
      return firefoxTab(page);
    },
    close: () => ff.close(),
  };
}
