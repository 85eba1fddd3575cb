// Where the fee is paid. Parameters.md, "Payment"; seed 004: "schrijft dit bedrag over op bankrekening
// BE57 6792 0060 9235 van de Dienst Vreemdelingenzaken".
import { constant } from './parameter';

export const feeAccount = constant(
  'fee.account',
  {
    iban: 'BE57679200609235',
    bic: 'PCHQBEBB',
    bank: 'BPOST NV',
    beneficiary: 'Dienst Vreemdelingenzaken',
    address: 'Antwerpsesteenweg 59B, 1000 Brussel',
  },
  '004_9926838b41b19a4c.txt; stad.gent retributie page',
);

/** SEPA remittance information (unstructured) holds at most 140 characters (EPC069-12). */
export const remittanceMaxLength = constant('sepa.remittanceMaxLength', 140, 'EPC069-12, SEPA Credit Transfer rulebook');

/** EPC QR code: the beneficiary name holds at most 70 characters (EPC069-12). */
export const epcBeneficiaryMaxLength = constant('epc.beneficiaryMaxLength', 70, 'EPC069-12, Quick Response Code guidelines');
