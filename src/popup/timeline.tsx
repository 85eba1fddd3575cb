// Dates to keep and the documents to bring, from the rule core's report.
import { formatDate } from '../i18n/format';
import type { ChecklistItem, ChecklistStatus, Deadline } from '../rules/types';
import { CHECKLIST_STATUS, personLabel } from './labels';
import { useI18n } from './translate';

export function Deadlines({ deadlines, draft }: { deadlines: readonly Deadline[]; draft: unknown }) {
  const { t, lang } = useI18n();
  if (deadlines.length === 0) return <p class="muted">{t('deadlinesNone')}</p>;
  return (
    <ol class="timeline">
      {deadlines.map((d, i) => (
        <li key={`${d.rule}-${i}`} class="timeline-item">
          <time dateTime={d.date} class="timeline-date">
            {formatDate(d.date, lang)}
          </time>
          <p class="timeline-note">{d.note || d.rule}</p>
          <p class="finding-meta">
            {personLabel(d.person, draft, t)} · <code>{d.rule}</code>
          </p>
        </li>
      ))}
    </ol>
  );
}

const STATUS_ICON: Record<ChecklistStatus, string> = { ok: '✓', missing: '○', problem: '✖' };

export function Checklist({ items, draft }: { items: readonly ChecklistItem[]; draft: unknown }) {
  const { t } = useI18n();
  if (items.length === 0) return <p class="muted">{t('checklistNone')}</p>;
  return (
    <ul class="checklist">
      {items.map((item, i) => (
        <li key={`${item.id}-${item.person}-${i}`} class={`check-item check-${item.status}`}>
          <span class="check-status">
            <span aria-hidden="true">{STATUS_ICON[item.status]} </span>
            {CHECKLIST_STATUS[item.status](t)}
          </span>
          <span class="check-label">{item.label || item.id}</span>
          <span class="finding-meta">
            {personLabel(item.person, draft, t)}
            {item.rules.length > 0 && (
              <>
                {' · '}
                <code>{item.rules.join(', ')}</code>
              </>
            )}
          </span>
        </li>
      ))}
    </ul>
  );
}
