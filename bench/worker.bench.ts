// The background's cold start in Chromium and in Firefox: the worker (Chromium's
// service worker, Firefox's event page) is stopped, the popup's first message
// (ui-bg/list-cases) is sent, and the answer timed; the same against an empty
// background that answers that message from storage, in a copy of the build.
// The ratio is what the background's own code costs each time it wakes up.
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchFirefox } from '../tests/e2e/firefox';
import { launchExtension, POPUP_PATH, sendFromPage, sendRuntimeMessage } from '../tests/e2e/harness';
import { median, progress, type BenchRow } from './bench';
import { removeDir, tempDir } from '../scripts/release';

const RUNS = 9;
const FIRST_MESSAGE = { type: 'ui-bg/list-cases' };
/** Firefox stops an idle event page after this long here (30 s by default). */
const FIREFOX_IDLE_MS = 500;

/** A copy of `dist` whose background only answers the first message, from storage, as ours does. */
function emptyBackground(dist: string, into: string): string {
  cpSync(dist, into, { recursive: true });
  writeFileSync(
    join(into, 'service-worker-loader.js'),
    "chrome.runtime.onMessage.addListener((m, s, reply) => { chrome.storage.local.get('index').then(() => reply({ cases: [], activeId: null })); return true; });\n",
  );
  return into;
}

async function chromiumColdStarts(dist: string): Promise<number[]> {
  const ext = await launchExtension({ dist });
  try {
    const popup = await ext.openPopup();
    await sendFromPage(popup, FIRST_MESSAGE);
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      await ext.stopWorker();
      const start = performance.now();
      await sendFromPage(popup, FIRST_MESSAGE);
      times.push(performance.now() - start);
    }
    return times;
  } finally {
    await ext.close();
  }
}

async function firefoxColdStarts(dist: string): Promise<number[]> {
  // Firefox has no command to stop a background page: it is let idle out, quickly.
  const ff = await launchFirefox({ dist, prefs: { 'extensions.background.idle.timeout': FIREFOX_IDLE_MS } });
  try {
    const popup = await ff.openExtensionPage(POPUP_PATH);
    await popup.evaluate(sendRuntimeMessage, FIRST_MESSAGE);
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      await new Promise((r) => setTimeout(r, FIREFOX_IDLE_MS * 4));
      const start = performance.now();
      await popup.evaluate(sendRuntimeMessage, FIRST_MESSAGE);
      times.push(performance.now() - start);
    }
    return times;
  } finally {
    await ff.close();
  }
}

function backgroundBytes(dist: string): number {
  const loader = readFileSync(join(dist, 'service-worker-loader.js'), 'utf8');
  return [...loader.matchAll(/import\s+['"]\.\/([^'"]+)['"]/g)].reduce((sum, m) => sum + statSync(join(dist, m[1]!)).size, loader.length);
}

export async function run(): Promise<BenchRow[]> {
  const root = process.cwd();
  progress('building dist/ and dist-firefox/');
  const built = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (built.status !== 0) throw new Error('npm run build failed');
  const work = tempDir('vpa-worker-bench-');
  const rows: BenchRow[] = [];
  try {
    for (const [browser, dir, coldStarts] of [['Chromium', 'dist', chromiumColdStarts], ['Firefox', 'dist-firefox', firefoxColdStarts]] as const) {
      const dist = join(root, dir);
      const ours = await coldStarts(dist);
      const empty = await coldStarts(emptyBackground(dist, join(work, dir)));
      progress(`${browser}: ours ${ours.map((t) => t.toFixed(0)).join(' ')} ms; empty ${empty.map((t) => t.toFixed(0)).join(' ')} ms`);
      const note = (values: number[]) => `range ${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)} ms, ${RUNS} runs`;
      rows.push({ metric: `${browser}: first answer after a cold start, our background (median)`, value: Number(median(ours).toFixed(1)), unit: 'ms', note: note(ours) });
      rows.push({ metric: `${browser}: first answer after a cold start, empty background (median)`, value: Number(median(empty).toFixed(1)), unit: 'ms', note: note(empty) });
      rows.push({ metric: `${browser}: cold start, ours ÷ empty`, value: Number((median(ours) / median(empty)).toFixed(2)), unit: '×' });
      rows.push({ metric: `${browser}: background code loaded at start`, value: Number((backgroundBytes(dist) / 1024).toFixed(1)), unit: 'kB raw' });
    }
  } finally {
    removeDir(work);
  }
  return rows;
}
