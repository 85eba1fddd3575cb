// The one definition of the case file format `visa-case/1` (spec/case-format.md).
// Every type of the product is inferred from here; the JSON Schema in
// `schema/visa-case-1.schema.json` is generated from it (see tests/meta).
import './zod-config';
import { z } from 'zod';
import { errorText } from './error-texts';
import { isIsoDate } from './iso-date';

export const CASE_FORMAT = 'visa-case/1';
export const CASE_FORMAT_MAJOR = 1;

/** Longest free-text value accepted; a case file holds names and short notes, not documents. */
export const MAX_TEXT = 500;

export const isoDate = z
  .string({ error: (iss) => (iss.input === undefined ? errorText('required') : errorText('notDateText')) })
  .refine(isIsoDate, { error: (iss) => errorText('notDate', String(iss.input).slice(0, 40)) });

const text = z.string().max(MAX_TEXT, { error: errorText('tooLong', MAX_TEXT) });

/** ISO 3166-1 alpha-2, or `XX` for stateless. */
export const countryCode = z
  .string()
  .regex(/^[A-Z]{2}$/, { error: (iss) => errorText('notCountry', String(iss.input).slice(0, 20)) });

/** ISO 639-1. */
export const languageCode = z
  .string()
  .regex(/^[a-z]{2}$/, { error: (iss) => errorText('notLanguage', String(iss.input).slice(0, 20)) });

const amount = z.number().finite().min(0).max(10_000_000);

export const maritalStatus = z.enum(['unmarried', 'married', 'divorced', 'widowed']);

/** The travel document types of the harmonised Schengen application form (Visa Code, Annex I, field 12). */
export const travelDocumentType = z.enum(['ordinary', 'diplomatic', 'service', 'official', 'special', 'other']);

/**
 * The passport's machine-readable zone as printed (ICAO 9303 TD3): two lines of 44 characters,
 * joined by a line break. Its check digits are checked where it is read (`./mrz.ts`).
 */
export const mrzLines = z
  .string()
  .regex(/^[A-Z0-9<]{44}\n[A-Z0-9<]{44}$/, { error: errorText('notMrz') });

export const passport = z.looseObject({
  type: travelDocumentType.optional(),
  number: text.optional(),
  issueDate: isoDate.optional(),
  expiryDate: isoDate.optional(),
  issuingCountry: countryCode.optional(),
  /** The authority (and place) printed on the document, as the forms ask it (Annex I, field 16). */
  issuingAuthority: text.optional(),
  mrz: mrzLines.optional(),
});

/** A postal address split as the vendors' forms ask it; any part may be absent. */
export const address = z.looseObject({
  street: text.optional(),
  houseNumber: text.optional(),
  box: text.optional(),
  postalCode: text.optional(),
  city: text.optional(),
  /** Region, province or state, where the forms ask it (TLScontact's province list, S15). */
  region: text.optional(),
  country: countryCode.optional(),
});

/** The address of the partner in Belgium: the postal code stays `sponsor.postalCode`, the country is Belgium. */
export const belgianAddress = z.looseObject({
  street: text.optional(),
  houseNumber: text.optional(),
  box: text.optional(),
  city: text.optional(),
});

/** Employer, or school for a pupil or student (Annex I, field 20). */
export const employer = z.looseObject({
  name: text.optional(),
  address: address.optional(),
  phone: text.optional(),
  email: text.optional(),
});

/** Permission to live in a country other than that of nationality (Annex I, field 17). */
export const residencePermit = z.looseObject({
  country: countryCode.optional(),
  number: text.optional(),
  validUntil: isoDate.optional(),
});

/** Someone who holds parental authority over a child, or the legal guardian (Annex I, field 10). */
export const parentalAuthorityHolder = z.looseObject({
  surname: text.optional(),
  givenNames: text.optional(),
  nationality: countryCode.optional(),
  address: address.optional(),
  phone: text.optional(),
  email: text.optional(),
});

const datedDocument = z.looseObject({ date: isoDate.optional() });

