// Every finding cites the sentence it rests on: each quote in the catalogue is
// found word for word in the file it names, and every seed or parameters.md
// source has one.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHARED_DIR } from './shared';
import { RULE_IDS, RULES } from '../../src/rules/catalogue';
import { checkCase } from '../../src/rules/engine';
import type { SourceRef } from '../../src/rules/types';
import { parseCaseValue } from '../../src/case/parse';
import { baseMarriageCase } from '../scenarios/base';

const seedsDir = resolve(SHARED_DIR, 'seeds');
const seedFiles = readdirSync(seedsDir).filter((name) => name.endsWith('.txt'));
const texts: Record<string, string> = {
  ...Object.fromEntries(seedFiles.map((name) => [name, readFileSync(resolve(seedsDir, name), 'utf8')])),
  'parameters.md': readFileSync(resolve(SHARED_DIR, 'spec/parameters.md'), 'utf8'),
};

/**
 * Sources that may stay without a quote: `rule id → file → reason`. Empty: every
 * seed named by a rule holds a sentence the rule rests on.
 */
const WITHOUT_QUOTE: Record<string, Record<string, string>> = {};

const MAX_QUOTE = 300;
const WORD_CHAR = /[\p{L}\p{N}]/u;

const cited = RULE_IDS.flatMap((id) => (RULES[id].sources as readonly SourceRef[]).map((source, index) => ({ id, index, source })));
const label = ({ id, index, source }: (typeof cited)[number]) => `${id} source ${index} (${source.file})`;

describe('source quotes', () => {
  it('reads the three seeds and parameters.md', () => {
    expect(seedFiles).toHaveLength(3);
    for (const [name, text] of Object.entries(texts)) expect(text.length, name).toBeGreaterThan(1000);
  });

  it('names only a seed file, parameters.md or practice', () => {
    for (const c of cited) expect(Object.hasOwn(texts, c.source.file) || c.source.file === 'practice', label(c)).toBe(true);
  });

  it('finds every quote verbatim in the file it names', () => {
    for (const c of cited.filter((x) => x.source.quote !== undefined)) {
      const text = texts[c.source.file];
      expect(text, `${label(c)}: a quote needs a file with text`).toBeDefined();
      expect(text!.includes(c.source.quote!), `${label(c)}: not in the file: ${c.source.quote}`).toBe(true);
    }
  });

  it('quotes whole words, trimmed, without ellipses, under the length limit', () => {
    for (const c of cited.filter((x) => x.source.quote !== undefined)) {
      const quote = c.source.quote!;
      const text = texts[c.source.file] ?? '';
      const at = text.indexOf(quote);
      expect(quote, label(c)).toBe(quote.trim());
      expect(quote.length, label(c)).toBeGreaterThan(10);
      expect(quote.length, label(c)).toBeLessThanOrEqual(MAX_QUOTE);
      expect(/…|\.\.\./.test(quote), `${label(c)} joins text with an ellipsis`).toBe(false);
      if (at < 0) continue;
      expect(WORD_CHAR.test(text[at - 1] ?? ''), `${label(c)} starts inside a word`).toBe(false);
      expect(WORD_CHAR.test(text[at + quote.length] ?? ''), `${label(c)} ends inside a word`).toBe(false);
    }
  });

  it('gives every seed and parameters.md source a quote, but for the listed exceptions', () => {
    const missing = cited
      .filter((c) => c.source.file !== 'practice' && c.source.quote === undefined)
      .filter((c) => WITHOUT_QUOTE[c.id]?.[c.source.file] === undefined)
      .map(label);
    expect(missing).toEqual([]);
  });

  it('lists as exceptions only sources that exist and have no quote', () => {
    for (const [id, files] of Object.entries(WITHOUT_QUOTE)) {
      for (const [file, reason] of Object.entries(files)) {
        const sources = (RULES[id as keyof typeof RULES]?.sources ?? []) as readonly SourceRef[];
        expect(sources.some((s) => s.file === file && s.quote === undefined), `${id} ${file}`).toBe(true);
        expect(reason.length, `${id} ${file}: give the reason`).toBeGreaterThan(10);
      }
    }
  });

  it('gives a practice source no quote, as there is no text to quote from', () => {
    for (const c of cited.filter((x) => x.source.file === 'practice')) expect(c.source.quote, label(c)).toBeUndefined();
  });

  it('cites one sentence once per rule', () => {
    for (const id of RULE_IDS) {
      const keys = (RULES[id].sources as readonly SourceRef[]).map((s) => `${s.file}\n${s.quote ?? ''}`);
      expect(keys.filter((k, i) => keys.indexOf(k) !== i), id).toEqual([]);
    }
  });

  it('carries the quotes into the findings a user sees', () => {
    const parsed = parseCaseValue(baseMarriageCase());
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const report = checkCase(parsed.value, { today: '2025-03-10' });
    const fee = report.findings.find((f) => f.rule === 'PAY.FEE');
    expect(fee?.sources).toEqual(RULES['PAY.FEE'].sources);
    expect(fee?.sources.every((s) => s.quote && texts[s.file]!.includes(s.quote))).toBe(true);
  });
});
