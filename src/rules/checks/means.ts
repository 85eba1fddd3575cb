// Means and health insurance of the partner in Belgium (marriage and legal
// cohabitation). Seed 004, "Je partner in België moet stabiele, toereikende en
// regelmatige bestaansmiddelen hebben"; parameters.md, "Income reference amount".
//
// Which amount applies to whom (where the sources are silent, said here):
// - before 18 Aug 2025 every partner: 120 % of the leefloon (seed 004 names Belgian
//   and non-EU partners; seed 003 asks an EU citizen's partner who chooses the visa D
//   for the same documents, so the same amount is used);
// - from 18 Aug 2025 (law of 18 July 2025) a non-EU partner (art. 10): 110 % of the
//   GMMMI plus an amount per additional person. A partner with international
//   protection (`protection`) is a non-EU national with a residence right, so the
//   same amount;
// - from 18 Aug 2025 a Belgian partner (art. 40ter): the 120 % amount is kept with the
//   caveat that the reform's effect is not confirmed; an EU partner gets the same
//   treatment, as nothing in the sources says the reform touched that route;
// - humanitarian cases: seed 000 sets no amount ("kan ook het bewijs van voldoende
//   bestaansmiddelen van het familielid in België een rol spelen"), so no MEANS.*
//   finding; HUM.DISCRETIONARY says that means are part of the assessment.
import type { IncomeKind, IncomeLine, Sponsor, SponsorStatus } from '../../case/schema';
import type { CheckContext } from '../context';
import { addMonthsIso, type IsoDate } from '../dates';
import {
  incomeEvidenceMonths,
  incomeReference120Leefloon,
  incomeReferenceNonEu110Gmmmi,
  interimStableAfterMonths,
  meansReform2025,
} from '../parameters';
import type { RawFinding } from '../types';
import { missingField } from './missing';

/**
 * Seed 004: "De volgende inkomsten zijn volgens de Verblijfswet uitgesloten en tellen
 * niet mee": leefloon, maatschappelijke dienstverlening, gezinsbijslag, wachtuitkering,
 * overbruggingsuitkering, "werkloosheidsuitkering, tenzij je partner bewijst dat hij
 * of zij actief werk zoekt" (`unemployment-job-seeking` is the benefit with that proof).
 */
const EXCLUDED_KINDS: ReadonlySet<IncomeKind> = new Set([
  'leefloon',
  'social-assistance',
  'family-allowance',
  'waiting-allowance',
  'bridging-allowance',
  'unemployment',
]);

/**
 * Seed 004: "Om die reden weigert DVZ vaak inkomsten uit: interimarbeid (tenzij bij een
 * ononderbroken tewerkstelling van minstens één jaar ...), tijdelijke
 * arbeidsovereenkomsten, een 'artikel 60 tewerkstelling'". Such income is often refused,
 * not excluded by law, so it is still counted towards the amount and flagged apart.
 */
const ALWAYS_UNSTABLE_KINDS: ReadonlySet<IncomeKind> = new Set(['employment-temporary', 'article-60']);

export interface IncomeReference {
  amount: number;
  /** `leefloon120`: seed 004's amount; `gmmmi110`: the 2025 reform for non-EU partners. */
  basis: 'leefloon120' | 'gmmmi110';
  since: IsoDate;
  /** The amount for this partner after the reform is not confirmed (Belgian and EU partners). */
  unconfirmed: boolean;
  base?: number;
  perAdditionalPerson?: number;
  additionalPersons?: number;
}

const toCents = (euro: number): number => Math.round(euro * 100);

/** Seed 004's rule: 120 % of the leefloon, "persoon met gezin ten laste", for every partner. */
function referenceBeforeReform(ctx: CheckContext): IncomeReference | undefined {
  const found = ctx.param(incomeReference120Leefloon);
  if (!found.covered) return undefined;
  return { amount: found.value, basis: 'leefloon120', since: found.since, unconfirmed: false };
}

/**
 * Law of 18 July 2025, in force 18 August 2025: a non-EU partner needs 110 % of the GMMMI
 * plus an amount "for every additional person who lives with the partner or applies with
 * the applicant" (parameters.md). Read here as: the base covers the partner and the
 * applicant; additional persons are the others in the partner's household
 * (`householdSize` − 1, the partner counted in it) plus every child travelling along.
 */
function referenceFromReform(ctx: CheckContext, status: SponsorStatus, sponsor: Sponsor): IncomeReference | undefined {
  if (status === 'belgian' || status === 'eu') {
    const kept = referenceBeforeReform(ctx);
    return kept && { ...kept, unconfirmed: true };
  }
  const found = ctx.param(incomeReferenceNonEu110Gmmmi);
  if (!found.covered) return undefined;
  const additionalPersons = Math.max(0, (sponsor.householdSize ?? 1) - 1) + (ctx.case.children?.length ?? 0);
  const { base, perAdditionalPerson } = found.value;
  const amount = (toCents(base) + additionalPersons * toCents(perAdditionalPerson)) / 100;
  return { amount, basis: 'gmmmi110', since: found.since, unconfirmed: false, base, perAdditionalPerson, additionalPersons };
}

