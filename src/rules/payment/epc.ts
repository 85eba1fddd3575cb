// The EPC QR code payload ("GiroCode", EPC069-12 v3.0, version 002) that a banking app scans
// to prefill the transfer. Rules.md, "The payment communication": "Also produce the EPC QR payload".
import { electronicFormatIBAN, isValidBIC, isValidIBAN } from 'ibantools';
import { epcBeneficiaryMaxLength } from '../parameters';
import { defaultMaxLength } from './communication';

const BENEFICIARY_MAX = epcBeneficiaryMaxLength.values[0]!.value;

export interface EpcInput {
  bic: string;
  beneficiary: string;
  iban: string;
  /** EUR; left out of the payload when not known, so the payer types it. */
  amountEur?: number | null | undefined;
  /** Unstructured remittance information. */
  remittance: string;
  /** Default: the SEPA remittance limit of the rule data. */
  remittanceMaxLength?: number;
}

export type EpcError = 'iban' | 'bic' | 'beneficiary' | 'amount' | 'remittance';

export type EpcResult = { ok: true; payload: string } | { ok: false; errors: EpcError[] };

/** `12.5` → `EUR12.50`. */
export function epcAmount(amountEur: number): string {
  return `EUR${amountEur.toFixed(2)}`;
}

// Every payment card of every case carries the same fee account: its IBAN and BIC are checked once,
// not for every payload: the IBAN checksum and format checks cost more than building the rest of it.
const CHECK_CACHE_LIMIT = 100;
const ibans = new Map<string, { iban: string; valid: boolean }>();
const bics = new Map<string, { bic: string; valid: boolean }>();

function checkedIban(text: string): { iban: string; valid: boolean } {
  let checked = ibans.get(text);
  if (!checked) {
    const iban = electronicFormatIBAN(text) ?? '';
    checked = { iban, valid: isValidIBAN(iban) };
    if (ibans.size >= CHECK_CACHE_LIMIT) ibans.clear();
    ibans.set(text, checked);
  }
  return checked;
}

function checkedBic(text: string): { bic: string; valid: boolean } {
  let checked = bics.get(text);
  if (!checked) {
    const bic = text.replace(/\s+/g, '').toUpperCase();
    checked = { bic, valid: isValidBIC(bic) };
    if (bics.size >= CHECK_CACHE_LIMIT) bics.clear();
    bics.set(text, checked);
  }
  return checked;
}

export function buildEpcPayload(input: EpcInput): EpcResult {
  const errors: EpcError[] = [];
  const { iban, valid: ibanValid } = checkedIban(input.iban);
  if (!ibanValid) errors.push('iban');
  const { bic, valid: bicValid } = checkedBic(input.bic);
  if (!bicValid) errors.push('bic');
  const beneficiary = input.beneficiary.trim();
  if (beneficiary === '' || beneficiary.length > BENEFICIARY_MAX) errors.push('beneficiary');
  const amount = input.amountEur;
  if (amount !== undefined && amount !== null && !(Number.isFinite(amount) && Math.round(amount * 100) >= 1)) errors.push('amount');
  if (input.remittance.length > (input.remittanceMaxLength ?? defaultMaxLength())) errors.push('remittance');
  if (errors.length > 0) return { ok: false, errors };

  const lines = [
    'BCD', // service tag
    '002', // version: BIC optional inside the EEA, given anyway
    '1', // character set 1 = UTF-8
    'SCT', // SEPA credit transfer
    bic,
    beneficiary,
    iban,
    amount === undefined || amount === null ? '' : epcAmount(amount),
    '', // purpose code
    '', // structured creditor reference: DVZ uses the free-text communication
    input.remittance,
  ];
  return { ok: true, payload: lines.join('\n') };
}
