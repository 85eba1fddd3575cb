// The content script in Chromium on the vendors' real URLs (fixtures served by
// Playwright routing): it fills an Angular-style and a React-style form so that
// the page's own script registers the values, marks a wrong birth date in a
// closed shadow root the page cannot read, answers describe-page as each
// fixture's JSON says, and does nothing on lookalike hosts or plain http.
import type { Page, Route } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { baseChild, completeMarriageCase, variant } from '../scenarios/base';
import { launchExtension, sendFromPage, sendToContentScripts, vendorTabId, type LaunchedExtension } from './harness';
import { closedShadowText } from './shadow';
import { fixture, fixtures, withScript } from './vendor-pages';
import { completeFamilyCase, WHOLE_FORMS } from './whole-forms';

let ext: LaunchedExtension;
let control: Page;
/** The stored complete family case, whose child's form some tests fill. */
let familyId: string;
/** What each URL serves: set by the test before it navigates. */
const served = new Map<string, string>();

async function serve(route: Route): Promise<void> {
  const html = served.get(route.request().url());
  if (html === undefined) return route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' });
  return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
}

function sendToPages<T>(message: unknown): Promise<T | null> {
  return sendToContentScripts<T>(control, message);
}

async function open(url: string, html: string): Promise<Page> {
  served.set(url, html);
  const page = await ext.context.newPage();
  await page.goto(url);
  return page;
}

/** Waits for the content script of the open vendor page to answer. */
async function describePage<T = { site: string; pageType: string; fields: { selector: string; kind: string; reason: string; value: string }[] }>(): Promise<T> {
  let answer: T | null = null;
  await expect.poll(async () => (answer = await sendToPages<T>({ type: 'describe-page' })), { timeout: 10_000 }).not.toBeNull();
  return answer!;
}


beforeAll(async () => {
  ext = await launchExtension({ viewport: { width: 1280, height: 900 } });
  // Nothing leaves the machine: what the fixtures load from elsewhere (captcha frames) is refused.
  await ext.context.route(/^https?:\/\/(?!(visa\.vfsglobal\.com|visas-be\.tlscontact\.com|be\.tlscontact\.com|auth\.visas-be\.tlscontact\.com|visaonweb\.diplomatie\.be|evil\.example)[/:.])/, (route) => route.abort());
  for (const pattern of ['https://visa.vfsglobal.com/**', 'https://visas-be.tlscontact.com/**', 'https://be.tlscontact.com/**', 'https://auth.visas-be.tlscontact.com/**', 'https://visaonweb.diplomatie.be/**', 'https://visa.vfsglobal.com.evil.example/**', 'https://visaonweb.diplomatie.be.evil.example/**', 'http://visa.vfsglobal.com/**', 'https://evil.example/**']) {
    await ext.context.route(pattern, serve);
  }
  control = await ext.openPopup();
  const family = await sendFromPage<{ ok: boolean; ids: string[] }>(control, { type: 'ui-bg/import', text: JSON.stringify(completeFamilyCase()) });
  expect(family.ok).toBe(true);
  familyId = family.ids[0]!;
  const imported = await sendFromPage<{ ok: boolean; ids: string[] }>(control, { type: 'ui-bg/import', text: JSON.stringify(completeMarriageCase()) });
  expect(imported.ok).toBe(true);
  expect(await sendFromPage(control, { type: 'ui-bg/set-active', id: imported.ids[0] })).toEqual({ ok: true });
});

afterEach(async () => {
  for (const page of ext.context.pages()) if (page !== control) await page.close();
});

afterAll(async () => {
  await ext?.close();
});

