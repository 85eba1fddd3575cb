// The built extension in real Chromium: it loads, its worker answers the popup,
// web pages cannot reach it, it asks for no permission beyond storage, and its
// state survives the worker being stopped (Chromium stops idle MV3 workers).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseMarriageCase } from '../scenarios/base';
import { DIST, launchExtension, sendFromPage, type LaunchedExtension } from './harness';

let ext: LaunchedExtension;
let server: Server;
let origin: string;

beforeAll(async () => {
  server = createServer((_, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end('<!doctype html><title>Some web page</title><p>hello</p>');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  ext = await launchExtension();
});

afterAll(async () => {
  await ext?.close();
  await new Promise((done) => server?.close(done));
});

interface ListAnswer {
  cases: { id: string; label: string }[];
  activeId: string | null;
}

describe('extension in Chromium', () => {
  it('loads with a service worker and an extension id', () => {
    expect(ext.extensionId).toMatch(/^[a-p]{32}$/);
    expect(ext.worker.url()).toBe(`chrome-extension://${ext.extensionId}/service-worker-loader.js`);
  });

  it('asks for no permission beyond storage and runs its content script on the vendors’ hosts only, in the built and in the loaded manifest', async () => {
    const built = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8'));
    const loaded = (await ext.worker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { getManifest(): unknown } } }).chrome.runtime.getManifest())) as typeof built;
    for (const manifest of [built, loaded]) {
      expect(manifest.manifest_version).toBe(3);
      expect(manifest.permissions).toEqual(['storage']);
      expect(manifest.host_permissions ?? []).toEqual([]);
      expect(manifest.optional_permissions ?? []).toEqual([]);
      expect(manifest.optional_host_permissions ?? []).toEqual([]);
      expect(manifest.externally_connectable).toBeUndefined();
      expect(manifest.action.default_popup).toBe('src/popup/index.html');
      // The content script: the vendors' Belgian application hosts only, https only, top frame only, one self-contained file.
      expect(manifest.content_scripts).toHaveLength(1);
      expect(manifest.content_scripts[0].matches).toEqual([
        'https://visa.vfsglobal.com/*/*/bel/*',
        'https://visas-be.tlscontact.com/*',
        'https://auth.visas-be.tlscontact.com/*',
        'https://welcome.visas-be.tlscontact.com/*',
        'https://be.tlscontact.com/*',
        'https://visaonweb.diplomatie.be/*',
      ]);
      expect(manifest.content_scripts[0].all_frames ?? false).toBe(false);
      expect(manifest.content_scripts[0].run_at).toBe('document_idle');
      expect(manifest.web_accessible_resources ?? []).toEqual([]);
    }
    const script = readFileSync(join(DIST, built.content_scripts[0].js[0]), 'utf8');
    expect(script).not.toMatch(/\bimport\s*\(|^import\s/m);
  });

  it('answers ui-bg/list-cases from the popup page and keeps what it is sent', async () => {
    const popup = await ext.openPopup();
    expect(await sendFromPage<ListAnswer>(popup, { type: 'ui-bg/list-cases' })).toEqual({ cases: [], activeId: null });
    const created = await sendFromPage<{ ok: true; id: string }>(popup, { type: 'ui-bg/create-case', label: 'Peeters – El Amrani' });
    expect(created).toMatchObject({ ok: true });
    const list = await sendFromPage<ListAnswer>(popup, { type: 'ui-bg/list-cases' });
    expect(list.activeId).toBe(created.id);
    expect(list.cases.map((c) => c.label)).toEqual(['Peeters – El Amrani']);
    expect(await sendFromPage(popup, { type: 'ui-bg/get-case', id: created.id })).toMatchObject({ ok: true, case: { format: 'visa-case/1', label: 'Peeters – El Amrani' } });
    expect(await sendFromPage(popup, { type: 'ui-bg/get-case' })).toMatchObject({ ok: false });
    await popup.close();
  });

  it('checks a case inside the worker under the extension CSP (no eval), in the language asked', async () => {
    const popup = await ext.openPopup();
    const errors: string[] = [];
    ext.worker.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    const draft = { ...baseMarriageCase(), applicant: { ...baseMarriageCase().applicant, birthDate: '2010-01-01' } };
    const nl = await sendFromPage<{ ok: true; report: { checkedOn: string; findings: { rule: string }[]; payments: unknown[] } }>(popup, { type: 'ui-bg/check-case', draft, lang: 'nl' });
    expect(nl).toMatchObject({ ok: true, report: { checkedOn: '2025-03-10' } });
    expect(nl.report.findings.map((f) => f.rule)).toContain('AGE.APPLICANT_MIN');
    expect(nl.report.payments.length).toBeGreaterThan(0);
    const en = await sendFromPage<typeof nl>(popup, { type: 'ui-bg/check-case', draft, lang: 'en' });
    expect(en.report.findings.map((f) => f.rule)).toEqual(nl.report.findings.map((f) => f.rule));
    expect(JSON.stringify(en.report)).not.toBe(JSON.stringify(nl.report));
    expect(errors).toEqual([]);
    await popup.close();
  });

  it('imports a file and exports it back unchanged', async () => {
    const popup = await ext.openPopup();
    const file = { ...baseMarriageCase(), id: 'e2e-roundtrip', fieldFromANewerVersion: { kept: true } };
    const imported = await sendFromPage<{ ok: true; ids: string[] }>(popup, { type: 'ui-bg/import', text: JSON.stringify(file) });
    // Stored under a random key of the extension's; the file's own id travels inside the case.
    expect(imported).toEqual({ ok: true, ids: [expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)] });
    expect(await sendFromPage(popup, { type: 'ui-bg/get-case', id: 'e2e-roundtrip' })).toMatchObject({ ok: false });
    const exported = await sendFromPage<{ ok: true; text: string; fileName: string }>(popup, { type: 'ui-bg/export', id: imported.ids[0] });
    expect(JSON.parse(exported.text)).toEqual(file);
    expect(exported.fileName).toMatch(/^visa-case-el-amrani-\d{4}-\d{2}-\d{2}\.json$/);
    await popup.close();
  });

  it('cannot be reached from a web page', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${origin}/`);
    const attempt = await page.evaluate(async (id) => {
      const runtime = (globalThis as unknown as { chrome?: { runtime?: { sendMessage?: (id: string, m: unknown) => Promise<unknown> } } }).chrome?.runtime;
      if (typeof runtime?.sendMessage !== 'function') return 'no extension API on the page';
      try {
        await runtime.sendMessage(id, { type: 'ui-bg/create-case', label: 'from the web' });
        return 'sent';
      } catch (error) {
        return `refused: ${(error as Error).message}`;
      }
    }, ext.extensionId);
    expect(attempt).not.toBe('sent');
    await page.close();
    const popup = await ext.openPopup();
    const list = await sendFromPage<ListAnswer>(popup, { type: 'ui-bg/list-cases' });
    expect(list.cases.map((c) => c.label)).not.toContain('from the web');
    await popup.close();
  });

  it('lists from the summaries in storage, and has counts of another day computed again', async () => {
    const setup = await ext.openPopup();
    const imported = await sendFromPage<{ ok: true; ids: string[] }>(setup, { type: 'ui-bg/import', text: JSON.stringify({ ...baseMarriageCase(), label: 'Yesterday’s count' }) });
    const id = imported.ids[0]!;
    const { cases } = await sendFromPage<{ cases: { id: string; errors: number }[] }>(setup, { type: 'ui-bg/list-cases' });
    const errors = cases.find((c) => c.id === id)!.errors;
    // A wrong count from another day, as the worker would find it on the next morning.
    const today = await setup.evaluate(async (id) => {
      const storage = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, any>>; set(v: object): Promise<void> } } } }).chrome.storage.local;
      const { index } = await storage.get('index');
      const entry = index.cases.find((e: { id: string }) => e.id === id);
      const checkedOn = entry.summary.checkedOn as string;
      entry.summary = { ...entry.summary, errors: 99, checkedOn: '2000-01-01' };
      await storage.set({ index });
      return checkedOn;
    }, id);
    await setup.close();
    await ext.stopWorker();
    const popup = await ext.openPopup();
    await popup.getByRole('button', { name: 'All cases' }).click();
    const row = popup.locator('.case-row', { hasText: 'Yesterday’s count' });
    await expect.poll(() => row.locator('.case-errors').textContent(), { timeout: 10_000 }).toMatch(new RegExp(`^\\W*${errors} errors?$`));
    const stored = await popup.evaluate(async (id) => {
      const storage = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, any>> } } } }).chrome.storage.local;
      return (await storage.get('index')).index.cases.find((e: { id: string }) => e.id === id).summary;
    }, id);
    expect(stored).toMatchObject({ errors, checkedOn: today });
    await popup.close();
  });

  it('keeps its cases when the service worker is stopped and started again', async () => {
    const popup = await ext.openPopup();
    const before = await sendFromPage<ListAnswer>(popup, { type: 'ui-bg/list-cases' });
    expect(before.cases.length).toBeGreaterThan(0);
    const worker = await ext.stopWorker();
    expect(worker.isRunning()).toBe(false);
    const after = await sendFromPage<ListAnswer>(popup, { type: 'ui-bg/list-cases' });
    await expect.poll(() => worker.isRunning(), { timeout: 5_000 }).toBe(true);
    expect(after).toEqual(before);
    await popup.close();
  });
});
