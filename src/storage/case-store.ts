// The stored cases, active case and settings, over any KeyValueArea. Knows no
// browser API, no clock and no rule core of its own: the background passes
// `browser.storage.local`, `() => new Date()` and the summariser that runs the
// rules. Every operation reads what it needs from storage, so a restarted
// service worker continues where it stopped.
import { CASE_FORMAT, type CaseType } from '../case/schema';
import { errorText } from '../case/error-texts';
import { parseCaseValue, type CaseError } from '../case/parse';
import { PARAMS_FORMAT, parseParamsValue, parseUserValue } from '../case/params-file';
import type { UserValue } from '../rules/parameters';
import { itemBytes, type KeyValueArea } from './key-value-area';
import {
  DEFAULT_SETTINGS,
  EMPTY_INDEX,
  KEY_INDEX,
  KEY_SETTINGS,
  KEY_USER_VALUES,
  KEY_VERSION,
  SCHEMA_VERSION,
  UNDO_WINDOW_MS,
  caseKey,
  settings as settingsSchema,
  type CaseSummaryRecord,
  storeIndex,
  type IndexEntry,
  type Settings,
  type StoreIndex,
} from './layout';
import { StorageCorruptError, ensureCurrentLayout } from './migrate';
import { exportAllFileName, exportFileName, formatCaseText, formatCasesText, parseImportText } from './transfer';

export interface StoredCase {
  id: string;
  /** The stored revision: a save names the one it was based on (`saveCase`). */
  rev: number;
  createdAt: string;
  updatedAt: string;
  /** The case as stored: valid visa-case/1 when saved by this version, unknown keys kept. */
  value: Record<string, unknown>;
}

export type Failure = { ok: false; error: string };

/** A save based on a revision that is no longer the stored one: nothing was written. */
export type StaleSave = { ok: false; stale: true; rev: number };

export interface CaseStoreOptions {
  now?: () => Date;
  newId?: () => string;
  /**
   * The list's summary of a case as stored, checked on today with the amounts
   * the user has verified. Written into the index with every revision and
   * again when those amounts change; without it the store keeps no summaries
   * and `listSummaries` cannot be used.
   */
  summarise?: (value: Record<string, unknown>, userValues: readonly UserValue[]) => CaseSummaryRecord;
}

export interface ListedCase {
  id: string;
  updatedAt: string;
  summary: CaseSummaryRecord;
}

export { StorageCorruptError };

/** A write that the browser's storage quota would refuse; thrown before anything is written. */
export class StorageFullError extends Error {
  constructor(readonly needed: number, readonly free: number, readonly quota: number) {
    super(errorText('storageFull', megabytes(needed), megabytes(free), megabytes(quota)));
  }
}

function megabytes(bytes: number): string {
  return String(Math.max(0, Math.ceil((bytes / 1_048_576) * 10) / 10));
}

/** A full storage as the field error of the file or case that did not fit; other errors go on. */
function roomErrors(error: unknown, path: string): { ok: false; errors: CaseError[] } {
  if (error instanceof StorageFullError) return { ok: false, errors: [{ path, message: error.message }] };
  throw error;
}

/**
 * The key a case is stored and asked for under: 122 random bits, never taken
 * from a file, so no other part of the browser can guess it. A file's own `id`
 * stays in the file, a label that is exported again as it was.
 */
function randomId(): string {
  return crypto.randomUUID();
}

function withoutIndex<T>(list: readonly T[], i: number): T[] {
  return [...list.slice(0, i), ...list.slice(i + 1)];
}

