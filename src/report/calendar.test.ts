import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { caseWithChildAndPartialPayment } from '../../tests/report/fixtures';
import { variant } from '../../tests/scenarios/base';
import { cliI18n } from '../cli/catalogs';
import { checkCase } from '../rules/engine';
import type { Deadline, Report } from '../rules/types';
import { calendarFile, eventUid, REMINDER_DAYS_BEFORE } from './calendar';
import { dueDeadlines } from './deadlines';

const { t } = cliI18n('en');
const STAMP = Date.UTC(2025, 3, 2);

function exportOf(c: Record<string, any>) {
  const report = checkCase(c as never, { today: '2025-04-02', lang: 'en' });
  const made = calendarFile({ case: c, report, t, stamp: STAMP });
  if (!made.ok) throw new Error(made.error);
  const events = new ICAL.Component(ICAL.parse(made.text)).getAllSubcomponents('vevent');
  return { report, text: made.text, events };
}

describe('the deadlines as an iCalendar file', () => {
  it('holds one all-day event per due deadline, on its date, with the rule and a reminder days before', () => {
    const { report, events } = exportOf(caseWithChildAndPartialPayment());
    const due = dueDeadlines(report.deadlines);
    expect(due.map((d) => d.rule)).toContain('TIME.PARTIAL_PAYMENT_DEADLINE');
    expect(events).toHaveLength(due.length);
    for (const [i, d] of due.entries()) {
      const event = new ICAL.Event(events[i]!);
      expect(event.startDate.isDate).toBe(true);
      expect(event.startDate.toString()).toBe(d.date);
      expect(event.endDate.toJSDate().getTime() - event.startDate.toJSDate().getTime()).toBe(86_400_000);
      expect(event.description).toContain(d.note);
      expect(event.description).toContain(d.rule);
      const alarm = events[i]!.getFirstSubcomponent('valarm')!;
      const trigger = alarm.getFirstPropertyValue('trigger') as ICAL.Duration;
      expect(trigger.isNegative).toBe(true);
      expect(trigger.toSeconds()).toBe(-REMINDER_DAYS_BEFORE * 86_400);
    }
    expect(new ICAL.Event(events[0]!).summary).toBe('Pay the rest of the fee — El Amrani – Peeters, "file 7", <b>urgent</b>');
  });

  it('keeps the UIDs when the case changes, so a new import updates the events', () => {
    const first = exportOf(caseWithChildAndPartialPayment());
    const later = exportOf(variant(caseWithChildAndPartialPayment(), (c) => (c.plannedArrivalDate = '2025-08-15')));
    const uids = (events: ICAL.Component[]) => Object.fromEntries(events.map((e) => [String(e.getFirstPropertyValue('summary')), String(e.getFirstPropertyValue('uid'))]));
    const registerOf = (events: ICAL.Component[]) => events.map((e) => new ICAL.Event(e)).find((e) => e.summary.startsWith('Register'))!;
    expect(uids(later.events)).toEqual(uids(first.events));
    expect(registerOf(first.events).startDate.toString()).toBe('2025-07-09');
    expect(registerOf(later.events).startDate.toString()).not.toBe('2025-07-09');
    expect(new Set(Object.values(uids(first.events))).size).toBe(first.events.length);
  });

  it('gives another case other UIDs', () => {
    const one = exportOf(caseWithChildAndPartialPayment());
    const other = exportOf(variant(caseWithChildAndPartialPayment(), (c) => (c.id = 'another-case')));
    const uid = (events: ICAL.Component[]) => String(events[0]!.getFirstPropertyValue('uid'));
    expect(uid(other.events)).not.toBe(uid(one.events));
  });

  it('names a case without an id of its own by the key it is stored under, else by the applicant', () => {
    const noId = variant(caseWithChildAndPartialPayment(), (c) => delete c.id);
    const deadline = { rule: 'TIME.REGISTER', person: 'applicant' } as const;
    expect(eventUid(noId, deadline, 'stored-key')).toBe('TIME.REGISTER.applicant.stored-key@visa-partner-assistant');
    expect(eventUid(caseWithChildAndPartialPayment(), deadline, 'stored-key')).toBe('TIME.REGISTER.applicant.report-case@visa-partner-assistant');
    expect(eventUid(noId, deadline)).toBe(eventUid(variant(noId, (c) => (c.plannedArrivalDate = '2025-09-01')), deadline));
    expect(eventUid(noId, { rule: 'TIME.REGISTER', person: 'children[0]' })).toMatch(/^TIME\.REGISTER\.children-5B0-5D\.El-20Amrani-7CFatima-20Zahra-7C1990-03-15@visa-partner-assistant$/);
  });

  it('leaves out deadlines done or already past', () => {
    const c = caseWithChildAndPartialPayment();
    const report = checkCase(c as never, { today: '2025-04-02', lang: 'en' });
    const withDone: Report = { ...report, deadlines: report.deadlines.map((d, i): Deadline => (i === 0 ? { ...d, status: 'done' } : i === 1 ? { ...d, status: 'overdue' } : d)) };
    const made = calendarFile({ case: c, report: withDone, t, stamp: STAMP });
    expect(made.ok && new ICAL.Component(ICAL.parse(made.text)).getAllSubcomponents('vevent')).toHaveLength(dueDeadlines(report.deadlines).length - 2);
  });

  it('says so when no deadline is due', () => {
    const c = caseWithChildAndPartialPayment();
    const report = checkCase(c as never, { today: '2025-04-02', lang: 'en' });
    expect(calendarFile({ case: c, report: { ...report, deadlines: [] }, t, stamp: STAMP })).toEqual({ ok: false, error: t('calendarNone') });
  });
});
