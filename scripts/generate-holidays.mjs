// Writes the Belgian federal public holidays, as computed by the date-holidays
// library (type `public` for BE: the ten federal holidays), into a data file the
// rule core reads. The core then carries a few kilobytes instead of the library's
// data for every country and its time-zone tables. tests/meta/holidays.test.ts
// fails when the file and the library disagree.
import Holidays from 'date-holidays';
import { readFileSync, writeFileSync } from 'node:fs';

// The years a case file may name (src/case/schema.ts accepts 1900–2200), and one more for deadlines past the end.
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2201;

export function belgianHolidays() {
  const be = new Holidays('BE');
  const years = {};
  for (let y = FIRST_YEAR; y <= LAST_YEAR; y += 1) {
    years[y] = be.getHolidays(y).filter((h) => h.type === 'public').map((h) => h.date.slice(5, 10)).join(' ');
  }
  const version = JSON.parse(readFileSync(new URL('../node_modules/date-holidays/package.json', import.meta.url))).version;
  return {
    source: `date-holidays ${version}, country BE, type public (1 Jan, Easter Monday, 1 May, Ascension, Whit Monday, 21 Jul, 15 Aug, 1 Nov, 11 Nov, 25 Dec)`,
    firstYear: FIRST_YEAR,
    lastYear: LAST_YEAR,
    years,
  };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const out = new URL('../src/rules/parameters/holidays-be.json', import.meta.url);
  writeFileSync(out, `${JSON.stringify(belgianHolidays(), null, 1)}\n`);
  console.log(`wrote ${out.pathname}`);
}
