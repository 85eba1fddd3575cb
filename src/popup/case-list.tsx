// Every stored case: open, duplicate, delete (with undo from the toast), and,
// once there are more than fit on one screen, search, filters by status and
// next deadline, and sorting by the next deadline. Long lists are drawn a
// page at a time.
import { useMemo, useState } from 'preact/hooks';
import type { CaseType } from '../case/schema';
import { formatDate } from '../i18n/format';
import { localToday } from '../storage/keys';
import type { SnapshotCase } from '../storage/snapshot';
import { NewCaseForm } from './first-steps';
import { CASE_TYPE, labelOf } from './labels';
import { plural, useI18n } from './translate';

/** Above this many cases a search box and the filters are shown. */
export const SEARCH_FROM = 6;
/** Rows drawn at once; the rest come with "Show more". */
export const PAGE_SIZE = 100;

function normalise(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

type Status = 'errors' | 'warnings' | 'ok';
type StatusFilter = 'all' | Status;
type DeadlineFilter = 'any' | 'week' | 'month' | 'none';
type Sort = 'list' | 'deadline' | 'name';

/** Null while today's counts are being computed. */
function statusOf(c: ListedCase): Status | null {
  if (c.errors === null) return null;
  if (c.errors > 0) return 'errors';
  return (c.warnings ?? 0) > 0 ? 'warnings' : 'ok';
}

/** `YYYY-MM-DD` plus whole days, in UTC so that the machine's time zone cannot shift it. */
function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** A case as listed; `errors` is null while the background computes today's count. */
export type ListedCase = SnapshotCase;

interface CaseListProps {
  cases: readonly ListedCase[];
  activeId: string | null;
  onOpen(id: string): void;
  onCreate(caseType: CaseType): void;
  onDuplicate(id: string): void;
  onDelete(id: string): void;
  onRename(id: string, label: string): Promise<void>;
}

function RenameForm({ summary, title, onDone, onRename }: { summary: ListedCase; title: string; onDone(): void; onRename: CaseListProps['onRename'] }) {
  const { t } = useI18n();
  const [label, setLabel] = useState(summary.label);
  const inputId = `rename-${summary.id}`;
  return (
    <form
      class="rename"
      onSubmit={async (e) => {
        e.preventDefault();
        await onRename(summary.id, label.trim());
        onDone();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onDone();
      }}
    >
      <div class="field">
        <label for={inputId}>{t('caseRenameLabel', title)}</label>
        <input id={inputId} type="text" value={label} maxLength={500} autocomplete="off" ref={(el) => el?.focus()} onInput={(e) => setLabel(e.currentTarget.value)} />
      </div>
      <div class="rename-actions">
        <button type="submit" class="button-primary">
          {t('caseRenameSave')}
        </button>
        <button type="button" class="button-quiet" onClick={onDone}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}

export function CaseList({ cases, activeId, onOpen, onCreate, onDuplicate, onDelete, onRename }: CaseListProps) {
  const { t, lang } = useI18n();
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<StatusFilter>('all');
  const [deadline, setDeadline] = useState<DeadlineFilter>('any');
  const [sort, setSort] = useState<Sort>('list');
  const [limit, setLimit] = useState(PAGE_SIZE);
  const [renaming, setRenaming] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  // Each case's searchable text is made once per list, not once per keystroke.
  const haystacks = useMemo(() => new Map(cases.map((c) => [c.id, normalise(`${c.label} ${c.applicantName} ${labelOf(CASE_TYPE, c.caseType, t)}`)])), [cases, t]);
  const filtering = query.trim() !== '' || status !== 'all' || deadline !== 'any';
  const shown = useMemo(() => {
    const q = normalise(query.trim());
    const today = localToday();
    const until = deadline === 'week' ? addDays(today, 7) : deadline === 'month' ? addDays(today, 30) : null;
    const out = cases.filter((c) => {
      if (q && !haystacks.get(c.id)!.includes(q)) return false;
      if (status !== 'all' && statusOf(c) !== status) return false;
      if (deadline === 'none') return c.errors !== null && c.nextDeadline === null;
      if (until) return c.nextDeadline !== null && c.nextDeadline <= until;
      return true;
    });
    if (sort === 'deadline') out.sort((a, b) => (a.nextDeadline ?? '9999').localeCompare(b.nextDeadline ?? '9999'));
    else if (sort === 'name') {
      const collator = new Intl.Collator(lang);
      out.sort((a, b) => collator.compare(a.label || a.applicantName, b.label || b.applicantName));
    }
    return out;
  }, [cases, haystacks, query, status, deadline, sort, lang]);
  const drawn = shown.length > limit ? shown.slice(0, limit) : shown;
  return (
    <section class="case-list" aria-labelledby="cases-heading">
      <div class="row-between">
        <h2 id="cases-heading" tabIndex={-1}>{t('casesHeading', cases.length)}</h2>
        <button type="button" class="button-primary" id="case-create" aria-expanded={creating} onClick={() => setCreating(!creating)}>
          {t('caseCreate')}
        </button>
      </div>
      {creating && (
        <NewCaseForm
          onStart={onCreate}
          onCancel={() => {
            setCreating(false);
            setTimeout(() => document.getElementById('case-create')?.focus(), 0);
          }}
        />
      )}
      {cases.length >= SEARCH_FROM && (
        <div class="list-tools">
          <div class="field search">
            <label for="case-search">{t('caseSearch')}</label>
            <input id="case-search" type="search" value={query} onInput={(e) => setQuery(e.currentTarget.value)} autocomplete="off" />
          </div>
          <div class="field">
            <label for="case-status">{t('caseFilterStatus')}</label>
            <select id="case-status" value={status} onChange={(e) => setStatus(e.currentTarget.value as StatusFilter)}>
              <option value="all">{t('caseStatusAll')}</option>
              <option value="errors">{t('caseStatusErrors')}</option>
              <option value="warnings">{t('caseStatusWarnings')}</option>
              <option value="ok">{t('caseStatusOk')}</option>
            </select>
          </div>
          <div class="field">
            <label for="case-deadline">{t('caseFilterDeadline')}</label>
            <select id="case-deadline" value={deadline} onChange={(e) => setDeadline(e.currentTarget.value as DeadlineFilter)}>
              <option value="any">{t('caseDeadlineAny')}</option>
              <option value="week">{t('caseDeadlineWeek')}</option>
              <option value="month">{t('caseDeadlineMonth')}</option>
              <option value="none">{t('caseDeadlineNone')}</option>
            </select>
          </div>
          <div class="field">
            <label for="case-sort">{t('caseSort')}</label>
            <select id="case-sort" value={sort} onChange={(e) => setSort(e.currentTarget.value as Sort)}>
              <option value="list">{t('caseSortList')}</option>
              <option value="deadline">{t('caseSortDeadline')}</option>
              <option value="name">{t('caseSortName')}</option>
            </select>
          </div>
          <p class="visually-hidden" role="status" aria-live="polite">
            {filtering ? plural(lang, shown.length, t('caseSearchResultsOne', shown.length), t('caseSearchResults', shown.length)) : ''}
          </p>
        </div>
      )}
      <ul class="cases">
        {drawn.map((c) => {
          const title = c.label || c.applicantName || t('caseUntitled');
          if (renaming === c.id) {
            return (
              <li key={c.id} class="case-row">
                <RenameForm
                  summary={c}
                  title={title}
                  onRename={onRename}
                  onDone={() => {
                    setRenaming(null);
                    setTimeout(() => document.getElementById(`rename-button-${c.id}`)?.focus(), 0);
                  }}
                />
              </li>
            );
          }
          return (
            <li key={c.id} class={`case-row${c.id === activeId ? ' case-active' : ''}`}>
              <button type="button" class="case-open" onClick={() => onOpen(c.id)} aria-current={c.id === activeId ? 'true' : undefined}>
                <span class="case-title">{title}</span>
                <span class="case-meta">
                  {c.applicantName && c.applicantName !== title ? `${c.applicantName} · ` : ''}
                  {labelOf(CASE_TYPE, c.caseType, t)}
                </span>
                {c.errors === null ? (
                  <span class="case-errors">{t('checking')}</span>
                ) : (
                  <span class={`case-errors${c.errors > 0 ? ' has-errors' : ''}`}>
                    {c.errors > 0 ? <span aria-hidden="true">✖ </span> : <span aria-hidden="true">✓ </span>}
                    {plural(lang, c.errors, t('countErrorsOne', c.errors), t('countErrors', c.errors))}
                    {c.warnings ? (
                      <span class="case-warnings">
                        {' · '}
                        {plural(lang, c.warnings, t('countWarningsOne', c.warnings), t('countWarnings', c.warnings))}
                      </span>
                    ) : null}
                  </span>
                )}
                {c.nextDeadline && <span class="case-meta">{t('caseNextDeadline', formatDate(c.nextDeadline, lang))}</span>}
              </button>
              <div class="case-actions">
                <button type="button" class="button-quiet" id={`rename-button-${c.id}`} onClick={() => setRenaming(c.id)} aria-label={t('caseRenameNamed', title)}>
                  {t('caseRename')}
                </button>
                <button type="button" class="button-quiet" onClick={() => onDuplicate(c.id)} aria-label={t('caseDuplicateNamed', title)}>
                  {t('caseDuplicate')}
                </button>
                <button type="button" class="button-quiet button-danger" onClick={() => onDelete(c.id)} aria-label={t('caseDeleteNamed', title)}>
                  {t('caseDelete')}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
      {shown.length > drawn.length && (
        <button type="button" onClick={() => setLimit(limit + PAGE_SIZE)}>
          {t('caseShowMore', Math.min(PAGE_SIZE, shown.length - drawn.length), shown.length - drawn.length)}
        </button>
      )}
    </section>
  );
}
