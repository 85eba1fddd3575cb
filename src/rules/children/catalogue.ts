// Catalogue rows of children travelling along (spec/rules.md): severity and the sources each rule rests on.
import { SEED_000, SEED_003, SEED_004, type RuleSpec } from '../sources';

export const CHILD_RULES = {
  'CHILD.CUSTODY': {
    severity: 'error',
    sources: [
      { file: SEED_003, quote: 'het bewijs dat de vreemdeling die een visum aanvraagt met het oog op een huwelijk of\u00a0 het afleggen van een verklaring van wettelijke samenwoning in België over het hoederecht beschikt' },
      { file: SEED_004, quote: 'Je ouder (met wie je wil meereizen naar België) moet het recht van bewaring hebben over jou.' },
    ],
  },
  'CHILD.CONSENT': {
    severity: 'error',
    sources: [
      { file: SEED_003, quote: 'de toestemming van de andere houder van het hoederecht, indien het hoederecht gedeeld wordt' },
      { file: SEED_004, quote: 'Bij een gedeeld recht van bewaring moet de andere houder zijn toestemming geven dat het kind in België komt wonen bij zijn ouder.' },
    ],
  },
  'CHILD.NOT_OWN': {
    severity: 'error',
    sources: [
      { file: SEED_004, quote: 'Pleegkinderen of kinderen onder buitenlandse voogdij komen niet aanmerking. Wel kunnen zij onder bepaalde voorwaarden met een\u00a0humanitair visum\u00a0naar België komen.' },
      { file: SEED_000, quote: 'In het geval van een feitelijke adoptie of een niet-erkende buitenlandse voogdij of adoptie-akte kan een humanitair visum enkel kans op slagen hebben mits een sterk dossier.' },
    ],
  },
  'CHILD.MARRIED': {
    severity: 'error',
    sources: [
      { file: SEED_003, quote: 'het bewijs dat hij ongehuwd is' },
      { file: SEED_004, quote: 'Je moet ongehuwd zijn.' },
    ],
  },
} as const satisfies Record<string, RuleSpec>;
