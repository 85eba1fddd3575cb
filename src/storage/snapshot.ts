// The popup's first screen, read straight from storage: the index with each
// case's summary, the language, and the active case. No message to the
// background, so the popup draws without waiting for a stopped service worker
// to start and load the rule core. Read-only: every change still goes through
// the background's store. Anything unexpected (an older layout, an entry
// without a summary, a revision replaced between the two reads) answers null,
// and the popup asks the background instead.
import { KEY_INDEX, KEY_SETTINGS, KEY_VERSION, SCHEMA_VERSION, type CaseSummaryRecord, type FindingCounts } from './keys';
import type { Lang } from '../rules/types';
import type { KeyValueArea } from './key-value-area';

export interface SnapshotCase {
  id: string;
  label: string;
  caseType: string;
  applicantName: string;
  updatedAt: string;
  /** Null when the stored count is not today's: the background computes it again. */
  errors: number | null;
  /** Today's warnings; null as `errors`. */
  warnings: number | null;
  /** The earliest deadline from today on; null when there is none or it is not today's. */
  nextDeadline: string | null;
}

export interface Snapshot {
  lang: Lang | null;
  /** The caseworker's view (rule IDs, persons, sources) rather than the applicant's. */
  caseworker: boolean;
  activeId: string | null;
  cases: SnapshotCase[];
  /** The active case as stored, its revision, and its counts when they are today's. */
  active: { id: string; rev: number; value: Record<string, unknown>; counts: FindingCounts | null } | null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isCount = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 0;

/** The store wrote and validated these itself; this only guards against a layout it does not know. */
function isSummary(s: unknown): s is CaseSummaryRecord {
  if (!isRecord(s)) return false;
  const c = s.counts;
  return (
    typeof s.label === 'string' &&
    typeof s.caseType === 'string' &&
    typeof s.applicantName === 'string' &&
    typeof s.checkedOn === 'string' &&
    isCount(s.errors) &&
    (c === null || (isRecord(c) && isCount(c.error) && isCount(c.warning) && isCount(c.info))) &&
    (s.nextDeadline === undefined || s.nextDeadline === null || typeof s.nextDeadline === 'string')
  );
}

interface Entry {
  id: string;
  key: string;
  rev: number;
  updatedAt: string;
  summary: CaseSummaryRecord;
}

function isEntry(e: unknown): e is Entry {
  return isRecord(e) && typeof e.id === 'string' && typeof e.key === 'string' && isCount(e.rev) && typeof e.updatedAt === 'string' && isSummary(e.summary);
}

/**
 * `onActive` hears of the open case as soon as the index names it, before its
 * file is read, so what it needs can load meanwhile.
 */
export async function readSnapshot(area: KeyValueArea, today: string, onActive?: (id: string, lang: Lang | null) => void): Promise<Snapshot | null> {
  const found = await area.get([KEY_VERSION, KEY_INDEX, KEY_SETTINGS]);
  const index = found[KEY_INDEX];
  if (found[KEY_VERSION] !== SCHEMA_VERSION || !isRecord(index) || !Array.isArray(index.cases)) return null;
  const entries: unknown[] = index.cases;
  if (!entries.every(isEntry)) return null;
  const activeId = typeof index.activeId === 'string' ? index.activeId : null;
  const settings = isRecord(found[KEY_SETTINGS]) ? found[KEY_SETTINGS] : {};
  const setting = settings.lang;
  const lang = setting === 'nl' || setting === 'fr' || setting === 'en' ? setting : null;
  const caseworker = settings.caseworker === true;

  let active: Snapshot['active'] = null;
  const activeEntry = entries.find((e) => e.id === activeId);
  if (activeEntry) {
    onActive?.(activeEntry.id, lang);
    const value = (await area.get(activeEntry.key))[activeEntry.key];
    if (!isRecord(value)) return null;
    const { counts, checkedOn } = activeEntry.summary;
    active = { id: activeEntry.id, rev: activeEntry.rev, value, counts: checkedOn === today ? counts : null };
  }
  return {
    lang,
    caseworker,
    activeId,
    cases: entries.map(({ id, updatedAt, summary: s }) => ({
      id,
      updatedAt,
      label: s.label,
      caseType: s.caseType,
      applicantName: s.applicantName,
      errors: s.checkedOn === today ? s.errors : null,
      warnings: s.checkedOn === today ? (s.counts?.warning ?? 0) : null,
      nextDeadline: s.checkedOn === today ? (s.nextDeadline ?? null) : null,
    })),
    active,
  };
}

/**
 * The stored revision of case `id` in an index as written to storage (the new
 * value of a storage change, say); null when the index does not name it.
 */
export function storedRevision(index: unknown, id: string): number | null {
  if (!isRecord(index) || !Array.isArray(index.cases)) return null;
  const entry: unknown = index.cases.find((e: unknown) => isRecord(e) && e.id === id);
  return isRecord(entry) && isCount(entry.rev) ? entry.rev : null;
}
