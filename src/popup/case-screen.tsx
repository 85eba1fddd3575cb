// One open case: the editor, and what the rule core says about it.
import { useEffect, useRef, useState } from 'preact/hooks';
import { formPeople } from '../case/form-person';
import type { VisaCase } from '../case/schema';
import type { UiToBgAnswers } from '../messages';
import type { FindingCounts } from '../storage/keys';
import { CaseEditor, type Reveal } from './case-editor';
import { countBySeverity, FindingsSummary } from './counts';
import type { Editor } from './fields';
import type { FindingAction } from './findings';
import { ExportButton } from './import-export';
import { personLabel } from './labels';
import { PageBar } from './page-bar';
import { ReportLinks } from './report-links';
import { Tabs } from './tabs';
import { useI18n } from './translate';
import { useCase, type SaveState } from './use-case';

type Tab = 'details' | 'findings' | 'payment' | 'dates';

/** Wide enough (a full tab) to show the findings beside the form instead of behind a tab. */
const WIDE = '(min-width: 1000px)';

function useMedia(query: string): boolean {
  const [matches, setMatches] = useState(() => typeof matchMedia === 'function' && matchMedia(query).matches);
  useEffect(() => {
    if (typeof matchMedia !== 'function') return;
    const list = matchMedia(query);
    const onChange = () => setMatches(list.matches);
    list.addEventListener('change', onChange);
    return () => list.removeEventListener('change', onChange);
  }, [query]);
  return matches;
}

type ReportViews = typeof import('./report-views');
let reportViews: Promise<ReportViews> | undefined;

function useReportViews(): ReportViews | null {
  const [views, setViews] = useState<ReportViews | null>(null);
  useEffect(() => {
    let live = true;
    reportViews ??= import('./report-views');
    void reportViews.then((loaded) => live && setViews(loaded));
    return () => {
      live = false;
    };
  }, []);
  return views;
}

function SaveStatus({ state }: { state: SaveState }) {
  const { t } = useI18n();
  const text = state === 'saved' ? t('saveSaved') : state === 'pending' ? t('saveSaving') : state === 'invalid' ? t('saveInvalid') : state === 'stale' ? t('saveStale') : t('saveFailed');
  return <span class={`save-state save-${state}`}>{text}</span>;
}

/**
 * Another window saved this case after this one loaded it. Announced, but focus stays where the user is
 * typing: a keystroke must not press one of these buttons by surprise.
 */
function SaveConflict({ onReload, onKeepCopy }: { onReload(): void; onKeepCopy(): void }) {
  const { t } = useI18n();
  return (
    <section class="save-conflict" aria-labelledby="save-conflict-title">
      <div role="alert">
        <h3 id="save-conflict-title">{t('saveConflictTitle')}</h3>
        <p>{t('saveConflictText')}</p>
      </div>
      <div class="save-conflict-actions">
        <button type="button" onClick={onKeepCopy}>
          {t('saveConflictKeepCopy')}
        </button>
        <button type="button" class="button-quiet" onClick={onReload}>
          {t('saveConflictReload')}
        </button>
      </div>
    </section>
  );
}

/**
 * Appears with the form. Its effect is the first to run once the form is on screen (before those of the parts
 * drawn after it), so `onShown` is not held up by them. Focus follows the user into the case they opened, so
 * keyboard users are not left on a vanished button.
 */
function CaseHeading({ title, onShown }: { title: string; onShown?(): void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    onShown?.();
    heading.current?.focus();
  }, []);
  return (
    <h2 id="case-heading" class="case-heading" tabIndex={-1} ref={heading}>
      {title}
    </h2>
  );
}

export interface CaseScreenProps {
  id: string;
  /** The case as stored, its revision and its counts when they are today's, when the popup has them already. */
  stored?: { value: Record<string, unknown>; rev: number; counts: FindingCounts | null };
  /** The stored case's check, already asked for. */
  firstCheck?: Promise<UiToBgAnswers['ui-bg/check-case']>;
  onBack(): void;
  /** This window's version was kept as a new case, `id`, after another window had saved the original. */
  onCopied(id: string): void;
  /** The form is on screen. */
  onShown?(): void;
  /** The rule core's report is on screen. */
  onReport?(): void;
}

