import { describe, expect, it } from 'vitest';
import { baseMarriageCase, variant } from '../../tests/scenarios/base';
import { parseCaseValue } from '../case/parse';
import { ruleMessage } from './messages';
import { formatter } from '../i18n/format';
import { checkCase } from './engine';

function reportOf(lang: 'nl' | 'fr' | 'en') {
  // Too young, arrived and not registered: an error finding and a past deadline.
  const raw = variant(baseMarriageCase(), (c) => {
    c.applicant.birthDate = '2010-01-01';
    c.arrivalDate = '2025-07-01';
  });
  const parsed = parseCaseValue(raw);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return checkCase(parsed.value, { today: '2025-09-01', lang });
}

describe('findings written when read', () => {
  it('hold their message as an own property, in its place, for JSON, spreads and structured clones', () => {
    const report = reportOf('nl');
    const finding = report.findings.find((f) => f.rule === 'AGE.APPLICANT_MIN')!;
    const expected = ruleMessage(finding.rule, 'nl')(finding.params, formatter('nl'));
    expect(expected).not.toBe('');
    expect(Object.keys(finding)).toEqual(['rule', 'severity', 'person', 'message', 'source', 'sources', 'params']);
    expect(JSON.parse(JSON.stringify(finding)).message).toBe(expected);
    expect({ ...finding }.message).toBe(expected);
    expect(structuredClone(report).findings.find((f) => f.rule === 'AGE.APPLICANT_MIN')!.message).toBe(expected);
  });

  it('gives each deadline its finding\'s message as the note, in the report\'s language', () => {
    for (const lang of ['nl', 'fr', 'en'] as const) {
      const report = reportOf(lang);
      const register = report.deadlines.find((d) => d.rule === 'TIME.REGISTER')!;
      const finding = report.findings.find((f) => f.rule === 'TIME.REGISTER')!;
      expect(Object.keys(register)).toEqual(['rule', 'date', 'person', 'status', 'note']);
      expect(register.note).toBe(ruleMessage('TIME.REGISTER', lang)(finding.params, formatter(lang)));
      expect(register.note).toBe(finding.message);
    }
  });

  it('lets a message be replaced, as a plain property would', () => {
    const finding = reportOf('en').findings[0]!;
    finding.message = 'replaced';
    expect(finding.message).toBe('replaced');
    expect(JSON.parse(JSON.stringify(finding)).message).toBe('replaced');
  });
});
