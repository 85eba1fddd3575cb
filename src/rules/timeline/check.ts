// The timeline of a marriage or cohabitation visa D, from the application to the card
// after the marriage. Seed 003 ("De houder van dit visum wordt geïnformeerd: ...") and
// seed 004 ("Procedure"). TIME.PARTIAL_PAYMENT_DEADLINE belongs to the payment family.
import type { CheckContext } from '../context';
import { addDaysIso, addMonthsIso, addWorkingDays, daysBetweenIso, type IsoDate } from '../dates';
import {
  aCardNonEuPartnerMaxYears,
  aCardValidityMonths,
  annex15ValidityDays,
  decisionMonths,
  fCardValidityYears,
  lateReunificationTermMonths,
  registerWithinDays,
  registerWithinWorkingDays,
  visaDValidityMonths,
} from '../parameters';
import type { Parameter } from '../parameters';
import type { RawFinding } from '../types';

/** The value of a constant window; these are data since 1900, so always covered. */
function windowOf<T>(ctx: CheckContext, p: Parameter<T>): T {
  const found = ctx.param(p);
  if (!found.covered) throw new Error(`${p.id} has no value on ${ctx.on}`);
  return found.value;
}

/**
 * A possibly fractional number of calendar months after `from`: 3.5 months is the day
 * halfway between 3 and 4 calendar months later (seed 003 gives "3,5 à 4 maanden").
 */
export function addFractionalMonths(from: IsoDate, months: number): IsoDate {
  const whole = Math.floor(months);
  const start = addMonthsIso(from, whole);
  if (months === whole) return start;
  const next = addMonthsIso(from, whole + 1);
  return addDaysIso(start, Math.round((months - whole) * daysBetweenIso(start, next)));
}

/**
 * Seed 003: "dat hij zich binnen de 8 dagen na zijn aankomst in België moet aanbieden bij
 * de gemeente"; seed 004: "Je hebt daarvoor 8 werkdagen." The earlier date is shown as
 * the deadline and the other reading is named.
 */
export function registrationDeadlines(ctx: CheckContext, arrival: IsoDate): { deadline: IsoDate; days: IsoDate; workingDays: IsoDate } {
  const days = addDaysIso(arrival, windowOf(ctx, registerWithinDays));
  const workingDays = addWorkingDays(arrival, windowOf(ctx, registerWithinWorkingDays));
  return { deadline: days < workingDays ? days : workingDays, days, workingDays };
}

function checkRegistration(ctx: CheckContext, arrival: IsoDate, arrived: boolean): RawFinding[] {
  const { deadline, days, workingDays } = registrationDeadlines(ctx, arrival);
  const registered = ctx.case.registrationDate;
  const nDays = windowOf(ctx, registerWithinDays);
  const nWorkingDays = windowOf(ctx, registerWithinWorkingDays);
  // Params written out in full, in report order: a spread of a shared base object is slow on this path, which nearly every case takes.
  if (registered !== undefined) {
    // Done: in time it is a tick on the path; after the earlier reading's date it is still a risk to explain.
    if (registered <= deadline) return [{ rule: 'TIME.REGISTER', person: 'applicant', deadline, doneOn: registered, params: { arrival, arrived, days, workingDays, nDays, nWorkingDays, registered, inTime: true } }];
    return [{ rule: 'TIME.REGISTER', person: 'applicant', severity: 'warning', deadline, doneOn: registered, params: { arrival, arrived, days, workingDays, nDays, nWorkingDays, registered } }];
  }
  // Only a recorded arrival makes a missed deadline an error: a planned date that has gone by
  // says nothing about whether, or when, the applicant arrived.
  const past = arrived && ctx.today > deadline;
  return [
    { rule: 'TIME.REGISTER', person: 'applicant', deadline, severity: past ? 'error' : undefined, params: { arrival, arrived, days, workingDays, nDays, nWorkingDays, past, today: ctx.today } },
  ];
}

