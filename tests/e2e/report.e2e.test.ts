// The printable report in real Chromium over the built extension: opened from
// the popup, printed to an A4 PDF whose text is read back with pdftotext, the
// QR code read from the rendered page, nothing wider than the paper, and axe.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/rules/types';
import { caseWithChildAndPartialPayment } from '../report/fixtures';
import { axeViolations, DIST, launchExtension, sendFromPage, type LaunchedExtension } from './harness';

/** The printable width of A4 with the report's 15 mm side margins, in CSS pixels (96 per inch). */
const A4_CONTENT_WIDTH = Math.floor(((210 - 2 * 15) / 25.4) * 96);
/** The printable height with its 14 mm top and bottom margins: a card taller than this could not stay whole. */
const A4_CONTENT_HEIGHT = Math.floor(((297 - 2 * 14) / 25.4) * 96);

let ext: LaunchedExtension;
let popup: Page;
let page: Page;
let report: Report;
let caseId: string;
const tmp = mkdtempSync(join(tmpdir(), 'vpa-report-'));

beforeAll(async () => {
  ext = await launchExtension();
  popup = await ext.openPopup();
  // Arriving in two months: the registration deadline is still to meet on the day the test runs, the payment's has passed.
  const arrival = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
  const imported = await sendFromPage<{ ok: true; ids: string[] }>(popup, { type: 'ui-bg/import', text: JSON.stringify({ ...caseWithChildAndPartialPayment(), plannedArrivalDate: arrival }) });
  caseId = imported.ids[0]!;
  report = (await sendFromPage<{ ok: true; report: Report }>(popup, { type: 'ui-bg/check-case', id: caseId, lang: 'en' })).report;
  // An imported case becomes the open one: the popup shows it on opening.
  await popup.reload();
  await popup.getByRole('heading', { name: /El Amrani – Peeters, "file 7"/ }).waitFor();
  const link = popup.getByRole('link', { name: 'Print or save as PDF' });
  [page] = await Promise.all([ext.context.waitForEvent('page'), link.click()]);
  await page.locator('main.report').waitFor();
});

afterAll(async () => {
  await ext?.close();
  rmSync(tmp, { recursive: true, force: true });
});

/** The pixels of a PNG, decoded by the page's own image decoder. */
async function pngPixels(png: Buffer): Promise<{ width: number; height: number; data: number[] }> {
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
    ctx.drawImage(image, 0, 0);
    return { width: canvas.width, height: canvas.height, data: Array.from(ctx.getImageData(0, 0, canvas.width, canvas.height).data) };
  }, png.toString('base64'));
}

