import { describe, expect, it } from 'vitest';
import { baseMarriageCase, variant } from '../../tests/scenarios/base';
import { createCaseStore } from './case-store';
import { createMemoryArea, itemBytes, type KeyValueArea } from './key-value-area';
import { KEY_INDEX, UNDO_WINDOW_MS, type CaseSummaryRecord } from './layout';

function clock(start = '2025-03-10T09:00:00Z') {
  let t = Date.parse(start);
  return { now: () => new Date(t), advance: (ms: number) => (t += ms) };
}

function counter() {
  let n = 0;
  return () => `id${(n += 1)}`;
}

/** A memory area whose `set` fails from the chosen call on, as a full disk or a killed worker would. */
function failingArea(initial: Record<string, unknown> = {}) {
  const inner = createMemoryArea(initial);
  let failAt = Infinity;
  let calls = 0;
  const area: KeyValueArea = {
    get: (keys) => inner.get(keys),
    remove: (keys) => inner.remove(keys),
    async set(items) {
      calls += 1;
      if (calls >= failAt) throw new Error('QUOTA_BYTES quota exceeded');
      return inner.set(items);
    },
  };
  return {
    area,
    inner,
    failOnSetCall(n: number) {
      failAt = calls + n;
    },
  };
}

async function storeWithBase() {
  const area = createMemoryArea();
  const c = clock();
  const store = createCaseStore(area, { now: c.now, newId: counter() });
  const { id } = await store.createCase('El Amrani – Peeters');
  expect((await store.saveCase(id, baseMarriageCase(), 1)).ok).toBe(true);
  return { area, store, id, clock: c };
}

