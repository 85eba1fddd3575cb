// What the store keeps under which key. Version 3 (current):
//   schemaVersion  3
//   index          { cases: IndexEntry[], deleted: Tombstone[], activeId }
//                  (each entry may carry the case's summary for the list, keys.ts)
//   case:<id>:<rev> one visa-case/1 object per case revision; <id> is a random
//                  UUID the store chose (version 2 used the file's own id)
//   settings       { lang, caseworker }
// A save writes the new revision under a key of its own and then swaps the
// index in one `set`: until that swap the old revision is what every reader
// sees, so a write that fails half-way leaves the previous state whole.
import '../case/zod-config';
import { z } from 'zod';
import type { CaseSummaryRecord } from './keys';

export { KEY_INDEX, KEY_SETTINGS, KEY_USER_VALUES, KEY_VERSION, SCHEMA_VERSION, caseKey, localToday, type CaseSummaryRecord, type FindingCounts } from './keys';

const count = z.number().int().min(0);

const summary = z.object({
  label: z.string(),
  caseType: z.string(),
  applicantName: z.string(),
  errors: count,
  counts: z.object({ error: count, warning: count, info: count }).nullable(),
  checkedOn: z.string(),
  nextDeadline: z.string().nullable().optional(),
}) satisfies z.ZodType<CaseSummaryRecord>;

const indexEntry = z.object({
  id: z.string().min(1),
  key: z.string().min(1),
  rev: z.number().int().min(1),
  createdAt: z.string(),
  updatedAt: z.string(),
  // A summary that does not read is dropped and computed again, never a reason to refuse the index.
  summary: summary.optional().catch(undefined),
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

export const settings = z.object({
  lang: z.enum(['nl', 'fr', 'en']).nullable(),
  /** Rule IDs, persons and sources in full (the caseworker's view) rather than the applicant's. */
  caseworker: z.boolean().catch(false),
});
export type Settings = z.infer<typeof settings>;

export const EMPTY_INDEX: StoreIndex = { cases: [], deleted: [], activeId: null };
export const DEFAULT_SETTINGS: Settings = { lang: null, caseworker: false };

/** How long a deleted case can be brought back. */
export const UNDO_WINDOW_MS = 30 * 60 * 1000;
