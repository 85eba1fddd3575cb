// Means and health insurance of the partner in Belgium (marriage and legal
// cohabitation). Seed 004, "Je partner in België moet stabiele, toereikende en
// regelmatige bestaansmiddelen hebben"; parameters.md, "Income reference amount".
//
// Which amount applies to whom: parameters.md, "Which income rule applies" (the
// transition of the law of 18 July 2025, art. 24). Where the sources are silent, said here:
// - an EU citizen's partner who chooses the visa D (seed 003 asks for the same documents)
//   is judged like a Belgian partner's: the transition names only Belgian and non-EU partners;
// - a partner with international protection (`protection`) is a non-EU national with a
//   residence right, so `residenceSince` decides as for `non-eu`;
// - the supplement "per extra person" covers everyone besides the partner and the
//   applicant: the others in the partner's household (`householdSize` − 1, the partner
//   counted in it) and every child travelling along;
// - humanitarian cases: seed 000 sets no amount ("kan ook het bewijs van voldoende
//   bestaansmiddelen van het familielid in België een rol spelen"), so no MEANS.*
//   finding; HUM.DISCRETIONARY says that means are part of the assessment.
import type { IncomeKind, IncomeLine, Sponsor } from '../../case/schema';
import type { CheckContext } from '../context';
import { addMonthsIso, type IsoDate } from '../dates';
import {
  incomeEvidenceMonths,
  incomeReference110Ggmmi,
  incomeReference120Leefloon,
  incomeSupplementPerPerson,
  incomeSupplementPerPersonOtherReading,
  interimStableAfterMonths,
  meansReformStart,
  meansTransitionEnd,
} from '../parameters';
import type { RawFinding } from '../types';
import { missingField } from '../missing/check';

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

/**
 * The row of parameters.md's transition table that decides the file:
 * `before-reform` (applied before the law took effect), `belgian` (Belgian or EU partner
 * during the transition), `residence-before` / `residence-after` (non-EU partner whose
 * residence right dates from before / from the reform), `residence-unknown` (non-EU
 * partner, `residenceSince` not given: judged by the new rule, both named),
 * `transition-over` (applied from the end of the transition).
 */
export type IncomeRow = 'before-reform' | 'belgian' | 'residence-before' | 'residence-after' | 'residence-unknown' | 'transition-over';

export interface IncomeReference {
  row: IncomeRow;
  /** The amount the file is judged by. */
  amount: number;
  /** `leefloon120`: the old rule; `ggmmi110`: the law of 18 July 2025. */
  basis: 'leefloon120' | 'ggmmi110';
  since: IsoDate;
  base?: number;
  perAdditionalPerson?: number;
  additionalPersons?: number;
  /** The new rule's amount with the other reading of the supplement (only with additional persons). */
  otherReading?: number;
  /** `residence-unknown`: the old rule's amount, named beside the new one. */
  oldAmount?: number;
}

const toCents = (euro: number): number => Math.round(euro * 100);

function oldRule(ctx: CheckContext, row: IncomeRow): IncomeReference | undefined {
  const found = ctx.param(incomeReference120Leefloon);
  if (!found.covered) return undefined;
  return { row, amount: found.value, basis: 'leefloon120', since: found.since };
}

function newRule(ctx: CheckContext, row: IncomeRow, sponsor: Sponsor): IncomeReference | undefined {
  const base = ctx.param(incomeReference110Ggmmi);
  if (!base.covered) return undefined;
  const additionalPersons = Math.max(0, (sponsor.householdSize ?? 1) - 1) + (ctx.case.children?.length ?? 0);
  const reference: IncomeReference = { row, amount: base.value, basis: 'ggmmi110', since: base.since, base: base.value, additionalPersons };
  // The supplements are read only when someone is added: a stale supplement that no amount uses is not worth a warning.
  if (additionalPersons === 0) return reference;
  const supplement = ctx.param(incomeSupplementPerPerson);
  if (!supplement.covered) return undefined;
  reference.perAdditionalPerson = supplement.value;
  reference.amount = (toCents(base.value) + additionalPersons * toCents(supplement.value)) / 100;
  const other = ctx.param(incomeSupplementPerPersonOtherReading);
  if (other.covered) reference.otherReading = (toCents(base.value) + additionalPersons * toCents(other.value)) / 100;
  return reference;
}

/** The day the law of 18 July 2025 took effect and the first day after its transition (data since 1900, always covered). */
function transitionDates(ctx: CheckContext): { reformStart: IsoDate; transitionEnd: IsoDate } {
  const reformStart = ctx.param(meansReformStart);
  const transitionEnd = ctx.param(meansTransitionEnd);
  if (!reformStart.covered || !transitionEnd.covered) throw new Error('the income transition dates are always covered');
  return { reformStart: reformStart.value, transitionEnd: transitionEnd.value };
}

