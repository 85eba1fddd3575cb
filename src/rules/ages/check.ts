// Ages of the partners and of children travelling along, in whole years on the
// application date (parameters.md, "Ages").
import type { Sponsor, VisaCase } from '../../case/schema';
import type { CheckContext } from '../context';
import { ageOn, birthdayOfAge, type IsoDate } from '../dates';
import {
  childMaxAgeExclusive,
  minAgeCohabitation,
  minAgeCohabitationLivedTogether,
  minAgeMarriageBelgian,
  minAgeMarriageEuPartner,
  minAgeMarriageNonEu,
  minAgeMarriageProtectionPartner,
  type Parameter,
} from '../parameters';
import type { Person, RawFinding } from '../types';
import { missingField } from '../missing/check';

/** Which rule sets the minimum: named in the messages, so the reader sees why 18 or 21. */
export type MinimumBasis =
  | 'marriage-belgian'
  | 'marriage-non-eu'
  | 'marriage-eu'
  | 'marriage-protection'
  | 'marriage-status-unknown'
  | 'cohabitation'
  | 'cohabitation-lived-together';

export interface Minimum {
  age: number;
  basis: MinimumBasis;
}

function limit(ctx: CheckContext, p: Parameter<number>): number | undefined {
  const found = ctx.param(p);
  return found.covered ? found.value : undefined;
}

const MARRIAGE_MINIMUM: Record<NonNullable<Sponsor['status']>, { param: Parameter<number>; basis: MinimumBasis }> = {
  // Seed 003: "op zijn minst 18 jaar oud zijn (project voor huwelijk tussen een onderdaan van een derde land en een Belg)".
  belgian: { param: minAgeMarriageBelgian, basis: 'marriage-belgian' },
  // Seed 003: "op zijn minst 21 jaar oud zijn (project voor huwelijk tussen onderdanen van een derde land)".
  'non-eu': { param: minAgeMarriageNonEu, basis: 'marriage-non-eu' },
  // The seeds are silent on EU citizens and protection beneficiaries: see parameters/ages.ts for the choice.
  eu: { param: minAgeMarriageEuPartner, basis: 'marriage-eu' },
  protection: { param: minAgeMarriageProtectionPartner, basis: 'marriage-protection' },
};

/** The minimum age of both partners for a marriage or cohabitation case; undefined for humanitarian cases. */
export function partnerMinimum(ctx: CheckContext): Minimum | undefined {
  const c = ctx.case;
  if (c.caseType === 'marriage') {
    const status = c.sponsor?.status;
    if (status) {
      const { param, basis } = MARRIAGE_MINIMUM[status];
      const age = limit(ctx, param);
      return age === undefined ? undefined : { age, basis };
    }
    // Without the partner's status only the lowest minimum is certain.
    const age = limit(ctx, minAgeMarriageBelgian);
    return age === undefined ? undefined : { age, basis: 'marriage-status-unknown' };
  }
  if (c.caseType === 'cohabitation') {
    // Seed 003: "op zijn minst 21 jaar oud zijn, of op zijn minst 18 jaar oud zijn, indien de aanvrager en de
    // toekomstige gezinshereniger op zijn minst een jaar vóór de aankomst ... in België samenwoonden".
    const lived = c.cohabitedOneYearBeforeArrival === true;
    const age = limit(ctx, lived ? minAgeCohabitationLivedTogether : minAgeCohabitation);
    return age === undefined ? undefined : { age, basis: lived ? 'cohabitation-lived-together' : 'cohabitation' };
  }
  return undefined;
}

