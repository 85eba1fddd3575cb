// One manifest, two builds: `vite build` for Chromium (dist/), `vite build
// --mode firefox` for Firefox (dist-firefox/: background.scripts and a gecko
// id, which Firefox's MV3 needs and Chromium's rejects).
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig, type Plugin } from 'vite';
import manifest from './manifest.json' with { type: 'json' };
import { keepBlocks, latinBlocks } from './scripts/latin-transliteration.ts';

export const GECKO_ID = 'visa-partner-assistant@visa-partner-assistant.org';

function firefoxManifest(): ManifestV3Export {
  return {
    ...manifest,
    background: { scripts: [manifest.background.service_worker], type: 'module' },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: '142.0',
        // Nothing leaves the browser: cases stay in the extension's local storage.
        data_collection_permissions: { required: ['none'] },
      },
    },
  } as ManifestV3Export;
}

/**
 * The extension never turns strings into code or markup: Manifest V3's CSP forbids eval, and
 * addons.mozilla.org's linter reports the code that could. zod probes `new Function` for its
 * compiled parsers (off in the extension anyway: src/case/zod-config.ts) and Preact writes
 * innerHTML only for `dangerouslySetInnerHTML`, which the popup never uses: both are cut out of the
 * bundles, and the build fails when a new version of either no longer has the code cut here.
 */
function withoutStringEvaluation(): Plugin {
  const cuts = [
    { file: /\/zod\/v4\/core\/util\.js$/, code: /export const allowsEval = \/\* @__PURE__\*\/ cached\(\(\) => \{[\s\S]*?\n\}\);/, by: 'export const allowsEval = { value: false };' },
    { file: /\/zod\/v4\/core\/doc\.js$/, code: /compile\(\) \{[\s\S]*?\n {4}\}/, by: 'compile() {\n        throw new Error("zod compiles no parser in the extension");\n    }' },
    { file: /\/preact\/dist\/preact\.mjs$/, code: /\b(\w+)\.innerHTML=(\w+)\.__html/, by: '(()=>{throw new Error("dangerouslySetInnerHTML is not used in the extension")})()' },
  ];
  return {
    name: 'without-string-evaluation',
    enforce: 'pre',
    transform(code, id) {
      const cut = cuts.find((c) => c.file.test(id));
      if (!cut) return undefined;
      if (!cut.code.test(code)) this.error(`${id} no longer has the code this build cuts out (${cut.code}): check the new version`);
      return { code: code.replace(cut.code, cut.by), map: null };
    },
  };
}

/** any-ascii's table cut to the blocks Latin names use (scripts/latin-transliteration.ts). */
function latinTransliteration(): Plugin {
  return {
    name: 'latin-transliteration',
    enforce: 'pre',
    transform(code, id) {
      return /\/any-ascii\/block\.js$/.test(id) ? { code: keepBlocks(code, latinBlocks()), map: null } : undefined;
    },
  };
}

export default defineConfig(({ mode }) => {
  const firefox = mode === 'firefox';
  return {
    plugins: [
      withoutStringEvaluation(),
      latinTransliteration(),
      preact(),
      crx({
        manifest: firefox ? firefoxManifest() : (manifest as ManifestV3Export),
        browser: firefox ? 'firefox' : 'chrome',
        // One self-contained file: no loader importing web-accessible chunks that any vendor page could probe for.
        contentScripts: { standaloneFiles: ['src/content/index.ts'] },
      }),
    ],
    build: {
      outDir: firefox ? 'dist-firefox' : 'dist',
      emptyOutDir: true,
      target: firefox ? 'firefox142' : 'chrome120',
      // Extension pages that the manifest does not name: the printable report, opened from the popup.
      rollupOptions: { input: { report: 'src/report-page/index.html' } },
    },
  };
});
