// The fields each kind of case needs before the rules can say much, in the
// order of the form: marked in the editor, and listed on the findings tab
// while they are empty.
import type { CaseType } from '../case/schema';
import { getIn, parsePath } from './draft';
import type { Translate } from './translate';

export type SectionKey = 'case' | 'applicant' | 'sponsor' | 'children' | 'documents' | 'payment';

interface RequiredField {
  /** Path as in the case format (`applicant.passport.expiryDate`). */
  path: string;
  section: SectionKey;
  /** Keys of the field's label in the popup's strings: its group's, then its own. */
  label: readonly string[];
}

const field = (section: SectionKey, path: string, ...label: string[]): RequiredField => ({ path, section, label });

const APPLICANT: readonly RequiredField[] = [
  field('applicant', 'applicant.surname', 'surname'),
  field('applicant', 'applicant.givenNames', 'givenNames'),
  field('applicant', 'applicant.birthDate', 'birthDate'),
  field('applicant', 'applicant.nationality', 'nationality'),
  field('applicant', 'applicant.passport.number', 'passportNumber'),
  field('applicant', 'applicant.passport.expiryDate', 'passport', 'passportExpiryDate'),
];

const SPONSOR_IDENTITY: readonly RequiredField[] = [
  field('sponsor', 'sponsor.surname', 'surname'),
  field('sponsor', 'sponsor.givenNames', 'givenNames'),
  field('sponsor', 'sponsor.birthDate', 'birthDate'),
  field('sponsor', 'sponsor.status', 'sponsorStatus'),
];

const SPONSOR_MEANS: readonly RequiredField[] = [
  field('sponsor', 'sponsor.healthInsurance', 'healthInsurance'),
  field('sponsor', 'sponsor.income', 'incomeLines'),
  field('sponsor', 'sponsor.housing.proof', 'housingProof'),
];

const DOCUMENTS: readonly RequiredField[] = [
  field('documents', 'documents.medicalCertificate.date', 'docMedicalCertificate'),
  field('documents', 'documents.criminalRecord.date', 'docCriminalRecord'),
  field('documents', 'documents.travelInsurance.start', 'docTravelInsurance', 'insuranceStart'),
  field('documents', 'documents.travelInsurance.end', 'docTravelInsurance', 'insuranceEnd'),
  field('documents', 'documents.travelInsurance.coverEur', 'docTravelInsurance', 'insuranceCover'),
];

const APPLICATION_DATE = field('case', 'applicationDate', 'applicationDate');

export const REQUIRED: Record<CaseType, readonly RequiredField[]> = {
  marriage: [
    APPLICATION_DATE,
    ...APPLICANT,
    ...SPONSOR_IDENTITY,
    ...SPONSOR_MEANS,
    field('documents', 'documents.marriageDeclaration.date', 'docMarriageDeclaration'),
    ...DOCUMENTS,
  ],
  cohabitation: [APPLICATION_DATE, ...APPLICANT, ...SPONSOR_IDENTITY, ...SPONSOR_MEANS, ...DOCUMENTS],
  humanitarian: [field('case', 'humanitarianSituation', 'humanitarianSituation'), APPLICATION_DATE, ...APPLICANT, ...SPONSOR_IDENTITY, ...DOCUMENTS],
};

export function requiredFor(caseType: unknown): readonly RequiredField[] {
  return typeof caseType === 'string' && caseType in REQUIRED ? REQUIRED[caseType as CaseType] : [];
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

/** The required fields still empty in the draft, in the order of the form. */
export function stillMissing(draft: Record<string, unknown>): RequiredField[] {
  return requiredFor(draft.caseType).filter((f) => isEmpty(getIn(draft, parsePath(f.path))));
}

const SECTION_TITLE: Record<SectionKey, (t: Translate) => string> = {
  case: (t) => t('sectionCase'),
  applicant: (t) => t('sectionApplicant'),
  sponsor: (t) => t('sectionSponsor'),
  children: (t) => t('sectionChildren'),
  documents: (t) => t('sectionDocuments'),
  payment: (t) => t('sectionPayment'),
};

/** "Applicant: Surname", "Documents: Travel insurance – Start". */
export function requiredLabel(f: RequiredField, t: Translate, humanitarian: boolean): string {
  const section = f.section === 'sponsor' && humanitarian ? t('sectionFamilyMember') : SECTION_TITLE[f.section](t);
  return t('requiredFieldIn', section, f.label.map((key) => t(key)).join(' – '));
}
