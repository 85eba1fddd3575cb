// One open case: the editor, and what the rule core says about it.
import { useEffect, useState } from 'preact/hooks';
import { CaseEditor } from './case-editor';
import type { Editor } from './fields';
import { FindingsList, FindingsSummary, countBySeverity } from './findings';
import { ExportButton } from './import-export';
import { PageBar } from './page-bar';
import { Payments } from './payment-card';
import { Tabs } from './tabs';
import { Checklist, Deadlines } from './timeline';
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

function SaveStatus({ state }: { state: SaveState }) {
  const { t } = useI18n();
  const text = state === 'saved' ? t('saveSaved') : state === 'pending' ? t('saveSaving') : state === 'invalid' ? t('saveInvalid') : t('saveFailed');
  return <span class={`save-state save-${state}`}>{text}</span>;
}

export function CaseScreen({ id, onBack, onReport }: { id: string; onBack(): void; onReport(): void }) {
  const { t } = useI18n();
  const session = useCase(id);
  const [tab, setTab] = useState<Tab>('details');
  const wide = useMedia(WIDE);
  const { draft, report } = session;
  const shownTab: Tab = wide && tab === 'findings' ? 'details' : tab;

  // Focus follows the user into the case they opened, so keyboard users are not left on a vanished button.
  const loaded = draft !== null;
  useEffect(() => {
    if (loaded) document.getElementById('case-heading')?.focus();
  }, [loaded]);

  useEffect(() => {
    if (report) onReport();
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
  const counts = report ? countBySeverity(report.findings) : null;

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
      <h2 id="case-heading" class="case-heading" tabIndex={-1}>
        {title}
      </h2>
      <PageBar caseId={id} caseLabel={title} />
      <FindingsSummary report={report} />
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
          {shownTab === 'details' && <CaseEditor editor={editor} errors={session.errors} />}
          {shownTab === 'findings' && <FindingsList report={report} draft={draft} />}
          {shownTab === 'payment' && <Payments payments={report?.payments} draft={draft} />}
          {shownTab === 'dates' && (
            <>
              <h3>{t('deadlinesHeading')}</h3>
              <Deadlines deadlines={report?.deadlines} draft={draft} />
              <h3>{t('checklistHeading')}</h3>
              <Checklist items={report?.checklist} draft={draft} />
            </>
          )}
        </Tabs>
        {wide && (
          <aside class="case-aside" aria-labelledby="findings-aside-heading">
            <h3 id="findings-aside-heading">{t('tabFindings')}</h3>
            <FindingsList report={report} draft={draft} />
          </aside>
        )}
      </div>
      <div class="case-foot">
        <ExportButton id={id} label={t('exportCase')} />
      </div>
    </section>
  );
}
