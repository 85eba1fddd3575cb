// @vitest-environment happy-dom
// No file name reaches a reader: every finding of every scenario, drawn by the popup in
// both views and written by `visa-check`'s human output, in nl, fr and en, names its
// sources by title. The JSON output keeps the stable IDs.
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import fr from '../../public/_locales/fr/messages.json';
import nl from '../../public/_locales/nl/messages.json';
import { parseCaseValue } from '../../src/case/parse';
import { formatHuman } from '../../src/cli/format-human';
import { CaseworkerContext } from '../../src/popup/context';
import { FindingsList } from '../../src/popup/findings';
import { Checklist, Deadlines } from '../../src/popup/timeline';
import { createI18n, I18nContext, type Catalog } from '../../src/popup/translate';
import { checkCase } from '../../src/rules/engine';
import { SEED_000, SEED_003, SEED_004 } from '../../src/rules/sources';
import { LANGS, type Lang } from '../../src/rules/types';
import type { Scenario } from '../scenarios/scenario';

const CATALOGS: Record<Lang, Catalog> = { en, fr, nl };
const families = import.meta.glob<{ scenarios: Scenario[] }>('../scenarios/*.scenarios.ts', { eager: true });
const scenarios = Object.values(families).flatMap((m) => m.scenarios);

const HASHES = [SEED_000, SEED_003, SEED_004].map((f) => f.replace(/^\d+_|\.txt$/g, ''));
const FILE_NAME = /\.txt\b|\.md\b|\.json\b/;

function fileNamesIn(text: string): string[] {
  const found = [...text.matchAll(new RegExp(FILE_NAME, 'g'))].map((m) => text.slice(Math.max(0, m.index - 40), m.index + 8));
  return [...found, ...HASHES.filter((h) => text.includes(h))];
}

const host = document.createElement('div');
afterEach(() => render(null, host));

describe('what a person reads names no file', () => {
  it('runs over the scenarios', () => {
    expect(scenarios.length).toBeGreaterThan(100);
  });

  it('and the check sees a file name when there is one', () => {
    expect(fileNamesIn(`source ${SEED_004}`)).toHaveLength(2);
    expect(fileNamesIn('see parameters.md')).toHaveLength(1);
    expect(fileNamesIn('PAY.FEE · MEANS.BELOW_REFERENCE · 236 EUR')).toEqual([]);
  });

  for (const lang of LANGS) {
    it(`in ${lang}: the popup in both views and the command line`, () => {
      const i18n = createI18n(lang, CATALOGS[lang]);
      const seenRules = new Set<string>();
      for (const s of scenarios) {
        const parsed = parseCaseValue(s.case);
        if (!parsed.ok) throw new Error(s.name);
        const report = checkCase(parsed.value, { today: s.today ?? parsed.value.applicationDate ?? s.on ?? '2025-03-10', on: s.on, lang, userValues: s.userValues });
        for (const f of report.findings) seenRules.add(f.rule);
        const draft = s.case as Record<string, unknown>;
        for (const caseworker of [false, true]) {
          render(
            <I18nContext.Provider value={i18n}>
              <CaseworkerContext.Provider value={caseworker}>
                <FindingsList report={report} draft={draft} />
                <Deadlines deadlines={report.deadlines} draft={draft} />
                <Checklist items={report.checklist} findings={report.findings} draft={draft} />
              </CaseworkerContext.Provider>
            </I18nContext.Provider>,
            host,
          );
          expect(fileNamesIn(host.textContent ?? ''), `${s.name} (${caseworker ? 'caseworker' : 'applicant'})`).toEqual([]);
          if (caseworker && report.findings.some((f) => f.sources.length)) expect(host.querySelector('.source-title')?.textContent, s.name).toMatch(/\S/);
        }
        expect(fileNamesIn(formatHuman(parsed.value, report, { lang, color: false })), `${s.name} (visa-check)`).toEqual([]);
      }
      expect(seenRules.size).toBeGreaterThan(50);
    }, 180_000);
  }
});
