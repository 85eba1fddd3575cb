// Every stored case: open, duplicate, delete (with undo from the toast), and a
// search box once there are more than fit on one screen.
import { useMemo, useState } from 'preact/hooks';
import type { CaseType } from '../case/schema';
import type { SnapshotCase } from '../storage/snapshot';
import { NewCaseForm } from './first-steps';
import { CASE_TYPE, labelOf } from './labels';
import { plural, useI18n } from './translate';

/** Above this many cases a search box is shown. */
export const SEARCH_FROM = 6;

function normalise(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
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
  const [renaming, setRenaming] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const shown = useMemo(() => {
    const q = normalise(query.trim());
    if (!q) return cases;
    return cases.filter((c) => normalise(`${c.label} ${c.applicantName} ${labelOf(CASE_TYPE, c.caseType, t)}`).includes(q));
  }, [cases, query, t]);
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
        <div class="field search">
          <label for="case-search">{t('caseSearch')}</label>
          <input id="case-search" type="search" value={query} onInput={(e) => setQuery(e.currentTarget.value)} autocomplete="off" />
          <p class="visually-hidden" role="status" aria-live="polite">
            {query ? plural(lang, shown.length, t('caseSearchResultsOne', shown.length), t('caseSearchResults', shown.length)) : ''}
          </p>
        </div>
      )}
      <ul class="cases">
        {shown.map((c) => {
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
                  </span>
                )}
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
    </section>
  );
}
