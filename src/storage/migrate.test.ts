import { describe, expect, it } from 'vitest';
import { baseMarriageCase, variant } from '../../tests/scenarios/base';
import { createCaseStore } from './case-store';
import { createMemoryArea, type KeyValueArea } from './key-value-area';
import { SCHEMA_VERSION } from './layout';
import { StorageTooNewError, migrateV1ToV2 } from './migrate';

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

describe('storage migration v1 → v2', () => {
  it('moves every case to its own key, keeps order, dates, active case, language and unknown keys', async () => {
    const area = createMemoryArea(v1Store());
    const store = createCaseStore(area, { now: () => new Date('2025-03-10T09:00:00Z') });
    const list = await store.listCases();
    expect(list.activeId).toBe('abc');
    expect(list.cases.map((c) => [c.id, c.updatedAt, (c.value.applicant as { surname: string }).surname])).toEqual([
      ['abc', '2025-01-02T10:00:00.000Z', 'El Amrani'],
      ['v1-2', '2025-01-03T10:00:00.000Z', 'Benali'],
    ]);
    expect(list.cases[1]?.value.noteFromOldVersion).toBe('kept');
    expect(await store.getSettings()).toEqual({ lang: 'nl', caseworker: false });
    const dump = area.dump();
    expect(dump.schemaVersion).toBe(SCHEMA_VERSION);
    expect(dump.cases).toBeUndefined();
    expect(Object.keys(dump).filter((k) => k.startsWith('case:'))).toEqual(['case:abc:1', 'case:v1-2:1']);
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
    expect(list.cases.map((c) => c.id)).toEqual(['abc', 'v1-2']);
  });

  it('refuses data written by a newer version and changes nothing', async () => {
    const area = createMemoryArea({ schemaVersion: 3, index: { whatever: true } });
    const store = createCaseStore(area);
    await expect(store.listCases()).rejects.toBeInstanceOf(StorageTooNewError);
    await expect(store.createCase()).rejects.toThrow('newer');
    expect(area.dump()).toEqual({ schemaVersion: 3, index: { whatever: true } });
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
