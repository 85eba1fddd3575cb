// A caseworker's 500 stored cases in real Chromium over the built extension: the
// list filters them by status, sorts them by the next deadline, and stays usable.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCases } from '../../bench/generate-cases';
import { axeViolations, launchExtension, sendFromPage, type LaunchedExtension } from './harness';

interface Listed {
  id: string;
  label: string;
  errors: number;
  warnings: number;
  nextDeadline: string | null;
}

let ext: LaunchedExtension;
let page: Page;
let listed: Listed[];

beforeAll(async () => {
  ext = await launchExtension();
  const setup = await ext.openPopup();
  const answer = await sendFromPage<{ ok: boolean; ids: string[] }>(setup, { type: 'ui-bg/import', text: JSON.stringify(generateCases(500)) });
  expect(answer.ok).toBe(true);
  // No case open: the popup shows the list.
  await sendFromPage(setup, { type: 'ui-bg/delete-case', id: answer.ids[0] });
  listed = (await sendFromPage<{ cases: Listed[] }>(setup, { type: 'ui-bg/list-cases' })).cases;
  await setup.close();
  page = await ext.openPopup();
}, 120_000);

afterAll(async () => {
  await ext?.close();
});


const found = (n: number) => (n === 1 ? '1 case found' : `${n} cases found`);

describe('a list of 500 cases in Chromium', () => {
  it('filters by status', async () => {
    expect(listed).toHaveLength(499);
    const withErrors = listed.filter((c) => c.errors > 0);
    const warningsOnly = listed.filter((c) => c.errors === 0 && c.warnings > 0);
    const clean = listed.filter((c) => c.errors === 0 && c.warnings === 0);
    // The generated caseload has all three kinds.
    expect(withErrors.length).toBeGreaterThan(0);
    expect(warningsOnly.length).toBeGreaterThan(0);
    await page.getByRole('heading', { name: 'Cases (499)' }).waitFor();
    // The first page of rows is drawn; the rest come on request.
    expect(await page.locator('.case-row').count()).toBe(100);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel('Status').selectOption('errors');
    await page.getByText(found(withErrors.length)).waitFor();
    expect(await page.locator('.case-row').count()).toBe(Math.min(100, withErrors.length));
    expect(await page.locator('.case-row .case-errors.has-errors').count()).toBe(Math.min(100, withErrors.length));

    await page.getByLabel('Status').selectOption('warnings');
    await page.getByText(found(warningsOnly.length)).waitFor();
    expect(await page.locator('.case-row .has-errors').count()).toBe(0);
    expect(await page.locator('.case-row .case-warnings').count()).toBe(Math.min(100, warningsOnly.length));

    await page.getByLabel('Status').selectOption('ok');
    await page.getByText(found(clean.length)).waitFor();
    expect(await page.locator('.case-row .case-warnings, .case-row .has-errors').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('sorts by the next deadline, keyboard only', async () => {
    await page.getByLabel('Status').selectOption('all');
    await page.getByLabel('Order').focus();
    await page.keyboard.press('ArrowDown');
    expect(await page.getByLabel('Order').inputValue()).toBe('deadline');
    const earliest = listed.filter((c) => c.nextDeadline).sort((a, b) => a.nextDeadline!.localeCompare(b.nextDeadline!))[0]!;
    await expect.poll(() => page.locator('.case-row .case-title').first().textContent()).toBe(earliest.label);
    await page.getByRole('button', { name: /^Show 100 more/ }).click();
    expect(await page.locator('.case-row').count()).toBe(200);
  });
});
