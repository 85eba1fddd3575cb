// From an open case to paper and calendar: the printable report (an extension
// page of its own) and the due deadlines as an .ics file.
import { useState } from 'preact/hooks';
import type { Report } from '../rules/types';
import { useI18n } from './translate';

export function ReportLinks({ id, draft, report }: { id: string; draft: unknown; report: Report | null }) {
  const { t, lang } = useI18n();
  const [notice, setNotice] = useState('');
  return (
    <>
      <a class="button" href={`../report-page/index.html?id=${encodeURIComponent(id)}&lang=${lang}`} target="_blank" rel="noopener">
        {t('reportOpen')}
      </a>
      <button
        type="button"
        disabled={!report}
        onClick={async () => {
          if (!report) return;
          const { saveCalendar } = await import('./calendar-export');
          setNotice(saveCalendar(id, draft, report, t) ?? '');
        }}
      >
        {t('calendarExport')}
      </button>
      <p role="status" class="muted">
        {notice}
      </p>
    </>
  );
}
