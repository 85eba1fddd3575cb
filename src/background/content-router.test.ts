import { describe, expect, it } from 'vitest';
import { baseChild, baseMarriageCase, variant } from '../../tests/scenarios/base';
import { createCaseStore } from '../storage/case-store';
import { createMemoryArea } from '../storage/key-value-area';
import { createContentRouter, type ContentSender, type PageDetails } from './content-router';
import { createFormPeople, type FormPeople } from './form-people';
import { createGrants, GRANT_TTL_MS, type Grants } from './grants';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const VFS = 'https://visa.vfsglobal.com/tur/en/bel/your-details';
const vfsTab: ContentSender = { id: ID, url: VFS, frameId: 0, tab: { id: 7 } };

async function setup(options: { lang?: 'nl' | 'fr' | 'en'; uiLanguage?: string; withCase?: boolean; details?: PageDetails; grants?: Grants; people?: FormPeople; store?: ReturnType<typeof createCaseStore> } = {}) {
  const store = options.store ?? createCaseStore(createMemoryArea());
  if (options.withCase !== false && !options.store) await store.importCases(JSON.stringify(baseMarriageCase()));
  if (options.lang) await store.setSettings({ lang: options.lang });
  const route = createContentRouter({ store, runtimeId: ID, today: () => '2025-03-10', uiLanguage: () => options.uiLanguage ?? 'en-US', details: options.details, grants: options.grants, people: options.people });
  return (message: unknown, sender: ContentSender = vfsTab) => route(message, sender);
}

const wrongBirthDate = { type: 'cs-bg/cross-check', site: 'vfsglobal', pageType: 'applicant-details', fields: [{ selector: '#dateOfBirth', kind: 'birthDate', value: '16/03/1990', dateFormat: 'dd/mm/yyyy' }] };