describe('content script on the vendors’ pages', () => {
  for (const { name, expected } of fixtures.filter((f) => f.expected.site !== null)) {
    it(`${name}: describe-page answers as the fixture says`, async () => {
      await open(expected.url, fixture(name).html);
      const answer = await describePage();
      expect(answer.site).toBe(expected.site);
      expect(answer.pageType).toBe(expected.pageType);
      expect(answer.fields.map((f) => `${f.selector}  ${f.kind}`)).toEqual(expected.fields.map((f) => `${f.selector}  ${f.kind}`));
      for (const f of answer.fields) {
        expect(Object.keys(f).sort()).toEqual(['kind', 'reason', 'selector', 'value']);
        expect(['vendor-rule', 'autocomplete', 'attribute', 'label', 'sequence']).toContain(f.reason);
      }
    });
  }

  it('fills the VFS Global Angular form so that the page registers every value, mat-selects included, and submits nothing', async () => {
    const { expected, html } = fixture('vfsglobal/applicant-details');
    const page = await open(expected.url, withScript(html));
    let submitted = false;
    page.on('request', (r) => (submitted ||= r.method() === 'POST'));
    await describePage();
    const answer = await sendToPages<{ ok: true; result: { filled: number; skipped: unknown[] } }>({ type: 'bg-cs/fill' });
    expect(answer).toEqual({ ok: true, result: { filled: 10, skipped: [] } });
    expect(await page.evaluate(() => (window as unknown as { __registered: Record<string, string> }).__registered)).toEqual({
      'mat-input-3': 'Fatima Zahra',
      'mat-input-4': 'El Amrani',
      'mat-select-0': 'FEMALE',
      dateOfBirth: '15/03/1990',
      'mat-select-2': 'MOROCCO',
      'mat-input-5': 'AB1234567',
      passportExpirtyDate: '01/05/2031',
      'mat-input-6': '212',
      'mat-input-7': '600000000',
      'mat-input-8': 'fatima@example.org',
    });
    expect(submitted).toBe(false);
    expect(page.url()).toBe(expected.url);
  });

  it('fills the TLScontact React form, radio and select included', async () => {
    const { expected, html } = fixture('tlscontact/applicant-details');
    const page = await open(expected.url, withScript(html));
    await describePage();
    const answer = await sendToPages<{ ok: true; result: { filled: number; skipped: unknown[] } }>({ type: 'bg-cs/fill' });
    expect(answer).toEqual({ ok: true, result: { filled: 8, skipped: [] } });
    expect(await page.evaluate(() => (window as unknown as { __registered: Record<string, string> }).__registered)).toEqual({
      f_pers_surnames: 'El Amrani',
      f_birth_surnames: 'Bennani',
      f_pers_givennames: 'Fatima Zahra',
      f_pers_sex: 'F',
      f_pers_birth_date: '15/03/1990',
      f_pers_nationality: 'ma',
      f_pass_num: 'AB1234567',
      'phone-number': '+212600000000',
    });
  });

  // The whole application form from a complete case, as the page's own script registered it:
  // every field the fixture's .expected.json lists is registered, but for the kinds the case has no value for.
  for (const { name, person, filled, skipped, registered: expectedRegistered } of WHOLE_FORMS) {
    it(`fills the whole ${name} form of the ${person} from a complete case`, async () => {
      const { expected, html } = fixture(name);
      const page = await open(expected.url, withScript(html));
      await describePage();
      let fill: { type: 'bg-cs/fill'; caseId?: string; grant?: string } = { type: 'bg-cs/fill' };
      if (person !== 'applicant') {
        // A child's form, as the popup fills it: a grant for this tab and origin, from the family case, as the child's.
        const tabId = await vendorTabId(control);
        const granted = await sendFromPage<{ ok: true; grant: string }>(control, { type: 'ui-bg/grant-fill', tabId, origin: new URL(expected.url).origin, caseId: familyId, person });
        fill = { type: 'bg-cs/fill', caseId: familyId, grant: granted.grant };
      }
      const answer = await sendToPages<{ ok: true; result: { filled: number; skipped: { kind: string; reason: string }[] } }>(fill);
      expect(answer?.result.filled).toBe(filled);
      expect(answer?.result.skipped.map(({ kind, reason }) => ({ kind, reason }))).toEqual(skipped);
      const registered = await page.evaluate(() => (window as unknown as { __registered: Record<string, string> }).__registered);
      expect(registered).toEqual(expectedRegistered);
      const left = new Set(skipped.map((s) => s.kind));
      const recognised = expected.fields.filter((f) => f.kind !== 'other' && !left.has(f.kind)).map((f) => f.selector);
      const keys = await page.evaluate((selectors) => selectors.map((s) => {
        const el = document.querySelector(s) as HTMLInputElement;
        return el.type === 'radio' ? el.name : el.id || el.name || el.getAttribute('ng-model');
      }), recognised);
      expect(keys.filter((key) => key === null || !(key in registered))).toEqual([]);
    });
  }

  it('marks a wrong birth date and summarises it in a closed shadow root the page cannot read', async () => {
    const { expected, html } = fixture('vfsglobal/applicant-details');
    const page = await open(expected.url, withScript(html));
    await describePage();
    expect(await closedShadowText(page)).not.toBeNull();
    expect((await closedShadowText(page))!.marks).toBe(0);
    await page.locator('#dateOfBirth').fill('16/03/1990');
    await page.locator('#dateOfBirth').blur();
    await expect.poll(async () => (await closedShadowText(page))?.marks, { timeout: 5_000 }).toBe(1);
    expect((await closedShadowText(page))!.text).toMatch(/1 field disagrees with the case/);
    // Which field, never what the case holds: the page can search what is drawn over it.
    expect((await closedShadowText(page))!.text).toMatch(/Date of birth differs from the case/);
    expect((await closedShadowText(page))!.text).not.toMatch(/15 Mar 1990|15\/03\/1990|1990-03-15|Mar 1990/);
    const status = await sendToPages<{ disagree: number; marks: { selector: string; rules: string[] }[] }>({ type: 'bg-cs/page-status' });
    expect(status?.disagree).toBe(1);
    expect(status?.marks).toEqual([{ selector: '#dateOfBirth', rules: ['FORM.DOB_MISMATCH'] }]);
    // What the page's own script can see: a host element and nothing inside it.
    const seen = await page.evaluate(() => {
      const host = document.documentElement.lastElementChild as HTMLElement;
      return {
        hostTag: host.tagName,
        shadowRoot: host.shadowRoot,
        panelParts: document.querySelectorAll('.panel, .mark, section, ul').length,
        pageText: document.documentElement.innerText.includes('disagrees'),
        layoutBox: host.getBoundingClientRect().width + host.getBoundingClientRect().height,
      };
    });
    expect(seen).toEqual({ hostTag: 'DIV', shadowRoot: null, panelParts: 0, pageText: false, layoutBox: 0 });
    // Typing the right date again clears the mark.
    await page.locator('#dateOfBirth').fill('15/03/1990');
    await expect.poll(async () => (await closedShadowText(page))?.marks, { timeout: 5_000 }).toBe(0);
  });

  /** Chooses an option as a person does, from the keyboard (trusted events; a script's change does not count as the user's). */
  async function chooseByKeyboard(page: Page, selector: string, value: string): Promise<void> {
    const index = await page.locator(selector).evaluate((el, v) => Array.from((el as HTMLSelectElement).options).findIndex((o) => o.value === v), value);
    await page.locator(selector).focus();
    for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
    expect(await page.locator(selector).inputValue()).toBe(value);
  }

  // The host's postal code, the marital status and the travel document type, as a user types or chooses them.
  for (const [name, host, marital, documentType] of [
    ['visaonweb/applicant-details', 'input[ng-model="reference.Person_Address.PostalCode"]', ['select[ng-model="VA.Personal_Data_CivilStateId"]', '2'], ['select[ng-model="VA.TravelDocument_DocumentTypeId"]', '4']],
    ['tlscontact/applicant-details-legacy', 'input[name="f_trav_host_address[postcode]"]', ['#f_fami_marital_status', 'Married'], ['#passport-type', 'diplomatic']],
  ] as const) {
    it(`${name}: marks a host postal code, a marital status and a travel document type that contradict the case, each on its field, out of the page's reach`, async () => {
      const { expected, html } = fixture(name);
      const page = await open(expected.url, withScript(html));
      await describePage();
      const fields = [host, marital[0], documentType[0]];
      const attributes = () => page.evaluate((selectors) => selectors.map((s) => Array.from(document.querySelector(s)!.attributes, (a) => `${a.name}=${a.value}`).join(' ')), fields);
      const before = await attributes();
      expect((await closedShadowText(page))!.marks).toBe(0);
      // Untouched, nothing disagrees: VisaOnWeb's date lists open on XX and the current year, a date not given yet.
      expect((await sendToPages<{ disagree: number }>({ type: 'bg-cs/page-status' }))?.disagree).toBe(0);
      // The partner in Belgium lives at 2000 Antwerpen; typed: 1000.
      await page.locator(host).fill('1000');
      await page.locator(host).blur();
      await expect.poll(async () => (await closedShadowText(page))?.marks, { timeout: 5_000 }).toBe(1);
      // The case: unmarried; chosen: married.
      await chooseByKeyboard(page, marital[0], marital[1]);
      await expect.poll(async () => (await closedShadowText(page))?.marks, { timeout: 5_000 }).toBe(2);
      // The case: an ordinary passport; chosen: a diplomatic one.
      await chooseByKeyboard(page, documentType[0], documentType[1]);
      await expect.poll(async () => (await closedShadowText(page))?.marks, { timeout: 5_000 }).toBe(3);
      const status = await sendToPages<{ disagree: number; marks: { selector: string; rules: string[] }[] }>({ type: 'bg-cs/page-status' });
      expect(status?.disagree).toBe(3);
      expect(new Map(status?.marks.map((m) => [m.selector, m.rules]))).toEqual(
        new Map([
          [expected.fields.find((f) => f.kind === 'hostPostalCode')!.selector, ['FORM.HOST_ADDRESS_MISMATCH']],
          [expected.fields.find((f) => f.kind === 'maritalStatus')!.selector, ['FORM.MARITAL_STATUS_MISMATCH']],
          [expected.fields.find((f) => f.kind === 'documentType')!.selector, ['FORM.DOCUMENT_TYPE_MISMATCH']],
        ]),
      );
      const drawn = (await closedShadowText(page))!.text;
      expect(drawn).toMatch(/3 fields disagree with the case/);
      expect(drawn).toMatch(/Postal code of the partner in Belgium differs from the case/);
      expect(drawn).toMatch(/Marital status differs from the case/);
      expect(drawn).toMatch(/Type of travel document differs from the case/);
      // Which field, never what the case holds.
      expect(drawn).not.toMatch(/2000|Antwerpen|unmarried|single|ongehuwd|célibataire|ordinary|gewoon|ordinaire/i);
      // The page's own script sees its fields as it made them, and no finding text.
      expect(await attributes()).toEqual(before);
      const seen = await page.evaluate(() => ({
        text: document.documentElement.innerText.includes('differs'),
        openRoots: Array.from(document.querySelectorAll('*')).filter((e) => e.shadowRoot !== null).length,
      }));
      expect(seen).toEqual({ text: false, openRoots: 0 });
      // Put right, each mark goes.
      await page.locator(host).fill('2000');
      await page.locator(host).blur();
      await expect.poll(async () => (await closedShadowText(page))?.marks, { timeout: 5_000 }).toBe(2);
    });
  }

  it('recognises the page again when the Angular app changes route without reloading', async () => {
    const login = fixture('vfsglobal/login');
    const details = fixture('vfsglobal/applicant-details');
    const page = await open(login.expected.url, login.html);
    expect((await describePage()).pageType).toBe('login');
    const body = details.html.slice(details.html.indexOf('<body>') + 6, details.html.indexOf('</body>'));
    await page.evaluate((html) => {
      document.body.innerHTML = html;
      history.pushState({}, '', '/tur/en/bel/your-details');
    }, body);
    await expect.poll(async () => (await sendToPages<{ pageType: string; fields: unknown[] }>({ type: 'describe-page' }))?.pageType, { timeout: 5_000 }).toBe('applicant-details');
    expect((await describePage()).fields).toHaveLength(details.expected.fields.length);
    // The new session draws its panel; the old one left nothing behind.
    await expect.poll(async () => (await closedShadowText(page)) !== null, { timeout: 5_000 }).toBe(true);
    expect(await page.evaluate(() => Array.from(document.documentElement.children).filter((e) => e.tagName === 'DIV').length)).toBe(1);
  });

  it('sees changes inside a same-origin frame, a neutral one and a new field', async () => {
    const { expected, html } = fixture('hostile/cross-origin-frame');
    const page = await open(expected.url, html);
    expect((await describePage()).fields).toHaveLength(2);
    const frame = async () => (await (await page.$('#same-origin-frame'))!.contentFrame())!;
    const startedAt = async () => (await sendToPages<{ startedAt: number }>({ type: 'bg-cs/timings' }))!.startedAt;
    const before = await startedAt();
    await (await frame()).evaluate(() => document.body.append(document.createElement('i')));
    await expect.poll(startedAt, { timeout: 5_000 }).not.toBe(before);
    expect((await describePage()).fields.map((f) => `${f.selector}  ${f.kind}`)).toEqual(expected.fields.map((f) => `${f.selector}  ${f.kind}`));
    await (await frame()).evaluate(() => document.body.insertAdjacentHTML('beforeend', '<label for="given">Given names</label><input id="given">'));
    await expect.poll(async () => (await describePage()).fields.map((f) => `${f.selector}  ${f.kind}`), { timeout: 5_000 }).toContain('#same-origin-frame >>> #given  givenNames');
  });

  it('does nothing on a lookalike host or over plain http', async () => {
    const { html } = fixture('vfsglobal/applicant-details');
    for (const url of ['https://visa.vfsglobal.com.evil.example/tur/en/bel/your-details', 'http://visa.vfsglobal.com/tur/en/bel/your-details']) {
      const page = await open(url, html);
      await page.waitForLoadState('load');
      await page.waitForTimeout(500);
      expect(await sendToPages({ type: 'describe-page' })).toBeNull();
      expect(await page.evaluate(() => document.documentElement.lastElementChild?.tagName)).toBe('BODY');
      await page.close();
    }
  });

  it('gives a listening page nothing before the user asks to fill, then only the field it asked for', async () => {
    const { expected, html } = fixture('hostile/listening-script');
    type Seen = { events: string[]; mutations: number; snapshot: string };
    // What the page's own script sees of itself, with the user typing a password: measured where no content script runs.
    const observe = async (page: Page) => {
      await page.locator('#Password').fill('secret-typed-by-user');
      await page.waitForTimeout(600);
      return page.evaluate(() => {
        const w = window as unknown as { __seen: Seen; __snapshot(): string; __globals: number };
        return { mutations: w.__seen.mutations, events: [...new Set(w.__seen.events)].sort(), snapshotUnchanged: w.__snapshot() === w.__seen.snapshot, newGlobals: Object.keys(window).length - w.__globals, html: document.documentElement.outerHTML };
      });
    };
    const baseline = await observe(await open('https://visaonweb.diplomatie.be.evil.example/nl/Account/Login', html));
    const page = await open(expected.url, html);
    expect((await describePage()).fields.map((f) => f.kind)).toEqual(['email', 'password']);
    const before = await observe(page);
    expect({ ...before, html: undefined }).toEqual({ ...baseline, html: undefined });
    for (const value of ['fatima@example.org', 'AB1234567', 'El Amrani', '1990']) expect(before.html).not.toContain(value);
    // describe-page never carries a password back, even one typed by the user.
    expect((await describePage()).fields.find((f) => f.kind === 'password')?.value).toBe('');

    expect(await sendToPages({ type: 'bg-cs/fill' })).toEqual({ ok: true, result: { filled: 1, skipped: [] } });
    const after = await page.evaluate(() => ({
      email: (document.getElementById('UserName') as HTMLInputElement).value,
      password: (document.getElementById('Password') as HTMLInputElement).value,
      html: document.documentElement.outerHTML,
      mutations: (window as unknown as { __seen: Seen }).__seen.mutations,
    }));
    expect(after.email).toBe('fatima@example.org');
    expect(after.password).toBe('secret-typed-by-user');
    expect(after.mutations).toBe(before.mutations);
    for (const value of ['AB1234567', 'El Amrani', '15/03/1990']) expect(after.html).not.toContain(value);
  });

  it('shows the page status and fills from the popup opened for that tab', async () => {
    const { expected, html } = fixture('vfsglobal/applicant-details');
    const page = await open(expected.url, withScript(html));
    await describePage();
    const tabId = await vendorTabId(control);
    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.extensionId}/src/popup/index.html?tab=${tabId}`);
    await expect.poll(() => popup.locator('.page-status').textContent(), { timeout: 10_000 }).toBe('VFS Global — applicant details: 10 fields recognised, none disagree with the case');
    await popup.getByRole('button', { name: 'Fill this page from El Amrani – Peeters' }).click();
    await expect.poll(() => popup.locator('.page-fill-result').textContent(), { timeout: 10_000 }).toBe('10 fields filled. Check them before you continue.');
    expect(await page.locator('#mat-input-4').inputValue()).toBe('El Amrani');
    await popup.close();
  });

  it('fills a child’s VisaOnWeb form chosen in the popup with the child and the holder of parental authority, and compares what is typed there with the child', async () => {
    const family = variant(completeMarriageCase(), (c) => {
      c.label = 'Family with Yasmine';
      c.children = [{ ...baseChild(), sex: 'F', parentalAuthority: [{ surname: 'El Amrani', givenNames: 'Fatima Zahra', nationality: 'MA' }] }];
    });
    const imported = await sendFromPage<{ ok: boolean; ids: string[] }>(control, { type: 'ui-bg/import', text: JSON.stringify(family) });
    const before = await sendFromPage<{ activeId: string }>(control, { type: 'ui-bg/list-cases' });
    await sendFromPage(control, { type: 'ui-bg/set-active', id: imported.ids[0] });
    try {
      const { expected, html } = fixture('visaonweb/applicant-details');
      const page = await open(expected.url, withScript(html));
      // The page shows the parental-authority block for a minor (ng-show="VA.Personal_Data_ExtendedMinor").
      await page.evaluate(() => document.querySelectorAll('fieldset.ng-hide').forEach((f) => (f.classList.remove('ng-hide'), (f as HTMLElement).style.removeProperty('display'))));
      await describePage();
      const popup = await ext.context.newPage();
      await popup.goto(`chrome-extension://${ext.extensionId}/src/popup/index.html?tab=${await vendorTabId(control)}`);
      const whose = popup.getByLabel('Whose application form is this page?');
      await expect.poll(() => whose.locator('option').allTextContents(), { timeout: 10_000 }).toEqual(['Applicant (Fatima Zahra El Amrani)', 'Child 1 (Yasmine El Amrani)']);
      await whose.selectOption('children[0]');
      await popup.getByRole('button', { name: 'Fill this page from Family with Yasmine' }).click();
      await expect.poll(() => popup.locator('.page-fill-result').textContent(), { timeout: 10_000 }).toMatch(/filled/);
      const registered = await page.evaluate(() => (window as unknown as { __registered: Record<string, string> }).__registered);
      expect(registered).toMatchObject({
        'VA.Personal_Data_LastName': 'El Amrani',
        'VA.Personal_Data_FirstName': 'Yasmine',
        Day: '01',
        Month: '06',
        Year: '2015',
        'VA.TravelDocument_DocumentNumber': 'CD7654321',
        'VA.Personal_Data_Address.City': 'Casablanca',
        'VA.Guardian_Parent1.Lastname': 'El Amrani',
        'VA.Guardian_Parent1.Firstname': 'Fatima Zahra',
        'VA.Guardian_Parent1.NationalityId': '151',
        'reference.Person_LastName': 'Peeters',
      });
      // Nothing of the applicant's own that a child's form must not carry.
      expect(Object.values(registered)).not.toContain('AB1234567');
      expect(Object.values(registered)).not.toContain('Clinique Al Amal');
      // The cross-check compares the filled form with the child: nothing disagrees.
      await expect.poll(() => popup.locator('.page-status').textContent(), { timeout: 10_000 }).toMatch(/none disagree with the case$/);
      // The applicant's given names typed there disagree with the child's.
      await page.locator('[ng-model="VA.Personal_Data_FirstName"]').fill('Fatima Zahra');
      await page.locator('[ng-model="VA.Personal_Data_FirstName"]').blur();
      await popup.reload();
      await expect.poll(() => popup.locator('.page-status').textContent(), { timeout: 10_000 }).toMatch(/1 disagrees with the case$/);
      // Opened again, the popup shows the child chosen: a fill now would not put the applicant into the child's form.
      await expect.poll(() => whose.inputValue(), { timeout: 10_000 }).toBe('children[0]');
      await popup.close();
    } finally {
      await sendFromPage(control, { type: 'ui-bg/set-active', id: before.activeId });
    }
  });
});