export function createCaseStore(area: KeyValueArea, options: CaseStoreOptions = {}) {
  const now = options.now ?? (() => new Date());
  const newId = options.newId ?? randomId;
  const summarise = options.summarise;

  function withSummary(entry: IndexEntry, value: Record<string, unknown>, userValues: readonly UserValue[]): IndexEntry {
    return summarise ? { ...entry, summary: summarise(value, userValues) } : entry;
  }

  /** The verified amounts as stored; an entry that no longer reads is left out of the checks, not deleted. */
  async function readUserValues(): Promise<UserValue[]> {
    const stored = (await area.get(KEY_USER_VALUES))[KEY_USER_VALUES];
    if (!Array.isArray(stored)) return [];
    return stored.flatMap((v) => {
      const one = parseUserValue(v);
      return one.ok ? [one.value] : [];
    });
  }

  /** The verified amounts the summaries need: none read when the store keeps no summaries. */
  async function summaryUserValues(): Promise<UserValue[]> {
    return summarise ? readUserValues() : [];
  }

  // One operation at a time: two popup messages must not both read the same index and overwrite each other.
  let queue: Promise<unknown> = Promise.resolve();
  function serial<T>(task: () => Promise<T>): Promise<T> {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  }

  async function readIndex(): Promise<StoreIndex> {
    await ensureCurrentLayout(area, now, newId);
    const found = (await area.get(KEY_INDEX))[KEY_INDEX];
    if (found === undefined) return structuredClone(EMPTY_INDEX);
    const parsed = storeIndex.safeParse(found);
    if (!parsed.success) throw new StorageCorruptError('The list of stored cases cannot be read.');
    return parsed.data;
  }

  /** The single write that makes a change visible. */
  async function writeIndex(index: StoreIndex): Promise<void> {
    await area.set({ [KEY_INDEX]: index, [KEY_VERSION]: SCHEMA_VERSION });
  }

  /** Drops keys nobody points at any more; failing here loses nothing. */
  async function discard(keys: string[]): Promise<void> {
    if (!keys.length) return;
    try {
      await area.remove(keys);
    } catch {
      // A key left behind is unreachable garbage, not a wrong state.
    }
  }

  async function purgeExpired(index: StoreIndex): Promise<StoreIndex> {
    const limit = now().getTime() - UNDO_WINDOW_MS;
    const expired = index.deleted.filter((t) => Date.parse(t.deletedAt) < limit);
    if (!expired.length) return index;
    const next = { ...index, deleted: index.deleted.filter((t) => !expired.includes(t)) };
    await writeIndex(next);
    await discard(expired.map((t) => t.entry.key));
    return next;
  }

  function uniqueId(index: StoreIndex, taken: ReadonlySet<string> = new Set()): string {
    const used = new Set([...index.cases.map((e) => e.id), ...index.deleted.map((t) => t.entry.id), ...taken]);
    let id = newId();
    while (used.has(id)) id = newId();
    return id;
  }

  async function readValues(entries: readonly IndexEntry[]): Promise<Record<string, unknown>> {
    if (!entries.length) return {};
    return area.get(entries.map((e) => e.key));
  }

  function toStored(entry: IndexEntry, value: unknown): StoredCase {
    return { id: entry.id, rev: entry.rev, createdAt: entry.createdAt, updatedAt: entry.updatedAt, value: (value ?? {}) as Record<string, unknown> };
  }

  /** Writes a new revision under its own key, then swaps the index; on failure the old revision stays current. */
  async function commitCase(index: StoreIndex, entry: IndexEntry, value: Record<string, unknown>, change: (next: StoreIndex, written: IndexEntry) => StoreIndex): Promise<IndexEntry> {
    const rev = entry.rev;
    const written = withSummary({ ...entry, key: caseKey(entry.id, rev) }, value, await summaryUserValues());
    const next = change(structuredClone(index), written);
    await ensureRoom({ [written.key]: value }, index, next);
    await area.set({ [written.key]: value });
    try {
      await writeIndex(next);
    } catch (error) {
      await discard([written.key]);
      throw error;
    }
    return written;
  }

  /**
   * Refuses, before anything is written, what the browser's quota would refuse
   * half-way: new items plus the index growing from `before` to `after`.
   * Where the browser reports no quota (Firefox), the write itself decides.
   */
  async function ensureRoom(items: Record<string, unknown>, before: StoreIndex, after: StoreIndex): Promise<void> {
    const quota = area.QUOTA_BYTES;
    if (typeof quota !== 'number' || typeof area.getBytesInUse !== 'function') return;
    const used = await area.getBytesInUse(null);
    let needed = itemBytes(KEY_INDEX, after) - itemBytes(KEY_INDEX, before);
    for (const [key, value] of Object.entries(items)) needed += itemBytes(key, value);
    if (used + needed > quota) throw new StorageFullError(needed, quota - used, quota);
  }

  /** A copy of `original` as a new case after position `i`, numbered, made the active one. */
  async function addCopy(index: StoreIndex, i: number, original: Record<string, unknown>): Promise<string> {
    const copyId = uniqueId(index);
    const at = now().toISOString();
    // A copy is another case: the original file's `id` stays with the original.
    const { id: _fileId, ...rest } = original;
    const value = { ...rest, label: copyLabel(original.label, await labelsOf(index)) };
    await commitCase(index, { id: copyId, key: '', rev: 1, createdAt: at, updatedAt: at }, value, (next, written) => ({
      ...next,
      cases: [...next.cases.slice(0, i + 1), written, ...next.cases.slice(i + 1)],
      activeId: copyId,
    }));
    return copyId;
  }

  return {
    async listCases(): Promise<{ cases: StoredCase[]; activeId: string | null }> {
      return serial(async () => {
        const index = await readIndex();
        const values = await readValues(index.cases);
        return { cases: index.cases.map((e) => toStored(e, values[e.key])), activeId: index.activeId };
      });
    },

    /**
     * Every case's summary from the index alone. Summaries of another day (or
     * none, as after a migration) are computed again from the cases and
     * written back, so this costs one rule-core run per case and day.
     */
    async listSummaries(today: string): Promise<{ cases: ListedCase[]; activeId: string | null }> {
      return serial(async () => {
        if (!summarise) throw new Error('this store was made without a summariser');
        const index = await readIndex();
        const stale = index.cases.filter((e) => e.summary?.checkedOn !== today);
        if (stale.length) {
          const values = await readValues(stale);
          const userValues = await readUserValues();
          const fresh = new Map(stale.map((e) => [e.id, summarise((values[e.key] ?? {}) as Record<string, unknown>, userValues)]));
          index.cases = index.cases.map((e) => (fresh.has(e.id) ? { ...e, summary: fresh.get(e.id) } : e));
          try {
            await writeIndex(index);
          } catch {
            // Only a cache: the next listing computes them again.
          }
        }
        return { cases: index.cases.map((e) => ({ id: e.id, updatedAt: e.updatedAt, summary: e.summary! })), activeId: index.activeId };
      });
    },

    /** Marks every summary for recomputing, as after an update that may have changed the rules. */
    async expireSummaries(): Promise<void> {
      return serial(async () => {
        const index = await readIndex();
        if (!index.cases.some((e) => e.summary && e.summary.checkedOn !== '')) return;
        index.cases = index.cases.map((e) => (e.summary ? { ...e, summary: { ...e.summary, checkedOn: '' } } : e));
        await writeIndex(index);
      });
    },

    async getCase(id: string): Promise<StoredCase | null> {
      return serial(async () => {
        const index = await readIndex();
        const entry = index.cases.find((e) => e.id === id);
        if (!entry) return null;
        const values = await readValues([entry]);
        return values[entry.key] === undefined ? null : toStored(entry, values[entry.key]);
      });
    },

    async createCase(label?: string, caseType: CaseType = 'marriage'): Promise<{ ok: true; id: string }> {
      return serial(async () => {
        const index = await purgeExpired(await readIndex());
        const id = uniqueId(index);
        const at = now().toISOString();
        const value: Record<string, unknown> = { format: CASE_FORMAT, label: label ?? '', caseType, applicant: {} };
        await commitCase(index, { id, key: '', rev: 1, createdAt: at, updatedAt: at }, value, (next, written) => ({
          ...next,
          cases: [...next.cases, written],
          activeId: id,
        }));
        return { ok: true, id };
      });
    },

    /**
     * Stores `input` as the next revision when `baseRev` is still the stored
     * one. A save based on an older revision (another window saved since) is
     * refused whole, so neither window's work overwrites the other's; the
     * caller reloads or keeps its version with `saveCopy`.
     */
    async saveCase(id: string, input: unknown, baseRev: number): Promise<{ ok: true; rev: number } | { ok: false; errors: CaseError[] } | StaleSave> {
      return serial(async () => {
        const index = await purgeExpired(await readIndex());
        const i = index.cases.findIndex((e) => e.id === id);
        const entry = index.cases[i];
        if (!entry) return { ok: false, errors: [{ path: '(case)', message: `no stored case has the id ${id.slice(0, 60)}` }] };
        if (entry.rev !== baseRev) return { ok: false, stale: true, rev: entry.rev };
        const parsed = parseCaseValue(input);
        if (!parsed.ok) return parsed;
        // The input as given: key order, unknown keys and the file's own `id`.
        const value = structuredClone(input as Record<string, unknown>);
        const previous = entry.key;
        let written: IndexEntry;
        try {
          written = await commitCase(index, { ...entry, rev: entry.rev + 1, updatedAt: now().toISOString() }, value, (next, w) => {
            next.cases[i] = w;
            return next;
          });
        } catch (error) {
          return roomErrors(error, '(case)');
        }
        await discard([previous]);
        return { ok: true, rev: written.rev };
      });
    },

    /** Stores `input` as a new case right after `id`, with a numbered label: a stale window's version, kept. */
    async saveCopy(id: string, input: unknown): Promise<{ ok: true; id: string } | { ok: false; errors: CaseError[] }> {
      return serial(async () => {
        const index = await purgeExpired(await readIndex());
        const i = index.cases.findIndex((e) => e.id === id);
        if (i < 0) return { ok: false, errors: [{ path: '(case)', message: `no stored case has the id ${id.slice(0, 60)}` }] };
        const parsed = parseCaseValue(input);
        if (!parsed.ok) return parsed;
        try {
          return { ok: true, id: await addCopy(index, i, structuredClone(input as Record<string, unknown>)) };
        } catch (error) {
          return roomErrors(error, '(case)');
        }
      });
    },

    async duplicateCase(id: string): Promise<{ ok: true; id: string } | Failure> {
      return serial(async () => {
        const index = await purgeExpired(await readIndex());
        const i = index.cases.findIndex((e) => e.id === id);
        const entry = index.cases[i];
        if (!entry) return { ok: false, error: `no stored case has the id ${id.slice(0, 60)}` };
        const original = (await readValues([entry]))[entry.key] as Record<string, unknown> | undefined;
        if (!original) return { ok: false, error: `the stored case ${id.slice(0, 60)} cannot be read` };
        return { ok: true, id: await addCopy(index, i, original) };
      });
    },

    /** Takes the case out of the list; it stays restorable with the token for UNDO_WINDOW_MS. */
    async deleteCase(id: string): Promise<{ ok: true; token: string } | Failure> {
      return serial(async () => {
        const index = await purgeExpired(await readIndex());
        const i = index.cases.findIndex((e) => e.id === id);
        const entry = index.cases[i];
        if (!entry) return { ok: false, error: `no stored case has the id ${id.slice(0, 60)}` };
        const token = newId();
        await writeIndex({
          cases: withoutIndex(index.cases, i),
          deleted: [...index.deleted, { token, entry, position: i, deletedAt: now().toISOString() }],
          activeId: index.activeId === id ? null : index.activeId,
        });
        return { ok: true, token };
      });
    },

    async undoDelete(token: string): Promise<{ ok: true; id: string } | Failure> {
      return serial(async () => {
        const index = await purgeExpired(await readIndex());
        const t = index.deleted.find((d) => d.token === token);
        if (!t) return { ok: false, error: 'this deletion can no longer be undone' };
        const cases = [...index.cases];
        cases.splice(Math.min(t.position, cases.length), 0, t.entry);
        await writeIndex({ cases, deleted: index.deleted.filter((d) => d !== t), activeId: index.activeId ?? t.entry.id });
        return { ok: true, id: t.entry.id };
      });
    },

    async setActive(id: string): Promise<{ ok: true } | Failure> {
      return serial(async () => {
        const index = await readIndex();
        if (!index.cases.some((e) => e.id === id)) return { ok: false, error: `no stored case has the id ${id.slice(0, 60)}` };
        await writeIndex({ ...index, activeId: id });
        return { ok: true };
      });
    },

    async getSettings(): Promise<Settings> {
      return serial(async () => {
        await ensureCurrentLayout(area, now, newId);
        const parsed = settingsSchema.safeParse((await area.get(KEY_SETTINGS))[KEY_SETTINGS]);
        return parsed.success ? parsed.data : { ...DEFAULT_SETTINGS };
      });
    },

    async setSettings(change: Partial<Settings>): Promise<{ ok: true }> {
      return serial(async () => {
        await ensureCurrentLayout(area, now, newId);
        const parsed = settingsSchema.safeParse((await area.get(KEY_SETTINGS))[KEY_SETTINGS]);
        const current = parsed.success ? parsed.data : { ...DEFAULT_SETTINGS };
        await area.set({ [KEY_SETTINGS]: { ...current, ...change }, [KEY_VERSION]: SCHEMA_VERSION });
        return { ok: true };
      });
    },

    /** The amounts the user has verified; a stored entry that no longer reads is left out of the checks, not deleted. */
    async getUserValues(): Promise<UserValue[]> {
      return serial(readUserValues);
    },

    /**
     * Replaces the verified amounts: all or nothing, every value checked first.
     * The list's counts of the cases an amount changes are computed again at
     * once, so the list never shows counts of amounts no longer recorded.
     */
    async setUserValues(values: unknown): Promise<{ ok: true } | { ok: false; errors: CaseError[] }> {
      return serial(async () => {
        const parsed = parseParamsValue({ format: PARAMS_FORMAT, values });
        if (!parsed.ok) return parsed;
        await area.set({ [KEY_USER_VALUES]: parsed.values });
        if (summarise) {
          const index = await readIndex();
          const current = index.cases.filter((e) => e.summary);
          if (current.length) {
            const userValues = await readUserValues();
            const stored = await readValues(current);
            const fresh = new Map(current.map((e) => [e.id, summarise((stored[e.key] ?? {}) as Record<string, unknown>, userValues)]));
            const changed = index.cases.filter((e) => fresh.has(e.id) && JSON.stringify(fresh.get(e.id)) !== JSON.stringify(e.summary));
            if (changed.length) {
              index.cases = index.cases.map((e) => (changed.includes(e) ? { ...e, summary: fresh.get(e.id) } : e));
              try {
                await writeIndex(index);
              } catch {
                // Only a cache: marked for recomputing instead, so the list does not keep the old counts.
                index.cases = index.cases.map((e) => (e.summary ? { ...e, summary: { ...e.summary, checkedOn: '' } } : e));
                await writeIndex(index).catch(() => undefined);
              }
            }
          }
        }
        return { ok: true };
      });
    },

    /** All or nothing: nothing is written unless every case in the file is valid. */
    async importCases(text: string): Promise<{ ok: true; ids: string[] } | { ok: false; errors: CaseError[] }> {
      return serial(async () => {
        const parsed = parseImportText(text);
        if (!parsed.ok) return parsed;
        const index = await purgeExpired(await readIndex());
        const at = now().toISOString();
        const taken = new Set<string>();
        const items: Record<string, unknown> = {};
        const entries: IndexEntry[] = [];
        const userValues = await summaryUserValues();
        for (const input of parsed.cases) {
          const id = uniqueId(index, taken);
          taken.add(id);
          const value = structuredClone(input);
          const entry = withSummary({ id, key: caseKey(id, 1), rev: 1, createdAt: at, updatedAt: at }, value, userValues);
          items[entry.key] = value;
          entries.push(entry);
        }
        const next = { ...index, cases: [...index.cases, ...entries], activeId: index.activeId ?? entries[0]?.id ?? null };
        try {
          await ensureRoom(items, index, next);
        } catch (error) {
          return roomErrors(error, '(file)');
        }
        await area.set(items);
        try {
          await writeIndex(next);
        } catch (error) {
          await discard(Object.keys(items));
          throw error;
        }
        return { ok: true, ids: entries.map((e) => e.id) };
      });
    },

    /** One case, or every case when `id` is absent, as the text of a visa-case/1 file. */
    async exportCases(id: string | undefined, today: string): Promise<{ ok: true; text: string; fileName: string } | Failure> {
      return serial(async () => {
        const index = await readIndex();
        if (id === undefined) {
          const values = await readValues(index.cases);
          return { ok: true, text: formatCasesText(index.cases.map((e) => values[e.key])), fileName: exportAllFileName(today) };
        }
        const entry = index.cases.find((e) => e.id === id);
        if (!entry) return { ok: false, error: `no stored case has the id ${id.slice(0, 60)}` };
        const value = (await readValues([entry]))[entry.key];
        if (value === undefined) return { ok: false, error: `the stored case ${id.slice(0, 60)} cannot be read` };
        return { ok: true, text: formatCaseText(value), fileName: exportFileName(value, today) };
      });
    },
  };

  async function labelsOf(index: StoreIndex): Promise<Set<string>> {
    const values = await readValues(index.cases);
    return new Set(index.cases.map((e) => (values[e.key] as { label?: unknown } | undefined)?.label).filter((l): l is string => typeof l === 'string'));
  }
}

export type CaseStore = ReturnType<typeof createCaseStore>;

/** `Peeters (2)`, `Peeters (3)`…: a number reads the same in every language. */
export function copyLabel(label: unknown, taken: ReadonlySet<string>): string {
  const base = (typeof label === 'string' ? label : '').replace(/ \(\d+\)$/, '');
  for (let n = 2; ; n += 1) {
    const candidate = `${base} (${n})`.trim();
    if (!taken.has(candidate)) return candidate.slice(0, 500);
  }
}
