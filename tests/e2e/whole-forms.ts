// The whole application forms the end-to-end tests fill from a complete case
// (tests/e2e/content.e2e.test.ts), and what each page's own script must have
// registered afterwards. Kept apart from the browser test so that a unit test
// (tests/meta/field-kinds.test.ts) can check that every field kind the
// extension recognises is among what these fills write.
import { baseChild, completeMarriageCase, variant } from '../scenarios/base';

/**
 * The complete marriage case with a child travelling along, whose own form asks
 * for the holder of parental authority: the father, who lives elsewhere and
 * consents to the child's move.
 */
export function completeFamilyCase(): Record<string, unknown> {
  return variant(completeMarriageCase(), (c) => {
    c.label = 'Family with Yasmine';
    c.children = [
      {
        ...baseChild(),
        sex: 'F',
        custody: 'shared',
        otherParentConsent: true,
        passport: { ...baseChild().passport, type: 'ordinary', issueDate: '2020-01-02', issuingAuthority: 'Préfecture de Casablanca', issuingCountry: 'MA' },
        parentalAuthority: [{ surname: 'El Idrissi', givenNames: 'Karim', nationality: 'MA', address: { street: 'Avenue Hassan II', houseNumber: '5', postalCode: '10000', city: 'Rabat', country: 'MA' } }],
      },
    ];
  });
}

/** TLScontact's whole form: the applicant's home and contact, on the applicant's form and a child's alike. */
const TLSCONTACT_HOME = {
  'home-street': 'Rue Ibn Batouta',
  'home-number': '12',
  'home-box': '3',
  'home-postcode': '20250',
  'home-city': 'Casablanca',
  'home-province': 'CASABLANCA-SETTAT',
  'home-country': 'ma',
  'phone-number': '+212600000000',
  email: 'fatima@example.org',
};

/** TLScontact's whole form: the host in Belgium. */
const TLSCONTACT_HOST = {
  'host-surname': 'Peeters',
  'host-givennames': 'Jan',
  'host-address': 'Meir 24/2, 2000 Antwerpen',
  'host-phone': '+32470000000',
  'host-email': 'jan.peeters@example.org',
  'host-nationality': 'be',
};

/** VisaOnWeb's home address and contact block, the applicant's (a child's form too). */
const VISAONWEB_HOME = {
  'VA.Personal_Data_Address.Street': 'Rue Ibn Batouta',
  'VA.Personal_Data_Address.HouseNumber': '12/3',
  'VA.Personal_Data_Address.PostalCode': '20250',
  'VA.Personal_Data_Address.City': 'Casablanca',
  'VA.Personal_Data_Address.CountryId': '151',
  'VA.Personal_Data_Telephonenumber': '+212600000000',
  'VA.Personal_Data_Mobilenumber': '+212600000000',
  'VA.Personal_Data_Email': 'fatima@example.org',
  'VA.Confirm_Email': 'fatima@example.org',
};

/** VisaOnWeb's reference person: the host in Belgium, the same on everyone's form. */
const VISAONWEB_HOST = {
  'reference.Person_LastName': 'Peeters',
  'reference.Person_FirstName': 'Jan',
  'DateOfBirth_Day_7c1e2f40-9b1d-4a8e-b5f2-3d6a0c9e8b21': '02',
  'DateOfBirth_Month_7c1e2f40-9b1d-4a8e-b5f2-3d6a0c9e8b21': '11',
  'DateOfBirth_Year_7c1e2f40-9b1d-4a8e-b5f2-3d6a0c9e8b21': '1988',
  'reference.Person_NationalityId': '32',
  'reference.Person_Address.Street': 'Meir',
  'reference.Person_Address.HouseNumber': '24/2',
  'reference.Person_Address.PostalCode': '2000',
  'reference.Person_Address.City': 'Antwerpen',
  'reference.Person_Telephonenumber': '+32470000000',
  'reference.Person_Email': 'jan.peeters@example.org',
};

