// Points for every marriage or cohabitation file (seed 003) and the warning for amounts
// used past their last known year (parameters.md).
import { expect } from 'vitest';
import type { Report } from '../../src/rules/types';
import { baseMarriageCase, variant } from './base';
import type { Scenario } from './scenario';

const only = (report: Report, rule: string) => report.findings.filter((f) => f.rule === rule);
const staleIncome = (report: Report) => only(report, 'PARAM.STALE').filter((f) => String(f.params.parameter).startsWith('income.'));

export const scenarios: Scenario[] = [
  {
    name: 'Every marriage file recalls the impediments to marriage; a Belgian partner has no EU route',
    case: baseMarriageCase(),
    produces: ['INFO.IMPEDIMENTS'],
    absent: ['INFO.EU_PARTNER_ROUTE', 'PARAM.STALE'],
    expect: (r) => {
      const f = only(r, 'INFO.IMPEDIMENTS')[0]!;
      expect(f.severity).toBe('info');
      expect(f.message).toContain('art. 161–163');
      expect(f.message).toContain('art. 167');
    },
  },
  {
    name: 'An EU citizen as partner: the entry visa under Directive 2004/38 is an alternative',
    case: variant(baseMarriageCase(), (c) => {
      c.sponsor.status = 'eu';
      c.sponsor.nationality = 'FR';
    }),
    produces: ['INFO.EU_PARTNER_ROUTE'],
    expect: (r) => {
      const f = only(r, 'INFO.EU_PARTNER_ROUTE')[0]!;
      expect(f.message).toContain('Directive 2004/38/EC');
      expect(f.message).toContain('article 47/1');
    },
  },
  {
    name: 'A humanitarian file has neither the impediments nor the EU route',
    case: variant(baseMarriageCase(), (c) => {
      c.caseType = 'humanitarian';
      c.humanitarianSituation = 'other';
      c.sponsor.status = 'eu';
    }),
    absent: ['INFO.IMPEDIMENTS', 'INFO.EU_PARTNER_ROUTE'],
  },
  {
    name: 'Application in February 2026: the income amount is the last known one (1 February 2025) and is flagged',
    case: variant(baseMarriageCase(), (c) => (c.applicationDate = '2026-02-02')),
    produces: ['PARAM.STALE'],
    expect: (r) => {
      const stale = staleIncome(r);
      expect(stale).toHaveLength(1);
      expect(stale[0]!.severity).toBe('warning');
      expect(stale[0]!.message).toBe(
        'Income reference amount, 120 % of the leefloon (€2,131.28): last known value, from 1 Feb 2025; the 2026 amount is not in the rule data — verify the current amount and record it under verified amounts.',
      );
    },
  },
  {
    name: 'Application in February 2026 with a non-EU partner resident since September 2025: the reform amount of 18 August 2025 is flagged',
    case: variant(baseMarriageCase(), (c) => {
      c.applicationDate = '2026-02-02';
      c.sponsor.status = 'non-eu';
      c.sponsor.residenceSince = '2025-09-01';
    }),
    produces: ['PARAM.STALE'],
    expect: (r) => {
      const stale = staleIncome(r);
      expect(stale.map((f) => f.params.parameter)).toEqual(['income.reference110Ggmmi']);
      expect(stale[0]!.message).toContain('last known value, from 18 Aug 2025; the 2026 amount is not in the rule data');
    },
  },
  {
    name: 'Application in December 2025: the amounts of 2025 are current, nothing stale from income',
    case: variant(baseMarriageCase(), (c) => {
      c.applicationDate = '2025-12-31';
      c.sponsor.status = 'non-eu';
    }),
    expect: (r) => expect(staleIncome(r)).toEqual([]),
  },

  // Amounts the user has verified (parameters.md).
  {
    name: 'A 2026 fee the user recorded is used for a 2026 application, named with its source, and the fee is not called stale',
    case: variant(baseMarriageCase(), (c) => {
      c.applicationDate = '2026-03-02';
      c.payment.amountPaid = 243;
    }),
    userValues: [{ parameter: 'fee.article9', value: 243, since: '2026-01-01', source: 'DVZ page seen 2026-12-06', checkedOn: '2026-12-06' }],
    produces: ['PARAM.USER_VALUE', 'PAY.FEE'],
    absent: ['PAY.FEE_UNKNOWN_PERIOD', 'PAY.PARTIAL'],
    expect: (r) => {
      const user = only(r, 'PARAM.USER_VALUE');
      expect(user).toHaveLength(1);
      expect(user[0]!.severity).toBe('info');
      expect(user[0]!.message).toBe('Administrative fee for a marriage/cohabitation visa D or a humanitarian visa: €243.00 is the value you verified yourself, from 1 Jan 2026 (source: DVZ page seen 2026-12-06, checked on 6 Dec 2026); it is not part of the shipped rule data.');
      expect(r.payments[0]!.amountEur).toBe(243);
      expect(only(r, 'PARAM.STALE').map((f) => f.params.parameter)).not.toContain('fee.article9');
    },
  },
  {
    name: 'A fee the user recorded from 2026 is not used for an application in December 2025',
    case: variant(baseMarriageCase(), (c) => (c.applicationDate = '2025-12-31')),
    userValues: [{ parameter: 'fee.article9', value: 243, since: '2026-01-01', source: 'DVZ page seen 2026-12-06', checkedOn: '2026-12-06' }],
    absent: ['PARAM.USER_VALUE'],
    expect: (r) => expect(r.payments[0]!.amountEur).toBe(236),
  },
  {
    name: 'A shipped value for the same period wins over the user’s, which is reported as superseded',
    case: baseMarriageCase(),
    userValues: [{ parameter: 'fee.article9', value: 240, since: '2025-01-01', source: 'my notes', checkedOn: '2025-01-05' }],
    produces: ['PARAM.USER_VALUE'],
    expect: (r) => {
      expect(r.payments[0]!.amountEur).toBe(236);
      const user = only(r, 'PARAM.USER_VALUE')[0]!;
      expect(user.params.superseded).toBe(true);
      expect(user.message).toContain('superseded by the shipped value €236.00 from 1 Jan 2025');
    },
  },
  {
    name: 'A 2026 income amount the user recorded replaces the stale 120 % amount',
    case: variant(baseMarriageCase(), (c) => {
      c.applicationDate = '2026-03-02';
      c.sponsor.income = [{ kind: 'employment-permanent', monthlyNet: 2150, since: '2020-01-01' }];
    }),
    userValues: [{ parameter: 'income.reference120Leefloon', value: 2170.5, since: '2026-02-01', source: 'https://dofi.ibz.be', checkedOn: '2026-12-01' }],
    produces: ['PARAM.USER_VALUE', 'MEANS.BELOW_REFERENCE'],
    expect: (r) => {
      expect(staleIncome(r)).toEqual([]);
      expect(only(r, 'MEANS.BELOW_REFERENCE')[0]!.params.reference).toBe(2170.5);
    },
  },
];
