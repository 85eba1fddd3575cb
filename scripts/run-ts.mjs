#!/usr/bin/env node
// Runs a TypeScript script of this project on Node 20 (which cannot strip
// types): bundle it with esbuild into a temporary file, then import that file.
// Usage: node scripts/run-ts.mjs scripts/generate-schema.ts [args...]
import { build } from 'esbuild';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [entry, ...rest] = process.argv.slice(2);
if (!entry) {
  process.stderr.write('usage: node scripts/run-ts.mjs FILE.ts [args...]\n');
  process.exit(2);
}
const dir = await mkdtemp(join(tmpdir(), 'run-ts-'));
const outfile = join(dir, 'script.mjs');
try {
  await build({
    entryPoints: [resolve(entry)],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    outfile,
    logLevel: 'warning',
    // Bundled CommonJS dependencies may call require().
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  });
  process.argv = [process.argv[0], resolve(entry), ...rest];
  await import(pathToFileURL(outfile).href);
} finally {
  await rm(dir, { recursive: true, force: true });
}
