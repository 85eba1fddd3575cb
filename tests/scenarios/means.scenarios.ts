// Means of the partner in Belgium (seed 004; parameters.md "Income reference amount"),
// in pairs on both sides of each amount and of the reform of 18 August 2025.
import { expect } from 'vitest';
import { parseCaseValue } from '../../src/case/parse';
import { checkCase } from '../../src/rules/engine';
import type { Report } from '../../src/rules/types';
import { baseChild, baseMarriageCase, variant } from './base';
import type { Scenario } from './scenario';

const findingsOf = (report: Report, rule: string) => report.findings.filter((f) => f.rule === rule);
/** 1,500 salary and 700 family allowance. */
const familyAllowance = () =>
  variant(baseMarriageCase(), (c) => {
    c.sponsor.income = [
      { kind: 'employment-permanent', monthlyNet: 1500, since: '2020-01-01' },
      { kind: 'family-allowance', monthlyNet: 700 },
    ];
  });

const messageOf = (report: Report, rule: string): string => {
  const found = findingsOf(report, rule);
  expect(found, `expected one ${rule}`).toHaveLength(1);
  return found[0]!.message;
};

/** The base case checked on another day, with the partner's income set to one line. */
function earning(applicationDate: string, monthlyNet: number, change: (c: Record<string, any>) => void = () => {}) {
  return variant(baseMarriageCase(), (c) => {
    c.applicationDate = applicationDate;
    c.sponsor.income = [{ kind: 'employment-permanent', monthlyNet, since: '2020-01-01' }];
    change(c);
  });
}

const MEANS_IDS = ['MEANS.BELOW_REFERENCE', 'MEANS.EXCLUDED_INCOME', 'MEANS.UNSTABLE_INCOME', 'MEANS.SHORT_EVIDENCE', 'MEANS.OTHERS_INCOME', 'INS.SPONSOR_HEALTH'] as const;

