// The passport's machine-readable zone in Chromium over the built extension: pasted into the
// popup, its proposed changes confirmed and the applicant filled; a surname changed by hand
// afterwards gives DOC.MRZ_MISMATCH; on VFS Global's form a birth date typed otherwise than the
// zone says is marked even when the profile has none.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EL_AMRANI } from '../mrz-lines';
import { baseMarriageCase, variant } from '../scenarios/base';
import { axeViolations, launchExtension, sendFromPage, sendToContentScripts, type LaunchedExtension } from './harness';

const VFS = join(import.meta.dirname, '..', 'fixtures', 'vfsglobal');

let ext: LaunchedExtension;
let popup: Page;

beforeAll(async () => {
  ext = await launchExtension({ viewport: { width: 1280, height: 900 } });
  await ext.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  // Nothing leaves the machine: the fixture is served for VFS Global's address, the rest refused.
  await ext.context.route(/^https?:\/\/(?!visa\.vfsglobal\.com[/:])/, (route) => route.abort());
  const { url } = JSON.parse(readFileSync(join(VFS, 'applicant-details.expected.json'), 'utf8')) as { url: string };
  const html = readFileSync(join(VFS, 'applicant-details.html'), 'utf8');
  await ext.context.route('https://visa.vfsglobal.com/**', (route) =>
    route.request().url() === url ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }) : route.fulfill({ status: 404, body: '' }),
  );
  popup = await ext.openPopup();
});

afterAll(async () => {
  await ext?.close();
});


async function importCase(c: Record<string, unknown>): Promise<string> {
  const imported = await sendFromPage<{ ok: boolean; ids: string[] }>(popup, { type: 'ui-bg/import', text: JSON.stringify(c) });
  expect(imported.ok).toBe(true);
  return imported.ids[0]!;
}

async function storedCase(id: string): Promise<Record<string, any>> {
  const answer = await sendFromPage<{ ok: true; case: Record<string, any> }>(popup, { type: 'ui-bg/get-case', id });
  return answer.case;
}

describe('the MRZ in Chromium', () => {
  it('pasted into the popup, shows the changes, fills the applicant on confirmation; a surname changed by hand then gives DOC.MRZ_MISMATCH', async () => {
    const id = await importCase(
      variant(baseMarriageCase(), (c) => {
        c.label = 'From the zone';
        c.applicant = { surname: 'El Amrani', givenNames: 'Fatima Zahra' };
      }),
    );
    expect(await sendFromPage(popup, { type: 'ui-bg/set-active', id })).toEqual({ ok: true });
    // Every file the popup loads from now on, to see when the MRZ reader comes.
    const requested: string[] = [];
    popup.on('request', (r) => requested.push(r.url().split('/').pop()!));
    const loaded = () => requested.filter((n) => n.startsWith('mrz'));
    // The popup opens on the active case.
    await popup.reload();
    await popup.getByRole('heading', { level: 2, name: 'From the zone' }).waitFor();
    const zone = popup.locator('#field-applicant-passport-mrz');
    await zone.waitFor();
    // The reader and its library are loaded only once the field is used.
    expect(requested.some((n) => n.startsWith('index.html'))).toBe(true);
    expect(loaded()).toEqual([]);
    await zone.focus();
    await expect.poll(() => loaded().length, { timeout: 5_000 }).toBe(2);
    await popup.evaluate((text) => navigator.clipboard.writeText(text), EL_AMRANI);
    await popup.keyboard.press('Control+V');
    const table = popup.getByRole('table', { name: 'What the zone would change' });
    await table.waitFor();
    expect(await table.locator('tbody tr').allTextContents()).toEqual([
      'Date of birth(empty)15 Mar 1990',
      'Nationality(empty)Morocco',
      'Sex(empty)Female',
      'Passport number(empty)AB1234567',
      'Valid until(empty)1 May 2031',
      'Issuing country(empty)Morocco',
    ]);
    expect(await axeViolations(popup)).toEqual([]);
    // Nothing changes before the user confirms.
    expect((await storedCase(id)).applicant.birthDate).toBeUndefined();

    await popup.getByRole('button', { name: 'Apply these changes' }).click();
    await popup.getByText('Fields taken from the zone: 6. The zone is kept with the case.').waitFor();
    expect(await popup.locator('#field-applicant-birthDate').inputValue()).toBe('1990-03-15');
    expect(await popup.locator('#field-applicant-passport-number').inputValue()).toBe('AB1234567');
    await expect.poll(async () => (await storedCase(id)).applicant, { timeout: 5_000 }).toMatchObject({
      birthDate: '1990-03-15',
      nationality: 'MA',
      sex: 'F',
      passport: { number: 'AB1234567', expiryDate: '2031-05-01', issuingCountry: 'MA', mrz: EL_AMRANI },
    });

    await popup.locator('#field-applicant-surname').fill('El Amrany');
    // At this width the findings sit beside the form; a narrow popup shows them under a tab.
    if (await popup.getByRole('tab', { name: /Findings/ }).count()) await popup.getByRole('tab', { name: /Findings/ }).click();
    await popup.locator('.finding-error', { hasText: "The surname differs from the passport's machine-readable zone: the profile says El Amrany, the zone EL AMRANI." }).waitFor();
    expect(await axeViolations(popup)).toEqual([]);
    // The caseworker's view names the rule.
    await popup.getByRole('switch', { name: 'Caseworker details' }).check();
    await popup.locator('.finding-error', { hasText: 'DOC.MRZ_MISMATCH' }).waitFor();
  });

  it('on the VFS Global form, marks a birth date typed otherwise than the stored zone says', async () => {
    const id = await importCase(
      variant(baseMarriageCase(), (c) => {
        delete c.applicant.birthDate;
        c.applicant.passport.mrz = EL_AMRANI;
      }),
    );
    expect(await sendFromPage(popup, { type: 'ui-bg/set-active', id })).toEqual({ ok: true });
    const { url } = JSON.parse(readFileSync(join(VFS, 'applicant-details.expected.json'), 'utf8')) as { url: string };
    const page = await ext.context.newPage();
    await page.goto(url);
    await expect.poll(() => sendToContentScripts(popup, { type: 'describe-page' }), { timeout: 10_000 }).not.toBeNull();
    await page.locator('#dateOfBirth').fill('16/03/1990');
    await page.locator('#dateOfBirth').blur();
    type Status = { disagree: number; marks: { selector: string; rules: string[] }[] };
    await expect.poll(async () => (await sendToContentScripts<Status>(popup, { type: 'bg-cs/page-status' }))?.marks, { timeout: 5_000 }).toEqual([
      { selector: '#dateOfBirth', rules: ['FORM.DOB_MISMATCH'] },
    ]);
    await page.locator('#dateOfBirth').fill('15/03/1990');
    await expect.poll(async () => (await sendToContentScripts<Status>(popup, { type: 'bg-cs/page-status' }))?.disagree, { timeout: 5_000 }).toBe(0);
    await page.close();
  });
});
