// Amounts the user has verified, in real Chromium over the built extension: a caseworker records the
// 2026 fee with its source, a 2026 case then uses it (PARAM.USER_VALUE, no stale warning), and once the
// amount is removed the case is back to the last shipped fee with its warning.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, sendFromPage, type LaunchedExtension } from './harness';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

let ext: LaunchedExtension;
let page: Page;
let listedBeforeRecording = 0;

/** A humanitarian file of March 2026: the fee is its only yearly amount, so the fee alone decides whether anything is stale. */
const case2026 = {
  format: 'visa-case/1',
  label: 'Fee 2026',
  caseType: 'humanitarian',
  humanitarianSituation: 'partner-no-marriage',
  applicationDate: '2026-03-02',
  applicant: { surname: 'El Amrani', givenNames: 'Fatima Zahra', birthDate: '1990-03-15', nationality: 'MA' },
  payment: { amountPaid: 243, communication: 'ElAmraniFatimaZahraMarokko15031990', paidOn: '2026-03-01', paidBy: 'applicant' },
};

beforeAll(async () => {
  ext = await launchExtension();
  page = await ext.openPopup();
  const imported = await sendFromPage<{ ok: boolean }>(page, { type: 'ui-bg/import', text: JSON.stringify(case2026) });
  expect(imported.ok).toBe(true);
  await page.reload();
  // The imported case is the open one: back to the list, where the settings are.
  await backToList();
});

afterAll(async () => {
  await ext?.close();
});

async function axeViolations(p: Page): Promise<{ id: string; nodes: string[] }[]> {
  if (!(await p.evaluate(() => 'axe' in globalThis))) await p.evaluate(AXE_SOURCE);
  return p.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  });
}

/** The rule IDs of the open case's findings, as the caseworker's view shows them. */
async function findingRules(): Promise<string> {
  await page.getByRole('tab', { name: /Findings/ }).click();
  await page.locator('.finding', { hasText: 'PAY.FEE' }).first().waitFor();
  return (await page.locator('.findings, main').first().textContent()) ?? '';
}

/** The number of warnings the case list shows for the 2026 case (none shown: 0). */
async function listedWarnings(): Promise<number> {
  const shown = await page.locator('.case-row', { hasText: 'Fee 2026' }).locator('.case-warnings').allTextContents();
  return shown.length ? Number(/\d+/.exec(shown[0]!)?.[0]) : 0;
}

async function openCase() {
  await page.getByRole('button', { name: /^Fee 2026/ }).click();
  await page.getByRole('heading', { level: 2, name: 'Fee 2026' }).waitFor();
}

async function backToList() {
  await page.getByRole('button', { name: /All cases/ }).click();
  await page.getByRole('heading', { name: 'Amounts you have verified' }).waitFor();
}

describe('amounts you have verified', () => {
  it('records the 2026 fee with its source, without accessibility violations', async () => {
    await page.getByRole('heading', { name: 'Amounts you have verified' }).waitFor();
    await page.getByText('No amount recorded.').waitFor();
    listedBeforeRecording = await listedWarnings();
    expect(listedBeforeRecording).toBeGreaterThan(0);
    await page.getByRole('switch', { name: 'Caseworker details' }).check();
    await page.locator('#amount-parameter').selectOption('fee.article9');
    await page.locator('#amount-value').fill('243');
    await page.locator('#amount-since').fill('2026-01-01');
    await page.locator('#amount-source').fill('DVZ page seen 2026-12-06');
    await page.locator('#amount-checkedOn').fill('2026-12-06');
    await page.getByRole('button', { name: 'Record the amount' }).click();
    await page.getByText('€243.00 · from 1 Jan 2026').waitFor();
    expect(await page.getByText('source: DVZ page seen 2026-12-06').count()).toBe(1);
    // The list counts with the recorded fee at once: the fee's stale warning is gone from it.
    await expect.poll(listedWarnings).toBe(listedBeforeRecording - 1);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('a 2026 case then shows that fee with PARAM.USER_VALUE and no stale warning', async () => {
    await openCase();
    const text = await findingRules();
    expect(text).toContain('PARAM.USER_VALUE');
    expect(text).toContain('DVZ page seen 2026-12-06');
    expect(text).not.toContain('PARAM.STALE');
    expect(text).toContain('Fee: €243.00');
    await page.getByRole('tab', { name: 'Payment' }).click();
    await page.getByText('€243.00').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('removed again, the case is back to the last shipped fee and its stale warning', async () => {
    await backToList();
    await page.getByRole('button', { name: /^Remove Administrative fee/ }).click();
    await page.getByText('No amount recorded.').waitFor();
    await expect.poll(listedWarnings).toBe(listedBeforeRecording);
    await openCase();
    await page.getByRole('tab', { name: /Findings/ }).click();
    await page.locator('.finding', { hasText: 'PARAM.STALE' }).first().waitFor();
    const text = await findingRules();
    expect(text).not.toContain('PARAM.USER_VALUE');
    expect(text).toContain('Fee: €236.00');
  });
});
