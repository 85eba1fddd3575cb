// The popup in real Chromium over the built extension: a caseworker's path
// from a new case to the payment QR code, files in and out, French, and axe.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, decodeQr, launchExtension, readQrPixels, sendFromPage, type LaunchedExtension } from './harness';

let ext: LaunchedExtension;
let page: Page;
let caseId: string;

beforeAll(async () => {
  ext = await launchExtension();
  await ext.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  page = await ext.openPopup();
});

afterAll(async () => {
  await ext?.close();
});


async function showTab(name: RegExp | string) {
  await page.getByRole('tab', { name }).click();
}

describe('popup in Chromium', () => {
  it('has no accessibility violations on the empty popup', async () => {
    await page.getByRole('button', { name: 'Start the case' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    // The same check does see a problem when there is one: an input without a label.
    await page.evaluate(() => document.querySelector('main')?.append(Object.assign(document.createElement('input'), { id: 'unlabelled' })));
    expect((await axeViolations(page)).map((v) => v.id)).toContain('label');
    await page.evaluate(() => document.getElementById('unlabelled')?.remove());
    expect(await page.evaluate(() => performance.getEntriesByName('vpa-first-render').length)).toBe(1);
  });

  it('creates a case from the popup with the keyboard alone', async () => {
    await page.getByRole('radio', { name: /I want to marry my partner in Belgium/ }).focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: 'Untitled case' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('case-heading');
    const list = await sendFromPage<{ cases: { id: string }[]; activeId: string }>(page, { type: 'ui-bg/list-cases' });
    expect(list.cases).toHaveLength(1);
    caseId = list.activeId;
    await page.locator('#field-applicationDate').fill('2025-03-10');
    await page.locator('#field-applicant-surname').fill('El Amrani');
    await page.locator('#field-applicant-givenNames').fill('Fatima Zahra');
    // Tab into the country select and type: the list is drawn when it takes focus, before the letters arrive.
    await page.locator('#field-applicant-placeOfBirth').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('field-applicant-nationality');
    await page.keyboard.type('Moro');
    expect(await page.locator('#field-applicant-nationality').inputValue()).toBe('MA');
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('#field-applicant-nationality').inputValue()).toBe('MZ');
    await page.keyboard.press('ArrowUp');
    expect(await page.locator('#field-applicant-nationality').inputValue()).toBe('MA');
    await page.locator('#field-applicant-birthDate').fill('1990-03-15');
    await page.getByText('Saved', { exact: true }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    // A field being corrected keeps its text and is announced as invalid, still without violations.
    await page.getByText('Partner in Belgium', { exact: true }).click();
    await page.locator('#field-sponsor-postalCode').fill('20');
    await page.getByText('A Belgian postal code has four digits.').waitFor();
    expect(await page.locator('#field-sponsor-postalCode').getAttribute('aria-invalid')).toBe('true');
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('#field-sponsor-postalCode').fill('2000');
    await page.getByText('Saved', { exact: true }).waitFor();
  });

  it('reopened, shows the stored country by name to assistive technology before the list is drawn', async () => {
    await page.reload();
    const nationality = page.locator('#field-applicant-nationality');
    await nationality.waitFor();
    expect(await nationality.locator('option').count()).toBeLessThan(5);
    const cdp = await ext.context.newCDPSession(page);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { role?: { value: string }; name?: { value: string }; value?: { value: string } }[] };
    const combo = nodes.find((n) => n.role?.value === 'combobox' && n.name?.value === 'Nationality');
    expect(combo?.value?.value).toBe('Morocco');
    await cdp.detach();
    await nationality.focus();
    expect(await nationality.locator('option').count()).toBeGreaterThan(240);
    expect(await nationality.inputValue()).toBe('MA');
  });

  it('opened in full, with a child, every section has no accessibility violations', async () => {
    for (const title of ['Partner in Belgium', 'Children travelling along', 'Documents', 'Payment made']) {
      await page.locator('summary .section-title', { hasText: new RegExp(`^${title}$`) }).click();
    }
    await page.getByRole('button', { name: 'Add a child' }).click();
    await page.locator('#field-children-0-nationality').waitFor();
    await page.locator('#field-payment-amountPaid').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Remove Child 1' }).click();
    await page.getByText('Saved', { exact: true }).waitFor();
  });

  it('shows an age error when the birth date makes the applicant too young, and drops it when corrected', async () => {
    await page.locator('#field-applicant-birthDate').fill('2010-01-01');
    await showTab(/Findings/);
    // The applicant's view names no rule; the caseworker's view does.
    await page.locator('.finding-error', { hasText: /The applicant is 15 on 10 Mar 2025/ }).waitFor();
    expect(await page.locator('.findings code').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('switch', { name: 'Caseworker details' }).check();
    const ageError = page.locator('.finding-error', { hasText: 'AGE.APPLICANT_MIN' });
    await ageError.waitFor();
    expect(await ageError.textContent()).toContain('10 Mar 2025');
    // An error, its source and the counts on screen.
    expect(await axeViolations(page)).toEqual([]);
    await showTab('Details');
    await page.locator('#field-applicant-birthDate').fill('1990-03-15');
    await showTab(/Findings/);
    await page.locator('.finding', { hasText: 'PAY.' }).first().waitFor();
    await expect.poll(() => ageError.count(), { timeout: 5000 }).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await showTab(/Dates/);
    await page.getByRole('heading', { name: 'Documents to bring' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('copies the exact communication and shows a QR code holding the EPC payload', async () => {
    await showTab('Payment');
    const answer = await sendFromPage<{ ok: true; report: { payments: { communication: string; epcQr: string }[] } }>(page, { type: 'ui-bg/check-case', id: caseId, lang: 'en' });
    const payment = answer.report.payments[0];
    expect(payment?.communication).toBe('ElAmraniFatimaZahraMarokko15031990');
    await page.locator('.copy-box', { hasText: 'Communication (exactly this)' }).getByRole('button', { name: 'Copy' }).click();
    await page.getByText('Copied').first().waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('ElAmraniFatimaZahraMarokko15031990');

    const qr = page.getByRole('img', { name: /Payment QR code for Applicant/ });
    await qr.waitFor();
    const decoded = decodeQr(await page.evaluate(readQrPixels));
    expect(decoded).toBe(payment?.epcQr);
    expect(decoded?.startsWith('BCD\n')).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('exports the case and imports it back unchanged', async () => {
    await showTab('Details');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export this case (.json)' }).click()]);
    const path = await download.path();
    const exported = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    expect(exported).toMatchObject({ format: 'visa-case/1', applicant: { surname: 'El Amrani', birthDate: '1990-03-15' } });

    await page.getByRole('button', { name: 'All cases' }).click();
    await page.getByLabel('Import a case file (.json)').setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/json', buffer: readFileSync(path) });
    await page.getByText('1 case imported.').waitFor();
    const list = await sendFromPage<{ cases: { id: string }[] }>(page, { type: 'ui-bg/list-cases' });
    expect(list.cases).toHaveLength(2);
    const copyId = list.cases.map((c) => c.id).find((id) => id !== caseId) as string;
    const copy = await sendFromPage<{ ok: true; case: Record<string, unknown> }>(page, { type: 'ui-bg/get-case', id: copyId });
    const strip = ({ id: _id, ...rest }: Record<string, unknown>) => rest;
    expect(strip(copy.case)).toEqual(strip(exported));
  });

  it('lists what is wrong in a broken file and keeps the stored cases', async () => {
    const broken = JSON.stringify({ format: 'visa-case/1', caseType: 'marriage', applicant: { birthDate: '1990-02-30' } });
    await page.getByLabel('Import a case file (.json)').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(broken) });
    const alert = page.locator('.import-errors');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('applicant.birthDate');
    expect(await alert.textContent()).toContain('1990-02-30');
    const list = await sendFromPage<{ cases: unknown[] }>(page, { type: 'ui-bg/list-cases' });
    expect(list.cases).toHaveLength(2);
    expect(await page.locator('.case-row').count()).toBe(2);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('switches to French and stays French when reopened', async () => {
    await page.getByLabel('Language').selectOption('fr');
    await page.getByRole('button', { name: 'Nouveau dossier' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    const again = await ext.openPopup();
    await again.getByRole('button', { name: 'Tous les dossiers' }).click();
    await again.getByRole('heading', { name: 'Dossiers (2)' }).waitFor();
    expect(await axeViolations(again)).toEqual([]);
    await again.close();
  });
});

describe('two popups on one case', () => {
  const file = { format: 'visa-case/1', label: 'Two windows', caseType: 'marriage', applicationDate: '2025-03-10', applicant: { surname: 'Benali', givenNames: 'Amina', birthDate: '1992-06-01', nationality: 'MA' } };
  type Stored = { label: string; applicant: Record<string, string | undefined> };
  let originalId: string;

  async function storedCase(id: string): Promise<Stored> {
    return (await sendFromPage<{ ok: true; case: Stored }>(page, { type: 'ui-bg/get-case', id })).case;
  }

  async function allCases(): Promise<Stored[]> {
    const list = await sendFromPage<{ cases: { id: string }[] }>(page, { type: 'ui-bg/list-cases' });
    return Promise.all(list.cases.map((c) => storedCase(c.id)));
  }

  async function openOn(id: string): Promise<Page> {
    await sendFromPage(page, { type: 'ui-bg/set-active', id });
    const p = await ext.openPopup();
    await p.locator('#field-applicant-placeOfBirth').waitFor();
    return p;
  }

  /** A postal code that does not validate: kept on that window's screen, not stored, so an edit not yet saved. */
  async function holdUnsaved(p: Page) {
    await p.locator('summary .section-title', { hasText: /^Partner in Belgium$/ }).click();
    await p.locator('#field-sponsor-postalCode').fill('10');
    await p.locator('.save-state', { hasText: 'Saved, except fields marked ⚠' }).waitFor();
  }

  const conflict = (p: Page) => p.getByRole('heading', { name: 'This case was changed in another window' });

  it('shows another window’s save at once in a window with nothing unsaved, which then saves over it', async () => {
    await sendFromPage(page, { type: 'ui-bg/set-settings', lang: 'en' });
    const imported = await sendFromPage<{ ok: true; ids: string[] }>(page, { type: 'ui-bg/import', text: JSON.stringify(file) });
    originalId = imported.ids[0]!;
    const a = await openOn(originalId);
    const b = await openOn(originalId);
    await a.locator('#field-applicant-placeOfBirth').fill('Tétouan');
    await expect.poll(() => b.locator('#field-applicant-placeOfBirth').inputValue(), { timeout: 10_000 }).toBe('Tétouan');
    expect(await conflict(b).count()).toBe(0);
    await b.locator('#field-applicant-phone').fill('+212611111111');
    await expect.poll(async () => (await storedCase(originalId)).applicant.phone, { timeout: 10_000 }).toBe('+212611111111');
    expect((await storedCase(originalId)).applicant.placeOfBirth).toBe('Tétouan');
    await expect.poll(() => a.locator('#field-applicant-phone').inputValue(), { timeout: 10_000 }).toBe('+212611111111');
    expect(await conflict(a).count()).toBe(0);
    await a.close();
    await b.close();
  });

  it('asks at once in a window with an edit not yet stored, and keeps its version as a copy: no save lost', async () => {
    const a = await openOn(originalId);
    const b = await openOn(originalId);
    // B's save of the rest of its case reaches A the same way, so A's next save is based on it and goes through.
    await holdUnsaved(b);
    await a.locator('#field-applicant-placeOfBirth').fill('Casablanca');
    await expect.poll(async () => (await storedCase(originalId)).applicant.placeOfBirth, { timeout: 10_000 }).toBe('Casablanca');
    expect(await conflict(a).count()).toBe(0);

    // B is told before it saves again, and what it holds stays on its screen.
    await conflict(b).waitFor({ timeout: 10_000 });
    expect(await b.locator('.save-state').textContent()).toBe('Not saved: changed in another window');
    expect(await b.locator('#field-sponsor-postalCode').inputValue()).toBe('10');
    expect(await b.locator('#field-applicant-placeOfBirth').inputValue()).toBe('Tétouan');
    // Typing on does not hide the question, and nothing of this window reaches the stored case.
    await b.locator('#field-applicant-givenNames').fill('Amina Sara');
    await b.locator('#field-applicant-email').fill('sara@example.org');
    await b.waitForTimeout(600);
    expect(await conflict(b).count()).toBe(1);
    expect(await axeViolations(b)).toEqual([]);
    expect((await storedCase(originalId)).applicant).toMatchObject({ givenNames: 'Amina', placeOfBirth: 'Casablanca' });
    expect((await storedCase(originalId)).applicant.email).toBeUndefined();

    await b.getByRole('button', { name: 'Keep my version as a copy' }).click();
    await b.getByText('Your version is kept as a separate case.', { exact: false }).waitFor();
    await b.getByRole('heading', { level: 2, name: 'Two windows (2)' }).waitFor();
    const copy = (await allCases()).find((c) => c.label === 'Two windows (2)');
    expect(copy?.applicant).toMatchObject({ givenNames: 'Amina Sara', email: 'sara@example.org', placeOfBirth: 'Tétouan' });
    expect((await storedCase(originalId)).applicant).toMatchObject({ givenNames: 'Amina', placeOfBirth: 'Casablanca' });
    // Both windows go on saving normally: the copy in B, the original in A.
    await b.locator('#field-applicant-email').fill('amina@example.org');
    await a.locator('#field-applicant-email').fill('benali@example.org');
    await expect.poll(async () => (await allCases()).find((c) => c.label === 'Two windows (2)')?.applicant.email, { timeout: 10_000 }).toBe('amina@example.org');
    await expect.poll(async () => (await storedCase(originalId)).applicant.email, { timeout: 10_000 }).toBe('benali@example.org');
    expect(await conflict(a).count()).toBe(0);
    await a.close();
    await b.close();
  });

  it('loads the stored version when asked, and saves from there', async () => {
    const a = await openOn(originalId);
    const c = await openOn(originalId);
    await holdUnsaved(c);
    await a.locator('#field-applicant-placeOfBirth').fill('Rabat');
    await expect.poll(async () => (await storedCase(originalId)).applicant.placeOfBirth, { timeout: 10_000 }).toBe('Rabat');
    await conflict(c).waitFor({ timeout: 10_000 });
    await c.locator('#field-applicant-phone').fill('+32470000000');
    await c.getByRole('button', { name: 'Load the stored version' }).click();
    await expect.poll(() => c.locator('#field-applicant-placeOfBirth').inputValue()).toBe('Rabat');
    expect(await conflict(c).count()).toBe(0);
    await c.locator('#field-applicant-phone').fill('+32470000001');
    await expect.poll(async () => (await storedCase(originalId)).applicant.phone, { timeout: 10_000 }).toBe('+32470000001');
    expect((await storedCase(originalId)).applicant.placeOfBirth).toBe('Rabat');
    await a.close();
    await c.close();
  });

  it('keeps a stale window’s version as a copy when the user leaves without choosing', async () => {
    const a = await openOn(originalId);
    const d = await openOn(originalId);
    await holdUnsaved(d);
    await a.locator('#field-applicant-placeOfBirth').fill('Fès');
    await expect.poll(async () => (await storedCase(originalId)).applicant.placeOfBirth, { timeout: 10_000 }).toBe('Fès');
    await conflict(d).waitFor({ timeout: 10_000 });
    await d.locator('#field-applicant-givenNames').fill('Amina Leila');
    await d.getByRole('button', { name: 'All cases' }).click();
    await expect.poll(async () => (await allCases()).some((x) => x.applicant.givenNames === 'Amina Leila'), { timeout: 10_000 }).toBe(true);
    expect((await storedCase(originalId)).applicant).toMatchObject({ givenNames: 'Amina', placeOfBirth: 'Fès' });
    await a.close();
    await d.close();
  });
});

describe('importing files in Chromium', () => {
  async function listLength(): Promise<number> {
    return (await sendFromPage<{ cases: unknown[] }>(page, { type: 'ui-bg/list-cases' })).cases.length;
  }

  async function chooseFile(name: string, buffer: Buffer) {
    await page.getByLabel('Import a case file (.json)').setInputFiles({ name, mimeType: 'application/json', buffer });
  }

  const smallest = { format: 'visa-case/1', caseType: 'marriage', applicant: { surname: 'Peeters', givenNames: 'Lotte' } };

  it('refuses a file that is not UTF-8 with the offset of its first bad byte, and reads one with a byte order mark', async () => {
    await sendFromPage(page, { type: 'ui-bg/set-settings', lang: 'en' });
    await page.reload();
    // The popup opens on the case left open, or on the list.
    const back = page.getByRole('button', { name: 'All cases' });
    await page.locator('#import-file').or(back).first().waitFor();
    if (await back.isVisible()) await back.click();
    const before = await listLength();
    await chooseFile('latin1.json', Buffer.concat([Buffer.from('{"label":"Ren'), Buffer.from([0xe9]), Buffer.from('"}')]));
    const alert = page.locator('.import-errors');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('is not UTF-8 text: byte 0xE9 at offset 13');
    expect(await listLength()).toBe(before);
    await chooseFile('bom.json', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify({ ...smallest, label: 'With a byte order mark' }))]));
    await page.getByText('1 case imported.').waitFor();
    expect(await listLength()).toBe(before + 1);
  });

  it('says the storage is full before writing anything, from the browser’s own quota', async () => {
    const before = await listLength();
    // Fill the extension's storage to within a few kilobytes of Chromium's quota.
    await page.evaluate(async () => {
      const local = (globalThis as unknown as { chrome: { storage: { local: { QUOTA_BYTES: number; getBytesInUse(k: null): Promise<number>; set(v: object): Promise<void> } } } }).chrome.storage.local;
      const free = local.QUOTA_BYTES - (await local.getBytesInUse(null));
      await local.set({ ballast: 'x'.repeat(free - 4_000) });
    });
    const cases = Array.from({ length: 20 }, (_, i) => ({ ...smallest, label: `Case ${i} ${'y'.repeat(400)}` }));
    await chooseFile('many.json', Buffer.from(JSON.stringify(cases)));
    const alert = page.locator('.import-errors');
    await alert.getByText(/nothing was written/).waitFor();
    expect(await alert.textContent()).toMatch(/needs about 0\.\d MB of the browser's storage for this extension, and 0\.1 MB of its 10 MB are free/);
    expect(await listLength()).toBe(before);
    await page.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { remove(k: string): Promise<void> } } } }).chrome.storage.local.remove('ballast'));
    await chooseFile('many.json', Buffer.from(JSON.stringify(cases)));
    await page.getByText('20 cases imported.').waitFor();
  });
});
