// Shapes shared by the recognition modules (spec/page-description.md). Kept free
// of the rule core so the content script stays small.

export type SiteId = 'vfsglobal' | 'tlscontact' | 'visaonweb';

export type PageType = 'login' | 'registration' | 'applicant-details' | 'appointment' | 'payment' | 'other';

/** The case format's names (spec/page-description.md). */
export type FieldKind =
  | 'surname'
  | 'givenNames'
  | 'fullName'
  | 'birthDate'
  | 'birthDay'
  | 'birthMonth'
  | 'birthYear'
  | 'sex'
  | 'nationality'
  | 'placeOfBirth'
  | 'countryOfBirth'
  | 'passportNumber'
  | 'passportIssueDate'
  | 'passportExpiryDate'
  | 'email'
  | 'phone'
  | 'phoneCountryCode'
  | 'address'
  // What the application forms ask besides (Visa Code Annex I; the vendors' applicant steps).
  | 'surnameAtBirth'
  | 'nationalityAtBirth'
  | 'otherNationality'
  | 'nationalIdNumber'
  | 'maritalStatus'
  | 'documentType'
  | 'issuingAuthority'
  | 'issuingCountry'
  | 'street'
  | 'houseNumber'
  | 'addressBox'
  | 'postalCode'
  | 'city'
  | 'addressCountry'
  | 'region'
  | 'occupation'
  | 'occupationStatus'
  | 'employerName'
  | 'employerAddress'
  | 'employerStreet'
  | 'employerHouseNumber'
  | 'employerPostalCode'
  | 'employerCity'
  | 'employerCountry'
  | 'employerPhone'
  | 'employerEmail'
  | 'residencePermitNumber'
  | 'residencePermitValidUntil'
  // The host in Belgium: the partner or family member of the case.
  | 'hostName'
  | 'hostSurname'
  | 'hostGivenNames'
  | 'hostAddress'
  | 'hostStreet'
  | 'hostHouseNumber'
  | 'hostPostalCode'
  | 'hostCity'
  | 'hostPhone'
  | 'hostEmail'
  | 'hostNationality'
  | 'hostBirthDate'
  | 'hostBirthDay'
  | 'hostBirthMonth'
  | 'hostBirthYear'
  // A minor's holder of parental authority.
  | 'parentSurname'
  | 'parentGivenNames'
  | 'parentAddress'
  | 'parentNationality'
  | 'paymentCommunication'
  | 'password'
  | 'other';

export type Reason = 'vendor-rule' | 'autocomplete' | 'attribute' | 'label' | 'sequence';

export type PageLang = 'nl' | 'fr' | 'en';

export const ALL_LANGS: readonly PageLang[] = ['nl', 'fr', 'en'];

/** A vendor rule: a CSS selector or an Angular `formcontrolname` naming one field. */
export type VendorFieldRule = { kind: FieldKind; dateFormat?: DateFormat } & ({ selector: string } | { formcontrolname: string });

export interface VendorPage {
  type: PageType;
  match(url: URL, doc: Document): boolean;
}

export interface Vendor {
  site: SiteId;
  /** Exact host names; no wildcard, so lookalike hosts never match. */
  hosts: readonly string[];
  match(url: URL): boolean;
  pages: readonly VendorPage[];
  fields: readonly VendorFieldRule[];
}

export type DateFormat = 'dd/mm/yyyy' | 'yyyy-mm-dd' | 'dd.mm.yyyy' | 'dd-mm-yyyy' | 'mm/dd/yyyy';

export interface RecognisedField {
  element: Element;
  selector: string;
  kind: FieldKind;
  reason: Reason;
  value: string;
  /** Set for date fields whose page states a format (placeholder, pattern, type=date, vendor). */
  dateFormat?: DateFormat;
}
