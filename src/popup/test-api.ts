// An in-memory stand-in for the background, over the real case parser and
// rule core, so the views can be tested without a browser.
import { parseCaseText, parseCaseValue } from '../case/parse';
import type { CaseSummary, UiToBg, UiToBgAnswers } from '../messages';
import { checkCase, type CheckOptions } from '../rules/engine';
import { PARAMS_FORMAT, parseParamsValue } from '../case/params-file';
import type { UserValue } from '../rules/parameters';
import type { Report } from '../rules/types';
import type { Api, UiRequest } from './context';

export interface FakeApi extends Api {
  cases: Map<string, Record<string, unknown>>;
  /** Each case's stored revision, as the background's store counts them. */
  revs: Map<string, number>;
  copied: string[];
  sent: UiToBg[];
  settings: { lang: 'nl' | 'fr' | 'en' | null; caseworker: boolean };
  /** The amounts the user has verified, as the background keeps them. */
  userValues: UserValue[];
  /** Stores a new revision of a case as another window would; every window watching it hears of it. */
  saveElsewhere(id: string, value: Record<string, unknown>): void;
}

type Checker = (value: Parameters<typeof checkCase>[0], options: CheckOptions) => Report;

export function createFakeApi(options: { today: string; check?: Checker; cases?: Record<string, unknown>[] }): FakeApi {
  const check = options.check ?? checkCase;
  const cases = new Map<string, Record<string, unknown>>();
  const revs = new Map<string, number>();
  const revOf = (id: string) => revs.get(id) ?? 1;
  const deleted = new Map<string, [string, Record<string, unknown>]>();
  let next = 1;
  let activeId: string | null = null;
  const watchers = new Set<{ id: string; onStored(rev: number): void }>();
  /** As `storage.onChanged` does: after the write, for every window, the writer's own included. */
  function announce(id: string) {
    const rev = revOf(id);
    setTimeout(() => {
      for (const w of watchers) if (w.id === id) w.onStored(rev);
    });
  }
  const newId = () => `case-${next++}`;
  for (const c of options.cases ?? []) {
    const id = newId();
    cases.set(id, { ...(c as object), id });
  }

  function counts(c: Record<string, unknown>): Pick<CaseSummary, 'errors' | 'warnings' | 'nextDeadline'> {
    const parsed = parseCaseValue(c);
    if (!parsed.ok) return { errors: 0, warnings: 0, nextDeadline: null };
    const report = check(parsed.value, { today: options.today });
    const upcoming = report.deadlines.filter((d) => d.status !== 'done').map((d) => d.date).filter((d) => d >= options.today).sort();
    return {
      errors: report.findings.filter((f) => f.severity === 'error').length,
      warnings: report.findings.filter((f) => f.severity === 'warning').length,
      nextDeadline: upcoming[0] ?? null,
    };
  }

  function summary(id: string, c: Record<string, unknown>): CaseSummary {
    const a = (c.applicant ?? {}) as { givenNames?: string; surname?: string };
    return {
      id,
      label: typeof c.label === 'string' ? c.label : '',
      caseType: String(c.caseType),
      applicantName: [a.givenNames, a.surname].filter(Boolean).join(' '),
      updatedAt: '2025-01-01T00:00:00Z',
      ...counts(c),
    };
  }

  const fake: FakeApi = {
    cases,
    revs,
    copied: [],
    sent: [],
    settings: { lang: null, caseworker: false },
    userValues: [],
    async copyText(text) {
      fake.copied.push(text);
    },
    watchCase(id, onStored) {
      const watcher = { id, onStored };
      watchers.add(watcher);
      return () => watchers.delete(watcher);
    },
    saveElsewhere(id, value) {
      cases.set(id, structuredClone(value));
      revs.set(id, revOf(id) + 1);
      announce(id);
    },
    async send<T extends UiToBg['type']>(msg: UiRequest<T>): Promise<UiToBgAnswers[T]> {
      const m = msg as UiToBg;
      fake.sent.push(m);
      const answer = ((): unknown => {
        switch (m.type) {
          case 'ui-bg/list-cases':
            return { cases: [...cases].map(([id, c]) => summary(id, c)), activeId };
          case 'ui-bg/get-case': {
            const c = cases.get(m.id);
            return c ? { ok: true, case: structuredClone(c), rev: revOf(m.id), updatedAt: '2025-01-01T00:00:00Z' } : { ok: false, error: 'no such case' };
          }
          case 'ui-bg/create-case': {
            const id = newId();
            cases.set(id, { format: 'visa-case/1', id, caseType: m.caseType ?? 'marriage', label: m.label ?? '', applicant: {} });
            activeId = id;
            return { ok: true, id };
          }
          case 'ui-bg/save-case': {
            if (m.rev !== revOf(m.id)) return { ok: false, stale: true, rev: revOf(m.id) };
            const parsed = parseCaseValue(m.case);
            if (!parsed.ok) return parsed;
            cases.set(m.id, structuredClone(parsed.value) as Record<string, unknown>);
            revs.set(m.id, revOf(m.id) + 1);
            announce(m.id);
            return { ok: true, rev: revOf(m.id) };
          }
          case 'ui-bg/save-copy': {
            const parsed = parseCaseValue(m.case);
            if (!parsed.ok) return parsed;
            const id = newId();
            cases.set(id, structuredClone(parsed.value) as Record<string, unknown>);
            activeId = id;
            return { ok: true, id };
          }
          case 'ui-bg/duplicate-case': {
            const c = cases.get(m.id);
            if (!c) return { ok: false, error: 'no such case' };
            const id = newId();
            cases.set(id, { ...structuredClone(c), id });
            return { ok: true, id };
          }
          case 'ui-bg/delete-case': {
            const c = cases.get(m.id);
            if (!c) return { ok: false, error: 'no such case' };
            cases.delete(m.id);
            const token = `token-${m.id}`;
            deleted.set(token, [m.id, c]);
            return { ok: true, token };
          }
          case 'ui-bg/undo-delete': {
            const entry = deleted.get(m.token);
            if (!entry) return { ok: false, error: 'nothing to undo' };
            cases.set(entry[0], entry[1]);
            deleted.delete(m.token);
            return { ok: true, id: entry[0] };
          }
          case 'ui-bg/set-active':
            activeId = m.id;
            return { ok: true };
          case 'ui-bg/check-case': {
            const source = m.draft ?? (m.id ? cases.get(m.id) : undefined);
            const parsed = parseCaseValue(source);
            if (!parsed.ok) return parsed;
            return { ok: true, report: check(parsed.value, { today: options.today, lang: m.lang, userValues: fake.userValues }) };
          }
          case 'ui-bg/import': {
            let json: unknown;
            const whole = parseCaseText(m.text);
            try {
              json = JSON.parse(m.text);
            } catch {
              return whole;
            }
            const list = Array.isArray(json) ? json : [json];
            const parsed = list.map((item) => parseCaseValue(item));
            const errors = parsed.flatMap((p, i) => (p.ok ? [] : p.errors.map((e) => ({ path: Array.isArray(json) ? `[${i}].${e.path}` : e.path, message: e.message }))));
            if (errors.length) return { ok: false, errors };
            const ids = parsed.map((p) => {
              const id = newId();
              if (p.ok) cases.set(id, { ...(p.value as Record<string, unknown>), id });
              return id;
            });
            return { ok: true, ids };
          }
          case 'ui-bg/export': {
            if (m.id) {
              const c = cases.get(m.id);
              return c ? { ok: true, text: JSON.stringify(c, null, 2), fileName: 'case.json' } : { ok: false, error: 'no such case' };
            }
            return { ok: true, text: JSON.stringify([...cases.values()], null, 2), fileName: 'cases.json' };
          }
          case 'ui-bg/get-settings':
            return { ...fake.settings };
          case 'ui-bg/get-user-values':
            return { values: [...fake.userValues] };
          case 'ui-bg/set-user-values': {
            const parsed = parseParamsValue({ format: PARAMS_FORMAT, values: m.values });
            if (!parsed.ok) return parsed;
            fake.userValues = parsed.values;
            return { ok: true };
          }
          case 'ui-bg/set-settings':
            if (m.lang !== undefined) fake.settings.lang = m.lang;
            if (m.caseworker !== undefined) fake.settings.caseworker = m.caseworker;
            return { ok: true };
        }
      })();
      return answer as UiToBgAnswers[T];
    },
  };
  return fake;
}
