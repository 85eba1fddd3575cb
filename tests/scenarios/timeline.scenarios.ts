// The timeline after a marriage or cohabitation visa D (seeds 003 and 004), with the
// registration deadline over Easter Monday and over 21 July.
import { expect } from 'vitest';
import { parseCaseValue } from '../../src/case/parse';
import { checkCase } from '../../src/rules/engine';
import { formatter } from '../../src/i18n/format';
import { ruleMessage } from '../../src/rules/messages';
import type { Finding, Report } from '../../src/rules/types';
import { baseMarriageCase, variant } from './base';
import type { Scenario } from './scenario';

const only = (report: Report, rule: string) => report.findings.filter((f) => f.rule === rule);
const one = (report: Report, rule: string) => {
  const found = only(report, rule);
  expect(found, `expected one ${rule}`).toHaveLength(1);
  return found[0]!;
};
/** A finding's message in Dutch or French. */
const inLang = (f: Finding, lang: 'nl' | 'fr') => ruleMessage(f.rule, lang)(f.params, formatter(lang));
/** The TIME.* entries of the deadlines list still to do, as `RULE date`. */
const timeDeadlines = (report: Report) => report.deadlines.filter((d) => d.rule.startsWith('TIME.') && d.status !== 'done').map((d) => `${d.rule} ${d.date}`);
/** Every TIME.* entry of the deadlines list with its status, as `RULE date status [doneOn]`. */
const path = (report: Report) => report.deadlines.filter((d) => d.rule.startsWith('TIME.')).map((d) => [d.rule, d.date, d.status, d.doneOn].filter(Boolean).join(' '));

/** Arrived on Thursday 17 April 2025, three days before Easter (Easter Monday 21 April). */
const arrivedBeforeEaster = (change: (c: Record<string, any>) => void = () => {}) =>
  variant(baseMarriageCase(), (c) => {
    c.arrivalDate = '2025-04-17';
    change(c);
  });

/** Arrived on Monday 14 July 2025; 21 July is a public holiday. */
const arrivedBeforeNationalDay = (change: (c: Record<string, any>) => void = () => {}) =>
  variant(baseMarriageCase(), (c) => {
    c.arrivalDate = '2025-07-14';
    change(c);
  });

