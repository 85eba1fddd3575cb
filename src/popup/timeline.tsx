// Dates to keep and the documents to bring, from the rule core's report.
// Rule IDs appear in the caseworker's view only.
import { useContext } from 'preact/hooks';
import { formatDate } from '../i18n/format';
import type { ChecklistItem, ChecklistStatus, Deadline, DeadlineStatus, Finding } from '../rules/types';
import { CaseworkerContext } from './context';
import { CHECKLIST_STATUS, personLabel } from './labels';
import { useI18n } from './translate';

const DEADLINE_ICON: Record<DeadlineStatus, string> = { done: '✓', due: '○', overdue: '!' };

/** The path from the application to the next card: every step in date order, ticked when the case records it done. */
export function Deadlines({ deadlines, draft }: { deadlines: readonly Deadline[]; draft: unknown }) {
  const { t, lang } = useI18n();
  const caseworker = useContext(CaseworkerContext);
  if (deadlines.length === 0) return <p class="muted">{t('deadlinesNone')}</p>;
  return (
    <ol class="timeline">
      {deadlines.map((d, i) => (
        <li key={`${d.rule}-${i}`} class={`timeline-item timeline-${d.status}`}>
          <time dateTime={d.date} class="timeline-date">
            {formatDate(d.date, lang)}
          </time>{' '}
          <span class="timeline-status">
            <span aria-hidden="true">{DEADLINE_ICON[d.status]} </span>
            {d.status === 'done' ? (d.doneOn ? t('deadlineDoneOn', formatDate(d.doneOn, lang)) : t('deadlineDone')) : d.status === 'overdue' ? t('deadlineOverdue') : t('deadlineDue')}
          </span>
          <p class="timeline-note">{d.note || d.rule}</p>
          <p class="finding-meta">
            {personLabel(d.person, draft, t)}
            {caseworker && (
              <>
                {' · '}
                <code>{d.rule}</code>
              </>
            )}
          </p>
        </li>
      ))}
    </ol>
  );
}

const STATUS_ICON: Record<ChecklistStatus, string> = { ok: '✓', missing: '○', problem: '✖' };

/** An item's rules that found something for its person: the only rule IDs worth noting. */
function rulesThatFound(item: ChecklistItem, findings: readonly Finding[]): string[] {
  return item.rules.filter((rule) => findings.some((f) => f.rule === rule && f.person === item.person));
}

export function Checklist({ items, findings, draft }: { items: readonly ChecklistItem[]; findings: readonly Finding[]; draft: unknown }) {
  const { t } = useI18n();
  const caseworker = useContext(CaseworkerContext);
  if (items.length === 0) return <p class="muted">{t('checklistNone')}</p>;
  return (
    <ul class="checklist">
      {items.map((item, i) => {
        const rules = caseworker ? rulesThatFound(item, findings) : [];
        return (
          <li key={`${item.id}-${item.person}-${i}`} class={`check-item check-${item.status}`}>
            <span class="check-status">
              <span aria-hidden="true">{STATUS_ICON[item.status]} </span>
              {CHECKLIST_STATUS[item.status](t)}
            </span>
            <span class="check-label">{item.label || item.id}</span>
            <span class="finding-meta">
              {personLabel(item.person, draft, t)}
              {rules.length > 0 && (
                <>
                  {' · '}
                  <code>{rules.join(', ')}</code>
                </>
              )}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
