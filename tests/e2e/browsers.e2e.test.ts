// The same user paths in Chromium and in Firefox ESR, each over its own build
// (dist/, dist-firefox/): a case typed into the popup and its findings, the
// payment communication copied and its QR code decoded, the VFS Global and
// TLScontact forms filled so that the page's own script registers the values,
// a wrong birth date marked, and nothing at all on a lookalike host or over
// plain http.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseMarriageCase } from '../scenarios/base';
import { BROWSERS, decodeQr, launchSession, readQrPixels, type ExtensionSession, type TabPage } from './harness';
import { fixture, withScript } from './vendor-pages';

interface Registered {
  __registered: Record<string, string>;
}

describe.each(BROWSERS)('the extension in %s', (browser) => {
  let session: ExtensionSession;
  let popup: TabPage;

  beforeAll(async () => {
    session = await launchSession(browser, { viewport: { width: 420, height: 800 } });
    popup = await session.openPopup();
  });

  afterAll(async () => {
    await session?.close();
  });

  /** Waits for the content script of the open vendor page to answer describe-page. */
  async function describePage(): Promise<{ site: string; pageType: string; fields: unknown[] }> {
    let answer: Awaited<ReturnType<typeof describePage>> | null = null;
    await expect.poll(async () => (answer = await session.sendToContentScripts({ type: 'describe-page' })), { timeout: 10_000 }).not.toBeNull();
    return answer!;
  }

  it('creates a case typed into the popup and shows its findings, an age error included', async () => {
    await popup.click('input[name="new-case-type"][value="marriage"]');
    await popup.click('button[type="submit"]', 'Start the case');
    await popup.waitFor('h2', 'Untitled case');
    await popup.fill('#field-applicationDate', '2025-03-10');
    await popup.fill('#field-applicant-surname', 'El Amrani');
    await popup.fill('#field-applicant-givenNames', 'Fatima Zahra');
    await popup.select('#field-applicant-nationality', 'MA');
    await popup.fill('#field-applicant-birthDate', '2010-01-01');
    await popup.waitFor('*', 'Saved');
    await popup.click('[role="tab"]', 'Findings');
    await popup.waitFor('.finding-error', 'The applicant is 15 on 10 Mar 2025');
    const stored = await session.send<{ ok: true; case: { applicant: Record<string, string> } }>({ type: 'ui-bg/get-case', id: (await session.send<{ activeId: string }>({ type: 'ui-bg/list-cases' })).activeId });
    expect(stored.case.applicant).toMatchObject({ surname: 'El Amrani', givenNames: 'Fatima Zahra', nationality: 'MA', birthDate: '2010-01-01' });
    // Corrected, the error goes.
    await popup.click('[role="tab"]', 'Details');
    await popup.fill('#field-applicant-birthDate', '1990-03-15');
    await popup.click('[role="tab"]', 'Findings');
    await expect.poll(() => popup.evaluate(() => Array.from(document.querySelectorAll('.finding-error')).filter((e) => e.textContent?.includes('The applicant is')).length), { timeout: 5_000 }).toBe(0);
  });

  it('copies the exact communication and shows a QR code holding the EPC payload', async () => {
    const { activeId } = await session.send<{ activeId: string }>({ type: 'ui-bg/list-cases' });
    const answer = await session.send<{ ok: true; report: { findings: { message?: string }[]; payments: { communication: string; epcQr: string }[] } }>({ type: 'ui-bg/check-case', id: activeId, lang: 'en' });
    // Every finding arrives with its text, whichever way the browser copies the answer.
    expect(answer.report.findings.filter((f) => !f.message)).toEqual([]);
    const payment = answer.report.payments[0]!;
    expect(payment.communication).toBe('ElAmraniFatimaZahraMarokko15031990');
    await popup.click('[role="tab"]', 'Payment');
    await popup.click('button[aria-describedby="communication-0-label"]');
    await popup.waitFor('*', 'Copied');
    expect(await popup.evaluate(() => navigator.clipboard.readText())).toBe('ElAmraniFatimaZahraMarokko15031990');
    await popup.waitFor('svg.qr');
    const decoded = decodeQr(await popup.evaluate(readQrPixels));
    expect(decoded).toBe(payment.epcQr);
    expect(decoded?.startsWith('BCD\n')).toBe(true);
  });

  describe('on the vendors’ pages', () => {
    beforeAll(async () => {
      const imported = await session.send<{ ok: boolean; ids: string[] }>({ type: 'ui-bg/import', text: JSON.stringify(baseMarriageCase()) });
      expect(imported.ok).toBe(true);
      expect(await session.send({ type: 'ui-bg/set-active', id: imported.ids[0] })).toEqual({ ok: true });
    });

    it('fills the VFS Global Angular form so that the page registers every value, mat-selects included', async () => {
      const { expected, html } = fixture('vfsglobal/applicant-details');
      const page = await session.openServed(expected.url, withScript(html));
      await describePage();
      expect(await session.sendToContentScripts({ type: 'bg-cs/fill' })).toEqual({ ok: true, result: { filled: 10, skipped: [] } });
      expect(await page.evaluate(() => (window as unknown as Registered).__registered)).toEqual({
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
      expect(await page.evaluate(() => location.href)).toBe(expected.url);
      await page.close();
    });

    it('fills the TLScontact React form, radio and select included', async () => {
      const { expected, html } = fixture('tlscontact/applicant-details');
      const page = await session.openServed(expected.url, withScript(html));
      await describePage();
      // The surname at birth is recognised too; this case has none, so it is left for the user.
      expect(await session.sendToContentScripts({ type: 'bg-cs/fill' })).toEqual({ ok: true, result: { filled: 7, skipped: [{ selector: '#f_birth_surnames', kind: 'surnameAtBirth', reason: 'no-value' }] } });
      expect(await page.evaluate(() => (window as unknown as Registered).__registered)).toEqual({
        f_pers_surnames: 'El Amrani',
        f_pers_givennames: 'Fatima Zahra',
        f_pers_sex: 'F',
        f_pers_birth_date: '15/03/1990',
        f_pers_nationality: 'ma',
        f_pass_num: 'AB1234567',
        'phone-number': '+212600000000',
      });
      await page.close();
    });

    it('marks a wrong birth date typed into the page, out of the page’s sight, and clears the mark when corrected', async () => {
      const { expected, html } = fixture('vfsglobal/applicant-details');
      const page = await session.openServed(expected.url, withScript(html));
      await describePage();
      type Status = { disagree: number; marks: { selector: string; rules: string[] }[] };
      const status = () => session.sendToContentScripts<Status>({ type: 'bg-cs/page-status' });
      expect((await status())?.marks).toEqual([]);
      await page.fill('#dateOfBirth', '16/03/1990');
      await page.evaluate(() => (document.getElementById('dateOfBirth') as HTMLInputElement).blur());
      await expect.poll(async () => (await status())?.marks, { timeout: 5_000 }).toEqual([{ selector: '#dateOfBirth', rules: ['FORM.DOB_MISMATCH'] }]);
      expect((await status())?.disagree).toBe(1);
      // The panel's host is all the page can see: no shadow root, no text, no box.
      expect(
        await page.evaluate(() => {
          const host = document.documentElement.lastElementChild as HTMLElement;
          return { hostTag: host.tagName, shadowRoot: host.shadowRoot, pageText: document.documentElement.innerText.includes('disagrees'), box: host.getBoundingClientRect().width + host.getBoundingClientRect().height };
        }),
      ).toEqual({ hostTag: 'DIV', shadowRoot: null, pageText: false, box: 0 });
      await page.fill('#dateOfBirth', '15/03/1990');
      await page.evaluate(() => (document.getElementById('dateOfBirth') as HTMLInputElement).blur());
      await expect.poll(async () => (await status())?.disagree, { timeout: 5_000 }).toBe(0);
      await page.close();
    });

    it('does nothing on a lookalike host or over plain http', async () => {
      const { html } = fixture('vfsglobal/applicant-details');
      for (const url of ['https://visa.vfsglobal.com.evil.example/tur/en/bel/your-details', 'http://visa.vfsglobal.com/tur/en/bel/your-details']) {
        const page = await session.openServed(url, html);
        expect(await page.evaluate(() => location.href)).toBe(url);
        await new Promise((r) => setTimeout(r, 500));
        expect(await session.sendToContentScripts({ type: 'describe-page' })).toBeNull();
        expect(await page.evaluate(() => document.documentElement.lastElementChild?.tagName)).toBe('BODY');
        await page.close();
      }
    });
  });
});
