// The administrative fee (retributie) per applicant on the application date, or the exemption
// that applies. Parameters.md, "Administrative fee".
import type { VisaCase } from '../../case/schema';
import type { CheckContext } from '../context';
import { ageOn, type IsoDate } from '../dates';
import { feeArticle9, feeFromAge } from '../parameters';

export type FeeExemption = 'minor' | 'unrecognised-marriage-protection';

export type FeeDue =
  | { exempt: true; reason: FeeExemption; age?: number }
  | { exempt: false; covered: true; amount: number; since: IsoDate; stale: boolean; source: string }
  /** The application date lies before the first amount in the rule data. */
  | { exempt: false; covered: false; firstSince: IsoDate };

export interface FeePerson {
  /** The main applicant (not a child travelling along). */
  isApplicant: boolean;
  birthDate?: string | undefined;
}

/**
 * Seed 000: "Je moet geen administratieve bijdrage betalen" for the spouse of a recognised refugee
 * or subsidiary protection holder whose religious or customary marriage is not recognised (the
 * application is filed as family reunification).
 */
function isUnrecognisedMarriageWithProtection(c: VisaCase): boolean {
  return c.caseType === 'humanitarian' && c.humanitarianSituation === 'unrecognised-marriage' && c.sponsor?.status === 'protection';
}

export function feeDue(ctx: CheckContext, person: FeePerson): FeeDue {
  // Seed 000: "Er geldt een uitzondering indien je minderjarig bent"; seed 003 lists no fee for the child.
  if (person.birthDate) {
    const age = ageOn(person.birthDate, ctx.on);
    const from = ctx.param(feeFromAge);
    if (from.covered && age < from.value) return { exempt: true, reason: 'minor', age };
  }
  if (person.isApplicant && isUnrecognisedMarriageWithProtection(ctx.case)) {
    return { exempt: true, reason: 'unrecognised-marriage-protection' };
  }
  const fee = ctx.param(feeArticle9);
  if (!fee.covered) return { exempt: false, covered: false, firstSince: feeArticle9.values[0].since };
  return { exempt: false, covered: true, amount: fee.value, since: fee.since, stale: fee.stale, source: fee.source };
}
