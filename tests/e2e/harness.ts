// Loads the built extension (dist/) into Debian's Chromium through Playwright:
// Google Chrome 137+ ignores --load-extension, and new headless mode runs MV3
// service workers without a display (shared/notes/toolchain.md).
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import jsQR from 'jsqr';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';

export const DIST = resolve(import.meta.dirname, '../../dist');
export const POPUP_PATH = 'src/popup/index.html';

const CHROMIUM_CANDIDATES = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'];

export function findChromium(): string {
  const found = [process.env.CHROMIUM_PATH, ...CHROMIUM_CANDIDATES].find((p): p is string => !!p && existsSync(p));
  if (!found) throw new Error(`Chromium not found (looked at ${CHROMIUM_CANDIDATES.join(', ')}); run scripts/ensure-browsers.sh chromium`);
  return found;
}

export interface LaunchedExtension {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** The popup opened as a tab (Playwright cannot click the toolbar button). */
  openPopup(): Promise<Page>;
  /** The current service worker, waiting for a new one when the last was stopped. */
  currentWorker(): Promise<Worker>;
  /**
   * Stops the extension's service worker as Chromium does after 30 s idle
   * (CDP ServiceWorker.stopWorker) and resolves once it reports `stopped`.
   * The answer's `isRunning()` tells whether it has been started again since.
   */
  stopWorker(): Promise<{ isRunning(): boolean }>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  dist?: string;
  headless?: boolean;
  /** Keep the profile (and its storage) in this folder instead of a throw-away one. */
  profileDir?: string;
  viewport?: { width: number; height: number };
}

