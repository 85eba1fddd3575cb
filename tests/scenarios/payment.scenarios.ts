// Payment: the fee on both sides of each indexation date, exemptions, the communication, and what
// the recorded payment says (seeds 004 and 000; parameters.md "Administrative fee").
import { expect } from 'vitest';
import type { RuleId } from '../../src/rules/catalogue';
import type { Finding, Report } from '../../src/rules/types';
import { baseChild, baseMarriageCase, variant } from './base';
import type { Scenario } from './scenario';

const PAY_PROBLEMS: RuleId[] = ['PAY.NOT_PAID', 'PAY.PARTIAL', 'PAY.REFERENCE_MISMATCH', 'PAY.THIRD_PARTY', 'PAY.FEE_UNKNOWN_PERIOD', 'TIME.PARTIAL_PAYMENT_DEADLINE'];

function finding(report: Report, rule: RuleId, person = 'applicant'): Finding {
  const found = report.findings.find((f) => f.rule === rule && f.person === person);
  if (!found) throw new Error(`no ${rule} for ${person}`);
  return found;
}

function payment(report: Report, person = 'applicant') {
  const found = report.payments.find((p) => p.person === person);
  if (!found) throw new Error(`no payment entry for ${person}`);
  return found;
}

/** Humanitarian file of the spouse in a religious marriage not recognised where it was concluded (seed 000). */
function unrecognisedMarriage(status: string, situation = 'unrecognised-marriage') {
  return variant(baseMarriageCase(), (c) => {
    c.caseType = 'humanitarian';
    c.humanitarianSituation = situation;
    c.sponsor.status = status;
    delete c.payment;
  });
}

