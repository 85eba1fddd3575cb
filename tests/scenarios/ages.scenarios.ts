// Ages of the partners and of children travelling along, on both sides of every birthday
// that matters (seeds 003, 004, 000; parameters.md "Ages").
import { expect } from 'vitest';
import { formatter } from '../../src/i18n/format';
import { ruleMessage } from '../../src/rules/messages';
import type { RuleId } from '../../src/rules/catalogue';
import type { Finding, Report } from '../../src/rules/types';
import { baseChild, baseMarriageCase, variant } from './base';
import type { Scenario } from './scenario';

const AGE_RULES: RuleId[] = ['AGE.APPLICANT_MIN', 'AGE.SPONSOR_MIN', 'AGE.CHILD_MAX', 'AGE.COHABITATION_EXCEPTION'];

function finding(report: Report, rule: RuleId, person = 'applicant'): Finding {
  const found = report.findings.find((f) => f.rule === rule && f.person === person);
  if (!found) throw new Error(`no ${rule} for ${person}: ${report.findings.map((f) => f.rule).join(', ')}`);
  return found;
}

function inLanguage(f: Finding, lang: 'nl' | 'fr'): string {
  return ruleMessage(f.rule, lang)(f.params, formatter(lang));
}

/** Marriage file (applied 10 March 2025) with the partner's status and the applicant's birth date changed. */
function marriage(status: string, applicantBirth: string) {
  return variant(baseMarriageCase(), (c) => {
    c.sponsor.status = status;
    c.applicant.birthDate = applicantBirth;
  });
}

function cohabitation(applicantBirth: string, livedTogether: boolean | undefined) {
  return variant(baseMarriageCase(), (c) => {
    c.caseType = 'cohabitation';
    c.applicant.birthDate = applicantBirth;
    if (livedTogether === undefined) delete c.cohabitedOneYearBeforeArrival;
    else c.cohabitedOneYearBeforeArrival = livedTogether;
  });
}

function withChildBorn(birthDate: string) {
  return variant(baseMarriageCase(), (c) => {
    c.children = [{ ...baseChild(), birthDate }];
  });
}

