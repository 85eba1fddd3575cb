// Documents of the applicant and of children travelling along: 6-month windows on both
// sides of the limit (also on the 31st and in a leap year), insurance duration and cover,
// passport validity, language and legalisation (seeds 003, 004, 000).
import { expect } from 'vitest';
import { formatter } from '../../src/i18n/format';
import { ruleMessage } from '../../src/rules/messages';
import type { RuleId } from '../../src/rules/catalogue';
import type { Finding, Report } from '../../src/rules/types';
import { baseChild, baseMarriageCase, variant } from './base';
import type { Scenario } from './scenario';

const DOC_RULES: RuleId[] = [
  'DOC.PASSPORT_EXPIRED',
  'DOC.PASSPORT_EXPIRES_DURING_STAY',
  'DOC.MARRIAGE_DECLARATION_MISSING',
  'DOC.MARRIAGE_DECLARATION_OLD',
  'DOC.MEDICAL_CERT_OLD',
  'DOC.CRIMINAL_RECORD_REQUIRED',
  'DOC.CRIMINAL_RECORD_OLD',
  'DOC.INSURANCE_COVER',
  'DOC.INSURANCE_TOO_SHORT',
  'DOC.INSURANCE_SHORTER_THAN_STAY',
  'DOC.INSURANCE_NOT_SCHENGEN',
  'DOC.INSURANCE_STARTS_LATE',
  'DOC.TRANSLATION_NEEDED',
  'DOC.MUNICIPALITY_LANGUAGE',
  'DOC.LEGALISATION',
  'DOC.UNMARRIED_PROOF',
  'DOC.RELATIONSHIP_HISTORY',
  'DOC.MARITAL_STATUS',
];
const INSURANCE_DURATION: RuleId[] = ['DOC.INSURANCE_TOO_SHORT', 'DOC.INSURANCE_SHORTER_THAN_STAY'];

function finding(report: Report, rule: RuleId, person = 'applicant'): Finding {
  const found = report.findings.find((f) => f.rule === rule && f.person === person);
  if (!found) throw new Error(`no ${rule} for ${person}: ${report.findings.map((f) => `${f.rule}/${f.person}`).join(', ')}`);
  return found;
}

function persons(report: Report, rule: RuleId): string[] {
  return report.findings.filter((f) => f.rule === rule).map((f) => f.person);
}

function inLanguage(f: Finding, lang: 'nl' | 'fr'): string {
  return ruleMessage(f.rule, lang)(f.params, formatter(lang));
}

function marriage(change: (c: Record<string, any>) => void) {
  return variant(baseMarriageCase(), change);
}

function cohabitation(change: (c: Record<string, any>) => void = () => {}) {
  return variant(baseMarriageCase(), (c) => {
    c.caseType = 'cohabitation';
    delete c.documents.marriageDeclaration;
    delete c.documents.relationshipHistory;
    change(c);
  });
}

function humanitarian(change: (c: Record<string, any>) => void = () => {}) {
  return variant(baseMarriageCase(), (c) => {
    c.caseType = 'humanitarian';
    c.humanitarianSituation = 'partner-no-marriage';
    c.sponsor.status = 'protection';
    change(c);
  });
}

function withChild(change: (child: Record<string, any>) => void) {
  return marriage((c) => {
    const child = baseChild();
    change(child);
    c.children = [child];
  });
}

/** The whole file moved to an application on `on`: every dated document a month or two before. */
function appliedOn(on: string, medicalCertificate: string) {
  return marriage((c) => {
    c.applicationDate = on;
    c.documents.marriageDeclaration.date = medicalCertificate;
    c.documents.criminalRecord.date = medicalCertificate;
    c.documents.medicalCertificate.date = medicalCertificate;
  });
}

function insurance(end: string) {
  return { start: '2025-07-01', end, coverEur: 30000, schengen: true };
}

