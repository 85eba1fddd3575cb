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
        'Income reference amount, 120 % of the leefloon (€2,131.28): last known value, from 1 Feb 2025; the 2026 amount is not in the rule data — verify the current amount.',
      );
    },
  },
  {
    name: 'Application in February 2026 with a non-EU partner: the reform amount of 18 August 2025 is flagged',
    case: variant(baseMarriageCase(), (c) => {
      c.applicationDate = '2026-02-02';
      c.sponsor.status = 'non-eu';
    }),
    produces: ['PARAM.STALE'],
    expect: (r) => {
      const stale = staleIncome(r);
      expect(stale.map((f) => f.params.parameter)).toEqual(['income.referenceNonEu110Gmmmi']);
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
];
