import { describe, expect, it } from 'vitest';
import { baseChild, baseMarriageCase, variant } from '../../tests/scenarios/base';
import { parseCaseValue } from '../case/parse';
import { checkCase } from '../rules/engine';
import { createCaseStore } from '../storage/case-store';
import { createMemoryArea, type KeyValueArea } from '../storage/key-value-area';
import { createFormPeople } from './form-people';
import { createGrants } from './grants';
import { createRouter, localToday, summariseCase } from './router';

const ORIGIN = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/';
const popup = { id: 'abcdefghijklmnopabcdefghijklmnop', url: `${ORIGIN}src/popup/index.html` };

function setup(area: KeyValueArea = createMemoryArea(), today = '2025-03-10') {
  const store = createCaseStore(area, { summarise: (value, userValues) => summariseCase(value, today, userValues) });
  const route = createRouter({ store, runtimeId: popup.id, extensionOrigin: ORIGIN, today: () => today });
  return { store, send: (message: unknown, sender: { id?: string; url?: string } = popup) => route(message, sender) };
}

describe('background router', () => {
  it('lists stored cases as summaries with the number of errors on today', async () => {
    const { store, send } = setup();
    const imported = await store.importCases(JSON.stringify([baseMarriageCase(), variant(baseMarriageCase(), (c) => ((c.id = 'young'), (c.applicant.birthDate = '2010-01-01')))]));
    if (!imported.ok) throw new Error('import failed');
    const [first, young] = imported.ids;
    const answer = await send({ type: 'ui-bg/list-cases' });
    expect(answer).toMatchObject({
      activeId: first,
      cases: [
        { id: first, label: 'El Amrani – Peeters', caseType: 'marriage', applicantName: 'Fatima Zahra El Amrani', errors: 0 },
        { id: young, errors: expect.any(Number) },
      ],
    });
    expect((answer as { cases: { errors: number }[] }).cases[1]!.errors).toBeGreaterThan(0);
  });

  it('counts on the day asked: the stored counts of another day are computed again', async () => {
    const area = createMemoryArea();
    // Without an application date the documents age with the calendar: fine in March, too old by August.
    await setup(area, '2025-03-10').store.importCases(JSON.stringify(variant(baseMarriageCase(), (c) => delete c.applicationDate)));
    const march = (await setup(area, '2025-03-10').send({ type: 'ui-bg/list-cases' })) as { cases: { errors: number; warnings: number; nextDeadline: string | null }[] };
    expect(march.cases[0]).toMatchObject({ errors: 0, warnings: 0 });
    // The list sorts and filters by the earliest deadline from the day asked on.
    const parsed = parseCaseValue(variant(baseMarriageCase(), (c) => delete c.applicationDate));
    if (!parsed.ok) throw new Error('the base case parses');
    const deadlines = checkCase(parsed.value, { today: '2025-03-10' }).deadlines.map((d) => d.date);
    expect(deadlines.length).toBeGreaterThan(1);
    expect(march.cases[0]!.nextDeadline).toBe(deadlines.filter((d) => d >= '2025-03-10').sort()[0]);
    expect(await setup(area, '2025-08-01').send({ type: 'ui-bg/list-cases' })).toMatchObject({ cases: [{ errors: 2 }] });
    const index = area.dump().index as { cases: { summary: { checkedOn: string; counts: unknown } }[] };
    expect(index.cases[0]?.summary).toMatchObject({ checkedOn: '2025-08-01', counts: { error: 2 } });
  });

  it('counts with the amounts the user has verified: recording or removing one refreshes the stored counts of the cases it changes', async () => {
    const area = createMemoryArea();
    const { store, send } = setup(area, '2026-12-07');
    // A 2026 application paid with the 2026 fee, which the product does not ship; and a 2025 one the amount does not touch.
    const paid2026 = variant(baseMarriageCase(), (c) => {
      c.id = 'paid-2026';
      c.applicationDate = '2026-03-02';
      c.payment.amountPaid = 243;
    });
    const imported = await store.importCases(JSON.stringify([paid2026, baseMarriageCase()]));
    if (!imported.ok) throw new Error('import failed');
    const [id2026, id2025] = imported.ids;
    type Listed = { cases: { id: string; errors: number; warnings: number }[] };
    const listed = async () => {
      const answer = (await send({ type: 'ui-bg/list-cases' })) as Listed;
      return Object.fromEntries(answer.cases.map((c) => [c.id, { errors: c.errors, warnings: c.warnings }]));
    };
    const counted = async (id: string) => {
      const answer = (await send({ type: 'ui-bg/check-case', id, lang: 'en' })) as { ok: true; report: { findings: { rule: string; severity: string }[] } };
      const findings = answer.report.findings;
      return { counts: { errors: findings.filter((f) => f.severity === 'error').length, warnings: findings.filter((f) => f.severity === 'warning').length }, rules: findings.map((f) => f.rule) };
    };
    const before = await listed();
    const open2026 = await counted(id2026!);
    // The fee and the income amount both run past the shipped data.
    expect(open2026.rules.filter((r) => r === 'PARAM.STALE')).toHaveLength(2);
    expect(before[id2026!]).toEqual(open2026.counts);
    const stored = () => (area.dump().index as { cases: { id: string; summary: { counts: unknown } }[] }).cases.find((c) => c.id === id2026)!.summary.counts;
    const storedBefore = stored();

    const fee = { parameter: 'fee.article9', value: 243, since: '2026-01-01', source: 'DVZ page seen 2026-12-06', checkedOn: '2026-12-06' };
    expect(await send({ type: 'ui-bg/set-user-values', values: [fee] })).toEqual({ ok: true });
    // The stored index changed at once, before any listing.
    expect(stored()).not.toEqual(storedBefore);
    const recorded = await listed();
    const withFee = await counted(id2026!);
    expect(withFee.rules).toContain('PARAM.USER_VALUE');
    expect(withFee.rules.filter((r) => r === 'PARAM.STALE')).toHaveLength(1);
    expect(recorded[id2026!]).toEqual(withFee.counts);
    expect(recorded[id2026!]!.warnings).toBeLessThan(before[id2026!]!.warnings);
    expect(recorded[id2025!]).toEqual(before[id2025!]);

    expect(await send({ type: 'ui-bg/set-user-values', values: [] })).toEqual({ ok: true });
    expect(stored()).toEqual(storedBefore);
    expect(await listed()).toEqual(before);
  });

  it('refuses content scripts, other extensions and web pages for ui-bg messages', async () => {
    const { store, send } = setup();
    await store.createCase('secret');
    const refused = { ok: false, error: expect.stringContaining('refused') };
    expect(await send({ type: 'ui-bg/list-cases' }, { id: popup.id, url: 'https://visaonweb.diplomatie.be/en/Visa' })).toEqual(refused);
    expect(await send({ type: 'ui-bg/list-cases' }, { id: 'another-extension', url: 'chrome-extension://another-extension/popup.html' })).toEqual(refused);
    expect(await send({ type: 'ui-bg/list-cases' }, { url: `${ORIGIN}x.html` })).toEqual(refused);
    expect(await send({ type: 'ui-bg/export' }, { id: popup.id })).toEqual(refused);
  });

  it('answers a message that does not parse with ok:false instead of throwing', async () => {
    const { send } = setup();
    expect(await send({ type: 'ui-bg/get-case' })).toMatchObject({ ok: false, error: expect.stringContaining('id') });
    expect(await send({ type: 'ui-bg/nope' })).toMatchObject({ ok: false });
    expect(await send(null)).toMatchObject({ ok: false });
    expect(await send('ui-bg/list-cases')).toMatchObject({ ok: false });
    expect(await send({ type: 'ui-bg/set-settings', lang: 'de' })).toMatchObject({ ok: false });
  });

  it('leaves content-script routes to their own handler', () => {
    const { send } = setup();
    expect(send({ type: 'cs-bg/page-seen' }, { id: popup.id, url: 'https://example.org/' })).toBeUndefined();
  });

  it('turns a storage failure into ok:false', async () => {
    const broken: KeyValueArea = {
      get: async () => Promise.reject(new Error('IO error: database closed')),
      set: async () => undefined,
      remove: async () => undefined,
    };
    const { send } = setup(broken);
    expect(await send({ type: 'ui-bg/list-cases' })).toEqual({ ok: false, error: 'IO error: database closed' });
  });

  it('checks a stored case in the requested language on the given today', async () => {
    const { store, send } = setup(createMemoryArea(), '2025-03-10');
    const imported = await store.importCases(JSON.stringify(variant(baseMarriageCase(), (c) => delete c.applicationDate)));
    if (!imported.ok) throw new Error('import failed');
    const en = await send({ type: 'ui-bg/check-case', id: imported.ids[0], lang: 'en' });
    expect(en).toMatchObject({ ok: true, report: { checkedOn: '2025-03-10' } });
    const young = variant(baseMarriageCase(), (c) => (c.applicant.birthDate = '2010-01-01'));
    const nl = (await send({ type: 'ui-bg/check-case', draft: young, lang: 'nl' })) as { ok: true; report: { findings: { rule: string; message: string }[] } };
    const enDraft = (await send({ type: 'ui-bg/check-case', draft: young, lang: 'en' })) as typeof nl;
    expect(nl.report.findings.map((f) => f.rule)).toContain('AGE.APPLICANT_MIN');
    expect(JSON.stringify(nl.report)).not.toBe(JSON.stringify(enDraft.report));
  });

  it('answers a draft that is not a valid case with the fields that are wrong', async () => {
    const { send } = setup();
    const answer = await send({ type: 'ui-bg/check-case', draft: variant(baseMarriageCase(), (c) => (c.applicationDate = '2025-13-01')), lang: 'en' });
    expect(answer).toMatchObject({ ok: false, errors: [{ path: 'applicationDate' }] });
    expect(await send({ type: 'ui-bg/check-case', id: 'missing', lang: 'en' })).toMatchObject({ ok: false, errors: [{ path: '(case)' }] });
  });

  it('runs the whole case life cycle through messages', async () => {
    const { send } = setup();
    const created = (await send({ type: 'ui-bg/create-case', label: 'Peeters' })) as { ok: true; id: string };
    expect(await send({ type: 'ui-bg/save-case', id: created.id, case: baseMarriageCase() })).toMatchObject({ ok: false, error: expect.stringContaining('rev') });
    expect(await send({ type: 'ui-bg/save-case', id: created.id, rev: 1, case: baseMarriageCase() })).toEqual({ ok: true, rev: 2 });
    expect(await send({ type: 'ui-bg/save-case', id: created.id, rev: 1, case: baseMarriageCase() })).toEqual({ ok: false, stale: true, rev: 2 });
    expect(await send({ type: 'ui-bg/get-case', id: created.id })).toMatchObject({ ok: true, rev: 2, case: { id: 'base-marriage', applicant: { surname: 'El Amrani' } } });
    const copy = (await send({ type: 'ui-bg/save-copy', id: created.id, case: baseMarriageCase() })) as { ok: true; id: string };
    expect(copy).toMatchObject({ ok: true, id: expect.any(String) });
    expect(await send({ type: 'ui-bg/delete-case', id: copy.id })).toMatchObject({ ok: true });
    const exported = (await send({ type: 'ui-bg/export', id: created.id })) as { ok: true; fileName: string };
    expect(exported.fileName).toBe('visa-case-el-amrani-2025-03-10.json');
    const deleted = (await send({ type: 'ui-bg/delete-case', id: created.id })) as { ok: true; token: string };
    expect(await send({ type: 'ui-bg/list-cases' })).toEqual({ cases: [], activeId: null });
    expect(await send({ type: 'ui-bg/undo-delete', token: deleted.token })).toEqual({ ok: true, id: created.id });
    expect(await send({ type: 'ui-bg/set-settings', lang: 'fr' })).toEqual({ ok: true });
    expect(await send({ type: 'ui-bg/get-settings' })).toEqual({ lang: 'fr', caseworker: false });
    expect(await send({ type: 'ui-bg/set-settings', caseworker: true })).toEqual({ ok: true });
    expect(await send({ type: 'ui-bg/get-settings' })).toEqual({ lang: 'fr', caseworker: true });
  });
});

