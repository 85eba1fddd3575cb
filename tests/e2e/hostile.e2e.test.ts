// The vendor page as an adversary (tests/fixtures/hostile/): what its own
// script can learn from the extension, and what it can make the extension do.
// Every check reads from the page's side (page.evaluate runs in the page's
// world) or through the DevTools protocol, never from inside the extension.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Route } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { baseMarriageCase } from '../scenarios/base';
import { launchExtension, sendFromPage, sendToContentScripts, vendorTabId, type LaunchedExtension } from './harness';
import { clickInClosedShadow, closedShadowText } from './shadow';

const HOSTILE = join(import.meta.dirname, '..', 'fixtures', 'hostile');
const DETAILS_URL = 'https://visa.vfsglobal.com/tur/en/bel/your-details';

/** Every value of the open case the fixtures' fields could ask for, in the forms a page would search for. */
const CASE_VALUES = ['El Amrani', 'EL AMRANI', 'Fatima', 'AB1234567', '15/03/1990', '1990-03-15', '15 Mar 1990', 'Mar 1990', '15.03.1990', 'Peeters', 'fatima@example.org', '600000000', '2031', '02/05/2021'];

/** The case's values that no test types into a field. */
const NOT_TYPED = CASE_VALUES.filter((v) => !['15/03/1990', '16/03/1990'].includes(v));

let ext: LaunchedExtension;
let control: Page;
/** A stored case that is not the open one. */
let otherCase: string;
const served = new Map<string, string>();

async function serve(route: Route): Promise<void> {
  const html = served.get(route.request().url());
  if (html === undefined) return route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' });
  return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
}

async function open(url: string, fixture: string): Promise<Page> {
  served.set(url, readFileSync(join(HOSTILE, fixture), 'utf8'));
  const page = await ext.context.newPage();
  await page.goto(url);
  await expect.poll(() => sendToContentScripts(control, { type: 'describe-page' }), { timeout: 10_000 }).not.toBeNull();
  return page;
}


/** What the page's script can find of the case by searching the rendered page (window.find searches closed shadow roots too). */
function searchable(page: Page, texts: readonly string[]): Promise<boolean[]> {
  return page.evaluate((t) => (window as unknown as { __search(x: readonly string[]): boolean[] }).__search(t), texts);
}

beforeAll(async () => {
  ext = await launchExtension({ viewport: { width: 1280, height: 900 } });
  await ext.context.route(/^https?:\/\/(?!(visa\.vfsglobal\.com)[/:.])/, (route) => route.abort());
  await ext.context.route('https://visa.vfsglobal.com/**', serve);
  control = await ext.openPopup();
  const other = { ...baseMarriageCase(), label: 'Other family', applicant: { ...baseMarriageCase().applicant, surname: 'Benali', givenNames: 'Omar' } };
  const imported = await sendFromPage<{ ok: boolean; ids: string[] }>(control, { type: 'ui-bg/import', text: JSON.stringify([baseMarriageCase(), other]) });
  expect(imported.ok).toBe(true);
  otherCase = imported.ids[1]!;
  expect(await sendFromPage(control, { type: 'ui-bg/set-active', id: imported.ids[0] })).toEqual({ ok: true });
});

afterEach(async () => {
  for (const page of ext.context.pages()) if (page !== control) await page.close();
});

afterAll(async () => {
  await ext?.close();
});

