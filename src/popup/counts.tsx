// How many findings of each severity: drawn above the open case from the
// report, or from the counts stored with the case until the report comes.
import type { Finding, Severity } from '../rules/types';
import { plural, useI18n } from './translate';

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/** Always on screen above the case: announces changes as the user edits. */
export function FindingsSummary({ counts }: { counts: Record<Severity, number> | null }) {
  const { t, lang } = useI18n();
  return (
    <p class="summary" role="status" aria-live="polite" aria-atomic="true">
      {counts === null ? (
        t('checking')
      ) : (
        <>
          <span class="count count-error">{plural(lang, counts.error, t('countErrorsOne', counts.error), t('countErrors', counts.error))}</span>
          <span class="count count-warning">{plural(lang, counts.warning, t('countWarningsOne', counts.warning), t('countWarnings', counts.warning))}</span>
          <span class="count count-info">{plural(lang, counts.info, t('countInfoOne', counts.info), t('countInfo', counts.info))}</span>
        </>
      )}
    </p>
  );
}
