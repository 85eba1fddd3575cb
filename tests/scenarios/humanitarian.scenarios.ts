// Humanitarian visa for family members (seed 000): one scenario per situation, and the
// points that depend on the sponsor's status, the post, mixed applications and urgency.
import { expect } from 'vitest';
import { parseCaseValue } from '../../src/case/parse';
import { checkCase } from '../../src/rules/engine';
import type { Report } from '../../src/rules/types';
import { variant } from './base';
import type { Scenario } from './scenario';

/** An adult daughter (22) of a non-EU father with a residence right in Belgium, applying at the competent post on 10 March 2025, fee paid. */
export function baseHumanitarianCase(): Record<string, any> {
  return {
    format: 'visa-case/1',
    id: 'base-humanitarian',
    label: 'Haddad – adult daughter',
    caseType: 'humanitarian',
    humanitarianSituation: 'adult-child',
    applicationDate: '2025-03-10',
    applyingAt: 'competent-post',
    urgentProtectionRisk: false,
    familyReunificationAlongside: false,
    applicant: {
      surname: 'Haddad',
      givenNames: 'Lina',
      birthDate: '2002-09-14',
      nationality: 'SY',
      sex: 'F',
      maritalStatus: 'unmarried',
      passport: { number: 'N01234567', issueDate: '2022-01-10', expiryDate: '2030-01-09', issuingCountry: 'SY' },
    },
    sponsor: {
      surname: 'Haddad',
      givenNames: 'Omar',
      birthDate: '1970-04-02',
      nationality: 'SY',
      status: 'non-eu',
      postalCode: '9000',
      healthInsurance: true,
      income: [{ kind: 'employment-permanent', monthlyNet: 2400, since: '2019-01-01' }],
      householdSize: 1,
    },
    children: [],
    documents: {
      medicalCertificate: { date: '2025-02-01' },
      criminalRecord: { date: '2025-02-01' },
      unmarriedCertificate: { date: '2025-01-10', language: 'en', legalised: true },
      birthCertificate: { language: 'en', legalised: true },
    },
    payment: { amountPaid: 236, communication: 'HaddadLinaSyrie14092002', paidOn: '2025-03-01', paidBy: 'applicant' },
  };
}

const situated = (situation: string, change: (c: Record<string, any>) => void = () => {}) =>
  variant(baseHumanitarianCase(), (c) => {
    c.humanitarianSituation = situation;
    change(c);
  });

const only = (report: Report, rule: string) => report.findings.filter((f) => f.rule === rule);
const one = (report: Report, rule: string) => {
  const found = only(report, rule);
  expect(found, `expected one ${rule}`).toHaveLength(1);
  return found[0]!;
};

/** Each situation's finding carries the situation and seed 000's rating, and says what to prove. */
const situationScenario = (situation: string, strength: string, phrases: string[], change?: (c: Record<string, any>) => void): Scenario => ({
  name: `Situation ${situation}: rated "${strength}", the message says what to prove`,
  case: situated(situation, change),
  produces: ['HUM.SITUATION'],
  expect: (r) => {
    const f = one(r, 'HUM.SITUATION');
    expect(f.severity).toBe('info');
    expect(f.params.situation).toBe(situation);
    expect(f.params.strength).toBe(strength);
    for (const phrase of phrases) expect(f.message).toContain(phrase);
    // 1–3 sentences in every language.
    const parsed = parseCaseValue(situated(situation, change));
    if (!parsed.ok) throw new Error('scenario case does not parse');
    for (const lang of ['nl', 'fr', 'en'] as const) {
      const message = one(checkCase(parsed.value, { today: '2025-03-10', lang }), 'HUM.SITUATION').message;
      expect(message.split(/[.!?]\s+(?=\p{Lu})/u).length, `${lang}: ${message}`).toBeLessThanOrEqual(3);
    }
  },
});

const HUM_CONDITIONAL = ['HUM.FAMILY_REUNIFICATION_ROUTE', 'HUM.MIXED_APPLICATION', 'HUM.WHERE_TO_APPLY', 'HUM.ASYLUM_CONSISTENCY', 'HUM.PRIORITY'] as const;

