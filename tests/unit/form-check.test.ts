import { describe, expect, it } from 'vitest';
import { parseCaseValue } from '../../src/case/parse';
import type { VisaCase } from '../../src/case/schema';
import { crossCheckForm, type FormFieldValue } from '../../src/rules/form/check';
import { pageMessage } from '../../src/rules/form/messages';
import { EL_AMRANI, td3, wrongDigit } from '../mrz-lines';
import { baseChild, baseMarriageCase, variant } from '../scenarios/base';

const TODAY = '2025-03-10';

function parsed(raw: Record<string, unknown>): VisaCase {
  const r = parseCaseValue(raw);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
}

const base = parsed(baseMarriageCase());

function check(fields: Partial<FormFieldValue>[], c: VisaCase = base, lang: 'nl' | 'fr' | 'en' = 'en') {
  const full = fields.map((f, i) => ({ selector: `#f${i}`, value: '', kind: 'other', ...f }) as FormFieldValue);
  return crossCheckForm(c, full, { today: TODAY, lang });
}

const summary = (findings: ReturnType<typeof check>) => findings.map((f) => `${f.rule} ${f.selector}`);

describe('a form that matches the case', () => {
  it('reports nothing for the VFS Your Details page filled in from the profile', () => {
    expect(
      check([
        { kind: 'givenNames', value: 'FATIMA ZAHRA' },
        { kind: 'surname', value: 'EL AMRANI' },
        { kind: 'birthDate', value: '15/03/1990', dateFormat: 'dd/mm/yyyy' },
        { kind: 'nationality', value: 'MOROCCO' },
        { kind: 'passportNumber', value: 'AB1234567' },
        { kind: 'passportExpiryDate', value: '01/05/2031', dateFormat: 'dd/mm/yyyy' },
        { kind: 'phoneCountryCode', value: '212' },
        { kind: 'phone', value: '600000000' },
        { kind: 'email', value: 'Fatima@Example.org' },
      ]),
    ).toEqual([]);
  });

  it('ignores fields not typed in yet', () => {
    expect(check([{ kind: 'surname', value: '' }, { kind: 'birthDate', value: '   ' }])).toEqual([]);
  });
});

describe('names', () => {
  it.each(['el amrani', '  EL   AMRANI ', 'Él Amrâni'])('"%s" is the same surname (case, spaces, diacritics)', (value) => {
    expect(check([{ kind: 'surname', value }])).toEqual([]);
  });

  it('accepts a page without the diacritics of the passport', () => {
    const c = parsed(variant(baseMarriageCase(), (x) => (x.applicant.givenNames = 'Fátima Zahra')));
    expect(check([{ kind: 'givenNames', value: 'FATIMA ZAHRA' }], c)).toEqual([]);
  });

  it('names the exact difference when a space is missing', () => {
    const [finding, ...rest] = check([{ kind: 'surname', value: 'ELAMRANI', selector: '#mat-input-4' }]);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ rule: 'FORM.NAME_MISMATCH', severity: 'error', person: 'applicant', selector: '#mat-input-4' });
    expect(finding!.message).toBe('Surname on the page: ELAMRANI; passport: El Amrani');
  });

  it('reports a changed given name and accepts the full name in either order', () => {
    expect(summary(check([{ kind: 'givenNames', value: 'Fatima' }]))).toEqual(['FORM.NAME_MISMATCH #f0']);
    expect(check([{ kind: 'fullName', value: 'FATIMA ZAHRA EL AMRANI' }, { kind: 'fullName', value: 'El Amrani Fatima Zahra' }])).toEqual([]);
    expect(summary(check([{ kind: 'fullName', value: 'Fatima El Amrani' }]))).toEqual(['FORM.NAME_MISMATCH #f0']);
  });
});

