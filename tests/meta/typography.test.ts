// Every Dutch and French string reads with one typographic convention (tests/meta/typography.ts):
// the popup's, report's and content script's strings, every string written beside a language in
// the code, and the messages, notes and labels the checks write for every scenario case.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from '@babel/parser';
import { describe, expect, it } from 'vitest';
import { parseCaseValue } from '../../src/case/parse';
import { formatHuman } from '../../src/cli/format-human';
import { checkCase } from '../../src/rules/engine';
import type { Scenario } from '../scenarios/scenario';
import { describeProblems, dutchTypographyProblems, frenchTypographyProblems, NARROW_NBSP as N } from './typography';

const root = resolve(__dirname, '../..');
const CHECKS = { fr: frenchTypographyProblems, nl: dutchTypographyProblems };
type Written = 'fr' | 'nl';

function problemsIn(lang: Written, texts: Iterable<[where: string, text: string]>): string[] {
  const found: string[] = [];
  for (const [where, text] of texts) for (const line of describeProblems(text, CHECKS[lang](text))) found.push(`${where}: ${line}`);
  return found;
}

describe('the typography checks themselves', () => {
  it.each([
    'Le demandeur : il manque une date.',
    'Le demandeur: il manque une date.',
    `Le demandeur\u00a0: il manque une date.`,
    'Pourquoi?',
    `Pourquoi ?`,
    `Joignez-le ; puis payez.`,
    `la carte d'identité`,
    `indiquez « divorcé${N}»`,
    `indiquez «${N}divorcé »`,
    `indiquez «divorcé${N}»`,
    'indiquez "divorcé"',
    'indiquez “divorcé”',
  ])('French: %j is refused', (text) => expect(frenchTypographyProblems(text)).not.toEqual([]));

  it.each([
    `Le demandeur${N}: il manque une date.`,
    `Pourquoi${N}? Joignez-le${N}; puis payez${N}!`,
    'la carte d’identité',
    `indiquez «${N}divorcé${N}»`,
    'le 1er janvier à 9:00',
    'voir https://dofi.ibz.be/fr',
    `$FIELD$${N}: «${N}$PROFILE$${N}» est conservé.`,
  ])('French: %j is accepted', (text) => expect(frenchTypographyProblems(text)).toEqual([]));

  it.each(["twee pasfoto's", 'een ‘artikel 60’-tewerkstelling vóór 9:00 \'s morgens', 'De aanvrager : geboren', `Waarom${N}?`, 'vermeld "gescheiden"', 'vermeld „gescheiden”'])(
    'Dutch: %j is refused',
    (text) => expect(dutchTypographyProblems(text)).not.toEqual([]),
  );

  it.each(['twee pasfoto’s', 'een ‘artikel 60’-tewerkstelling om 9:00', 'De aanvrager: geboren op 1 maart. Waarom? Zie https://dofi.ibz.be'])(
    'Dutch: %j is accepted',
    (text) => expect(dutchTypographyProblems(text)).toEqual([]),
  );
});

describe('the language files', () => {
  it.each(['fr', 'nl'] as const)('every %s message follows the convention', (lang) => {
    const catalog = JSON.parse(readFileSync(join(root, 'public/_locales', lang, 'messages.json'), 'utf8')) as Record<string, { message: string }>;
    const texts = Object.entries(catalog).map(([key, entry]): [string, string] => [key, entry.message]);
    expect(texts.length).toBeGreaterThan(400);
    expect(problemsIn(lang, texts)).toEqual([]);
  });

  it.each(['fr', 'nl'] as const)('the %s store description follows it too', (lang) => {
    const lines = readFileSync(join(root, `store/description.${lang}.txt`), 'utf8').split('\n').filter((l) => l.trim() !== '');
    expect(problemsIn(lang, lines.map((line, i): [string, string] => [`line ${i + 1}`, line]))).toEqual([]);
  });
});

