// A new user's first minutes in real Chromium over the built extension: the
// empty popup, a humanitarian case started from it with only the sections it
// needs, and the caseworker view remembered across openings.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchExtension, sendFromPage, type LaunchedExtension } from './harness';

let ext: LaunchedExtension;
let page: Page;

beforeAll(async () => {
  ext = await launchExtension();
  page = await ext.openPopup();
});

afterAll(async () => {
  await ext?.close();
});


describe('first steps in Chromium', () => {
  it('starts a humanitarian case from the empty popup and shows only the sections it needs', async () => {
    await page.getByRole('heading', { level: 2, name: 'Get started' }).waitFor();
    expect(await page.getByLabel('Import a case file (.json)').count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Open the example' }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('radio', { name: /join a family member in Belgium \(humanitarian visa\)/ }).check();
    await page.getByRole('button', { name: 'Start the case' }).click();
    await page.getByRole('heading', { level: 2, name: 'Untitled case' }).waitFor();
    const list = await sendFromPage<{ activeId: string }>(page, { type: 'ui-bg/list-cases' });
    const stored = await sendFromPage<{ ok: true; case: { caseType: string } }>(page, { type: 'ui-bg/get-case', id: list.activeId });
    expect(stored.case.caseType).toBe('humanitarian');

    expect(await page.locator('#field-humanitarianSituation').getAttribute('aria-required')).toBe('true');
    for (const title of ['Family member in Belgium', 'Documents']) await page.locator('summary .section-title', { hasText: title }).click();
    await page.locator('#field-documents-medicalCertificate-date').waitFor();
    expect(await page.locator('summary .section-title', { hasText: 'Partner in Belgium' }).count()).toBe(0);
    for (const id of ['field-marriageDate', 'field-documents-marriageDeclaration-date', 'field-sponsor-healthInsurance', 'field-sponsor-housing-proof', 'field-sponsor-income-0-kind']) {
      expect(await page.locator(`#${id}`).count(), id).toBe(0);
    }
    expect(await page.getByRole('button', { name: 'Add income' }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('tab', { name: /Findings/ }).click();
    const missing = page.getByRole('region', { name: /Still to fill in/ });
    await missing.waitFor();
    expect(await missing.getByRole('button').first().textContent()).toBe('Case and dates: Humanitarian situation');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('the caseworker switch shows rule IDs and survives reopening', async () => {
    expect(await page.locator('.findings code').count()).toBe(0);
    await page.getByRole('switch', { name: 'Caseworker details' }).check();
    await page.locator('.findings code', { hasText: 'MISSING.' }).first().waitFor();
    await page.close();

    page = await ext.openPopup();
    const toggle = page.getByRole('switch', { name: 'Caseworker details' });
    await toggle.waitFor();
    expect(await toggle.isChecked()).toBe(true);
    await page.getByRole('tab', { name: /Findings/ }).click();
    await page.locator('.findings code', { hasText: 'HUM.' }).first().waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await toggle.uncheck();
    await expect.poll(() => page.locator('.findings code').count()).toBe(0);
    const settings = await sendFromPage<{ caseworker: boolean }>(page, { type: 'ui-bg/get-settings' });
    expect(settings.caseworker).toBe(false);
  });

  it('keeps the case title and the counts clear of the header, which wraps, when the popup scrolls', async () => {
    await page.getByRole('tab', { name: 'Details' }).click();
    // A long name wraps rather than being cut.
    await page.locator('#field-label').fill('Dossier 2025/0117 — Tesfay Gebremedhin Haile, reunification with a recognised refugee in Gent');
    const box = (selector: string) => page.locator(selector).evaluate((e) => e.getBoundingClientRect().toJSON() as DOMRect);
    await expect.poll(async () => (await box('#case-heading')).height).toBeGreaterThan(30);
    expect((await box('#case-heading')).right).toBeLessThanOrEqual(await page.evaluate(() => document.documentElement.clientWidth));
    await page.evaluate(() => scrollTo(0, document.body.scrollHeight));
    const header = await box('.app-header');
    expect((await box('.case-screen .summary')).top).toBeGreaterThanOrEqual(header.bottom - 1);
    // Brought back into view (as by a screen reader), the title is covered neither by the header nor by the counts.
    await page.locator('#case-heading').evaluate((e) => e.scrollIntoView());
    const title = await box('#case-heading');
    const counts = await box('.case-screen .summary');
    expect(title.top).toBeGreaterThanOrEqual((await box('.app-header')).bottom - 1);
    expect(title.bottom <= counts.top + 1 || title.top >= counts.bottom - 1).toBe(true);
  });
});