describe('case store', () => {
  it('creates a case that becomes the active one and shows in the list', async () => {
    const store = createCaseStore(createMemoryArea(), { now: clock().now, newId: counter() });
    const { id } = await store.createCase('Dossier Peeters');
    const list = await store.listCases();
    expect(list.activeId).toBe(id);
    expect(list.cases.map((c) => [c.id, c.value.label, c.value.caseType])).toEqual([[id, 'Dossier Peeters', 'marriage']]);
  });

  it('saves a valid case as given: unknown keys and the file’s own id kept', async () => {
    const { store, id } = await storeWithBase();
    const withExtra = variant(baseMarriageCase(), (c) => (c.caseworkerNote = { reference: 'DVZ-123' }));
    expect(await store.saveCase(id, withExtra, 2)).toEqual({ ok: true, rev: 3 });
    const stored = await store.getCase(id);
    expect(stored?.value.caseworkerNote).toEqual({ reference: 'DVZ-123' });
    expect(stored?.value.id).toBe('base-marriage');
    expect(Object.keys(stored!.value)).toEqual(Object.keys(withExtra));
  });

  it('refuses an invalid case with the field that is wrong and keeps the stored one', async () => {
    const { store, id } = await storeWithBase();
    const bad = variant(baseMarriageCase(), (c) => (c.applicant.birthDate = '1990-02-30'));
    const result = await store.saveCase(id, bad, 2);
    expect(result).toEqual({ ok: false, errors: [{ path: 'applicant.birthDate', message: expect.stringContaining('1990-02-30') }] });
    expect((await store.getCase(id))?.value.applicant).toEqual(baseMarriageCase().applicant);
  });

  it('refuses to save under an id that is not stored', async () => {
    const { store } = await storeWithBase();
    expect(await store.saveCase('nope', baseMarriageCase(), 1)).toMatchObject({ ok: false, errors: [{ path: '(case)' }] });
  });

  it('updates updatedAt on save and keeps createdAt', async () => {
    const { store, id, clock: c } = await storeWithBase();
    const before = await store.getCase(id);
    c.advance(60_000);
    await store.saveCase(id, variant(baseMarriageCase(), (x) => (x.label = 'Renamed')), 2);
    const after = await store.getCase(id);
    expect(after?.createdAt).toBe(before?.createdAt);
    expect(after?.updatedAt).toBe('2025-03-10T09:01:00.000Z');
  });

  it('duplicates a case under a new id with a numbered label, right after the original', async () => {
    const { store, id } = await storeWithBase();
    const other = await store.createCase('Other');
    const copy = await store.duplicateCase(id);
    const again = await store.duplicateCase(id);
    if (!copy.ok || !again.ok) throw new Error('duplicate failed');
    const list = await store.listCases();
    expect(list.cases.map((c) => c.value.label)).toEqual(['El Amrani – Peeters', 'El Amrani – Peeters (3)', 'El Amrani – Peeters (2)', 'Other']);
    expect(list.cases.map((c) => c.id)).toEqual([id, again.id, copy.id, other.id]);
    expect((await store.getCase(copy.id))?.value.applicant).toEqual(baseMarriageCase().applicant);
    // The file's own id names the original file, not the copy.
    expect((await store.getCase(copy.id))?.value.id).toBeUndefined();
    expect((await store.getCase(id))?.value.id).toBe('base-marriage');
  });

  it('keys every case by a random UUID of its own, whatever its file says', async () => {
    const store = createCaseStore(createMemoryArea());
    const created = await store.createCase('one');
    const imported = await store.importCases(JSON.stringify({ cases: [baseMarriageCase(), baseMarriageCase()] }));
    if (!imported.ok) throw new Error('import failed');
    const ids = [created.id, ...imported.ids];
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(3);
    expect(await store.getCase('base-marriage')).toBeNull();
    // A new case carries no file id: the key is never written into the case.
    expect((await store.getCase(created.id))?.value.id).toBeUndefined();
  });

  it('deletes a case and brings it back at the same place with the token', async () => {
    const { store, id } = await storeWithBase();
    const second = await store.createCase('Second');
    const deleted = await store.deleteCase(id);
    if (!deleted.ok) throw new Error('delete failed');
    expect((await store.listCases()).cases.map((c) => c.id)).toEqual([second.id]);
    expect(await store.getCase(id)).toBeNull();
    expect(await store.undoDelete(deleted.token)).toEqual({ ok: true, id });
    expect((await store.listCases()).cases.map((c) => c.id)).toEqual([id, second.id]);
    expect((await store.getCase(id))?.value.applicant).toEqual(baseMarriageCase().applicant);
    expect(await store.undoDelete(deleted.token)).toMatchObject({ ok: false });
  });

  it('clears the active case when it is deleted', async () => {
    const { store, id } = await storeWithBase();
    await store.deleteCase(id);
    expect((await store.listCases()).activeId).toBeNull();
  });

  it('keeps a deleted case restorable until the undo window closes, then frees its storage', async () => {
    const { store, id, area, clock: c } = await storeWithBase();
    const early = await store.deleteCase(id);
    if (!early.ok) throw new Error('delete failed');
    c.advance(UNDO_WINDOW_MS - 1);
    expect(await store.undoDelete(early.token)).toEqual({ ok: true, id });
    const late = await store.deleteCase(id);
    if (!late.ok) throw new Error('delete failed');
    c.advance(UNDO_WINDOW_MS + 1);
    expect(await store.undoDelete(late.token)).toMatchObject({ ok: false, error: expect.stringContaining('no longer') });
    expect(Object.keys(area.dump()).filter((k) => k.startsWith('case:'))).toEqual([]);
  });

  it('sets the active case only to a stored case', async () => {
    const { store, id } = await storeWithBase();
    const other = await store.createCase();
    expect(await store.setActive(id)).toEqual({ ok: true });
    expect((await store.listCases()).activeId).toBe(id);
    expect(await store.setActive('missing')).toMatchObject({ ok: false });
    expect((await store.listCases()).activeId).toBe(id);
    expect(other.ok).toBe(true);
  });

  it('keeps the UI language, null meaning the browser language', async () => {
    const store = createCaseStore(createMemoryArea());
    expect(await store.getSettings()).toEqual({ lang: null, caseworker: false });
    await store.setSettings({ lang: 'fr' });
    expect(await store.getSettings()).toEqual({ lang: 'fr', caseworker: false });
    await store.setSettings({ lang: null });
    expect(await store.getSettings()).toEqual({ lang: null, caseworker: false });
  });

  it('keeps the caseworker view apart from the language, and reads settings stored before it existed', async () => {
    const area = createMemoryArea();
    const store = createCaseStore(area);
    await store.setSettings({ lang: 'nl' });
    await area.set({ settings: { lang: 'nl' } });
    expect(await store.getSettings()).toEqual({ lang: 'nl', caseworker: false });
    await store.setSettings({ caseworker: true });
    expect(await store.getSettings()).toEqual({ lang: 'nl', caseworker: true });
    await store.setSettings({ lang: 'en' });
    expect(await store.getSettings()).toEqual({ lang: 'en', caseworker: true });
  });

  it('finds everything again from storage alone, as after a service worker restart', async () => {
    const { area, id } = await storeWithBase();
    const fresh = createCaseStore(area);
    expect((await fresh.listCases()).activeId).toBe(id);
    expect((await fresh.getCase(id))?.value.sponsor).toEqual(baseMarriageCase().sponsor);
  });

  it('runs concurrent saves one after the other without losing either', async () => {
    const store = createCaseStore(createMemoryArea(), { newId: counter() });
    const [a, b] = await Promise.all([store.createCase('A'), store.createCase('B')]);
    await Promise.all([
      store.saveCase(a.id, variant(baseMarriageCase(), (c) => (c.label = 'A saved')), 1),
      store.saveCase(b.id, variant(baseMarriageCase(), (c) => (c.label = 'B saved')), 1),
    ]);
    expect((await store.listCases()).cases.map((c) => c.value.label)).toEqual(['A saved', 'B saved']);
  });
  it('refuses a save based on a revision another window replaced, and writes nothing', async () => {
    const { store, id, area } = await storeWithBase();
    // Two windows loaded revision 2; the first saves, the second's save comes after.
    const loaded = await store.getCase(id);
    expect(loaded?.rev).toBe(2);
    expect(await store.saveCase(id, variant(baseMarriageCase(), (c) => (c.label = 'first window')), 2)).toEqual({ ok: true, rev: 3 });
    const before = area.dump();
    expect(await store.saveCase(id, variant(baseMarriageCase(), (c) => (c.label = 'second window')), 2)).toEqual({ ok: false, stale: true, rev: 3 });
    expect(area.dump()).toEqual(before);
    // A revision the store never had is refused the same way.
    expect(await store.saveCase(id, baseMarriageCase(), 9)).toEqual({ ok: false, stale: true, rev: 3 });
    expect((await store.getCase(id))?.value.label).toBe('first window');
  });

  it('keeps a stale window’s version as a numbered copy right after the original, without the file’s id', async () => {
    const { store, id } = await storeWithBase();
    const other = await store.createCase('Other');
    await store.saveCase(id, variant(baseMarriageCase(), (c) => (c.label = 'first window')), 2);
    const mine = variant(baseMarriageCase(), (c) => ((c.label = 'first window'), (c.applicant.passport!.number = 'XY9876543'), (c.keptUnknown = 1)));
    const copy = await store.saveCopy(id, mine);
    if (!copy.ok) throw new Error('copy refused');
    const list = await store.listCases();
    expect(list.cases.map((c) => c.id)).toEqual([id, copy.id, other.id]);
    expect(list.activeId).toBe(copy.id);
    const { id: _fileId, ...withoutId } = mine;
    expect((await store.getCase(copy.id))?.value).toEqual({ ...withoutId, label: 'first window (2)' });
    expect((await store.getCase(id))?.value.label).toBe('first window');
    expect(await store.saveCopy(id, variant(baseMarriageCase(), (c) => (c.applicant.birthDate = '1990-02-30')))).toMatchObject({ ok: false, errors: [{ path: 'applicant.birthDate' }] });
    expect(await store.saveCopy('nope', baseMarriageCase())).toMatchObject({ ok: false, errors: [{ path: '(case)' }] });
  });
});

