// Catalogue rows of the humanitarian visa (spec/rules.md): severity and the sources each rule rests on.
import { SEED_000, type RuleSpec } from '../sources';

export const HUMANITARIAN_RULES = {
  'HUM.DISCRETIONARY': {
    severity: 'info',
    sources: [
      { file: SEED_000, quote: 'DVZ heeft een brede beoordelingsmarge en beoordeelt elke aanvraag op individuele basis. Een humanitair visum is geen recht, maar een gunst.' },
      { file: SEED_000, quote: 'Je doet daarom best beroep op een advocaat of gespecialiseerde hulpverlener om de slaagkansen in te schatten en het individuele dossier op te stellen.' },
    ],
  },
  'HUM.SITUATION': {
    severity: 'info',
    sources: [{ file: SEED_000, quote: 'Uit de praktijk blijkt dat een aanvraag tot humanitair visum in bepaalde situaties kans op slagen heeft.' }],
  },
  'HUM.FAMILY_REUNIFICATION_ROUTE': {
    severity: 'info',
    sources: [{ file: SEED_000, quote: 'Je kan de aanvraag dan toch indienen als een aanvraag voor een visum gezinshereniging (artikel 10 Verblijfwet). Je moet geen administratieve bijdrage betalen.' }],
  },
  'HUM.MIXED_APPLICATION': {
    severity: 'info',
    sources: [{ file: SEED_000, quote: 'Indien het gaat om \'gemengde aanvragen\' waarbij een aanvraag voor een humanitair visum samen wordt ingediend met een aanvraag voor een visum gezinshereniging van andere gezinsleden binnen\u00a0je gezin, worden de dossiers samen behandeld door het bureau gezinshereniging.' }],
  },
  'HUM.WHERE_TO_APPLY': {
    severity: 'warning',
    sources: [{ file: SEED_000, quote: 'Een humanitaire visumaanvraag indienen bij een andere Belgische diplomatieke post kan momenteel enkel in de volgende situaties:' }],
  },
  'HUM.ASYLUM_CONSISTENCY': {
    severity: 'warning',
    sources: [{ file: SEED_000, quote: 'Controleer steeds of deze verklaringen overeenstemmen met de informatie toegevoegd in de aanvraag voor het humanitair visum.' }],
  },
  'HUM.PRIORITY': {
    severity: 'info',
    sources: [{ file: SEED_000, quote: 'In geval van bijzonder prangende situaties met ernstige beschermingsrisico’s op korte termijn kan je een prioritaire behandeling vragen. Je voegt dan best ook bewijzen toe van het risico op imminente schade. Dit wordt niet vaak toegekend.' }],
  },
  'HUM.REGISTER': {
    severity: 'info',
    sources: [{ file: SEED_000, quote: 'Na je aankomst in België moet je je binnen de 8 werkdagen laten\u00a0inschrijven bij de gemeente waar je verblijft.' }],
  },
} as const satisfies Record<string, RuleSpec>;
