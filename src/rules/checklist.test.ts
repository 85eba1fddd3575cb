import { describe, expect, it } from 'vitest';
import { baseChild, baseMarriageCase, variant } from '../../tests/scenarios/base';
import { parseCaseValue } from '../case/parse';
import type { RuleId } from './catalogue';
import { buildChecklist } from './checklist';
import { createContext } from './context';
import { checkCase } from './engine';
import type { ChecklistItem, Finding, Lang, Params, Person, Severity } from './types';

function checklistOf(raw: Record<string, any>, findings: Finding[] = [], lang: Lang = 'en'): ChecklistItem[] {
  const parsed = parseCaseValue(raw);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  const on = parsed.value.applicationDate ?? '2025-03-10';
  return buildChecklist(createContext(parsed.value, on, on), findings, lang);
}

function finding(rule: RuleId, person: Person, severity: Severity, params: Params = {}): Finding {
  return { rule, person, severity, params, message: '', source: '', sources: [] };
}

function item(list: ChecklistItem[], id: string, person: Person = 'applicant'): ChecklistItem {
  const found = list.find((i) => i.id === id && i.person === person);
  if (!found) throw new Error(`no ${id} for ${person}: ${list.map((i) => `${i.id}/${i.person}`).join(', ')}`);
  return found;
}

function ids(list: ChecklistItem[], person: Person): string[] {
  return list.filter((i) => i.person === person).map((i) => i.id);
}

describe('document checklist per case type', () => {
  it('lists the marriage (B47) documents of seeds 003/004, all given in the complete file', () => {
    const list = checklistOf(baseMarriageCase());
    expect(ids(list, 'applicant')).toEqual([
      'payment-proof',
      'passport',
      'unmarried-certificate',
      'marriage-declaration',
      'relationship-history',
      'travel-insurance',
      'medical-certificate',
      'criminal-record',
    ]);
    expect(ids(list, 'sponsor')).toEqual(['sponsor-unmarried-proof', 'sponsor-id-copy', 'sponsor-health-insurance', 'sponsor-housing', 'sponsor-income']);
    expect(list.filter((i) => i.status !== 'ok').map((i) => i.id)).toEqual([]);
    expect(item(list, 'criminal-record').rules).toEqual(['DOC.CRIMINAL_RECORD_REQUIRED', 'DOC.CRIMINAL_RECORD_OLD']);
  });

  it('shows the copy of the partner\'s identity card as missing until it is ticked', () => {
    const list = checklistOf(variant(baseMarriageCase(), (c) => delete c.documents.sponsorIdCopy));
    expect(item(list, 'sponsor-id-copy', 'sponsor').status).toBe('missing');
  });

  it('leaves the marriage declaration and relationship history out of a cohabitation (B48) file', () => {
    const list = checklistOf(variant(baseMarriageCase(), (c) => (c.caseType = 'cohabitation')));
    expect(ids(list, 'applicant')).not.toContain('marriage-declaration');
    expect(ids(list, 'applicant')).not.toContain('relationship-history');
    expect(ids(list, 'applicant')).toContain('travel-insurance');
  });

  it('lists the accompanying child documents, and the consent only under shared custody', () => {
    const exclusive = checklistOf(variant(baseMarriageCase(), (c) => (c.children = [baseChild()])));
    expect(ids(exclusive, 'children[0]')).toEqual(['passport', 'birth-certificate', 'unmarried-certificate', 'custody-proof', 'travel-insurance', 'medical-certificate']);
    // baseChild records no certificate of unmarried status, which seed 003 asks ("het bewijs dat hij ongehuwd is").
    expect(item(exclusive, 'unmarried-certificate', 'children[0]').status).toBe('missing');
    expect(item(exclusive, 'birth-certificate', 'children[0]').status).toBe('ok');

    const shared = checklistOf(variant(baseMarriageCase(), (c) => (c.children = [{ ...baseChild(), custody: 'shared' }])));
    expect(item(shared, 'other-parent-consent', 'children[0]')).toMatchObject({ status: 'missing', rules: ['CHILD.CONSENT'] });
  });

  it('lists the humanitarian documents of seed 000, the optional ones marked as such', () => {
    const list = checklistOf(
      variant(baseMarriageCase(), (c) => {
        c.caseType = 'humanitarian';
        c.humanitarianSituation = 'adult-child';
        c.sponsor.status = 'protection';
      }),
    );
    expect(ids(list, 'applicant')).toEqual([
      'payment-proof',
      'visa-form',
      'passport',
      'family-ties-proof',
      'unmarried-certificate',
      'medical-certificate',
      'criminal-record',
      'dependency-proof',
    ]);
    expect(ids(list, 'sponsor')).toEqual(['sponsor-id-copy', 'protection-status-proof', 'sponsor-health-insurance', 'sponsor-housing', 'sponsor-income']);
    expect(item(list, 'sponsor-income', 'sponsor').label).toBe('Proof of income of the family member in Belgium (preferably the last 12 months) (if available)');
  });

  it('asks no fee proof and no criminal record from a humanitarian applicant of 16', () => {
    const list = checklistOf(
      variant(baseMarriageCase(), (c) => {
        c.caseType = 'humanitarian';
        c.humanitarianSituation = 'minor-sibling-of-uam';
        c.applicant.birthDate = '2008-06-01';
      }),
    );
    expect(ids(list, 'applicant')).not.toContain('payment-proof');
    expect(ids(list, 'applicant')).not.toContain('criminal-record');
  });

  it('asks no fee proof in an unrecognised religious marriage with a protection beneficiary (seed 000)', () => {
    const list = checklistOf(
      variant(baseMarriageCase(), (c) => {
        c.caseType = 'humanitarian';
        c.humanitarianSituation = 'unrecognised-marriage';
        c.sponsor.status = 'protection';
      }),
    );
    expect(ids(list, 'applicant')).not.toContain('payment-proof');
  });
});

