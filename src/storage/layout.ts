// What the store keeps under which key. Version 2 (current):
//   schemaVersion  2
//   index          { cases: IndexEntry[], deleted: Tombstone[], activeId }
//   case:<id>:<rev> one visa-case/1 object per case revision
//   settings       { lang }
// A save writes the new revision under a key of its own and then swaps the
// index in one `set`: until that swap the old revision is what every reader
// sees, so a write that fails half-way leaves the previous state whole.
import { z } from 'zod';

z.config({ jitless: true });

export const SCHEMA_VERSION = 2;
export const KEY_VERSION = 'schemaVersion';
export const KEY_INDEX = 'index';
export const KEY_SETTINGS = 'settings';

export function caseKey(id: string, rev: number): string {
  return `case:${id}:${rev}`;
}

const indexEntry = z.object({
  id: z.string().min(1),
  key: z.string().min(1),
  rev: z.number().int().min(1),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type IndexEntry = z.infer<typeof indexEntry>;

const tombstone = z.object({
  token: z.string().min(1),
  entry: indexEntry,
  /** Where the case stood in the list, so undo puts it back there. */
  position: z.number().int().min(0),
  deletedAt: z.string(),
});
export type Tombstone = z.infer<typeof tombstone>;

export const storeIndex = z.object({
  cases: z.array(indexEntry),
  deleted: z.array(tombstone),
  activeId: z.string().nullable(),
});
export type StoreIndex = z.infer<typeof storeIndex>;

export const settings = z.object({ lang: z.enum(['nl', 'fr', 'en']).nullable() });
export type Settings = z.infer<typeof settings>;

export const EMPTY_INDEX: StoreIndex = { cases: [], deleted: [], activeId: null };
export const DEFAULT_SETTINGS: Settings = { lang: null };

/** How long a deleted case can be brought back. */
export const UNDO_WINDOW_MS = 30 * 60 * 1000;
