// Housing of the partner in Belgium (seed 004).
import { expect } from 'vitest';
import type { Report } from '../../src/rules/types';
import { baseMarriageCase, variant } from './base';
import type { Scenario } from './scenario';

const HOUSING_IDS = ['HOUSING.PROOF_INVALID', 'HOUSING.NOT_CURRENT', 'HOUSING.UNINHABITABLE', 'HOUSING.HOLDER'] as const;
const only = (report: Report, rule: string) => report.findings.filter((f) => f.rule === rule);

function housed(change: (h: Record<string, any>) => void) {
  return variant(baseMarriageCase(), (c) => change(c.sponsor.housing));
}

export const scenarios: Scenario[] = [
  {
    name: 'A registered lease of the partner’s current home raises no housing finding',
    case: baseMarriageCase(),
    absent: [...HOUSING_IDS],
  },
  {
    name: 'A notarial deed is accepted proof',
    case: housed((h) => (h.proof = 'notarial-deed')),
    absent: ['HOUSING.PROOF_INVALID'],
  },
  {
    name: 'A private sale agreement (compromis) is not accepted',
    case: housed((h) => (h.proof = 'compromis')),
    produces: ['HOUSING.PROOF_INVALID'],
    expect: (r) => {
      const [f] = only(r, 'HOUSING.PROOF_INVALID');
      expect(f!.severity).toBe('error');
      expect(f!.message).toBe('The housing proof is a private sale agreement (compromis): DVZ accepts only a registered lease or a notarial deed of the partner’s main residence.');
    },
  },
  {
    name: 'A place on a social-housing waiting list is not proof of housing',
    case: housed((h) => (h.proof = 'social-housing-waitlist')),
    produces: ['HOUSING.PROOF_INVALID'],
  },
  {
    name: 'An unregistered lease is not accepted',
    case: housed((h) => (h.proof = 'unregistered-lease')),
    produces: ['HOUSING.PROOF_INVALID'],
  },
  {
    name: 'Proof for a home the family will only move into later is not current',
    case: housed((h) => (h.currentAddress = false)),
    produces: ['HOUSING.NOT_CURRENT'],
    absent: ['HOUSING.PROOF_INVALID'],
    expect: (r) => expect(only(r, 'HOUSING.NOT_CURRENT')[0]!.severity).toBe('error'),
  },
  {
    name: 'A dwelling declared uninhabitable leads DVZ to refuse',
    case: housed((h) => (h.uninhabitable = true)),
    produces: ['HOUSING.UNINHABITABLE'],
    expect: (r) => expect(only(r, 'HOUSING.UNINHABITABLE')[0]!.message).toBe('The dwelling has been declared uninhabitable: DVZ then refuses the application.'),
  },
  {
    name: 'A lease in the name of a family member of the partner is accepted',
    case: housed((h) => (h.holder = 'family')),
    absent: ['HOUSING.HOLDER'],
  },
  {
    name: 'A lease in the name of someone outside the partner’s family is a warning',
    case: housed((h) => (h.holder = 'other')),
    produces: ['HOUSING.HOLDER'],
    expect: (r) => expect(only(r, 'HOUSING.HOLDER')[0]!.severity).toBe('warning'),
  },
  {
    name: 'A marriage file without housing proof asks for it',
    case: variant(baseMarriageCase(), (c) => delete c.sponsor.housing),
    absent: [...HOUSING_IDS],
    expect: (r) => {
      const missing = only(r, 'MISSING.sponsor.housing.proof');
      expect(missing).toHaveLength(1);
      expect(missing[0]!.params.neededBy).toBe('HOUSING.PROOF_INVALID');
    },
  },
  {
    name: 'Cohabitation files are checked the same way',
    case: variant(baseMarriageCase(), (c) => {
      c.caseType = 'cohabitation';
      c.sponsor.housing.proof = 'none';
    }),
    produces: ['HOUSING.PROOF_INVALID'],
  },
];
