// Dates as the case format writes them, `YYYY-MM-DD`, read digit by digit rather than with a
// pattern and three conversions: every date field of every case read comes through here.

/** The number written by `count` ASCII digits at `from` of `value`, or -1 when one is not a digit. */
function digitsAt(value: string, from: number, count: number): number {
  let n = 0;
  for (let i = from; i < from + count; i++) {
    const d = value.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** True for `YYYY-MM-DD` naming a day that exists (not 1990-02-30) in a year from `minYear` to `maxYear`. */
export function isCalendarDate(value: string, minYear = 1, maxYear = 9999): boolean {
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  const y = digitsAt(value, 0, 4);
  const mo = digitsAt(value, 5, 2);
  const d = digitsAt(value, 8, 2);
  if (y < minYear || y > maxYear || mo < 1 || mo > 12 || d < 1) return false;
  if (mo === 2) return d <= ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28);
  return d <= (mo === 4 || mo === 6 || mo === 9 || mo === 11 ? 30 : 31);
}

/** A date the case format accepts: a real calendar day from 1900 to 2200. */
export function isIsoDate(value: string): boolean {
  return isCalendarDate(value, 1900, 2200);
}
