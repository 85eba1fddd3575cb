// Every message to the background passes here: parsed with the protocol's zod
// union (src/messages.ts), its sender checked, answered per UiToBgAnswers.
// Nothing is thrown back to the caller: failures come back as `{ ok: false }`.
import { parseCaseValue } from '../case/parse';
import { formPersonOf } from '../case/form-person';
import type { VisaCase } from '../case/schema';
import { uiToBg, type BgFailure, type CaseSummary, type UiToBg, type UiToBgAnswers } from '../messages';
import { checkCase } from '../rules/engine';
import type { UserValue } from '../rules/parameters';
import type { Lang } from '../rules/types';
import type { CaseStore } from '../storage/case-store';
import type { CaseSummaryRecord } from '../storage/keys';
import type { PageDetails } from './content-router';
import { formPersonIn, type FormPeople } from './form-people';
import type { Grants } from './grants';

export { localToday } from '../storage/keys';

/** The parts of `runtime.MessageSender` the check needs. */
export interface Sender {
  id?: string;
  url?: string;
}

export interface RouterDeps {
  store: CaseStore;
  /** `browser.runtime.id`. */
  runtimeId: string;
  /** `browser.runtime.getURL('')`: `chrome-extension://<id>/` or `moz-extension://<uuid>/`. */
  extensionOrigin: string;
  /** The user's local calendar date, `YYYY-MM-DD`. */
  today: () => string;
  /** What the content router's cross-checks found, per tab, messages whole. */
  details?: PageDetails;
  grants?: Grants;
  /** Whose form each tab was last filled as (content-router.ts). */
  people?: FormPeople;
}

type Answer<T extends UiToBg['type']> = UiToBgAnswers[T] | BgFailure;

/** Only the extension's own pages (popup, options) may use `ui-bg/*`: not content scripts, not other extensions, not web pages. */
export function isOwnPage(sender: Sender, deps: Pick<RouterDeps, 'runtimeId' | 'extensionOrigin'>): boolean {
  return sender.id === deps.runtimeId && typeof sender.url === 'string' && deps.extensionOrigin.length > 0 && sender.url.startsWith(deps.extensionOrigin);
}

function applicantName(value: Record<string, unknown>): string {
  const a = (value.applicant ?? {}) as { givenNames?: unknown; surname?: unknown };
  return [a.givenNames, a.surname].filter((part): part is string => typeof part === 'string' && part.length > 0).join(' ');
}

function findingCounts(value: unknown, today: string, userValues: readonly UserValue[]): Pick<CaseSummaryRecord, 'errors' | 'counts' | 'nextDeadline'> {
  const parsed = parseCaseValue(value);
  if (!parsed.ok) return { errors: parsed.errors.length, counts: null, nextDeadline: null };
  try {
    const counts = { error: 0, warning: 0, info: 0 };
    const report = checkCase(parsed.value, { today, userValues });
    for (const f of report.findings) counts[f.severity]++;
    // The next date to keep: the earliest deadline from today on of a step not yet done.
    let nextDeadline: string | null = null;
    for (const d of report.deadlines) if (d.status !== 'done' && d.date >= today && (nextDeadline === null || d.date < nextDeadline)) nextDeadline = d.date;
    return { errors: counts.error, counts, nextDeadline };
  } catch {
    // A case the rules cannot check still lists; opening it shows what failed.
    return { errors: 1, counts: null, nextDeadline: null };
  }
}

/**
 * What the list shows of a stored case on `today`, checked with the amounts the user has verified, as
 * the open case is; the store keeps it in its index (see CaseStoreOptions).
 */