describe('payment proof follows the fee verdict of PAY.FEE', () => {
  it('drops the item for an exempt applicant and adds one for an adult child who pays', () => {
    const raw = variant(baseMarriageCase(), (c) => (c.children = [{ ...baseChild(), birthDate: '2005-01-01' }]));
    const list = checklistOf(raw, [
      finding('PAY.FEE', 'applicant', 'info', { exempt: true, reason: 'under-18' }),
      finding('PAY.FEE', 'children[0]', 'info', { exempt: false, amount: 236 }),
    ]);
    expect(ids(list, 'applicant')).not.toContain('payment-proof');
    expect(item(list, 'payment-proof', 'children[0]')).toMatchObject({ status: 'missing', rules: ['PAY.NOT_PAID', 'PAY.PARTIAL', 'PAY.REFERENCE_MISMATCH'] });
  });

  it('counts a payment date without an amount as a recorded payment', () => {
    const list = checklistOf(variant(baseMarriageCase(), (c) => delete c.payment.amountPaid));
    expect(item(list, 'payment-proof').status).toBe('ok');
    expect(item(checklistOf(variant(baseMarriageCase(), (c) => delete c.payment)), 'payment-proof').status).toBe('missing');
  });
});

describe('checklist status', () => {
  it('is missing when the file does not record the document', () => {
    const list = checklistOf(
      variant(baseMarriageCase(), (c) => {
        delete c.documents.medicalCertificate;
        c.sponsor.housing.proof = 'none';
        c.sponsor.healthInsurance = false;
      }),
    );
    expect(item(list, 'medical-certificate').status).toBe('missing');
    expect(item(list, 'sponsor-housing', 'sponsor').status).toBe('missing');
    expect(item(list, 'sponsor-health-insurance', 'sponsor').status).toBe('missing');
  });

  it('is a problem when an error or warning of its rules concerns that person, not another one', () => {
    const raw = variant(baseMarriageCase(), (c) => (c.children = [baseChild()]));
    const list = checklistOf(raw, [finding('DOC.MEDICAL_CERT_OLD', 'children[0]', 'error')]);
    expect(item(list, 'medical-certificate', 'children[0]').status).toBe('problem');
    expect(item(list, 'medical-certificate').status).toBe('ok');
  });

  it('counts a shared rule (translation, legalisation) only for the document it names', () => {
    const raw = variant(baseMarriageCase(), (c) => (c.children = [{ ...baseChild(), documents: { ...baseChild().documents, unmarriedCertificate: { language: 'ar' } } }]));
    const list = checklistOf(raw, [finding('DOC.TRANSLATION_NEEDED', 'children[0]', 'warning', { document: 'unmarriedCertificate', language: 'ar' })]);
    expect(item(list, 'unmarried-certificate', 'children[0]').status).toBe('problem');
    expect(item(list, 'birth-certificate', 'children[0]').status).toBe('ok');
  });

  it('derives items of other families from their findings; information alone is no problem', () => {
    const info = checklistOf(baseMarriageCase(), [finding('MEANS.SHORT_EVIDENCE', 'sponsor', 'info')]);
    expect(item(info, 'sponsor-income', 'sponsor').status).toBe('ok');
    const below = checklistOf(baseMarriageCase(), [finding('MEANS.BELOW_REFERENCE', 'sponsor', 'warning')]);
    expect(item(below, 'sponsor-income', 'sponsor').status).toBe('problem');
    const compromis = variant(baseMarriageCase(), (c) => (c.sponsor.housing.proof = 'compromis'));
    expect(item(checklistOf(compromis, [finding('HOUSING.PROOF_INVALID', 'sponsor', 'error')]), 'sponsor-housing', 'sponsor').status).toBe('problem');
    expect(item(checklistOf(baseMarriageCase(), [finding('PAY.PARTIAL', 'applicant', 'error')]), 'payment-proof').status).toBe('problem');
  });

  it('is a problem when a detail of a given document is missing', () => {
    const raw = variant(baseMarriageCase(), (c) => delete c.documents.travelInsurance.coverEur);
    const list = checklistOf(raw, [
      finding('MISSING.documents.travelInsurance.coverEur', 'applicant', 'warning', { field: 'documents.travelInsurance.coverEur', neededBy: 'DOC.INSURANCE_COVER' }),
    ]);
    expect(item(list, 'travel-insurance').status).toBe('problem');
    expect(item(list, 'medical-certificate').status).toBe('ok');
  });

  it('follows the real findings of a checked file', () => {
    const parsed = parseCaseValue(variant(baseMarriageCase(), (c) => (c.documents.medicalCertificate.date = '2024-09-09')));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const report = checkCase(parsed.value, { today: '2025-03-10', lang: 'fr' });
    const medical = item(report.checklist, 'medical-certificate');
    expect(medical).toMatchObject({ status: 'problem', rules: ['DOC.MEDICAL_CERT_OLD'], label: 'Certificat médical d’un médecin agréé par l’ambassade' });
    expect(item(report.checklist, 'criminal-record').status).toBe('ok');
  });
});

describe('checklist labels', () => {
  it('are written in the language asked, with the person in Belgium named', () => {
    for (const [lang, expected] of [
      ['nl', 'Bewijs van ongehuwde staat van de partner in België'],
      ['fr', 'Preuve de célibat du partenaire en Belgique'],
      ['en', 'Proof of unmarried status of the partner in Belgium'],
    ] as const) {
      expect(item(checklistOf(baseMarriageCase(), [], lang), 'sponsor-unmarried-proof', 'sponsor').label).toBe(expected);
    }
  });

  it('leave no placeholder and no empty label in any language or case type', () => {
    const files = [
      variant(baseMarriageCase(), (c) => (c.children = [{ ...baseChild(), custody: 'shared' }])),
      variant(baseMarriageCase(), (c) => {
        c.caseType = 'humanitarian';
        c.humanitarianSituation = 'adult-child';
        c.sponsor.status = 'protection';
        c.children = [{ ...baseChild(), custody: 'shared' }];
      }),
    ];
    for (const file of files) {
      for (const lang of ['nl', 'fr', 'en'] as const) {
        for (const i of checklistOf(file, [], lang)) {
          expect(i.label, `${i.id} ${lang}`).not.toMatch(/[{}]|^$/);
        }
      }
    }
  });
});
