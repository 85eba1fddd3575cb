#!/usr/bin/env node
// Bundles visa-check into one file for Node 20 (`npm run build:cli`); the
// built-command test and the benchmarks build it with the same options.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(import.meta.dirname, '..');

/** `require` for the CommonJS packages inside the ES module (the calendar library's random ids need Node's crypto). */
const BANNER = "#!/usr/bin/env node\nimport { createRequire } from 'node:module'; const require = createRequire(import.meta.url);";

/**
 * `project`: the project folder, for callers bundled elsewhere (the benchmarks).
 * @param {string} [outfile]
 * @param {string} [project]
 */
export function buildCli(outfile = resolve(root, 'dist-cli/visa-check.mjs'), project = root) {
  return build({
    entryPoints: [resolve(project, 'src/cli/main.ts')],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    outfile,
    banner: { js: BANNER },
    logLevel: 'warning',
  });
}

// Run as `node scripts/build-cli.mjs`, not when bundled into a benchmark.
if (import.meta.url.endsWith('/scripts/build-cli.mjs') && process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await buildCli();
