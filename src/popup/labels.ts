// Translated names for every enumerated value of visa-case/1, written as
// literal calls of `t` with the key so the locale test can see each key.
import type { CaseType, HumanitarianSituation, IncomeKind, OccupationStatus, SponsorStatus, TravelDocumentType } from '../case/schema';
import type { ChecklistStatus, Person, Severity } from '../rules/types';
import type { Translate } from './translate';

type Labels<V extends string> = Record<V, (t: Translate) => string>;

export const CASE_TYPE: Labels<CaseType> = {
  marriage: (t) => t('caseTypeMarriage'),
  cohabitation: (t) => t('caseTypeCohabitation'),
  humanitarian: (t) => t('caseTypeHumanitarian'),
};

export const HUMANITARIAN_SITUATION: Labels<HumanitarianSituation> = {
  'unrecognised-marriage': (t) => t('situationUnrecognisedMarriage'),
  'no-marriage-proof': (t) => t('situationNoMarriageProof'),
  'second-order': (t) => t('situationSecondOrder'),
  'partner-no-marriage': (t) => t('situationPartnerNoMarriage'),
  'impossible-marriage': (t) => t('situationImpossibleMarriage'),
  'minor-sibling-of-uam': (t) => t('situationMinorSiblingOfUam'),
  'adult-sibling-of-uam': (t) => t('situationAdultSiblingOfUam'),
  'sibling-of-uam-without-parents': (t) => t('situationSiblingOfUamWithoutParents'),
  'adult-child': (t) => t('situationAdultChild'),
  'parent-of-adult-child': (t) => t('situationParentOfAdultChild'),
  'de-facto-child': (t) => t('situationDeFactoChild'),
  other: (t) => t('situationOther'),
};

export const APPLYING_AT: Labels<'competent-post' | 'other-post-legal-residence' | 'other-post-mixed' | 'other-post-exceptional'> = {
  'competent-post': (t) => t('applyingAtCompetentPost'),
  'other-post-legal-residence': (t) => t('applyingAtOtherPostLegalResidence'),
  'other-post-mixed': (t) => t('applyingAtOtherPostMixed'),
  'other-post-exceptional': (t) => t('applyingAtOtherPostExceptional'),
};

export const SEX: Labels<'F' | 'M' | 'X'> = {
  F: (t) => t('sexF'),
  M: (t) => t('sexM'),
  X: (t) => t('sexX'),
};

export const MARITAL_STATUS: Labels<'unmarried' | 'married' | 'divorced' | 'widowed'> = {
  unmarried: (t) => t('maritalUnmarried'),
  married: (t) => t('maritalMarried'),
  divorced: (t) => t('maritalDivorced'),
  widowed: (t) => t('maritalWidowed'),
};

export const OCCUPATION_STATUS: Labels<OccupationStatus> = {
  employed: (t) => t('profileOccupationEmployed'),
  worker: (t) => t('profileOccupationWorker'),
  'self-employed': (t) => t('profileOccupationSelfEmployed'),
  student: (t) => t('profileOccupationStudent'),
  unemployed: (t) => t('profileOccupationUnemployed'),
  retired: (t) => t('profileOccupationRetired'),
  other: (t) => t('profileOccupationOther'),
};

export const TRAVEL_DOCUMENT_TYPE: Labels<TravelDocumentType> = {
  ordinary: (t) => t('profileDocumentOrdinary'),
  diplomatic: (t) => t('profileDocumentDiplomatic'),
  service: (t) => t('profileDocumentService'),
  official: (t) => t('profileDocumentOfficial'),
  special: (t) => t('profileDocumentSpecial'),
  other: (t) => t('profileDocumentOther'),
};

export const SPONSOR_STATUS: Labels<SponsorStatus> = {
  belgian: (t) => t('sponsorStatusBelgian'),
  'non-eu': (t) => t('sponsorStatusNonEu'),
  eu: (t) => t('sponsorStatusEu'),
  protection: (t) => t('sponsorStatusProtection'),
};