export async function launchExtension(options: LaunchOptions = {}): Promise<LaunchedExtension> {
  const dist = options.dist ?? DIST;
  if (!existsSync(join(dist, 'manifest.json'))) throw new Error(`${dist}/manifest.json is missing: run \`npm run build\` first`);
  const profile = options.profileDir ?? mkdtempSync(join(tmpdir(), 'vpa-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: options.headless ?? true,
    viewport: options.viewport ?? { width: 420, height: 640 },
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      `--disable-extensions-except=${dist}`,
      `--load-extension=${dist}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });

  async function currentWorker(): Promise<Worker> {
    const running = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    return running ?? context.waitForEvent('serviceworker', { timeout: 15_000 });
  }

  let worker: Worker;
  try {
    worker = await currentWorker();
  } catch (error) {
    await context.close();
    throw error;
  }
  const extensionId = new URL(worker.url()).host;

  // One page kept open on the extension's origin to follow the worker through CDP's ServiceWorker domain.
  let watcher: Promise<Watcher> | undefined;
  interface Watcher {
    cdp: CDPSession;
    versionId?: string;
    status: string;
    waitFor(status: string): Promise<void>;
  }
  function watch(): Promise<Watcher> {
    watcher ??= (async () => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/manifest.json`);
      const cdp = await context.newCDPSession(page);
      const waiting: { status: string; done(): void }[] = [];
      const w: Watcher = {
        cdp,
        status: 'unknown',
        waitFor: (status) => new Promise<void>((done) => waiting.push({ status, done })),
      };
      cdp.on('ServiceWorker.workerVersionUpdated', (event) => {
        for (const v of event.versions.filter((x) => x.scriptURL.startsWith(`chrome-extension://${extensionId}/`))) {
          w.versionId = v.versionId;
          w.status = v.runningStatus;
          for (let i = waiting.length - 1; i >= 0; i--) {
            if (waiting[i]!.status === v.runningStatus) waiting.splice(i, 1)[0]!.done();
          }
        }
      });
      await cdp.send('ServiceWorker.enable');
      return w;
    })();
    return watcher;
  }

  return {
    context,
    extensionId,
    worker,
    currentWorker,
    async stopWorker() {
      const w = await watch();
      const deadline = Date.now() + 5_000;
      while (!w.versionId && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      if (!w.versionId) throw new Error('the extension service worker is not registered');
      const stopped = w.waitFor('stopped');
      if (w.status !== 'stopped') await w.cdp.send('ServiceWorker.stopWorker', { versionId: w.versionId });
      await stopped;
      return { isRunning: () => w.status === 'running' || w.status === 'starting' };
    },
    async openPopup() {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${POPUP_PATH}`);
      return page;
    },
    async close() {
      await context.close();
      if (!options.profileDir) rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Runs inside an extension page: sends a message as the popup does. */
export function sendRuntimeMessage(message: unknown): Promise<unknown> {
  return (globalThis as unknown as { chrome: { runtime: { sendMessage(x: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(message);
}

/** Runs inside an extension page: sends to every tab and resolves with the first content script's answer, null when none answers. */
export async function askContentScripts(message: unknown): Promise<unknown> {
  const chrome = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: unknown): Promise<unknown> } } }).chrome;
  for (const tab of await chrome.tabs.query({})) {
    if (tab.id === undefined) continue;
    try {
      const answer = await chrome.tabs.sendMessage(tab.id, message);
      if (answer !== undefined) return answer;
    } catch {
      /* no content script in this tab */
    }
  }
  return null;
}

/** Runs inside an extension page: the id of the tab whose content script answers (the vendor page a test opened), null when none does. */
export async function findVendorTab(): Promise<number | null> {
  const chrome = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: unknown): Promise<unknown> } } }).chrome;
  for (const tab of await chrome.tabs.query({})) {
    try {
      if (tab.id !== undefined && (await chrome.tabs.sendMessage(tab.id, { type: 'describe-page' }))) return tab.id;
    } catch {
      /* not a vendor page */
    }
  }
  return null;
}

/** The id of the tab showing a vendor page, asked from an extension page (`page`). */
export async function vendorTabId(page: Page): Promise<number> {
  const id = await page.evaluate(findVendorTab);
  if (id === null) throw new Error('no tab shows a vendor page');
  return id;
}

/** Runs inside the popup: the QR code's pixels, its SVG drawn onto a canvas, as base64 RGBA (a number array is slow to carry over WebDriver BiDi). */
export async function readQrPixels(): Promise<{ width: number; height: number; rgba: string }> {
  const svg = document.querySelector('svg.qr') as SVGSVGElement;
  const text = new XMLSerializer().serializeToString(svg);
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
  await image.decode();
  const size = 400;
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = size;
  const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, size, size);
  ctx.drawImage(image, 0, 0, size, size);
  const bytes = ctx.getImageData(0, 0, size, size).data;
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { width: size, height: size, rgba: btoa(binary) };
}

/** The text of the QR code whose pixels readQrPixels returned; null when none is found. */
export function decodeQr(pixels: { width: number; height: number; rgba: string }): string | null {
  return jsQR(new Uint8ClampedArray(Buffer.from(pixels.rgba, 'base64')), pixels.width, pixels.height)?.data ?? null;
}

/** Sends a message from an extension page, as the popup does. */
export function sendFromPage<T = unknown>(page: Page, message: unknown): Promise<T> {
  return page.evaluate(sendRuntimeMessage, message) as Promise<T>;
}

/** Sends a `bg-cs/*` message from an extension page to whichever tab's content script answers, as the popup does; null when none does. */
export function sendToContentScripts<T = unknown>(page: Page, message: unknown): Promise<T | null> {
  return page.evaluate(askContentScripts, message) as Promise<T | null>;
}

// One interface over both browsers, so that a scenario is written once and run
// in Chromium (Playwright over CDP) and in Firefox (puppeteer-core over
// WebDriver BiDi, tests/e2e/firefox.ts).

export type BrowserName = 'chromium' | 'firefox';
export const BROWSERS: readonly BrowserName[] = ['chromium', 'firefox'];

/** A tab, driven as a user drives it. Selectors are CSS; `text` narrows to the first match whose text contains it. */
export interface TabPage {
  /** Runs `fn` inside the page; on an extension page the extension API is the global `chrome`. */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<Awaited<R>>;
  click(selector: string, text?: string): Promise<void>;
  /** Replaces the field's value as typing would, with the input and change events a page listens to. */
  fill(selector: string, value: string): Promise<void>;
  /** Focuses a select (the popup draws long option lists on focus) and picks the option of this value. */
  select(selector: string, value: string): Promise<void>;
  /** Waits until a matching element is in the document, and shown. */
  waitFor(selector: string, text?: string): Promise<void>;
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

export interface ExtensionSession {
  browser: BrowserName;
  /** Sends a message from an extension page, as the popup does. */
  send<T = unknown>(message: unknown): Promise<T>;
  /** Sends a `bg-cs/*` message to whichever tab's content script answers; null when none does. */
  sendToContentScripts<T = unknown>(message: unknown): Promise<T | null>;
  /** The popup opened as a tab (neither driver can click the toolbar button); `query` is appended to its URL. */
  openPopup(query?: string): Promise<TabPage>;
  /** Opens `url` in a new tab, answered with `html`; every other request of the tab is refused, so nothing leaves the machine. */
  openServed(url: string, html: string): Promise<TabPage>;
  close(): Promise<void>;
}

export interface SessionOptions {
  viewport?: { width: number; height: number };
}

export async function launchSession(browser: BrowserName, options: SessionOptions = {}): Promise<ExtensionSession> {
  if (browser === 'firefox') {
    const { launchFirefoxSession } = await import('./firefox');
    return launchFirefoxSession(options);
  }
  return launchChromiumSession(options);
}

function chromiumTab(page: Page): TabPage {
  const find = (selector: string, text?: string) => (text === undefined ? page.locator(selector) : page.locator(selector, { hasText: text })).first();
  return {
    evaluate: (fn, arg) => page.evaluate(fn as (a: unknown) => unknown, arg) as never,
    click: (selector, text) => find(selector, text).click(),
    fill: (selector, value) => find(selector).fill(value),
    select: async (selector, value) => {
      await find(selector).focus();
      await find(selector).selectOption(value);
    },
    waitFor: (selector, text) => find(selector, text).waitFor(),
    screenshot: async (path) => void (await page.screenshot({ path })),
    close: () => page.close(),
  };
}

async function launchChromiumSession(options: SessionOptions): Promise<ExtensionSession> {
  const ext = await launchExtension({ viewport: options.viewport ?? { width: 1280, height: 900 } });
  await ext.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const served = new Map<string, string>();
  await ext.context.route(/^https?:\/\//, (route) => {
    const html = served.get(route.request().url());
    return html === undefined ? route.abort() : route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
  });
  let control: Promise<Page> | undefined;
  const controlPage = () => (control ??= ext.openPopup());
  return {
    browser: 'chromium',
    send: async (message) => sendFromPage(await controlPage(), message),
    sendToContentScripts: async (message) => sendToContentScripts(await controlPage(), message),
    async openPopup(query = '') {
      const page = await ext.context.newPage();
      await page.goto(`chrome-extension://${ext.extensionId}/${POPUP_PATH}${query}`);
      return chromiumTab(page);
    },
    async openServed(url, html) {
      served.set(url, html);
      const page = await ext.context.newPage();
      await page.goto(url);
      return chromiumTab(page);
    },
    close: () => ext.close(),
  };
}

let axeSource: string | undefined;

/** axe-core's violations on a Chromium page, each with the elements it names. */
export async function axeViolations(p: Page): Promise<{ id: string; nodes: string[] }[]> {
  // Evaluated through the debugging protocol: the extension's CSP rightly refuses inline scripts.
  axeSource ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  if (!(await p.evaluate(() => 'axe' in globalThis))) await p.evaluate(axeSource);
  return p.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  });
}