export const scenarios: Scenario[] = [
  {
    name: 'Before arrival: decision expected 3.5 to 4 months after 10 March 2025, register 8 days after the planned arrival',
    case: baseMarriageCase(),
    produces: ['TIME.DECISION_EXPECTED', 'TIME.VISA_VALIDITY', 'TIME.REGISTER', 'TIME.ANNEX15', 'TIME.A_CARD_EXPIRY', 'TIME.NEXT_CARD'],
    absent: ['TIME.MARRY_BEFORE', 'TIME.FAMILY_REUNIFICATION'],
    expect: (r) => {
      expect(one(r, 'TIME.DECISION_EXPECTED').message).toBe('DVZ decides on average 3.5 to 4 months after the submission on 10 Mar 2025: between 25 Jun 2025 and 10 Jul 2025. There is no maximum term.');
      expect(one(r, 'TIME.VISA_VALIDITY').message).toContain('B47');
      const register = one(r, 'TIME.REGISTER');
      expect(register.severity).toBe('info');
      expect(register.message).toBe('Register at the municipality within 8 days of planned arrival on 1 Jul 2025: by 9 Jul 2025. Another source says 8 working days (11 Jul 2025); keep to the earlier date.');
      expect(one(r, 'TIME.A_CARD_EXPIRY').message).toContain('After registration and a positive residence check');
      expect(one(r, 'TIME.NEXT_CARD').message).toContain('F card valid 5 years');
      expect(path(r)).toEqual(['TIME.DECISION_EXPECTED 2025-06-25 due', 'TIME.REGISTER 2025-07-09 due']);
      expect(r.findings.filter((f) => f.rule.startsWith('TIME.') && f.severity !== 'info')).toEqual([]);
    },
  },
  {
    name: 'Without a planned arrival date: only the decision time, the visa and the next card, no registration or card dates',
    case: variant(baseMarriageCase(), (c) => delete c.plannedArrivalDate),
    produces: ['TIME.DECISION_EXPECTED', 'TIME.VISA_VALIDITY', 'TIME.NEXT_CARD'],
    absent: ['TIME.REGISTER', 'TIME.ANNEX15', 'TIME.A_CARD_EXPIRY', 'TIME.MARRY_BEFORE', 'TIME.FAMILY_REUNIFICATION'],
    expect: (r) => expect(timeDeadlines(r)).toEqual(['TIME.DECISION_EXPECTED 2025-06-25']),
  },
  {
    name: 'A humanitarian file has no marriage timeline',
    case: variant(baseMarriageCase(), (c) => {
      c.caseType = 'humanitarian';
      c.humanitarianSituation = 'partner-no-marriage';
      c.arrivalDate = '2025-07-14';
    }),
    today: '2025-08-01',
    absent: ['TIME.DECISION_EXPECTED', 'TIME.VISA_VALIDITY', 'TIME.REGISTER', 'TIME.ANNEX15', 'TIME.A_CARD_EXPIRY', 'TIME.NEXT_CARD'],
  },
  {
    name: 'Applied on 31 October 2025: 4 months clamp to 28 February 2026, 3.5 months is halfway (14 February)',
    case: variant(baseMarriageCase(), (c) => (c.applicationDate = '2025-10-31')),
    produces: ['TIME.DECISION_EXPECTED'],
    expect: (r) => {
      const f = one(r, 'TIME.DECISION_EXPECTED');
      expect([f.params.from, f.params.to]).toEqual(['2026-02-14', '2026-02-28']);
      expect(timeDeadlines(r)).toContain('TIME.DECISION_EXPECTED 2026-02-14');
    },
  },
  {
    name: 'A cohabitation visa D carries the mention B48',
    case: variant(baseMarriageCase(), (c) => (c.caseType = 'cohabitation')),
    produces: ['TIME.VISA_VALIDITY'],
    expect: (r) => expect(one(r, 'TIME.VISA_VALIDITY').message).toContain('B48'),
  },
  {
    name: 'Once arrived, the decision is a done step and the visa validity is no longer shown',
    case: arrivedBeforeEaster(),
    today: '2025-04-18',
    produces: ['TIME.DECISION_EXPECTED'],
    absent: ['TIME.VISA_VALIDITY'],
    expect: (r) => {
      expect(one(r, 'TIME.DECISION_EXPECTED').message).toBe('The visa was granted: the arrival on 17 Apr 2025 is recorded.');
      expect(path(r)).toEqual(['TIME.REGISTER 2025-04-25 due', 'TIME.DECISION_EXPECTED 2025-06-25 done']);
    },
  },

  // Easter Monday 21 April 2025.
  {
    name: 'Arrived Thursday 17 April 2025: register by 25 April (8 days); 8 working days over Easter Monday end 30 April',
    case: arrivedBeforeEaster(),
    today: '2025-04-22',
    produces: ['TIME.REGISTER'],
    expect: (r) => {
      const f = one(r, 'TIME.REGISTER');
      expect(f.severity).toBe('info');
      expect(f.message).toContain('by 25 Apr 2025');
      expect(f.message).toContain('8 working days (30 Apr 2025)');
      expect(timeDeadlines(r)).toEqual(['TIME.REGISTER 2025-04-25']);
    },
  },
  {
    name: 'Not registered on the last day itself (25 April 2025) is still in time',
    case: arrivedBeforeEaster(),
    today: '2025-04-25',
    produces: ['TIME.REGISTER'],
    expect: (r) => expect(one(r, 'TIME.REGISTER').severity).toBe('info'),
  },
  {
    name: 'Not registered on 26 April 2025, the day after the deadline: error',
    case: arrivedBeforeEaster(),
    today: '2025-04-26',
    produces: ['TIME.REGISTER'],
    expect: (r) => {
      const f = one(r, 'TIME.REGISTER');
      expect(f.severity).toBe('error');
      expect(f.message).toContain('has passed');
      expect(f.message).toContain('30 Apr 2025');
      expect(r.deadlines.find((d) => d.rule === 'TIME.REGISTER')).toMatchObject({ date: '2025-04-25', status: 'overdue' });
    },
  },
  {
    name: 'Registered on 25 April 2025, the last day: a done step, no warning, even checked weeks later',
    case: arrivedBeforeEaster((c) => (c.registrationDate = '2025-04-25')),
    today: '2025-05-20',
    produces: ['TIME.REGISTER'],
    expect: (r) => {
      const f = one(r, 'TIME.REGISTER');
      expect(f.severity).toBe('info');
      expect(f.message).toBe('Registered at the municipality on 25 Apr 2025, within the deadline (25 Apr 2025).');
      expect(path(r)).toContain('TIME.REGISTER 2025-04-25 done 2025-04-25');
    },
  },
  {
    name: 'Registered on 28 April 2025: late by the 8 days, within the 8 working days',
    case: arrivedBeforeEaster((c) => (c.registrationDate = '2025-04-28')),
    today: '2025-05-20',
    produces: ['TIME.REGISTER'],
    expect: (r) => {
      const f = one(r, 'TIME.REGISTER');
      expect(f.severity).toBe('warning');
      expect(f.message).toContain('still within the 8-working-days reading (30 Apr 2025)');
    },
  },

  // 21 July 2025 (Monday).
  {
    name: 'Arrived Monday 14 July 2025 and registered 22 July: in time (8 days), done',
    case: arrivedBeforeNationalDay((c) => (c.registrationDate = '2025-07-22')),
    today: '2025-08-01',
    produces: ['TIME.REGISTER'],
    expect: (r) => {
      expect(one(r, 'TIME.REGISTER').severity).toBe('info');
      expect(r.deadlines.find((d) => d.rule === 'TIME.REGISTER')).toMatchObject({ status: 'done', doneOn: '2025-07-22', date: '2025-07-22' });
    },
  },
  {
    name: 'Arrived Monday 14 July 2025, not registered on 23 July: past 22 July (8 working days over 21 July: 25 July)',
    case: arrivedBeforeNationalDay(),
    today: '2025-07-23',
    produces: ['TIME.REGISTER'],
    expect: (r) => {
      const f = one(r, 'TIME.REGISTER');
      expect(f.severity).toBe('error');
      expect(f.params.days).toBe('2025-07-22');
      expect(f.params.workingDays).toBe('2025-07-25');
      expect(timeDeadlines(r)).toEqual(['TIME.REGISTER 2025-07-22']);
    },
  },
  {
    name: 'Arrived 14 July 2025 and registered 23 July: after the 8 days and within the working-days reading',
    case: arrivedBeforeNationalDay((c) => (c.registrationDate = '2025-07-23')),
    today: '2025-08-01',
    produces: ['TIME.REGISTER'],
    expect: (r) => expect(one(r, 'TIME.REGISTER').severity).toBe('warning'),
  },

  // After registration.
  {
    name: 'Registered 20 July 2025: bijlage 15 valid 45 days, until 3 September 2025',
    case: variant(baseMarriageCase(), (c) => {
      c.arrivalDate = '2025-07-14';
      c.registrationDate = '2025-07-20';
    }),
    today: '2025-07-21',
    produces: ['TIME.ANNEX15'],
    expect: (r) => {
      expect(one(r, 'TIME.ANNEX15').message).toBe('The bijlage 15 issued at registration on 20 Jul 2025 is valid 45 days, until 3 Sept 2025; it covers the stay until the residence check.');
      expect(timeDeadlines(r)).toEqual(['TIME.ANNEX15 2025-09-03']);
    },
  },
  {
    name: 'A card issued 1 August 2025, no marriage yet: card ends 1 February 2026, marry before then',
    case: variant(baseMarriageCase(), (c) => {
      c.arrivalDate = '2025-07-14';
      c.registrationDate = '2025-07-20';
      c.aCardIssuedDate = '2025-08-01';
    }),
    today: '2025-08-02',
    produces: ['TIME.A_CARD_EXPIRY', 'TIME.MARRY_BEFORE', 'TIME.REGISTER', 'TIME.ANNEX15'],
    absent: ['TIME.FAMILY_REUNIFICATION'],
    expect: (r) => {
      expect(path(r)).toEqual([
        'TIME.REGISTER 2025-07-22 done 2025-07-20',
        'TIME.DECISION_EXPECTED 2025-06-25 done',
        'TIME.ANNEX15 2025-09-03 done 2025-08-01',
        'TIME.A_CARD_EXPIRY 2026-02-01 due',
        'TIME.MARRY_BEFORE 2026-02-01 due',
      ].sort((a, b) => a.split(' ')[1]!.localeCompare(b.split(' ')[1]!)));
      expect(one(r, 'TIME.ANNEX15').message).toBe('The bijlage 15 issued at registration on 20 Jul 2025 (valid until 3 Sept 2025) was followed by the A card on 1 Aug 2025.');
      expect(one(r, 'TIME.A_CARD_EXPIRY').message).toBe('The A card issued on 1 Aug 2025 is valid 6 months, until 1 Feb 2026, and is not renewed.');
      const marry = one(r, 'TIME.MARRY_BEFORE');
      expect(marry.severity).toBe('warning');
      expect(marry.message).toContain('1 Feb 2026');
      expect(marry.message).toContain('bijlage 13');
      expect(marry.message).toContain('receipt');
      expect(inLang(marry, 'fr')).toContain('avant l’expiration de la carte A le 1er févr. 2026\u202f; sinon vous recevrez un ordre de quitter le territoire (annexe 13).');
      expect(timeDeadlines(r)).toEqual(['TIME.A_CARD_EXPIRY 2026-02-01', 'TIME.MARRY_BEFORE 2026-02-01']);
    },
  },
  {
    name: 'An A card date without a registration date: the registration happened, a done step without its day',
    case: variant(baseMarriageCase(), (c) => {
      c.arrivalDate = '2025-07-14';
      c.aCardIssuedDate = '2025-08-01';
    }),
    today: '2025-09-01',
    produces: ['TIME.REGISTER'],
    expect: (r) => {
      const f = one(r, 'TIME.REGISTER');
      expect(f.severity).toBe('info');
      expect(f.message).toBe('Registration at the municipality done: the A card was issued on 1 Aug 2025.');
      const d = r.deadlines.find((x) => x.rule === 'TIME.REGISTER')!;
      expect(d.status).toBe('done');
      expect(d.doneOn).toBeUndefined();
    },
  },
  {
    name: 'Married on 1 February 2026, the A card’s last day: in time, apply for family reunification by then',
    case: variant(baseMarriageCase(), (c) => {
      c.arrivalDate = '2025-07-14';
      c.registrationDate = '2025-07-20';
      c.aCardIssuedDate = '2025-08-01';
      c.marriageDate = '2026-02-01';
    }),
    today: '2026-01-15',
    produces: ['TIME.FAMILY_REUNIFICATION', 'TIME.NEXT_CARD', 'TIME.MARRY_BEFORE'],
    absent: ['TIME.LATE_MARRIAGE'],
    expect: (r) => {
      const marry = one(r, 'TIME.MARRY_BEFORE');
      expect(marry.severity).toBe('info');
      expect(marry.message).toBe('The marriage on 1 Feb 2026 took place before the A card ended on 1 Feb 2026.');
      expect(r.deadlines.find((d) => d.rule === 'TIME.MARRY_BEFORE')).toMatchObject({ status: 'done', doneOn: '2026-02-01' });
      expect(one(r, 'TIME.NEXT_CARD').message).toContain('F card valid 5 years');
      const f = one(r, 'TIME.FAMILY_REUNIFICATION');
      expect(f.message).toBe('Apply for family reunification at the municipality right after the marriage on 1 Feb 2026 and before the A card expires on 1 Feb 2026: you need only your passport and the marriage certificate.');
      expect(timeDeadlines(r)).toEqual(['TIME.A_CARD_EXPIRY 2026-02-01', 'TIME.FAMILY_REUNIFICATION 2026-02-01']);
    },
  },
  {
    name: 'Married on 2 February 2026, the day after the A card’s last day: late marriage, an error, and no immediate card promised',
    case: variant(baseMarriageCase(), (c) => {
      c.arrivalDate = '2025-07-14';
      c.registrationDate = '2025-07-20';
      c.aCardIssuedDate = '2025-08-01';
      c.marriageDate = '2026-02-02';
    }),
    today: '2026-01-15',
    produces: ['TIME.MARRY_BEFORE', 'TIME.LATE_MARRIAGE', 'TIME.NEXT_CARD'],
    absent: ['TIME.FAMILY_REUNIFICATION'],
    expect: (r) => {
      const marry = one(r, 'TIME.MARRY_BEFORE');
      expect(marry.severity).toBe('error');
      expect(marry.message).toContain('2 Feb 2026');
      const late = one(r, 'TIME.LATE_MARRIAGE');
      expect(late.severity).toBe('error');
      expect(late.message).toBe(
        'The marriage on 2 Feb 2026 is after the A card ended on 1 Feb 2026: your stay is then unlawful; with a Belgian partner you can still apply for family reunification from unlawful stay, but the municipality then gives no immediate F card: the normal 6-month term applies and you get an attest van immatriculatie (AI) until DVZ decides. If the delay was not your doing (for example a sham-marriage inquiry that postponed the date), DVZ can exceptionally extend the A card: ask for it as soon as possible.',
      );
      const next = one(r, 'TIME.NEXT_CARD').message;
      expect(next).not.toContain('F card valid');
      expect(next).toContain('no new card follows at once');
    },
  },
  {
    name: 'Late marriage with a non-EU partner: only with exceptional circumstances, otherwise return and apply from the country of origin',
    case: variant(baseMarriageCase(), (c) => {
      c.sponsor.status = 'non-eu';
      c.sponsor.residenceSince = '2020-01-01';
      c.arrivalDate = '2025-07-14';
      c.registrationDate = '2025-07-20';
      c.aCardIssuedDate = '2025-08-01';
      c.marriageDate = '2026-03-01';
    }),
    today: '2026-03-02',
    produces: ['TIME.LATE_MARRIAGE'],
    expect: (r) => {
      const m = one(r, 'TIME.LATE_MARRIAGE').message;
      expect(m).toContain('exceptional circumstances');
      expect(m).toContain('return and ask for a family-reunification visa there');
      expect(m).not.toContain('attest van immatriculatie');
    },
  },
  {
    name: 'The A card ended on 1 February 2026 with no marriage recorded: late, an error once the card’s last day has passed',
    case: variant(baseMarriageCase(), (c) => {
      c.arrivalDate = '2025-07-14';
      c.registrationDate = '2025-07-20';
      c.aCardIssuedDate = '2025-08-01';
    }),
    today: '2026-02-02',
    produces: ['TIME.MARRY_BEFORE', 'TIME.LATE_MARRIAGE'],
    expect: (r) => {
      expect(one(r, 'TIME.MARRY_BEFORE').severity).toBe('error');
      expect(one(r, 'TIME.LATE_MARRIAGE').message).toContain('The A card ended on 1 Feb 2026 with no date of the marriage recorded');
    },
  },
  {
    name: 'On the A card’s last day with no marriage recorded yet: still a warning, not late',
    case: variant(baseMarriageCase(), (c) => {
      c.arrivalDate = '2025-07-14';
      c.registrationDate = '2025-07-20';
      c.aCardIssuedDate = '2025-08-01';
    }),
    today: '2026-02-01',
    produces: ['TIME.MARRY_BEFORE'],
    absent: ['TIME.LATE_MARRIAGE'],
    expect: (r) => expect(one(r, 'TIME.MARRY_BEFORE').severity).toBe('warning'),
  },
  {
    name: 'Cohabitation: the declaration of legal cohabitation takes the marriage’s place in the messages',
    case: variant(baseMarriageCase(), (c) => {
      c.caseType = 'cohabitation';
      c.arrivalDate = '2025-07-14';
      c.registrationDate = '2025-07-20';
      c.aCardIssuedDate = '2025-08-01';
      c.marriageDate = '2025-10-01';
    }),
    today: '2025-10-02',
    produces: ['TIME.FAMILY_REUNIFICATION'],
    expect: (r) => expect(one(r, 'TIME.FAMILY_REUNIFICATION').message).toContain('declaration of legal cohabitation on 1 Oct 2025'),
  },
  {
    name: 'Cohabitation with an A card and no declaration yet: the declaration is to be made before the card ends',
    case: variant(baseMarriageCase(), (c) => {
      c.caseType = 'cohabitation';
      c.arrivalDate = '2025-07-14';
      c.registrationDate = '2025-07-20';
      c.aCardIssuedDate = '2025-08-01';
    }),
    today: '2025-08-02',
    produces: ['TIME.MARRY_BEFORE'],
    absent: ['TIME.LATE_MARRIAGE'],
    expect: (r) => {
      const f = one(r, 'TIME.MARRY_BEFORE');
      expect(inLang(f, 'nl')).toMatch(/^De verklaring van wettelijke samenwoning moet worden afgelegd .* 1 feb 2026;/);
      expect(inLang(f, 'fr')).toContain('sinon vous recevrez un ordre de quitter le territoire (annexe 13).');
    },
  },

  // The card after the marriage.
  {
    name: 'With a non-EU partner the next card is an A card of at most 1 year',
    case: variant(baseMarriageCase(), (c) => (c.sponsor.status = 'non-eu')),
    produces: ['TIME.NEXT_CARD'],
    expect: (r) => expect(one(r, 'TIME.NEXT_CARD').message).toContain('A card valid as long as your partner’s card, at most 1 year'),
  },
  {
    name: 'With an EU partner the sources do not say which card follows',
    case: variant(baseMarriageCase(), (c) => (c.sponsor.status = 'eu')),
    produces: ['TIME.NEXT_CARD'],
    expect: (r) => expect(one(r, 'TIME.NEXT_CARD').message).toContain('ask the municipality'),
  },
  {
    name: 'Without the partner’s status no next card is named',
    case: variant(baseMarriageCase(), (c) => delete c.sponsor.status),
    absent: ['TIME.NEXT_CARD'],
  },
  {
    name: 'Dutch and French messages name the same registration dates in their own way',
    case: baseMarriageCase(),
    expect: () => {
      const parsed = parseCaseValue(baseMarriageCase());
      if (!parsed.ok) throw new Error('base case does not parse');
      const inLang = (lang: 'nl' | 'fr') => one(checkCase(parsed.value, { today: '2025-03-10', lang }), 'TIME.REGISTER').message;
      expect(inLang('nl')).toBe('Schrijf je in bij de gemeente binnen 8 dagen na geplande aankomst op 1 jul 2025: uiterlijk 9 jul 2025. Een andere bron spreekt van 8 werkdagen (11 jul 2025); houd de vroegste datum aan.');
      expect(inLang('fr')).toBe('Inscrivez-vous à la commune dans les 8 jours suivant l’arrivée prévue du 1er juil. 2025\u202f: au plus tard le 9 juil. 2025. Une autre source parle de 8 jours ouvrables (11 juil. 2025)\u202f; tenez-vous-en à la date la plus tôt.');
    },
  },
  {
    name: 'A planned arrival that has gone by without a recorded arrival is no missed registration',
    case: baseMarriageCase(),
    today: '2025-11-23',
    produces: ['TIME.REGISTER'],
    expect: (r) => {
      expect(one(r, 'TIME.REGISTER').severity).toBe('info');
      expect(r.deadlines.find((d) => d.rule === 'TIME.REGISTER')).toMatchObject({ date: '2025-07-09', status: 'overdue' });
      expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
    },
  },
];
