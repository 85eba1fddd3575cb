// The store screenshots (1280×800, the size the Chrome Web Store asks for and
// AMO takes): the extension's page opened in a tab over the sample case, in
// each store language, drawn by the built extension in headless Chromium. At
// this width the page shows the findings beside the form.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchExtension, sendFromPage } from '../tests/e2e/harness';
import { STORE_LANGS } from './release';
import { seed } from './start-session';

export async function takeStoreScreenshots(root: string, dist: string, out: string): Promise<string[]> {
  const ext = await launchExtension({ dist, viewport: { width: 1280, height: 800 } });
  const saved: string[] = [];
  try {
    const setup = await ext.openPopup();
    await seed(setup, root);
    for (const lang of STORE_LANGS) {
      await sendFromPage(setup, { type: 'ui-bg/set-settings', lang });
      const dir = join(out, 'store', lang);
      mkdirSync(dir, { recursive: true });
      const page = await ext.openPopup();
      const shoot = async (name: string) => {
        const path = join(dir, name);
        await page.screenshot({ path });
        saved.push(path);
      };
      await page.locator('.case-screen').waitFor({ timeout: 15_000 });
      await page.locator('.summary .count').first().waitFor({ timeout: 15_000 });
      await page.locator('.findings').waitFor();
      await shoot('1-case-and-findings.png');
      await page.locator('#case-tab-payment').click();
      await page.locator('.payment-card').first().waitFor();
      await shoot('2-payment.png');
      await page.locator('#case-tab-dates').click();
      await page.locator('#case-panel h3, #case-panel h2').first().waitFor();
      await shoot('3-dates-and-documents.png');
      await page.close();
    }
  } finally {
    await ext.close();
  }
  return saved;
}
