import { describe, expect, it } from 'vitest';
import { baseMarriageCase, variant } from '../../tests/scenarios/base';
import { createCaseStore } from './case-store';
import { createMemoryArea, type KeyValueArea } from './key-value-area';
import { KEY_INDEX, type CaseSummaryRecord } from './keys';
import { readSnapshot, storedRevision } from './snapshot';

const TODAY = '2025-03-10';

function summarise(value: Record<string, unknown>): CaseSummaryRecord {
  const a = value.applicant as { surname?: string } | undefined;
  return { label: String(value.label ?? ''), caseType: String(value.caseType), applicantName: a?.surname ?? '', errors: 2, counts: { error: 2, warning: 1, info: 0 }, checkedOn: TODAY };
}

async function stored() {
  const area = createMemoryArea();
  let n = 0;
  const store = createCaseStore(area, { summarise, newId: () => `id${(n += 1)}` });
  await store.importCases(JSON.stringify([baseMarriageCase(), variant(baseMarriageCase(), (c) => ((c.id = 'second'), (c.label = 'Benali')))]));
  await store.setActive('id2');
  await store.setSettings({ lang: 'fr' });
  return { area, store };
}

describe('the popup’s first screen from storage', () => {
  it('has the list from the index, the language, and the active case with its counts, in two reads', async () => {
    const { area } = await stored();
    const reads: string[][] = [];
    const watched: KeyValueArea = { ...area, get: (keys) => (reads.push([keys].flat()), area.get(keys)) };
    const snapshot = await readSnapshot(watched, TODAY);
    expect(snapshot).toMatchObject({
      lang: 'fr',
      caseworker: false,
      activeId: 'id2',
      cases: [
        { id: 'id1', label: 'El Amrani – Peeters', caseType: 'marriage', applicantName: 'El Amrani', errors: 2 },
        { id: 'id2', label: 'Benali', errors: 2 },
      ],
      active: { id: 'id2', value: { id: 'second', label: 'Benali' }, counts: { error: 2, warning: 1, info: 0 } },
    });
    expect(reads).toEqual([['schemaVersion', 'index', 'settings'], ['case:id2:1']]);
  });

  it('leaves out counts that are not today’s', async () => {
    const { area } = await stored();
    const snapshot = await readSnapshot(area, '2025-03-11');
    expect(snapshot?.cases.map((c) => c.errors)).toEqual([null, null]);
    expect(snapshot?.active?.counts).toBeNull();
    expect(snapshot?.active?.value.label).toBe('Benali');
  });

  it('has no active case when none is open', async () => {
    const { area, store } = await stored();
    await store.deleteCase('id2');
    expect(await readSnapshot(area, TODAY)).toMatchObject({ activeId: null, active: null, cases: [{ id: 'id1' }] });
  });

  it('gives up, for the background to answer, on data it does not know', async () => {
    // A first run, and data of the previous layout: the background migrates them.
    expect(await readSnapshot(createMemoryArea(), TODAY)).toBeNull();
    expect(await readSnapshot(createMemoryArea({ cases: [{ id: 'a', case: baseMarriageCase() }] }), TODAY)).toBeNull();
    // Entries written before summaries existed.
    const old = createMemoryArea();
    await createCaseStore(old).createCase('no summary');
    expect(await readSnapshot(old, TODAY)).toBeNull();
    // The active revision replaced between the two reads.
    const { area } = await stored();
    await area.remove('case:id2:1');
    expect(await readSnapshot(area, TODAY)).toBeNull();
    // Version 2, whose keys the background gives random ids first.
    const v2 = (await stored()).area;
    await v2.set({ schemaVersion: 2 });
    expect(await readSnapshot(area, TODAY)).toBeNull();
    // A damaged index.
    const damaged = (await stored()).area;
    const index = damaged.dump()[KEY_INDEX] as { cases: { summary: Record<string, unknown> }[] };
    index.cases[0]!.summary.errors = -1;
    await damaged.set({ [KEY_INDEX]: index });
    expect(await readSnapshot(damaged, TODAY)).toBeNull();
  });
});

describe('a case’s stored revision from the index as a storage change carries it', () => {
  it('follows each save of that case and no other', async () => {
    const { area, store } = await stored();
    const index = async () => (await area.get(KEY_INDEX))[KEY_INDEX];
    expect(storedRevision(await index(), 'id1')).toBe(1);
    const saved = await store.saveCase('id1', baseMarriageCase(), 1);
    expect(saved).toMatchObject({ ok: true, rev: 2 });
    expect(storedRevision(await index(), 'id1')).toBe(2);
    expect(storedRevision(await index(), 'id2')).toBe(1);
  });

  it('is null for a case the index does not name, or an index it cannot read', async () => {
    const { area } = await stored();
    const index = (await area.get(KEY_INDEX))[KEY_INDEX];
    expect(storedRevision(index, 'gone')).toBeNull();
    expect(storedRevision(undefined, 'id1')).toBeNull();
    expect(storedRevision({ cases: 'none' }, 'id1')).toBeNull();
    expect(storedRevision({ cases: [{ id: 'id1', rev: -1 }] }, 'id1')).toBeNull();
  });
});
