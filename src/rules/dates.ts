// Calendar arithmetic on ISO dates (`YYYY-MM-DD`). Dates are calendar days with
// no time zone: they are built at local midnight and written back the same way.
import { addMonths, isWeekend, subMonths } from 'date-fns';
import belgianHolidays from './parameters/holidays-be.json';

export type IsoDate = string;

export function toDate(iso: IsoDate): Date {
  return new Date(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
}

export function toIso(date: Date): IsoDate {
  // By hand: date-fns' format parses its pattern on every call, and this runs for every date a check computes.
  const y = date.getFullYear();
  const m = date.getMonth() + 1;
  const d = date.getDate();
  return `${y < 1000 ? String(y).padStart(4, '0') : y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/** Months are calendar months; a shorter target month clamps to its last day (31 Aug − 6 months = 28/29 Feb). */
export function addMonthsIso(iso: IsoDate, months: number): IsoDate {
  return toIso(addMonths(toDate(iso), months));
}

export function subMonthsIso(iso: IsoDate, months: number): IsoDate {
  return toIso(subMonths(toDate(iso), months));
}

export function addDaysIso(iso: IsoDate, days: number): IsoDate {
  // The Date constructor carries day overflow into the month and year, as date-fns' addDays does.
  return toIso(new Date(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)) + days));
}

/** ISO dates compare as strings. */
export const isBefore = (a: IsoDate, b: IsoDate): boolean => a < b;
export const isAfter = (a: IsoDate, b: IsoDate): boolean => a > b;

/** Whole years of age on a day; someone born on 29 February turns a year older on 1 March in common years. */
export function ageOn(birthDate: IsoDate, on: IsoDate): number {
  // A birth date after `on` counts whole years backwards, as date-fns' differenceInYears does.
  if (on < birthDate) return -ageOn(on, birthDate) || 0;
  // ISO dates compare as strings: the birthday (MM-DD) not yet reached this year takes one year off.
  const years = Number(on.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return on.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/** The first day someone is `years` old. */
export function birthdayOfAge(birthDate: IsoDate, years: number): IsoDate {
  const [y, m, d] = birthDate.split('-').map(Number) as [number, number, number];
  const date = new Date(y + years, m - 1, d);
  // 29 February in a common year rolls to 1 March, which is what ageOn counts.
  return toIso(date);
}

/**
 * The oldest date a document may bear to be "not older than `months` months" on `on`:
 * the day exactly `months` months before still counts.
 */
export function oldestAllowed(on: IsoDate, months: number): IsoDate {
  return subMonthsIso(on, months);
}

export function isOlderThanMonths(documentDate: IsoDate, on: IsoDate, months: number): boolean {
  return documentDate < oldestAllowed(on, months);
}

/** Whole calendar months from `from` to `to` (insurance cover of 3 or 6 months). */
export function coversMonths(from: IsoDate, to: IsoDate, months: number): boolean {
  // Cover from 1 July to 31 December is six months: the last covered day is the day before start + 6 months.
  return addDaysIso(to, 1) >= addMonthsIso(from, months);
}

// The ten federal public holidays (1 Jan, Easter Monday, 1 May, Ascension, Whit Monday,
// 21 Jul, 15 Aug, 1 Nov, 11 Nov, 25 Dec), computed by the date-holidays library and kept
// as data by scripts/generate-holidays.mjs for every year a case file may name.
const holidayCache = new Map<number, Set<IsoDate>>();

function publicHolidays(year: number): Set<IsoDate> {
  let set = holidayCache.get(year);
  if (!set) {
    const days = (belgianHolidays.years as Record<string, string | undefined>)[year] ?? '';
    set = new Set(days ? days.split(' ').map((day) => `${year}-${day}`) : []);
    holidayCache.set(year, set);
  }
  return set;
}

export function isBelgianHoliday(iso: IsoDate): boolean {
  return publicHolidays(Number(iso.slice(0, 4))).has(iso);
}

/** Monday to Friday minus the federal public holidays (Saturdays are not working days: Civil Code art. 1.7). */
export function isWorkingDay(iso: IsoDate): boolean {
  return !isWeekend(toDate(iso)) && !isBelgianHoliday(iso);
}

/** The `n`th working day after `iso` (the start day itself is not counted). */
export function addWorkingDays(iso: IsoDate, n: number): IsoDate {
  let day = iso;
  let left = n;
  while (left > 0) {
    day = addDaysIso(day, 1);
    if (isWorkingDay(day)) left -= 1;
  }
  return day;
}
