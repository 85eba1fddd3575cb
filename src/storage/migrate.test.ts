import { describe, expect, it } from 'vitest';
import { baseMarriageCase, variant } from '../../tests/scenarios/base';
import { createCaseStore } from './case-store';
import { createMemoryArea, type KeyValueArea } from './key-value-area';
import { SCHEMA_VERSION, type CaseSummaryRecord } from './layout';
import { StorageTooNewError, migrateV1ToV2, migrateV2ToV3 } from './migrate';

const cohabitation = variant(baseMarriageCase(), (c) => {
  c.id = undefined;
  c.caseType = 'cohabitation';
  c.applicant.surname = 'Benali';
  c.noteFromOldVersion = 'kept';
});

/** What version 1 wrote: every case in one array. */
function v1Store() {
  return {
    schemaVersion: 1,
    cases: [
      { id: 'abc', savedAt: '2025-01-02T10:00:00.000Z', case: baseMarriageCase() },
      { savedAt: '2025-01-03T10:00:00.000Z', case: cohabitation },
    ],
    activeCaseId: 'abc',
    uiLanguage: 'nl',
  };
}

function counter() {
  let n = 0;
  return () => `r${(n += 1)}`;
}

describe('storage migration v1 → v3', () => {
  it('moves every case to a random key of its own, keeps order, dates, active case, language and unknown keys', async () => {
    const area = createMemoryArea(v1Store());
    const store = createCaseStore(area, { now: () => new Date('2025-03-10T09:00:00Z'), newId: counter() });
    const list = await store.listCases();
    expect(list.activeId).toBe('r1');
    expect(list.cases.map((c) => [c.id, c.value.id, c.updatedAt, (c.value.applicant as { surname: string }).surname])).toEqual([
      ['r1', 'abc', '2025-01-02T10:00:00.000Z', 'El Amrani'],
      ['r2', 'v1-2', '2025-01-03T10:00:00.000Z', 'Benali'],
    ]);
    expect(list.cases[1]?.value.noteFromOldVersion).toBe('kept');
    expect(await store.getSettings()).toEqual({ lang: 'nl', caseworker: false });
    const dump = area.dump();
    expect(dump.schemaVersion).toBe(SCHEMA_VERSION);
    expect(dump.cases).toBeUndefined();
    expect(Object.keys(dump).filter((k) => k.startsWith('case:'))).toEqual(['case:r1:1', 'case:r2:1']);
  });

  it('treats data without a version but with `cases` as version 1', async () => {
    const { schemaVersion: _, ...unversioned } = v1Store();
    const store = createCaseStore(createMemoryArea(unversioned));
    expect((await store.listCases()).cases).toHaveLength(2);
  });

  it('maps "auto" language to the browser language and drops an active id that names no case', () => {
    const out = migrateV1ToV2({ cases: [], activeCaseId: 'gone', uiLanguage: 'auto' }, '2025-03-10T00:00:00.000Z');
    expect(out.index.activeId).toBeNull();
    expect(out.settings.lang).toBeNull();
  });

  it('leaves version 1 readable when the migration fails half-way, and finishes on the next start', async () => {
    const inner = createMemoryArea(v1Store());
    let failNext = true;
    const flaky: KeyValueArea = {
      get: (k) => inner.get(k),
      remove: (k) => inner.remove(k),
      async set(items) {
        if ('index' in items && failNext) {
          failNext = false;
          throw new Error('worker stopped');
        }
        return inner.set(items);
      },
    };
    await expect(createCaseStore(flaky).listCases()).rejects.toThrow('worker stopped');
    const dump = inner.dump();
    expect(dump.schemaVersion).toBe(1);
    expect(dump.cases).toEqual(v1Store().cases);
    const list = await createCaseStore(flaky).listCases();
    expect(list.cases.map((c) => c.value.id)).toEqual(['abc', 'v1-2']);
    expect(list.cases.map((c) => c.id)).not.toContain('abc');
  });

  it('refuses data written by a newer version and changes nothing', async () => {
    const area = createMemoryArea({ schemaVersion: SCHEMA_VERSION + 1, index: { whatever: true } });
    const store = createCaseStore(area);
    await expect(store.listCases()).rejects.toBeInstanceOf(StorageTooNewError);
    await expect(store.createCase()).rejects.toThrow('newer');
    expect(area.dump()).toEqual({ schemaVersion: SCHEMA_VERSION + 1, index: { whatever: true } });
  });

  it('starts an empty store at the current version without writing until something is saved', async () => {
    const area = createMemoryArea();
    const store = createCaseStore(area);
    expect(await store.listCases()).toEqual({ cases: [], activeId: null });
    expect(area.dump()).toEqual({});
    await store.createCase();
    expect(area.dump().schemaVersion).toBe(SCHEMA_VERSION);
  });
});

