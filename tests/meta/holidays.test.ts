// The holiday data the core reads is the date-holidays library's own answer.
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ES module script without types
import { belgianHolidays } from '../../scripts/generate-holidays.mjs';
import data from '../../src/rules/parameters/holidays-be.json';

describe('Belgian public holidays data', () => {
  it('equals what date-holidays computes (regenerate: node scripts/generate-holidays.mjs)', () => {
    expect(data).toEqual(belgianHolidays());
  });
  it('holds the ten federal holidays of 2025', () => {
    expect((data.years as Record<string, string>)['2025']).toBe('01-01 04-21 05-01 05-29 06-09 07-21 08-15 11-01 11-11 12-25');
  });
});
