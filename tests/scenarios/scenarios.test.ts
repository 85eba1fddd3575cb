import { describe, expect, it } from 'vitest';
import { parseCaseValue } from '../../src/case/parse';
import { checkCase } from '../../src/rules/engine';
import type { Report } from '../../src/rules/types';
import type { Scenario } from './scenario';

const families = import.meta.glob<{ scenarios: Scenario[] }>('./*.scenarios.ts', { eager: true });

export function runScenario(s: Scenario): Report {
  const parsed = parseCaseValue(s.case);
  if (!parsed.ok) throw new Error(`scenario case does not parse: ${JSON.stringify(parsed.errors)}`);
  const today = s.today ?? parsed.value.applicationDate ?? s.on ?? '2025-03-10';
  return checkCase(parsed.value, { today, on: s.on, lang: 'en', userValues: s.userValues });
}

for (const [file, mod] of Object.entries(families)) {
  describe(file.replace('./', '').replace('.scenarios.ts', ''), () => {
    for (const s of mod.scenarios) {
      it(s.name, () => {
        const report = runScenario(s);
        const rules = new Set(report.findings.map((f) => f.rule));
        for (const id of s.produces ?? []) expect([...rules], `expected ${id}`).toContain(id);
        for (const id of s.absent ?? []) expect([...rules], `did not expect ${id}`).not.toContain(id);
        s.expect?.(report);
      });
    }
  });
}
