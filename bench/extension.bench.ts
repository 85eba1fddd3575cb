// The extension in Chromium: the popup's time to first render (navigation start
// to the `vpa-first-render` mark the popup sets once the case list or the
// open case's findings are on screen) with 1 and with 50 stored cases, with the
// service worker running and freshly stopped (as after 30 s idle); and the size
// of each built file (raw and gzip).
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { baseMarriageCase } from '../tests/scenarios/base';
import { launchExtension, sendFromPage, type LaunchedExtension } from '../tests/e2e/harness';
import { median, progress, type BenchRow } from './bench';
import { generateCases } from './generate-cases';

const RUNS = 9;
/** A popup that takes longer than this to show something feels slow. */
const TARGET_MS = 200;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Names the entry behind each hashed chunk from the manifest and the popup page. */
function roleOf(file: string, dist: string): string {
  const manifest = readFileSync(join(dist, 'manifest.json'), 'utf8');
  const loader = readFileSync(join(dist, 'service-worker-loader.js'), 'utf8');
  const popupHtml = readFileSync(join(dist, 'src/popup/index.html'), 'utf8');
  const rel = relative(dist, file);
  if (loader.includes(rel.replace(/^assets\//, ''))) return 'background worker';
  if (popupHtml.includes(rel.replace(/^assets\//, ''))) return 'popup';
  if (manifest.includes(rel)) return 'manifest entry';
  return 'chunk';
}

function bundleRows(dist: string): BenchRow[] {
  const files = filesUnder(dist).filter((f) => /\.(js|css|html)$/.test(f));
  return files
    .map((file) => ({ file, raw: readFileSync(file) }))
    .sort((a, b) => b.raw.length - a.raw.length)
    .flatMap(({ file, raw }) => {
      const name = relative(dist, file);
      const role = roleOf(file, dist);
      return [
        { metric: `${name} (${role})`, value: Number((raw.length / 1024).toFixed(1)), unit: 'kB raw', note: `${(gzipSync(raw, { level: 9 }).length / 1024).toFixed(1)} kB gzip` },
      ];
    });
}

async function firstRenderMs(ext: LaunchedExtension, cold: boolean): Promise<number> {
  if (cold) await ext.stopWorker();
  const page = await ext.context.newPage();
  try {
    await page.goto(`chrome-extension://${ext.extensionId}/src/popup/index.html`);
    const handle = await page.waitForFunction(() => performance.getEntriesByName('vpa-first-render')[0]?.startTime, undefined, { timeout: 30_000 });
    return (await handle.jsonValue()) as number;
  } finally {
    await page.close();
  }
}

async function measureScenario(dist: string, label: string, cases: unknown[], clearActive: boolean): Promise<BenchRow[]> {
  const ext = await launchExtension({ dist });
  try {
    const setup = await ext.openPopup();
    const answer = await sendFromPage<{ ok: boolean; ids?: string[]; errors?: unknown }>(setup, { type: 'ui-bg/import', text: JSON.stringify(cases) });
    if (!answer.ok || !answer.ids) throw new Error(`seeding ${label} failed: ${JSON.stringify(answer.errors).slice(0, 500)}`);
    // Deleting the active case leaves no case open: the popup then shows the list.
    if (clearActive) await sendFromPage(setup, { type: 'ui-bg/delete-case', id: answer.ids[0] });
    await setup.close();
    await firstRenderMs(ext, false);
    const warm: number[] = [];
    const cold: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      warm.push(await firstRenderMs(ext, false));
      cold.push(await firstRenderMs(ext, true));
    }
    progress(`${label}: warm ${warm.map((x) => x.toFixed(0)).join(' ')} ms; cold ${cold.map((x) => x.toFixed(0)).join(' ')} ms`);
    const note = (values: number[]) => `range ${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)} ms, ${RUNS} runs; target ≤ ${TARGET_MS} ms${median(values) > TARGET_MS ? ' — ABOVE' : ''}`;
    return [
      { metric: `popup first render, ${label}, worker running (median)`, value: Number(median(warm).toFixed(1)), unit: 'ms', note: note(warm) },
      { metric: `popup first render, ${label}, worker stopped (median)`, value: Number(median(cold).toFixed(1)), unit: 'ms', note: note(cold) },
    ];
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
  rows.push(...(await measureScenario(join(root, 'dist'), '1 case open', [baseMarriageCase()], false)));
  rows.push(...(await measureScenario(join(root, 'dist'), '50 cases, active one open', generateCases(50), false)));
  rows.push(...(await measureScenario(join(root, 'dist'), '49 cases, list shown', generateCases(50), true)));
  rows.push(...bundleRows(join(root, 'dist')));
  return rows;
}