export const scenarios: Scenario[] = [
  {
    name: 'Ages: the complete marriage file raises no age finding and asks for no missing field',
    case: variant(baseMarriageCase(), (c) => {
      c.children = [baseChild()];
    }),
    absent: AGE_RULES,
    expect: (r) => expect(r.findings.filter((f) => f.rule.startsWith('MISSING.')).map((f) => f.rule)).toEqual([]),
  },
  {
    name: 'Non-EU partner: an applicant who turns 21 on the application date may apply',
    case: marriage('non-eu', '2004-03-10'),
    absent: ['AGE.APPLICANT_MIN'],
  },
  {
    name: 'Non-EU partner: an applicant who turns 21 the day after the application is too young, and the birthday is named',
    case: marriage('non-eu', '2004-03-11'),
    produces: ['AGE.APPLICANT_MIN'],
    absent: ['AGE.SPONSOR_MIN'],
    expect: (r) => {
      const f = finding(r, 'AGE.APPLICANT_MIN');
      expect(f.severity).toBe('error');
      expect(f.message).toBe(
        'The applicant is 20 on 10 Mar 2025; for a marriage with a partner who is a non-EU national both partners must be at least 21. The applicant turns 21 on 11 Mar 2025: do not apply before that day.',
      );
      expect(inLanguage(f, 'nl')).toContain('wordt 21 op 11 mrt 2025');
      expect(inLanguage(f, 'fr')).toContain('aura 21 ans le 11 mars 2025');
    },
  },
  {
    name: 'Belgian partner: an applicant of 20 is old enough (minimum 18)',
    case: marriage('belgian', '2004-03-11'),
    absent: ['AGE.APPLICANT_MIN'],
  },
  {
    name: 'Belgian partner: an applicant who turns 18 the day after the application is too young',
    case: marriage('belgian', '2007-03-11'),
    produces: ['AGE.APPLICANT_MIN'],
    expect: (r) => {
      const f = finding(r, 'AGE.APPLICANT_MIN');
      expect(f.params).toMatchObject({ min: 18, age: 17, reachesOn: '2025-03-11' });
      expect(f.message).toContain('turns 18 on 11 Mar 2025');
    },
  },
  {
    name: 'Applicant born on 29 February: with a non-EU partner she reaches 21 on 1 March in a common year',
    case: variant(marriage('non-eu', '2004-02-29'), (c) => {
      c.applicationDate = '2025-02-28';
    }),
    produces: ['AGE.APPLICANT_MIN'],
    expect: (r) => expect(finding(r, 'AGE.APPLICANT_MIN').message).toContain('turns 21 on 1 Mar 2025'),
  },
  {
    name: 'Non-EU partner of 20 in Belgium is too young; the message names the 21st birthday',
    case: variant(marriage('non-eu', '1990-03-15'), (c) => {
      c.sponsor.birthDate = '2004-06-30';
    }),
    produces: ['AGE.SPONSOR_MIN'],
    absent: ['AGE.APPLICANT_MIN'],
    expect: (r) => {
      const f = finding(r, 'AGE.SPONSOR_MIN', 'sponsor');
      expect(f.message).toContain('The partner in Belgium is 20 on 10 Mar 2025');
      expect(f.message).toContain('turns 21 on 30 Jun 2025');
    },
  },
  {
    name: 'Non-EU partner in Belgium who turns 21 on the application date is old enough',
    case: variant(marriage('non-eu', '1990-03-15'), (c) => {
      c.sponsor.birthDate = '2004-03-10';
    }),
    absent: ['AGE.SPONSOR_MIN'],
  },
  {
    name: 'EU-citizen partner: the Belgian minimum of 18 is applied and the message says it is a choice',
    case: marriage('eu', '2007-03-11'),
    produces: ['AGE.APPLICANT_MIN'],
    expect: (r) => {
      const f = finding(r, 'AGE.APPLICANT_MIN');
      expect(f.params.min).toBe(18);
      expect(f.message).toContain('the sources name only Belgian and non-EU partners');
    },
  },
  {
    name: 'EU-citizen partner: an applicant of 19 is old enough',
    case: marriage('eu', '2005-06-01'),
    absent: ['AGE.APPLICANT_MIN'],
  },
  {
    name: 'Partner with international protection: the non-EU minimum of 21 is applied to an applicant of 20',
    case: marriage('protection', '2004-03-11'),
    produces: ['AGE.APPLICANT_MIN'],
    expect: (r) => {
      const f = finding(r, 'AGE.APPLICANT_MIN');
      expect(f.params.min).toBe(21);
      expect(f.message).toContain('international protection');
    },
  },
  {
    name: 'Marriage with the partner status not given: only the lowest minimum (18) is applied, and the status is asked',
    case: variant(marriage('belgian', '2004-03-11'), (c) => {
      delete c.sponsor.status;
    }),
    produces: ['MISSING.sponsor.status'],
    absent: ['AGE.APPLICANT_MIN'],
    expect: (r) => {
      const f = finding(r, 'MISSING.sponsor.status', 'sponsor');
      expect(f.severity).toBe('warning');
      expect(f.message).toBe('Missing from the file: sponsor.status (needed to check AGE.SPONSOR_MIN).');
    },
  },
  {
    name: 'Cohabitation, applicant of 19 after a year of living together: the 18 limit applies and proof is asked',
    case: cohabitation('2005-06-01', true),
    produces: ['AGE.COHABITATION_EXCEPTION'],
    absent: ['AGE.APPLICANT_MIN', 'AGE.SPONSOR_MIN'],
    expect: (r) => {
      const f = finding(r, 'AGE.COHABITATION_EXCEPTION', 'case');
      expect(f.severity).toBe('info');
      expect(f.message).toContain('the minimum age is then 18 instead of 21 (the applicant turns 21 on 1 Jun 2026)');
      expect(f.message).toContain('Add proof of that year of living together');
    },
  },
  {
    name: 'Cohabitation, applicant of 19 without a year of living together: too young, and the lower limit is explained',
    case: cohabitation('2005-06-01', false),
    produces: ['AGE.APPLICANT_MIN'],
    absent: ['AGE.COHABITATION_EXCEPTION'],
    expect: (r) => {
      const f = finding(r, 'AGE.APPLICANT_MIN');
      expect(f.params.min).toBe(21);
      expect(f.message).toContain('turns 21 on 1 Jun 2026');
      expect(f.message).toContain('The minimum is 18 if you lived together for at least one year before the arrival in Belgium');
    },
  },
  {
    name: 'Cohabitation, applicant of 19, living together not stated: the field is asked',
    case: cohabitation('2005-06-01', undefined),
    produces: ['MISSING.cohabitedOneYearBeforeArrival', 'AGE.APPLICANT_MIN'],
    absent: ['AGE.COHABITATION_EXCEPTION'],
  },
  {
    name: 'Cohabitation, both partners 21 or older: no exception needed even when living together is claimed',
    case: cohabitation('1990-03-15', true),
    absent: ['AGE.COHABITATION_EXCEPTION', 'AGE.APPLICANT_MIN', 'MISSING.cohabitedOneYearBeforeArrival'],
  },
  {
    name: 'Cohabitation after a year of living together, applicant of 17: still under the 18 limit',
    case: cohabitation('2007-06-01', true),
    produces: ['AGE.APPLICANT_MIN'],
    absent: ['AGE.COHABITATION_EXCEPTION'],
    expect: (r) => expect(finding(r, 'AGE.APPLICANT_MIN').message).toContain('turns 18 on 1 Jun 2025'),
  },
  {
    name: 'A child who turns 18 on the application date can no longer travel along',
    case: withChildBorn('2007-03-10'),
    produces: ['AGE.CHILD_MAX'],
    expect: (r) => {
      const f = finding(r, 'AGE.CHILD_MAX', 'children[0]');
      expect(f.message).toContain('Yasmine turned 18 on 10 Mar 2025; on the application date (10 Mar 2025) only children under 18 can travel along');
      expect(f.message).toContain('humanitarian visa');
      expect(inLanguage(f, 'nl')).toContain('humanitair visum');
    },
  },
  {
    name: 'A child who turns 18 the day after the application can still travel along',
    case: withChildBorn('2007-03-11'),
    absent: ['AGE.CHILD_MAX'],
  },
  {
    name: 'Humanitarian file: no minimum age for a minor applicant or the family member, but an adult child is flagged',
    case: variant(baseMarriageCase(), (c) => {
      c.caseType = 'humanitarian';
      c.humanitarianSituation = 'minor-sibling-of-uam';
      c.applicant.birthDate = '2010-01-01';
      c.sponsor.status = 'protection';
      c.sponsor.birthDate = '2009-01-01';
      c.children = [{ ...baseChild(), birthDate: '2005-01-01' }];
    }),
    produces: ['AGE.CHILD_MAX'],
    absent: ['AGE.APPLICANT_MIN', 'AGE.SPONSOR_MIN', 'AGE.COHABITATION_EXCEPTION'],
  },
  {
    name: 'Marriage file without the applicant birth date: the date is asked once, though age and fee both need it',
    case: variant(baseMarriageCase(), (c) => {
      delete c.applicant.birthDate;
    }),
    produces: ['MISSING.applicant.birthDate'],
    absent: ['AGE.APPLICANT_MIN'],
    expect: (r) => {
      const asked = r.findings.filter((x) => x.rule === 'MISSING.applicant.birthDate');
      expect(asked).toHaveLength(1);
      const f = asked[0]!;
      expect(f.severity).toBe('warning');
      expect(inLanguage(f, 'nl')).toBe(`Ontbreekt in het dossier: applicant.birthDate (nodig voor de controle ${f.params.neededBy}).`);
    },
  },
  {
    name: 'A child without a birth date: the exact field is named',
    case: variant(baseMarriageCase(), (c) => {
      const child = baseChild();
      delete child.birthDate;
      c.children = [baseChild(), child];
    }),
    produces: ['MISSING.children.birthDate'],
    absent: ['AGE.CHILD_MAX'],
    expect: (r) => expect(finding(r, 'MISSING.children.birthDate', 'children[1]').message).toContain('children[1].birthDate'),
  },
];