export function CaseScreen({ id, stored, firstCheck, onBack, onCopied, onShown, onReport }: CaseScreenProps) {
  const { t } = useI18n();
  const session = useCase(id, stored, firstCheck);
  const [tab, setTab] = useState<Tab>('details');
  const [reveal, setReveal] = useState<Reveal | undefined>(undefined);
  const wide = useMedia(WIDE);
  const views = useReportViews();
  const { draft, report } = session;
  const shownTab: Tab = wide && tab === 'findings' ? 'details' : tab;

  useEffect(() => {
    if (report) onReport?.();
  }, [report]);

  if (session.loadError) {
    return (
      <section>
        <button type="button" onClick={onBack}>
          {t('back')}
        </button>
        <p role="alert">{t('caseLoadFailed', session.loadError)}</p>
      </section>
    );
  }
  if (!draft) return <p class="muted">{t('loading')}</p>;

  const editor: Editor = {
    draft,
    update: session.update,
    errorAt: (path) => session.errors.find((e) => e.path === path),
  };
  const applicant = (draft.applicant ?? {}) as { givenNames?: string; surname?: string };
  const title = (typeof draft.label === 'string' && draft.label) || [applicant.givenNames, applicant.surname].filter(Boolean).join(' ') || t('caseUntitled');
  // Until the report comes, the counts stored with the case: the same rule core on the same day gave them.
  const counts = report ? countBySeverity(report.findings) : (stored?.counts ?? null);
  // Until the report and its views are both here, the panels say the check is running.
  const shown = views && report ? { views, report } : null;
  const checking = <p class="muted">{t('checking')}</p>;
  // A finding's button goes where its step is taken; the tab's own button takes focus.
  const act = (step: FindingAction) => {
    const focusTab = (key: Tab) => setTimeout(() => document.getElementById(`case-tab-${key}`)?.focus(), 0);
    if (step.kind === 'payment') {
      setTab('payment');
      focusTab('payment');
    } else if (step.kind === 'checklist') {
      setTab('dates');
      setTimeout(() => document.getElementById('checklist-heading')?.focus(), 0);
    } else {
      setTab('details');
      setReveal((last) => ({ path: step.kind === 'field' ? step.path : 'applicationDate', seq: (last?.seq ?? 0) + 1 }));
    }
  };

  return (
    <section class="case-screen" aria-labelledby="case-heading">
      <div class="case-head">
        <button
          type="button"
          class="button-quiet"
          onClick={async () => {
            await session.flush();
            onBack();
          }}
        >
          <span aria-hidden="true">← </span>
          {t('back')}
        </button>
        <SaveStatus state={session.saveState} />
      </div>
      <CaseHeading title={title} onShown={onShown} />
      {session.saveState === 'stale' && (
        <SaveConflict
          onReload={session.reload}
          onKeepCopy={async () => {
            const copyId = await session.keepCopy();
            if (copyId) onCopied(copyId);
          }}
        />
      )}
      <PageBar
        caseId={id}
        caseLabel={title}
        humanitarian={(draft as { caseType?: unknown }).caseType === 'humanitarian'}
        people={formPeople(draft as Pick<VisaCase, 'children'>).map((person) => ({ person, label: personLabel(person, draft, t) }))}
        // What was typed and not yet stored goes first; a version another window saved meanwhile is the conflict's to settle.
        beforeFill={async () => (session.saveState === 'stale' ? undefined : session.flush())}
      />
      <FindingsSummary counts={counts} />
      <div class="case-layout">
        <Tabs
          id="case"
          label={t('caseTabsLabel')}
          selected={shownTab}
          onSelect={(key) => setTab(key as Tab)}
          tabs={[
            { key: 'details', label: t('tabDetails') },
            ...(wide ? [] : [{ key: 'findings' as const, label: counts ? t('tabFindingsCount', counts.error + counts.warning + counts.info) : t('tabFindings') }]),
            { key: 'payment', label: t('tabPayment') },
            { key: 'dates', label: t('tabDates') },
          ]}
        >
          {shownTab === 'details' && <CaseEditor editor={editor} errors={session.errors} reveal={reveal} />}
          {shownTab === 'findings' && (shown ? <shown.views.FindingsList report={shown.report} draft={draft} onAction={act} /> : checking)}
          {shownTab === 'payment' && (shown ? <shown.views.Payments payments={shown.report.payments} draft={draft} /> : checking)}
          {shownTab === 'dates' && (
            <>
              <h3>{t('deadlinesHeading')}</h3>
              {shown ? <shown.views.Deadlines deadlines={shown.report.deadlines} draft={draft} /> : checking}
              <h3 id="checklist-heading" tabIndex={-1}>
                {t('checklistHeading')}
              </h3>
              {shown ? <shown.views.Checklist items={shown.report.checklist} findings={shown.report.findings} draft={draft} /> : checking}
            </>
          )}
        </Tabs>
        {wide && (
          <aside class="case-aside" aria-labelledby="findings-aside-heading">
            <h3 id="findings-aside-heading">{t('tabFindings')}</h3>
            {shown ? <shown.views.FindingsList report={shown.report} draft={draft} onAction={act} /> : checking}
          </aside>
        )}
      </div>
      <div class="case-foot">
        <ExportButton id={id} label={t('exportCase')} />
        <ReportLinks id={id} draft={draft} report={report} />
      </div>
    </section>
  );
}