export const INCOME_KIND: Labels<IncomeKind> = {
  'employment-permanent': (t) => t('incomeEmploymentPermanent'),
  'employment-temporary': (t) => t('incomeEmploymentTemporary'),
  interim: (t) => t('incomeInterim'),
  'article-60': (t) => t('incomeArticle60'),
  'self-employed': (t) => t('incomeSelfEmployed'),
  pension: (t) => t('incomePension'),
  unemployment: (t) => t('incomeUnemployment'),
  'unemployment-job-seeking': (t) => t('incomeUnemploymentJobSeeking'),
  leefloon: (t) => t('incomeLeefloon'),
  'social-assistance': (t) => t('incomeSocialAssistance'),
  'family-allowance': (t) => t('incomeFamilyAllowance'),
  'waiting-allowance': (t) => t('incomeWaitingAllowance'),
  'bridging-allowance': (t) => t('incomeBridgingAllowance'),
  rental: (t) => t('incomeRental'),
  other: (t) => t('incomeOther'),
};

export const HOUSING_PROOF: Labels<'registered-lease' | 'notarial-deed' | 'unregistered-lease' | 'compromis' | 'social-housing-waitlist' | 'none'> = {
  'registered-lease': (t) => t('housingRegisteredLease'),
  'notarial-deed': (t) => t('housingNotarialDeed'),
  'unregistered-lease': (t) => t('housingUnregisteredLease'),
  compromis: (t) => t('housingCompromis'),
  'social-housing-waitlist': (t) => t('housingSocialWaitlist'),
  none: (t) => t('housingNone'),
};

export const HOUSING_HOLDER: Labels<'sponsor' | 'family' | 'other'> = {
  sponsor: (t) => t('holderSponsor'),
  family: (t) => t('holderFamily'),
  other: (t) => t('holderOther'),
};

export const CHILD_RELATION: Labels<'own' | 'adopted' | 'foster' | 'guardianship'> = {
  own: (t) => t('relationOwn'),
  adopted: (t) => t('relationAdopted'),
  foster: (t) => t('relationFoster'),
  guardianship: (t) => t('relationGuardianship'),
};

export const CUSTODY: Labels<'exclusive' | 'shared' | 'none'> = {
  exclusive: (t) => t('custodyExclusive'),
  shared: (t) => t('custodyShared'),
  none: (t) => t('custodyNone'),
};

export const PAID_BY: Labels<'applicant' | 'third-party'> = {
  applicant: (t) => t('paidByApplicant'),
  'third-party': (t) => t('paidByThirdParty'),
};

export const SEVERITY: Labels<Severity> = {
  error: (t) => t('severityError'),
  warning: (t) => t('severityWarning'),
  info: (t) => t('severityInfo'),
};

export const CHECKLIST_STATUS: Labels<ChecklistStatus> = {
  ok: (t) => t('checklistOk'),
  missing: (t) => t('checklistMissing'),
  problem: (t) => t('checklistProblem'),
};

export function labelOf<V extends string>(labels: Labels<V>, value: unknown, t: Translate): string {
  return typeof value === 'string' && value in labels ? labels[value as V](t) : String(value ?? '');
}

function fullName(person: unknown): string {
  if (!person || typeof person !== 'object') return '';
  const { givenNames, surname } = person as { givenNames?: unknown; surname?: unknown };
  return [givenNames, surname].filter((part) => typeof part === 'string' && part.trim()).join(' ');
}

/** "Applicant (Fatima Zahra El Amrani)", "Child 1 (Yasmine …)", "Family member in Belgium (…)", from the draft's names and case type where given. */
export function personLabel(person: Person | string, draft: unknown, t: Translate): string {
  const c = (draft ?? {}) as { caseType?: unknown; applicant?: unknown; sponsor?: unknown; children?: unknown[] };
  const child = /^children\[(\d+)\]$/.exec(person);
  let role: string;
  let name = '';
  if (person === 'applicant') {
    role = t('personApplicant');
    name = fullName(c.applicant);
  } else if (person === 'sponsor') {
    // In a humanitarian file the person in Belgium is a family member, not a partner (seed 000).
    role = c.caseType === 'humanitarian' ? t('personFamilyMember') : t('personSponsor');
    name = fullName(c.sponsor);
  } else if (child) {
    role = t('personChild', Number(child[1]) + 1);
    name = fullName(c.children?.[Number(child[1])]);
  } else {
    role = t('personCase');
  }
  return name ? t('personWithName', role, name) : role;
}
