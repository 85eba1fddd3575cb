// checkCase: the one entry point of the rule core. Pure: no clock, no browser;
// "today" and the language are passed in.
import type { VisaCase } from '../case/schema';
import { ruleMessage } from './messages';
import { formatter, type Formatter } from '../i18n/format';
import { RULES, SEED_003, isCatalogueRule, type RuleId } from './catalogue';
import { buildChecklist } from './checklist';
import { CHECKS } from './checks';
import { buildPayments } from './payment/check';
import { createContext } from './context';
import type { IsoDate } from './dates';
import type { UserValue } from './parameters';
import type { Deadline, DeadlineStatus, Finding, Lang, Params, Person, RawFinding, Report, Severity, SourceRef } from './types';

export interface CheckOptions {
  /** The real today: deadlines already past turn into errors. */
  today: IsoDate;
  /** The date to check for when the case has no `applicationDate` (default: today). */
  on?: IsoDate;
  lang?: Lang;
  /** Amounts the user has verified (parameters.md): used from their start date, reported with PARAM.USER_VALUE. */
  userValues?: readonly UserValue[];
}

const formatters: Record<Lang, Formatter> = { nl: formatter('nl'), fr: formatter('fr'), en: formatter('en') };

/**
 * A finding whose message is written when first read: a batch run that only counts errors never
 * formats one. `message` is still an own enumerable property in its place among the keys, so
 * JSON, a spread and structured cloning see the same object as before; it can be assigned too.
 */
class ReportFinding implements Finding {
  declare rule: RuleId;
  declare severity: Severity;
  declare person: Person;
  declare message: string;
  declare source: string;
  declare sources: SourceRef[];
  declare params: Params;
  #lang: Lang;
  #message: string | undefined;

  constructor(rule: RuleId, severity: Severity, person: Person, sources: SourceRef[], params: Params, lang: Lang) {
    this.#lang = lang;
    this.rule = rule;
    this.severity = severity;
    this.person = person;
    Object.defineProperty(this, 'message', ReportFinding.#messageProperty);
    this.source = sources[0]?.file ?? 'rules.md';
    this.sources = sources;
    this.params = params;
  }

  static readonly #messageProperty: PropertyDescriptor = {
    enumerable: true,
    configurable: true,
    get(this: ReportFinding): string {
      return (this.#message ??= ruleMessage(this.rule, this.#lang)(this.params, formatters[this.#lang]));
    },
    set(this: ReportFinding, text: string) {
      this.#message = text;
    },
  };
}

/** A deadline whose note is its finding's message, written when first read. */
class ReportDeadline implements Deadline {
  declare rule: RuleId;
  declare date: string;
  declare person: Person;
  declare status: DeadlineStatus;
  declare doneOn?: string;
  declare note: string;
  #finding: Finding;
  #note: string | undefined;

  constructor(finding: Finding, date: string, status: DeadlineStatus, doneOn: string | undefined) {
    this.#finding = finding;
    this.rule = finding.rule;
    this.date = date;
    this.person = finding.person;
    this.status = status;
    if (doneOn !== undefined) this.doneOn = doneOn;
    Object.defineProperty(this, 'note', ReportDeadline.#noteProperty);
  }

  static readonly #noteProperty: PropertyDescriptor = {
    enumerable: true,
    configurable: true,
    get(this: ReportDeadline): string {
      return (this.#note ??= this.#finding.message);
    },
    set(this: ReportDeadline, text: string) {
      this.#note = text;
    },
  };
}

/** The catalogue by rule ID, for one lookup per finding. */
const CATALOGUE: ReadonlyMap<string, { severity: Severity; sources: readonly SourceRef[] }> = new Map(Object.entries(RULES));

/** A rule outside the catalogue (`MISSING.*`) carries the sources of the rule that needed it. */
function sourcesOfOther(raw: RawFinding): readonly SourceRef[] {
  const needed = raw.params?.neededBy;
  if (typeof needed === 'string' && isCatalogueRule(needed)) return RULES[needed].sources;
  return [{ file: SEED_003 }];
}

export function checkCase(c: VisaCase, options: CheckOptions): Report {
  const lang = options.lang ?? 'en';
  const on = c.applicationDate ?? options.on ?? options.today;
  const ctx = createContext(c, on, options.today, options.userValues);

  const raw: RawFinding[] = [];
  for (const check of CHECKS) for (const r of check(ctx)) raw.push(r);
  // PARAM.STALE: one finding per yearly-indexed amount used past its last known year.
  for (const [parameter, found] of ctx.stale) {
    raw.push({ rule: 'PARAM.STALE', person: 'case', params: { parameter, since: found.since, value: typeof found.value === 'number' ? found.value : null, year: on.slice(0, 4) } });
  }

  // PARAM.USER_VALUE: one finding per user's value met, used or superseded by a shipped one.
  for (const [parameter, use] of ctx.userValues) {
    const { value, since, source, checkedOn } = use.value;
    const superseded = use.supersededBy;
    raw.push({
      rule: 'PARAM.USER_VALUE',
      person: 'case',
      params: { parameter, value, since, source, checkedOn, superseded: superseded !== undefined, shippedValue: typeof superseded?.value === 'number' ? superseded.value : null, shippedSince: superseded?.since },
    });
  }

  // Stable by severity, errors first: each finding goes to its severity's list as it is made.
  const errors: Finding[] = [];
  const warnings: Finding[] = [];
  const infos: Finding[] = [];
  const deadlines: Deadline[] = [];
  // Several rules may need the same absent field: say it once, citing the first rule that needed it.
  let missingSaid: Set<string> | undefined;
  for (const r of raw) {
    if (r.rule.startsWith('MISSING.')) {
      const key = `${r.person} ${r.rule}`;
      if (missingSaid?.has(key)) continue;
      (missingSaid ??= new Set()).add(key);
    }
    const spec = CATALOGUE.get(r.rule);
    const severity = r.severity || (spec ? spec.severity : 'warning');
    const finding = new ReportFinding(r.rule, severity, r.person, (spec ? spec.sources : sourcesOfOther(r)).slice(), r.params ?? {}, lang);
    (severity === 'error' ? errors : severity === 'warning' ? warnings : infos).push(finding);
    if (r.deadline) {
      // The whole path stays in the list: a step the case records is done, the others are due until their day has passed.
      const status: DeadlineStatus = r.done || r.doneOn !== undefined ? 'done' : options.today > r.deadline ? 'overdue' : 'due';
      deadlines.push(new ReportDeadline(finding, r.deadline, status, r.doneOn));
    }
  }
  const ordered = errors.concat(warnings, infos);
  // Most reports have one deadline or none: no sort to set up then.
  if (deadlines.length > 1) deadlines.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  return {
    checkedOn: on,
    findings: ordered,
    payments: buildPayments(ctx, lang),
    deadlines,
    checklist: buildChecklist(ctx, ordered, lang),
  };
}