function checkAfterRegistration(ctx: CheckContext): RawFinding[] {
  const c = ctx.case;
  const out: RawFinding[] = [];
  const cardMonths = windowOf(ctx, aCardValidityMonths);

  // Seed 003: "De gemeente geeft een bijlage 15 met een geldigheidsduur van 45 dagen af";
  // once the A card is issued the bijlage 15 has done its work: a tick on the path.
  const validDays = windowOf(ctx, annex15ValidityDays);
  if (c.registrationDate) {
    const until = addDaysIso(c.registrationDate, validDays);
    out.push({ rule: 'TIME.ANNEX15', person: 'applicant', deadline: until, doneOn: c.aCardIssuedDate, params: { registered: c.registrationDate, until, validDays, aCardIssued: c.aCardIssuedDate } });
  } else if (!c.aCardIssuedDate) {
    out.push({ rule: 'TIME.ANNEX15', person: 'applicant', params: { validDays } });
  }

  // Seed 003: "overhandigt ze hem een A-kaart die 6 maanden geldig is ... De kaart wordt niet vernieuwd."
  const cardExpiry = c.aCardIssuedDate ? addMonthsIso(c.aCardIssuedDate, cardMonths) : undefined;
  out.push(
    cardExpiry
      ? { rule: 'TIME.A_CARD_EXPIRY', person: 'applicant', deadline: cardExpiry, params: { issued: c.aCardIssuedDate, expiry: cardExpiry, months: cardMonths } }
      : { rule: 'TIME.A_CARD_EXPIRY', person: 'applicant', params: { months: cardMonths } },
  );

  // Seed 003: "De vreemdeling ontvangt een bevel om het grondgebied te verlaten indien het
  // huwelijk niet werd afgesloten voor het verstrijken van de machtiging tot verblijf";
  // seed 004: the civil registrar's receipt protects while the procedure is pending.
  // Only once the card's end is known and the marriage is not recorded before it. The
  // card's issue is a recorded event: a marriage recorded after its last day, or none by
  // the time that day has passed, makes it an error, and TIME.LATE_MARRIAGE says what follows.
  const married = c.marriageDate;
  const late = isLate(ctx);
  if (cardExpiry && (!married || married > cardExpiry)) {
    out.push({ rule: 'TIME.MARRY_BEFORE', person: 'applicant', deadline: cardExpiry, severity: late ? 'error' : undefined, params: { expiry: cardExpiry, marriageDate: married, caseType: c.caseType, late } });
  } else if (cardExpiry && married) {
    out.push({ rule: 'TIME.MARRY_BEFORE', person: 'applicant', severity: 'info', deadline: cardExpiry, doneOn: married, params: { expiry: cardExpiry, marriageDate: married, caseType: c.caseType, inTime: true } });
  }
  if (late && cardExpiry) {
    // Seed 004: "Wat als je pas een aanvraag gezinshereniging kan indienen na het verstrijken van je A kaart?"
    const params = { expiry: cardExpiry, marriageDate: married, caseType: c.caseType, status: c.sponsor?.status, termMonths: windowOf(ctx, lateReunificationTermMonths) };
    out.push({ rule: 'TIME.LATE_MARRIAGE', person: 'applicant', params });
  }

  // Seed 004: "Onmiddellijk na je huwelijk en vóór de vervaldatum van je A kaart (van zes
  // maanden) moet je een aanvraag gezinshereniging doen ... alleen je paspoort en huwelijksakte".
  // After a late marriage TIME.LATE_MARRIAGE takes its place.
  if (married && !late) {
    out.push({ rule: 'TIME.FAMILY_REUNIFICATION', person: 'applicant', deadline: cardExpiry ?? married, params: { marriageDate: married, expiry: cardExpiry, caseType: c.caseType } });
  }
  return out;
}

/**
 * The marriage (or declaration) is recorded after the A card's last day, or that day has
 * passed without one.
 */
function isLate(ctx: CheckContext): boolean {
  const c = ctx.case;
  if (!c.aCardIssuedDate) return false;
  const expiry = addMonthsIso(c.aCardIssuedDate, windowOf(ctx, aCardValidityMonths));
  return c.marriageDate ? c.marriageDate > expiry : ctx.today > expiry;
}

function checkNextCard(ctx: CheckContext): RawFinding[] {
  const status = ctx.case.sponsor?.status;
  if (!status) return [];
  // Seed 004: "Is je echtgenoot in België een derdelander? Dan krijg je een A kaart geldig
  // voor dezelfde geldigheidsduur als de kaart van de derdelander die je vervoegt of
  // maximaal één jaar. Is je echtgenoot in België een Belg? Dan krijg je een F kaart
  // geldig voor vijf jaar." A partner with international protection is a non-EU national;
  // the seeds do not say which card follows a marriage with an EU citizen.
  // After a late marriage no card follows at once (seed 004): the message says so.
  const params = { status, fCardYears: windowOf(ctx, fCardValidityYears), aCardMaxYears: windowOf(ctx, aCardNonEuPartnerMaxYears), caseType: ctx.case.caseType, late: isLate(ctx) };
  return [{ rule: 'TIME.NEXT_CARD', person: 'applicant', params }];
}

export function checkTimeline(ctx: CheckContext): RawFinding[] {
  const c = ctx.case;
  if (c.caseType !== 'marriage' && c.caseType !== 'cohabitation') return [];
  const out: RawFinding[] = [];
  const arrival = c.arrivalDate ?? c.plannedArrivalDate;

  // Before arrival: when the decision can be expected and how long the visa lasts. Once an
  // arrival is recorded the visa was granted: the decision is a tick on the path.
  if (c.arrivalDate) {
    const { min } = windowOf(ctx, decisionMonths);
    out.push({ rule: 'TIME.DECISION_EXPECTED', person: 'applicant', deadline: addFractionalMonths(ctx.on, min), done: true, params: { applied: ctx.on, arrival: c.arrivalDate, granted: true } });
  } else {
    // Seed 003: "Deze termijn bedraagt over het algemeen 3,5 à 4 maanden, vanaf de datum van indiening van de aanvraag."
    const { min, max } = windowOf(ctx, decisionMonths);
    const from = addFractionalMonths(ctx.on, min);
    const to = addFractionalMonths(ctx.on, max);
    out.push({ rule: 'TIME.DECISION_EXPECTED', person: 'applicant', deadline: from, params: { applied: ctx.on, from, to, min, max } });
    // Seed 003: "machtigt de Dienst Vreemdelingenzaken de afgifte van een visum D met een geldigheidsduur van 6 maanden".
    out.push({ rule: 'TIME.VISA_VALIDITY', person: 'applicant', params: { months: windowOf(ctx, visaDValidityMonths), caseType: c.caseType } });
  }

  // An A card is only issued after registration (seed 003), so its date shows the registration happened.
  if (arrival && c.aCardIssuedDate && !c.registrationDate) {
    out.push({ rule: 'TIME.REGISTER', person: 'applicant', deadline: registrationDeadlines(ctx, arrival).deadline, done: true, params: { aCardIssued: c.aCardIssuedDate } });
  } else if (arrival) out.push(...checkRegistration(ctx, arrival, c.arrivalDate !== undefined));
  if (arrival || c.registrationDate || c.aCardIssuedDate) out.push(...checkAfterRegistration(ctx));
  out.push(...checkNextCard(ctx));
  return out;
}