export const scenarios: Scenario[] = [
  {
    name: 'Documents: the complete marriage file with a complete child raises no document finding',
    case: marriage((c) => {
      c.children = [baseChild()];
    }),
    absent: DOC_RULES,
    expect: (r) => expect(r.findings.filter((f) => f.rule.startsWith('MISSING.')).map((f) => f.rule)).toEqual([]),
  },
  // ---- 6-month windows --------------------------------------------------------------------
  {
    name: 'Medical certificate dated exactly 6 months before the application is accepted',
    case: marriage((c) => {
      c.documents.medicalCertificate.date = '2024-09-10';
    }),
    absent: ['DOC.MEDICAL_CERT_OLD'],
  },
  {
    name: 'Medical certificate one day older than 6 months is too old',
    case: marriage((c) => {
      c.documents.medicalCertificate.date = '2024-09-09';
    }),
    produces: ['DOC.MEDICAL_CERT_OLD'],
    expect: (r) => {
      const f = finding(r, 'DOC.MEDICAL_CERT_OLD');
      expect(f.severity).toBe('error');
      expect(f.message).toBe('Medical certificate dated 9 Sept 2024 is older than 6 months on 10 Mar 2025 (limit 10 Sept 2024).');
      expect(inLanguage(f, 'nl')).toBe('Het medisch attest van 9 sep 2024 is ouder dan 6 maanden op 10 mrt 2025 (grens 10 sep 2024).');
      expect(inLanguage(f, 'fr')).toBe('Le certificat médical du 9 sept. 2024 date de plus de 6 mois le 10 mars 2025 (limite 10 sept. 2024).');
    },
  },
  {
    name: 'Application on 31 August 2025: a medical certificate of 28 February is the oldest accepted',
    case: appliedOn('2025-08-31', '2025-02-28'),
    absent: ['DOC.MEDICAL_CERT_OLD', 'DOC.CRIMINAL_RECORD_OLD', 'DOC.MARRIAGE_DECLARATION_OLD'],
  },
  {
    name: 'Application on 31 August 2025: a medical certificate of 27 February is too old (limit 28 February)',
    case: appliedOn('2025-08-31', '2025-02-27'),
    produces: ['DOC.MEDICAL_CERT_OLD', 'DOC.CRIMINAL_RECORD_OLD', 'DOC.MARRIAGE_DECLARATION_OLD'],
    expect: (r) => {
      expect(finding(r, 'DOC.MEDICAL_CERT_OLD').message).toBe('Medical certificate dated 27 Feb 2025 is older than 6 months on 31 Aug 2025 (limit 28 Feb 2025).');
      expect(finding(r, 'DOC.CRIMINAL_RECORD_OLD').message).toBe('Criminal-record extract dated 27 Feb 2025 is older than 6 months on 31 Aug 2025 (limit 28 Feb 2025).');
      expect(finding(r, 'DOC.MARRIAGE_DECLARATION_OLD').message).toBe(
        'The marriage declaration dated 27 Feb 2025 is older than 6 months on 31 Aug 2025 (limit 28 Feb 2025).',
      );
    },
  },
  {
    name: 'Application on 31 August 2024 (leap year): 29 February is the oldest accepted date',
    case: appliedOn('2024-08-31', '2024-02-29'),
    absent: ['DOC.MEDICAL_CERT_OLD', 'DOC.CRIMINAL_RECORD_OLD', 'DOC.MARRIAGE_DECLARATION_OLD'],
  },
  {
    name: 'Application on 31 August 2024 (leap year): 28 February is too old (limit 29 February)',
    case: appliedOn('2024-08-31', '2024-02-28'),
    produces: ['DOC.MEDICAL_CERT_OLD'],
    expect: (r) => expect(finding(r, 'DOC.MEDICAL_CERT_OLD').params.limit).toBe('2024-02-29'),
  },
  {
    name: 'Criminal-record extract dated exactly 6 months before the application is accepted',
    case: marriage((c) => {
      c.documents.criminalRecord.date = '2024-09-10';
    }),
    absent: ['DOC.CRIMINAL_RECORD_OLD', 'DOC.CRIMINAL_RECORD_REQUIRED'],
  },
  {
    name: 'Criminal-record extract one day older than 6 months is too old',
    case: marriage((c) => {
      c.documents.criminalRecord.date = '2024-09-09';
    }),
    produces: ['DOC.CRIMINAL_RECORD_OLD'],
  },
  {
    name: 'Adult applicant without a criminal-record extract',
    case: marriage((c) => {
      delete c.documents.criminalRecord;
    }),
    produces: ['DOC.CRIMINAL_RECORD_REQUIRED'],
    absent: ['DOC.CRIMINAL_RECORD_OLD'],
    expect: (r) => expect(finding(r, 'DOC.CRIMINAL_RECORD_REQUIRED').message).toContain('required from age 18'),
  },
  {
    name: 'Humanitarian applicant of 16 without a criminal-record extract: none is asked',
    case: humanitarian((c) => {
      c.humanitarianSituation = 'minor-sibling-of-uam';
      c.applicant.birthDate = '2008-06-01';
      delete c.documents.criminalRecord;
    }),
    absent: ['DOC.CRIMINAL_RECORD_REQUIRED'],
  },
  {
    name: 'Humanitarian adult applicant: an extract is required, but seed 000 sets no 6-month limit',
    case: humanitarian((c) => {
      c.documents.criminalRecord.date = '2023-01-01';
      c.documents.medicalCertificate.date = '2023-01-01';
    }),
    absent: ['DOC.CRIMINAL_RECORD_REQUIRED', 'DOC.CRIMINAL_RECORD_OLD', 'DOC.MEDICAL_CERT_OLD'],
  },
  {
    name: 'Humanitarian adult applicant without an extract',
    case: humanitarian((c) => {
      delete c.documents.criminalRecord;
    }),
    produces: ['DOC.CRIMINAL_RECORD_REQUIRED'],
  },
  {
    name: 'Marriage declaration made exactly 6 months before the application is accepted',
    case: marriage((c) => {
      c.documents.marriageDeclaration.date = '2024-09-10';
    }),
    absent: ['DOC.MARRIAGE_DECLARATION_OLD', 'DOC.MARRIAGE_DECLARATION_MISSING'],
  },
  {
    name: 'Marriage declaration one day older than 6 months is too old',
    case: marriage((c) => {
      c.documents.marriageDeclaration.date = '2024-09-09';
    }),
    produces: ['DOC.MARRIAGE_DECLARATION_OLD'],
    absent: ['DOC.MARRIAGE_DECLARATION_MISSING'],
  },
  {
    name: 'Marriage file without a marriage declaration',
    case: marriage((c) => {
      delete c.documents.marriageDeclaration;
    }),
    produces: ['DOC.MARRIAGE_DECLARATION_MISSING'],
    absent: ['DOC.MARRIAGE_DECLARATION_OLD'],
  },
  {
    name: 'Marriage declaration dated after the application',
    case: marriage((c) => {
      c.documents.marriageDeclaration.date = '2025-03-11';
    }),
    produces: ['DOC.MARRIAGE_DECLARATION_MISSING'],
    expect: (r) =>
      expect(finding(r, 'DOC.MARRIAGE_DECLARATION_MISSING').message).toBe(
        'The marriage declaration is dated 11 Mar 2025, after the application on 10 Mar 2025: the declaration must be made before the visa application.',
      ),
  },
  {
    name: 'Cohabitation file: no marriage declaration and no relationship history are asked',
    case: cohabitation(),
    absent: ['DOC.MARRIAGE_DECLARATION_MISSING', 'DOC.RELATIONSHIP_HISTORY'],
  },
  {
    name: 'Marriage file without a medical certificate: it is asked for, citing the rule that needs it',
    case: marriage((c) => {
      delete c.documents.medicalCertificate;
    }),
    produces: ['MISSING.documents.medicalCertificate'],
    absent: ['DOC.MEDICAL_CERT_OLD'],
    expect: (r) => {
      const f = finding(r, 'MISSING.documents.medicalCertificate');
      expect(f).toMatchObject({ severity: 'warning', params: { neededBy: 'DOC.MEDICAL_CERT_OLD' } });
      expect(f.sources.map((s) => s.file)).toEqual(['003_cf91320a7e919e05.txt', '004_9926838b41b19a4c.txt']);
    },
  },
  // ---- passport --------------------------------------------------------------------------
  {
    name: 'Passport that expired the day before the application',
    case: marriage((c) => {
      c.applicant.passport.expiryDate = '2025-03-09';
    }),
    produces: ['DOC.PASSPORT_EXPIRED'],
    absent: ['DOC.PASSPORT_EXPIRES_DURING_STAY'],
    expect: (r) =>
      expect(finding(r, 'DOC.PASSPORT_EXPIRED').message).toBe(
        'The passport expired on 9 Mar 2025, before the application on 10 Mar 2025: a valid passport is required.',
      ),
  },
  {
    name: 'Passport expiring on the application date is still valid that day (but not for the stay)',
    case: marriage((c) => {
      c.applicant.passport.expiryDate = '2025-03-10';
    }),
    produces: ['DOC.PASSPORT_EXPIRES_DURING_STAY'],
    absent: ['DOC.PASSPORT_EXPIRED'],
  },
  {
    name: 'Passport valid until 6 months after the planned arrival (31 December for 1 July) is enough',
    case: marriage((c) => {
      c.applicant.passport.expiryDate = '2025-12-31';
    }),
    absent: ['DOC.PASSPORT_EXPIRED', 'DOC.PASSPORT_EXPIRES_DURING_STAY'],
  },
  {
    name: 'Passport expiring one day short of 6 months after the planned arrival',
    case: marriage((c) => {
      c.applicant.passport.expiryDate = '2025-12-30';
    }),
    produces: ['DOC.PASSPORT_EXPIRES_DURING_STAY'],
    absent: ['DOC.PASSPORT_EXPIRED'],
    expect: (r) => {
      const f = finding(r, 'DOC.PASSPORT_EXPIRES_DURING_STAY');
      expect(f.severity).toBe('warning');
      expect(f.message).toContain('expires on 30 Dec 2025, within 6 months after arrival on 1 Jul 2025');
      expect(f.message).toContain('until at least 31 Dec 2025');
    },
  },
  {
    name: 'A child whose passport has expired is named in the finding',
    case: withChild((child) => {
      child.passport.expiryDate = '2025-01-01';
    }),
    produces: ['DOC.PASSPORT_EXPIRED'],
    expect: (r) => {
      expect(persons(r, 'DOC.PASSPORT_EXPIRED')).toEqual(['children[0]']);
      expect(finding(r, 'DOC.PASSPORT_EXPIRED', 'children[0]').message).toMatch(/^Yasmine: The passport expired on 1 Jan 2025/);
    },
  },
  {
    name: 'Marriage file without passport data: the expiry date is asked',
    case: marriage((c) => {
      delete c.applicant.passport;
    }),
    produces: ['MISSING.applicant.passport.expiryDate'],
    absent: ['DOC.PASSPORT_EXPIRED'],
  },
  {
    name: 'Humanitarian applicant without a passport: no finding (seed 000 accepts other proof of identity)',
    case: humanitarian((c) => {
      delete c.applicant.passport;
    }),
    absent: ['MISSING.applicant.passport.expiryDate', 'DOC.PASSPORT_EXPIRED'],
  },
  // ---- travel insurance --------------------------------------------------------------------
  {
    name: 'Marriage: insurance of exactly 3 months meets seed 003 but not the 6 months of seed 004 (warning)',
    case: marriage((c) => {
      c.documents.travelInsurance = insurance('2025-09-30');
    }),
    produces: ['DOC.INSURANCE_SHORTER_THAN_STAY'],
    absent: ['DOC.INSURANCE_TOO_SHORT'],
    expect: (r) => {
      const f = finding(r, 'DOC.INSURANCE_SHORTER_THAN_STAY');
      expect(f.severity).toBe('warning');
      expect(f.message).toContain('The sources disagree: extend it to 31 Dec 2025');
    },
  },
  {
    name: 'Marriage: insurance one day short of 3 months is too short (error)',
    case: marriage((c) => {
      c.documents.travelInsurance = insurance('2025-09-29');
    }),
    produces: ['DOC.INSURANCE_TOO_SHORT'],
    absent: ['DOC.INSURANCE_SHORTER_THAN_STAY'],
    expect: (r) => expect(finding(r, 'DOC.INSURANCE_TOO_SHORT').message).toContain('covers less than 3 months'),
  },
  {
    name: 'Marriage: insurance one day short of 6 months only gets the warning',
    case: marriage((c) => {
      c.documents.travelInsurance = insurance('2025-12-30');
    }),
    produces: ['DOC.INSURANCE_SHORTER_THAN_STAY'],
    absent: ['DOC.INSURANCE_TOO_SHORT'],
  },
  {
    name: 'Cohabitation: insurance of exactly 6 months covers the stay',
    case: cohabitation(),
    absent: INSURANCE_DURATION,
  },
  {
    name: 'Cohabitation: insurance one day short of 6 months is too short',
    case: cohabitation((c) => {
      c.documents.travelInsurance = insurance('2025-12-30');
    }),
    produces: ['DOC.INSURANCE_TOO_SHORT'],
    absent: ['DOC.INSURANCE_SHORTER_THAN_STAY'],
    expect: (r) =>
      expect(finding(r, 'DOC.INSURANCE_TOO_SHORT').message).toBe(
        'The travel insurance from 1 Jul 2025 to 30 Dec 2025 does not cover the whole 6-month stay; it must run until at least 31 Dec 2025.',
      ),
  },
  {
    name: 'Child in a marriage file: insurance one day short of 6 months is too short for the child',
    case: withChild((child) => {
      child.documents.travelInsurance = insurance('2025-12-30');
    }),
    produces: ['DOC.INSURANCE_TOO_SHORT'],
    absent: ['DOC.INSURANCE_SHORTER_THAN_STAY'],
    expect: (r) => expect(persons(r, 'DOC.INSURANCE_TOO_SHORT')).toEqual(['children[0]']),
  },
  {
    name: 'Insurance cover of 29,999 EUR is below the minimum',
    case: marriage((c) => {
      c.documents.travelInsurance.coverEur = 29999;
    }),
    produces: ['DOC.INSURANCE_COVER'],
    expect: (r) => expect(finding(r, 'DOC.INSURANCE_COVER').message).toBe('The travel medical insurance covers €29,999.00; at least €30,000.00 is required.'),
  },
  {
    name: 'Insurance cover of exactly 30,000 EUR not valid in all Schengen states',
    case: marriage((c) => {
      c.documents.travelInsurance.schengen = false;
    }),
    produces: ['DOC.INSURANCE_NOT_SCHENGEN'],
    absent: ['DOC.INSURANCE_COVER'],
  },
  {
    name: 'Insurance that starts the day after the planned arrival',
    case: marriage((c) => {
      c.documents.travelInsurance = { ...insurance('2026-01-31'), start: '2025-07-02' };
    }),
    produces: ['DOC.INSURANCE_STARTS_LATE'],
    absent: ['DOC.INSURANCE_NOT_SCHENGEN', ...INSURANCE_DURATION],
    expect: (r) => expect(finding(r, 'DOC.INSURANCE_STARTS_LATE').message).toContain('starts on 2 Jul 2025, after arrival on 1 Jul 2025'),
  },
  {
    name: 'Humanitarian file without travel insurance: seed 000 does not ask one',
    case: humanitarian((c) => {
      delete c.documents.travelInsurance;
    }),
    absent: [...INSURANCE_DURATION, 'DOC.INSURANCE_COVER', 'MISSING.documents.travelInsurance'],
  },
  {
    name: 'Marriage file without travel insurance: it is asked for',
    case: marriage((c) => {
      delete c.documents.travelInsurance;
    }),
    produces: ['MISSING.documents.travelInsurance'],
  },
  // ---- language and legalisation -------------------------------------------------------------
  {
    name: 'Unmarried certificate in Arabic without a translation',
    case: marriage((c) => {
      c.documents.unmarriedCertificate.language = 'ar';
    }),
    produces: ['DOC.TRANSLATION_NEEDED', 'DOC.MUNICIPALITY_LANGUAGE'],
    expect: (r) => {
      const f = finding(r, 'DOC.TRANSLATION_NEEDED');
      expect(f.message).toBe('The certificate of unmarried status is in Arabic: a sworn translation into Dutch, French, German or English is needed.');
      expect(inLanguage(f, 'nl')).toContain('opgesteld in het Arabisch');
    },
  },
  {
    name: 'Unmarried certificate in Arabic with a sworn translation: no translation finding',
    case: marriage((c) => {
      c.documents.unmarriedCertificate = { ...c.documents.unmarriedCertificate, language: 'ar', translated: true };
    }),
    absent: ['DOC.TRANSLATION_NEEDED'],
  },
  {
    name: 'Unmarried certificate in English, partner in Antwerp: fine for the visa, not for the municipality',
    case: marriage((c) => {
      c.documents.unmarriedCertificate.language = 'en';
    }),
    produces: ['DOC.MUNICIPALITY_LANGUAGE'],
    absent: ['DOC.TRANSLATION_NEEDED'],
    expect: (r) =>
      expect(finding(r, 'DOC.MUNICIPALITY_LANGUAGE').message).toBe(
        'The certificate of unmarried status is in English; the municipality of postal code 2000 works in Dutch and can only use it in that language: have it translated by a sworn translator into Dutch.',
      ),
  },
  {
    name: 'Unmarried certificate in French, partner in Brussels: accepted',
    case: marriage((c) => {
      c.sponsor.postalCode = '1000';
      c.documents.unmarriedCertificate.language = 'fr';
    }),
    absent: ['DOC.MUNICIPALITY_LANGUAGE'],
  },
  {
    name: 'Unmarried certificate in English, partner in Brussels: Dutch or French needed',
    case: marriage((c) => {
      c.sponsor.postalCode = '1000';
      c.documents.unmarriedCertificate.language = 'en';
    }),
    produces: ['DOC.MUNICIPALITY_LANGUAGE'],
    expect: (r) => {
      const f = finding(r, 'DOC.MUNICIPALITY_LANGUAGE');
      expect(f.message).toContain('works in Dutch or French');
      expect(inLanguage(f, 'fr')).toContain('travaille en néerlandais ou français');
    },
  },
  {
    name: 'Unmarried certificate in French, partner in Eupen: German needed',
    case: marriage((c) => {
      c.sponsor.postalCode = '4700';
      c.documents.unmarriedCertificate.language = 'fr';
    }),
    produces: ['DOC.MUNICIPALITY_LANGUAGE'],
    expect: (r) => expect(finding(r, 'DOC.MUNICIPALITY_LANGUAGE').message).toContain('works in German'),
  },
  {
    name: "Child's birth certificate in English, step-parent in Antwerp: it cannot be transcribed untranslated",
    case: withChild((child) => {
      child.documents.birthCertificate.language = 'en';
    }),
    produces: ['DOC.MUNICIPALITY_LANGUAGE'],
    absent: ['DOC.TRANSLATION_NEEDED'],
    expect: (r) => {
      expect(persons(r, 'DOC.MUNICIPALITY_LANGUAGE')).toEqual(['children[0]']);
      expect(finding(r, 'DOC.MUNICIPALITY_LANGUAGE', 'children[0]').message).toMatch(/^Yasmine: The birth certificate is in English/);
    },
  },
  {
    name: "The applicant's own birth certificate in English is not a municipality document",
    case: marriage((c) => {
      c.documents.birthCertificate.language = 'en';
    }),
    absent: ['DOC.MUNICIPALITY_LANGUAGE', 'DOC.TRANSLATION_NEEDED'],
  },
  {
    name: 'Humanitarian file: the municipality language is not checked, the translation is',
    case: humanitarian((c) => {
      c.documents.unmarriedCertificate.language = 'ar';
    }),
    produces: ['DOC.TRANSLATION_NEEDED'],
    absent: ['DOC.MUNICIPALITY_LANGUAGE'],
  },
  {
    name: "Child's birth certificate not legalised: flagged for the child only",
    case: withChild((child) => {
      child.documents.birthCertificate.legalised = false;
    }),
    produces: ['DOC.LEGALISATION'],
    expect: (r) => {
      expect(persons(r, 'DOC.LEGALISATION')).toEqual(['children[0]']);
      expect(finding(r, 'DOC.LEGALISATION', 'children[0]').message).toContain('Yasmine: The birth certificate is not legalised or apostilled');
    },
  },
  {
    name: 'Legalisation not stated: no legalisation finding',
    case: marriage((c) => {
      delete c.documents.unmarriedCertificate.legalised;
    }),
    absent: ['DOC.LEGALISATION'],
  },
  // ---- unmarried status and relationship --------------------------------------------------------
  {
    name: 'No proof of unmarried status for either partner',
    case: marriage((c) => {
      delete c.documents.unmarriedCertificate;
      c.documents.sponsorUnmarriedProof = false;
    }),
    produces: ['DOC.UNMARRIED_PROOF'],
    expect: (r) => {
      expect(persons(r, 'DOC.UNMARRIED_PROOF').sort()).toEqual(['applicant', 'sponsor']);
      expect(finding(r, 'DOC.UNMARRIED_PROOF', 'sponsor').message).toContain('the partner in Belgium is unmarried');
    },
  },
  {
    name: 'Marriage file with the applicant recorded as married: an error for the applicant',
    case: marriage((c) => {
      c.applicant.maritalStatus = 'married';
    }),
    produces: ['DOC.MARITAL_STATUS'],
    expect: (r) => {
      expect(persons(r, 'DOC.MARITAL_STATUS')).toEqual(['applicant']);
      const f = finding(r, 'DOC.MARITAL_STATUS');
      expect(f.severity).toBe('error');
      expect(f.message).toBe('The applicant is recorded as married: you must both be unmarried to marry. If the earlier marriage has ended, record ‘divorced’ or ‘widowed’ and add the divorce judgment or death certificate.');
    },
  },
  {
    name: 'Cohabitation file with the partner in Belgium recorded as married: an error for the partner',
    case: cohabitation((c) => {
      c.sponsor.maritalStatus = 'married';
    }),
    produces: ['DOC.MARITAL_STATUS'],
    expect: (r) => {
      expect(persons(r, 'DOC.MARITAL_STATUS')).toEqual(['sponsor']);
      expect(finding(r, 'DOC.MARITAL_STATUS', 'sponsor').message).toContain('register a legal cohabitation');
    },
  },
  {
    name: 'Divorced applicant and widowed partner may marry: no marital-status error',
    case: marriage((c) => {
      c.applicant.maritalStatus = 'divorced';
      c.sponsor.maritalStatus = 'widowed';
    }),
    absent: ['DOC.MARITAL_STATUS', 'DOC.UNMARRIED_PROOF'],
  },
  {
    name: 'Humanitarian file with a married applicant (an unrecognised marriage): no marital-status error',
    case: humanitarian((c) => {
      c.applicant.maritalStatus = 'married';
    }),
    absent: ['DOC.MARITAL_STATUS'],
  },
  {
    name: 'Humanitarian file: no unmarried proof is required',
    case: humanitarian((c) => {
      delete c.documents.unmarriedCertificate;
      delete c.documents.sponsorUnmarriedProof;
    }),
    absent: ['DOC.UNMARRIED_PROOF', 'DOC.RELATIONSHIP_HISTORY'],
  },
  {
    name: 'Marriage file without a relationship history',
    case: marriage((c) => {
      c.documents.relationshipHistory = false;
    }),
    produces: ['DOC.RELATIONSHIP_HISTORY'],
    expect: (r) => expect(finding(r, 'DOC.RELATIONSHIP_HISTORY').severity).toBe('warning'),
  },
];