export const scenarios: Scenario[] = [
  {
    name: 'The complete marriage file raises no means or health-insurance finding',
    case: baseMarriageCase(),
    absent: [...MEANS_IDS],
    expect: (r) => expect(r.findings.filter((f) => f.rule.startsWith('MISSING.sponsor'))).toEqual([]),
  },

  // 2024: 120 % of the leefloon = 2,089.55 (seed 004).
  {
    name: 'In June 2024 a partner earning exactly 2,089.55 a month reaches the reference amount',
    case: earning('2024-06-10', 2089.55),
    absent: ['MEANS.BELOW_REFERENCE'],
  },
  {
    name: 'In June 2024 a partner earning 2,089.54 a month is one cent below: warning, needs analysis, no refusal',
    case: earning('2024-06-10', 2089.54),
    produces: ['MEANS.BELOW_REFERENCE'],
    expect: (r) => {
      const f = findingsOf(r, 'MEANS.BELOW_REFERENCE')[0]!;
      expect(f.severity).toBe('warning');
      expect(f.message).toContain('€2,089.54');
      expect(f.message).toContain('€2,089.55');
      expect(f.message).toContain('1 May 2024');
      expect(f.message).toContain('not an automatic refusal');
      expect(f.message).toContain('needs analysis');
      expect(f.message).toContain('monthly income and expenses');
    },
  },
  // 2025 before the reform: 2,131.28.
  {
    name: 'In March 2025 a partner earning exactly 2,131.28 a month reaches the reference amount',
    case: earning('2025-03-10', 2131.28),
    absent: ['MEANS.BELOW_REFERENCE'],
  },
  {
    name: 'In March 2025 a partner earning 2,131.27 a month is below 2,131.28',
    case: earning('2025-03-10', 2131.27),
    produces: ['MEANS.BELOW_REFERENCE'],
    expect: (r) => expect(messageOf(r, 'MEANS.BELOW_REFERENCE')).toContain('€2,131.28'),
  },
  {
    name: 'Two income lines adding up to exactly 2,131.28 reach the amount (cents are added exactly)',
    case: variant(baseMarriageCase(), (c) => {
      c.sponsor.income = [
        { kind: 'employment-permanent', monthlyNet: 2031.1, since: '2020-01-01' },
        { kind: 'rental', monthlyNet: 100.18 },
      ];
    }),
    absent: ['MEANS.BELOW_REFERENCE'],
  },
  {
    name: 'The 2024 amount of 2,089.55 no longer suffices in March 2025',
    case: earning('2025-03-10', 2089.55),
    produces: ['MEANS.BELOW_REFERENCE'],
  },

  // Law of 18 July 2025, from 18 August 2025, and its transition (parameters.md, "Which income rule applies").
  {
    name: 'A non-EU partner earning 2,200 on 17 August 2025 still meets the 120 % amount (2,131.28): old rule, before the reform',
    case: earning('2025-08-17', 2200, (c) => (c.sponsor.status = 'non-eu')),
    produces: ['MEANS.REFERENCE_RULE'],
    absent: ['MEANS.BELOW_REFERENCE', 'MEANS.REFORM_UNCERTAIN'],
    expect: (r) => {
      const f = findingsOf(r, 'MEANS.REFERENCE_RULE')[0]!;
      expect(f.severity).toBe('info');
      expect(f.params.row).toBe('before-reform');
      expect(f.message).toBe('Reference amount for the means: €2,131.28 net a month (120 % of the leefloon, category person with a family to support, amount since 1 Feb 2025). Why this rule: the application is dated before 18 Aug 2025, when the law of 18 July 2025 took effect.');
      expect(r.findings.some((x) => x.rule === 'MISSING.sponsor.residenceSince')).toBe(false);
    },
  },
  {
    name: 'Non-EU partner resident since 17 August 2025, applying on 1 September 2025: old rule, 2,200 suffices',
    case: earning('2025-09-01', 2200, (c) => {
      c.sponsor.status = 'non-eu';
      c.sponsor.residenceSince = '2025-08-17';
    }),
    produces: ['MEANS.REFERENCE_RULE'],
    absent: ['MEANS.BELOW_REFERENCE', 'MEANS.REFORM_UNCERTAIN'],
    expect: (r) => {
      const f = findingsOf(r, 'MEANS.REFERENCE_RULE')[0]!;
      expect(f.params.row).toBe('residence-before');
      expect(f.params.reference).toBe(2131.28);
      expect(f.message).toContain('since 17 Aug 2025, before 18 Aug 2025: the old rule stays for applications filed before 18 Aug 2027');
    },
  },
  {
    name: 'Non-EU partner resident since 18 August 2025, applying on 1 September 2025: new rule, 2,200 is below 110 % of the GGMMI (2,323.08)',
    case: earning('2025-09-01', 2200, (c) => {
      c.sponsor.status = 'non-eu';
      c.sponsor.residenceSince = '2025-08-18';
    }),
    produces: ['MEANS.REFERENCE_RULE', 'MEANS.BELOW_REFERENCE'],
    absent: ['MEANS.REFORM_UNCERTAIN'],
    expect: (r) => {
      expect(findingsOf(r, 'MEANS.REFERENCE_RULE')[0]!.params.row).toBe('residence-after');
      const m = messageOf(r, 'MEANS.BELOW_REFERENCE');
      expect(m).toContain('€2,323.08');
      expect(m).toContain('110 %');
      expect(m).not.toContain('additional persons');
    },
  },
  {
    name: 'A non-EU partner resident since 2020 applying on 18 August 2025, the reform’s first day: the old rule stays (admitted before the reform)',
    case: earning('2025-08-18', 2200, (c) => {
      c.sponsor.status = 'non-eu';
      c.sponsor.residenceSince = '2020-01-01';
    }),
    produces: ['MEANS.REFERENCE_RULE'],
    absent: ['MEANS.BELOW_REFERENCE', 'MEANS.REFORM_UNCERTAIN'],
    expect: (r) => expect(findingsOf(r, 'MEANS.REFERENCE_RULE')[0]!.params).toMatchObject({ row: 'residence-before', reference: 2131.28 }),
  },
  {
    name: 'A non-EU partner resident since 18 August 2025 applying that same day: the new rule, 2,200 is below 2,323.08',
    case: earning('2025-08-18', 2200, (c) => {
      c.sponsor.status = 'non-eu';
      c.sponsor.residenceSince = '2025-08-18';
    }),
    produces: ['MEANS.REFERENCE_RULE', 'MEANS.BELOW_REFERENCE'],
    expect: (r) => {
      expect(findingsOf(r, 'MEANS.REFERENCE_RULE')[0]!.params.row).toBe('residence-after');
      expect(findingsOf(r, 'MEANS.BELOW_REFERENCE')[0]!.params.reference).toBe(2323.08);
    },
  },
  {
    name: 'Non-EU partner without a residence date after the reform: both amounts named, the date asked for, judged by the new rule; 2,200 lies between them',
    case: earning('2025-09-01', 2200, (c) => (c.sponsor.status = 'non-eu')),
    produces: ['MEANS.REFERENCE_RULE', 'MEANS.REFORM_UNCERTAIN', 'MEANS.BELOW_REFERENCE'],
    expect: (r) => {
      const rule = findingsOf(r, 'MEANS.REFERENCE_RULE')[0]!;
      expect(rule.params.row).toBe('residence-unknown');
      expect(rule.message).toContain('€2,323.08');
      expect(rule.message).toContain('€2,131.28');
      const missing = r.findings.filter((f) => f.rule === 'MISSING.sponsor.residenceSince');
      expect(missing).toHaveLength(1);
      expect(missing[0]!.severity).toBe('warning');
      const uncertain = findingsOf(r, 'MEANS.REFORM_UNCERTAIN')[0]!;
      expect(uncertain.severity).toBe('warning');
      expect(uncertain.params.between).toBe('rules');
      expect(uncertain.message).toBe('The counted income of €2,200.00 a month reaches €2,131.28 but not €2,323.08: one amount follows from the old rule, the other from the new one, and which applies depends on the day the partner got the residence right. Add that date.');
    },
  },
  {
    name: 'Non-EU partner without a residence date earning 2,323.08 meets both rules: no uncertainty, only the date asked for',
    case: earning('2025-09-01', 2323.08, (c) => (c.sponsor.status = 'non-eu')),
    produces: ['MEANS.REFERENCE_RULE'],
    absent: ['MEANS.REFORM_UNCERTAIN', 'MEANS.BELOW_REFERENCE'],
  },
  {
    name: 'Non-EU partner without a residence date earning 2,131.27 meets neither rule: below, not uncertain',
    case: earning('2025-09-01', 2131.27, (c) => (c.sponsor.status = 'non-eu')),
    produces: ['MEANS.BELOW_REFERENCE'],
    absent: ['MEANS.REFORM_UNCERTAIN'],
  },
  {
    name: 'Non-EU partner resident since 18 August 2025, household of 2 and one child along: base + 2 × 211.19 = 2,745.46; 2,745.45 is below',
    case: earning('2025-09-01', 2745.45, (c) => {
      c.sponsor.status = 'non-eu';
      c.sponsor.residenceSince = '2025-08-18';
      c.sponsor.householdSize = 2;
      c.children = [baseChild()];
    }),
    produces: ['MEANS.BELOW_REFERENCE'],
    absent: ['MEANS.REFORM_UNCERTAIN'],
    expect: (r) => {
      const f = findingsOf(r, 'MEANS.BELOW_REFERENCE')[0]!;
      expect(f.params.reference).toBe(2745.46);
      expect(f.params.additionalPersons).toBe(2);
      expect(f.message).toContain('€2,745.46');
      expect(f.message).toContain('2 × €211.19');
      expect(f.message).toContain('law of 18 July 2025');
    },
  },
  {
    name: 'Income exactly at the 211.19 reading (2,745.46): reaches the amount, but not the 232.31 reading (2,787.70): uncertain',
    case: earning('2025-09-01', 2745.46, (c) => {
      c.sponsor.status = 'non-eu';
      c.sponsor.residenceSince = '2025-08-18';
      c.sponsor.householdSize = 2;
      c.children = [baseChild()];
    }),
    produces: ['MEANS.REFORM_UNCERTAIN'],
    absent: ['MEANS.BELOW_REFERENCE'],
    expect: (r) => {
      const f = findingsOf(r, 'MEANS.REFORM_UNCERTAIN')[0]!;
      expect(f.params.between).toBe('supplement');
      expect(f.message).toContain('€2,745.46');
      expect(f.message).toContain('€2,787.70');
      expect(f.message).toContain('published example');
    },
  },
  {
    name: 'Income exactly at the 232.31 reading (2,787.70) meets both readings of the supplement',
    case: earning('2025-09-01', 2787.7, (c) => {
      c.sponsor.status = 'non-eu';
      c.sponsor.residenceSince = '2025-08-18';
      c.sponsor.householdSize = 2;
      c.children = [baseChild()];
    }),
    absent: ['MEANS.BELOW_REFERENCE', 'MEANS.REFORM_UNCERTAIN'],
  },
  {
    name: 'A partner with international protection since the reform needs the new amount',
    case: earning('2025-09-01', 2300, (c) => {
      c.sponsor.status = 'protection';
      c.sponsor.residenceSince = '2025-10-01';
    }),
    produces: ['MEANS.BELOW_REFERENCE'],
    expect: (r) => expect(findingsOf(r, 'MEANS.BELOW_REFERENCE')[0]!.params.reference).toBe(2323.08),
  },
  {
    name: 'A Belgian partner applying on 17 August 2027 keeps the 120 % amount (transition)',
    case: earning('2027-08-17', 2131.27),
    produces: ['MEANS.BELOW_REFERENCE', 'MEANS.REFERENCE_RULE'],
    expect: (r) => {
      expect(findingsOf(r, 'MEANS.REFERENCE_RULE')[0]!.params.row).toBe('belgian');
      expect(findingsOf(r, 'MEANS.REFERENCE_RULE')[0]!.message).toContain('applications filed before 18 Aug 2027 with a Belgian partner keep the old rule');
      expect(messageOf(r, 'MEANS.BELOW_REFERENCE')).toContain('€2,131.28');
      expect(r.findings.some((x) => x.rule === 'MISSING.sponsor.residenceSince')).toBe(false);
    },
  },
  {
    name: 'A Belgian partner applying on 18 August 2027 is judged by the new rule: 2,200 is below 2,323.08',
    case: earning('2027-08-18', 2200),
    produces: ['MEANS.BELOW_REFERENCE', 'MEANS.REFERENCE_RULE'],
    expect: (r) => {
      const rule = findingsOf(r, 'MEANS.REFERENCE_RULE')[0]!;
      expect(rule.params.row).toBe('transition-over');
      expect(rule.message).toContain('after the transition (from 18 Aug 2027): the new rule applies to every partner');
      expect(findingsOf(r, 'MEANS.BELOW_REFERENCE')[0]!.params.reference).toBe(2323.08);
    },
  },
  {
    name: 'A non-EU partner resident since 17 August 2025 applying on 17 August 2027 keeps the 120 % amount (transition)',
    case: earning('2027-08-17', 2200, (c) => {
      c.sponsor.status = 'non-eu';
      c.sponsor.residenceSince = '2025-08-17';
    }),
    produces: ['MEANS.REFERENCE_RULE'],
    absent: ['MEANS.BELOW_REFERENCE', 'MEANS.REFORM_UNCERTAIN'],
    expect: (r) => expect(findingsOf(r, 'MEANS.REFERENCE_RULE')[0]!.params).toMatchObject({ row: 'residence-before', reference: 2131.28 }),
  },
  {
    name: 'A non-EU partner resident since 17 August 2025 applying on 18 August 2027 is judged by the new rule: 2,200 is below 2,323.08',
    case: earning('2027-08-18', 2200, (c) => {
      c.sponsor.status = 'non-eu';
      c.sponsor.residenceSince = '2025-08-17';
    }),
    produces: ['MEANS.REFERENCE_RULE', 'MEANS.BELOW_REFERENCE'],
    absent: ['MEANS.REFORM_UNCERTAIN'],
    expect: (r) => {
      expect(findingsOf(r, 'MEANS.REFERENCE_RULE')[0]!.params.row).toBe('transition-over');
      expect(findingsOf(r, 'MEANS.BELOW_REFERENCE')[0]!.params.reference).toBe(2323.08);
    },
  },
  {
    name: 'A Belgian partner after the reform earning exactly 2,131.28 reaches the kept amount',
    case: earning('2025-09-01', 2131.28),
    absent: ['MEANS.BELOW_REFERENCE', 'MEANS.REFORM_UNCERTAIN'],
  },
  {
    name: 'An EU partner during the transition is judged like a Belgian partner, and the message says so',
    case: earning('2025-09-01', 2000, (c) => (c.sponsor.status = 'eu')),
    produces: ['MEANS.BELOW_REFERENCE'],
    expect: (r) => {
      expect(findingsOf(r, 'MEANS.BELOW_REFERENCE')[0]!.params.reference).toBe(2131.28);
      expect(messageOf(r, 'MEANS.REFERENCE_RULE')).toContain('the sources do not name an EU partner');
    },
  },
  {
    name: 'Cohabitation after the reform without the partner’s status: the amount cannot be chosen, the status is asked for',
    case: earning('2025-09-01', 2000, (c) => {
      c.caseType = 'cohabitation';
      delete c.sponsor.status;
    }),
    absent: ['MEANS.BELOW_REFERENCE', 'MEANS.REFERENCE_RULE'],
    expect: (r) => {
      const missing = r.findings.filter((f) => f.rule === 'MISSING.sponsor.status' && f.params.neededBy === 'MEANS.REFERENCE_RULE');
      expect(missing).toHaveLength(1);
      expect(missing[0]!.severity).toBe('warning');
    },
  },
  {
    name: 'A humanitarian file has no income reference amount',
    case: variant(baseMarriageCase(), (c) => {
      c.caseType = 'humanitarian';
      c.humanitarianSituation = 'partner-no-marriage';
    }),
    absent: ['MEANS.REFERENCE_RULE', 'MEANS.REFORM_UNCERTAIN', 'MEANS.BELOW_REFERENCE'],
  },

  // Excluded and unstable income (seed 004).
  {
    name: 'Leefloon next to a sufficient salary is named as excluded but the salary alone suffices',
    case: variant(baseMarriageCase(), (c) => c.sponsor.income.push({ kind: 'leefloon', monthlyNet: 500 })),
    produces: ['MEANS.EXCLUDED_INCOME'],
    absent: ['MEANS.BELOW_REFERENCE'],
    expect: (r) => expect(messageOf(r, 'MEANS.EXCLUDED_INCOME')).toBe('Leefloon (integration income) (€500.00 a month) is excluded by the Residence Act and does not count towards the partner’s means.'),
  },
  {
    name: 'Family allowance is not counted: 1,500 salary + 700 family allowance is below 2,131.28',
    case: familyAllowance(),
    produces: ['MEANS.EXCLUDED_INCOME', 'MEANS.BELOW_REFERENCE'],
    expect: (r) => {
      expect(findingsOf(r, 'MEANS.BELOW_REFERENCE')[0]!.params.counted).toBe(1500);
      // The French sentence agrees with a feminine plural and names the law by its date.
      const parsed = parseCaseValue(familyAllowance());
      if (!parsed.ok) throw new Error('scenario case does not parse');
      const fr = messageOf(checkCase(parsed.value, { today: '2025-03-10', lang: 'fr' }), 'MEANS.EXCLUDED_INCOME');
      expect(fr).toMatch(/^Allocations familiales \(700,00\s€ par mois\) sont exclues par la loi du 15 décembre 1980 et ne comptent pas /);
    },
  },
  {
    name: 'Social assistance, waiting and bridging allowances are each excluded',
    case: variant(baseMarriageCase(), (c) => {
      c.sponsor.income.push({ kind: 'social-assistance', monthlyNet: 100 }, { kind: 'waiting-allowance', monthlyNet: 100 }, { kind: 'bridging-allowance', monthlyNet: 100 });
    }),
    expect: (r) => expect(findingsOf(r, 'MEANS.EXCLUDED_INCOME').map((f) => f.params.kind)).toEqual(['social-assistance', 'waiting-allowance', 'bridging-allowance']),
  },
  {
    name: 'Unemployment benefit without proof of job search is not counted',
    case: earning('2025-03-10', 2200, (c) => (c.sponsor.income = [{ kind: 'unemployment', monthlyNet: 2200 }])),
    produces: ['MEANS.EXCLUDED_INCOME', 'MEANS.BELOW_REFERENCE'],
    expect: (r) => expect(messageOf(r, 'MEANS.EXCLUDED_INCOME')).toContain('active search for work'),
  },
  {
    name: 'Unemployment benefit with proof of active job search counts',
    case: earning('2025-03-10', 2200, (c) => (c.sponsor.income = [{ kind: 'unemployment-job-seeking', monthlyNet: 2200 }])),
    absent: ['MEANS.EXCLUDED_INCOME', 'MEANS.BELOW_REFERENCE'],
  },
  {
    name: 'Interim work since 11 March 2024 has not lasted a year on 10 March 2025',
    case: variant(baseMarriageCase(), (c) => (c.sponsor.income = [{ kind: 'interim', monthlyNet: 2600, since: '2024-03-11' }])),
    produces: ['MEANS.UNSTABLE_INCOME'],
    absent: ['MEANS.BELOW_REFERENCE'],
    expect: (r) => {
      const m = messageOf(r, 'MEANS.UNSTABLE_INCOME');
      expect(m).toContain('11 Mar 2024');
      expect(m).toContain('11 Mar 2025');
    },
  },
  {
    name: 'Interim work since 10 March 2024 has lasted exactly one year on 10 March 2025',
    case: variant(baseMarriageCase(), (c) => (c.sponsor.income = [{ kind: 'interim', monthlyNet: 2600, since: '2024-03-10' }])),
    absent: ['MEANS.UNSTABLE_INCOME'],
  },
  {
    name: 'Interim work without a start date cannot show a year',
    case: variant(baseMarriageCase(), (c) => (c.sponsor.income = [{ kind: 'interim', monthlyNet: 2600 }])),
    produces: ['MEANS.UNSTABLE_INCOME'],
    expect: (r) => expect(messageOf(r, 'MEANS.UNSTABLE_INCOME')).toContain('no start date'),
  },
  {
    name: 'A temporary contract and an article 60 employment are flagged as unstable',
    case: variant(baseMarriageCase(), (c) => {
      c.sponsor.income = [
        { kind: 'employment-temporary', monthlyNet: 1300, since: '2019-01-01' },
        { kind: 'article-60', monthlyNet: 1300, since: '2019-01-01' },
      ];
    }),
    produces: ['MEANS.UNSTABLE_INCOME'],
    absent: ['MEANS.BELOW_REFERENCE'],
    expect: (r) => expect(findingsOf(r, 'MEANS.UNSTABLE_INCOME').map((f) => f.params.kind)).toEqual(['employment-temporary', 'article-60']),
  },

  {
    name: 'Income evidence over 11 months is short of the preferred 12',
    case: variant(baseMarriageCase(), (c) => (c.sponsor.incomeEvidenceMonths = 11)),
    produces: ['MEANS.SHORT_EVIDENCE'],
    expect: (r) => {
      const f = findingsOf(r, 'MEANS.SHORT_EVIDENCE')[0]!;
      expect(f.severity).toBe('info');
      expect(f.message).toBe('Income evidence covers 11 months; DVZ prefers proof of the last 12 months.');
    },
  },
  {
    name: 'Income of the applicant or third parties given: only the partner’s own means count',
    case: variant(baseMarriageCase(), (c) => (c.sponsor.otherIncomeGiven = true)),
    produces: ['MEANS.OTHERS_INCOME'],
  },
  {
    name: 'A partner without health insurance (mutuality) is an error',
    case: variant(baseMarriageCase(), (c) => (c.sponsor.healthInsurance = false)),
    produces: ['INS.SPONSOR_HEALTH'],
    expect: (r) => expect(findingsOf(r, 'INS.SPONSOR_HEALTH')[0]!.severity).toBe('error'),
  },
  {
    name: 'A file without the partner’s income or health insurance asks for them',
    case: variant(baseMarriageCase(), (c) => {
      delete c.sponsor.income;
      delete c.sponsor.healthInsurance;
    }),
    absent: ['MEANS.BELOW_REFERENCE', 'INS.SPONSOR_HEALTH'],
    expect: (r) => {
      const missing = r.findings.filter((f) => f.rule === 'MISSING.sponsor.income' || f.rule === 'MISSING.sponsor.healthInsurance');
      expect(missing.map((f) => [f.rule, f.severity, f.params.neededBy])).toEqual([
        ['MISSING.sponsor.healthInsurance', 'warning', 'INS.SPONSOR_HEALTH'],
        ['MISSING.sponsor.income', 'warning', 'MEANS.BELOW_REFERENCE'],
      ]);
    },
  },
  {
    name: 'A partner with no income lines at all has nothing counted',
    case: variant(baseMarriageCase(), (c) => (c.sponsor.income = [])),
    produces: ['MEANS.BELOW_REFERENCE'],
    expect: (r) => expect(findingsOf(r, 'MEANS.BELOW_REFERENCE')[0]!.params.counted).toBe(0),
  },
];