/** The transition's row for this file, or `status-needed` when only the partner's status can tell. */
export function incomeRow(ctx: CheckContext, sponsor: Sponsor): IncomeRow | 'status-needed' {
  const { reformStart, transitionEnd } = transitionDates(ctx);
  if (ctx.on < reformStart) return 'before-reform';
  if (ctx.on >= transitionEnd) return 'transition-over';
  const status = sponsor.status;
  if (!status) return 'status-needed';
  if (status === 'belgian' || status === 'eu') return 'belgian';
  if (!sponsor.residenceSince) return 'residence-unknown';
  return sponsor.residenceSince < reformStart ? 'residence-before' : 'residence-after';
}

/**
 * Whether the day the partner got the residence right can change the income rule: a non-EU
 * partner (or one with protection) in a marriage or cohabitation file applied for during the
 * transition, or with no application date yet. The editor asks for the date only then.
 */
export function residenceSinceMatters(caseType: string | undefined, status: string | undefined, applicationDate: string | undefined): boolean {
  if (caseType !== 'marriage' && caseType !== 'cohabitation') return false;
  if (status !== 'non-eu' && status !== 'protection') return false;
  if (applicationDate === undefined) return true;
  const reformStart = meansReformStart.values[0].value;
  const transitionEnd = meansTransitionEnd.values[0].value;
  return applicationDate >= reformStart && applicationDate < transitionEnd;
}

/** The reference amount in force on the application date, or undefined where the data does not reach. */
export function incomeReferenceOn(ctx: CheckContext, sponsor: Sponsor): IncomeReference | 'status-needed' | undefined {
  const row = incomeRow(ctx, sponsor);
  if (row === 'status-needed') return row;
  if (row === 'before-reform' || row === 'belgian' || row === 'residence-before') return oldRule(ctx, row);
  const reference = newRule(ctx, row, sponsor);
  if (reference && row === 'residence-unknown') reference.oldAmount = oldRule(ctx, row)?.amount;
  return reference;
}

/** The two amounts an income can lie between when the file or the law leaves the reading open. */
function uncertainBetween(reference: IncomeReference): { between: 'rules' | 'supplement'; low: number; high: number } | undefined {
  if (reference.row === 'residence-unknown' && reference.oldAmount !== undefined) {
    return { between: 'rules', low: Math.min(reference.amount, reference.oldAmount), high: Math.max(reference.amount, reference.oldAmount) };
  }
  if (reference.otherReading !== undefined) return { between: 'supplement', low: reference.amount, high: reference.otherReading };
  return undefined;
}

function referenceParams(ctx: CheckContext, sponsor: Sponsor, reference: IncomeReference) {
  return {
    row: reference.row,
    reference: reference.amount,
    basis: reference.basis,
    since: reference.since,
    base: reference.base,
    perAdditionalPerson: reference.perAdditionalPerson,
    additionalPersons: reference.additionalPersons,
    otherReading: reference.otherReading,
    oldAmount: reference.oldAmount,
    status: sponsor.status,
    residenceSince: sponsor.residenceSince,
    ...transitionDates(ctx),
  };
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

  const reference = incomeReferenceOn(ctx, sponsor);
  if (reference === 'status-needed') {
    out.push(missingField('sponsor', 'sponsor.status', 'MEANS.REFERENCE_RULE'));
  } else if (reference) {
    out.push({ rule: 'MEANS.REFERENCE_RULE', person: 'sponsor', params: referenceParams(ctx, sponsor, reference) });
    if (reference.row === 'residence-unknown') out.push(missingField('sponsor', 'sponsor.residenceSince', 'MEANS.REFERENCE_RULE'));
  }

  const income = sponsor.income;
  if (!income) {
    out.push(missingField('sponsor', 'sponsor.income', 'MEANS.BELOW_REFERENCE'));
  } else {
    out.push(...checkIncomeLines(ctx, income));
    const counted = income.filter((l) => !isExcluded(l)).reduce((sum, l) => sum + toCents(l.monthlyNet), 0) / 100;
    if (reference && reference !== 'status-needed') {
      const params = { counted, ...referenceParams(ctx, sponsor, reference) };
      // Seed 004: "Onder dit bedrag mag DVZ de aanvraag niet automatisch weigeren. DVZ
      // moet eerst een individuele behoefteanalyse maken".
      if (toCents(counted) < toCents(reference.amount)) out.push({ rule: 'MEANS.BELOW_REFERENCE', person: 'sponsor', params });
      // Parameters.md: the income meets one reading and not the other.
      const readings = uncertainBetween(reference);
      if (readings && toCents(counted) >= toCents(readings.low) && toCents(counted) < toCents(readings.high)) {
        out.push({ rule: 'MEANS.REFORM_UNCERTAIN', person: 'sponsor', params: { ...params, between: readings.between, low: readings.low, high: readings.high } });
      }
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
