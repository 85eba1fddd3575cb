// The case on paper: one renderer for the extension's report page and for
// `visa-check report`. It turns a checked case into markup and touches no
// browser API, so the same file serves Node and the page.
import { friendlyFormatIBAN } from 'ibantools';
import { renderToString } from 'preact-render-to-string';
import { formatDate, formatEuro } from '../i18n/format';
import { countryName } from '../popup/countries';
import { CASE_TYPE, CHECKLIST_STATUS, HUMANITARIAN_SITUATION, labelOf, personLabel, SEVERITY, SPONSOR_STATUS } from '../popup/labels';
import type { Translate } from '../popup/translate';
import { olderAmountNote, sourceTitles } from '../rules/source-lines';
import type { ChecklistItem, Deadline, Finding, Lang, PaymentInfo, Report, Severity } from '../rules/types';
import { makeQrMatrix } from './qr';
import { REPORT_CSS } from './report-style';
import { ruleDataVersion } from './rule-data';

export interface ReportInput {
  /** The case as stored; a draft with fields still to correct is shown as far as it goes. */
  case: unknown;
  report: Report;
  lang: Lang;
  t: Translate;
}

type Fields = Record<string, unknown>;

function record(value: unknown): Fields {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Fields) : {};
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

function fullName(person: Fields): string {
  return [text(person.givenNames), text(person.surname)].filter(Boolean).join(' ');
}

/** The title of a case: its label, else the applicant's name. */
export function caseTitle(c: unknown, t: Translate): string {
  const fields = record(c);
  return text(fields.label) || fullName(record(fields.applicant)) || t('caseUntitled');
}

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
const SEVERITY_MARK: Record<Severity, string> = { error: '✖', warning: '▲', info: 'ℹ' };

function Row({ label, value }: { label: string; value: string }) {
  if (!value) return null;
  return (
    <>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </>
  );
}

function Summary({ input }: { input: ReportInput }) {
  const { t, lang } = input;
  const c = record(input.case);
  const date = (v: unknown) => (text(v) ? formatDate(text(v), lang) : '');
  const country = (v: unknown) => (text(v) === 'XX' ? t('stateless') : text(v) ? (countryName(text(v), lang) ?? text(v)) : '');
  const applicant = record(c.applicant);
  const passport = record(applicant.passport);
  const sponsor = record(c.sponsor);
  const children = Array.isArray(c.children) ? c.children.map(record) : [];
  return (
    <section class="report-card" aria-labelledby="report-summary">
      <h2 id="report-summary">{t('reportSummary')}</h2>
      <dl class="report-facts">
        <Row label={t('caseType')} value={text(c.caseType) ? labelOf(CASE_TYPE, c.caseType, t) : ''} />
        <Row label={t('humanitarianSituation')} value={text(c.humanitarianSituation) ? labelOf(HUMANITARIAN_SITUATION, c.humanitarianSituation, t) : ''} />
        <Row label={t('applicationDate')} value={date(c.applicationDate)} />
        <Row label={t('plannedArrivalDate')} value={date(c.plannedArrivalDate)} />
        <Row label={t('arrivalDate')} value={date(c.arrivalDate)} />
        <Row label={t('registrationDate')} value={date(c.registrationDate)} />
        <Row label={t('aCardIssuedDate')} value={date(c.aCardIssuedDate)} />
        <Row label={t('marriageDate')} value={date(c.marriageDate)} />
      </dl>
      <h3>{t('reportPeople')}</h3>
      <ul class="report-people">
        <li>
          <strong>{personLabel('applicant', c, t)}</strong>
          <dl class="report-facts">
            <Row label={t('birthDate')} value={date(applicant.birthDate)} />
            <Row label={t('nationality')} value={country(applicant.nationality)} />
            <Row label={t('passportNumber')} value={text(passport.number)} />
            <Row label={t('passportExpiryDate')} value={date(passport.expiryDate)} />
          </dl>
        </li>
        {Object.keys(sponsor).length > 0 && (
          <li>
            <strong>{personLabel('sponsor', c, t)}</strong>
            <dl class="report-facts">
              <Row label={t('birthDate')} value={date(sponsor.birthDate)} />
              <Row label={t('sponsorStatus')} value={text(sponsor.status) ? labelOf(SPONSOR_STATUS, sponsor.status, t) : ''} />
            </dl>
          </li>
        )}
        {children.map((child, i) => (
          <li key={i}>
            <strong>{personLabel(`children[${i}]`, c, t)}</strong>
            <dl class="report-facts">
              <Row label={t('birthDate')} value={date(child.birthDate)} />
              <Row label={t('nationality')} value={country(child.nationality)} />
            </dl>
          </li>
        ))}
      </ul>
    </section>
  );
}

