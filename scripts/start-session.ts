// `npm start`: the built extension in Chromium with a sample case stored and
// the popup open. Without a display it runs headless and saves screenshots of
// the popup instead (screenshots/), printing their paths.
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchExtension, sendFromPage } from '../tests/e2e/harness';

export async function seed(page: Page, root: string): Promise<string> {
  const SAMPLE = resolve(root, 'examples/marriage.json');
  const text = readFileSync(SAMPLE, 'utf8');
  const answer = await sendFromPage<{ ok: true; ids: string[] } | { ok: false; errors: { path: string; message: string }[] }>(page, { type: 'ui-bg/import', text });
  if (!answer.ok) throw new Error(`the sample case ${SAMPLE} was refused:\n${answer.errors.map((e) => `${e.path}: ${e.message}`).join('\n')}`);
  await sendFromPage(page, { type: 'ui-bg/set-active', id: answer.ids[0] });
  return answer.ids[0]!;
}

async function takeScreenshots(page: Page, root: string): Promise<string[]> {
  const SHOTS = resolve(root, 'screenshots');
  mkdirSync(SHOTS, { recursive: true });
  const saved: string[] = [];
  const shoot = async (name: string, target: Page | ReturnType<Page['locator']>) => {
    const path = resolve(SHOTS, name);
    if ('goto' in target) await target.screenshot({ path, fullPage: true });
    else await target.screenshot({ path });
    saved.push(path);
  };
  await page.locator('.case-screen').waitFor({ timeout: 15_000 });
  await page.locator('.summary .count').first().waitFor({ timeout: 15_000 });
  await shoot('popup.png', page);
  await page.locator('#case-tab-findings').click();
  await page.locator('.findings').waitFor();
  await shoot('popup-findings.png', page);
  await page.locator('#case-tab-payment').click();
  await page.locator('.payment-card').first().waitFor();
  await shoot('payment-card.png', page.locator('.payment-card').first());
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
      const paths = await takeScreenshots(popup, root);
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
