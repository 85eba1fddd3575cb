#!/usr/bin/env node
// Builds the Chromium extension, then runs scripts/start-session.ts (compiled
// with esbuild; Node 20 cannot strip types, and the launch code is shared
// with the browser tests).
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = resolve(import.meta.dirname, '..');
const step = (cmd, args) => {
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

step('npx', ['vite', 'build', '--logLevel', 'warn']);
step('bash', ['scripts/ensure-browsers.sh', 'chromium']);

const outDir = resolve(root, '.tmp');
mkdirSync(outDir, { recursive: true });
const outfile = resolve(outDir, 'start-session.mjs');
await build({
  entryPoints: [resolve(root, 'scripts/start-session.ts')],
  bundle: true,
  packages: 'external',
  platform: 'node',
  target: 'node20',
  format: 'esm',
  outfile,
  logLevel: 'warning',
});
const { start } = await import(pathToFileURL(outfile).href);
await start(root);
