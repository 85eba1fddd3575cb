import { addDays, format, isWeekend } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addWorkingDays, isBelgianHoliday, toDate, ageOn, isOlderThanMonths, oldestAllowed, subMonthsIso, coversMonths, birthdayOfAge } from './dates';

describe('calendar months', () => {
  it('clamps to the end of a shorter month: 31 August minus 6 months', () => {
    expect(subMonthsIso('2025-08-31', 6)).toBe('2025-02-28');
    expect(subMonthsIso('2024-08-31', 6)).toBe('2024-02-29');
  });
  it('a document dated exactly 6 months before is not too old; one day more is', () => {
    expect(oldestAllowed('2025-08-31', 6)).toBe('2025-02-28');
    expect(isOlderThanMonths('2025-02-28', '2025-08-31', 6)).toBe(false);
    expect(isOlderThanMonths('2025-02-27', '2025-08-31', 6)).toBe(true);
    expect(isOlderThanMonths('2025-03-10', '2025-09-10', 6)).toBe(false);
    expect(isOlderThanMonths('2025-03-09', '2025-09-10', 6)).toBe(true);
  });
  it('insurance from 1 July to 31 December covers six months, to 30 December does not', () => {
    expect(coversMonths('2025-07-01', '2025-12-31', 6)).toBe(true);
    expect(coversMonths('2025-07-01', '2025-12-30', 6)).toBe(false);
  });
});

describe('ages', () => {
  it('turns 21 on the birthday itself, not a day before', () => {
    expect(ageOn('2004-03-15', '2025-03-15')).toBe(21);
    expect(ageOn('2004-03-15', '2025-03-14')).toBe(20);
  });
  it('someone born on 29 February turns a year older on 1 March in a common year', () => {
    expect(ageOn('2004-02-29', '2025-02-28')).toBe(20);
    expect(ageOn('2004-02-29', '2025-03-01')).toBe(21);
    expect(birthdayOfAge('2004-02-29', 21)).toBe('2025-03-01');
  });
});

describe('Belgian working days', () => {
  it('skips Easter Monday and the weekend', () => {
    // Friday 18 April 2025 + 1 working day: Sat, Sun, Easter Monday 21 April are skipped.
    expect(addWorkingDays('2025-04-18', 1)).toBe('2025-04-22');
  });
  it('counts 8 working days over 21 July and a weekend', () => {
    // Thursday 17 July 2025: 18, 22, 23, 24, 25, 28, 29, 30 July.
    expect(addWorkingDays('2025-07-17', 8)).toBe('2025-07-30');
  });
  it('counts plain weeks as five days', () => {
    expect(addWorkingDays('2025-03-03', 5)).toBe('2025-03-10');
  });
  it('steps across months, years and holidays as a day-by-day walk over the calendar does', () => {
    const byDays = (iso: string, n: number) => {
      let date = toDate(iso);
      for (let left = n; left > 0; ) {
        date = addDays(date, 1);
        if (!isWeekend(date) && !isBelgianHoliday(format(date, 'yyyy-MM-dd'))) left -= 1;
      }
      return format(date, 'yyyy-MM-dd');
    };
    const day = fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-01T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(fc.property(day, fc.integer({ min: 0, max: 40 }), (iso, n) => addWorkingDays(iso, n) === byDays(iso, n)), { numRuns: 2000 });
    expect(addWorkingDays('2025-12-24', 3)).toBe('2025-12-30');
    expect(addWorkingDays('2025-12-31', 1)).toBe('2026-01-02');
  });
});