export function summariseCase(v: Record<string, unknown>, today: string, userValues: readonly UserValue[] = []): CaseSummaryRecord {
  return {
    label: typeof v.label === 'string' ? v.label : '',
    caseType: typeof v.caseType === 'string' ? v.caseType : '',
    applicantName: applicantName(v),
    ...findingCounts(v, today, userValues),
    checkedOn: today,
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function createRouter(deps: RouterDeps) {
  const { store } = deps;

  async function runCheck(msg: Extract<UiToBg, { type: 'ui-bg/check-case' }>): Promise<Answer<'ui-bg/check-case'>> {
    let input: unknown = msg.draft;
    if (input === undefined) {
      if (msg.id === undefined) return { ok: false, errors: [{ path: '(case)', message: 'name a stored case or send a draft' }] };
      const stored = await store.getCase(msg.id);
      if (!stored) return { ok: false, errors: [{ path: '(case)', message: `no stored case has the id ${msg.id.slice(0, 60)}` }] };
      input = stored.value;
    }
    const parsed = parseCaseValue(input);
    if (!parsed.ok) return parsed;
    const report = checkCase(parsed.value as VisaCase, { today: deps.today(), lang: msg.lang as Lang, userValues: await store.getUserValues() });
    // The report writes its messages when read (accessors); Firefox's message passing copies data properties only
    // (the popup then showed rule IDs without text), Chromium's JSON reads them. Written out here for both.
    return { ok: true, report: JSON.parse(JSON.stringify(report)) as typeof report };
  }

  async function handle(msg: UiToBg): Promise<Answer<UiToBg['type']>> {
    switch (msg.type) {
      case 'ui-bg/list-cases': {
        const { cases, activeId } = await store.listSummaries(deps.today());
        return {
          cases: cases.map(
            ({ id, updatedAt, summary: s }): CaseSummary => ({
              id,
              updatedAt,
              label: s.label,
              caseType: s.caseType,
              applicantName: s.applicantName,
              errors: s.errors,
              warnings: s.counts?.warning ?? 0,
              nextDeadline: s.nextDeadline ?? null,
            }),
          ),
          activeId,
        };
      }
      case 'ui-bg/get-case': {
        const stored = await store.getCase(msg.id);
        return stored ? { ok: true, case: stored.value, rev: stored.rev, updatedAt: stored.updatedAt } : { ok: false, error: `no stored case has the id ${msg.id.slice(0, 60)}` };
      }
      case 'ui-bg/create-case':
        return store.createCase(msg.label, msg.caseType);
      case 'ui-bg/save-case':
        return store.saveCase(msg.id, msg.case, msg.rev);
      case 'ui-bg/save-copy':
        return store.saveCopy(msg.id, msg.case);
      case 'ui-bg/duplicate-case':
        return store.duplicateCase(msg.id);
      case 'ui-bg/delete-case':
        return store.deleteCase(msg.id);
      case 'ui-bg/undo-delete':
        return store.undoDelete(msg.token);
      case 'ui-bg/set-active':
        return store.setActive(msg.id);
      case 'ui-bg/check-case':
        return runCheck(msg);
      case 'ui-bg/import':
        return store.importCases(msg.text);
      case 'ui-bg/export':
        return store.exportCases(msg.id, deps.today());
      case 'ui-bg/get-settings':
        return store.getSettings();
      case 'ui-bg/grant-fill': {
        if (!deps.grants) return { ok: false, error: 'fills cannot be granted here' };
        const stored = await store.getCase(msg.caseId);
        if (!stored) return { ok: false, error: `no stored case has the id ${msg.caseId.slice(0, 60)}` };
        const person = formPersonOf(msg.person ?? 'applicant', stored.value as Pick<VisaCase, 'children'>);
        if (!person) return { ok: false, error: `the case has no ${msg.person ?? ''} to fill a form for` };
        return { ok: true, grant: deps.grants.issue({ tabId: msg.tabId, origin: msg.origin }, msg.caseId, person) };
      }
      case 'ui-bg/form-person':
        return { ok: true, person: await formPersonIn(deps.people, msg.tabId, msg.caseId, msg.origin) };
      case 'ui-bg/page-findings': {
        const found = deps.details?.get(msg.tabId);
        return found ? { ok: true, ...found } : { ok: false, error: 'nothing was checked on this tab' };
      }
      case 'ui-bg/get-user-values':
        return { values: await store.getUserValues() };
      case 'ui-bg/set-user-values':
        return store.setUserValues(msg.values);
      case 'ui-bg/set-settings':
        return store.setSettings({
          ...(msg.lang === undefined ? {} : { lang: msg.lang }),
          ...(msg.caseworker === undefined ? {} : { caseworker: msg.caseworker }),
        });
    }
  }

  /**
   * Answers `ui-bg/*` messages. Returns undefined (no answer from this
   * listener) for routes other parts of the background handle, such as
   * `cs-bg/*` from content scripts.
   */
  return function route(message: unknown, sender: Sender): Promise<unknown> | undefined {
    const type = (message as { type?: unknown } | null)?.type;
    if (typeof type === 'string' && !type.startsWith('ui-bg/') && /^[a-z]+-[a-z]+\//.test(type)) return undefined;
    if (!isOwnPage(sender, deps)) return Promise.resolve<BgFailure>({ ok: false, error: 'refused: only the extension’s own pages may send this message' });
    const parsed = uiToBg.safeParse(message);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return Promise.resolve<BgFailure>({ ok: false, error: `not a valid message${issue ? ` (${issue.path.join('.') || 'type'}: ${issue.message})` : ''}` });
    }
    return handle(parsed.data).catch((error: unknown): BgFailure => {
      console.error('visa-partner-assistant background:', error);
      return { ok: false, error: describe(error) };
    });
  };
}