describe('background: content script messages', () => {
  it('compares typed values with the active case and names the field to the page, the values to the popup only', async () => {
    const details: PageDetails = new Map();
    const send = await setup({ details });
    const answer = (await send(wrongBirthDate)) as { ok: true; caseLabel: string; findings: { rule: string; selector: string; severity: string; message: string }[] };
    expect(answer.ok).toBe(true);
    expect(answer.caseLabel).toBe('El Amrani – Peeters');
    expect(answer.findings.map((f) => [f.rule, f.selector, f.severity])).toEqual([['FORM.DOB_MISMATCH', '#dateOfBirth', 'error']]);
    expect(answer.findings[0]!.message).toBe('Date of birth differs from the case');
    expect(JSON.stringify(answer)).not.toMatch(/15|1990-03|Mar/);
    expect(details.get(7)?.findings[0]!.message).toBe('Date of birth on the page: 16/03/1990 (16 Mar 1990); passport: 15 Mar 1990');
  });

  it('answers nothing to disagree with when the typed values match the case', async () => {
    const send = await setup();
    const same = { ...wrongBirthDate, fields: [{ ...wrongBirthDate.fields[0], value: '15/03/1990' }, { selector: '#mat-input-4', kind: 'surname', value: 'EL AMRANI' }] };
    expect(await send(same)).toMatchObject({ ok: true, findings: [] });
  });

  it('writes messages in the language the user chose, else the browser’s', async () => {
    const nl = (await (await setup({ lang: 'nl', uiLanguage: 'fr-BE' }))(wrongBirthDate)) as { findings: { message: string }[] };
    const fr = (await (await setup({ uiLanguage: 'fr-BE' }))(wrongBirthDate)) as { findings: { message: string }[] };
    const en = (await (await setup({ uiLanguage: 'de-DE' }))(wrongBirthDate)) as { findings: { message: string }[] };
    expect([nl.findings[0]!.message, fr.findings[0]!.message, en.findings[0]!.message]).toEqual(['Geboortedatum wijkt af van het dossier', 'Date de naissance\u202f: ne correspond pas au dossier', 'Date of birth differs from the case']);
  });

  it('gives the case values for a fill, and nothing without an open case', async () => {
    expect(await (await setup())({ type: 'cs-bg/profile-values' })).toMatchObject({
      ok: true,
      values: { surname: 'El Amrani', birthDate: '1990-03-15', birthDay: '15', nationality: 'MA', sex: 'F', passportExpiryDate: '2031-05-01', phone: '+212600000000' },
    });
    expect(await (await setup({ withCase: false }))({ type: 'cs-bg/profile-values' })).toEqual({ ok: false, error: 'no case is open' });
  });

  it('serves the overlay’s CSS, without needing a case', async () => {
    expect(await (await setup({ withCase: false }))({ type: 'cs-bg/overlay-style' })).toEqual({ ok: true, css: expect.stringContaining('.panel {'), host: expect.arrayContaining(['position: fixed', 'z-index: 2147483647']) });
  });

  it('hands the content script the words that name fields, in every language captions are read in, without needing a case', async () => {
    const send = await setup({ withCase: false });
    const answer = (await send({ type: 'cs-bg/vocabulary' })) as { ok: true; vocabulary: { labels: Record<string, [string, string][]>; identifiers: unknown[] } };
    expect(Object.keys(answer.vocabulary.labels).sort()).toEqual(['de', 'en', 'fr', 'nl']);
    expect(answer.vocabulary.labels.nl!.find(([kind]) => kind === 'surnameAtBirth')?.[1]).toContain('geboortenaam');
    // What crosses the message boundary is plain data: strings, no code.
    expect(JSON.parse(JSON.stringify(answer.vocabulary))).toEqual(answer.vocabulary);
  });

  it('names the countries of option texts in Dutch, French or English, without needing a case', async () => {
    const send = await setup({ withCase: false });
    const texts = ['Marokko', 'Maroc', 'MOROCCO', 'ma', 'Select', 'Stateless', '151'];
    expect(await send({ type: 'cs-bg/country-codes', texts })).toEqual({ ok: true, codes: ['MA', 'MA', 'MA', 'MA', null, 'XX', null] });
    expect(await send({ type: 'cs-bg/country-codes', texts: ['x'.repeat(301)] })).toEqual({ ok: false, error: 'not a valid message' });
    expect(await send({ type: 'cs-bg/country-codes', texts: ['Maroc'] }, { ...vfsTab, url: 'https://example.org/' })).toMatchObject({ ok: false, error: expect.stringContaining('refused') });
  });

  it('refuses other senders: pages off the vendors’ hosts, lookalikes, http, frames, other extensions, the popup', async () => {
    const send = await setup();
    const refused = { ok: false, error: expect.stringContaining('refused') };
    const senders: ContentSender[] = [
      { ...vfsTab, url: 'https://visa.vfsglobal.com.evil.example/tur/en/bel/your-details' },
      { ...vfsTab, url: 'http://visa.vfsglobal.com/tur/en/bel/your-details' },
      { ...vfsTab, url: 'https://visa.vfsglobal.com/tur/en/pol/your-details' },
      { ...vfsTab, url: 'https://example.org/' },
      { ...vfsTab, frameId: 3 },
      { ...vfsTab, id: 'another-extension' },
      { id: ID, url: `chrome-extension://${ID}/src/popup/index.html` },
      { ...vfsTab, tab: { id: 7, url: 'https://example.org/' } },
    ];
    for (const sender of senders) {
      expect(await send({ type: 'cs-bg/profile-values' }, sender), JSON.stringify(sender)).toEqual(refused);
      expect(await send(wrongBirthDate, sender)).toEqual(refused);
    }
  });

  it('accepts the other vendors’ hosts and ignores messages it does not own', async () => {
    const send = await setup();
    for (const url of ['https://visas-be.tlscontact.com/fr-fr/4123456/workflow/applicants-information', 'https://visaonweb.diplomatie.be/nl/VisaApplication/Edit/x']) {
      expect(await send({ type: 'cs-bg/profile-values' }, { ...vfsTab, url })).toMatchObject({ ok: true });
    }
    expect(send({ type: 'ui-bg/list-cases' })).toBeUndefined();
    expect(await send({ type: 'cs-bg/cross-check', site: 'vfsglobal' })).toEqual({ ok: false, error: 'not a valid message' });
    expect(await send({ ...wrongBirthDate, fields: [{ selector: '#p', kind: 'password', value: 'x' }] })).toMatchObject({ ok: true, findings: [] });
  });

  describe('fill grants', () => {
    async function twoCases() {
      const store = createCaseStore(createMemoryArea());
      const other = { ...baseMarriageCase(), label: 'Other family', applicant: { ...baseMarriageCase().applicant, surname: 'Benali', givenNames: 'Omar' } };
      const { ids } = (await store.importCases(JSON.stringify([baseMarriageCase(), other]))) as { ids: string[] };
      await store.setActive(ids[0]!);
      let now = 1_000_000;
      let n = 0;
      const grants = createGrants({ now: () => now, token: () => `token-${(n += 1)}` });
      const send = await setup({ store, grants });
      return { send, grants, open: ids[0]!, other: ids[1]!, later: (ms: number) => (now += ms) };
    }
    const origin = new URL(VFS).origin;

    it('without a grant, the in-page button gets the open case and a content script asking for another case gets nothing', async () => {
      const { send, open, other } = await twoCases();
      expect(await send({ type: 'cs-bg/profile-values' })).toMatchObject({ ok: true, values: { surname: 'El Amrani' } });
      expect(await send({ type: 'cs-bg/profile-values', caseId: open })).toMatchObject({ ok: true, values: { surname: 'El Amrani' } });
      expect(await send({ type: 'cs-bg/profile-values', caseId: other })).toEqual({ ok: false, error: expect.stringContaining('refused') });
    });

    it('a grant from the popup gives the case it names, once, to that tab on that origin, within its time', async () => {
      const { send, grants, other, later } = await twoCases();
      const refused = { ok: false, error: expect.stringContaining('refused') };
      const grant = grants.issue({ tabId: 7, origin }, other, 'applicant');
      expect(await send({ type: 'cs-bg/profile-values', grant })).toMatchObject({ ok: true, caseLabel: 'Other family', values: { surname: 'Benali' } });
      expect(await send({ type: 'cs-bg/profile-values', grant })).toEqual(refused);
      const elsewhere = grants.issue({ tabId: 7, origin }, other, 'applicant');
      expect(await send({ type: 'cs-bg/profile-values', grant: elsewhere }, { ...vfsTab, tab: { id: 8 } })).toEqual(refused);
      const otherOrigin = grants.issue({ tabId: 7, origin: 'https://visas-be.tlscontact.com' }, other, 'applicant');
      expect(await send({ type: 'cs-bg/profile-values', grant: otherOrigin })).toEqual(refused);
      const late = grants.issue({ tabId: 7, origin }, other, 'applicant');
      later(GRANT_TTL_MS + 1);
      expect(await send({ type: 'cs-bg/profile-values', grant: late })).toEqual(refused);
      const ontime = grants.issue({ tabId: 7, origin }, other, 'applicant');
      later(GRANT_TTL_MS);
      expect(await send({ type: 'cs-bg/profile-values', grant: ontime, caseId: other })).toMatchObject({ ok: true });
      expect(await send({ type: 'cs-bg/profile-values', grant: 'token-guessed' })).toEqual(refused);
    });
      it('a grant for a child’s form gives the child’s values, and what is typed on that tab is then compared with the child', async () => {
      const store = createCaseStore(createMemoryArea());
      const family = variant(baseMarriageCase(), (c) => {
        c.children = [{ ...baseChild(), parentalAuthority: [{ surname: 'El Amrani', givenNames: 'Fatima Zahra', nationality: 'MA' }] }];
      });
      const { ids } = (await store.importCases(JSON.stringify(family))) as { ids: string[] };
      await store.setActive(ids[0]!);
      let n = 0;
      const grants = createGrants({ now: () => 0, token: () => `token-${(n += 1)}` });
      const send = await setup({ store, grants, people: createFormPeople(createMemoryArea()) });
      const childName = { ...wrongBirthDate, fields: [{ selector: '#firstName', kind: 'givenNames', value: 'Yasmine' }, { selector: '#dob', kind: 'birthDate', value: '01/06/2015', dateFormat: 'dd/mm/yyyy' }] };
      const rules = async (msg: unknown, sender?: ContentSender) => ((await send(msg, sender)) as { findings: { rule: string }[] }).findings.map((f) => f.rule);

      // Before any fill, the tab's form is the applicant's: the child's name and birth date disagree, and make the applicant a minor.
      const asApplicant = ['FORM.NAME_MISMATCH', 'FORM.DOB_MISMATCH', 'AGE.APPLICANT_MIN'];
      expect(await rules(childName)).toEqual(asApplicant);
      const grant = grants.issue({ tabId: 7, origin }, ids[0]!, 'children[0]');
      expect(await send({ type: 'cs-bg/profile-values', grant })).toMatchObject({
        ok: true,
        values: { givenNames: 'Yasmine', birthDate: '2015-06-01', passportNumber: 'CD7654321', parentSurname: 'El Amrani', parentGivenNames: 'Fatima Zahra', email: family.applicant.email },
      });
      expect(await rules(childName)).toEqual([]);
      // The in-page button on that tab fills the child's form too; another tab is the applicant's.
      expect(await send({ type: 'cs-bg/profile-values' })).toMatchObject({ ok: true, values: { givenNames: 'Yasmine' } });
      expect(await rules(childName, { ...vfsTab, tab: { id: 8 } })).toEqual(asApplicant);
      // On another vendor in the same tab the remembered form no longer holds.
      expect(await rules(childName, { ...vfsTab, url: 'https://visas-be.tlscontact.com/fr-fr/4123456/workflow/applicants-information' })).toEqual(asApplicant);
      // A fill for the applicant again makes the tab the applicant's.
      await send({ type: 'cs-bg/profile-values', grant: grants.issue({ tabId: 7, origin }, ids[0]!, 'applicant') });
      expect(await rules(childName)).toEqual(asApplicant);
    });
});
});
