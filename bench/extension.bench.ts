// The extension in Chromium: the popup's time to first render (navigation start
// to the `vpa-first-render` mark the popup sets once the case list, or the open
// case's form with its counts, is on screen) and to `vpa-checked` (every count
// on screen is today's and the open case's full report has arrived), with 1
// and with 50 and 500 stored cases, with the service worker running and freshly stopped
// (as after 30 s idle), and on the first opening of a day, when the stored
// counts are yesterday's; the elements then on screen; and the size of each
// built file (raw and gzip). The floor beside them: the same opening of an
// extension page that loads one empty script and sets both marks at once.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { baseMarriageCase } from '../tests/scenarios/base';
import type { Page } from 'playwright-core';
import { launchExtension, sendFromPage, type LaunchedExtension } from '../tests/e2e/harness';
import { median, progress, type BenchRow } from './bench';
import { generateCases } from './generate-cases';

const RUNS = 9;
/** The issue's target for the first render with 50 stored cases. */
const TARGET_MS = 100;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** The files a module loads before it runs (static imports, transitively), and those it may load later (`import()`). */
function importGraph(dist: string, entries: string[]): { now: Set<string>; later: Set<string> } {
  const now = new Set<string>();
  const later = new Set<string>();
  const visit = (rel: string, into: Set<string>) => {
    if (now.has(rel) || into.has(rel)) return;
    into.add(rel);
    const code = readFileSync(join(dist, rel), 'utf8');
    const near = (spec: string) => relative(dist, join(dist, dirname(rel), spec));
    for (const m of code.matchAll(/(?:\bfrom|\bimport)\s*["'`]([^"'`]+\.js)["'`]/g)) visit(near(m[1]!), into);
    for (const m of code.matchAll(/\bimport\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g)) visit(near(m[1]!), later);
  };
  for (const entry of entries) visit(entry, now);
  for (const rel of now) later.delete(rel);
  return { now, later };
}

/** Who loads each built file, and whether before the popup's first render. */
function roles(dist: string): Map<string, string[]> {
  const popupHtml = readFileSync(join(dist, 'src/popup/index.html'), 'utf8');
  const popupEntries = [...popupHtml.matchAll(/(?:src|href)="\/([^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  const worker = importGraph(dist, ['service-worker-loader.js']);
  const popup = importGraph(dist, popupEntries);
  const manifest = readFileSync(join(dist, 'manifest.json'), 'utf8');
  const out = new Map<string, string[]>();
  const add = (rel: string, role: string) => out.set(rel, [...(out.get(rel) ?? []), role]);
  for (const rel of worker.now) add(rel, 'background worker');
  for (const rel of popup.now) add(rel, 'popup, first render');
  for (const rel of popup.later) add(rel, 'popup, on demand');
  for (const rel of filesUnder(dist).map((f) => relative(dist, f))) if (!out.has(rel) && manifest.includes(rel)) add(rel, 'manifest entry');
  return out;
}

function bundleRows(dist: string): BenchRow[] {
  const files = filesUnder(dist).filter((f) => /\.(js|css|html)$/.test(f) && !relative(dist, f).startsWith('bench-floor'));
  const roleOf = roles(dist);
  return files
    .map((file) => ({ file, raw: readFileSync(file) }))
    .sort((a, b) => b.raw.length - a.raw.length)
    .flatMap(({ file, raw }) => {
      const name = relative(dist, file);
      const role = (roleOf.get(name) ?? ['chunk']).join('; ');
      return [
        { metric: `${name} (${role})`, value: Number((raw.length / 1024).toFixed(1)), unit: 'kB raw', note: `${(gzipSync(raw, { level: 9 }).length / 1024).toFixed(1)} kB gzip` },
      ];
    });
}

interface Timing {
  firstRender: number;
  checked: number;
  /** Elements in the document once checked: what the first screen costs to draw and lay out. */
  elements: number;
}

/** The floor's page, written into the built extension: the browser's own cost of opening an extension page. */
const FLOOR_PAGE = 'bench-floor.html';

function writeFloorPage(dist: string): void {
  writeFileSync(join(dist, FLOOR_PAGE), '<!doctype html><html><head><meta charset="utf-8"><script src="bench-floor.js" type="module"></script></head><body></body></html>');
  writeFileSync(join(dist, 'bench-floor.js'), "performance.mark('vpa-first-render');\nperformance.mark('vpa-checked');\n");
}

async function openPopupTimed(ext: LaunchedExtension, cold: boolean, path = 'src/popup/index.html'): Promise<Timing> {
  if (cold) await ext.stopWorker();
  const page = await ext.context.newPage();
  try {
    await page.goto(`chrome-extension://${ext.extensionId}/${path}`);
    const at = async (mark: string) => {
      const handle = await page.waitForFunction((name) => performance.getEntriesByName(name)[0]?.startTime, mark, { timeout: 30_000 });
      return (await handle.jsonValue()) as number;
    };
    const firstRender = await at('vpa-first-render');
    const checked = await at('vpa-checked');
    return { firstRender, checked, elements: await page.evaluate(() => document.getElementsByTagName('*').length) };
  } finally {
    await page.close();
  }
}

/** As on the first opening of a day: every stored count is yesterday's. */
async function makeCountsStale(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const storage = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, any>>; set(v: object): Promise<void> } } } }).chrome.storage.local;
    const { index } = await storage.get('index');
    for (const entry of index.cases) if (entry.summary) entry.summary.checkedOn = '2000-01-01';
    await storage.set({ index });
  });
}