describe('the printable report in Chromium', () => {
  it('shows the case it was opened for, from the popup', async () => {
    expect(new URL(page.url()).pathname).toBe('/src/report-page/index.html');
    expect(report.findings.some((f) => f.rule === 'PAY.PARTIAL')).toBe(true);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Visa file report: El Amrani – Peeters, "file 7", <b>urgent</b>');
    expect(await page.title()).toContain('Visa file report');
  });

  it('prints to an A4 PDF holding the communication, every finding’s rule and every checklist item', async () => {
    const pdf = join(tmp, 'report.pdf');
    writeFileSync(pdf, await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true }));
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
    const flat = text.replace(/\s+/g, ' ');
    const joined = text.replace(/\s+/g, '');
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
    const payment = report.payments.find((p) => !p.exempt)!;
    expect(joined).toContain(payment.communication);
    expect(flat).toContain(payment.communicationSpaced);
    expect(report.findings.length).toBeGreaterThan(3);
    for (const f of report.findings) expect(joined).toContain(f.rule);
    expect(report.checklist.length).toBeGreaterThan(10);
    for (const item of report.checklist) expect(flat).toContain(item.label.replace(/\s+/g, ' '));
    expect(flat).toContain('The decision belongs to the Immigration Office');
    // The timeline says what is still to do and what has passed.
    expect(flat).toContain('To do');
    expect(flat).toContain('Date passed');
    // Neither the page's buttons nor the browser's header and footer are printed.
    expect(flat).not.toContain('Print or save as PDF');
    expect(flat).not.toContain('chrome-extension://');
  });

  it('draws a QR code that a scanner reads as the EPC payload', async () => {
    const payment = report.payments.find((p) => !p.exempt)!;
    const qr = page.getByRole('img', { name: /Payment QR code for Applicant/ });
    const box = (await qr.boundingBox())!;
    // 50 mm on paper is 189 CSS pixels: large enough for a phone camera at reading distance.
    expect(box.width).toBeGreaterThanOrEqual(180);
    const pixels = await pngPixels(await qr.screenshot());
    expect(jsQR(new Uint8ClampedArray(pixels.data), pixels.width, pixels.height)?.data).toBe(payment.epcQr);
  });

  it('has no element wider than an A4 page, and no card taller than one', async () => {
    await page.setViewportSize({ width: A4_CONTENT_WIDTH, height: A4_CONTENT_HEIGHT });
    await page.emulateMedia({ media: 'print' });
    const measured = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const wide = [...document.querySelectorAll('body *')]
        .filter((el) => {
          const r = el.getBoundingClientRect();
          return r.width > 0 && (r.right > width + 0.5 || r.left < -0.5);
        })
        .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
      const tallest = Math.max(...[...document.querySelectorAll('.report-card, .report-finding, .report-check, .report-deadline')].map((el) => el.getBoundingClientRect().height));
      return { width, scrollWidth: document.documentElement.scrollWidth, wide, tallest };
    });
    await page.emulateMedia({ media: 'screen' });
    expect(measured.width).toBe(A4_CONTENT_WIDTH);
    expect(measured.wide).toEqual([]);
    expect(measured.scrollWidth).toBeLessThanOrEqual(A4_CONTENT_WIDTH);
    expect(measured.tallest).toBeLessThan(A4_CONTENT_HEIGHT);
  });

  it('keeps the extension’s CSP: no inline script or style in the page', async () => {
    const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as { content_security_policy?: unknown };
    expect(JSON.stringify(manifest.content_security_policy ?? '')).not.toContain('unsafe-inline');
    const inline = await page.evaluate(() => ({
      styled: document.querySelectorAll('[style]').length,
      styleElements: document.querySelectorAll('style').length,
      inlineScripts: [...document.scripts].filter((s) => !s.src).length,
      adopted: document.adoptedStyleSheets.length,
    }));
    expect(inline).toEqual({ styled: 0, styleElements: 0, inlineScripts: 0, adopted: 1 });
  });

  it('has no accessibility violations (axe)', async () => {
    expect(await axeViolations(page)).toEqual([]);
  });

  it('saves the due deadlines as an .ics file', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Deadlines to my calendar (.ics)' }).click()]);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(download.suggestedFilename()).toMatch(/\.ics$/);
    expect(text).toContain('BEGIN:VCALENDAR');
    const due = report.deadlines.filter((d) => d.status === 'due');
    expect(due.length).toBeGreaterThan(0);
    expect(report.deadlines.some((d) => d.status === 'overdue')).toBe(true);
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(due.length);
    expect(text).toContain('UID:TIME.REGISTER.applicant.');
    expect(text).not.toContain('UID:TIME.PARTIAL_PAYMENT_DEADLINE.');
  });
});

describe('from the popup', () => {
  it('saves the open case’s due deadlines as an .ics file', async () => {
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'Deadlines to my calendar (.ics)' }).click()]);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(report.deadlines.filter((d) => d.status === 'due').length);
  });

  it('exports every case as one CSV table', async () => {
    await sendFromPage(popup, { type: 'ui-bg/import', text: JSON.stringify({ ...caseWithChildAndPartialPayment(), id: 'second-case', label: 'Tweede, "dossier"' }) });
    await popup.reload();
    await popup.getByRole('button', { name: 'All cases' }).click();
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'Export all cases as a table (.csv)' }).click()]);
    expect(download.suggestedFilename()).toBe('visa-cases.csv');
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text.startsWith('\uFEFFfile,label,')).toBe(true);
    const rows = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
    expect(rows.slice(1).map((r) => r[1]).sort()).toEqual(['El Amrani – Peeters, "file 7", <b>urgent</b>', 'Tweede, "dossier"']);
    const first = rows.find((r) => r[0] === caseId)!;
    expect(Number(first[5])).toBe(report.findings.filter((f) => f.severity === 'error').length);
    expect(first[11]).toBe(report.payments.find((p) => !p.exempt)!.communication);
  });
});
