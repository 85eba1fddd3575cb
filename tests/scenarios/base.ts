// A complete marriage file that should pass every rule on its application date
// (10 March 2025): scenarios change one thing at a time.
export function baseMarriageCase(): Record<string, any> {
  return {
    format: 'visa-case/1',
    id: 'base-marriage',
    label: 'El Amrani – Peeters',
    caseType: 'marriage',
    applicationDate: '2025-03-10',
    plannedArrivalDate: '2025-07-01',
    applicant: {
      surname: 'El Amrani',
      givenNames: 'Fatima Zahra',
      birthDate: '1990-03-15',
      nationality: 'MA',
      sex: 'F',
      placeOfBirth: 'Casablanca',
      email: 'fatima@example.org',
      phone: '+212600000000',
      maritalStatus: 'unmarried',
      passport: { number: 'AB1234567', issueDate: '2021-05-02', expiryDate: '2031-05-01', issuingCountry: 'MA' },
    },
    sponsor: {
      surname: 'Peeters',
      givenNames: 'Jan',
      birthDate: '1988-11-02',
      nationality: 'BE',
      status: 'belgian',
      postalCode: '2000',
      healthInsurance: true,
      maritalStatus: 'unmarried',
      income: [{ kind: 'employment-permanent', monthlyNet: 2600, since: '2020-01-01' }],
      incomeEvidenceMonths: 12,
      otherIncomeGiven: false,
      householdSize: 1,
      housing: { proof: 'registered-lease', currentAddress: true, holder: 'sponsor', uninhabitable: false },
    },
    children: [],
    documents: {
      marriageDeclaration: { date: '2025-01-20' },
      medicalCertificate: { date: '2025-02-01' },
      criminalRecord: { date: '2025-01-15' },
      unmarriedCertificate: { date: '2025-01-10', language: 'nl', legalised: true },
      sponsorUnmarriedProof: true,
      relationshipHistory: true,
      sponsorIdCopy: true,
      birthCertificate: { language: 'fr', legalised: true, translated: false },
      travelInsurance: { start: '2025-07-01', end: '2025-12-31', coverEur: 30000, schengen: true },
    },
    payment: { amountPaid: 236, communication: 'ElAmraniFatimaZahraMarokko15031990', paidOn: '2025-03-01', paidBy: 'applicant' },
  };
}

/**
 * The base marriage file with everything the application forms ask besides
 * (issue 11): the whole profile, for filling whole forms.
 */
export function completeMarriageCase(): Record<string, any> {
  const c = baseMarriageCase();
  Object.assign(c.applicant, {
    surnameAtBirth: 'Bennani',
    nationalityAtBirth: 'MA',
    otherNationalities: ['TN'],
    countryOfBirth: 'MA',
    nationalIdNumber: 'BE123456',
    address: { street: 'Rue Ibn Batouta', houseNumber: '12', box: '3', postalCode: '20250', city: 'Casablanca', region: 'Casablanca-Settat', country: 'MA' },
    occupation: 'Nurse',
    occupationStatus: 'employed',
    employer: {
      name: 'Clinique Al Amal',
      address: { street: 'Boulevard Zerktouni', houseNumber: '80', postalCode: '20000', city: 'Casablanca', country: 'MA' },
      phone: '+212522000000',
      email: 'contact@alamal.example',
    },
    residencePermit: { country: 'TN', number: 'TN-778812', validUntil: '2026-06-30' },
  });
  Object.assign(c.applicant.passport, { type: 'ordinary', issuingAuthority: 'Préfecture de Casablanca' });
  Object.assign(c.sponsor, { address: { street: 'Meir', houseNumber: '24', box: '2', city: 'Antwerpen' }, email: 'jan.peeters@example.org', phone: '+32470000000' });
  return c;
}

/** A minor child travelling along, complete. */
export function baseChild(): Record<string, any> {
  return {
    surname: 'El Amrani',
    givenNames: 'Yasmine',
    birthDate: '2015-06-01',
    nationality: 'MA',
    relation: 'own',
    custody: 'exclusive',
    maritalStatus: 'unmarried',
    passport: { number: 'CD7654321', expiryDate: '2030-01-01' },
    documents: {
      medicalCertificate: { date: '2025-02-01' },
      birthCertificate: { language: 'nl', legalised: true },
      travelInsurance: { start: '2025-07-01', end: '2025-12-31', coverEur: 30000, schengen: true },
    },
  };
}

/** Returns a deep copy with `change` applied to it. */
export function variant(base: Record<string, any>, change: (c: Record<string, any>) => void): Record<string, any> {
  const copy = structuredClone(base);
  change(copy);
  return copy;
}
