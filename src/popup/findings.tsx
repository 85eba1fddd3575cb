// The rule core's findings for the open case. The applicant's view groups them
// by what to do, each with the one step it asks; the caseworker's view groups
// them by severity with rule IDs, persons and sources in full.
import { useContext } from 'preact/hooks';
import { formatDate } from '../i18n/format';
import { olderAmountNote, sourceLines, sourceTitles } from '../rules/source-lines';
import type { Finding, Report, Severity } from '../rules/types';
import { ACTION_BUTTON, ACTION_HEADING, ACTION_ORDER, actionOf, type ActionKind } from './actions';
import { CaseworkerContext } from './context';
import { countBySeverity } from './counts';
import { personLabel, SEVERITY } from './labels';
import { requiredLabel, stillMissing } from './required';
import { useI18n } from './translate';

const ORDER: readonly Severity[] = ['error', 'warning', 'info'];
const ICON: Record<Severity, string> = { error: '✖', warning: '▲', info: 'ℹ' };

/** Where a finding's step is taken: a tab, or a field of the form (`applicant.birthDate`). */
export type FindingAction = { kind: 'field'; path: string } | { kind: 'payment' } | { kind: 'checklist' } | { kind: 'details' };

function stepOf(finding: Finding, kind: ActionKind): FindingAction | null {
  const field = finding.params.field;
  if (kind === 'fill') return typeof field === 'string' ? { kind: 'field', path: field } : { kind: 'details' };
  if (kind === 'pay') return { kind: 'payment' };
  if (kind === 'document') return { kind: 'checklist' };
  if (kind === 'date') return { kind: 'details' };
  return null;
}

function Message({ finding }: { finding: Finding }) {
  const { t, lang } = useI18n();
  const older = olderAmountNote(finding, lang);
  return (
    <>
      <p class="finding-message">
        <span class="finding-icon" aria-hidden="true">
          {ICON[finding.severity]}{' '}
        </span>
        <span class="visually-hidden">{SEVERITY[finding.severity](t)}: </span>
        {finding.message || finding.rule}
      </p>
      {older && <p class="finding-note">{older}</p>}
    </>
  );
}

