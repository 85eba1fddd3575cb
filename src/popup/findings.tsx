// The rule core's findings for the open case, grouped by severity.
import { formatDate } from '../i18n/format';
import type { Finding, Report, Severity } from '../rules/types';
import { countBySeverity } from './counts';
import { personLabel, SEVERITY } from './labels';
import { useI18n } from './translate';

const ORDER: readonly Severity[] = ['error', 'warning', 'info'];
const ICON: Record<Severity, string> = { error: '✖', warning: '▲', info: 'ℹ' };

function FindingItem({ finding, draft }: { finding: Finding; draft: unknown }) {
  const { t } = useI18n();
  return (
    <li class={`finding finding-${finding.severity}`}>
      <p class="finding-message">
        <span class="finding-icon" aria-hidden="true">
          {ICON[finding.severity]}{' '}
        </span>
        <span class="visually-hidden">{SEVERITY[finding.severity](t)}: </span>
        {finding.message || finding.rule}
      </p>
      <p class="finding-meta">
        {personLabel(finding.person, draft, t)} · <code>{finding.rule}</code>
      </p>
      {finding.sources.length > 0 && (
        <details class="finding-sources">
          <summary>{t('findingSources', [...new Set(finding.sources.map((s) => s.file))].join(', '))}</summary>
          <ul>
            {finding.sources.map((s, i) => (
              <li key={i}>
                <span class="source-file">{s.file}</span>
                {s.quote && (
                  <blockquote lang="nl" class="source-quote">
                    {s.quote}
                  </blockquote>
                )}
              </li>
            ))}
          </ul>
        </details>
      )}
    </li>
  );
}

export function FindingsList({ report, draft }: { report: Report; draft: unknown }) {
  const { t, lang } = useI18n();
  const counts = countBySeverity(report.findings);
  return (
    <div class="findings">
      <p class="muted">{t('checkedOn', formatDate(report.checkedOn, lang))}</p>
      {report.findings.length === 0 && <p>{t('findingsNone')}</p>}
      {ORDER.filter((s) => counts[s] > 0).map((severity) => (
        <section key={severity} class={`severity-group severity-${severity}`} aria-labelledby={`findings-${severity}`}>
          <h3 id={`findings-${severity}`}>
            {SEVERITY[severity](t)} <span class="badge">{counts[severity]}</span>
          </h3>
          <ul class="finding-list">
            {report.findings
              .filter((f) => f.severity === severity)
              .map((f, i) => (
                <FindingItem key={`${f.rule}-${f.person}-${i}`} finding={f} draft={draft} />
              ))}
          </ul>
        </section>
      ))}
      <p class="disclaimer">{t('disclaimer')}</p>
    </div>
  );
}
