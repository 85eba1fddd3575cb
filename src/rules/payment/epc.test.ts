import { describe, expect, it } from 'vitest';
import { feeAccount } from '../parameters';
import { buildCommunication } from './communication';
import { buildEpcPayload, epcAmount } from './epc';

const account = feeAccount.values[0]!.value;
const communication = buildCommunication({ surname: 'El Amrani', givenNames: 'Fatima Zahra', nationality: 'MA', birthDate: '1990-03-15' });
const remittance = communication.ok ? communication.compact : '';

/** EPC069-12 field order: the payload decoded line by line. */
function decode(payload: string) {
  const [service, version, charset, identification, bic, name, iban, amount, purpose, reference, text, ...rest] = payload.split('\n');
  return { service, version, charset, identification, bic, name, iban, amount, purpose, reference, text, rest };
}

describe('EPC QR payload', () => {
  it('carries every field for the DVZ account, the fee and the communication', () => {
    const r = buildEpcPayload({ ...account, amountEur: 236, remittance });
    if (!r.ok) throw new Error(r.errors.join());
    expect(decode(r.payload)).toEqual({
      service: 'BCD',
      version: '002',
      charset: '1',
      identification: 'SCT',
      bic: 'PCHQBEBB',
      name: 'Dienst Vreemdelingenzaken',
      iban: 'BE57679200609235',
      amount: 'EUR236.00',
      purpose: '',
      reference: '',
      text: 'ElAmraniFatimaZahraMarokko15031990',
      rest: [],
    });
    expect(r.payload.endsWith('\n')).toBe(false);
    expect(r.payload).not.toContain('\r');
  });

  it('leaves the amount empty when it is not known', () => {
    const r = buildEpcPayload({ ...account, amountEur: null, remittance });
    expect(r.ok && decode(r.payload).amount).toBe('');
    const none = buildEpcPayload({ ...account, remittance });
    expect(none.ok && decode(none.payload).amount).toBe('');
  });

  it('writes amounts with two decimals', () => {
    expect(epcAmount(229)).toBe('EUR229.00');
    expect(epcAmount(2131.28)).toBe('EUR2131.28');
    expect(epcAmount(0.5)).toBe('EUR0.50');
  });

  it('accepts the IBAN written in groups and writes it in electronic form', () => {
    const r = buildEpcPayload({ ...account, iban: 'BE57 6792 0060 9235', amountEur: 236, remittance });
    expect(r.ok && decode(r.payload).iban).toBe('BE57679200609235');
  });

  it('refuses a wrong IBAN check digit, a bad BIC, a long name, a zero amount and a long communication', () => {
    expect(buildEpcPayload({ ...account, iban: 'BE58679200609235', amountEur: 236, remittance })).toEqual({ ok: false, errors: ['iban'] });
    expect(buildEpcPayload({ ...account, bic: 'PCHQ', amountEur: 236, remittance })).toEqual({ ok: false, errors: ['bic'] });
    expect(buildEpcPayload({ ...account, beneficiary: 'D'.repeat(71), amountEur: 236, remittance })).toEqual({ ok: false, errors: ['beneficiary'] });
    expect(buildEpcPayload({ ...account, beneficiary: 'D'.repeat(70), amountEur: 236, remittance }).ok).toBe(true);
    expect(buildEpcPayload({ ...account, amountEur: 0, remittance })).toEqual({ ok: false, errors: ['amount'] });
    expect(buildEpcPayload({ ...account, amountEur: 236, remittance: 'x'.repeat(141) })).toEqual({ ok: false, errors: ['remittance'] });
    expect(buildEpcPayload({ ...account, amountEur: 236, remittance: 'x'.repeat(140) }).ok).toBe(true);
  });
});