describe('case store, failed writes', () => {
  it('a save whose index swap fails leaves the previous version readable and no stray key', async () => {
    const { area: inner, id } = await storeWithBase();
    const before = inner.dump();
    const f = failingArea(before);
    const store = createCaseStore(f.area);
    f.failOnSetCall(2); // the case revision is written, the index swap fails
    await expect(store.saveCase(id, variant(baseMarriageCase(), (c) => (c.label = 'Half written')), 2)).rejects.toThrow('quota');
    expect(f.inner.dump()).toEqual(before);
    expect((await createCaseStore(f.inner).getCase(id))?.value.label).toBe('El Amrani – Peeters');
  });

  it('a create whose index swap fails adds nothing', async () => {
    const { area: inner } = await storeWithBase();
    const before = inner.dump();
    const f = failingArea(before);
    f.failOnSetCall(2);
    await expect(createCaseStore(f.area).createCase('New')).rejects.toThrow();
    expect(f.inner.dump()).toEqual(before);
  });

  it('an import whose index swap fails leaves every stored case untouched', async () => {
    const { area: inner } = await storeWithBase();
    const before = inner.dump();
    const f = failingArea(before);
    f.failOnSetCall(2);
    const text = JSON.stringify([baseMarriageCase(), variant(baseMarriageCase(), (c) => (c.id = 'second'))]);
    await expect(createCaseStore(f.area).importCases(text)).rejects.toThrow();
    expect(f.inner.dump()).toEqual(before);
  });

  it('a delete whose write fails keeps the case listed', async () => {
    const { area: inner, id } = await storeWithBase();
    const f = failingArea(inner.dump());
    f.failOnSetCall(1);
    await expect(createCaseStore(f.area).deleteCase(id)).rejects.toThrow();
    expect((await createCaseStore(f.inner).listCases()).cases.map((c) => c.id)).toEqual([id]);
  });

  it('refuses to read a damaged index instead of treating it as empty', async () => {
    const area = createMemoryArea({ schemaVersion: 2, [KEY_INDEX]: { cases: 'oops' } });
    await expect(createCaseStore(area).listCases()).rejects.toThrow('cannot be read');
  });
});

