// Every stored case as one table (.csv), the same columns as
// `visa-check check FOLDER --csv`; a case that cannot be checked is a row with its error.
import { useState } from 'preact/hooks';
import { brokenRow, caseRow, casesCsv } from '../report/table';
import { useApi } from './context';
import { downloadText } from './download';
import { useI18n } from './translate';
import { fileErrorLine } from './file-errors';

export function CsvExportButton({ ids, fileName }: { ids: readonly string[]; fileName: string }) {
  const api = useApi();
  const { t, lang } = useI18n();
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      disabled={busy}
      onClick={async () => {
        setBusy(true);
        try {
          const rows = await Promise.all(
            ids.map(async (id) => {
              const [stored, checked] = await Promise.all([api.send({ type: 'ui-bg/get-case', id }), api.send({ type: 'ui-bg/check-case', id, lang })]);
              if (!stored.ok) return brokenRow(id, stored.error);
              if (!checked.ok) return brokenRow(id, checked.errors.map((e) => fileErrorLine(e, t)).join('; '));
              return caseRow(id, stored.case, checked.report);
            }),
          );
          downloadText(fileName, casesCsv(rows), 'text/csv;charset=utf-8');
        } finally {
          setBusy(false);
        }
      }}
    >
      {t('exportCsv')}
    </button>
  );
}
