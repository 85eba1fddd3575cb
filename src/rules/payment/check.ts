// Payment rules (PAY.*, TIME.PARTIAL_PAYMENT_DEADLINE): the fee each applicant owes on the
// application date, the communication, and what the recorded payment says. Seeds 004 and 000.
import type { Payment } from '../../case/schema';
import { feeExemptionReason } from './messages';
import type { CheckContext } from '../context';
import { addDaysIso } from '../dates';
import { feeAccount, partialPaymentDays, remittanceMaxLength } from '../parameters';
import { communicationMatchesName, communicationOf, nameParts, type CommunicationInput, type CommunicationResult, type NameParts } from './communication';
import { buildEpcPayload } from './epc';
import { feeDue, type FeeDue } from './fee';
import type { Lang, PaymentInfo, Person, RawFinding } from '../types';
import { missingField } from '../missing/check';

interface PayingPerson {
  person: Person;
  isApplicant: boolean;
  data: CommunicationInput;
  payment: Payment | undefined;
}

/** The applicant, then every child travelling along (each child files its own application). */
function payingPersons(ctx: CheckContext): PayingPerson[] {
  const c = ctx.case;
  const persons: PayingPerson[] = [{ person: 'applicant', isApplicant: true, data: c.applicant, payment: c.payment }];
  (c.children ?? []).forEach((child, i) => {
    persons.push({ person: `children[${i}]`, isApplicant: false, data: child, payment: child.payment });
  });
  return persons;
}

function maxLength(ctx: CheckContext): number {
  const found = ctx.param(remittanceMaxLength);
  return found.covered ? found.value : Number.POSITIVE_INFINITY;
}

interface PersonFee {
  p: PayingPerson;
  fee: FeeDue;
  /** Absent when neither fee nor communication is known (no birth date and no exemption). */
  communication: CommunicationResult | undefined;
  name: NameParts | undefined;
}

const PERSON_FEES = Symbol('person fees');

/** Built once per person: the checks and the payment cards read the same fee and communication. */
function personFees(ctx: CheckContext): PersonFee[] {
  return ctx.once(PERSON_FEES, () =>
    payingPersons(ctx).map((p) => {
      const fee = feeDue(ctx, { isApplicant: p.isApplicant, birthDate: p.data.birthDate });
      const known = fee.exempt || Boolean(p.data.birthDate);
      const name = known ? nameParts(p.data) : undefined;
      return { p, fee, communication: name && communicationOf(name, { countryLang: 'nl', maxLength: maxLength(ctx) }), name };
    }),
  );
}

/** `MISSING.applicant.nationality`, `MISSING.children.birthDate` (path `children[0].birthDate`). */
function missing(p: PayingPerson, field: string, neededBy: 'PAY.REFERENCE' | 'PAY.FEE'): RawFinding {
  return missingField(p.person, `${p.person}.${field}`, neededBy);
}

function feeFindings(p: PayingPerson, fee: FeeDue): RawFinding[] {
  if (fee.exempt) return [{ rule: 'PAY.FEE', person: p.person, params: { exempt: true, reason: fee.reason, age: fee.age } }];
  if (!fee.covered) return [];
  return [{ rule: 'PAY.FEE', person: p.person, params: { exempt: false, amount: fee.amount, since: fee.since } }];
}

function referenceFindings(p: PayingPerson, result: CommunicationResult, limit: number): RawFinding[] {
  if (result.ok) {
    return [{ rule: 'PAY.REFERENCE', person: p.person, params: { communication: result.compact, spaced: result.spaced, shortened: result.shortened, limit } }];
  }
  return result.problems.map((problem): RawFinding => {
    if (problem.code === 'missing') return missing(p, problem.field, 'PAY.REFERENCE');
    return { rule: 'PAY.REFERENCE', person: p.person, params: { problem: problem.code, field: problem.field, value: p.data[problem.field] } };
  });
}