describe('dates of birth', () => {
  it.each([
    ['15/03/1990', undefined],
    ['1990-03-15', 'yyyy-mm-dd'],
    ['15.03.1990', 'dd.mm.yyyy'],
    ['03/15/1990', 'mm/dd/yyyy'],
  ] as const)('%s (%s) matches 1990-03-15', (value, dateFormat) => {
    expect(check([{ kind: 'birthDate', value, dateFormat }])).toEqual([]);
  });

  it('reads an ambiguous date the way the page states its format', () => {
    const c = parsed(variant(baseMarriageCase(), (x) => (x.applicant.birthDate = '1990-03-04')));
    expect(check([{ kind: 'birthDate', value: '03/04/1990', dateFormat: 'mm/dd/yyyy' }], c)).toEqual([]);
    expect(summary(check([{ kind: 'birthDate', value: '03/04/1990', dateFormat: 'dd/mm/yyyy' }], c))).toEqual(['FORM.DOB_MISMATCH #f0']);
  });

  it('names both dates when they differ, and says when the page holds no date', () => {
    expect(check([{ kind: 'birthDate', value: '16/03/1990' }])[0]!.message).toBe('Date of birth on the page: 16/03/1990 (16 Mar 1990); passport: 15 Mar 1990');
    expect(check([{ kind: 'birthDate', value: '02//0/6/1995' }])[0]!.message).toBe('Date of birth on the page: 02//0/6/1995 (not a date); passport: 15 Mar 1990');
  });

  /** A date split over day, month and year lists, as VisaOnWeb asks it. */
  const parts = (d: string, m: string, y: string) => [
    { kind: 'birthDay' as const, value: d, selector: '#d' },
    { kind: 'birthMonth' as const, value: m, selector: '#m' },
    { kind: 'birthYear' as const, value: y, selector: '#y' },
  ];

  it('checks a date split over day, month and year', () => {
    expect(check(parts('15', '03', '1990'))).toEqual([]);
    expect(check(parts('15', 'maart', '1990'))).toEqual([]);
    expect(summary(check(parts('16', '03', '1990')))).toEqual(['FORM.DOB_MISMATCH #d']);
  });

  it('leaves a split date alone while a part is still XX (unknown), as VisaOnWeb’s lists open, and checks it once given', () => {
    expect(check(parts('XX', 'XX', '2026'))).toEqual([]);
    expect(check(parts('00', '00', '2026'))).toEqual([]);
    expect(check(parts('16', 'XX', '2026'))).toEqual([]);
    expect(summary(check(parts('15', '03', '1991')))).toEqual(['FORM.DOB_MISMATCH #y']);
    // Only the day typed so far (the page marks compare what the user chose): it is compared.
    expect(summary(check([{ kind: 'birthDay', value: '16', selector: '#d' }]))).toEqual(['FORM.DOB_MISMATCH #d']);
  });

  it('runs the age rule on a typed birth date that makes the applicant too young', () => {
    const findings = check([{ kind: 'birthDate', value: '15/03/2010', selector: '#dateOfBirth' }]);
    expect(summary(findings)).toEqual(['FORM.DOB_MISMATCH #dateOfBirth', 'AGE.APPLICANT_MIN #dateOfBirth']);
    // Marriage with a Belgian partner: 18 (seed 003). One day short of 18 on the application date, then 18 that day.
    expect(summary(check([{ kind: 'birthDate', value: '11/03/2007' }]))).toEqual(['FORM.DOB_MISMATCH #f0', 'AGE.APPLICANT_MIN #f0']);
    expect(summary(check([{ kind: 'birthDate', value: '10/03/2007' }]))).toEqual(['FORM.DOB_MISMATCH #f0']);
  });
});

describe('passport', () => {
  it('compares the number without spaces or case', () => {
    expect(check([{ kind: 'passportNumber', value: 'ab 123 4567' }])).toEqual([]);
    expect(check([{ kind: 'passportNumber', value: 'AB1234568' }])[0]!.message).toBe('Passport number on the page: AB1234568; passport: AB1234567');
  });

  it('reports a different issue or expiry date', () => {
    expect(summary(check([{ kind: 'passportIssueDate', value: '02/05/2021' }, { kind: 'passportExpiryDate', value: '02/05/2031' }]))).toEqual([
      'FORM.PASSPORT_DATES_MISMATCH #f1',
    ]);
  });

  it('runs the passport rules on an expired date typed into the expiry field', () => {
    const findings = check([{ kind: 'passportExpiryDate', value: '01/03/2025', selector: '#passportExpirtyDate' }]);
    expect(summary(findings)).toEqual(['FORM.PASSPORT_DATES_MISMATCH #passportExpirtyDate', 'DOC.PASSPORT_EXPIRED #passportExpirtyDate']);
    // Still valid on the application date: a mismatch, not an expired passport.
    expect(summary(check([{ kind: 'passportExpiryDate', value: '10/03/2025' }]))).not.toContain('DOC.PASSPORT_EXPIRED #f0');
  });
});