/** What each whole form's own script registered after a fill: selects register their option's value (VisaOnWeb's numeric ids, TLScontact's codes). */
const VISAONWEB_REGISTERED = {
  'VA.Personal_Data_LastName': 'El Amrani',
  'VA.Personal_Data_BirthLastName': 'Bennani',
  'VA.Personal_Data_FirstName': 'Fatima Zahra',
  Day: '15',
  Month: '03',
  Year: '1990',
  'VA.Personal_Data_BirthCity': 'Casablanca',
  'VA.Personal_Data_BirthCountryId': '151',
  'VA.Personal_Data_NationalityId': '151',
  'VA.Personal_Data_BirthNationalityId': '151',
  OtherNationalityId: '214',
  'VA.Personal_Data_GenderId': '2',
  'VA.Personal_Data_CivilStateId': '1',
  'VA.Personal_Data_PersonNumber': 'BE123456',
  'VA.TravelDocument_DocumentTypeId': '1',
  'VA.TravelDocument_DocumentNumber': 'AB1234567',
  'VA.TravelDocument_DateOfIssue': '02/05/2021',
  'VA.TravelDocument_ValidUntil': '01/05/2031',
  'VA.TravelDocument_IssuingAuthorityPlace': 'Préfecture de Casablanca',
  'VA.TravelDocument_IssuingAuthorityCountryId': '151',
  ...VISAONWEB_HOME,
  'VA.PermitForResidenceCountry_DocumentNumber': 'TN-778812',
  'VA.PermitForResidenceCountry_PermitValidUntil': '30/06/2026',
  'VA.Personal_Data_OccupationId': '1',
  'VA.Personal_Occupation.Name': 'Clinique Al Amal',
  'VA.Personal_Occupation.Address.Street': 'Boulevard Zerktouni',
  'VA.Personal_Occupation.Address.HouseNumber': '80',
  'VA.Personal_Occupation.Address.PostalCode': '20000',
  'VA.Personal_Occupation.Address.City': 'Casablanca',
  'VA.Personal_Occupation.Address.CountryId': '151',
  'VA.Personal_Occupation.Telephonenumber': '+212522000000',
  'VA.Personal_Occupation.Email': 'contact@alamal.example',
  ...VISAONWEB_HOST,
};

const REGISTERED: Record<string, Record<string, string>> = {
  'visaonweb/applicant-details': VISAONWEB_REGISTERED,
  'visaonweb/applicant-details-fr': VISAONWEB_REGISTERED,
  'tlscontact/applicant-details-legacy': {
    f_pers_surnames: 'El Amrani',
    f_birth_surnames: 'Bennani',
    f_pers_givennames: 'Fatima Zahra',
    f_pers_sex: 'F',
    f_pers_birth_date: '1990-03-15',
    f_birth_place: 'Casablanca',
    f_pers_province: 'casablanca-settat',
    f_pers_nationality: 'ma',
    f_national_id: 'BE123456',
    'passport-type': 'ordinary',
    f_pass_num: 'AB1234567',
    fi_passport_issue_date: '2021-05-02',
    fi_passport_expiry_date: '2031-05-01',
    f_pers_occupation: 'Employed',
    fi_employer_name: 'Clinique Al Amal',
    fi_employer_address_street: 'Boulevard Zerktouni 80',
    fi_employer_address_city: 'Casablanca',
    fi_employer_address_postcode: '20000',
    fi_employer_phone: '+212522000000',
    fi_residence_permit_num: 'TN-778812',
    fi_residence_permit_valid_until: '2026-06-30',
    f_fami_marital_status: 'Single',
    f_pers_mobile_phone: '+212600000000',
    fi_home_address_street: 'Rue Ibn Batouta 12/3',
    fi_home_address_city: 'Casablanca',
    fi_home_address_postcode: '20250',
    f_trav_host_name: 'Jan Peeters',
    f_trav_host_address_street: 'Meir 24/2',
    f_trav_host_address_city: 'Antwerpen',
    f_trav_host_address_postcode: '2000',
    fi_trav_host_phone: '+32470000000',
  },
  'tlscontact/applicant-details-full': {
    f_pers_surnames: 'El Amrani',
    f_birth_surnames: 'Bennani',
    f_pers_givennames: 'Fatima Zahra',
    f_pers_sex: 'F',
    f_pers_birth_date: '15/03/1990',
    f_birth_place: 'Casablanca',
    'birth-country': 'ma',
    f_pers_nationality: 'ma',
    'birth-nationality': 'ma',
    'other-nationality': 'tn',
    f_fami_marital_status: 'single',
    f_national_id: 'BE123456',
    'passport-type': 'ordinary',
    f_pass_num: 'AB1234567',
    fi_passport_issue_date: '02/05/2021',
    fi_passport_expiry_date: '01/05/2031',
    'passport-authority': 'Préfecture de Casablanca',
    'passport-country': 'ma',
    ...TLSCONTACT_HOME,
    'permit-number': 'TN-778812',
    'permit-until': '30/06/2026',
    'occupation-status': 'Employed',
    occupation: 'Nurse',
    'employer-name': 'Clinique Al Amal',
    'employer-address': 'Boulevard Zerktouni 80, 20000 Casablanca',
    'employer-country': 'ma',
    'employer-phone': '+212522000000',
    ...TLSCONTACT_HOST,
  },
};

