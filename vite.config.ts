// One manifest, two builds: `vite build` for Chromium (dist/), `vite build
// --mode firefox` for Firefox (dist-firefox/: background.scripts and a gecko
// id, which Firefox's MV3 needs and Chromium's rejects).
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import manifest from './manifest.json' with { type: 'json' };

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

export default defineConfig(({ mode }) => {
  const firefox = mode === 'firefox';
  return {
    plugins: [
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
    },
  };
});
