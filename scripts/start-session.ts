// `npm start`: the built extension in Chromium with a sample case stored and
// the popup open. Without a display it runs headless and saves screenshots of
// the popup instead (screenshots/), printing their paths.
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { generateCases } from '../bench/generate-cases';
import { launchExtension, sendFromPage, type LaunchedExtension } from '../tests/e2e/harness';

export async function seed(page: Page, root: string): Promise<string> {
  const SAMPLE = resolve(root, 'examples/marriage.json');
  const text = readFileSync(SAMPLE, 'utf8');
  const answer = await sendFromPage<{ ok: true; ids: string[] } | { ok: false; errors: { path: string; message: string }[] }>(page, { type: 'ui-bg/import', text });
  if (!answer.ok) throw new Error(`the sample case ${SAMPLE} was refused:\n${answer.errors.map((e) => `${e.path}: ${e.message}`).join('\n')}`);
  await sendFromPage(page, { type: 'ui-bg/set-active', id: answer.ids[0] });
  return answer.ids[0]!;
}

/** A page is shot whole unless `fullPage` is false (a long list: the popup's first screen). */
type Shoot = (name: string, target: Page | ReturnType<Page['locator']>, fullPage?: boolean) => Promise<void>;

function shooter(root: string, saved: string[]): Shoot {
  const SHOTS = resolve(root, 'screenshots');
  mkdirSync(SHOTS, { recursive: true });
  return async (name, target, fullPage = true) => {
    const path = resolve(SHOTS, name);
    if ('goto' in target) await target.screenshot({ path, fullPage });
    else await target.screenshot({ path });
    saved.push(path);
  };
}

/** The empty popup's first steps, and a humanitarian case started from them: its own profile, so nothing else is stored. */
async function firstStepShots(root: string, shoot: Shoot): Promise<void> {
  const ext = await launchExtension({ dist: resolve(root, 'dist'), headless: true, viewport: { width: 420, height: 700 } });
  try {
    const page = await ext.openPopup();
    await page.getByRole('button', { name: 'Start the case' }).waitFor({ timeout: 15_000 });
    await shoot('first-steps.png', page);
    await page.getByRole('radio', { name: /humanitarian visa/ }).check();
    await page.getByRole('button', { name: 'Start the case' }).click();
    await page.locator('#field-humanitarianSituation').waitFor();
    for (const title of ['Family member in Belgium', 'Documents']) await page.locator('summary .section-title', { hasText: title }).click();
    await page.evaluate(() => scrollTo(0, 0));
    await shoot('new-humanitarian-case.png', page);
  } finally {
    await ext.close();
  }
}

/** A caseworker's 500 cases, filtered to those with errors and sorted by the next deadline. */
async function caseListShot(ext: LaunchedExtension, shoot: Shoot): Promise<void> {
  const page = await ext.openPopup();
  await sendFromPage(page, { type: 'ui-bg/import', text: JSON.stringify(generateCases(500)) });
  await page.reload();
  await page.getByRole('button', { name: 'All cases' }).click();
  await page.getByLabel('Status').selectOption('errors');
  await page.getByLabel('Order').selectOption('deadline');
  await page.locator('.case-row').first().waitFor();
  await shoot('case-list.png', page, false);
}

async function takeScreenshots(ext: LaunchedExtension, page: Page, root: string): Promise<string[]> {
  const saved: string[] = [];
  const shoot = shooter(root, saved);
  await page.locator('.case-screen').waitFor({ timeout: 15_000 });
  await page.locator('.summary .count').first().waitFor({ timeout: 15_000 });
  await shoot('popup.png', page);
  await page.locator('#case-tab-findings').click();
  await page.locator('.findings').waitFor();
  await shoot('popup-findings.png', page);
  await page.getByRole('switch', { name: 'Caseworker details' }).check();
  await page.locator('.findings code').first().waitFor();
  await page.locator('.finding-sources').first().evaluate((d) => ((d as HTMLDetailsElement).open = true));
  await shoot('popup-findings-caseworker.png', page);
  await page.getByRole('switch', { name: 'Caseworker details' }).uncheck();
  await page.locator('#case-tab-payment').click();
  await page.locator('.payment-card').first().waitFor();
  await shoot('payment-card.png', page.locator('.payment-card').first());
  // The printable report, at the width of an A4 page (the README shows it).
  const [report] = await Promise.all([page.context().waitForEvent('page'), page.locator('a[href*="report-page"]').click()]);
  await report.setViewportSize({ width: 794, height: 1123 });
  await report.locator('main.report').waitFor({ timeout: 15_000 });
  await shoot('report.png', report.locator('main.report'));
  await report.close();
  await caseListShot(ext, shoot);
  await firstStepShots(root, shoot);
  return saved;
}

/** `root`: the project folder (this file runs compiled from elsewhere). */
export async function start(root: string): Promise<void> {
  const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
  const ext = await launchExtension({ dist: resolve(root, 'dist'), headless, viewport: { width: 420, height: 700 } });
  try {
    const first = await ext.openPopup();
    const id = await seed(first, root);
    await first.close();
    const popup = await ext.openPopup();
    process.stdout.write(`Extension ${ext.extensionId} loaded; sample case "${id}" stored and open.\n`);
    if (headless) {
      const paths = await takeScreenshots(ext, popup, root);
      process.stdout.write(`No display: ran headless. Screenshots:\n${paths.map((p) => `  ${p}\n`).join('')}`);
      await ext.close();
      return;
    }
    process.stdout.write('Close the browser window to stop.\n');
    await new Promise<void>((done) => ext.context.on('close', () => done()));
  } catch (error) {
    await ext.close();
    throw error;
  }
}