describe('localToday', () => {
  it('gives the local calendar date, not UTC', () => {
    const lateEvening = new Date(2025, 2, 10, 23, 59);
    expect(localToday(lateEvening)).toBe('2025-03-10');
    expect(localToday(new Date(2025, 0, 1, 0, 0))).toBe('2025-01-01');
  });

  it('grants a fill for the applicant’s form or a child’s the case has, and for no one else', async () => {
    const store = createCaseStore(createMemoryArea());
    const grants = createGrants({ now: () => 0, token: () => 'token-000000000000000000000000000' });
    const route = createRouter({ store, grants, runtimeId: popup.id, extensionOrigin: ORIGIN, today: () => '2025-03-10' });
    const imported = await store.importCases(JSON.stringify(variant(baseMarriageCase(), (c) => (c.children = [baseChild()]))));
    if (!imported.ok) throw new Error('import failed');
    const ask = (person?: string) => route({ type: 'ui-bg/grant-fill', tabId: 3, origin: 'https://visaonweb.diplomatie.be', caseId: imported.ids[0], person }, popup);
    const scope = { tabId: 3, origin: 'https://visaonweb.diplomatie.be' };
    const redeemed = async (person?: string) => {
      const answer = (await ask(person)) as { ok: boolean; grant?: string; error?: string };
      return answer.grant ? grants.redeem(answer.grant, scope) : answer;
    };
    expect(await redeemed()).toEqual({ caseId: imported.ids[0], person: 'applicant' });
    expect(await redeemed('children[0]')).toEqual({ caseId: imported.ids[0], person: 'children[0]' });
    expect(await redeemed('children[1]')).toEqual({ ok: false, error: 'the case has no children[1] to fill a form for' });
    expect(await redeemed('sponsor')).toMatchObject({ ok: false });
  });

  it('says whose form a tab was last filled as, for that case on that origin, and the applicant’s otherwise', async () => {
    const store = createCaseStore(createMemoryArea());
    const people = createFormPeople(createMemoryArea());
    await people.set(3, { caseId: 'case-a', origin: 'https://visaonweb.diplomatie.be', person: 'children[0]' });
    const route = createRouter({ store, people, runtimeId: popup.id, extensionOrigin: ORIGIN, today: () => '2025-03-10' });
    const ask = (tabId: number, caseId: string, origin = 'https://visaonweb.diplomatie.be') => route({ type: 'ui-bg/form-person', tabId, origin, caseId }, popup);
    expect(await ask(3, 'case-a')).toEqual({ ok: true, person: 'children[0]' });
    expect(await ask(4, 'case-a')).toEqual({ ok: true, person: 'applicant' });
    expect(await ask(3, 'case-b')).toEqual({ ok: true, person: 'applicant' });
    expect(await ask(3, 'case-a', 'https://visas-be.tlscontact.com')).toEqual({ ok: true, person: 'applicant' });
  });
});
