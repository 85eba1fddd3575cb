// Humanitarian visa (art. 9 and 13, code B17) for family members of people with a
// residence right in Belgium. Seed 000 is the only source; it describes practice, not law:
// "Een humanitair visum is geen recht, maar een gunst."
import type { HumanitarianSituation } from '../../case/schema';
import type { CheckContext } from '../context';
import { addMonthsIso, addWorkingDays } from '../dates';
import { familyReunificationDecisionMaxMonths, humanitarianRegisterWorkingDays } from '../parameters';
import type { RawFinding } from '../types';
import { missingField } from '../missing/check';

/**
 * How seed 000 rates each situation's chances, in its own words:
 * - unrecognised-marriage: no rating; "DVZ erkent in dat geval een ‘feitelijke relatie’."
 * - no-marriage-proof: "De slaagkansen zijn in dit geval veel onzekerder."
 * - second-order: "In uitzonderlijke gevallen is het ook aan te raden om ... in tweede orde een humanitair visum te vragen."
 * - partner-no-marriage: "De slaagkansen zijn nog onzekerder ... Hierover is weinig tot geen praktijkervaring."
 * - impossible-marriage: no rating; "Hierbij is het van belang om deze onmogelijkheid aan te tonen".
 * - minor-sibling-of-uam: "Deze aanvraag heeft veel kans op slagen."
 * - adult-sibling-of-uam: "De bewijslast ligt hier wel hoger."
 * - sibling-of-uam-without-parents: "De kans op slagen is in dit geval veel lager."
 * - adult-child: "kans op slagen als je aantoont dat je ... deel uitmaakt van je oorspronkelijke kerngezin".
 * - parent-of-adult-child: "Over het algemeen maakt dit enkel kans wanneer je een uitzonderlijke kwetsbaarheid kan aantonen."
 * - de-facto-child: "enkel kans op slagen hebben mits een sterk dossier. DVZ past een hoge bewijslast toe."
 * - other: "Ook specifieke situaties die niet vermeld worden ... kunnen kans maken."
 */
export type SituationStrength =
  | 'good'
  | 'possible'
  | 'uncertain'
  | 'very-uncertain'
  | 'not-rated'
  | 'higher-burden'
  | 'low'
  | 'exceptional-vulnerability-only'
  | 'strong-file-needed'
  | 'open'
  | 'exceptional';

export const SITUATION_STRENGTH: Record<HumanitarianSituation, SituationStrength> = {
  'unrecognised-marriage': 'not-rated',
  'no-marriage-proof': 'uncertain',
  'second-order': 'exceptional',
  'partner-no-marriage': 'very-uncertain',
  'impossible-marriage': 'not-rated',
  'minor-sibling-of-uam': 'good',
  'adult-sibling-of-uam': 'higher-burden',
  'sibling-of-uam-without-parents': 'low',
  'adult-child': 'possible',
  'parent-of-adult-child': 'exceptional-vulnerability-only',
  'de-facto-child': 'strong-file-needed',
  other: 'open',
};