interface Scenario {
  label: string;
  cases: unknown[];
  /** Deleting the active case leaves no case open: the popup then shows the list. */
  clearActive?: boolean;
  staleCounts?: boolean;
}

/** The floor's median first mark, with the worker running: what no popup can beat on this machine. */
async function measureFloor(dist: string): Promise<number> {
  const ext = await launchExtension({ dist });
  try {
    await openPopupTimed(ext, false, FLOOR_PAGE);
    const values: number[] = [];
    for (let i = 0; i < RUNS; i++) values.push((await openPopupTimed(ext, false, FLOOR_PAGE)).firstRender);
    progress(`floor: ${values.map((v) => v.toFixed(0)).join(' ')} ms`);
    return median(values);
  } finally {
    await ext.close();
  }
}

async function measureScenario(dist: string, { label, cases, clearActive, staleCounts }: Scenario, floor: number): Promise<BenchRow[]> {
  const ext = await launchExtension({ dist });
  try {
    const setup = await ext.openPopup();
    const answer = await sendFromPage<{ ok: boolean; ids?: string[]; errors?: unknown }>(setup, { type: 'ui-bg/import', text: JSON.stringify(cases) });
    if (!answer.ok || !answer.ids) throw new Error(`seeding ${label} failed: ${JSON.stringify(answer.errors).slice(0, 500)}`);
    if (clearActive) await sendFromPage(setup, { type: 'ui-bg/delete-case', id: answer.ids[0] });
    const run = async (cold: boolean) => {
      if (staleCounts) await makeCountsStale(setup);
      return openPopupTimed(ext, cold);
    };
    await run(false);
    const warm: Timing[] = [];
    const cold: Timing[] = [];
    for (let i = 0; i < RUNS; i++) {
      warm.push(await run(false));
      cold.push(await run(true));
    }
    await setup.close();
    const list = (values: Timing[], key: 'firstRender' | 'checked') => values.map((x) => x[key].toFixed(0)).join(' ');
    progress(`${label}: first render warm ${list(warm, 'firstRender')}; cold ${list(cold, 'firstRender')} ms`);
    progress(`${label}: checked warm ${list(warm, 'checked')}; cold ${list(cold, 'checked')} ms`);
    const row = (what: string, worker: string, values: number[], target: boolean): BenchRow => ({
      metric: `popup ${what}, ${label}, worker ${worker} (median)`,
      value: Number(median(values).toFixed(1)),
      unit: 'ms',
      note: `range ${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)} ms, ${RUNS} runs${target ? `; target ≤ ${TARGET_MS} ms${median(values) > TARGET_MS ? ' — ABOVE' : ''}; ${(median(values) / floor).toFixed(1)}× the floor` : ''}`,
    });
    const rows: BenchRow[] = [];
    for (const [worker, values] of [['running', warm], ['stopped', cold]] as const) {
      rows.push(row('first render', worker, values.map((v) => v.firstRender), true));
      rows.push(row('checked', worker, values.map((v) => v.checked), false));
    }
    rows.push({ metric: `popup elements on screen, ${label}`, value: median(warm.map((v) => v.elements)), unit: 'elements' });
    return rows;
  } finally {
    await ext.close();
  }
}

export async function run(): Promise<BenchRow[]> {
  // bench/run.mjs runs every section from the project root.
  const root = process.cwd();
  progress('building dist/ (vite build)');
  const built = spawnSync('npx', ['vite', 'build', '--logLevel', 'error'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (built.status !== 0) throw new Error('vite build failed');
  const rows: BenchRow[] = [];
  writeFloorPage(join(root, 'dist'));
  const floor = await measureFloor(join(root, 'dist'));
  rows.push({ metric: 'floor: an extension page with one empty script, opened the same way (median)', value: Number(floor.toFixed(1)), unit: 'ms', note: `${RUNS} runs; the browser's own cost, which no popup can go below` });
  const scenarios: Scenario[] = [
    { label: '1 case open', cases: [baseMarriageCase()] },
    { label: '50 cases, active one open', cases: generateCases(50) },
    { label: '49 cases, list shown', cases: generateCases(50), clearActive: true },
    { label: '49 cases, list shown, counts from yesterday', cases: generateCases(50), clearActive: true, staleCounts: true },
    // A caseworker's office: the list draws its first 100 rows, searches and filters the rest.
    { label: '500 cases, active one open', cases: generateCases(500) },
    { label: '499 cases, list shown', cases: generateCases(500), clearActive: true },
    { label: '499 cases, list shown, counts from yesterday', cases: generateCases(500), clearActive: true, staleCounts: true },
  ];
  for (const scenario of scenarios) rows.push(...(await measureScenario(join(root, 'dist'), scenario, floor)));
  rows.push(...bundleRows(join(root, 'dist')));
  return rows;
}