/** What the child's form registered: the child's identity and passport, the holder of parental authority, the applicant's home and contact, the host. */
const CHILD_ON_VISAONWEB = {
  'VA.Personal_Data_LastName': 'El Amrani',
  'VA.Personal_Data_FirstName': 'Yasmine',
  Day: '01',
  Month: '06',
  Year: '2015',
  'VA.Personal_Data_NationalityId': '151',
  'VA.Personal_Data_GenderId': '2',
  'VA.Personal_Data_CivilStateId': '1',
  'VA.Guardian_Parent1.Lastname': 'El Idrissi',
  'VA.Guardian_Parent1.Firstname': 'Karim',
  'VA.Guardian_Parent1.NationalityId': '151',
  'VA.TravelDocument_DocumentTypeId': '1',
  'VA.TravelDocument_DocumentNumber': 'CD7654321',
  'VA.TravelDocument_DateOfIssue': '02/01/2020',
  'VA.TravelDocument_ValidUntil': '01/01/2030',
  'VA.TravelDocument_IssuingAuthorityPlace': 'Préfecture de Casablanca',
  'VA.TravelDocument_IssuingAuthorityCountryId': '151',
  ...VISAONWEB_HOME,
  ...VISAONWEB_HOST,
};

const CHILD_ON_TLSCONTACT_FULL = {
  f_pers_surnames: 'El Amrani',
  f_pers_givennames: 'Yasmine',
  f_pers_sex: 'F',
  f_pers_birth_date: '01/06/2015',
  f_pers_nationality: 'ma',
  f_fami_marital_status: 'single',
  'passport-type': 'ordinary',
  f_pass_num: 'CD7654321',
  fi_passport_issue_date: '02/01/2020',
  fi_passport_expiry_date: '01/01/2030',
  'passport-authority': 'Préfecture de Casablanca',
  'passport-country': 'ma',
  ...TLSCONTACT_HOME,
  ...TLSCONTACT_HOST,
  'guardian-surname': 'El Idrissi',
  'guardian-givennames': 'Karim',
  'guardian-address': 'Avenue Hassan II 5, 10000 Rabat',
  'guardian-nationality': 'ma',
};

export interface WholeForm {
  /** The fixture, `vendor/page`. */
  name: string;
  /** Whose form: the applicant's from the complete marriage case, or the child's from the complete family case. */
  person: 'applicant' | 'children[0]';
  /** How many fields the fill writes. */
  filled: number;
  /** The kinds it leaves, with why: the case has no value for that person. */
  skipped: readonly { kind: string; reason: string }[];
  /** What the page registered, by the field's id, name or ng-model (a radio group by its name). */
  registered: Record<string, string>;
}

// The applicant is an adult: no holder of parental authority. A child's form takes the child's
// identity and passport, the applicant's home and contact, and no occupation, employer or permit (form-person.ts).
const noValue = (kinds: readonly string[]) => kinds.map((kind) => ({ kind, reason: 'no-value' }));

export const WHOLE_FORMS: readonly WholeForm[] = [
  { name: 'visaonweb/applicant-details', person: 'applicant', filled: 52, skipped: noValue(['parentSurname', 'parentGivenNames', 'parentNationality']), registered: REGISTERED['visaonweb/applicant-details']! },
  { name: 'visaonweb/applicant-details-fr', person: 'applicant', filled: 52, skipped: noValue(['parentSurname', 'parentGivenNames', 'parentNationality']), registered: REGISTERED['visaonweb/applicant-details-fr']! },
  { name: 'tlscontact/applicant-details-legacy', person: 'applicant', filled: 31, skipped: noValue(['parentSurname', 'parentGivenNames']), registered: REGISTERED['tlscontact/applicant-details-legacy']! },
  { name: 'tlscontact/applicant-details-full', person: 'applicant', filled: 41, skipped: noValue(['parentSurname', 'parentGivenNames', 'parentAddress', 'parentNationality']), registered: REGISTERED['tlscontact/applicant-details-full']! },
  { name: 'visaonweb/applicant-details', person: 'children[0]', filled: 38, skipped: noValue(['surnameAtBirth', 'placeOfBirth', 'countryOfBirth', 'nationalityAtBirth', 'otherNationality', 'nationalIdNumber', 'residencePermitNumber', 'residencePermitValidUntil', 'occupationStatus', 'employerName', 'employerStreet', 'employerHouseNumber', 'employerPostalCode', 'employerCity', 'employerCountry', 'employerPhone', 'employerEmail']), registered: CHILD_ON_VISAONWEB },
  { name: 'tlscontact/applicant-details-full', person: 'children[0]', filled: 31, skipped: noValue(['surnameAtBirth', 'placeOfBirth', 'countryOfBirth', 'nationalityAtBirth', 'otherNationality', 'nationalIdNumber', 'residencePermitNumber', 'residencePermitValidUntil', 'occupationStatus', 'occupation', 'employerName', 'employerAddress', 'employerCountry', 'employerPhone']), registered: CHILD_ON_TLSCONTACT_FULL },
];
