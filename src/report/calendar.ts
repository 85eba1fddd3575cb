// The due deadlines of a case as an iCalendar file (RFC 5545), written by the
// `ics` library: one all-day event per deadline, a reminder a few days before,
// and a UID made of the case and the rule, so that importing a newer file
// updates the events instead of adding them again.
import { createEvents, type EventAttributes } from 'ics';
import type { Translate } from '../popup/translate';
import { addDaysIso } from '../rules/dates';
import type { Deadline, Report } from '../rules/types';
import { dueDeadlines } from './deadlines';
import { caseTitle } from './report';

/** Days before a deadline that the calendar reminds of it: time to gather a document or book an appointment. */
export const REMINDER_DAYS_BEFORE = 3;

const TITLES: Record<string, (t: Translate) => string> = {
  'TIME.REGISTER': (t) => t('calendarRegister'),
  'HUM.REGISTER': (t) => t('calendarRegister'),
  'TIME.ANNEX15': (t) => t('calendarAnnex15'),
  'TIME.A_CARD_EXPIRY': (t) => t('calendarACard'),
  'TIME.MARRY_BEFORE': (t) => t('calendarMarryBefore'),
  'TIME.FAMILY_REUNIFICATION': (t) => t('calendarFamilyReunification'),
  'HUM.MIXED_APPLICATION': (t) => t('calendarFamilyReunification'),
  'TIME.PARTIAL_PAYMENT_DEADLINE': (t) => t('calendarPartialPayment'),
  'TIME.DECISION_EXPECTED': (t) => t('calendarDecision'),
};

export interface CalendarInput {
  case: unknown;
  report: Report;
  t: Translate;
  /** When the file is made, for each event's DTSTAMP (milliseconds since 1970, UTC). */
  stamp: number;
  /** The stored case's key, for a case whose file has no `id` of its own. */
  storedId?: string;
}

type Fields = Record<string, unknown>;

/** What names a case across exports: its own id, else the key it is stored under, else the applicant's passport identity. */
function caseKey(c: unknown, storedId?: string): string {
  const fields = (c && typeof c === 'object' ? c : {}) as Fields;
  if (typeof fields.id === 'string' && fields.id) return fields.id;
  if (storedId) return storedId;
  const a = (fields.applicant && typeof fields.applicant === 'object' ? fields.applicant : {}) as Fields;
  return [a.surname, a.givenNames, a.birthDate].map((v) => (typeof v === 'string' ? v : '')).join('|');
}

/** `TIME.REGISTER.applicant.<case>@visa-partner-assistant`, from letters, digits and `.-` only. */
export function eventUid(c: unknown, deadline: Pick<Deadline, 'rule' | 'person'>, storedId?: string): string {
  const safe = (s: string) => encodeURIComponent(s).replace(/[^A-Za-z0-9.-]/g, (ch) => (ch === '%' ? '-' : '_'));
  return `${safe(deadline.rule)}.${safe(deadline.person)}.${safe(caseKey(c, storedId))}@visa-partner-assistant`;
}

function dateArray(iso: string): [number, number, number] {
  return [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];
}

export type CalendarResult = { ok: true; text: string; events: number } | { ok: false; error: string };

export function calendarFile(input: CalendarInput): CalendarResult {
  const { t } = input;
  const title = caseTitle(input.case, t);
  const events: EventAttributes[] = dueDeadlines(input.report.deadlines).map((d) => {
    const what = (TITLES[d.rule] ?? ((tr: Translate) => tr('calendarDeadline')))(t);
    const summary = `${what} — ${title}`;
    return {
      uid: eventUid(input.case, d, input.storedId),
      timestamp: input.stamp,
      start: dateArray(d.date),
      // An all-day event ends the next day (RFC 5545, 3.6.1).
      end: dateArray(addDaysIso(d.date, 1)),
      title: summary,
      description: `${d.note || d.rule}\n\n${d.rule}\n${t('disclaimer')}`,
      transp: 'TRANSPARENT',
      // In hours: the library writes a day count as `P3DT`, which RFC 5545's grammar does not allow.
      alarms: [{ action: 'display', description: summary, trigger: { hours: REMINDER_DAYS_BEFORE * 24, before: true } }],
    };
  });
  if (!events.length) return { ok: false, error: t('calendarNone') };
  const made = createEvents(events, { productId: 'visa-partner-assistant', method: 'PUBLISH', calName: t('calendarName', title) });
  if (made.error || !made.value) return { ok: false, error: String(made.error?.message ?? made.error) };
  return { ok: true, text: made.value, events: events.length };
}