/** What version 2 wrote: cases keyed by their file's id, one deleted case that can still be brought back. */
function v2Store() {
  const entry = (id: string, rev: number, summary?: CaseSummaryRecord) => ({ id, key: `case:${id}:${rev}`, rev, createdAt: '2025-01-02T10:00:00.000Z', updatedAt: '2025-01-05T10:00:00.000Z', ...(summary ? { summary } : {}) });
  const summary: CaseSummaryRecord = { label: 'El Amrani – Peeters', caseType: 'marriage', applicantName: 'El Amrani', errors: 0, counts: { error: 0, warning: 1, info: 2 }, checkedOn: '2025-03-10' };
  return {
    schemaVersion: 2,
    index: {
      cases: [entry('base-marriage', 3, summary), entry('0a1b2c3d4e5f', 1)],
      deleted: [{ token: 'tok', entry: entry('gone', 2), position: 1, deletedAt: '2025-03-10T08:55:00.000Z' }],
      activeId: '0a1b2c3d4e5f',
    },
    'case:base-marriage:3': baseMarriageCase(),
    'case:0a1b2c3d4e5f:1': { ...cohabitation, id: '0a1b2c3d4e5f' },
    'case:gone:2': { ...baseMarriageCase(), id: 'gone', label: 'deleted one' },
    settings: { lang: 'fr' },
  };
}

describe('storage migration v2 → v3', () => {
  const now = () => new Date('2025-03-10T09:00:00Z');

  it('gives every case, deleted ones included, a random key and loses nothing', async () => {
    const area = createMemoryArea(v2Store());
    const store = createCaseStore(area, { now, newId: () => crypto.randomUUID() });
    const list = await store.listCases();
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    for (const c of list.cases) expect(c.id).toMatch(uuid);
    // Each case file unchanged, its own id included; revisions, dates and summaries kept.
    expect(list.cases.map((c) => c.value)).toEqual([baseMarriageCase(), { ...cohabitation, id: '0a1b2c3d4e5f' }]);
    expect(list.cases.map((c) => [c.createdAt, c.updatedAt])).toEqual([
      ['2025-01-02T10:00:00.000Z', '2025-01-05T10:00:00.000Z'],
      ['2025-01-02T10:00:00.000Z', '2025-01-05T10:00:00.000Z'],
    ]);
    expect(list.activeId).toBe(list.cases[1]?.id);
    const dump = area.dump();
    const index = dump.index as { cases: { rev: number; summary?: unknown }[] };
    expect(index.cases.map((e) => e.rev)).toEqual([3, 1]);
    expect(index.cases[0]?.summary).toEqual(v2Store().index.cases[0]?.summary);
    expect(await store.getSettings()).toMatchObject({ lang: 'fr' });
    expect(dump.schemaVersion).toBe(SCHEMA_VERSION);
    expect(Object.keys(dump).filter((k) => k.startsWith('case:') && !uuid.test(k.split(':')[1]!))).toEqual([]);
    expect(await store.getCase('base-marriage')).toBeNull();
    // The deleted case comes back with its undo token, under its new key.
    const undone = await store.undoDelete('tok');
    if (!undone.ok) throw new Error(undone.error);
    expect(undone.id).toMatch(uuid);
    expect((await store.getCase(undone.id))?.value.label).toBe('deleted one');
  });

  it('keeps version 2 whole when the index swap fails, and finishes on the next start', async () => {
    const inner = createMemoryArea(v2Store());
    let failNext = true;
    const flaky: KeyValueArea = {
      get: (k) => inner.get(k),
      remove: (k) => inner.remove(k),
      async set(items) {
        if ('index' in items && failNext) {
          failNext = false;
          throw new Error('worker stopped');
        }
        return inner.set(items);
      },
    };
    await expect(createCaseStore(flaky, { now }).listCases()).rejects.toThrow('worker stopped');
    const dump = inner.dump();
    const before = v2Store();
    expect(dump.schemaVersion).toBe(2);
    expect(dump.index).toEqual(before.index);
    for (const key of ['case:base-marriage:3', 'case:0a1b2c3d4e5f:1', 'case:gone:2'] as const) expect(dump[key]).toEqual(before[key]);
    const list = await createCaseStore(flaky, { now }).listCases();
    expect(list.cases.map((c) => c.value.id)).toEqual(['base-marriage', '0a1b2c3d4e5f']);
  });

  it('is pure: the same ids map the same way in the index, the active case and the tombstones', () => {
    const v2 = v2Store();
    const out = migrateV2ToV3(v2.index, v2, counter());
    expect(out.index.cases.map((e) => [e.id, e.key])).toEqual([
      ['r1', 'case:r1:3'],
      ['r2', 'case:r2:1'],
    ]);
    expect(out.index.activeId).toBe('r2');
    expect(out.index.deleted[0]).toMatchObject({ token: 'tok', position: 1, entry: { id: 'r3', key: 'case:r3:2' } });
    expect(Object.keys(out.caseItems)).toEqual(['case:r1:3', 'case:r2:1', 'case:r3:2']);
  });
});
