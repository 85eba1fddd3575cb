// Ages in whole years on the application date. Parameters.md, "Ages".
import { constant } from './parameter';

const S003_004 = '003_cf91320a7e919e05.txt; 004_9926838b41b19a4c.txt';

/** Marriage visa D with a Belgian partner: both at least 18. */
export const minAgeMarriageBelgian = constant('age.marriageBelgianPartner', 18, S003_004);
/** Marriage visa D with a non-EU partner: both at least 21 (also after the 2025 reform). */
export const minAgeMarriageNonEu = constant('age.marriageNonEuPartner', 21, S003_004);
/** Legal cohabitation visa D: both at least 21. */
export const minAgeCohabitation = constant('age.cohabitation', 21, '003_cf91320a7e919e05.txt');
/** Legal cohabitation: 18 when they lived together at least one year before arrival. */
export const minAgeCohabitationLivedTogether = constant('age.cohabitationLivedTogether', 18, '003_cf91320a7e919e05.txt');
/** An accompanying child is under this age. */
export const childMaxAgeExclusive = constant('age.childUnder', 18, S003_004);
/** Criminal-record extract required from this age. */
export const criminalRecordFromAge = constant('age.criminalRecordFrom', 18, S003_004);
/** Humanitarian (and any) fee due from this age; younger applicants are exempt. */
export const feeFromAge = constant('age.feeFrom', 18, '000_03bd9be940570249.txt; 003_cf91320a7e919e05.txt');
/**
 * Marriage visa D with an EU citizen as partner: both at least 18, as for a Belgian partner.
 * Seed 003 names only Belgian and non-EU partners; an EU citizen's partner falls under art. 40bis
 * of the law of 15 December 1980, whose age condition is the Belgians' (art. 40ter refers to 40bis).
 * A choice where the seeds are silent: the messages say so.
 */
export const minAgeMarriageEuPartner = constant(
  'age.marriageEuPartner',
  18,
  'choice: art. 40bis law 15/12/1980 (as for Belgians, seed 003/004); the seeds name only Belgian and non-EU partners',
);
/**
 * Marriage visa D with a beneficiary of international protection as partner: both at least 21,
 * the non-EU minimum, since the later family reunification is under art. 10 (seed 004: "Is je partner
 * in België een derdelander? Dan moeten jullie beiden minstens 21 jaar oud zijn").
 */
export const minAgeMarriageProtectionPartner = constant(
  'age.marriageProtectionPartner',
  21,
  'choice: art. 10 law 15/12/1980 (family reunification of a non-EU national); 004_9926838b41b19a4c.txt',
);