export function checkHumanitarian(ctx: CheckContext): RawFinding[] {
  const c = ctx.case;
  if (c.caseType !== 'humanitarian') return [];
  const out: RawFinding[] = [];
  const situation = c.humanitarianSituation;
  const protection = c.sponsor?.status === 'protection';

  // Seed 000: "DVZ heeft een brede beoordelingsmarge en beoordeelt elke aanvraag op
  // individuele basis"; "Je doet daarom best beroep op een advocaat of gespecialiseerde hulpverlener".
  out.push({ rule: 'HUM.DISCRETIONARY', person: 'case' });

  if (situation) {
    out.push({ rule: 'HUM.SITUATION', person: 'applicant', params: { situation, strength: SITUATION_STRENGTH[situation], protection } });
  } else {
    out.push(missingField('case', 'humanitarianSituation', 'HUM.SITUATION'));
  }

  // Seed 000: "Als je de echtgeno(o)t(e) bent van een erkend vluchteling of subsidiair
  // beschermde wiens huwelijk niet geldt als officieel huwelijk ... Je kan de aanvraag dan
  // toch indienen als een aanvraag voor een visum gezinshereniging (artikel 10
  // Verblijfwet). Je moet geen administratieve bijdrage betalen."
  if (situation === 'unrecognised-marriage' && protection) {
    out.push({ rule: 'HUM.FAMILY_REUNIFICATION_ROUTE', person: 'applicant' });
  }

  // Seed 000: "Indien het gaat om 'gemengde aanvragen' ... worden de dossiers samen
  // behandeld door het bureau gezinshereniging. Dit gebeurt op voorwaarde dat ..."
  // and "Gemengde dossiers volgen de behandelingstermijn van de aanvraag voor een visum
  // gezinshereniging wat maximaal 9 maanden is."
  const trigger = mixedApplicationTrigger(c);
  if (trigger) {
    const found = ctx.param(familyReunificationDecisionMaxMonths);
    if (found.covered) {
      const by = addMonthsIso(ctx.on, found.value);
      out.push({ rule: 'HUM.MIXED_APPLICATION', person: 'case', deadline: by, params: { trigger, months: found.value, applied: ctx.on, by } });
    }
  }

  // Seed 000: "Je vraagt een humanitair visum aan bij de bevoegde Belgische diplomatieke
  // post in je herkomstland" and the three exceptions that follow.
  if (c.applyingAt && c.applyingAt !== 'competent-post') {
    out.push({ rule: 'HUM.WHERE_TO_APPLY', person: 'applicant', params: { applyingAt: c.applyingAt, alongside: c.familyReunificationAlongside === true } });
  }

  // Seed 000: "Controleer steeds of deze verklaringen overeenstemmen met de informatie
  // toegevoegd in de aanvraag voor het humanitair visum. Anders voeg je best een plausibele verklaring toe."
  if (protection) out.push({ rule: 'HUM.ASYLUM_CONSISTENCY', person: 'case' });

  // Seed 000: "In geval van bijzonder prangende situaties met ernstige beschermingsrisico’s
  // op korte termijn kan je een prioritaire behandeling vragen ... Dit wordt niet vaak toegekend."
  if (c.urgentProtectionRisk === true) out.push({ rule: 'HUM.PRIORITY', person: 'applicant' });

  // Seed 000: "Na je aankomst in België moet je je binnen de 8 werkdagen laten inschrijven
  // bij de gemeente waar je verblijft."
  out.push(...checkHumanitarianRegistration(ctx));
  return out;
}

/**
 * What in the file says family members apply for family reunification at the same time.
 * Seed 000 names the mixed application as a reason to apply at another post ("wanneer andere
 * leden van je gezin toelating hebben om een aanvraag gezinshereniging in te dienen bij een
 * andere diplomatieke post én jouw aanvraag humanitair visum gelijktijdig wordt ingediend"),
 * and defines the minor sibling's situation by it ("waarbij de ouders van de niet-begeleide
 * minderjarige tegelijkertijd gezinshereniging vragen").
 */
export type MixedApplicationTrigger = 'alongside' | 'other-post-mixed' | 'minor-sibling-of-uam';

function mixedApplicationTrigger(c: CheckContext['case']): MixedApplicationTrigger | undefined {
  if (c.familyReunificationAlongside === true) return 'alongside';
  if (c.applyingAt === 'other-post-mixed') return 'other-post-mixed';
  if (c.humanitarianSituation === 'minor-sibling-of-uam') return 'minor-sibling-of-uam';
  return undefined;
}

function checkHumanitarianRegistration(ctx: CheckContext): RawFinding[] {
  const c = ctx.case;
  const found = ctx.param(humanitarianRegisterWorkingDays);
  if (!found.covered) return [];
  const workingDays = found.value;
  const arrival = c.arrivalDate ?? c.plannedArrivalDate;
  if (!arrival) return [{ rule: 'HUM.REGISTER', person: 'applicant', params: { workingDays } }];
  const deadline = addWorkingDays(arrival, workingDays);
  const arrived = c.arrivalDate !== undefined;
  if (c.registrationDate !== undefined && c.registrationDate <= deadline) {
    return [{ rule: 'HUM.REGISTER', person: 'applicant', deadline, doneOn: c.registrationDate, params: { workingDays, arrival, deadline, arrived, registered: c.registrationDate, inTime: true } }];
  }
  // Seed 000: the A card follows registration, so its date shows the registration happened.
  if (c.registrationDate === undefined && c.aCardIssuedDate !== undefined) {
    return [{ rule: 'HUM.REGISTER', person: 'applicant', deadline, done: true, params: { workingDays, arrival, deadline, arrived, aCardIssued: c.aCardIssuedDate } }];
  }
  // Only a recorded arrival makes a missed deadline an error; a planned date gone by only reminds.
  const past = c.registrationDate === undefined && ctx.today > deadline;
  const params = { workingDays, arrival, deadline, arrived, registered: c.registrationDate, past };
  return [{ rule: 'HUM.REGISTER', person: 'applicant', deadline, doneOn: c.registrationDate, severity: past && arrived ? 'error' : undefined, params }];
}
