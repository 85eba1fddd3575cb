// Brings stored data written by an earlier version to the current layout
// (layout.ts). Each step is written so that a failure at any point leaves the
// earlier version's keys readable, and running it again finishes the job.
import type { KeyValueArea } from './key-value-area';
import { DEFAULT_SETTINGS, EMPTY_INDEX, KEY_INDEX, KEY_SETTINGS, KEY_VERSION, SCHEMA_VERSION, caseKey, storeIndex, type IndexEntry, type Settings, type StoreIndex } from './layout';

/**
 * Version 1 kept every case in one array under `cases`:
 *   { schemaVersion: 1, cases: [{ id, savedAt, case }], activeCaseId, uiLanguage: 'auto' | 'nl' | 'fr' | 'en' }
 * Older installs wrote no `schemaVersion` at all; `cases` alone marks them.
 */
export interface StoredV1 {
  cases?: { id?: unknown; savedAt?: unknown; case?: unknown }[];
  activeCaseId?: unknown;
  uiLanguage?: unknown;
}
export const V1_KEYS = ['cases', 'activeCaseId', 'uiLanguage'] as const;

export class StorageTooNewError extends Error {
  constructor(readonly found: number) {
    super(`Stored data has layout version ${found}, newer than this version reads (${SCHEMA_VERSION}); update the extension.`);
  }
}

export class StorageCorruptError extends Error {}

export interface Migrated {
  caseItems: Record<string, unknown>;
  index: StoreIndex;
  settings: Settings;
}

/** Pure: the v2 keys for a v1 store. Cases are kept as they were (unknown keys included). */
export function migrateV1ToV2(v1: StoredV1, now: string): Migrated {
  const caseItems: Record<string, unknown> = {};
  const entries: IndexEntry[] = [];
  const seen = new Set<string>();
  (Array.isArray(v1.cases) ? v1.cases : []).forEach((item, i) => {
    if (!item || typeof item !== 'object' || !item.case || typeof item.case !== 'object') return;
    let id = typeof item.id === 'string' && item.id ? item.id : `v1-${i + 1}`;
    while (seen.has(id)) id = `${id}-${i + 1}`;
    seen.add(id);
    const key = caseKey(id, 1);
    caseItems[key] = { ...(item.case as Record<string, unknown>), id };
    const savedAt = typeof item.savedAt === 'string' ? item.savedAt : now;
    entries.push({ id, key, rev: 1, createdAt: savedAt, updatedAt: savedAt });
  });
  const active = typeof v1.activeCaseId === 'string' && seen.has(v1.activeCaseId) ? v1.activeCaseId : null;
  const lang = v1.uiLanguage === 'nl' || v1.uiLanguage === 'fr' || v1.uiLanguage === 'en' ? v1.uiLanguage : null;
  return { caseItems, index: { ...EMPTY_INDEX, cases: entries, activeId: active }, settings: { ...DEFAULT_SETTINGS, lang } };
}

/**
 * Pure: version 2 keyed each case by the `id` its file carried (or a short
 * one), which another part of the browser could guess. Version 3 gives every
 * case, deleted ones included, a fresh random id; the case files themselves,
 * their own `id` included, are kept unchanged, and so are revisions, dates,
 * summaries, undo tokens and the active case.
 */
export function migrateV2ToV3(index: StoreIndex, values: Readonly<Record<string, unknown>>, newId: () => string): { caseItems: Record<string, unknown>; index: StoreIndex } {
  const caseItems: Record<string, unknown> = {};
  const renamed = new Map<string, string>();
  const rekey = (entry: IndexEntry): IndexEntry => {
    const id = renamed.get(entry.id) ?? newId();
    renamed.set(entry.id, id);
    const key = caseKey(id, entry.rev);
    if (values[entry.key] !== undefined) caseItems[key] = values[entry.key];
    return { ...entry, id, key };
  };
  const cases = index.cases.map(rekey);
  const deleted = index.deleted.map((t) => ({ ...t, entry: rekey(t.entry) }));
  const activeId = index.activeId === null ? null : (renamed.get(index.activeId) ?? null);
  return { caseItems, index: { cases, deleted, activeId } };
}

function keysOf(index: StoreIndex): string[] {
  return [...index.cases.map((e) => e.key), ...index.deleted.map((t) => t.entry.key)];
}

/** Reads the layout version, migrating older data first. Throws StorageTooNewError for data of a newer version. */
export async function ensureCurrentLayout(area: KeyValueArea, now: () => Date, newId: () => string): Promise<void> {
  const found = await area.get([KEY_VERSION, 'cases']);
  const version = typeof found[KEY_VERSION] === 'number' ? found[KEY_VERSION] : found.cases !== undefined ? 1 : SCHEMA_VERSION;
  if (version > SCHEMA_VERSION) throw new StorageTooNewError(version);
  if (version === SCHEMA_VERSION) return;
  if (version === 1) {
    const v2 = migrateV1ToV2((await area.get([...V1_KEYS])) as StoredV1, now().toISOString());
    const v3 = migrateV2ToV3(v2.index, v2.caseItems, newId);
    // Case keys first: nobody reads them until the index and version below exist.
    if (Object.keys(v3.caseItems).length) await area.set(v3.caseItems);
    await area.set({ [KEY_INDEX]: v3.index, [KEY_SETTINGS]: v2.settings, [KEY_VERSION]: SCHEMA_VERSION });
    await area.remove([...V1_KEYS]);
    return;
  }
  const parsed = storeIndex.safeParse((await area.get(KEY_INDEX))[KEY_INDEX] ?? EMPTY_INDEX);
  if (!parsed.success) throw new StorageCorruptError('The list of stored cases cannot be read.');
  const oldKeys = keysOf(parsed.data);
  const v3 = migrateV2ToV3(parsed.data, oldKeys.length ? await area.get(oldKeys) : {}, newId);
  // The same order: the new keys, then the index and version in one write, then the old keys go.
  if (Object.keys(v3.caseItems).length) await area.set(v3.caseItems);
  await area.set({ [KEY_INDEX]: v3.index, [KEY_VERSION]: SCHEMA_VERSION });
  if (oldKeys.length) await area.remove(oldKeys);
}
