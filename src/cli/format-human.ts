// The report as a caseworker reads it in a terminal: findings grouped by
// severity, then payment, deadlines and the document checklist.
import type { VisaCase } from '../case/schema';
import { CLI_STRINGS } from './strings';
import { formatDate, formatEuro, punctuation } from '../i18n/format';
import { olderAmountNote, sourceTitles } from '../rules/source-lines';
import type { Lang, Report, Severity } from '../rules/types';

export interface HumanOptions {
  lang: Lang;
  /** ANSI colours: only for a terminal, and never when NO_COLOR is set. */
  color: boolean;
}

const SGR = { red: '31', yellow: '33', cyan: '36', green: '32', dim: '2', bold: '1' } as const;
type Style = keyof typeof SGR;

const SEVERITY_STYLE: Record<Severity, Style> = { error: 'red', warning: 'yellow', info: 'cyan' };
const SEVERITY_MARK: Record<Severity, string> = { error: '✗', warning: '!', info: 'i' };
const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** IBANs are read out in groups of four, as on a bank statement. */
function groupIban(iban: string): string {
  return iban.replace(/(.{4})(?=.)/g, '$1 ');
}

export function formatHuman(c: VisaCase, report: Report, options: HumanOptions): string {
  const t = CLI_STRINGS[options.lang];
  const paint = (style: Style, text: string) => (options.color ? `\x1b[${SGR[style]}m${text}\x1b[0m` : text);
  const date = (iso: string) => formatDate(iso, options.lang);
  const colon = punctuation(':', options.lang);
  const lines: string[] = [];

  const label = c.label ?? [c.applicant.surname, c.applicant.givenNames].filter(Boolean).join(', ');
  lines.push(paint('bold', t.caseHeading(label || c.id || '—', t.caseType[c.caseType], date(report.checkedOn))));

  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of report.findings) counts[f.severity]++;

  for (const severity of SEVERITIES) {
    const group = report.findings.filter((f) => f.severity === severity);
    if (!group.length) continue;
    lines.push('', paint(SEVERITY_STYLE[severity], `${t.severityHeading[severity]} (${group.length})`));
    for (const f of group) {
      lines.push(`  ${paint(SEVERITY_STYLE[severity], SEVERITY_MARK[severity])} ${t.person(f.person, c.caseType)}${colon} ${f.message || f.rule}`);
      const older = olderAmountNote(f, options.lang);
      if (older) lines.push(`      ${older}`);
      lines.push(paint('dim', `      ${f.rule} · ${t.source} ${sourceTitles(f, options.lang)}`));
    }
  }
  if (!report.findings.length) lines.push('', t.noFindings);

  if (report.payments.length) {
    lines.push('', paint('bold', t.payments));
    for (const p of report.payments) {
      const amount = p.exempt ? t.exempt(p.reason) : p.amountEur === null ? t.amountUnknown : formatEuro(p.amountEur, options.lang);
      lines.push(`  ${t.person(p.person, c.caseType)}${colon} ${t.amount} ${amount}`);
      if (!p.exempt) {
        lines.push(`    ${t.communication}${colon} ${p.communication}`);
        if (p.communicationSpaced) lines.push(`    ${t.communicationSpaced}${colon} ${p.communicationSpaced}`);
        if (p.shortened) lines.push(`    (${t.shortened})`);
        lines.push(`    ${t.account}${colon} ${groupIban(p.iban)} (BIC ${p.bic}), ${p.beneficiary}`);
      }
    }
  }

  if (report.deadlines.length) {
    lines.push('', paint('bold', t.deadlines));
    for (const d of report.deadlines) {
      const mark = d.status === 'done' ? paint('green', '✓') : d.status === 'overdue' ? paint('red', '!') : ' ';
      lines.push(`${mark} ${date(d.date)}  ${t.person(d.person, c.caseType)}${colon} ${d.note || d.rule}`);
      lines.push(paint('dim', `      ${d.rule}`));
    }
  }

  if (report.checklist.length) {
    lines.push('', paint('bold', t.checklist));
    for (const item of report.checklist) {
      const style: Style = item.status === 'ok' ? 'green' : item.status === 'missing' ? 'yellow' : 'red';
      const rules = item.rules.length ? paint('dim', ` (${item.rules.join(', ')})`) : '';
      lines.push(`  ${paint(style, `[${t.checklistStatus[item.status]}]`)} ${t.person(item.person, c.caseType)}${colon} ${item.label || item.id}${rules}`);
    }
  }

  lines.push('', t.summary(counts.error, counts.warning, counts.info));
  return `${lines.join('\n')}\n`;
}
