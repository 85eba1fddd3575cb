// A caseworker's folder on paper: the built visa-check writing the overview of
// 1,000 generated case files (`report FOLDER`) and their table (`check FOLDER
// --csv`), one process each, wall time with start-up.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCli } from '../scripts/build-cli.mjs';
import { median, progress, type BenchRow } from './bench';
import { generateCases } from './generate-cases';

const FILES = 1_000;

/** CPU time of the finished child processes (Linux: /proc/self/stat cutime + cstime, 100 ticks a second); wall time on a shared machine counts the others' load too. */
function childrenCpuMs(): number | null {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return null;
  }
}

export async function run(): Promise<BenchRow[]> {
  const root = process.cwd();
  const dir = mkdtempSync(join(tmpdir(), 'visa-check-report-bench-'));
  try {
    const cli = join(dir, 'visa-check.mjs');
    await buildCli(cli, root);
    const folder = join(dir, 'cases');
    mkdirSync(folder);
    generateCases(FILES, 11).forEach((c, i) => writeFileSync(join(folder, `case-${String(i).padStart(4, '0')}.json`), JSON.stringify(c, null, 2)));
    // One broken file among them: a row with its error, never the end of the run.
    writeFileSync(join(folder, 'case-broken.json'), '{"format": "visa-case/1", "caseType": "marriage", "applicant": {"birthDate": "1990-02-30"}}');
    progress(`${FILES} files written; running the built visa-check over them`);

    const outPath = join(dir, 'out');
    const runOnce = (args: string[]) => {
      const fd = openSync(outPath, 'w');
      const cpuBefore = childrenCpuMs();
      const start = performance.now();
      const r = spawnSync(process.execPath, [cli, ...args, '--on', '2025-06-01'], { stdio: ['ignore', fd, 'pipe'], cwd: root });
      const ms = performance.now() - start;
      closeSync(fd);
      if (r.status === null || r.status > 2) throw new Error(`visa-check exited ${r.status}: ${r.stderr.toString().slice(0, 500)}`);
      const cpuAfter = childrenCpuMs();
      return { ms, cpu: cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore, out: readFileSync(outPath, 'utf8') };
    };
    const overview = [0, 1, 2].map(() => runOnce(['report', folder]));
    const rows = (overview[0]!.out.match(/<tr/g) ?? []).length - 1;
    if (rows !== FILES + 1) throw new Error(`expected ${FILES + 1} rows in the overview, got ${rows}`);
    const csv = [0, 1, 2].map(() => runOnce(['check', folder, '--csv']));
    const lines = csv[0]!.out.trimEnd().split('\r\n').length - 1;
    if (lines !== FILES + 1) throw new Error(`expected ${FILES + 1} CSV rows, got ${lines}`);
    const size = Buffer.byteLength(overview[0]!.out);
    const cpu = (runs: { cpu: number | null }[]) => (runs.every((r) => r.cpu !== null) ? `, CPU ${median(runs.map((r) => r.cpu!))} ms` : '');
    return [
      { metric: `visa-check report FOLDER, ${FILES.toLocaleString('en')} files + 1 broken (wall)`, value: Math.round(median(overview.map((r) => r.ms))), unit: 'ms', note: `median of 3${cpu(overview)}; overview ${Math.round(size / 1024)} kB` },
      { metric: `visa-check check FOLDER --csv, ${FILES.toLocaleString('en')} files + 1 broken (wall)`, value: Math.round(median(csv.map((r) => r.ms))), unit: 'ms', note: `median of 3${cpu(csv)}` },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
