// Catalogue rows of the fee and its payment (spec/rules.md): severity and the sources each rule rests on.
import { SEED_000, SEED_004, type RuleSpec } from '../sources';

export const PAYMENT_RULES = {
  'PAY.REFERENCE': {
    severity: 'info',
    sources: [{ file: SEED_004, quote: 'Voor de mededeling moet je volgende structuur gebruiken: NaamVoornaamNationaliteitDDMMJJJJ.' }],
  },
  'PAY.FEE': {
    severity: 'info',
    sources: [
      { file: SEED_004, quote: 'Je moet 229 euro betalen als bijdrage in de administratieve kosten voor de behandeling van je aanvraag.' },
      { file: SEED_000, quote: 'Er geldt een uitzondering indien je minderjarig bent of indien je een aanvraag indient als echtgeno(o)t(e) van op basis van een niet-erkend religieus of gewoonterechtelijk huwelijk.' },
      { file: 'parameters.md', quote: 'Visa D to marry or to register a legal cohabitation, and the humanitarian visa, are "article 9" applications.' },
    ],
  },
  'PAY.FEE_UNKNOWN_PERIOD': {
    severity: 'warning',
    sources: [{ file: 'parameters.md', quote: 'The checker picks the value in force on the case\'s `applicationDate` (the day the visa application is submitted; default: today).' }],
  },
  'PAY.REFERENCE_MISMATCH': {
    severity: 'error',
    sources: [{ file: SEED_004, quote: 'Voor de mededeling moet je volgende structuur gebruiken: NaamVoornaamNationaliteitDDMMJJJJ.' }],
  },
  'PAY.NOT_PAID': {
    severity: 'error',
    sources: [
      { file: SEED_000, quote: 'Als je geen betalingsbewijs voorlegt, dan verklaart de ambassade of DVZ\u00a0je aanvraag onontvankelijk.' },
      { file: SEED_004, quote: 'Leg je geen betalingsbewijs voor (en bewijs je ook niet dat je geen bijdrage moet betalen), dan verklaart de ambassade of DVZ\u00a0je aanvraag onontvankelijk.' },
    ],
  },
  'PAY.PARTIAL': {
    severity: 'error',
    sources: [
      { file: SEED_000, quote: 'Als je een betalingsbewijs voorlegt waaruit blijkt dat je een gedeelte van de bijdrage betaald hebt, dan krijg je een bijlage 43.' },
      { file: SEED_004, quote: 'Leg je een betalingsbewijs voor waaruit blijkt dat je een gedeelte van de bijdrage betaald hebt, dan krijg je een bijlage 43.' },
    ],
  },
  'PAY.THIRD_PARTY': {
    severity: 'info',
    sources: [{ file: SEED_004, quote: 'Jijzelf, of een derde persoon, schrijft dit bedrag over op bankrekening BE57 6792 0060 9235 van de Dienst Vreemdelingenzaken.' }],
  },
  'TIME.PARTIAL_PAYMENT_DEADLINE': {
    severity: 'info',
    sources: [
      { file: SEED_000, quote: 'Je krijgt dan 30 dagen (te rekenen vanaf de dag na de kennisgeving van de beslissing) om het resterende bedrag te storten én om het bewijs daarvan voor te leggen.' },
      { file: SEED_004, quote: 'Je krijgt dan 30 dagen (te rekenen vanaf de dag na de kennisgeving van de beslissing) om het resterende bedrag te storten én om het bewijs daarvan voor te leggen.' },
    ],
  },
} as const satisfies Record<string, RuleSpec>;