// Strings written beside a language in the code (`fr: …`, `nl: …`), every branch included.
// src/recognition is left out: its words are patterns matched against vendor pages, not text shown.
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return path.endsWith('src/recognition') ? [] : sourceFiles(path);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [path] : [];
  });
}

type Node = { type: string; [key: string]: unknown };

/** The text pieces under a property named `fr` or `nl`; a piece next to a `${…}` stands with an x for it. */
function writtenPieces(file: string): Record<Written, [string, string][]> {
  const text = readFileSync(file, 'utf8');
  const ast = parse(text, { sourceType: 'module', plugins: ['typescript', 'jsx'] });
  const pieces: Record<Written, [string, string][]> = { fr: [], nl: [] };
  const visit = (node: unknown, lang: string | null): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach((n) => visit(n, lang));
    const n = node as Node;
    if (typeof n.type !== 'string') return;
    if (n.type === 'ObjectProperty' || n.type === 'ObjectMethod') {
      const key = n.key as { name?: string; value?: string };
      const name = key.name ?? key.value;
      if (name === 'fr' || name === 'nl' || name === 'en') lang = name;
    }
    const where = () => `${file.slice(root.length + 1)}:${(n.loc as { start: { line: number } }).start.line}`;
    if (lang === 'fr' || lang === 'nl') {
      if (n.type === 'StringLiteral') pieces[lang].push([where(), n.value as string]);
      if (n.type === 'TemplateLiteral') {
        const quasis = n.quasis as { value: { cooked: string } }[];
        quasis.forEach((q, i) => pieces[lang as Written].push([where(), `${i > 0 ? 'x' : ''}${q.value.cooked}${i < quasis.length - 1 ? 'x' : ''}`]));
      }
    }
    for (const [key, value] of Object.entries(n)) if (key !== 'loc' && !key.endsWith('Comments')) visit(value, lang);
  };
  visit(ast.program, null);
  return pieces;
}

describe('strings in the code', () => {
  const files = sourceFiles(join(root, 'src')).map(writtenPieces);
  it.each(['fr', 'nl'] as const)('every %s string follows the convention', (lang) => {
    const pieces = files.flatMap((f) => f[lang]);
    expect(pieces.length).toBeGreaterThan(300);
    expect(problemsIn(lang, pieces)).toEqual([]);
  });
});

// What the checks write for every scenario case, in each language: messages put together from
// pieces, dates as the formatter writes them, and the terminal report around them.
const families = import.meta.glob<{ scenarios: Scenario[] }>('../scenarios/*.scenarios.ts', { eager: true });
const scenarios = Object.values(families).flatMap((m) => m.scenarios);

function* rendered(lang: Written): Generator<[string, string]> {
  for (const s of scenarios) {
    const parsed = parseCaseValue(s.case);
    if (!parsed.ok) continue;
    const today = s.today ?? parsed.value.applicationDate ?? s.on ?? '2025-03-10';
    const report = checkCase(parsed.value, { today, on: s.on, lang, userValues: s.userValues });
    for (const f of report.findings) yield [`${s.name} / ${f.rule}`, f.message];
    for (const d of report.deadlines) yield [`${s.name} / deadline ${d.rule}`, d.note];
    for (const c of report.checklist) yield [`${s.name} / checklist ${c.id}`, c.label];
    for (const p of report.payments) if (p.reason) yield [`${s.name} / payment`, p.reason];
    // The terminal's marks (✗ ! i ✓) open a line; they are not punctuation.
    const lines = formatHuman(parsed.value, report, { lang, color: false }).split('\n');
    for (const line of lines) yield [`${s.name} / visa-check`, line.replace(/^\s*(?:[✗!i✓]\s+)?/, '')];
  }
}

describe('what the checks write', () => {
  it('covers the scenarios', () => expect(scenarios.length).toBeGreaterThan(200));
  it.each(['fr', 'nl'] as const)('every %s finding, note, label and terminal report follows the convention', (lang) => {
    expect(problemsIn(lang, rendered(lang))).toEqual([]);
  });
});