export const scenarios: Scenario[] = [
  {
    name: 'Complete file paid in full with the right communication: fee and communication only',
    case: baseMarriageCase(),
    produces: ['PAY.REFERENCE', 'PAY.FEE'],
    absent: [...PAY_PROBLEMS, 'PARAM.STALE'],
    expect: (r) => {
      expect(payment(r)).toMatchObject({
        person: 'applicant',
        amountEur: 236,
        exempt: false,
        reason: null,
        communication: 'ElAmraniFatimaZahraMarokko15031990',
        communicationSpaced: 'EL AMRANI Fatima Zahra Marokko 15031990',
        shortened: false,
        iban: 'BE57679200609235',
        bic: 'PCHQBEBB',
        beneficiary: 'Dienst Vreemdelingenzaken',
      });
      expect(payment(r).epcQr.split('\n')).toEqual(['BCD', '002', '1', 'SCT', 'PCHQBEBB', 'Dienst Vreemdelingenzaken', 'BE57679200609235', 'EUR236.00', '', '', 'ElAmraniFatimaZahraMarokko15031990']);
      expect(finding(r, 'PAY.REFERENCE').message).toContain('ElAmraniFatimaZahraMarokko15031990');
      expect(finding(r, 'PAY.FEE').message).toContain('€236.00');
      expect(finding(r, 'PAY.FEE').message).toContain('One transfer per applicant');
    },
  },
  {
    name: 'Application on 31 December 2024: the 2024 fee of 229 EUR, paid in full',
    case: variant(baseMarriageCase(), (c) => {
      c.applicationDate = '2024-12-31';
      c.payment.amountPaid = 229;
    }),
    produces: ['PAY.FEE'],
    absent: ['PAY.PARTIAL', 'PAY.FEE_UNKNOWN_PERIOD'],
    expect: (r) => {
      expect(payment(r).amountEur).toBe(229);
      expect(payment(r).epcQr.split('\n')[7]).toBe('EUR229.00');
      expect(finding(r, 'PAY.FEE').message).toContain('€229.00');
    },
  },
  {
    name: 'Application on 1 January 2025 with the 2024 amount paid: 236 EUR due, 7 EUR short',
    case: variant(baseMarriageCase(), (c) => {
      c.applicationDate = '2025-01-01';
      c.payment.amountPaid = 229;
    }),
    produces: ['PAY.FEE', 'PAY.PARTIAL'],
    absent: ['PAY.NOT_PAID', 'TIME.PARTIAL_PAYMENT_DEADLINE'],
    expect: (r) => {
      expect(payment(r).amountEur).toBe(236);
      expect(finding(r, 'PAY.PARTIAL').params).toMatchObject({ paid: 229, amount: 236, rest: 7 });
      expect(finding(r, 'PAY.PARTIAL').message).toContain('€7.00');
    },
  },
  {
    name: 'Application on 31 December 2025: the 2025 amount is still current',
    case: variant(baseMarriageCase(), (c) => {
      c.applicationDate = '2025-12-31';
    }),
    produces: ['PAY.FEE'],
    absent: ['PAY.FEE_UNKNOWN_PERIOD', 'PARAM.STALE'],
  },
  {
    name: 'Application in 2026: 236 EUR is the last known value and must be verified, said once as PARAM.STALE',
    case: variant(baseMarriageCase(), (c) => {
      c.applicationDate = '2026-02-02';
    }),
    produces: ['PAY.FEE', 'PARAM.STALE'],
    absent: ['PAY.PARTIAL', 'PAY.FEE_UNKNOWN_PERIOD'],
    expect: (r) => {
      const stale = r.findings.filter((f) => f.rule === 'PARAM.STALE' && f.params.parameter === 'fee.article9');
      expect(stale).toHaveLength(1);
      expect(stale[0]!.severity).toBe('warning');
      expect(stale[0]!.message).toBe('Administrative fee for a marriage/cohabitation visa D or a humanitarian visa (€236.00): last known value, from 1 Jan 2025; the 2026 amount is not in the rule data — verify the current amount and record it under verified amounts.');
      expect(payment(r).amountEur).toBe(236);
    },
  },
  {
    name: 'Application on 25 May 2022, before the first fee in the rule data (26 May 2022): the period is unknown, one warning for the file',
    case: variant(baseMarriageCase(), (c) => {
      c.applicationDate = '2022-05-25';
      c.children = [{ ...baseChild(), birthDate: '2003-06-01' }];
    }),
    produces: ['PAY.FEE_UNKNOWN_PERIOD'],
    absent: ['PAY.FEE'],
    expect: (r) => {
      const unknown = r.findings.filter((f) => f.rule === 'PAY.FEE_UNKNOWN_PERIOD');
      expect(unknown).toHaveLength(1);
      expect(unknown[0]!.severity).toBe('warning');
      expect(unknown[0]!.message).toBe('The rule data holds no fee before 26 May 2022: the amount for this application date is not known here. Check it with the embassy or DVZ.');
    },
  },
  {
    name: 'Application on 26 May 2022: the first fee in the rule data applies',
    case: variant(baseMarriageCase(), (c) => (c.applicationDate = '2022-05-26')),
    produces: ['PAY.FEE'],
    absent: ['PAY.FEE_UNKNOWN_PERIOD'],
    expect: (r) => expect(payment(r).amountEur).toBe(201),
  },
  {
    name: 'No payment recorded: inadmissible (bijlage 42)',
    case: variant(baseMarriageCase(), (c) => {
      delete c.payment;
    }),
    produces: ['PAY.NOT_PAID', 'PAY.REFERENCE'],
    absent: ['PAY.PARTIAL', 'PAY.REFERENCE_MISMATCH'],
    expect: (r) => {
      expect(finding(r, 'PAY.NOT_PAID').severity).toBe('error');
      expect(finding(r, 'PAY.NOT_PAID').message).toContain('bijlage 42');
      expect(finding(r, 'PAY.NOT_PAID').message).toContain('€236.00');
      expect(payment(r).epcQr).toContain('EUR236.00');
    },
  },
  {
    name: 'Zero paid counts as not paid',
    case: variant(baseMarriageCase(), (c) => {
      c.payment.amountPaid = 0;
    }),
    produces: ['PAY.NOT_PAID'],
    absent: ['PAY.PARTIAL'],
  },
  {
    name: 'Partial payment notified on 2 April 2025: rest due by 2 May 2025',
    case: variant(baseMarriageCase(), (c) => {
      c.payment.amountPaid = 200;
      c.payment.partialNoticeDate = '2025-04-02';
    }),
    today: '2025-04-10',
    produces: ['PAY.PARTIAL', 'TIME.PARTIAL_PAYMENT_DEADLINE'],
    absent: ['PAY.NOT_PAID'],
    expect: (r) => {
      expect(finding(r, 'PAY.PARTIAL').message).toContain('2 May 2025');
      const deadline = finding(r, 'TIME.PARTIAL_PAYMENT_DEADLINE');
      expect(deadline.severity).toBe('info');
      expect(deadline.message).toBe('Pay the remaining €36.00 and show proof by 2 May 2025 (30 days from the day after the bijlage 43 of 2 Apr 2025).');
      expect(r.deadlines).toContainEqual(expect.objectContaining({ rule: 'TIME.PARTIAL_PAYMENT_DEADLINE', date: '2025-05-02', person: 'applicant' }));
    },
  },
  {
    name: 'Partial payment: on the last day (2 May 2025) the deadline is still open',
    case: variant(baseMarriageCase(), (c) => {
      c.payment.amountPaid = 200;
      c.payment.partialNoticeDate = '2025-04-02';
    }),
    today: '2025-05-02',
    produces: ['TIME.PARTIAL_PAYMENT_DEADLINE'],
    expect: (r) => expect(finding(r, 'TIME.PARTIAL_PAYMENT_DEADLINE').severity).toBe('info'),
  },
  {
    name: 'Partial payment: on 3 May 2025 the deadline has passed',
    case: variant(baseMarriageCase(), (c) => {
      c.payment.amountPaid = 200;
      c.payment.partialNoticeDate = '2025-04-02';
    }),
    today: '2025-05-03',
    produces: ['TIME.PARTIAL_PAYMENT_DEADLINE'],
    expect: (r) => {
      const deadline = finding(r, 'TIME.PARTIAL_PAYMENT_DEADLINE');
      expect(deadline.severity).toBe('error');
      expect(deadline.message).toContain('ended on 2 May 2025');
    },
  },
  {
    name: 'Partial payment without a notice yet: no deadline to compute',
    case: variant(baseMarriageCase(), (c) => {
      c.payment.amountPaid = 100;
    }),
    produces: ['PAY.PARTIAL'],
    absent: ['TIME.PARTIAL_PAYMENT_DEADLINE'],
    expect: (r) => {
      expect(finding(r, 'PAY.PARTIAL').message).toContain('€136.00');
      expect(r.deadlines.some((d) => d.rule === 'TIME.PARTIAL_PAYMENT_DEADLINE')).toBe(false);
    },
  },
  {
    name: 'More than the fee paid: no partial payment',
    case: variant(baseMarriageCase(), (c) => {
      c.payment.amountPaid = 250;
    }),
    absent: ['PAY.PARTIAL', 'PAY.NOT_PAID'],
  },
  {
    name: 'Paid by the partner in Belgium: fine, with the applicant’s communication',
    case: variant(baseMarriageCase(), (c) => {
      c.payment.paidBy = 'third-party';
    }),
    produces: ['PAY.THIRD_PARTY'],
    absent: ['PAY.REFERENCE_MISMATCH'],
    expect: (r) => expect(finding(r, 'PAY.THIRD_PARTY').message).toContain('ElAmraniFatimaZahraMarokko15031990'),
  },
  {
    name: 'Communication without the second given name: mismatch naming the expected string',
    case: variant(baseMarriageCase(), (c) => {
      c.payment.communication = 'ElAmraniFatimaMarokko15031990';
    }),
    produces: ['PAY.REFERENCE_MISMATCH'],
    expect: (r) => {
      const mismatch = finding(r, 'PAY.REFERENCE_MISMATCH');
      expect(mismatch.severity).toBe('error');
      expect(mismatch.params).toMatchObject({ recorded: 'ElAmraniFatimaMarokko15031990', expected: 'ElAmraniFatimaZahraMarokko15031990' });
      expect(mismatch.message).toContain('"ElAmraniFatimaZahraMarokko15031990"');
    },
  },
  {
    name: 'Communication with the partner’s name instead of the applicant’s: mismatch',
    case: variant(baseMarriageCase(), (c) => {
      c.payment.paidBy = 'third-party';
      c.payment.communication = 'PeetersJanBelgie02111988';
    }),
    produces: ['PAY.REFERENCE_MISMATCH', 'PAY.THIRD_PARTY'],
  },
  {
    name: 'Communication written as in the municipal example with a dotted date matches',
    case: variant(baseMarriageCase(), (c) => {
      c.payment.communication = 'EL AMRANI Fatima Zahra Marokko 15.03.1990';
    }),
    produces: ['PAY.REFERENCE'],
    absent: ['PAY.REFERENCE_MISMATCH'],
  },
  {
    name: 'Communication with the French country name (an offered choice) matches',
    case: variant(baseMarriageCase(), (c) => {
      c.payment.communication = 'ElAmraniFatimaZahraMaroc15031990';
    }),
    absent: ['PAY.REFERENCE_MISMATCH'],
  },
  {
    name: 'Applicant aged 16 (humanitarian): exempt, no payment needed, no QR code',
    case: variant(unrecognisedMarriage('non-eu', 'de-facto-child'), (c) => {
      c.applicant.birthDate = '2008-09-01';
    }),
    produces: ['PAY.FEE'],
    absent: ['PAY.NOT_PAID', 'PAY.REFERENCE'],
    expect: (r) => {
      expect(payment(r)).toMatchObject({ exempt: true, amountEur: null, epcQr: '', reason: 'under 18 on the application date (age 16)' });
      expect(finding(r, 'PAY.FEE').message).toBe('No fee: under 18 on the application date (age 16).');
    },
  },
  {
    name: 'Applicant turning 18 on the application date (humanitarian): fee due',
    case: variant(unrecognisedMarriage('non-eu', 'de-facto-child'), (c) => {
      c.applicant.birthDate = '2007-03-10';
    }),
    produces: ['PAY.NOT_PAID', 'PAY.REFERENCE'],
    expect: (r) => expect(payment(r)).toMatchObject({ exempt: false, amountEur: 236 }),
  },
  {
    name: 'Unrecognised religious marriage with a recognised refugee: filed as family reunification, no fee',
    case: unrecognisedMarriage('protection'),
    produces: ['PAY.FEE'],
    absent: ['PAY.NOT_PAID', 'PAY.REFERENCE'],
    expect: (r) => {
      expect(payment(r)).toMatchObject({ exempt: true, amountEur: null, epcQr: '' });
      expect(payment(r).reason).toContain('family reunification');
    },
  },
  {
    name: 'Unrecognised religious marriage with a non-EU partner without protection: fee due',
    case: unrecognisedMarriage('non-eu'),
    produces: ['PAY.NOT_PAID'],
  },
  {
    name: 'Partner with protection but no marriage at all: fee due',
    case: unrecognisedMarriage('protection', 'partner-no-marriage'),
    produces: ['PAY.NOT_PAID'],
  },
  {
    name: 'Minor child travelling along: exempt; the applicant still pays',
    case: variant(baseMarriageCase(), (c) => {
      c.children = [baseChild()];
    }),
    absent: ['PAY.NOT_PAID'],
    expect: (r) => {
      expect(r.payments.map((p) => p.person)).toEqual(['applicant', 'children[0]']);
      expect(payment(r, 'children[0]')).toMatchObject({ exempt: true, amountEur: null, epcQr: '', reason: 'under 18 on the application date (age 9)' });
      expect(finding(r, 'PAY.FEE', 'children[0]').message).toContain('No fee');
    },
  },
  {
    name: 'Child aged 19 without own payment: fee due for the child',
    case: variant(baseMarriageCase(), (c) => {
      c.children = [{ ...baseChild(), birthDate: '2005-06-01' }];
    }),
    produces: ['PAY.NOT_PAID'],
    expect: (r) => {
      expect(finding(r, 'PAY.NOT_PAID', 'children[0]').severity).toBe('error');
      expect(r.findings.some((f) => f.rule === 'PAY.NOT_PAID' && f.person === 'applicant')).toBe(false);
      expect(payment(r, 'children[0]')).toMatchObject({ exempt: false, amountEur: 236, communication: 'ElAmraniYasmineMarokko01062005' });
      expect(payment(r, 'children[0]').epcQr).toContain('\nElAmraniYasmineMarokko01062005');
    },
  },
  {
    name: 'Child aged 19 who paid with its own communication: nothing missing',
    case: variant(baseMarriageCase(), (c) => {
      c.children = [{ ...baseChild(), birthDate: '2005-06-01', payment: { amountPaid: 236, communication: 'ElAmraniYasmineMarokko01062005', paidBy: 'applicant' } }];
    }),
    produces: ['PAY.REFERENCE'],
    absent: ['PAY.NOT_PAID', 'PAY.REFERENCE_MISMATCH'],
    expect: (r) => expect(finding(r, 'PAY.REFERENCE', 'children[0]').message).toContain('ElAmraniYasmineMarokko01062005'),
  },
  {
    name: 'Application in 2026 with an adult child: one stale-fee warning for the file',
    case: variant(baseMarriageCase(), (c) => {
      c.applicationDate = '2026-02-02';
      c.children = [{ ...baseChild(), birthDate: '2005-06-01' }];
    }),
    produces: ['PARAM.STALE'],
    absent: ['PAY.FEE_UNKNOWN_PERIOD'],
    expect: (r) => {
      expect(r.findings.filter((f) => f.rule === 'PARAM.STALE' && f.params.parameter === 'fee.article9')).toHaveLength(1);
      expect(r.findings.filter((f) => f.rule === 'PAY.FEE').map((f) => f.person)).toEqual(['applicant', 'children[0]']);
    },
  },
  {
    name: 'Applicant without a birth date: fee, exemption and communication unknown, the birth date is asked for',
    case: variant(baseMarriageCase(), (c) => {
      delete c.applicant.birthDate;
    }),
    produces: ['MISSING.applicant.birthDate'],
    absent: ['PAY.FEE', 'PAY.REFERENCE', 'PAY.NOT_PAID', 'PAY.REFERENCE_MISMATCH'],
    expect: (r) => {
      expect(finding(r, 'MISSING.applicant.birthDate').severity).toBe('warning');
      expect(r.payments).toEqual([]);
    },
  },
  {
    name: 'Applicant without a nationality: fee known, communication not, the nationality is asked for',
    case: variant(baseMarriageCase(), (c) => {
      delete c.applicant.nationality;
    }),
    produces: ['PAY.FEE', 'MISSING.applicant.nationality'],
    absent: ['PAY.REFERENCE', 'PAY.REFERENCE_MISMATCH', 'PAY.NOT_PAID'],
    expect: (r) => expect(payment(r)).toMatchObject({ amountEur: 236, communication: '', epcQr: '' }),
  },
  {
    name: 'Very long names: given names shortened to initials to fit 140 characters',
    case: variant(baseMarriageCase(), (c) => {
      c.applicant.surname = 'Rodríguez de la Santísima Trinidad y Fernández de Córdoba';
      c.applicant.givenNames = 'María Fernanda Josefina Guadalupe Concepción Inmaculada Esperanza Dolores Pilar Montserrat Rosario';
      c.applicant.nationality = 'ES';
      c.payment.communication = 'RodriguezDeLaSantisimaTrinidadYFernandezDeCordobaMFJGCIEDPMRSpanje15031990';
    }),
    produces: ['PAY.REFERENCE'],
    absent: ['PAY.REFERENCE_MISMATCH'],
    expect: (r) => {
      expect(payment(r)).toMatchObject({ shortened: true, communication: 'RodriguezDeLaSantisimaTrinidadYFernandezDeCordobaMFJGCIEDPMRSpanje15031990' });
      expect(finding(r, 'PAY.REFERENCE').message).toContain('initials');
    },
  },
  {
    name: 'Name in Arabic script only: no communication, the passport’s Latin spelling is asked for',
    case: variant(baseMarriageCase(), (c) => {
      c.applicant.surname = 'العمراني';
      c.applicant.givenNames = 'فاطمة الزهراء';
    }),
    produces: ['PAY.REFERENCE'],
    absent: ['PAY.REFERENCE_MISMATCH'],
    expect: (r) => {
      expect(finding(r, 'PAY.REFERENCE').message).toContain('not in Latin letters');
      expect(payment(r)).toMatchObject({ communication: '', epcQr: '' });
    },
  },
];
