import { describe, expect, it } from 'vitest';
import type { VisaCase } from '../case/schema';
import { CLI_STRINGS } from './strings';
import { LANGS, type Finding, type Report } from '../rules/types';
import { formatHuman } from './format-human';

const theCase: VisaCase = { format: 'visa-case/1', caseType: 'marriage', label: 'El Amrani – Peeters', applicant: { surname: 'El Amrani' } };

function finding(rule: Finding['rule'], severity: Finding['severity'], person: Finding['person'], message: string): Finding {
  return { rule, severity, person, message, source: '004_9926838b41b19a4c.txt', sources: [], params: {} };
}

// Listed out of order on purpose: the output groups by severity whatever the input order.
const report: Report = {
  checkedOn: '2025-03-10',
  findings: [
    finding('PAY.FEE', 'info', 'applicant', 'Fee: €236.00.'),
    finding('MEANS.BELOW_REFERENCE', 'warning', 'sponsor', 'Income €1,800.00 is below €2,188.87.'),
    finding('AGE.CHILD_MAX', 'error', 'children[1]', 'Yasmine is 18 on 10 Mar 2025.'),
  ],
  payments: [
    {
      person: 'applicant',
      amountEur: 236,
      exempt: false,
      reason: null,
      communication: 'ElAmraniFatimaZahraMarokko15031990',
      communicationSpaced: 'EL AMRANI Fatima Zahra Marokko 15031990',
      shortened: false,
      epcQr: 'BCD\n002',
      iban: 'BE57679200609235',
      bic: 'PCHQBEBB',
      beneficiary: 'Dienst Vreemdelingenzaken',
    },
    {
      person: 'children[0]',
      amountEur: null,
      exempt: true,
      reason: 'under 18',
      communication: '',
      communicationSpaced: '',
      shortened: false,
      epcQr: '',
      iban: 'BE57679200609235',
      bic: 'PCHQBEBB',
      beneficiary: 'Dienst Vreemdelingenzaken',
    },
  ],
  deadlines: [{ rule: 'TIME.REGISTER', date: '2025-07-09', person: 'applicant', status: 'due', note: 'Register at the municipality by 9 Jul 2025.' }],
  checklist: [
    { id: 'criminal-record', person: 'applicant', status: 'ok', rules: [], label: 'Criminal record extract' },
    { id: 'medical-certificate', person: 'applicant', status: 'problem', rules: ['DOC.MEDICAL_CERT_OLD'], label: 'Medical certificate' },
  ],
};

describe('formatHuman', () => {
  const text = formatHuman(theCase, report, { lang: 'en', color: false });

  it('names the case, its type and the day it was checked for', () => {
    expect(text.split('\n')[0]).toBe('El Amrani – Peeters (marriage), checked for 10 Mar 2025');
  });

  it('groups findings as errors, then warnings, then information, each with person, message and source', () => {
    const errors = text.indexOf('Errors (1)');
    const warnings = text.indexOf('Warnings (1)');
    const infos = text.indexOf('Good to know (1)');
    expect(errors).toBeGreaterThan(0);
    expect(warnings).toBeGreaterThan(errors);
    expect(infos).toBeGreaterThan(warnings);
    expect(text).toContain('  ✗ child 2: Yasmine is 18 on 10 Mar 2025.\n      AGE.CHILD_MAX · source Visa D to marry in Belgium with a Belgian or a non-EU national — practice guide of an integration organisation');
    expect(text).toContain('  ! partner in Belgium: Income €1,800.00 is below €2,188.87.');
    expect(text.indexOf('AGE.CHILD_MAX')).toBeLessThan(text.indexOf('MEANS.BELOW_REFERENCE'));
  });

  it('names the person in Belgium the family member in a humanitarian file', () => {
    const humanitarian: VisaCase = { ...theCase, caseType: 'humanitarian' };
    expect(formatHuman(humanitarian, report, { lang: 'en', color: false })).toContain('  ! family member in Belgium: Income €1,800.00');
    expect(formatHuman(humanitarian, report, { lang: 'nl', color: false })).toContain('  ! familielid in België: Income €1,800.00');
    expect(formatHuman(humanitarian, report, { lang: 'fr', color: false })).toContain('  ! membre de la famille en Belgique\u202f: Income €1,800.00');
    expect(formatHuman(humanitarian, report, { lang: 'en', color: false })).not.toContain('partner');
  });

  it('shows the payment with amount, communication and account, and an exemption with its reason', () => {
    expect(text).toContain('applicant: amount €236.00\n    communication: ElAmraniFatimaZahraMarokko15031990\n');
    expect(text).toContain('account: BE57 6792 0060 9235 (BIC PCHQBEBB), Dienst Vreemdelingenzaken');
    expect(text).toContain('child 1: amount exempt (under 18)');
  });

  it('lists deadlines with their date and the checklist with each status', () => {
    expect(text).toContain('Deadlines\n  9 Jul 2025  applicant: Register at the municipality by 9 Jul 2025.');
    expect(text).toContain('[ok] applicant: Criminal record extract');
    expect(text).toContain('[problem] applicant: Medical certificate (DOC.MEDICAL_CERT_OLD)');
  });

  it('ends with the counts', () => {
    expect(text.trimEnd().split('\n').at(-1)).toBe('1 error, 1 warning, 1 for information');
  });

  it('writes no escape codes without colour and colours severities with it', () => {
    expect(text).not.toContain('\x1b[');
    const coloured = formatHuman(theCase, report, { lang: 'en', color: true });
    expect(coloured).toContain('\x1b[31mErrors (1)\x1b[0m');
    expect(coloured).toContain('\x1b[33mWarnings (1)\x1b[0m');
  });

  it('translates the headings', () => {
    const nl = formatHuman(theCase, report, { lang: 'nl', color: false });
    expect(nl).toContain('El Amrani – Peeters (huwelijk), gecontroleerd voor 10 mrt 2025');
    expect(nl).toContain('Fouten (1)');
    expect(nl).toContain('kind 2: Yasmine');
    expect(nl).toContain('rekening: BE57 6792 0060 9235');
    const fr = formatHuman(theCase, report, { lang: 'fr', color: false });
    expect(fr).toContain('Avertissements (1)');
    expect(fr).toContain('partenaire en Belgique\u202f: Income');
    expect(fr).toContain('Délais');
  });

  it('says so when there is nothing to report', () => {
    const empty = formatHuman(theCase, { ...report, findings: [], payments: [], deadlines: [], checklist: [] }, { lang: 'en', color: false });
    expect(empty).toContain('Nothing to report.');
    expect(empty).not.toContain('Errors');
    expect(empty).not.toContain('Payment');
  });
});

describe('CLI strings', () => {
  it('every language has the same keys', () => {
    const keys = (o: object) => Object.keys(o).sort();
    for (const lang of LANGS) expect(keys(CLI_STRINGS[lang]), lang).toEqual(keys(CLI_STRINGS.en));
  });
});