describe('case store, import and export', () => {
  it('imports one case under a key of the store’s, keeping the file’s own id and unknown keys', async () => {
    const store = createCaseStore(createMemoryArea(), { newId: counter() });
    const file = variant(baseMarriageCase(), (c) => (c.futureField = [1, 2]));
    const result = await store.importCases(JSON.stringify(file));
    expect(result).toEqual({ ok: true, ids: ['id1'] });
    expect((await store.getCase('id1'))?.value).toEqual(file);
    expect(await store.getCase('base-marriage')).toBeNull();
  });

  it('stores files that carry one id as separate cases, each file’s id unchanged', async () => {
    const store = createCaseStore(createMemoryArea(), { newId: counter() });
    await store.importCases(JSON.stringify(baseMarriageCase()));
    const result = await store.importCases(JSON.stringify({ cases: [baseMarriageCase(), baseMarriageCase()] }));
    expect(result).toEqual({ ok: true, ids: ['id2', 'id3'] });
    expect((await store.getCase('id3'))?.value.id).toBe('base-marriage');
    expect((await store.listCases()).cases).toHaveLength(3);
  });

  it('reads text with a byte order mark, and refuses text that holds half of a character pair', async () => {
    const { store, area } = await storeWithBase();
    const bom = await store.importCases(`\uFEFF${JSON.stringify(variant(baseMarriageCase(), (c) => (c.label = 'with BOM')))}`);
    expect(bom).toMatchObject({ ok: true, ids: [expect.any(String)] });
    const before = area.dump();
    // As text arrives from a message, not from a UTF-8 file: the raw half pair, not JSON's escape for it.
    const broken = JSON.stringify(variant(baseMarriageCase(), (c) => (c.label = 'cut X'))).replace('cut X', 'cut \uD83D');
    expect(await store.importCases(broken)).toEqual({
      ok: false,
      errors: [{ path: '(file)', message: `is not valid Unicode text: character ${broken.indexOf('\uD83D')} (counted from 0) is half of a pair` }],
    });
    expect(area.dump()).toEqual(before);
  });

  it('exports an imported case with the file’s own id as it was', async () => {
    const store = createCaseStore(createMemoryArea());
    const file = variant(baseMarriageCase(), (c) => (c.id = 'DVZ-2025-0042'));
    const imported = await store.importCases(JSON.stringify(file));
    if (!imported.ok) throw new Error('import failed');
    const exported = await store.exportCases(imported.ids[0], '2025-03-10');
    if (!exported.ok) throw new Error(exported.error);
    expect(JSON.parse(exported.text)).toEqual(file);
  });

  it('refuses a whole file when one case is invalid, naming the case and field, and stores nothing', async () => {
    const { store, area } = await storeWithBase();
    const before = area.dump();
    const text = JSON.stringify([baseMarriageCase(), variant(baseMarriageCase(), (c) => (c.sponsor.postalCode = 2000))]);
    expect(await store.importCases(text)).toEqual({ ok: false, errors: [{ path: '[1].sponsor.postalCode', message: 'must be a string' }] });
    expect(area.dump()).toEqual(before);
  });

  it('refuses hostile files without touching stored cases', async () => {
    const { store, area } = await storeWithBase();
    const before = area.dump();
    const proto = JSON.stringify(baseMarriageCase()).replace('"applicant":{', '"applicant":{"__proto__":{"admin":true},');
    const huge = JSON.stringify(variant(baseMarriageCase(), (c) => (c.applicant.surname = 'x'.repeat(5000))));
    const newer = JSON.stringify(variant(baseMarriageCase(), (c) => (c.format = 'visa-case/2')));
    const wrongType = JSON.stringify({ cases: [baseMarriageCase(), { ...baseMarriageCase(), children: 'none' }] });
    expect(await store.importCases(proto)).toMatchObject({ ok: false, errors: [{ path: 'applicant.__proto__' }] });
    expect(await store.importCases(huge)).toMatchObject({ ok: false, errors: [{ path: 'applicant.surname', message: expect.stringContaining('500') }] });
    expect(await store.importCases(newer)).toMatchObject({ ok: false, errors: [{ path: 'format', message: expect.stringContaining('newer') }] });
    expect(await store.importCases(wrongType)).toMatchObject({ ok: false, errors: [{ path: 'cases[1].children' }] });
    expect(await store.importCases('{"format": "visa-case/1", ')).toMatchObject({ ok: false, errors: [{ path: '(file)', message: expect.stringContaining('JSON') }] });
    expect(await store.importCases('x'.repeat(1_000_001))).toMatchObject({ ok: false, errors: [{ path: '(file)' }] });
    expect(area.dump()).toEqual(before);
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });

  it('exports one case as pretty JSON named after the applicant and the date, and reads it back unchanged', async () => {
    const { store, id } = await storeWithBase();
    await store.saveCase(id, variant(baseMarriageCase(), (c) => (c.unknownToThisVersion = { keep: true })), 2);
    const exported = await store.exportCases(id, '2025-03-10');
    if (!exported.ok) throw new Error(exported.error);
    expect(exported.fileName).toBe('visa-case-el-amrani-2025-03-10.json');
    expect(exported.text).toContain('\n  "format": "visa-case/1",\n');
    const other = createCaseStore(createMemoryArea());
    const imported = await other.importCases(exported.text);
    if (!imported.ok) throw new Error('import failed');
    expect((await other.getCase(imported.ids[0]!))?.value).toEqual((await store.getCase(id))?.value);
  });

  it('exports all cases as one file that imports back whole', async () => {
    const { store } = await storeWithBase();
    await store.importCases(JSON.stringify(variant(baseMarriageCase(), (c) => ((c.id = 'two'), (c.applicant.surname = 'Benali')))));
    const exported = await store.exportCases(undefined, '2025-03-11');
    if (!exported.ok) throw new Error(exported.error);
    expect(exported.fileName).toBe('visa-cases-2025-03-11.json');
    const other = createCaseStore(createMemoryArea());
    const imported = await other.importCases(exported.text);
    expect(imported).toMatchObject({ ok: true, ids: [expect.any(String), expect.any(String)] });
    expect((await other.listCases()).cases.map((c) => [c.value.id, (c.value.applicant as { surname: string }).surname])).toEqual([
      ['base-marriage', 'El Amrani'],
      ['two', 'Benali'],
    ]);
  });

  it('says which case cannot be exported', async () => {
    const { store } = await storeWithBase();
    expect(await store.exportCases('missing', '2025-03-10')).toMatchObject({ ok: false, error: expect.stringContaining('missing') });
  });
});

