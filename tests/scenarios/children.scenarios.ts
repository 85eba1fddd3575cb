// Children travelling along: custody, the other parent's consent, descent and marital
// status (seed 003 child list, seed 004 "Documenten kind", seed 000 humanitarian list).
import { expect } from 'vitest';
import { formatter } from '../../src/i18n/format';
import { ruleMessage } from '../../src/rules/messages';
import type { RuleId } from '../../src/rules/catalogue';
import type { Finding, Report } from '../../src/rules/types';
import { baseChild, baseMarriageCase, variant } from './base';
import type { Scenario } from './scenario';

const CHILD_RULES: RuleId[] = ['CHILD.CUSTODY', 'CHILD.CONSENT', 'CHILD.NOT_OWN', 'CHILD.MARRIED'];

function finding(report: Report, rule: RuleId, person = 'children[0]'): Finding {
  const found = report.findings.find((f) => f.rule === rule && f.person === person);
  if (!found) throw new Error(`no ${rule} for ${person}: ${report.findings.map((f) => `${f.rule}/${f.person}`).join(', ')}`);
  return found;
}

function withChild(change: (child: Record<string, any>) => void, caseType = 'marriage') {
  return variant(baseMarriageCase(), (c) => {
    c.caseType = caseType;
    if (caseType === 'humanitarian') c.humanitarianSituation = 'partner-no-marriage';
    const child = baseChild();
    change(child);
    c.children = [child];
  });
}

export const scenarios: Scenario[] = [
  {
    name: 'Children: an own child under exclusive custody, unmarried, raises no child finding',
    case: withChild(() => {}),
    absent: CHILD_RULES,
    expect: (r) => expect(r.findings.filter((f) => f.rule.startsWith('MISSING.children')).map((f) => f.rule)).toEqual([]),
  },
  {
    name: 'Applicant without custody of the child',
    case: withChild((child) => {
      child.custody = 'none';
    }),
    produces: ['CHILD.CUSTODY'],
    absent: ['CHILD.CONSENT'],
    expect: (r) => {
      const f = finding(r, 'CHILD.CUSTODY');
      expect(f.severity).toBe('error');
      expect(f.message).toMatch(/^Yasmine: the applicant has no custody of this child/);
      expect(ruleMessage(f.rule, 'fr')(f.params, formatter('fr'))).toMatch(/^Yasmine\u202f: le demandeur n’a pas le droit de garde/);
    },
  },
  {
    name: "Shared custody without the other parent's consent",
    case: withChild((child) => {
      child.custody = 'shared';
    }),
    produces: ['CHILD.CONSENT'],
    absent: ['CHILD.CUSTODY'],
    expect: (r) => expect(finding(r, 'CHILD.CONSENT').message).toContain('official document or court decision confirming that the other parent has disappeared'),
  },
  {
    name: "Shared custody with the other parent's consent",
    case: withChild((child) => {
      child.custody = 'shared';
      child.otherParentConsent = true;
    }),
    absent: ['CHILD.CONSENT', 'CHILD.CUSTODY'],
  },
  {
    name: 'Foster child: not eligible, the humanitarian visa is pointed to',
    case: withChild((child) => {
      child.relation = 'foster';
      child.custody = 'none';
    }),
    produces: ['CHILD.NOT_OWN'],
    absent: ['CHILD.CUSTODY'],
    expect: (r) => {
      const f = finding(r, 'CHILD.NOT_OWN');
      expect(f.message).toContain('A humanitarian visa may be possible');
      expect(ruleMessage(f.rule, 'nl')(f.params, formatter('nl'))).toContain('kan niet meereizen met dit visum. Een humanitair visum is wel mogelijk;');
      expect(ruleMessage(f.rule, 'fr')(f.params, formatter('fr'))).toContain('ne peut pas vous accompagner avec ce visa. Un visa humanitaire est possible\u202f;');
    },
  },
  {
    name: 'Child under foreign guardianship: not eligible',
    case: withChild((child) => {
      child.relation = 'guardianship';
    }),
    produces: ['CHILD.NOT_OWN'],
  },
  {
    name: 'Adopted child: eligible like an own child',
    case: withChild((child) => {
      child.relation = 'adopted';
    }),
    absent: ['CHILD.NOT_OWN'],
  },
  {
    name: 'Married child cannot travel along',
    case: withChild((child) => {
      child.maritalStatus = 'married';
    }),
    produces: ['CHILD.MARRIED'],
    expect: (r) => expect(finding(r, 'CHILD.MARRIED').message).toBe('Yasmine is married: only an unmarried child can travel along.'),
  },
  {
    name: 'Divorced child counts as unmarried (seed 004 accepts a divorce judgment)',
    case: withChild((child) => {
      child.maritalStatus = 'divorced';
    }),
    absent: ['CHILD.MARRIED'],
  },
  {
    name: 'Child without relation, custody or marital status: each field is asked for the rule that needs it',
    case: withChild((child) => {
      delete child.relation;
      delete child.custody;
      delete child.maritalStatus;
    }),
    produces: ['MISSING.children.relation', 'MISSING.children.custody', 'MISSING.children.maritalStatus'],
    absent: CHILD_RULES,
    expect: (r) => {
      const needed = Object.fromEntries(r.findings.filter((f) => f.rule.startsWith('MISSING.children')).map((f) => [f.rule, f.params.neededBy]));
      expect(needed).toEqual({
        'MISSING.children.relation': 'CHILD.NOT_OWN',
        'MISSING.children.custody': 'CHILD.CUSTODY',
        'MISSING.children.maritalStatus': 'CHILD.MARRIED',
      });
    },
  },
  {
    name: 'Cohabitation file: the same child rules apply',
    case: withChild((child) => {
      child.custody = 'none';
      child.maritalStatus = 'married';
    }, 'cohabitation'),
    produces: ['CHILD.CUSTODY', 'CHILD.MARRIED'],
  },
  {
    name: 'Humanitarian file: a de-facto (foster) child is not excluded, but shared custody still needs consent',
    case: withChild((child) => {
      child.relation = 'foster';
      child.custody = 'shared';
      child.maritalStatus = 'married';
    }, 'humanitarian'),
    produces: ['CHILD.CONSENT'],
    absent: ['CHILD.NOT_OWN', 'CHILD.MARRIED', 'CHILD.CUSTODY'],
  },
  {
    name: 'Second child: findings name the right child',
    case: variant(baseMarriageCase(), (c) => {
      c.children = [baseChild(), { ...baseChild(), givenNames: 'Adam', custody: 'none' }];
    }),
    produces: ['CHILD.CUSTODY'],
    expect: (r) => {
      expect(r.findings.filter((f) => f.rule === 'CHILD.CUSTODY').map((f) => f.person)).toEqual(['children[1]']);
      expect(finding(r, 'CHILD.CUSTODY', 'children[1]').message).toMatch(/^Adam:/);
    },
  },
];
