// A caseworker's folder at a glance (`visa-check report FOLDER`): one row per
// file, each linking to that case's own report, sortable by any column. A
// file that cannot be read is a row with its error.
import { renderToString } from 'preact-render-to-string';
import { formatDate, formatEuro } from '../i18n/format';
import { CASE_TYPE, labelOf } from '../popup/labels';
import type { Translate } from '../popup/translate';
import type { Lang } from '../rules/types';
import { REPORT_CSS } from './report-style';
import type { CaseRow } from './table';

export interface OverviewInput {
  folder: string;
  rows: readonly (CaseRow & { href: string })[];
  lang: Lang;
  t: Translate;
}

/** Sorting in the file itself: a button per heading; numbers and ISO dates sort by `data-sort`. */
const SORT_SCRIPT = `
document.querySelectorAll('th button').forEach(function (button, column) {
  button.addEventListener('click', function () {
    var th = button.parentElement, table = th.closest('table'), body = table.tBodies[0];
    var ascending = th.getAttribute('aria-sort') !== 'ascending';
    table.querySelectorAll('th').forEach(function (h) { h.removeAttribute('aria-sort'); });
    th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
    var key = function (row) { var cell = row.cells[column]; return cell ? cell.getAttribute('data-sort') || cell.textContent : ''; };
    var numeric = th.hasAttribute('data-numeric');
    Array.prototype.slice.call(body.rows).sort(function (a, b) {
      var x = key(a), y = key(b), order;
      if (numeric) order = (x === '' ? Infinity : Number(x)) - (y === '' ? Infinity : Number(y));
      else order = x.localeCompare(y);
      return ascending ? order : -order;
    }).forEach(function (row) { body.appendChild(row); });
  });
});
`;

const OVERVIEW_CSS = `
.overview { width: 100%; border-collapse: collapse; font-size: 9.5pt; }
.overview th, .overview td { border: 1px solid #777; padding: 1mm 2mm; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
.overview th button { font: inherit; font-weight: 700; background: none; border: 0; padding: 0; cursor: pointer; color: inherit; text-align: left; }
.overview th[aria-sort=ascending] button::after { content: " ▲"; }
.overview th[aria-sort=descending] button::after { content: " ▼"; }
.overview .num { text-align: right; }
.overview .broken td { font-style: italic; }
.overview-page { max-width: none; padding: 6mm; }
`;

export function overviewHtmlFile(input: OverviewInput): string {
  const { t, lang } = input;
  const date = (iso: string) => (iso ? formatDate(iso, lang) : '');
  const heads: { label: string; numeric?: boolean }[] = [
    { label: t('overviewFile') },
    { label: t('caseLabel') },
    { label: t('personApplicant') },
    { label: t('caseType') },
    { label: t('applicationDate') },
    { label: t('severityError'), numeric: true },
    { label: t('severityWarning'), numeric: true },
    { label: t('overviewFirstError') },
    { label: t('overviewNextDeadline') },
    { label: t('paymentAmount'), numeric: true },
    { label: t('paymentCommunicationToUse') },
  ];
  const title = t('overviewTitle', input.folder);
  const page = (
    <html lang={lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title}</title>
        <style dangerouslySetInnerHTML={{ __html: REPORT_CSS + OVERVIEW_CSS }} />
      </head>
      <body>
        <main class="report overview-page" lang={lang}>
          <h1>{title}</h1>
          <p>{t('overviewHint', input.rows.length)}</p>
          <p class="report-disclaimer">{t('disclaimer')}</p>
          <table class="overview">
            <thead>
              <tr>
                {heads.map((h) => (
                  <th key={h.label} scope="col" data-numeric={h.numeric ? '' : undefined}>
                    <button type="button">{h.label}</button>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {input.rows.map((row) =>
                row.fileError ? (
                  <tr key={row.file} class="broken">
                    <td>{row.file}</td>
                    <td colSpan={10}>{t('overviewBroken', row.fileError)}</td>
                  </tr>
                ) : (
                  <tr key={row.file}>
                    <td>
                      <a href={row.href}>{row.file}</a>
                    </td>
                    <td>{row.label}</td>
                    <td>{row.applicant}</td>
                    <td>{labelOf(CASE_TYPE, row.caseType, t)}</td>
                    <td data-sort={row.applicationDate}>{date(row.applicationDate)}</td>
                    <td class="num">{row.errors}</td>
                    <td class="num">{row.warnings}</td>
                    <td>
                      <code>{row.firstErrorRule}</code>
                    </td>
                    <td data-sort={row.nextDeadlineDate}>
                      {row.nextDeadlineDate && (
                        <>
                          {date(row.nextDeadlineDate)} <code>{row.nextDeadlineRule}</code>
                        </>
                      )}
                    </td>
                    <td class="num" data-sort={row.feeEur ?? ''}>
                      {row.feeEur === null ? '' : formatEuro(row.feeEur, lang)}
                    </td>
                    <td class="report-mono">{row.communication}</td>
                  </tr>
                ),
              )}
            </tbody>
          </table>
        </main>
        <script dangerouslySetInnerHTML={{ __html: SORT_SCRIPT }} />
      </body>
    </html>
  );
  return `<!doctype html>\n${renderToString(page)}\n`;
}
