// One row per case for a caseworker's table: `visa-check check FOLDER --csv`,
// the folder overview and the popup's export of all cases share it.
import Papa from 'papaparse';
import type { Report } from '../rules/types';
import { dueDeadlines } from './deadlines';

export interface CaseRow {
  file: string;
  label: string;
  applicant: string;
  caseType: string;
  applicationDate: string;
  errors: number | null;
  warnings: number | null;
  firstErrorRule: string;
  nextDeadlineRule: string;
  nextDeadlineDate: string;
  feeEur: number | null;
  communication: string;
  /** Why the file could not be checked; empty for a checked case. */
  fileError: string;
}

/** The CSV's header, stable for scripts whatever the language. */
export const CSV_COLUMNS: readonly (keyof CaseRow)[] = [
  'file',
  'label',
  'applicant',
  'caseType',
  'applicationDate',
  'errors',
  'warnings',
  'firstErrorRule',
  'nextDeadlineRule',
  'nextDeadlineDate',
  'feeEur',
  'communication',
  'fileError',
];

type Fields = Record<string, unknown>;

function field(value: unknown, key: string): unknown {
  return value && typeof value === 'object' ? (value as Fields)[key] : undefined;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

export function caseRow(file: string, c: unknown, report: Report): CaseRow {
  const applicant = field(c, 'applicant');
  const firstError = report.findings.find((f) => f.severity === 'error');
  const next = dueDeadlines(report.deadlines)[0];
  const due = report.payments.filter((p) => !p.exempt);
  const fee = due.some((p) => p.amountEur === null) ? null : due.reduce((sum, p) => sum + (p.amountEur ?? 0), 0);
  return {
    file,
    label: text(field(c, 'label')),
    applicant: [text(field(applicant, 'surname')), text(field(applicant, 'givenNames'))].filter(Boolean).join(', '),
    caseType: text(field(c, 'caseType')),
    applicationDate: text(field(c, 'applicationDate')) || report.checkedOn,
    errors: report.findings.filter((f) => f.severity === 'error').length,
    warnings: report.findings.filter((f) => f.severity === 'warning').length,
    firstErrorRule: firstError?.rule ?? '',
    nextDeadlineRule: next?.rule ?? '',
    nextDeadlineDate: next?.date ?? '',
    feeEur: due.length ? fee : 0,
    communication: due[0]?.communication ?? '',
    fileError: '',
  };
}

export function brokenRow(file: string, error: string): CaseRow {
  return {
    file,
    label: '',
    applicant: '',
    caseType: '',
    applicationDate: '',
    errors: null,
    warnings: null,
    firstErrorRule: '',
    nextDeadlineRule: '',
    nextDeadlineDate: '',
    feeEur: null,
    communication: '',
    fileError: error,
  };
}

/**
 * RFC 4180 (CRLF, quotes doubled, fields with commas, quotes or line breaks quoted), preceded by a UTF-8 byte-order
 * mark so that spreadsheet programs read accents. A text starting with = + - @ is prefixed with ' so that a
 * spreadsheet shows it instead of running it as a formula.
 */
export function casesCsv(rows: readonly CaseRow[]): string {
  const data = rows.map((row) => CSV_COLUMNS.map((key) => row[key] ?? ''));
  return `\uFEFF${Papa.unparse({ fields: [...CSV_COLUMNS], data }, { newline: '\r\n', escapeFormulae: true })}\r\n`;
}