describe('nationality, contact, payment communication', () => {
  it.each(['MOROCCO', 'Maroc', 'Marokko', 'ma'])('"%s" is Morocco', (value) => {
    expect(check([{ kind: 'nationality', value }])).toEqual([]);
  });

  it('reports another country, and leaves a value it cannot read alone', () => {
    expect(check([{ kind: 'nationality', value: 'ALGERIA' }], base, 'nl')[0]!.message).toBe('Nationaliteit op de pagina: ALGERIA; profiel: Marokko');
    expect(check([{ kind: 'nationality', value: 'Atlantis' }])).toEqual([]);
  });

  it('compares e-mail and phone as the profile holds them (a warning)', () => {
    expect(check([{ kind: 'phone', value: '0600 000 000' }, { kind: 'phone', value: '+212 600 000 000' }])).toEqual([]);
    const findings = check([{ kind: 'email', value: 'fatima@example.com' }, { kind: 'phone', value: '+212600000001' }, { kind: 'phoneCountryCode', value: '+213' }]);
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([
      ['FORM.CONTACT_MISMATCH', 'warning'],
      ['FORM.CONTACT_MISMATCH', 'warning'],
      ['FORM.CONTACT_MISMATCH', 'warning'],
    ]);
  });

  it('accepts the expected communication in any spelling of the same data', () => {
    for (const value of ['ElAmraniFatimaZahraMarokko15031990', 'EL AMRANI Fatima Zahra Marokko 15031990', 'elamranifatimazahramaroc15031990']) {
      expect(check([{ kind: 'paymentCommunication', value }])).toEqual([]);
    }
  });

  it('reports another communication with the expected one', () => {
    const [finding] = check([{ kind: 'paymentCommunication', value: 'ElAmraniFatimaMarokko15031990', selector: '#comm' }], base, 'fr');
    expect(finding).toMatchObject({ rule: 'FORM.PAYMENT_REFERENCE_MISMATCH', selector: '#comm' });
    expect(finding!.message).toBe('Communication sur la page\u202f: ElAmraniFatimaMarokko15031990\u202f; attendu\u202f: ElAmraniFatimaZahraMarokko15031990');
  });
});