function paymentFindings(ctx: CheckContext, p: PayingPerson, fee: FeeDue, expected: CommunicationResult, name: NameParts): RawFinding[] {
  const out: RawFinding[] = [];
  const pay = p.payment;
  const amount = !fee.exempt && fee.covered ? fee.amount : null;
  const paid = pay?.amountPaid;
  const recorded = (paid !== undefined && paid > 0) || (paid === undefined && pay?.paidOn !== undefined);

  // Seed 004: "Leg je geen betalingsbewijs voor (en bewijs je ook niet dat je geen bijdrage moet betalen),
  // dan verklaart de ambassade of DVZ je aanvraag onontvankelijk. Je krijgt dan een bijlage 42."
  if (!recorded) out.push({ rule: 'PAY.NOT_PAID', person: p.person, params: { amount } });

  // Seed 004: "een gedeelte van de bijdrage betaald ... bijlage 43. Je krijgt dan 30 dagen (te rekenen
  // vanaf de dag na de kennisgeving van de beslissing) om het resterende bedrag te storten".
  if (amount !== null && paid !== undefined && paid > 0 && paid < amount) {
    const rest = Math.round((amount - paid) * 100) / 100;
    const days = ctx.param(partialPaymentDays);
    const dayCount = days.covered ? days.value : null;
    const notice = pay?.partialNoticeDate;
    // Day 1 is the day after notification, so the last day is the notice date plus the number of days.
    const deadline = notice && dayCount !== null ? addDaysIso(notice, dayCount) : undefined;
    out.push({ rule: 'PAY.PARTIAL', person: p.person, params: { paid, amount, rest, days: dayCount, notice, deadline } });
    if (deadline) {
      const past = ctx.today > deadline;
      out.push({
        rule: 'TIME.PARTIAL_PAYMENT_DEADLINE',
        person: p.person,
        params: { notice, deadline, rest, days: dayCount, past },
        deadline,
        ...(past ? { severity: 'error' as const } : {}),
      });
    }
  }

  // Rules.md: compare after transliterating, dropping everything but letters and digits, lower-casing.
  if (pay?.communication && expected.ok && !communicationMatchesName(pay.communication, name, maxLength(ctx))) {
    out.push({ rule: 'PAY.REFERENCE_MISMATCH', person: p.person, params: { recorded: pay.communication, expected: expected.compact } });
  }

  // Seed 004: "Jijzelf, of een derde persoon, schrijft dit bedrag over"; the communication stays the applicant's.
  if (pay?.paidBy === 'third-party') {
    out.push({ rule: 'PAY.THIRD_PARTY', person: p.person, params: { communication: expected.ok ? expected.compact : null } });
  }
  return out;
}

export function checkPayment(ctx: CheckContext): RawFinding[] {
  const out: RawFinding[] = [];
  const year = ctx.on.slice(0, 4);
  let unknownReported = false;
  for (const { p, fee, communication, name } of personFees(ctx)) {
    // The under-18 exemption rests on the age: without a birth date neither fee nor communication is known.
    if (!fee.exempt && !p.data.birthDate) {
      out.push(missing(p, 'birthDate', 'PAY.FEE'));
      continue;
    }
    // Rules.md: a fee past its last known value is said once, by PARAM.STALE (from the lookup); a date before the
    // first known fee is a period the data does not cover at all, one warning for the file in PAY.FEE's place.
    if (!fee.exempt && !fee.covered) {
      if (!unknownReported) out.push({ rule: 'PAY.FEE_UNKNOWN_PERIOD', person: 'case', params: { firstSince: fee.firstSince, year } });
      unknownReported = true;
    } else out.push(...feeFindings(p, fee));
    if (fee.exempt) continue;
    const expected = communication!;
    out.push(...referenceFindings(p, expected, maxLength(ctx)));
    out.push(...paymentFindings(ctx, p, fee, expected, name!));
  }
  return out;
}

/** One entry per person who files an application: what to pay, where, and with which communication. */
export function buildPayments(ctx: CheckContext, lang: Lang): PaymentInfo[] {
  const account = ctx.param(feeAccount);
  if (!account.covered) return [];
  const { iban, bic, beneficiary } = account.value;
  const infos: PaymentInfo[] = [];
  for (const { p, fee, communication } of personFees(ctx)) {
    if (!communication) continue;
    const ok = communication.ok;
    // Written out in full, fields in the same order for both kinds (no spread of a base object): the CLI's
    // JSON keeps this order, and one object shape keeps the writes cheap.
    if (fee.exempt) {
      infos.push({
        person: p.person,
        communication: ok ? communication.compact : '',
        communicationSpaced: ok ? communication.spaced : '',
        shortened: ok && communication.shortened,
        iban,
        bic,
        beneficiary,
        amountEur: null,
        exempt: true,
        reason: feeExemptionReason(fee.reason, lang, { age: fee.age }),
        epcQr: '',
      });
      continue;
    }
    const amountEur = fee.covered ? fee.amount : null;
    const epc = ok ? buildEpcPayload({ bic, beneficiary, iban, amountEur, remittance: communication.compact, remittanceMaxLength: maxLength(ctx) }) : null;
    infos.push({
      person: p.person,
      communication: ok ? communication.compact : '',
      communicationSpaced: ok ? communication.spaced : '',
      shortened: ok && communication.shortened,
      iban,
      bic,
      beneficiary,
      amountEur,
      exempt: false,
      reason: null,
      epcQr: epc?.ok ? epc.payload : '',
    });
  }
  return infos;
}
