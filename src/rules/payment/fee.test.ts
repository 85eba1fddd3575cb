import { describe, expect, it } from 'vitest';
import { parseCaseValue } from '../../case/parse';
import type { VisaCase } from '../../case/schema';
import { createContext } from '../context';
import { feeDue } from './fee';

function visaCase(extra: Record<string, unknown> = {}): VisaCase {
  const parsed = parseCaseValue({ format: 'visa-case/1', caseType: 'marriage', applicant: { birthDate: '1990-03-15' }, ...extra });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.value;
}

const adult = { isApplicant: true, birthDate: '1990-03-15' };

describe('fee per applicant on the application date', () => {
  it.each([
    ['2022-05-25', null],
    ['2022-05-26', 201],
    ['2023-01-01', 220],
    ['2024-12-31', 229],
    ['2025-01-01', 236],
    ['2025-12-31', 236],
  ])('on %s: %s', (on, amount) => {
    const fee = feeDue(createContext(visaCase(), on, on), adult);
    if (amount === null) expect(fee).toEqual({ exempt: false, covered: false, firstSince: '2022-05-26' });
    else expect(fee).toMatchObject({ exempt: false, covered: true, amount, stale: false });
  });

  it('marks the 2025 amount stale in 2026 and records it for PARAM.STALE', () => {
    const ctx = createContext(visaCase(), '2026-01-01', '2026-01-01');
    expect(feeDue(ctx, adult)).toMatchObject({ exempt: false, covered: true, amount: 236, since: '2025-01-01', stale: true });
    expect([...ctx.stale.keys()]).toContain('fee.article9');
  });

  it('exempts an applicant under 18 and charges from the 18th birthday', () => {
    const on = '2025-03-10';
    const ctx = createContext(visaCase(), on, on);
    expect(feeDue(ctx, { isApplicant: false, birthDate: '2007-03-11' })).toEqual({ exempt: true, reason: 'minor', age: 17 });
    expect(feeDue(ctx, { isApplicant: false, birthDate: '2007-03-10' })).toMatchObject({ exempt: false, amount: 236 });
  });

  it('exempts the spouse in an unrecognised marriage with a partner under international protection', () => {
    const on = '2025-03-10';
    const hum = (situation: string, status: string) =>
      createContext(visaCase({ caseType: 'humanitarian', humanitarianSituation: situation, sponsor: { status } }), on, on);
    expect(feeDue(hum('unrecognised-marriage', 'protection'), adult)).toEqual({ exempt: true, reason: 'unrecognised-marriage-protection' });
    expect(feeDue(hum('unrecognised-marriage', 'non-eu'), adult)).toMatchObject({ exempt: false, amount: 236 });
    expect(feeDue(hum('partner-no-marriage', 'protection'), adult)).toMatchObject({ exempt: false, amount: 236 });
    // The exemption is the spouse's: an adult child in the same file pays.
    expect(feeDue(hum('unrecognised-marriage', 'protection'), { isApplicant: false, birthDate: '2000-01-01' })).toMatchObject({ exempt: false, amount: 236 });
  });
});
