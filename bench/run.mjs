#!/usr/bin/env node
// npm run bench [-- NAME...]: runs each bench/*.bench.ts section (or those named)
// in its own Node process and prints one table. A section exports
// `run(): Promise<BenchRow[]>` (bench/bench.ts); adding a file adds a section.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const benchDir = dirname(fileURLToPath(import.meta.url));
const root = resolve(benchDir, '..');
const MARK = '@@bench-rows@@';

const wanted = process.argv.slice(2);
const sections = readdirSync(benchDir)
  .filter((f) => f.endsWith('.bench.ts'))
  .map((f) => f.slice(0, -'.bench.ts'.length))
  .filter((name) => wanted.length === 0 || wanted.includes(name))
  .sort();
if (!sections.length) {
  process.stderr.write(`no bench section${wanted.length ? ` named ${wanted.join(', ')}` : ''} in bench/\n`);
  process.exit(2);
}

// Inside the project, so that the bundles resolve the packages left external.
mkdirSync(join(root, 'node_modules/.cache'), { recursive: true });
const tmp = mkdtempSync(join(root, 'node_modules/.cache/bench-'));
const table = [];
let failed = false;
try {
  for (const name of sections) {
    process.stderr.write(`${name}\n`);
    const outfile = join(tmp, `${name}.mjs`);
    await build({
      stdin: {
        contents: `import { run } from './${name}.bench.ts';\nconst rows = await run();\nprocess.stdout.write('${MARK}' + JSON.stringify(rows) + '\\n');\n`,
        resolveDir: benchDir,
        sourcefile: `${name}-entry.ts`,
        loader: 'ts',
      },
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'esm',
      outfile,
      // esbuild stays external: a section may build things itself; playwright-core finds its files from its own folder.
      external: ['esbuild', 'playwright-core', 'puppeteer-core'],
      banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
      logLevel: 'warning',
    });
    // Each section in a fresh process: one section's warm JIT or garbage does not colour the next.
    const r = spawnSync(process.execPath, [outfile], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const line = r.stdout.split('\n').find((l) => l.startsWith(MARK));
    if (r.status !== 0 || !line) {
      failed = true;
      table.push({ section: name, metric: `failed (exit ${r.status})`, value: '', unit: '', note: '' });
      continue;
    }
    for (const row of JSON.parse(line.slice(MARK.length))) table.push({ section: name, ...row });
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

const cells = table.map((r) => [r.section, r.metric, typeof r.value === 'number' ? r.value.toLocaleString('en') : r.value, r.unit, r.note ?? '']);
const head = ['section', 'metric', 'value', 'unit', 'note'];
const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => String(c[i]).length)));
const line = (c) => c.map((v, i) => (i === 2 ? String(v).padStart(widths[i]) : String(v).padEnd(widths[i]))).join('  ').trimEnd();
process.stdout.write(`\nnode ${process.version}, ${process.platform} ${process.arch}\n${line(head)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n${cells.map(line).join('\n')}\n`);
process.exitCode = failed ? 1 : 0;