export const scenarios: Scenario[] = [
  {
    name: 'An adult daughter applying at the competent post: a favour assessed case by case, her situation, registering after arrival',
    case: baseHumanitarianCase(),
    produces: ['HUM.DISCRETIONARY', 'HUM.SITUATION', 'HUM.REGISTER'],
    absent: [...HUM_CONDITIONAL, 'MEANS.BELOW_REFERENCE', 'INS.SPONSOR_HEALTH', 'TIME.REGISTER', 'INFO.IMPEDIMENTS'],
    expect: (r) => {
      const discretionary = one(r, 'HUM.DISCRETIONARY').message;
      expect(discretionary).toContain('a favour, not a right');
      expect(discretionary).toContain('sufficient means of the family member in Belgium can also count');
      expect(discretionary).toContain('lawyer');
      expect(one(r, 'HUM.REGISTER').message).toBe('After arrival, register within 8 working days at the municipality where you live. You get a bijlage 15, then an A card after a positive residence check.');
      const mine = r.findings.filter((f) => /^(HUM|MEANS|HOUSING|TIME|INFO|INS)\./.test(f.rule) || f.rule.startsWith('MISSING.humanitarian'));
      expect(mine.filter((f) => f.severity !== 'info').map((f) => f.rule)).toEqual([]);
      expect(r.deadlines.filter((d) => d.rule.startsWith('HUM.'))).toEqual([]);
    },
  },
  {
    name: 'A humanitarian file with a low income and no housing proof: seed 000 sets no amount, so no means or housing finding',
    case: variant(baseHumanitarianCase(), (c) => {
      c.sponsor.income = [{ kind: 'leefloon', monthlyNet: 900 }];
      delete c.sponsor.healthInsurance;
    }),
    absent: ['MEANS.BELOW_REFERENCE', 'MEANS.EXCLUDED_INCOME', 'HOUSING.PROOF_INVALID'],
    expect: (r) => expect(r.findings.filter((f) => f.rule.startsWith('MISSING.sponsor.'))).toEqual([]),
  },
  {
    name: 'A humanitarian file without a situation asks for it',
    case: variant(baseHumanitarianCase(), (c) => delete c.humanitarianSituation),
    absent: ['HUM.SITUATION'],
    expect: (r) => {
      const f = one(r, 'MISSING.humanitarianSituation');
      expect(f.severity).toBe('warning');
      expect(f.params.neededBy).toBe('HUM.SITUATION');
    },
  },

  situationScenario('unrecognised-marriage', 'not-rated', ['de-facto relationship', 'common children', 'other valid proof']),
  situationScenario('no-marriage-proof', 'uncertain', ['Without any proof', 'much more uncertain', 'Common children']),
  situationScenario('second-order', 'exceptional', ['second order', 'family-reunification application itself']),
  situationScenario('partner-no-marriage', 'very-uncertain', ['even more uncertain', 'lasting relationship']),
  situationScenario('impossible-marriage', 'not-rated', ['LGBTIQ+', 'local law or practice']),
  situationScenario('minor-sibling-of-uam', 'good', ['good chances', 'half- or step-sibling']),
  situationScenario('adult-sibling-of-uam', 'higher-burden', ['burden of proof is higher', 'at the same time']),
  situationScenario('sibling-of-uam-without-parents', 'low', ['much lower', 'died or are missing']),
  situationScenario('adult-child', 'possible', ['original nuclear family', 'sufficient means (and housing)']),
  situationScenario('parent-of-adult-child', 'exceptional-vulnerability-only', ['exceptional vulnerability', 'old age']),
  situationScenario('de-facto-child', 'strong-file-needed', ['high burden of proof', 'recognised by the FCA']),
  situationScenario('other', 'open', ['different', 'general situation is not enough']),

  {
    name: 'Unrecognised religious marriage with a refugee partner: file as family reunification (B17, no fee) and check the asylum statements',
    case: situated('unrecognised-marriage', (c) => (c.sponsor.status = 'protection')),
    produces: ['HUM.FAMILY_REUNIFICATION_ROUTE', 'HUM.ASYLUM_CONSISTENCY'],
    expect: (r) => {
      const route = one(r, 'HUM.FAMILY_REUNIFICATION_ROUTE').message;
      expect(route).toContain('article 10');
      expect(route).toContain('without the fee');
      expect(route).toContain('B17 is issued instead of B11');
      expect(one(r, 'HUM.ASYLUM_CONSISTENCY').severity).toBe('warning');
    },
  },
  {
    name: 'Unrecognised religious marriage with a non-EU partner without protection: no family-reunification route',
    case: situated('unrecognised-marriage'),
    absent: ['HUM.FAMILY_REUNIFICATION_ROUTE', 'HUM.ASYLUM_CONSISTENCY'],
  },
  {
    name: 'Adult sibling applying with the parents’ family reunification: conditions for joint handling, at most 9 months (10 December 2025)',
    case: situated('adult-sibling-of-uam', (c) => {
      c.sponsor.status = 'protection';
      c.familyReunificationAlongside = true;
    }),
    produces: ['HUM.MIXED_APPLICATION'],
    expect: (r) => {
      const f = one(r, 'HUM.MIXED_APPLICATION');
      expect(f.message).toContain('living together, first-degree relatives');
      expect(f.message).toContain('travel to Belgium together');
      expect(f.message).toContain('long-stay bureau');
      expect(f.message).toContain('10 Dec 2025');
      expect(f.params.trigger).toBe('alongside');
      expect(f.message).toMatch(/^Family members apply for family reunification at the same time: /);
      expect(r.deadlines.filter((d) => d.rule === 'HUM.MIXED_APPLICATION').map((d) => d.date)).toEqual(['2025-12-10']);
    },
  },
  {
    name: 'A minor sibling’s mixed file in Dutch and French: the parents apply at the same time, the conditions, the long-stay bureau otherwise, 9 months',
    case: situated('minor-sibling-of-uam', (c) => (c.applicant.birthDate = '2010-05-01')),
    produces: ['HUM.MIXED_APPLICATION'],
    expect: () => {
      const parsed = parseCaseValue(situated('minor-sibling-of-uam', (c) => (c.applicant.birthDate = '2010-05-01')));
      if (!parsed.ok) throw new Error('scenario case does not parse');
      const nl = one(checkCase(parsed.value, { today: '2025-03-10', lang: 'nl' }), 'HUM.MIXED_APPLICATION').message;
      expect(nl).toMatch(/^Je ouders vragen tegelijk gezinshereniging aan: het bureau gezinshereniging van DVZ behandelt de dossiers samen/);
      expect(nl).toContain('samenwonen, verwant in de eerste graad');
      expect(nl).toContain('bureau lang verblijf');
      expect(nl).toContain('maximaal 9 maanden');
      const fr = one(checkCase(parsed.value, { today: '2025-03-10', lang: 'fr' }), 'HUM.MIXED_APPLICATION').message;
      expect(fr).toMatch(/^Vos parents demandent en même temps le regroupement familial\u202f: le bureau regroupement familial/);
      expect(fr).toContain('parents au premier degré');
      expect(fr).toContain('bureau long séjour');
      expect(fr).toContain('au maximum 9 mois');
    },
  },
  {
    name: 'Applying at another post with a residence right there: not a mixed file',
    case: variant(baseHumanitarianCase(), (c) => (c.applyingAt = 'other-post-legal-residence')),
    produces: ['HUM.WHERE_TO_APPLY'],
    absent: ['HUM.MIXED_APPLICATION'],
    expect: (r) => {
      const f = one(r, 'HUM.WHERE_TO_APPLY');
      expect(f.severity).toBe('warning');
      expect(f.message).toContain('not a short stay');
    },
  },
  {
    name: 'Applying at another post as a mixed application, the alongside box not ticked: a mixed file all the same, with its conditions and 9-month term',
    case: variant(baseHumanitarianCase(), (c) => (c.applyingAt = 'other-post-mixed')),
    produces: ['HUM.WHERE_TO_APPLY', 'HUM.MIXED_APPLICATION'],
    expect: (r) => {
      expect(one(r, 'HUM.WHERE_TO_APPLY').message).toContain('The file does not say that family members apply');
      const f = one(r, 'HUM.MIXED_APPLICATION');
      expect(f.params.trigger).toBe('other-post-mixed');
      expect(f.message).toMatch(/^You file a mixed application, at the same time as your family members’ family-reunification applications: /);
      expect(f.message).toContain('living together, first-degree relatives');
      expect(f.message).toContain('at most 9 months: 10 Dec 2025');
      expect(r.deadlines.filter((d) => d.rule === 'HUM.MIXED_APPLICATION').map((d) => d.date)).toEqual(['2025-12-10']);
    },
  },
  {
    name: 'A minor sibling of an unaccompanied minor: the parents apply at the same time, so the file is mixed (10 December 2025 at the latest)',
    case: situated('minor-sibling-of-uam', (c) => {
      c.applicant.birthDate = '2010-05-01';
      c.sponsor.status = 'protection';
    }),
    produces: ['HUM.MIXED_APPLICATION'],
    absent: ['HUM.WHERE_TO_APPLY'],
    expect: (r) => {
      const f = one(r, 'HUM.MIXED_APPLICATION');
      expect(f.params.trigger).toBe('minor-sibling-of-uam');
      expect(f.message).toMatch(/^Your parents apply for family reunification at the same time: /);
      expect(f.message).toContain('submit the visa applications at the same time and travel to Belgium together');
      expect(f.message).toContain('otherwise the long-stay bureau handles your file');
      expect(r.deadlines.filter((d) => d.rule === 'HUM.MIXED_APPLICATION').map((d) => d.date)).toEqual(['2025-12-10']);
      expect(one(r, 'HUM.SITUATION').message).toContain('whose parents apply for family reunification at the same time');
    },
  },
  {
    name: 'An adult sibling of an unaccompanied minor, nothing recorded about the parents applying: no mixed file',
    case: situated('adult-sibling-of-uam', (c) => (c.sponsor.status = 'protection')),
    absent: ['HUM.MIXED_APPLICATION'],
  },
  {
    name: 'Applying at another post as a mixed application with family members applying alongside',
    case: variant(baseHumanitarianCase(), (c) => {
      c.applyingAt = 'other-post-mixed';
      c.familyReunificationAlongside = true;
    }),
    produces: ['HUM.WHERE_TO_APPLY', 'HUM.MIXED_APPLICATION'],
    expect: (r) => expect(one(r, 'HUM.WHERE_TO_APPLY').message).not.toContain('The file does not say'),
  },
  {
    name: 'Applying at another post for a very exceptional reason',
    case: variant(baseHumanitarianCase(), (c) => (c.applyingAt = 'other-post-exceptional')),
    produces: ['HUM.WHERE_TO_APPLY'],
    expect: (r) => expect(one(r, 'HUM.WHERE_TO_APPLY').message).toContain('very exceptional'),
  },
  {
    name: 'Urgent protection risk claimed: priority can be asked, with proof of imminent harm',
    case: variant(baseHumanitarianCase(), (c) => (c.urgentProtectionRisk = true)),
    produces: ['HUM.PRIORITY'],
    expect: (r) => expect(one(r, 'HUM.PRIORITY').message).toContain('imminent harm'),
  },
  {
    name: 'Arrived Thursday 17 July 2025: 8 working days skip 21 July, register by 30 July',
    case: variant(baseHumanitarianCase(), (c) => (c.arrivalDate = '2025-07-17')),
    today: '2025-07-18',
    produces: ['HUM.REGISTER'],
    expect: (r) => {
      const f = one(r, 'HUM.REGISTER');
      expect(f.severity).toBe('info');
      expect(f.message).toContain('by 30 Jul 2025');
      expect(r.deadlines.filter((d) => d.rule === 'HUM.REGISTER')).toMatchObject([{ date: '2025-07-30', status: 'due' }]);
    },
  },
  {
    name: 'Arrived 17 July 2025, not yet registered on 30 July, the last working day: still due, no error',
    case: variant(baseHumanitarianCase(), (c) => (c.arrivalDate = '2025-07-17')),
    today: '2025-07-30',
    produces: ['HUM.REGISTER'],
    expect: (r) => {
      const f = one(r, 'HUM.REGISTER');
      expect(f.severity).toBe('info');
      expect(f.message).not.toContain('That day has passed');
      expect(r.deadlines.find((d) => d.rule === 'HUM.REGISTER')).toMatchObject({ date: '2025-07-30', status: 'due' });
    },
  },
  {
    name: 'Arrived 17 July 2025 and registered on 30 July: in time, a done step',
    case: variant(baseHumanitarianCase(), (c) => {
      c.arrivalDate = '2025-07-17';
      c.registrationDate = '2025-07-30';
    }),
    today: '2025-08-15',
    produces: ['HUM.REGISTER'],
    expect: (r) => {
      const f = one(r, 'HUM.REGISTER');
      expect(f.severity).toBe('info');
      expect(f.message).toBe('Registered on 30 Jul 2025, within the 8 working days from arrival on 17 Jul 2025 (30 Jul 2025).');
      expect(r.deadlines.find((d) => d.rule === 'HUM.REGISTER')).toMatchObject({ status: 'done', doneOn: '2025-07-30' });
    },
  },
  {
    name: 'Arrived 17 July 2025, not registered on 31 July: the day has passed after a recorded arrival, an error',
    case: variant(baseHumanitarianCase(), (c) => (c.arrivalDate = '2025-07-17')),
    today: '2025-07-31',
    produces: ['HUM.REGISTER'],
    expect: (r) => {
      const f = one(r, 'HUM.REGISTER');
      expect(f.severity).toBe('error');
      expect(f.message).toContain('That day has passed');
      expect(r.deadlines.find((d) => d.rule === 'HUM.REGISTER')).toMatchObject({ status: 'overdue', date: '2025-07-30' });
    },
  },
  {
    name: 'Arrival planned for 17 July 2025, nothing recorded on 31 July: a reminder, not an error',
    case: variant(baseHumanitarianCase(), (c) => (c.plannedArrivalDate = '2025-07-17')),
    today: '2025-07-31',
    produces: ['HUM.REGISTER'],
    expect: (r) => {
      const f = one(r, 'HUM.REGISTER');
      expect(f.severity).toBe('info');
      expect(f.message).toContain('The planned arrival has gone by: record the real arrival date');
      expect(r.deadlines.find((d) => d.rule === 'HUM.REGISTER')?.status).toBe('overdue');
    },
  },
  {
    name: 'A marriage file has no humanitarian finding',
    case: variant(baseHumanitarianCase(), (c) => {
      c.caseType = 'marriage';
      delete c.humanitarianSituation;
    }),
    absent: ['HUM.DISCRETIONARY', 'HUM.SITUATION', 'HUM.REGISTER'],
  },
];
