#!/usr/bin/env node
// `npm run package`: a clean build, then scripts/release.ts (compiled with
// esbuild, as scripts/start.mjs does) writes release/.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = resolve(import.meta.dirname, '..');
const step = (cmd, args) => {
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

// vite empties dist/ and dist-firefox/ before it writes them: nothing of an earlier build is packed.
step('npm', ['run', 'build']);
step('bash', ['scripts/ensure-browsers.sh', 'chromium']);

const outDir = resolve(root, '.tmp');
mkdirSync(outDir, { recursive: true });
const outfile = resolve(outDir, 'release.mjs');
await build({ entryPoints: [resolve(root, 'scripts/release.ts')], bundle: true, packages: 'external', platform: 'node', target: 'node20', format: 'esm', outfile, logLevel: 'warning' });
const { makeRelease } = await import(pathToFileURL(outfile).href);
const written = await makeRelease(root);
process.stdout.write(`release/:\n${written.map((p) => `  ${relative(root, p)}\n`).join('')}`);
