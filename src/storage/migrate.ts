// Brings stored data written by an earlier version to the current layout
// (layout.ts). Each step is written so that a failure at any point leaves the
// earlier version's keys readable, and running it again finishes the job.
import type { KeyValueArea } from './key-value-area';
import { DEFAULT_SETTINGS, EMPTY_INDEX, KEY_INDEX, KEY_SETTINGS, KEY_VERSION, SCHEMA_VERSION, caseKey, type IndexEntry, type Settings, type StoreIndex } from './layout';

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

export interface MigratedV2 {
  caseItems: Record<string, unknown>;
  index: StoreIndex;
  settings: Settings;
}

/** Pure: the v2 keys for a v1 store. Cases are kept as they were (unknown keys included). */
export function migrateV1ToV2(v1: StoredV1, now: string): MigratedV2 {
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

/** Reads the layout version, migrating older data first. Throws StorageTooNewError for data of a newer version. */
export async function ensureCurrentLayout(area: KeyValueArea, now: () => Date): Promise<void> {
  const found = await area.get([KEY_VERSION, 'cases']);
  const version = typeof found[KEY_VERSION] === 'number' ? found[KEY_VERSION] : found.cases !== undefined ? 1 : SCHEMA_VERSION;
  if (version > SCHEMA_VERSION) throw new StorageTooNewError(version);
  if (version === SCHEMA_VERSION) return;
  const v1 = (await area.get([...V1_KEYS])) as StoredV1;
  const migrated = migrateV1ToV2(v1, now().toISOString());
  // Case keys first: nobody reads them until the index and version below exist.
  if (Object.keys(migrated.caseItems).length) await area.set(migrated.caseItems);
  await area.set({ [KEY_INDEX]: migrated.index, [KEY_SETTINGS]: migrated.settings, [KEY_VERSION]: SCHEMA_VERSION });
  await area.remove([...V1_KEYS]);
}
