// Calendar arithmetic on ISO dates (`YYYY-MM-DD`). Dates are calendar days with
// no time zone: they are built at local midnight and written back the same way.
import { addMonths, isWeekend } from 'date-fns';
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

/**
 * The number `Number(iso.slice(from, from + length))` gives, read from the character codes when they
 * are all digits (as in every date a case holds or a check computes), without a substring.
 */
function field(iso: IsoDate, from: number, length: number): number {
  let n = 0;
  for (let i = from; i < from + length; i++) {
    const digit = iso.charCodeAt(i) - 48;
    if (!(digit >= 0 && digit <= 9)) return Number(iso.slice(from, from + length));
    n = n * 10 + digit;
  }
  return n;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Months are calendar months; a shorter target month clamps to its last day (31 Aug − 6 months = 28/29 Feb). */
export function addMonthsIso(iso: IsoDate, months: number): IsoDate {
  const year = field(iso, 0, 4);
  // Years below 100 go through Date as before (its constructor reads them as 19xx); otherwise by
  // arithmetic, as date-fns' addMonths computes it: every document and window check calls this.
  if (year < 100 || !Number.isInteger(months)) return toIso(addMonths(toDate(iso), months));
  const index = year * 12 + field(iso, 5, 2) - 1 + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  const d = Math.min(field(iso, 8, 2), daysInMonth(y, m));
  return `${y < 1000 ? String(y).padStart(4, '0') : y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

export function subMonthsIso(iso: IsoDate, months: number): IsoDate {
  // subMonths(d, n) is addMonths(d, -n) in date-fns.
  return addMonthsIso(iso, -months);
}

export function addDaysIso(iso: IsoDate, days: number): IsoDate {
  const year = field(iso, 0, 4);
  const month = field(iso, 5, 2);
  const day = field(iso, 8, 2) + days;
  // Within the same month (the day before or after, most often) the date is written directly; no Date is built.
  if (year >= 1000 && Number.isInteger(day) && day >= 1 && day <= daysInMonth(year, month)) {
    return `${iso.slice(0, 8)}${day < 10 ? '0' : ''}${day}`;
  }
  // The Date constructor carries day overflow into the month and year, as date-fns' addDays does.
  return toIso(new Date(year, month - 1, day));
}

/** Calendar days from `from` to `to` (negative when `to` is earlier), as date-fns' differenceInCalendarDays counts them. */
export function daysBetweenIso(from: IsoDate, to: IsoDate): number {
  // Counted on UTC midnights: no daylight-saving hour can shift the count.
  const utc = (iso: IsoDate) => Date.UTC(field(iso, 0, 4), field(iso, 5, 2) - 1, field(iso, 8, 2));
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

/** ISO dates compare as strings. */
export const isBefore = (a: IsoDate, b: IsoDate): boolean => a < b;
export const isAfter = (a: IsoDate, b: IsoDate): boolean => a > b;

/** Month × 100 + day of a date written `YYYY-MM-DD` with digits, else -1. */
function monthDay(iso: IsoDate): number {
  if (iso.length !== 10 || iso.charCodeAt(7) !== 45) return -1;
  let n = 0;
  for (const i of MONTH_DAY_DIGITS) {
    const digit = iso.charCodeAt(i) - 48;
    if (!(digit >= 0 && digit <= 9)) return -1;
    n = n * 10 + digit;
  }
  return n;
}

const MONTH_DAY_DIGITS = [5, 6, 8, 9];

/** Whole years of age on a day; someone born on 29 February turns a year older on 1 March in common years. */
export function ageOn(birthDate: IsoDate, on: IsoDate): number {
  // A birth date after `on` counts whole years backwards, as date-fns' differenceInYears does.
  if (on < birthDate) return -ageOn(on, birthDate) || 0;
  // ISO dates compare as strings: the birthday (MM-DD) not yet reached this year takes one year off.
  const years = field(on, 0, 4) - field(birthDate, 0, 4);
  // Month and day of two well-formed dates compare as numbers; anything else as the strings they are.
  const onDay = monthDay(on);
  const birthDay = monthDay(birthDate);
  const earlier = onDay >= 0 && birthDay >= 0 ? onDay < birthDay : on.slice(5) < birthDate.slice(5);
  return earlier ? years - 1 : years;
}

/** The first day someone is `years` old. */
export function birthdayOfAge(birthDate: IsoDate, years: number): IsoDate {
  const date = new Date(Number(birthDate.slice(0, 4)) + years, Number(birthDate.slice(5, 7)) - 1, Number(birthDate.slice(8, 10)));
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

/** Each federal public holiday of a year as month × 100 + day, for stepping through days without writing them out. */
const holidayDayCache = new Map<number, Set<number>>();

function holidayDays(year: number): Set<number> {
  let set = holidayDayCache.get(year);
  if (!set) {
    set = new Set([...publicHolidays(year)].map((iso) => Number(iso.slice(5, 7)) * 100 + Number(iso.slice(8, 10))));
    holidayDayCache.set(year, set);
  }
  return set;
}

/** The `n`th working day after `iso` (the start day itself is not counted). */
export function addWorkingDays(iso: IsoDate, n: number): IsoDate {
  let y = Number(iso.slice(0, 4));
  let m = Number(iso.slice(5, 7));
  let d = Number(iso.slice(8, 10));
  // Years below 1000 are read by Date as toDate reads them (below 100 as 19xx): the stepping Date stays their path.
  if (!(y >= 1000) || !(m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m))) return addWorkingDaysByDate(iso, n);
  // The calendar stepped by hand, the weekday carried along (0 Sunday … 6 Saturday): the holiday table is asked about weekdays only.
  let weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  let holidays = holidayDays(y);
  let left = n;
  while (left > 0) {
    d += 1;
    if (d > daysInMonth(y, m)) {
      d = 1;
      m += 1;
      if (m > 12) {
        m = 1;
        y += 1;
        holidays = holidayDays(y);
      }
    }
    weekday = weekday === 6 ? 0 : weekday + 1;
    if (weekday !== 0 && weekday !== 6 && !holidays.has(m * 100 + d)) left -= 1;
  }
  return `${y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

function addWorkingDaysByDate(iso: IsoDate, n: number): IsoDate {
  const date = toDate(iso);
  let left = n;
  while (left > 0) {
    date.setDate(date.getDate() + 1);
    const weekday = date.getDay();
    if (weekday !== 0 && weekday !== 6 && !isBelgianHoliday(toIso(date))) left -= 1;
  }
  return toIso(date);
}
