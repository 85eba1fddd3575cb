// The rule catalogue in code holds every rule of spec/rules.md with its severity, and beyond it
// only the product's own rules listed in PRODUCT_RULE_IDS (the README says where each comes
// from); every rule has its messages; every rule (but FORM.*, which the content script exercises) is
// produced by one named scenario and declared absent in another.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHARED_DIR } from './shared';
import { PRODUCT_RULE_IDS, RULE_IDS, RULES } from '../../src/rules/catalogue';
import { RULE_MESSAGES } from '../../src/rules/messages';
import { LANGS } from '../../src/rules/types';
import type { Scenario } from '../scenarios/scenario';

const rulesMd = readFileSync(resolve(SHARED_DIR, 'spec/rules.md'), 'utf8');
const specIds = [...rulesMd.matchAll(/^\| ([A-Z]+\.[A-Z0-9_]+) \|/gm)].map((m) => m[1]!);

describe('rule catalogue', () => {
  it('holds every ID of spec/rules.md', () => {
    expect(specIds.filter((id) => !(RULE_IDS as string[]).includes(id))).toEqual([]);
  });

  it('adds to spec/rules.md only the listed product rules', () => {
    expect(RULE_IDS.filter((id) => !specIds.includes(id)).sort()).toEqual([...PRODUCT_RULE_IDS].sort());
  });

  it('lists no product rule that spec/rules.md has since defined', () => {
    expect(PRODUCT_RULE_IDS.filter((id) => specIds.includes(id))).toEqual([]);
  });

  it('says in the README where each product rule comes from', () => {
    const readme = readFileSync(resolve(__dirname, '../../README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('### Rules beyond rules.md'));
    for (const id of PRODUCT_RULE_IDS) expect(section, id).toContain(`\`${id}\``);
  });

  it('keeps the severity rules.md gives each rule', () => {
    for (const line of rulesMd.split('\n')) {
      const m = /^\| ([A-Z]+\.[A-Z0-9_]+) \| (error|warning|info)\b/.exec(line);
      if (m) expect(RULES[m[1] as keyof typeof RULES].severity, m[1]).toBe(m[2]);
    }
  });

  it('cites at least one source for every rule', () => {
    for (const id of RULE_IDS) expect(RULES[id].sources.length, id).toBeGreaterThan(0);
  });

  it('has a message in every language for every rule', () => {
    for (const id of RULE_IDS) {
      for (const lang of LANGS) expect(typeof RULE_MESSAGES[id]?.[lang], `${id} ${lang}`).toBe('function');
    }
  });
});

describe('scenarios cover the catalogue', () => {
  const families = import.meta.glob<{ scenarios: Scenario[] }>('../scenarios/*.scenarios.ts', { eager: true });
  const all = Object.values(families).flatMap((m) => m.scenarios);
  const produced = new Set(all.flatMap((s) => s.produces ?? []));
  const absent = new Set(all.flatMap((s) => s.absent ?? []));
  const ruleIds = RULE_IDS.filter((id) => !id.startsWith('FORM.'));

  it('every rule is produced by at least one scenario', () => {
    expect(ruleIds.filter((id) => !produced.has(id))).toEqual([]);
  });

  it('every rule is declared absent in at least one scenario', () => {
    expect(ruleIds.filter((id) => !absent.has(id))).toEqual([]);
  });

  it('scenario names are unique', () => {
    const names = all.map((s) => s.name);
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
  });
});