function ExternalLink({ url, children }: { url: string; children: string }) {
  return (
    <a href={url} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}

/** The caseworker's view: every source in full, with its sentence and, for amounts, where each comes from. */
function Sources({ finding }: { finding: Finding }) {
  const { t, lang } = useI18n();
  if (finding.sources.length === 0) return null;
  return (
    <details class="finding-sources">
      <summary>{t('findingSources', sourceTitles(finding, lang))}</summary>
      <ul>
        {sourceLines(finding, lang).map((s, i) => (
          <li key={i}>
            <span class="source-title">{s.url ? <ExternalLink url={s.url}>{s.title}</ExternalLink> : s.title}</span>
            {s.publisher && <span class="source-publisher"> — {s.publisher}</span>}
            {s.quote && (
              <blockquote lang={s.quoteLang} class="source-quote">
                {s.quote}
              </blockquote>
            )}
            {s.quoteNote && <p class="finding-meta">{s.quoteNote}</p>}
            {s.amountSources.length > 0 && (
              <ul class="amount-sources">
                {s.amountSources.map((a, j) => (
                  <li key={j}>
                    {a.text}
                    {a.url && (
                      <>
                        {' '}
                        <ExternalLink url={a.url}>{a.url}</ExternalLink>
                      </>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}

function CaseworkerItem({ finding, draft }: { finding: Finding; draft: unknown }) {
  const { t } = useI18n();
  return (
    <li class={`finding finding-${finding.severity}`}>
      <Message finding={finding} />
      <p class="finding-meta">
        {personLabel(finding.person, draft, t)} · <code>{finding.rule}</code>
      </p>
      <Sources finding={finding} />
    </li>
  );
}

function ApplicantItem({ finding, draft, kind, onAction }: { finding: Finding; draft: unknown; kind: ActionKind; onAction?(step: FindingAction): void }) {
  const { t, lang } = useI18n();
  const step = onAction ? stepOf(finding, kind) : null;
  const button = ACTION_BUTTON[kind];
  // Most findings concern the applicant, who is reading: only someone else is named.
  const who = finding.person === 'applicant' || finding.person === 'case' ? null : personLabel(finding.person, draft, t);
  return (
    <li class={`finding finding-${finding.severity}`}>
      <Message finding={finding} />
      {who && <p class="finding-meta">{who}</p>}
      {finding.sources.length > 0 && <p class="finding-meta">{t('findingSources', sourceTitles(finding, lang))}</p>}
      {step && button && (
        <button type="button" class="button-quiet finding-action" onClick={() => onAction?.(step)}>
          {button(t)}
        </button>
      )}
    </li>
  );
}

/** The required fields still empty, in the order of the form, each a way to it. */
export function StillMissing({ draft, onAction }: { draft: Record<string, unknown>; onAction?(step: FindingAction): void }) {
  const { t } = useI18n();
  const missing = stillMissing(draft);
  const humanitarian = draft.caseType === 'humanitarian';
  if (missing.length === 0) return null;
  return (
    <section class="still-missing" aria-labelledby="still-missing-heading">
      <h3 id="still-missing-heading">
        {t('stillMissingHeading')} <span class="badge">{missing.length}</span>
      </h3>
      <ol>
        {missing.map((f) => (
          <li key={f.path}>
            {onAction ? (
              <button type="button" class="link-button" onClick={() => onAction({ kind: 'field', path: f.path })}>
                {requiredLabel(f, t, humanitarian)}
              </button>
            ) : (
              requiredLabel(f, t, humanitarian)
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

export function FindingsList({ report, draft, onAction }: { report: Report; draft: Record<string, unknown>; onAction?(step: FindingAction): void }) {
  const { t, lang } = useI18n();
  const caseworker = useContext(CaseworkerContext);
  const counts = countBySeverity(report.findings);
  const byAction = new Map<ActionKind, Finding[]>();
  if (!caseworker) {
    for (const f of report.findings) {
      const kind = actionOf(f);
      const list = byAction.get(kind);
      if (list) list.push(f);
      else byAction.set(kind, [f]);
    }
  }
  return (
    <div class="findings">
      <p class="muted">{t('checkedOn', formatDate(report.checkedOn, lang))}</p>
      <StillMissing draft={draft} onAction={onAction} />
      {report.findings.length === 0 && <p>{t('findingsNone')}</p>}
      {caseworker
        ? ORDER.filter((s) => counts[s] > 0).map((severity) => (
            <section key={severity} class={`severity-group severity-${severity}`} aria-labelledby={`findings-${severity}`}>
              <h3 id={`findings-${severity}`}>
                {SEVERITY[severity](t)} <span class="badge">{counts[severity]}</span>
              </h3>
              <ul class="finding-list">
                {report.findings
                  .filter((f) => f.severity === severity)
                  .map((f, i) => (
                    <CaseworkerItem key={`${f.rule}-${f.person}-${i}`} finding={f} draft={draft} />
                  ))}
              </ul>
            </section>
          ))
        : ACTION_ORDER.filter((kind) => byAction.has(kind)).map((kind) => {
            const list = byAction.get(kind)!;
            return (
              <section key={kind} class={`action-group action-${kind}`} aria-labelledby={`findings-${kind}`}>
                <h3 id={`findings-${kind}`}>
                  {ACTION_HEADING[kind](t)} <span class="badge">{list.length}</span>
                </h3>
                <ul class="finding-list">
                  {list.map((f, i) => (
                    <ApplicantItem key={`${f.rule}-${f.person}-${i}`} finding={f} draft={draft} kind={kind} onAction={onAction} />
                  ))}
                </ul>
              </section>
            );
          })}
      <p class="disclaimer">{t('disclaimer')}</p>
    </div>
  );
}
