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