function checkPartner(
  ctx: CheckContext,
  who: 'applicant' | 'sponsor',
  birthDate: IsoDate | undefined,
  minimum: Minimum,
): RawFinding[] {
  const rule = who === 'applicant' ? 'AGE.APPLICANT_MIN' : 'AGE.SPONSOR_MIN';
  if (!birthDate) return [missingField(who, `${who}.birthDate`, rule)];
  const age = ageOn(birthDate, ctx.on);
  if (age >= minimum.age) return [];
  const lowest = limit(ctx, minAgeCohabitationLivedTogether);
  return [
    {
      rule,
      person: who,
      params: {
        birthDate,
        age,
        min: minimum.age,
        basis: minimum.basis,
        reachesOn: birthdayOfAge(birthDate, minimum.age),
        on: ctx.on,
        // Cohabitation without the claim: the 18 limit would apply after a year of living together.
        lowerWithCohabitation: minimum.basis === 'cohabitation' ? lowest : undefined,
      },
    },
  ];
}

function checkCohabitationException(ctx: CheckContext, c: VisaCase): RawFinding[] {
  if (c.caseType !== 'cohabitation') return [];
  const usual = limit(ctx, minAgeCohabitation);
  const lowered = limit(ctx, minAgeCohabitationLivedTogether);
  const applicantBirth = c.applicant.birthDate;
  const sponsorBirth = c.sponsor?.birthDate;
  if (usual === undefined || lowered === undefined || !applicantBirth || !sponsorBirth) return [];
  const ages = [ageOn(applicantBirth, ctx.on), ageOn(sponsorBirth, ctx.on)];
  const between = ages.some((a) => a >= lowered && a < usual);
  if (!between) return [];
  if (c.cohabitedOneYearBeforeArrival === undefined) {
    return [missingField('case', 'cohabitedOneYearBeforeArrival', 'AGE.COHABITATION_EXCEPTION')];
  }
  if (c.cohabitedOneYearBeforeArrival !== true || ages.some((a) => a < lowered)) return [];
  return [
    {
      rule: 'AGE.COHABITATION_EXCEPTION',
      person: 'case',
      params: {
        min: lowered,
        usual,
        applicantReachesUsual: ages[0]! < usual ? birthdayOfAge(applicantBirth, usual) : undefined,
        sponsorReachesUsual: ages[1]! < usual ? birthdayOfAge(sponsorBirth, usual) : undefined,
      },
    },
  ];
}

function checkChildren(ctx: CheckContext, c: VisaCase): RawFinding[] {
  const out: RawFinding[] = [];
  const max = limit(ctx, childMaxAgeExclusive);
  if (max === undefined) return out;
  (c.children ?? []).forEach((child, i) => {
    const person: Person = `children[${i}]`;
    if (!child.birthDate) {
      out.push(missingField(person, `children[${i}].birthDate`, 'AGE.CHILD_MAX'));
      return;
    }
    const age = ageOn(child.birthDate, ctx.on);
    // Seeds 003/004: "het bewijs dat hij jonger is dan 18 jaar"; seed 000: an adult child can only ask a humanitarian visa.
    if (age < max) return;
    out.push({
      rule: 'AGE.CHILD_MAX',
      person,
      params: {
        name: child.givenNames,
        birthDate: child.birthDate,
        age,
        max,
        turnedOn: birthdayOfAge(child.birthDate, max),
        on: ctx.on,
        humanitarianCase: c.caseType === 'humanitarian',
      },
    });
  });
  return out;
}

export function checkAges(ctx: CheckContext): RawFinding[] {
  const c = ctx.case;
  const out: RawFinding[] = [];
  // No minimum age for humanitarian applicants (seed 000 sets none); only the child limit applies there.
  const minimum = partnerMinimum(ctx);
  if (minimum) {
    if (c.caseType === 'marriage' && !c.sponsor?.status) out.push(missingField('sponsor', 'sponsor.status', 'AGE.SPONSOR_MIN'));
    out.push(...checkPartner(ctx, 'applicant', c.applicant.birthDate, minimum));
    out.push(...checkPartner(ctx, 'sponsor', c.sponsor?.birthDate, minimum));
    out.push(...checkCohabitationException(ctx, c));
  }
  out.push(...checkChildren(ctx, c));
  return out;
}