describe('case store, summaries for the list', () => {
  /** A stand-in for the rule core: counts the label's words, on a day the test moves. */
  function summariser() {
    const state = { day: '2025-03-10', runs: 0 };
    const summarise = (value: Record<string, unknown>): CaseSummaryRecord => {
      state.runs += 1;
      const label = typeof value.label === 'string' ? value.label : '';
      const words = label.split(' ').filter(Boolean).length;
      return { label, caseType: String(value.caseType), applicantName: '', errors: words, counts: { error: words, warning: 0, info: 1 }, checkedOn: state.day };
    };
    return { state, summarise };
  }

  function summaryOf(area: ReturnType<typeof createMemoryArea>, id: string) {
    const index = area.dump()[KEY_INDEX] as { cases: { id: string; summary?: CaseSummaryRecord }[] };
    return index.cases.find((e) => e.id === id)?.summary;
  }

  it('writes each revision’s summary into the index with it, so listing reads no case', async () => {
    const area = createMemoryArea();
    const s = summariser();
    const store = createCaseStore(area, { newId: counter(), summarise: s.summarise });
    const { id } = await store.createCase('one');
    expect(summaryOf(area, id)).toMatchObject({ label: 'one', errors: 1, checkedOn: '2025-03-10' });
    await store.saveCase(id, variant(baseMarriageCase(), (c) => (c.label = 'one two three')), 1);
    expect(summaryOf(area, id)).toMatchObject({ label: 'one two three', errors: 3 });
    const copy = await store.duplicateCase(id);
    const imported = await store.importCases(JSON.stringify(variant(baseMarriageCase(), (c) => (c.label = 'a b'))));
    if (!copy.ok) throw new Error(copy.error);
    if (!imported.ok) throw new Error('import failed');
    expect(summaryOf(area, copy.id)).toMatchObject({ label: 'one two three (2)', errors: 4 });
    expect(summaryOf(area, imported.ids[0]!)).toMatchObject({ errors: 2 });

    const reads: string[][] = [];
    const watched: KeyValueArea = { ...area, get: (keys) => (reads.push([keys].flat()), area.get(keys)) };
    const runs = s.state.runs;
    const listed = await createCaseStore(watched, { summarise: s.summarise }).listSummaries('2025-03-10');
    expect(listed.cases.map((c) => [c.id, c.summary.errors])).toEqual([
      [id, 3],
      [copy.id, 4],
      [imported.ids[0], 2],
    ]);
    expect(reads.flat().filter((k) => k.startsWith('case:'))).toEqual([]);
    expect(s.state.runs).toBe(runs);
  });

  it('computes summaries of another day again, once, and keeps them', async () => {
    const area = createMemoryArea();
    const s = summariser();
    const store = createCaseStore(area, { newId: counter(), summarise: s.summarise });
    await store.createCase('a');
    await store.createCase('b c');
    s.state.day = '2025-03-11';
    const runs = s.state.runs;
    const listed = await store.listSummaries('2025-03-11');
    expect(listed.cases.map((c) => c.summary.checkedOn)).toEqual(['2025-03-11', '2025-03-11']);
    expect(s.state.runs).toBe(runs + 2);
    await store.listSummaries('2025-03-11');
    expect(s.state.runs).toBe(runs + 2);
    expect(summaryOf(area, 'id2')?.checkedOn).toBe('2025-03-11');
  });

  it('computes the summaries that older data lacks, and drops a summary it cannot read instead of refusing the index', async () => {
    const area = createMemoryArea();
    await createCaseStore(area, { newId: counter() }).createCase('no summary yet');
    const index = area.dump()[KEY_INDEX] as { cases: Record<string, unknown>[] };
    await area.set({ [KEY_INDEX]: { ...index, cases: [...index.cases, { ...index.cases[0], id: 'odd', summary: { label: 7 } }] } });
    const s = summariser();
    const listed = await createCaseStore(area, { summarise: s.summarise }).listSummaries('2025-03-10');
    expect(listed.cases.map((c) => [c.id, c.summary.label])).toEqual([
      ['id1', 'no summary yet'],
      ['odd', 'no summary yet'],
    ]);
  });

  it('marks every summary for recomputing after an update, keeping the names for the list', async () => {
    const area = createMemoryArea();
    const s = summariser();
    const store = createCaseStore(area, { newId: counter(), summarise: s.summarise });
    const { id } = await store.createCase('kept');
    await store.expireSummaries();
    expect(summaryOf(area, id)).toMatchObject({ label: 'kept', checkedOn: '' });
    const runs = s.state.runs;
    expect((await store.listSummaries('2025-03-10')).cases[0]?.summary.checkedOn).toBe('2025-03-10');
    expect(s.state.runs).toBe(runs + 1);
  });

  it('lists even when writing the recomputed summaries back fails', async () => {
    const { area: inner } = await storeWithBase();
    const f = failingArea(inner.dump());
    f.failOnSetCall(1);
    const s = summariser();
    const listed = await createCaseStore(f.area, { summarise: s.summarise }).listSummaries('2025-03-10');
    expect(listed.cases.map((c) => c.summary.errors)).toEqual([4]);
  });
});