function FindingItem({ finding, input }: { finding: Finding; input: ReportInput }) {
  const { t, lang } = input;
  const older = olderAmountNote(finding, lang);
  return (
    <li class={`report-finding report-${finding.severity}`}>
      <p>
        <span aria-hidden="true">{SEVERITY_MARK[finding.severity]} </span>
        {finding.message || finding.rule}
      </p>
      {older && <p class="report-meta">{older}</p>}
      <p class="report-meta">
        {personLabel(finding.person, input.case, t)} · <code>{finding.rule}</code> · {t('findingSources', sourceTitles(finding, lang))}
      </p>
    </li>
  );
}

function Findings({ input }: { input: ReportInput }) {
  const { t, report } = input;
  return (
    <section class="report-section" aria-labelledby="report-findings">
      <h2 id="report-findings">{t('tabFindings')}</h2>
      {report.findings.length === 0 && <p>{t('findingsNone')}</p>}
      {SEVERITIES.map((severity) => {
        const group = report.findings.filter((f) => f.severity === severity);
        if (!group.length) return null;
        return (
          <section key={severity} class="report-group" aria-labelledby={`report-${severity}`}>
            <h3 id={`report-${severity}`}>
              {SEVERITY[severity](t)} ({group.length})
            </h3>
            <ul class="report-list">
              {group.map((f, i) => (
                <FindingItem key={i} finding={f} input={input} />
              ))}
            </ul>
          </section>
        );
      })}
    </section>
  );
}

function ChecklistRow({ item, input }: { item: ChecklistItem; input: ReportInput }) {
  const { t } = input;
  return (
    <li class={`report-check report-check-${item.status}`}>
      <span class="report-box" aria-hidden="true">
        {item.status === 'ok' ? '✓' : ''}
      </span>
      <span>
        {item.label || item.id} <span class="report-status">({CHECKLIST_STATUS[item.status](t)})</span>
        <span class="report-meta">
          {' '}
          · {personLabel(item.person, input.case, t)}
          {item.rules.length > 0 && (
            <>
              {' · '}
              <code>{item.rules.join(', ')}</code>
            </>
          )}
        </span>
      </span>
    </li>
  );
}

function Checklist({ input }: { input: ReportInput }) {
  const { t, report } = input;
  return (
    <section class="report-section" aria-labelledby="report-checklist">
      <h2 id="report-checklist">{t('checklistHeading')}</h2>
      {report.checklist.length === 0 ? (
        <p>{t('checklistNone')}</p>
      ) : (
        <ul class="report-checklist">
          {report.checklist.map((item, i) => (
            <ChecklistRow key={i} item={item} input={input} />
          ))}
        </ul>
      )}
    </section>
  );
}

function QrSvg({ payload, label }: { payload: string; label: string }) {
  const matrix = makeQrMatrix(payload);
  const quiet = 4;
  const size = matrix.size + quiet * 2;
  return (
    <svg class="report-qr" role="img" aria-label={label} viewBox={`${-quiet} ${-quiet} ${size} ${size}`} shape-rendering="crispEdges" xmlns="http://www.w3.org/2000/svg">
      <rect x={-quiet} y={-quiet} width={size} height={size} fill="#fff" />
      <path d={matrix.path} fill="#000" />
    </svg>
  );
}