const civilStatusDocument = z.looseObject({
  date: isoDate.optional(),
  language: languageCode.optional(),
  legalised: z.boolean().optional(),
  translated: z.boolean().optional(),
});

export const documents = z.looseObject({
  marriageDeclaration: datedDocument.optional(),
  medicalCertificate: datedDocument.optional(),
  criminalRecord: datedDocument.optional(),
  unmarriedCertificate: civilStatusDocument.optional(),
  sponsorUnmarriedProof: z.boolean().optional(),
  relationshipHistory: z.boolean().optional(),
  // Extensions of visa-case/1 for checklist items that are only present or absent.
  /** Copy of the partner's Belgian identity card or residence document (seeds 003, 000). */
  sponsorIdCopy: z.boolean().optional(),
  /** Signed visa application form with two photos (seed 000). */
  applicationForm: z.boolean().optional(),
  /** Proof of emotional and financial dependency on the family member in Belgium (seed 000). */
  dependencyProof: z.boolean().optional(),
  /** Proof of the family member's international protection status (seed 000). */
  protectionStatusProof: z.boolean().optional(),
  birthCertificate: civilStatusDocument.optional(),
  travelInsurance: z
    .looseObject({
      start: isoDate.optional(),
      end: isoDate.optional(),
      coverEur: amount.optional(),
      schengen: z.boolean().optional(),
    })
    .optional(),
});

export const payment = z.looseObject({
  amountPaid: amount.optional(),
  communication: text.optional(),
  paidOn: isoDate.optional(),
  paidBy: z.enum(['applicant', 'third-party']).optional(),
  partialNoticeDate: isoDate.optional(),
});

export const sex = z.enum(['F', 'M', 'X']);

/**
 * What the applicant does, as the forms' lists ask it (VisaOnWeb's occupation list, TLScontact's
 * employment status): `employed` for an employee or clerk, `worker` for a manual worker.
 */
export const occupationStatus = z.enum(['employed', 'worker', 'self-employed', 'student', 'unemployed', 'retired', 'other']);

export const applicant = z.looseObject({
  surname: text.optional(),
  surnameAtBirth: text.optional(),
  givenNames: text.optional(),
  birthDate: isoDate.optional(),
  nationality: countryCode.optional(),
  nationalityAtBirth: countryCode.optional(),
  /** Nationalities held now besides `nationality` (Annex I, field 7). */
  otherNationalities: z.array(countryCode).max(5).optional(),
  sex: sex.optional(),
  placeOfBirth: text.optional(),
  countryOfBirth: countryCode.optional(),
  nationalIdNumber: text.optional(),
  email: text.optional(),
  phone: text.optional(),
  maritalStatus: maritalStatus.optional(),
  address: address.optional(),
  occupation: text.optional(),
  occupationStatus: occupationStatus.optional(),
  employer: employer.optional(),
  residencePermit: residencePermit.optional(),
  passport: passport.optional(),
});

export const incomeKind = z.enum([
  'employment-permanent',
  'employment-temporary',
  'interim',
  'article-60',
  'self-employed',
  'pension',
  'unemployment',
  'unemployment-job-seeking',
  'leefloon',
  'social-assistance',
  'family-allowance',
  'waiting-allowance',
  'bridging-allowance',
  'rental',
  'other',
]);

export const incomeLine = z.looseObject({
  kind: incomeKind,
  monthlyNet: amount,
  since: isoDate.optional(),
});

export const housingProof = z.enum([
  'registered-lease',
  'notarial-deed',
  'unregistered-lease',
  'compromis',
  'social-housing-waitlist',
  'none',
]);

export const sponsorStatus = z.enum(['belgian', 'non-eu', 'eu', 'protection']);

