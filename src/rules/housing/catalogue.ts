// Catalogue rows of housing (spec/rules.md): severity and the sources each rule rests on.
import { SEED_004, type RuleSpec } from '../sources';

export const HOUSING_RULES = {
  'HOUSING.PROOF_INVALID': {
    severity: 'error',
    sources: [
      { file: SEED_004, quote: 'Een huurcontract moet geregistreerd zijn op het registratiekantoor.' },
      { file: SEED_004, quote: 'De eigendomsakte moet een notariële akte zijn. Een onderhandse verkoopakte (bijvoorbeeld een compromis) wordt niet aanvaard.' },
      { file: SEED_004, quote: 'Op de wachtlijst staan voor een sociale woning, voldoet niet als bewijs.' },
    ],
  },
  'HOUSING.NOT_CURRENT': {
    severity: 'error',
    sources: [{ file: SEED_004, quote: 'Leg de bewijzen van huisvesting voor van het adres waar je partner effectief woont op het moment van de aanvraag van het D-visum.' }],
  },
  'HOUSING.UNINHABITABLE': {
    severity: 'error',
    sources: [{ file: SEED_004, quote: 'Als de woning\u00a0onbewoonbaar\u00a0verklaard is, weigert DVZ je aanvraag.' }],
  },
  'HOUSING.HOLDER': {
    severity: 'warning',
    sources: [{ file: SEED_004, quote: 'De persoon die als huurder vermeld staat in de huurovereenkomst of als eigenaar in de notariële eigendomsakte moet wel een familielid zijn van de persoon die je in België komt vervoegen.' }],
  },
} as const satisfies Record<string, RuleSpec>;
