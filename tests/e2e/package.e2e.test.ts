// The store archives of `npm run package`, made from the current build: each
// one's content loads in its browser and answers the popup; the Firefox one
// passes Mozilla's linter with nothing to report, the Chrome one's manifest
// has nothing Chrome refuses; the source archive holds what builds it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseMarriageCase } from '../scenarios/base';
import { chromeManifestProblems, lintFirefoxArchive, readLocales, removeDir, tempDir, unzip, writeArchives, type Archives } from '../../scripts/release';
import { launchFirefox } from './firefox';
import { launchExtension, POPUP_PATH, sendFromPage, sendRuntimeMessage } from './harness';

const root = join(import.meta.dirname, '..', '..');
let work: string;
let archives: Archives;

beforeAll(async () => {
  work = tempDir('vpa-package-');
  archives = await writeArchives(root, join(work, 'release'));
});

afterAll(() => removeDir(work));

interface CheckAnswer {
  ok: boolean;
  report: { findings: { rule: string; message: string }[] };
}

describe('the store packages', () => {
  it('are named with package.json’s version', () => {
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect([archives.chrome, archives.firefox, archives.source].map((p) => p.slice(p.lastIndexOf('/') + 1))).toEqual([
      `visa-partner-assistant-${version}-chrome.zip`,
      `visa-partner-assistant-${version}-firefox.zip`,
      `visa-partner-assistant-${version}-source.zip`,
    ]);
  });

  it('Chrome: the manifest has nothing Chrome refuses, and the content loads and checks a case', async () => {
    const dir = join(work, 'chrome');
    await unzip(archives.chrome, dir);
    expect(chromeManifestProblems(JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')), readLocales(dir))).toEqual([]);
    const ext = await launchExtension({ dist: dir });
    try {
      const popup = await ext.openPopup();
      expect(await sendFromPage(popup, { type: 'ui-bg/list-cases' })).toEqual({ cases: [], activeId: null });
      const answer = await sendFromPage<CheckAnswer>(popup, { type: 'ui-bg/check-case', draft: baseMarriageCase(), lang: 'fr' });
      expect(answer.ok).toBe(true);
      expect(answer.report.findings.find((f) => f.rule === 'PAY.FEE')?.message).toMatch(/236/);
    } finally {
      await ext.close();
    }
  });

  it('Firefox: Mozilla’s linter reports nothing, and the content loads and checks a case', async () => {
    const dir = join(work, 'firefox');
    await unzip(archives.firefox, dir);
    expect(lintFirefoxArchive(root, archives.firefox, dir)).toEqual({ errors: 0, warnings: 0, notices: 0, messages: [] });
    const ff = await launchFirefox({ dist: dir });
    try {
      const popup = await ff.openExtensionPage(POPUP_PATH);
      expect(await popup.evaluate(sendRuntimeMessage, { type: 'ui-bg/list-cases' })).toEqual({ cases: [], activeId: null });
      const answer = (await popup.evaluate(sendRuntimeMessage, { type: 'ui-bg/check-case', draft: baseMarriageCase(), lang: 'nl' })) as CheckAnswer;
      expect(answer.ok).toBe(true);
      expect(answer.report.findings.find((f) => f.rule === 'PAY.FEE')?.message).toMatch(/236/);
    } finally {
      await ff.close();
    }
  });

  it('source: holds what `npm ci && npm run build` needs and nothing built or installed', async () => {
    const names = Object.keys((await JSZip.loadAsync(readFileSync(archives.source))).files);
    for (const needed of ['package.json', 'package-lock.json', 'manifest.json', 'vite.config.ts', 'src/background/index.ts', 'public/_locales/nl/messages.json', 'README.md']) expect(names).toContain(needed);
    expect(names.filter((n) => /^(node_modules|dist|dist-firefox|dist-cli|release)\//.test(n))).toEqual([]);
  });
});
