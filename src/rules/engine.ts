// checkCase: the one entry point of the rule core. Pure: no clock, no browser;
// "today" and the language are passed in.
import type { VisaCase } from '../case/schema';
import { ruleMessage } from '../i18n/rules';
import { formatter } from '../i18n/format';
import { RULES, SEED_003, isCatalogueRule, type RuleId } from './catalogue';
import { buildChecklist } from './checklist';
import { CHECKS } from './checks';
import { buildPayments } from './checks/payment';
import { createContext } from './context';
import type { IsoDate } from './dates';
import type { Deadline, Finding, Lang, RawFinding, Report, Severity, SourceRef } from './types';

export interface CheckOptions {
  /** The real today: deadlines already past turn into errors. */
  today: IsoDate;
  /** The date to check for when the case has no `applicationDate` (default: today). */
  on?: IsoDate;
  lang?: Lang;
}

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

function sourcesOf(rule: RuleId, raw: RawFinding): readonly SourceRef[] {
  if (isCatalogueRule(rule)) return RULES[rule].sources;
  const needed = raw.params?.neededBy;
  if (typeof needed === 'string' && isCatalogueRule(needed)) return RULES[needed].sources;
  return [{ file: SEED_003 }];
}

function severityOf(raw: RawFinding): Severity {
  if (raw.severity) return raw.severity;
  return isCatalogueRule(raw.rule) ? RULES[raw.rule].severity : 'warning';
}

export function checkCase(c: VisaCase, options: CheckOptions): Report {
  const lang = options.lang ?? 'en';
  const on = c.applicationDate ?? options.on ?? options.today;
  const ctx = createContext(c, on, options.today);
  const f = formatter(lang);

  const raw: RawFinding[] = [];
  for (const check of CHECKS) raw.push(...check(ctx));
  // PARAM.STALE: one finding per yearly-indexed amount used past its last known year.
  for (const [parameter, found] of ctx.stale) {
    raw.push({ rule: 'PARAM.STALE', person: 'case', params: { parameter, since: found.since, value: typeof found.value === 'number' ? found.value : null, year: on.slice(0, 4) } });
  }

  const findings: Finding[] = [];
  const deadlines: Deadline[] = [];
  // Several rules may need the same absent field: say it once, citing the first rule that needed it.
  const missingSaid = new Set<string>();
  for (const r of raw) {
    if (r.rule.startsWith('MISSING.')) {
      const key = `${r.person} ${r.rule}`;
      if (missingSaid.has(key)) continue;
      missingSaid.add(key);
    }
    const params = r.params ?? {};
    const message = ruleMessage(r.rule, lang)(params, f);
    const sources = [...sourcesOf(r.rule, r)];
    findings.push({ rule: r.rule, severity: severityOf(r), person: r.person, message, source: sources[0]?.file ?? 'rules.md', sources, params });
    if (r.deadline) deadlines.push({ rule: r.rule, date: r.deadline, person: r.person, note: message });
  }
  // Stable by severity, errors first: a stable sort with three keys is three passes, without a comparator call per pair.
  const ordered: Finding[] = [];
  for (const severity of SEVERITIES) for (const finding of findings) if (finding.severity === severity) ordered.push(finding);
  deadlines.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  return {
    checkedOn: on,
    findings: ordered,
    payments: buildPayments(ctx, lang),
    deadlines,
    checklist: buildChecklist(ctx, ordered, lang),
  };
}
