// The check `npm run package` makes on the Chrome package's manifest: it
// passes the manifest we ship and reports what Chrome would refuse or warn
// about, as in the Firefox manifest.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chromeManifestProblems } from '../../scripts/release';

const root = join(import.meta.dirname, '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as Record<string, unknown>;
const locales = Object.fromEntries(readdirSync(join(root, 'public/_locales')).map((lang) => [lang, JSON.parse(readFileSync(join(root, 'public/_locales', lang, 'messages.json'), 'utf8'))]));

describe('the Chrome manifest check', () => {
  it('finds nothing in the manifest and the texts we ship, in every language', () => {
    expect(chromeManifestProblems(manifest, locales)).toEqual([]);
  });

  it('reports the keys only Firefox reads, a version Chrome refuses and a description past the store’s 132 characters', () => {
    const firefoxOnly = { ...manifest, version: '0.1.0-beta', background: { scripts: ['service-worker-loader.js'], type: 'module' }, browser_specific_settings: { gecko: { id: 'x@y' } } };
    const long = { ...locales, fr: { ...locales.fr, extDescription: { message: 'x'.repeat(133) } } };
    expect(chromeManifestProblems(firefoxOnly, long)).toEqual([
      'browser_specific_settings: not a key Chrome knows in Manifest V3',
      'background.scripts: not a key Chrome knows in Manifest V3',
      'version: 0.1.0-beta is not one to four dot-separated integers',
      'description (fr): 133 characters, the store takes at most 132',
    ]);
    expect(chromeManifestProblems({ ...manifest, description: 'y'.repeat(132) }, locales)).toEqual([]);
  });
});
