// The shapes the rule core returns. Findings are data; their text comes from
// src/i18n by rule ID, so the same finding reads in Dutch, French or English.
import type { RuleId } from './catalogue';

export type Severity = 'error' | 'warning' | 'info';
export type Lang = 'nl' | 'fr' | 'en';
export const LANGS: readonly Lang[] = ['nl', 'fr', 'en'];

/** `applicant`, `sponsor`, `children[0]`, or `case` for the file as a whole. */
export type Person = 'applicant' | 'sponsor' | 'case' | `children[${number}]`;

/** Values a message may name: ISO dates (`YYYY-MM-DD`) are written out in the reader's language. */
export type Params = Record<string, string | number | boolean | null | undefined>;

/** What a check reports; the engine adds severity, source and message. */
export interface RawFinding {
  rule: RuleId;
  person: Person;
  params?: Params;
  /** Only for rules whose severity depends on the case (TIME.REGISTER once past). */
  severity?: Severity;
  /** Set when the finding names a date: it then also appears in `deadlines`. */
  deadline?: string;
}

export interface SourceRef {
  /** Seed file name, `parameters.md`, or `practice`. */
  file: string;
  /** The sentence the rule rests on, in the source's language (Dutch). */
  quote?: string;
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

export interface Deadline {
  rule: RuleId;
  date: string;
  person: Person;
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
