import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseWithChildAndPartialPayment } from '../../tests/report/fixtures';
import { cliI18n } from '../cli/catalogs';
import { checkCase } from '../rules/engine';
import { sourceTitles } from '../rules/source-lines';
import type { Lang } from '../rules/types';
import { reportHtmlFile } from './report';
import { ruleDataVersion } from './rule-data';

function make(lang: Lang, c = caseWithChildAndPartialPayment()) {
  const report = checkCase(c as never, { today: '2025-04-02', lang });
  return { c, report, input: { case: c, report, lang, t: cliI18n(lang).t } };
}

/** The text of the markup, tags dropped and entities read back. */
function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    // Layout whitespace only: the narrow no-break space French sets before a colon is text.
    .replace(/[ \t\r\n]+/g, ' ');
}

describe('the case report', () => {
  it('holds every finding with its rule, every checklist item, the payment and the deadlines', () => {
    const { report, input } = make('en');
    const text = textOf(reportHtmlFile(input));
    expect(report.findings.some((f) => f.severity === 'error')).toBe(true);
    expect(report.payments.length).toBeGreaterThanOrEqual(1);
    for (const f of report.findings) expect(text).toContain(f.rule);
    for (const item of report.checklist) expect(text).toContain(item.label);
    for (const p of report.payments.filter((x) => !x.exempt)) {
      expect(text).toContain(p.communication);
      expect(text).toContain(p.communicationSpaced);
      expect(text).toContain(p.bic);
    }
    for (const d of report.deadlines) expect(text).toContain(d.rule);
    expect(text).toContain('Yasmine El Amrani');
    expect(text).toContain('The decision belongs to the Immigration Office');
    expect(text).toContain('Checked for 10 Mar 2025');
  });

  it('names the version of the rule data: the newest dated parameter value', () => {
    expect(ruleDataVersion()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(ruleDataVersion() >= '2025-01-01').toBe(true);
  });

  it.each([
    ['nl', 'De beslissing ligt bij de Dienst Vreemdelingenzaken', 'Nog te doen'],
    ['fr', 'La décision appartient à l’Office des étrangers', 'À faire'],
    ['en', 'The decision belongs to the Immigration Office', 'To do'],
  ] as const)('reads in %s', (lang, disclaimer, due) => {
    const text = textOf(reportHtmlFile(make(lang).input));
    expect(text).toContain(disclaimer);
    expect(text).toContain(due);
  });

  it.each([
    ['nl', 'Familielid in België (Daniel Tesfay)', /partner in België/i],
    ['fr', 'Membre de la famille en Belgique (Daniel Tesfay)', /partenaire en Belgique/i],
    ['en', 'Family member in Belgium (Daniel Tesfay)', /partner in Belgium/i],
  ] as const)('in a humanitarian file names the person in Belgium the family member (%s)', (lang, familyMember, partner) => {
    const example = JSON.parse(readFileSync(join(__dirname, '../../examples/humanitarian.json'), 'utf8'));
    const text = textOf(reportHtmlFile(make(lang, example).input));
    expect(text).toContain(familyMember);
    expect(text).not.toMatch(partner);
  });

  it('writes what the case holds as text, never as markup', () => {
    const html = reportHtmlFile(make('en').input);
    expect(html).not.toContain('<b>urgent</b>');
    expect(html).toContain('&lt;b>urgent&lt;/b>');
  });

  it('as a file needs nothing else: styles inline, the QR code as inline SVG, no script', () => {
    const file = reportHtmlFile(make('nl').input);
    expect(file.startsWith('<!doctype html>')).toBe(true);
    expect(file).toMatch(/<html lang="nl">/);
    expect(file).toMatch(/<style>[^<]*@page \{ size: A4/);
    expect(file).toMatch(/<svg[^>]*class="report-qr"/);
    expect(file).not.toMatch(/<script|<link|src="http/);
  });
});

describe('the sources in the report', () => {
  it('are named by title, never by file name', () => {
    const { input } = make('fr');
    const text = textOf(reportHtmlFile(input));
    expect(text).not.toMatch(/\.txt\b|parameters\.md/);
    for (const f of input.report.findings) expect(text).toContain(sourceTitles(f, 'fr'));
  });
});