describe('a page that guesses the case', () => {
  it('learns nothing from guesses it types itself: no mark, no count, the same page whether the guess is right or wrong', async () => {
    const page = await open(DETAILS_URL, 'oracle.html');
    const seen: { shadow: string | undefined; found: boolean[] }[] = [];
    for (const guess of ['01/01/1980', '15/03/1990', '16/03/1990']) {
      await page.evaluate((g) => (window as unknown as { __guess(v: string): void }).__guess(g), guess);
      await page.waitForTimeout(700);
      // window.find also finds what the page typed into its own field: only the rest is searched.
      seen.push({ shadow: (await closedShadowText(page))?.text, found: await searchable(page, ['disagree', 'differs', 'agree', ...NOT_TYPED]) });
      expect((await closedShadowText(page))?.marks ?? 0).toBe(0);
    }
    expect(seen[1]).toEqual(seen[0]);
    expect(seen[2]).toEqual(seen[0]);
    expect(seen[0]!.found.slice(3)).toEqual(NOT_TYPED.map(() => false));
  });

  it('sees which field the user got wrong, never the value the case holds; the popup has the detail', async () => {
    const page = await open(DETAILS_URL, 'oracle.html');
    await page.locator('#dateOfBirth').fill('16/03/1990');
    await page.locator('#dateOfBirth').blur();
    await expect.poll(async () => (await closedShadowText(page))?.marks, { timeout: 5_000 }).toBe(1);
    const drawn = (await closedShadowText(page))!.text;
    expect(drawn).toMatch(/Date of birth differs from the case/);
    for (const value of CASE_VALUES) expect(drawn).not.toContain(value);
    expect(await searchable(page, NOT_TYPED)).toEqual(NOT_TYPED.map(() => false));
    expect(await page.evaluate(() => document.documentElement.innerText)).not.toMatch(/differs|Mar 1990/);

    // The page then puts the right date in the field the user typed into: the mark stays, it answers nothing.
    await page.evaluate(() => (window as unknown as { __guess(v: string): void }).__guess('15/03/1990'));
    await page.waitForTimeout(700);
    expect((await closedShadowText(page))!.marks).toBe(1);

    // The popup, which the page cannot read, names the value the case holds.
    const tabId = await vendorTabId(control);
    await page.evaluate(() => (window as unknown as { __guess(v: string): void }).__guess('16/03/1990'));
    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.extensionId}/src/popup/index.html?tab=${tabId}`);
    await expect.poll(() => popup.locator('.page-findings li').first().textContent(), { timeout: 10_000 }).toMatch(/Date of birth on the page: 16\/03\/1990.*15 Mar 1990/);
    await popup.close();
  });
});

describe('fill grants', () => {
  const surname = (page: Page) => page.locator('#lastName').inputValue();

  it('a fill asking for another case than the open one gets nothing', async () => {
    const page = await open(DETAILS_URL, 'oracle.html');
    expect(await sendToContentScripts(control, { type: 'bg-cs/fill', caseId: otherCase })).toEqual({ ok: false, error: expect.stringContaining('refused') });
    expect(await surname(page)).toBe('');
  });

  it('the popup’s grant fills that tab from the case the user chose, once', async () => {
    const page = await open(DETAILS_URL, 'oracle.html');
    const tabId = await vendorTabId(control);
    const grant = async (origin: string) => (await sendFromPage<{ ok: boolean; grant: string }>(control, { type: 'ui-bg/grant-fill', tabId, origin, caseId: otherCase })).grant;
    // Bound to the page's origin: a grant for another site's page fills nothing here.
    expect(await sendToContentScripts(control, { type: 'bg-cs/fill', grant: await grant('https://visas-be.tlscontact.com') })).toEqual({ ok: false, error: expect.stringContaining('refused') });
    expect(await surname(page)).toBe('');
    const token = await grant('https://visa.vfsglobal.com');
    expect(await sendToContentScripts(control, { type: 'bg-cs/fill', grant: token })).toMatchObject({ ok: true });
    expect(await surname(page)).toBe('Benali');
    await page.locator('#lastName').fill('');
    expect(await sendToContentScripts(control, { type: 'bg-cs/fill', grant: token })).toEqual({ ok: false, error: expect.stringContaining('refused') });
    expect(await surname(page)).toBe('');
  });
});

describe('fields no person can see', () => {
  it('fills none of the hidden fields, and both visible ones, the one scrolled out of view included', async () => {
    const page = await open(DETAILS_URL, 'hiding.html');
    const answer = await sendToContentScripts<{ ok: boolean; result: { filled: number; skipped: { selector: string; reason: string }[] } }>(control, { type: 'bg-cs/fill' });
    expect(answer?.ok).toBe(true);
    const values = await page.evaluate(() => {
      const all: Record<string, string> = {};
      const read = (d: Document) => d.querySelectorAll('input').forEach((i) => (all[i.id] = i.value));
      read(document);
      document.querySelectorAll('iframe').forEach((f) => f.contentDocument && read(f.contentDocument));
      return all;
    });
    const traps = Object.keys(values).filter((id) => id.startsWith('t-'));
    expect(traps).toHaveLength(16);
    expect(Object.fromEntries(traps.map((id) => [id, values[id]]))).toEqual(Object.fromEntries(traps.map((id) => [id, ''])));
    expect([values.lastName, values.firstName]).toEqual(['El Amrani', 'Fatima Zahra']);
    expect(answer!.result.filled).toBe(2);
  });
});

describe('a page that changes what its fields ask', () => {
  const value = (page: Page, id: string) => page.locator(`#${id}`).inputValue();

  it('a caption edited in place is read again: the field gets what its caption asks when the fill runs', async () => {
    const page = await open(DETAILS_URL, 'label-change.html');
    await page.evaluate(() => (window as unknown as { __relabel(id: string, text: string): void }).__relabel('c-label', 'Passport number'));
    await expect
      .poll(async () => (await sendToContentScripts<{ fields: { selector: string; kind: string }[] }>(control, { type: 'describe-page' }))?.fields.find((f) => f.selector === '#c')?.kind, { timeout: 5_000 })
      .toBe('passportNumber');
    expect(await sendToContentScripts(control, { type: 'bg-cs/fill' })).toMatchObject({ ok: true });
    expect(await value(page, 'c')).toBe('AB1234567');
  });

  it('a caption the page changes while the fill runs stops the fill before anything goes where it is not asked', async () => {
    const page = await open(DETAILS_URL, 'label-change.html');
    await page.evaluate(() => (window as unknown as { __turnDuringFill(): void }).__turnDuringFill());
    const answer = await sendToContentScripts<{ ok: boolean; result: { filled: number; skipped: { selector: string; reason: string }[] } }>(control, { type: 'bg-cs/fill' });
    expect(answer?.result.skipped.filter((s) => s.reason === 'kind-changed').map((s) => s.selector)).toEqual(['#b', '#c', '#d']);
    expect(await Promise.all(['a', 'b', 'c', 'd'].map((id) => value(page, id)))).toEqual(['Fatima Zahra', '', '', '']);
  });

  it('fills no passport or birth date on a sign-in step, whatever its fields say', async () => {
    const page = await open('https://visa.vfsglobal.com/tur/en/bel/login', 'label-change.html');
    const answer = await sendToContentScripts<{ ok: boolean; result: { skipped: { selector: string; reason: string }[] } }>(control, { type: 'bg-cs/fill' });
    expect(answer?.result.skipped).toContainEqual({ selector: '#c', kind: 'birthDate', reason: 'not-asked-here' });
    expect(await value(page, 'c')).toBe('');
    expect(await value(page, 'd')).toBe('fatima@example.org');
  });
});

describe('a page that restyles, covers or removes the panel', () => {
  /** The extension's host, as the page's script finds it: the last element of <html>. */
  const onHost = (page: Page, script: string) => page.evaluate((code) => new Function('host', code)(document.documentElement.lastElementChild), script);
  const fillFromPanel = async (page: Page) => {
    await clickInClosedShadow(page, 'head');
    await clickInClosedShadow(page, 'fill');
    await page.waitForTimeout(800);
  };
  const surname = (page: Page) => page.locator('#lastName').inputValue();
  const ready = async (page: Page) => expect.poll(async () => (await closedShadowText(page)) !== null, { timeout: 5_000 }).toBe(true);

  it('fills from a click on the panel as drawn', async () => {
    const page = await open(DETAILS_URL, 'oracle.html');
    await ready(page);
    await page.waitForTimeout(300);
    await fillFromPanel(page);
    expect(await surname(page)).toBe('El Amrani');
  });

  it('puts back a restyled host, and fills nothing while something above it fades it', async () => {
    const page = await open(DETAILS_URL, 'oracle.html');
    await ready(page);
    await onHost(page, "host.style.setProperty('opacity', '0.01', 'important'); host.setAttribute('class', 'decoy');");
    await page.waitForTimeout(100);
    expect(await onHost(page, "return [host.style.getPropertyValue('opacity'), host.getAttribute('class')];")).toEqual(['1', null]);
    await page.evaluate(() => document.documentElement.style.setProperty('filter', 'opacity(0.02)'));
    await fillFromPanel(page);
    expect(await surname(page)).toBe('');
    expect((await closedShadowText(page))!.text).toMatch(/did not fill/);
  });

  it('fills nothing when the page covers the panel with an element clicks pass through', async () => {
    const page = await open(DETAILS_URL, 'oracle.html');
    await ready(page);
    await page.evaluate(() => {
      const cover = document.createElement('div');
      cover.style.cssText = 'position: fixed; inset: 0; background: #fff; z-index: 2147483647; pointer-events: none';
      // After the extension's host, so that it is drawn above it.
      document.documentElement.append(cover);
    });
    await page.waitForTimeout(400);
    await fillFromPanel(page);
    expect(await surname(page)).toBe('');
  });

  it('gives way to the toolbar badge when the page keeps removing the panel', async () => {
    const page = await open(DETAILS_URL, 'oracle.html');
    await ready(page);
    await page.evaluate(() => setInterval(() => document.documentElement.lastElementChild?.localName === 'div' && document.documentElement.lastElementChild.remove(), 20));
    await expect.poll(async () => closedShadowText(page), { timeout: 5_000 }).toBeNull();
    await page.locator('#dateOfBirth').fill('16/03/1990');
    await page.locator('#dateOfBirth').blur();
    const tabId = await vendorTabId(control);
    const badge = () => control.evaluate((id) => (globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }).chrome.action.getBadgeText({ tabId: id }), tabId);
    await expect.poll(badge, { timeout: 5_000 }).toBe('1');
    await page.locator('#dateOfBirth').fill('15/03/1990');
    await page.locator('#dateOfBirth').blur();
    await expect.poll(badge, { timeout: 5_000 }).toBe('');
  });
});