function PaymentCard({ payment, input, index }: { payment: PaymentInfo; input: ReportInput; index: number }) {
  const { t, lang } = input;
  const who = personLabel(payment.person, input.case, t);
  const amount = payment.amountEur === null ? t('paymentAmountUnknown') : formatEuro(payment.amountEur, lang);
  return (
    <article class="report-card report-payment" aria-labelledby={`report-payment-${index}`}>
      <h3 id={`report-payment-${index}`}>{who}</h3>
      {payment.exempt ? (
        <p>
          <strong>{t('paymentExempt')}</strong>
          {payment.reason ? ` — ${payment.reason}` : ''}
        </p>
      ) : (
        <div class="report-pay">
          <dl class="report-facts">
            <Row label={t('paymentAmount')} value={amount} />
            <Row label={t('paymentIban')} value={friendlyFormatIBAN(payment.iban) ?? payment.iban} />
            <Row label={t('paymentBic')} value={payment.bic} />
            <Row label={t('paymentBeneficiary')} value={payment.beneficiary} />
            <dt>{t('paymentCommunicationToUse')}</dt>
            <dd class="report-mono">{payment.communication}</dd>
            {payment.communicationSpaced && payment.communicationSpaced !== payment.communication && (
              <>
                <dt>{t('paymentCommunicationSpaced')}</dt>
                <dd class="report-mono">{payment.communicationSpaced}</dd>
              </>
            )}
          </dl>
          {payment.reason && <p>{payment.reason}</p>}
          {payment.shortened && <p>{t('paymentShortened')}</p>}
          {payment.epcQr && (
            <figure class="report-qr-figure">
              <QrSvg payload={payment.epcQr} label={t('paymentQrLabel', who, payment.amountEur === null ? '' : amount)} />
              <figcaption>{t('paymentQrCaption')}</figcaption>
            </figure>
          )}
        </div>
      )}
    </article>
  );
}

function Payments({ input }: { input: ReportInput }) {
  const { t, report } = input;
  return (
    <section class="report-section" aria-labelledby="report-payments">
      <h2 id="report-payments">{t('tabPayment')}</h2>
      {report.payments.length === 0 ? <p>{t('paymentNone')}</p> : report.payments.map((p, i) => <PaymentCard key={i} payment={p} input={input} index={i} />)}
    </section>
  );
}

function TimelineRow({ deadline, input }: { deadline: Deadline; input: ReportInput }) {
  const { t, lang } = input;
  const { status } = deadline;
  const said = status === 'done' ? (deadline.doneOn ? t('deadlineDoneOn', formatDate(deadline.doneOn, lang)) : t('deadlineDone')) : status === 'overdue' ? t('deadlineOverdue') : t('deadlineDue');
  return (
    <li class={`report-deadline report-deadline-${status}`}>
      <p>
        <span class="report-box" aria-hidden="true">
          {status === 'done' ? '✓' : ''}
        </span>{' '}
        <time dateTime={deadline.date}>{formatDate(deadline.date, lang)}</time> · <strong>{said}</strong>
      </p>
      <p>{deadline.note || deadline.rule}</p>
      <p class="report-meta">
        {personLabel(deadline.person, input.case, t)} · <code>{deadline.rule}</code>
      </p>
    </li>
  );
}

function Timeline({ input }: { input: ReportInput }) {
  const { t, report } = input;
  return (
    <section class="report-section" aria-labelledby="report-timeline">
      <h2 id="report-timeline">{t('deadlinesHeading')}</h2>
      {report.deadlines.length === 0 ? (
        <p>{t('deadlinesNone')}</p>
      ) : (
        <ol class="report-list">
          {report.deadlines.map((d, i) => (
            <TimelineRow key={i} deadline={d} input={input} />
          ))}
        </ol>
      )}
    </section>
  );
}

/** The report itself, without the page around it. */
export function ReportBody({ input }: { input: ReportInput }) {
  const { t, lang, report } = input;
  return (
    <main class="report" lang={lang}>
      <header class="report-head">
        <h1>{t('reportTitle', caseTitle(input.case, t))}</h1>
        <p>
          {t('checkedOn', formatDate(report.checkedOn, lang))} · {t('reportRuleData', formatDate(ruleDataVersion(), lang))}
        </p>
        <p class="report-disclaimer">{t('disclaimer')}</p>
      </header>
      <Summary input={input} />
      <Findings input={input} />
      <Checklist input={input} />
      <Payments input={input} />
      <Timeline input={input} />
    </main>
  );
}

/** A whole HTML file that needs nothing else: styles inline, the QR code as inline SVG. */
export function reportHtmlFile(input: ReportInput): string {
  const page = (
    <html lang={input.lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{input.t('reportTitle', caseTitle(input.case, input.t))}</title>
        <style dangerouslySetInnerHTML={{ __html: REPORT_CSS }} />
      </head>
      <body>
        <ReportBody input={input} />
      </body>
    </html>
  );
  return `<!doctype html>\n${renderToString(page)}\n`;
}