describe('case store, the browser’s storage quota', () => {
  /** An area as Chromium's, `room` bytes short of full once the base case is stored; `sets` counts its writes. */
  async function nearlyFull(room: number) {
    const { area: plain } = await storeWithBase();
    const used = Object.entries(plain.dump()).reduce((n, [k, v]) => n + itemBytes(k, v), 0);
    const area = createMemoryArea(plain.dump(), { quotaBytes: used + room });
    let sets = 0;
    const watched: KeyValueArea = { ...area, set: (items) => ((sets += 1), area.set(items)) };
    const id = (await createCaseStore(area).listCases()).cases[0]!.id;
    return { area, store: createCaseStore(watched, { newId: counter() }), id, sets: () => sets };
  }

  const big = (n: number) => JSON.stringify({ cases: Array.from({ length: n }, (_, i) => variant(baseMarriageCase(), (c) => (c.label = `Case ${i} ${'x'.repeat(400)}`))) });

  it('refuses an import the quota cannot hold before writing anything, saying how much is needed and free', async () => {
    const f = await nearlyFull(20_000);
    const before = f.area.dump();
    const result = await f.store.importCases(big(40));
    expect(result).toMatchObject({ ok: false, errors: [{ path: '(file)', message: expect.stringMatching(/^needs about 0\.\d MB of the browser's storage for this extension, and 0\.1 MB of its 0\.\d MB are free; nothing was written\./) }] });
    expect(f.sets()).toBe(0);
    expect(f.area.dump()).toEqual(before);
    // What fits is imported.
    expect(await f.store.importCases(big(2))).toMatchObject({ ok: true, ids: [expect.any(String), expect.any(String)] });
  });

  it('refuses a save and a kept copy that would not fit, and keeps the stored case', async () => {
    const f = await nearlyFull(1_000);
    const before = f.area.dump();
    const bigger = variant(baseMarriageCase(), (c) => (c.label = 'x'.repeat(500)));
    expect(await f.store.saveCase(f.id, bigger, 2)).toMatchObject({ ok: false, errors: [{ path: '(case)', message: expect.stringContaining('nothing was written') }] });
    expect(await f.store.saveCopy(f.id, bigger)).toMatchObject({ ok: false, errors: [{ path: '(case)', message: expect.stringContaining('nothing was written') }] });
    expect(f.sets()).toBe(0);
    expect(f.area.dump()).toEqual(before);
  });
});
