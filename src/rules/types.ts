// The shapes the rule core returns. Findings are data; their text comes from
// each family's messages.ts by rule ID, so the same finding reads in Dutch, French or English.
import type { RuleId } from './catalogue';
import type { Formatter } from '../i18n/format';
import type { Lang } from '../i18n/lang';
import type { Severity, SourceRef } from './sources';

export type { Severity, SourceRef } from './sources';
export { LANGS, type Lang } from '../i18n/lang';

/** `applicant`, `sponsor`, `children[0]`, or `case` for the file as a whole. */
export type Person = 'applicant' | 'sponsor' | 'case' | `children[${number}]`;

/** Values a message may name: ISO dates (`YYYY-MM-DD`) are written out in the reader's language. */
export type Params = Record<string, string | number | boolean | null | undefined>;

/** A rule's message in one language, from the finding's values. */
export type MessageFn = (p: Params, f: Formatter) => string;

/** One rule's message in every language, side by side so translations stay in step. */
export type RuleMessages = Record<Lang, MessageFn>;

/** What a check reports; the engine adds severity, source and message. */
export interface RawFinding {
  rule: RuleId;
  person: Person;
  params?: Params;
  /** Only for rules whose severity depends on the case (TIME.REGISTER once past). */
  severity?: Severity;
  /** Set when the finding names a date: it then also appears in `deadlines`. */
  deadline?: string;
  /** The step is recorded as done (on `doneOn` when the case says the day). */
  done?: boolean;
  doneOn?: string;
}

export interface Finding {
  rule: RuleId;
  severity: Severity;
  person: Person;
  message: string;
  /** Primary source file (the CLI contract). */
  source: string;
  /** Every source with the sentence it rests on. */
  sources: SourceRef[];
  params: Params;
}

export interface PaymentInfo {
  person: Person;
  amountEur: number | null;
  exempt: boolean;
  reason: string | null;
  communication: string;
  /** Spaced form as in the municipal example (`EL AMRANI Fatima Zahra Marokko 15031990`). */
  communicationSpaced: string;
  /** Set when the compact form had to be shortened to 140 characters. */
  shortened: boolean;
  epcQr: string;
  iban: string;
  bic: string;
  beneficiary: string;
}

/** `done`: the case records the step; otherwise `due`, or `overdue` once the date is past today. */
export type DeadlineStatus = 'done' | 'due' | 'overdue';

export interface Deadline {
  rule: RuleId;
  date: string;
  person: Person;
  status: DeadlineStatus;
  /** The day the step was done, when the case records it. */
  doneOn?: string;
  note: string;
}

export type ChecklistStatus = 'ok' | 'missing' | 'problem';

export interface ChecklistItem {
  id: string;
  person: Person;
  status: ChecklistStatus;
  rules: RuleId[];
  label: string;
}

export interface Report {
  /** The date the case was checked for: `applicationDate`, or `--on`/today. */
  checkedOn: string;
  findings: Finding[];
  payments: PaymentInfo[];
  deadlines: Deadline[];
  checklist: ChecklistItem[];
}
