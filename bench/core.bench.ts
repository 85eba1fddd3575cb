// The rule core on one core: parsing and checking generated cases in-process,
// then the built visa-check over a folder of 10,000 files in one process.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCli } from '../scripts/build-cli.mjs';
import { parseCaseText } from '../src/case/parse';
import { checkCase } from '../src/rules/engine';
import type { Lang } from '../src/rules/types';
import { median, progress, timeMs, type BenchRow } from './bench';
import { generateCases } from './generate-cases';

const CASES = 4000;
const ROUNDS = 7;
const WARM_UP_ROUNDS = 5;
const FOLDER_FILES = 10_000;
const TARGET_PER_SECOND = 50_000;
const LANGS: readonly Lang[] = ['nl', 'fr', 'en'];

/** The text of each file, as the CLI reads it: every round decodes and validates fresh objects. */
function parseAll(texts: readonly string[]) {
  return texts.map((text, i) => {
    const parsed = parseCaseText(text);
    if (!parsed.ok) throw new Error(`generated case ${i} does not parse: ${JSON.stringify(parsed.errors)}`);
    return parsed.value;
  });
}

/**
 * Counts the errors, as a run that reports only the exit status does; with `read`, also the characters
 * of every message and note, which are then all written, as in the CLI's output.
 */
function checkAll(texts: readonly string[], read = false): number {
  let tally = 0;
  for (let i = 0; i < texts.length; i++) {
    const parsed = parseCaseText(texts[i]!);
    if (!parsed.ok) throw new Error(`generated case ${i} does not parse: ${JSON.stringify(parsed.errors)}`);
    const report = checkCase(parsed.value, { today: '2025-06-01', lang: LANGS[i % 3]! });
    for (const f of report.findings) if (f.severity === 'error') tally++;
    if (read) {
      for (const f of report.findings) tally += f.message.length;
      for (const d of report.deadlines) tally += d.note.length;
    }
  }
  return tally;
}

/**
 * Cases per second of `round` over `count` cases: the median of ROUNDS rounds, and the slowest and fastest.
 * The warm-up rounds let the JIT reach its optimised code for every part of the core first.
 */
function rates(count: number, round: () => void): { median: number; min: number; max: number } {
  for (let i = 0; i < WARM_UP_ROUNDS; i++) round();
  const all: number[] = [];
  for (let i = 0; i < ROUNDS; i++) all.push(count / (timeMs(round) / 1000));
  return { median: median(all), min: Math.min(...all), max: Math.max(...all) };
}

function measureInProcess(): BenchRow[] {
  const texts = generateCases(CASES).map((c) => JSON.stringify(c));
  progress(`${CASES} generated cases, ${ROUNDS} rounds after warm-up`);
  const both = rates(CASES, () => checkAll(texts));
  const parseOnly = rates(CASES, () => parseAll(texts));
  const values = parseAll(texts);
  const checkOnly = rates(CASES, () => values.forEach((v, i) => checkCase(v, { today: '2025-06-01', lang: LANGS[i % 3]! })));
  const withMessages = rates(CASES, () => checkAll(texts, true));
  const rate = both.median;
  return [
    { metric: 'cases/s checked, parsing included (median)', value: Math.round(rate), unit: 'cases/s', note: `target ≥ ${TARGET_PER_SECOND.toLocaleString('en')}${rate < TARGET_PER_SECOND ? ' — BELOW' : ''}` },
    { metric: 'slowest / fastest round', value: Math.round(both.min), unit: 'cases/s', note: `fastest ${Math.round(both.max)}` },
    { metric: 'cases/s parsed only (parseCaseText: JSON.parse + validation)', value: Math.round(parseOnly.median), unit: 'cases/s' },
    { metric: 'cases/s checked only (checkCase on parsed cases)', value: Math.round(checkOnly.median), unit: 'cases/s' },
    { metric: 'cases/s parsed, checked and every message read', value: Math.round(withMessages.median), unit: 'cases/s' },
    { metric: 'time per case, parsing included', value: Number((1e6 / rate).toFixed(1)), unit: 'µs' },
  ];
}

async function measureCli(): Promise<BenchRow[]> {
  // bench/run.mjs runs every section from the project root.
  const root = process.cwd();
  const dir = mkdtempSync(join(tmpdir(), 'visa-check-bench-'));
  try {
    const cli = join(dir, 'visa-check.mjs');
    await buildCli(cli, root);
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
