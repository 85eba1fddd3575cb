// The rule core on one core: parsing and checking generated cases in-process,
// then the built visa-check over a folder of 10,000 files in one process.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { parseCaseValue } from '../src/case/parse';
import { checkCase } from '../src/rules/engine';
import type { Lang } from '../src/rules/types';
import { median, progress, timeMs, type BenchRow } from './bench';
import { generateCases } from './generate-cases';

const CASES = 4000;
const ROUNDS = 7;
const FOLDER_FILES = 10_000;
const TARGET_PER_SECOND = 50_000;
const LANGS: readonly Lang[] = ['nl', 'fr', 'en'];

/** Decoded JSON as a file gives it: every round parses fresh objects, as the CLI does. */
function checkAll(texts: readonly string[]): number {
  let errors = 0;
  for (let i = 0; i < texts.length; i++) {
    const parsed = parseCaseValue(JSON.parse(texts[i]!));
    if (!parsed.ok) throw new Error(`generated case ${i} does not parse: ${JSON.stringify(parsed.errors)}`);
    const report = checkCase(parsed.value, { today: '2025-06-01', lang: LANGS[i % 3]! });
    for (const f of report.findings) if (f.severity === 'error') errors++;
  }
  return errors;
}

function measureInProcess(): BenchRow[] {
  const texts = generateCases(CASES).map((c) => JSON.stringify(c));
  progress(`${CASES} generated cases, ${ROUNDS} rounds after warm-up`);
  checkAll(texts);
  checkAll(texts);
  const rates: number[] = [];
  for (let round = 0; round < ROUNDS; round++) rates.push(CASES / (timeMs(() => checkAll(texts)) / 1000));
  const parseOnly = median(
    Array.from({ length: ROUNDS }, () => CASES / (timeMs(() => texts.forEach((t) => parseCaseValue(JSON.parse(t)))) / 1000)),
  );
  const rate = median(rates);
  return [
    { metric: 'cases/s checked, parsing included (median)', value: Math.round(rate), unit: 'cases/s', note: `target ≥ ${TARGET_PER_SECOND.toLocaleString('en')}${rate < TARGET_PER_SECOND ? ' — BELOW' : ''}` },
    { metric: 'slowest / fastest round', value: Math.round(Math.min(...rates)), unit: 'cases/s', note: `fastest ${Math.round(Math.max(...rates))}` },
    { metric: 'cases/s parsed only (JSON.parse + parseCaseValue)', value: Math.round(parseOnly), unit: 'cases/s' },
    { metric: 'time per case, parsing included', value: Number((1e6 / rate).toFixed(1)), unit: 'µs' },
  ];
}

async function measureCli(): Promise<BenchRow[]> {
  // bench/run.mjs runs every section from the project root.
  const root = process.cwd();
  const dir = mkdtempSync(join(tmpdir(), 'visa-check-bench-'));
  try {
    const cli = join(dir, 'visa-check.mjs');
    await build({
      entryPoints: [join(root, 'src/cli/main.ts')],
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'esm',
      outfile: cli,
      banner: { js: '#!/usr/bin/env node' },
      logLevel: 'warning',
    });
    const folder = join(dir, 'cases');
    mkdirSync(folder);
    generateCases(FOLDER_FILES, 7).forEach((c, i) => writeFileSync(join(folder, `case-${String(i).padStart(5, '0')}.json`), JSON.stringify(c, null, 2)));
    progress(`${FOLDER_FILES} files written; running the built visa-check over them`);

    const outPath = join(dir, 'out.jsonl');
    const runOnce = (args: string[]) => {
      const fd = openSync(outPath, 'w');
      const start = performance.now();
      const r = spawnSync(process.execPath, [cli, ...args], { stdio: ['ignore', fd, 'pipe'], cwd: root });
      const ms = performance.now() - start;
      closeSync(fd);
      if (r.status === null || r.status > 1) throw new Error(`visa-check exited ${r.status}: ${r.stderr.toString().slice(0, 500)}`);
      return ms;
    };
    const startup = median([0, 1, 2].map(() => runOnce(['check', join(folder, 'case-00000.json'), '--json', '--on', '2025-06-01'])));
    const wall = runOnce(['check', folder, '--json', '--on', '2025-06-01']);
    const lines = readFileSync(outPath, 'utf8').trimEnd().split('\n').length;
    if (lines !== FOLDER_FILES) throw new Error(`expected ${FOLDER_FILES} JSON lines, got ${lines}`);
    return [
      { metric: `visa-check check FOLDER --json, ${FOLDER_FILES.toLocaleString('en')} files (wall)`, value: Math.round(wall), unit: 'ms', note: `${Math.round(FOLDER_FILES / (wall / 1000))} files/s, one process` },
      { metric: 'visa-check check FILE --json (wall, start-up included)', value: Math.round(startup), unit: 'ms' },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function run(): Promise<BenchRow[]> {
  return [...measureInProcess(), ...(await measureCli())];
}
