// The passport's machine-readable zone stored in the case against the profile (DOC.MRZ_MISMATCH)
// and the communication its names would give (PAY.REFERENCE_MRZ_SPELLING). The zone lines are
// built per ICAO 9303 in tests/mrz-lines.ts.
import { expect } from 'vitest';
import { formatter } from '../../src/i18n/format';
import { ruleMessage } from '../../src/rules/messages';
import type { Finding, Report } from '../../src/rules/types';
import { EL_AMRANI, td3, wrongDigit } from '../mrz-lines';
import { baseChild, baseMarriageCase, variant } from './base';
import type { Scenario } from './scenario';

function withMrz(mrz: string, change: (c: Record<string, any>) => void = () => {}) {
  return variant(baseMarriageCase(), (c) => {
    c.applicant.passport.mrz = mrz;
    change(c);
  });
}

function mrzFindings(r: Report): Finding[] {
  return r.findings.filter((f) => f.rule === 'DOC.MRZ_MISMATCH' || f.rule === 'PAY.REFERENCE_MRZ_SPELLING');
}

const MUELLER = td3({ issuing: 'D', nationality: 'D', surname: 'MUELLER', givenNames: 'JOERG', number: 'C01X00T47', birth: '900315', expiry: '310501' });

export const scenarios: Scenario[] = [
  {
    name: 'MRZ: a zone that agrees with the profile raises nothing',
    case: withMrz(EL_AMRANI),
    absent: ['DOC.MRZ_MISMATCH', 'PAY.REFERENCE_MRZ_SPELLING'],
  },
  {
    name: 'MRZ: a surname changed by hand after the zone was stored is an error naming the surname',
    case: withMrz(EL_AMRANI, (c) => {
      c.applicant.surname = 'El Amrany';
    }),
    produces: ['DOC.MRZ_MISMATCH'],
    absent: ['PAY.REFERENCE_MRZ_SPELLING'],
    expect: (r) => {
      const [f, ...rest] = mrzFindings(r);
      expect(rest).toEqual([]);
      expect(f!.severity).toBe('error');
      expect(f!.params).toMatchObject({ field: 'surname', profile: 'El Amrany', mrz: 'EL AMRANI' });
      expect(f!.message).toBe(
        "The surname differs from the passport's machine-readable zone: the profile says El Amrany, the zone EL AMRANI. The embassy reads the zone from the passport itself: make the profile match the passport.",
      );
      expect(ruleMessage(f!.rule, 'nl')(f!.params, formatter('nl'))).toContain('De familienaam verschilt van de machineleesbare zone');
    },
  },
  {
    name: 'MRZ: birth date, nationality, passport number and expiry that differ are each named',
    case: withMrz(EL_AMRANI, (c) => {
      c.applicant.birthDate = '1990-03-16';
      c.applicant.nationality = 'DZ';
      c.applicant.passport.number = 'AB1234568';
      c.applicant.passport.expiryDate = '2031-05-02';
    }),
    produces: ['DOC.MRZ_MISMATCH'],
    expect: (r) => {
      expect(mrzFindings(r).map((f) => f.params.field)).toEqual(['birthDate', 'nationality', 'passportNumber', 'expiryDate']);
      expect(mrzFindings(r)[0]!.message).toContain('the profile says 16 Mar 1990, the zone 15 Mar 1990');
      expect(mrzFindings(r)[1]!.message).toContain('the profile says Algeria, the zone Morocco');
    },
  },
  {
    name: 'MRZ: a passport number written with a space still agrees with the zone',
    case: withMrz(EL_AMRANI, (c) => {
      c.applicant.passport.number = 'ab 1234567';
    }),
    absent: ['DOC.MRZ_MISMATCH'],
  },
  {
    name: 'MRZ: a stored zone with a wrong check digit says which part and which digit',
    case: withMrz(wrongDigit(EL_AMRANI, 19)),
    produces: ['DOC.MRZ_MISMATCH'],
    expect: (r) => {
      const [birth, composite] = mrzFindings(r);
      expect(birth!.params).toMatchObject({ field: 'mrz', part: 'birthDate', value: '900315' });
      expect(birth!.message).toBe(
        `The stored machine-readable zone of the passport was not copied correctly: the check digit of the date of birth does not match: 900315 gives ${EL_AMRANI[64]}, the line has ${(Number(EL_AMRANI[64]) + 1) % 10}. Copy the two lines from the passport again.`,
      );
      expect(composite!.params).toMatchObject({ field: 'mrz', part: 'composite' });
    },
  },
  {
    name: 'MRZ: an accented name the zone transliterates is no error, and the note keeps the passport spelling for the transfer',
    case: withMrz(MUELLER, (c) => {
      c.applicant.surname = 'Müller';
      c.applicant.givenNames = 'Jörg';
      c.applicant.nationality = 'DE';
      c.applicant.passport = { ...c.applicant.passport, number: 'C01X00T47', issuingCountry: 'DE' };
      c.payment.communication = 'MullerJorgDuitsland15031990';
    }),
    produces: ['PAY.REFERENCE_MRZ_SPELLING'],
    absent: ['DOC.MRZ_MISMATCH', 'PAY.REFERENCE_MISMATCH'],
    expect: (r) => {
      const f = mrzFindings(r)[0]!;
      expect(f.severity).toBe('info');
      expect(f.params).toMatchObject({ profile: 'MullerJorgDuitsland15031990', mrz: 'MuellerJoergDuitsland15031990' });
      expect(f.message).toBe(
        "The passport's machine-readable zone writes the names differently (without accents or cut short), which would give the communication MuellerJoergDuitsland15031990. For the bank transfer, use the communication with the names as printed in the passport: MullerJorgDuitsland15031990.",
      );
    },
  },
  {
    name: "MRZ: a child's zone is checked against the child's record",
    case: variant(baseMarriageCase(), (c) => {
      const child = baseChild();
      child.passport = { ...child.passport, mrz: td3({ surname: 'EL AMRANI', givenNames: 'YASMINE', number: 'CD7654321', birth: '150602', expiry: '300101' }) };
      c.children = [child];
    }),
    produces: ['DOC.MRZ_MISMATCH'],
    expect: (r) => {
      const f = mrzFindings(r);
      expect(f.every((x) => x.person === 'children[0]')).toBe(true);
      expect(f.map((x) => x.params.field)).toEqual(['birthDate']);
      expect(f[0]!.message).toMatch(/^Yasmine: The date of birth differs/);
    },
  },
];
