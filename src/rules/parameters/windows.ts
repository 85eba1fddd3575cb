// Windows and durations. Parameters.md, "Windows and durations".
import { constant } from './parameter';

const S003 = '003_cf91320a7e919e05.txt';
const S004 = '004_9926838b41b19a4c.txt';
const S000 = '000_03bd9be940570249.txt';

export const marriageDeclarationMaxMonths = constant('window.marriageDeclarationMonths', 6, `${S003}; ${S004}`);
export const medicalCertificateMaxMonths = constant('window.medicalCertificateMonths', 6, `${S003}; ${S004}`);
export const criminalRecordMaxMonths = constant('window.criminalRecordMonths', 6, `${S003}; ${S004}`);
export const insuranceMinCoverEur = constant('insurance.minCoverEur', 30_000, `${S003}; ${S004}`);
/** Marriage: at least 3 months (seed 003, an error below). */
export const insuranceMinMonthsMarriage = constant('insurance.minMonthsMarriage', 3, S003);
/** The whole stay: 6 months (seed 004 for marriage, a warning below; seed 003 for cohabitation and children). */
export const insuranceStayMonths = constant('insurance.stayMonths', 6, `${S003}; ${S004}`);
/** Passport should stay valid this long after the planned arrival (practice). */
export const passportMarginMonths = constant('passport.marginAfterArrivalMonths', 6, 'practice');
export const visaDValidityMonths = constant('visa.dValidityMonths', 6, S003);
/** Register at the municipality after arrival: 8 days (seed 003); seed 004 says 8 working days. */
export const registerWithinDays = constant('register.days', 8, S003);
export const registerWithinWorkingDays = constant('register.workingDays', 8, S004);
/** Humanitarian visa: register within 8 working days (seed 000). */
export const humanitarianRegisterWorkingDays = constant('register.humanitarianWorkingDays', 8, S000);
export const annex15ValidityDays = constant('annex15.validityDays', 45, S003);
export const aCardValidityMonths = constant('aCard.validityMonths', 6, `${S003}; ${S004}`);
export const fCardValidityYears = constant('fCard.validityYears', 5, S004);
export const aCardNonEuPartnerMaxYears = constant('aCard.nonEuPartnerMaxYears', 1, S004);
/** Family reunification asked from unlawful stay after the A card ended (Belgian partner): the normal term of 6 months (seed 004). */
export const lateReunificationTermMonths = constant('reunification.lateTermMonths', 6, S004);
/** Average decision time, marriage/cohabitation visa: 3.5 to 4 months (seed 003). */
export const decisionMonths = constant('decision.averageMonths', { min: 3.5, max: 4 }, S003);
/** Family reunification decision time, at most 9 months (seed 000; mixed humanitarian applications follow it). */
export const familyReunificationDecisionMaxMonths = constant('decision.familyReunificationMaxMonths', 9, S000);
/** Bijlage 43: pay the rest within 30 days from the day after notification. */
export const partialPaymentDays = constant('payment.partialRestDays', 30, `${S000}; ${S004}`);