describe("the host's postal code, the marital status and the travel document", () => {
  it('accepts the values the case holds, in the ways the forms write them', () => {
    expect(
      check([
        { kind: 'hostPostalCode', value: '2000' },
        { kind: 'hostPostalCode', value: 'B-2000' },
        { kind: 'hostPostalCode', value: 'BE 2000' },
        { kind: 'maritalStatus', value: 'Célibataire' },
        { kind: 'maritalStatus', value: 'Single' },
        { kind: 'documentType', value: 'Ordinary passport' },
        { kind: 'documentType', value: 'Passeport ordinaire' },
      ]),
    ).toEqual([]);
  });

  it("reports another postal code than the partner's (a warning), naming the recorded one in the popup only", () => {
    const [finding, ...rest] = check([{ kind: 'hostPostalCode', value: 'B-2018', selector: '#pc' }], base, 'nl');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ rule: 'FORM.HOST_ADDRESS_MISMATCH', severity: 'warning', person: 'applicant', selector: '#pc' });
    expect(finding!.message).toBe('Postcode van de partner in België op de pagina: B-2018; profiel: 2000');
    expect(pageMessage(finding!.rule, 'hostPostalCode', 'nl')).toBe('Postcode van de partner in België wijkt af van het dossier');
  });

  it('names the family member in Belgium, not a partner, as the host in a humanitarian file, in the popup and on the page', () => {
    const humanitarian = parsed(variant(baseMarriageCase(), (x) => {
      x.caseType = 'humanitarian';
      x.humanitarianSituation = 'adult-child';
    }));
    const [finding] = check([{ kind: 'hostPostalCode', value: 'B-2018', selector: '#pc' }], humanitarian, 'fr');
    expect(finding!.message).toBe('Code postal du membre de la famille en Belgique sur la page\u202f: B-2018\u202f; profil\u202f: 2000');
    expect(pageMessage(finding!.rule, 'hostPostalCode', 'nl', finding!.params.host)).toBe('Postcode van het familielid in België wijkt af van het dossier');
    expect(pageMessage(finding!.rule, 'hostPostalCode', 'en', finding!.params.host)).toBe('Postal code of the family member in Belgium differs from the case');
  });

  it('leaves the postal code alone when the case records none', () => {
    const c = parsed(variant(baseMarriageCase(), (x) => delete x.sponsor.postalCode));
    expect(check([{ kind: 'hostPostalCode', value: '1000' }], c)).toEqual([]);
  });

  it("reports a marital status that contradicts the case's (an error), and leaves an option it cannot read alone", () => {
    const [finding] = check([{ kind: 'maritalStatus', value: 'Marié(e)', selector: '#ms' }], base, 'fr');
    expect(finding).toMatchObject({ rule: 'FORM.MARITAL_STATUS_MISMATCH', severity: 'error', selector: '#ms' });
    expect(finding!.message).toBe('État civil sur la page\u202f: Marié(e)\u202f; profil\u202f: célibataire');
    expect(pageMessage(finding!.rule, 'maritalStatus', 'en')).toBe('Marital status differs from the case');
    expect(check([{ kind: 'maritalStatus', value: 'Partnership' }])).toEqual([]);
    const unrecorded = parsed(variant(baseMarriageCase(), (x) => delete x.applicant.maritalStatus));
    expect(check([{ kind: 'maritalStatus', value: 'Married' }], unrecorded)).toEqual([]);
  });

  it('reports another travel document than the passport the case records (a warning)', () => {
    const [finding] = check([{ kind: 'documentType', value: 'Diplomatic passport', selector: '#dt' }], base, 'en');
    expect(finding).toMatchObject({ rule: 'FORM.DOCUMENT_TYPE_MISMATCH', severity: 'warning', selector: '#dt' });
    expect(finding!.message).toBe('Type of travel document on the page: Diplomatic passport; passport: ordinary passport');
    expect(pageMessage(finding!.rule, 'documentType', 'fr')).toBe('Type de document de voyage\u202f: ne correspond pas au dossier');
  });

  it('takes the type the case records, and says nothing without a recorded passport', () => {
    const diplomatic = parsed(variant(baseMarriageCase(), (x) => (x.applicant.passport.type = 'diplomatic')));
    expect(check([{ kind: 'documentType', value: 'Diplomatiek paspoort' }], diplomatic)).toEqual([]);
    expect(summary(check([{ kind: 'documentType', value: 'Ordinary passport', selector: '#dt' }], diplomatic))).toEqual(['FORM.DOCUMENT_TYPE_MISMATCH #dt']);
    const none = parsed(variant(baseMarriageCase(), (x) => delete x.applicant.passport));
    expect(check([{ kind: 'documentType', value: 'Diplomatic passport' }], none)).toEqual([]);
  });
});

describe('a child travelling along', () => {
  it("checks the page against the child's own details", () => {
    const c = parsed(variant(baseMarriageCase(), (x) => (x.children = [baseChild()])));
    const options = { today: TODAY, lang: 'en' as const, person: 'children[0]' as const };
    expect(crossCheckForm(c, [{ kind: 'givenNames', value: 'YASMINE', selector: '#g' }], options)).toEqual([]);
    const [finding] = crossCheckForm(c, [{ kind: 'givenNames', value: 'Fatima Zahra', selector: '#g' }], options);
    expect(finding).toMatchObject({ rule: 'FORM.NAME_MISMATCH', person: 'children[0]', selector: '#g' });
  });
});

