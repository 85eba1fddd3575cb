// Loads the built extension (dist/) into Debian's Chromium through Playwright:
// Google Chrome 137+ ignores --load-extension, and new headless mode runs MV3
// service workers without a display (shared/notes/toolchain.md).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';

export const DIST = resolve(import.meta.dirname, '../../dist');
export const POPUP_PATH = 'src/popup/index.html';

const CHROMIUM_CANDIDATES = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'];

export function findChromium(): string {
  const found = [process.env.CHROMIUM_PATH, ...CHROMIUM_CANDIDATES].find((p): p is string => !!p && existsSync(p));
  if (!found) throw new Error(`Chromium not found (looked at ${CHROMIUM_CANDIDATES.join(', ')}); run scripts/ensure-chromium.sh`);
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

/** Sends a message from an extension page, as the popup does. */
export function sendFromPage<T = unknown>(page: Page, message: unknown): Promise<T> {
  // Runs inside the page, where the extension API is the global `chrome`.
  return page.evaluate((m) => (globalThis as unknown as { chrome: { runtime: { sendMessage(x: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(m), message) as Promise<T>;
}

/** Sends a `bg-cs/*` message from an extension page to whichever tab's content script answers, as the popup does; null when none does. */
export function sendToContentScripts<T = unknown>(page: Page, message: unknown): Promise<T | null> {
  return page.evaluate(async (m) => {
    const chrome = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: unknown): Promise<unknown> } } }).chrome;
    for (const tab of await chrome.tabs.query({})) {
      if (tab.id === undefined) continue;
      try {
        const answer = await chrome.tabs.sendMessage(tab.id, m);
        if (answer !== undefined) return answer;
      } catch {
        /* no content script in this tab */
      }
    }
    return null;
  }, message) as Promise<T | null>;
}
