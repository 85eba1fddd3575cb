// Catalogue rows of ages (spec/rules.md): severity and the sources each rule rests on.
import { SEED_003, SEED_004, type RuleSpec } from '../sources';

export const AGE_RULES = {
  'AGE.APPLICANT_MIN': {
    severity: 'error',
    sources: [
      { file: SEED_003, quote: 'het bewijs dat de aanvrager en de toekomstige gezinshereniger op zijn minst 21 jaar oud zijn (project voor huwelijk tussen onderdanen van een derde land) of op zijn minst 18 jaar oud zijn (project voor huwelijk tussen een onderdaan van een derde land en een Belg)' },
      { file: SEED_003, quote: 'het bewijs dat de aanvrager en de toekomstige gezinshereniger op zijn minst 21 jaar oud zijn, of op zijn minst 18 jaar oud zijn, indien de aanvrager en de toekomstige gezinshereniger op zijn minst een jaar vóór de aankomst van de toekomstige gezinshereniger in België samenwoonden' },
      { file: SEED_004, quote: 'Is je partner een Belg? Dan moeten jullie beiden minstens 18 jaar oud zijn.' },
      { file: SEED_004, quote: 'Is je partner in België een derdelander? Dan moeten jullie beiden minstens 21 jaar oud zijn.' },
    ],
  },
  'AGE.SPONSOR_MIN': {
    severity: 'error',
    sources: [
      { file: SEED_003, quote: 'het bewijs dat de aanvrager en de toekomstige gezinshereniger op zijn minst 21 jaar oud zijn (project voor huwelijk tussen onderdanen van een derde land) of op zijn minst 18 jaar oud zijn (project voor huwelijk tussen een onderdaan van een derde land en een Belg)' },
      { file: SEED_003, quote: 'het bewijs dat de aanvrager en de toekomstige gezinshereniger op zijn minst 21 jaar oud zijn, of op zijn minst 18 jaar oud zijn, indien de aanvrager en de toekomstige gezinshereniger op zijn minst een jaar vóór de aankomst van de toekomstige gezinshereniger in België samenwoonden' },
      { file: SEED_004, quote: 'Is je partner een Belg? Dan moeten jullie beiden minstens 18 jaar oud zijn.' },
      { file: SEED_004, quote: 'Is je partner in België een derdelander? Dan moeten jullie beiden minstens 21 jaar oud zijn.' },
    ],
  },
  'AGE.CHILD_MAX': {
    severity: 'error',
    sources: [
      { file: SEED_003, quote: 'het bewijs dat hij jonger is dan 18 jaar' },
      { file: SEED_004, quote: 'Je bent jonger dan 18 jaar.' },
    ],
  },
  'AGE.COHABITATION_EXCEPTION': {
    severity: 'info',
    sources: [{ file: SEED_003, quote: 'of op zijn minst 18 jaar oud zijn, indien de aanvrager en de toekomstige gezinshereniger op zijn minst een jaar vóór de aankomst van de toekomstige gezinshereniger in België samenwoonden' }],
  },
} as const satisfies Record<string, RuleSpec>;