describe('languages', () => {
  it('writes every finding in Dutch, French and English', () => {
    const fields: Partial<FormFieldValue>[] = [
      { kind: 'surname', value: 'X' },
      { kind: 'birthDate', value: '16/03/1990' },
      { kind: 'nationality', value: 'Algeria' },
      { kind: 'passportNumber', value: 'Z' },
      { kind: 'passportExpiryDate', value: '01/01/2030' },
      { kind: 'email', value: 'x@y.z' },
      { kind: 'paymentCommunication', value: 'X' },
      { kind: 'hostPostalCode', value: '1000' },
      { kind: 'maritalStatus', value: 'Divorced' },
      { kind: 'documentType', value: 'Service passport' },
    ];
    for (const lang of ['nl', 'fr', 'en'] as const) {
      const messages = check(fields, base, lang).filter((f) => f.rule.startsWith('FORM.')).map((f) => f.message);
      expect(messages).toHaveLength(10);
      for (const m of messages) expect(m).toMatch({ nl: /op de pagina/, fr: /sur la page/, en: /on the page/ }[lang]);
    }
  });
});

describe("the passport's machine-readable zone as a second witness", () => {
  // The profile has no birth date, nationality or passport; the zone stored with it has them.
  const zoneOnly = parsed(
    variant(baseMarriageCase(), (c) => {
      delete c.applicant.birthDate;
      delete c.applicant.nationality;
      c.applicant.passport = { mrz: EL_AMRANI };
    }),
  );

  it('marks a birth date, nationality, passport number and expiry that differ from the zone', () => {
    const findings = check(
      [
        { kind: 'birthDate', value: '16/03/1990', dateFormat: 'dd/mm/yyyy' },
        { kind: 'nationality', value: 'ALGERIA' },
        { kind: 'passportNumber', value: 'AB1234568' },
        { kind: 'passportExpiryDate', value: '02/05/2031', dateFormat: 'dd/mm/yyyy' },
      ],
      zoneOnly,
    );
    expect(summary(findings)).toEqual(['FORM.DOB_MISMATCH #f0', 'FORM.NATIONALITY_MISMATCH #f1', 'FORM.PASSPORT_MISMATCH #f2', 'FORM.PASSPORT_DATES_MISMATCH #f3']);
    expect(findings[0]!.message).toBe("Date of birth on the page: 16/03/1990 (16 Mar 1990); passport's machine-readable zone: 15 Mar 1990");
    expect(findings.every((f) => f.params.source === 'mrz')).toBe(true);
  });

  it('accepts what agrees with the zone, names included as the zone writes them', () => {
    const muller = parsed(
      variant(baseMarriageCase(), (c) => {
        delete c.applicant.surname;
        delete c.applicant.givenNames;
        c.applicant.passport = { ...c.applicant.passport, mrz: td3({ surname: 'MUELLER', givenNames: 'JOERG', number: 'AB1234567', birth: '900315', expiry: '310501' }) };
      }),
    );
    expect(
      check(
        [
          { kind: 'surname', value: 'Müller' },
          { kind: 'givenNames', value: 'Jörg' },
          { kind: 'birthDate', value: '15/03/1990', dateFormat: 'dd/mm/yyyy' },
          { kind: 'passportNumber', value: 'ab 1234567' },
        ],
        muller,
      ),
    ).toEqual([]);
    expect(summary(check([{ kind: 'surname', value: 'Miller' }], muller))).toEqual(['FORM.NAME_MISMATCH #f0']);
  });

  it('checks the date parts of a three-select birth date against the zone', () => {
    expect(summary(check([{ kind: 'birthDay', value: '16' }, { kind: 'birthMonth', value: '3' }, { kind: 'birthYear', value: '1990' }], zoneOnly))).toEqual(['FORM.DOB_MISMATCH #f0']);
  });

  it('lets the profile speak first, and ignores a zone whose digits do not check', () => {
    const both = parsed(variant(baseMarriageCase(), (c) => (c.applicant.passport.mrz = EL_AMRANI)));
    const findings = check([{ kind: 'birthDate', value: '16/03/1990', dateFormat: 'dd/mm/yyyy' }], both);
    expect(findings.map((f) => [f.rule, f.params.source])).toEqual([['FORM.DOB_MISMATCH', 'passport']]);
    const broken = parsed(variant(baseMarriageCase(), (c) => {
      delete c.applicant.birthDate;
      c.applicant.passport.mrz = wrongDigit(EL_AMRANI, 19);
    }));
    expect(check([{ kind: 'birthDate', value: '16/03/1990', dateFormat: 'dd/mm/yyyy' }], broken).filter((f) => f.rule.startsWith('FORM.'))).toEqual([]);
  });
});