export const sponsor = z.looseObject({
  surname: text.optional(),
  givenNames: text.optional(),
  birthDate: isoDate.optional(),
  nationality: countryCode.optional(),
  status: sponsorStatus.optional(),
  /** The day the partner in Belgium got the residence right they hold now: decides which income rule applies (parameters.md). */
  residenceSince: isoDate.optional(),
  postalCode: z.string().regex(/^\d{4}$/, { error: errorText('notPostalCode') }).optional(),
  address: belgianAddress.optional(),
  email: text.optional(),
  phone: text.optional(),
  healthInsurance: z.boolean().optional(),
  maritalStatus: maritalStatus.optional(),
  income: z.array(incomeLine).max(50).optional(),
  incomeEvidenceMonths: z.number().int().min(0).max(600).optional(),
  otherIncomeGiven: z.boolean().optional(),
  householdSize: z.number().int().min(1).max(50).optional(),
  housing: z
    .looseObject({
      proof: housingProof.optional(),
      currentAddress: z.boolean().optional(),
      holder: z.enum(['sponsor', 'family', 'other']).optional(),
      uninhabitable: z.boolean().optional(),
    })
    .optional(),
});

export const child = z.looseObject({
  surname: text.optional(),
  givenNames: text.optional(),
  birthDate: isoDate.optional(),
  nationality: countryCode.optional(),
  sex: sex.optional(),
  relation: z.enum(['own', 'adopted', 'foster', 'guardianship']).optional(),
  custody: z.enum(['exclusive', 'shared', 'none']).optional(),
  otherParentConsent: z.boolean().optional(),
  maritalStatus: maritalStatus.optional(),
  parentalAuthority: z.array(parentalAuthorityHolder).max(4).optional(),
  passport: passport.optional(),
  documents: documents.optional(),
  payment: payment.optional(),
});

export const caseType = z.enum(['marriage', 'cohabitation', 'humanitarian']);

export const humanitarianSituation = z.enum([
  'unrecognised-marriage',
  'no-marriage-proof',
  'second-order',
  'partner-no-marriage',
  'impossible-marriage',
  'minor-sibling-of-uam',
  'adult-sibling-of-uam',
  'sibling-of-uam-without-parents',
  'adult-child',
  'parent-of-adult-child',
  'de-facto-child',
  'other',
]);

export const applyingAt = z.enum([
  'competent-post',
  'other-post-legal-residence',
  'other-post-mixed',
  'other-post-exceptional',
]);

export const visaCase = z.looseObject({
  format: z.literal(CASE_FORMAT, { error: (iss) => (iss.input === undefined ? errorText('requiredValue', CASE_FORMAT) : errorText('mustEqual', CASE_FORMAT)) }),
  id: z.string().max(200).optional(),
  label: text.optional(),
  caseType,
  humanitarianSituation: humanitarianSituation.optional(),
  applicationDate: isoDate.optional(),
  plannedArrivalDate: isoDate.optional(),
  arrivalDate: isoDate.optional(),
  registrationDate: isoDate.optional(),
  aCardIssuedDate: isoDate.optional(),
  marriageDate: isoDate.optional(),
  cohabitedOneYearBeforeArrival: z.boolean().optional(),
  applyingAt: applyingAt.optional(),
  urgentProtectionRisk: z.boolean().optional(),
  /** Extension of the format: family members apply for family reunification at the same time (seed 000, mixed application). */
  familyReunificationAlongside: z.boolean().optional(),
  applicant,
  sponsor: sponsor.optional(),
  children: z.array(child).max(30).optional(),
  documents: documents.optional(),
  payment: payment.optional(),
});

export type VisaCase = z.infer<typeof visaCase>;
export type Applicant = z.infer<typeof applicant>;
export type Sponsor = z.infer<typeof sponsor>;
export type Child = z.infer<typeof child>;
export type Documents = z.infer<typeof documents>;
export type Payment = z.infer<typeof payment>;
export type Passport = z.infer<typeof passport>;
export type Address = z.infer<typeof address>;
export type TravelDocumentType = z.infer<typeof travelDocumentType>;
export type OccupationStatus = z.infer<typeof occupationStatus>;
export type IncomeLine = z.infer<typeof incomeLine>;
export type IncomeKind = z.infer<typeof incomeKind>;
export type CaseType = z.infer<typeof caseType>;
export type SponsorStatus = z.infer<typeof sponsorStatus>;
export type HumanitarianSituation = z.infer<typeof humanitarianSituation>;