/** The reference amount in force on the application date, or undefined where the data does not reach. */
export function incomeReferenceOn(ctx: CheckContext, sponsor: Sponsor, status: SponsorStatus | undefined): IncomeReference | 'status-needed' | undefined {
  if (ctx.on < meansReform2025) return referenceBeforeReform(ctx);
  if (!status) return 'status-needed';
  return referenceFromReform(ctx, status, sponsor);
}

function isExcluded(line: IncomeLine): boolean {
  return EXCLUDED_KINDS.has(line.kind);
}

/** The day interim work counts as stable: one uninterrupted year after `since`. */
function interimStableFrom(ctx: CheckContext, since: IsoDate): IsoDate | undefined {
  const months = ctx.param(interimStableAfterMonths);
  return months.covered ? addMonthsIso(since, months.value) : undefined;
}

function checkIncomeLines(ctx: CheckContext, income: readonly IncomeLine[]): RawFinding[] {
  const out: RawFinding[] = [];
  income.forEach((line, index) => {
    if (isExcluded(line)) {
      out.push({ rule: 'MEANS.EXCLUDED_INCOME', person: 'sponsor', params: { kind: line.kind, amount: line.monthlyNet, index } });
      return;
    }
    if (ALWAYS_UNSTABLE_KINDS.has(line.kind)) {
      out.push({ rule: 'MEANS.UNSTABLE_INCOME', person: 'sponsor', params: { kind: line.kind, amount: line.monthlyNet, since: line.since, index } });
      return;
    }
    if (line.kind === 'interim') {
      const stableFrom = line.since ? interimStableFrom(ctx, line.since) : undefined;
      if (!stableFrom || stableFrom > ctx.on) {
        out.push({ rule: 'MEANS.UNSTABLE_INCOME', person: 'sponsor', params: { kind: line.kind, amount: line.monthlyNet, since: line.since, stableFrom, on: ctx.on, index } });
      }
    }
  });
  return out;
}

export function checkMeans(ctx: CheckContext): RawFinding[] {
  const c = ctx.case;
  if (c.caseType !== 'marriage' && c.caseType !== 'cohabitation') return [];
  const sponsor: Sponsor = c.sponsor ?? {};
  const out: RawFinding[] = [];

  // Seeds 003 and 004: "het bewijs dat de toekomstige gezinshereniger een (gezamenlijke)
  // ziektekostenverzekering (ziekenfonds) ... heeft".
  if (sponsor.healthInsurance === false) out.push({ rule: 'INS.SPONSOR_HEALTH', person: 'sponsor' });
  else if (sponsor.healthInsurance === undefined) {
    out.push(missingField('sponsor', 'sponsor.healthInsurance', 'INS.SPONSOR_HEALTH'));
  }

  const income = sponsor.income;
  if (!income) {
    out.push(missingField('sponsor', 'sponsor.income', 'MEANS.BELOW_REFERENCE'));
  } else {
    out.push(...checkIncomeLines(ctx, income));
    const counted = income.filter((l) => !isExcluded(l)).reduce((sum, l) => sum + toCents(l.monthlyNet), 0) / 100;
    const reference = incomeReferenceOn(ctx, sponsor, sponsor.status);
    if (reference === 'status-needed') {
      out.push(missingField('sponsor', 'sponsor.status', 'MEANS.BELOW_REFERENCE'));
    } else if (reference && toCents(counted) < toCents(reference.amount)) {
      // Seed 004: "Onder dit bedrag mag DVZ de aanvraag niet automatisch weigeren. DVZ
      // moet eerst een individuele behoefteanalyse maken".
      out.push({
        rule: 'MEANS.BELOW_REFERENCE',
        person: 'sponsor',
        params: {
          counted,
          reference: reference.amount,
          basis: reference.basis,
          since: reference.since,
          unconfirmed: reference.unconfirmed,
          base: reference.base,
          perAdditionalPerson: reference.perAdditionalPerson,
          additionalPersons: reference.additionalPersons,
          status: sponsor.status,
          reformDate: meansReform2025,
        },
      });
    }
  }

  // Seed 004: "DVZ vraagt dat je bij voorkeur bewijzen overmaakt van bestaansmiddelen van de laatste 12 maanden."
  const wanted = ctx.param(incomeEvidenceMonths);
  if (wanted.covered && sponsor.incomeEvidenceMonths !== undefined && sponsor.incomeEvidenceMonths < wanted.value) {
    out.push({ rule: 'MEANS.SHORT_EVIDENCE', person: 'sponsor', params: { months: sponsor.incomeEvidenceMonths, wanted: wanted.value } });
  }

  // Seed 004: "DVZ houdt alleen rekening met de eigen bestaansmiddelen van de partner ...
  // en dus niet met jouw inkomsten of eventuele inkomsten van derden."
  if (sponsor.otherIncomeGiven === true) out.push({ rule: 'MEANS.OTHERS_INCOME', person: 'sponsor' });

  return out;
}
