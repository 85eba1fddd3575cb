// Every source a rule or a dated amount cites has a title a person can read, and a
// quoted sentence that gives an older amount than the one in force is said to.
import { describe, expect, it } from 'vitest';
import { olderAmountNote, sourceLines, sourceTitles } from '../../src/rules/source-lines';
import { RULES } from '../../src/rules/catalogue';
import { checkCase } from '../../src/rules/engine';
import * as parameters from '../../src/rules/parameters';
import { amountsIn, SOURCES } from '../../src/rules/source-table';
import { LANGS, type Finding } from '../../src/rules/types';
import { baseMarriageCase, variant } from '../scenarios/base';
import { parseCaseValue } from '../../src/case/parse';

function check(value: unknown, lang: 'nl' | 'fr' | 'en' = 'en') {
  const parsed = parseCaseValue(value);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return checkCase(parsed.value, { today: parsed.value.applicationDate ?? '2025-03-10', lang });
}

const fee = (findings: readonly Finding[]) => findings.find((f) => f.rule === 'PAY.FEE' && f.person === 'applicant')!;

describe('the source table', () => {
  it('has every source a rule cites, with a title and a publisher in nl, fr and en', () => {
    const cited = new Set(Object.values(RULES).flatMap((r) => r.sources.map((s) => s.file)));
    expect(cited.size).toBeGreaterThanOrEqual(4);
    for (const id of cited) {
      const info = SOURCES[id];
      expect(info, id).toBeDefined();
      for (const lang of LANGS) {
        expect(info!.title[lang], `${id} ${lang}`).toMatch(/\S/);
        expect(info!.publisher[lang], `${id} ${lang}`).toMatch(/\S/);
      }
    }
  });

  it('names a seed cited by a dated amount by its title', () => {
    const seedIds = Object.keys(SOURCES).filter((id) => id.endsWith('.txt'));
    const all = (Object.values(parameters) as unknown[]).filter((p): p is { values: { source: string }[] } => typeof p === 'object' && p !== null && Array.isArray((p as { values?: unknown }).values));
    const citedSeeds = new Set(all.flatMap((p) => p.values.flatMap((v) => v.source.split(';').map((s) => s.trim()))).filter((s) => /^\d{3}_[0-9a-f]{16}\.txt$/.test(s)));
    expect(citedSeeds.size).toBeGreaterThan(0);
    for (const id of citedSeeds) expect(seedIds).toContain(id);
  });

  it('reads euro amounts as the Dutch sources write them', () => {
    expect(amountsIn('Je moet 229 euro betalen als bijdrage')).toEqual([229]);
    expect(amountsIn('dat is 2.089,55 euro netto per maand')).toEqual([2089.55]);
    expect(amountsIn('minstens 30.000 EUR dekking')).toEqual([30000]);
    expect(amountsIn('binnen 8 dagen')).toEqual([]);
  });
});

describe('a finding as a person reads its sources', () => {
  it('gives titles, publishers and the quote in its language with a note in fr and en only', () => {
    const report = check(variant(baseMarriageCase(), (c) => (c.applicant.birthDate = '2010-01-01')), 'fr');
    const age = report.findings.find((f) => f.rule === 'AGE.APPLICANT_MIN')!;
    const lines = sourceLines(age, 'fr');
    expect(lines[0]).toMatchObject({ id: '003_cf91320a7e919e05.txt', publisher: 'Office des étrangers (OE)', quoteLang: 'nl' });
    expect(lines[0]!.quoteNote).toBe('Cité en néerlandais, tel que publié\u202f; le constat ci-dessus en donne le sens.');
    expect(sourceLines(age, 'en')[0]!.quoteNote).toMatch(/^Quoted in Dutch/);
    expect(sourceLines(age, 'nl')[0]!.quoteNote).toBeUndefined();
    expect(sourceTitles(age, 'en')).toBe(
      'Visa D for a marriage or legal cohabitation in Belgium — Immigration Office (DVZ); Visa D to marry in Belgium with a Belgian or a non-EU national — practice guide of an integration organisation',
    );
  });

  it('says when the quoted sentence gives the 2024 fee while the 2025 one is in force', () => {
    const finding = fee(check(baseMarriageCase()).findings);
    expect(finding.params).toMatchObject({ amount: 236, since: '2025-01-01' });
    expect(olderAmountNote(finding, 'en')).toBe('The source gives the 2024 amount (€229.00); in force since 1 Jan 2025: €236.00.');
    expect(olderAmountNote(finding, 'nl')).toMatch(/^De bron vermeldt het bedrag van 2024 \(€\s229,00\); sinds 1\sjan\.?\s2025 geldt €\s236,00\.$/);
    expect(olderAmountNote(finding, 'fr')).toMatch(/^La source donne le montant de 2024 \(229,00\s€\)\u202f; depuis le 1er\sjanv\.\s2025, le montant en vigueur est de 236,00\s€\.$/);
  });

  it('says nothing when the quoted amount is the one in force', () => {
    const finding = fee(check(variant(baseMarriageCase(), (c) => (c.applicationDate = '2024-06-03'))).findings);
    expect(finding.params).toMatchObject({ amount: 229, since: '2024-01-01' });
    expect(olderAmountNote(finding, 'en')).toBeUndefined();
  });

  it('names the public page of the dated amount used, and its address where there is one', () => {
    const in2025 = sourceLines(fee(check(baseMarriageCase()).findings), 'en').find((l) => l.id === 'parameters.md')!;
    expect(in2025.amountSources).toEqual([{ text: 'amount in force since 1 Jan 2025: yearly indexation (vanhavermaet.be, 2025-01-09)', url: undefined }]);
    const in2022 = sourceLines(fee(check(variant(baseMarriageCase(), (c) => (c.applicationDate = '2022-09-01'))).findings), 'en').find((l) => l.id === 'parameters.md')!;
    expect(in2022.amountSources).toContainEqual({ text: 'amount in force since 26 May 2022: KB 9 Feb 2022', url: 'https://dofi.ibz.be/nl/news/retributie-nieuwe-bedragen-vanaf-26-mei-2022' });
    const in2024 = sourceLines(fee(check(variant(baseMarriageCase(), (c) => (c.applicationDate = '2024-06-03'))).findings), 'en').find((l) => l.id === 'parameters.md')!;
    expect(in2024.amountSources[0]!.text).toBe('amount in force since 1 Jan 2024: Visa D to marry in Belgium with a Belgian or a non-EU national — practice guide of an integration organisation; vreemdelingenrecht.be retributie page');
  });
});
