// Catalogue rows of the timeline after the visa (spec/rules.md): severity and the sources each rule rests on.
import { SEED_003, SEED_004, type RuleSpec } from '../sources';

export const TIMELINE_RULES = {
  'TIME.DECISION_EXPECTED': {
    severity: 'info',
    sources: [{ file: SEED_003, quote: 'Deze termijn bedraagt over het algemeen 3,5 à 4 maanden, vanaf de datum van indiening van de aanvraag.' }],
  },
  'TIME.VISA_VALIDITY': {
    severity: 'info',
    sources: [{ file: SEED_003, quote: 'machtigt de Dienst Vreemdelingenzaken de afgifte van een visum\u00a0 D met een geldigheidsduur van 6 maanden' }],
  },
  'TIME.REGISTER': {
    severity: 'info',
    sources: [
      { file: SEED_003, quote: 'dat hij zich binnen de 8 dagen na zijn aankomst in België moet aanbieden bij de gemeente en zijn inschrijving in het vreemdelingenregister moet aanvragen' },
      { file: SEED_004, quote: 'Eenmaal in België aangekomen, meld je je aan bij de gemeente van je verblijfplaats. Je hebt daarvoor 8 werkdagen.' },
    ],
  },
  'TIME.ANNEX15': {
    severity: 'info',
    sources: [{ file: SEED_003, quote: 'De gemeente geeft een bijlage 15 met een geldigheidsduur van 45 dagen af aan de houder van een visum D met een nationale vermelding B47 of B48 die vraagt om in het vreemdelingenregister te worden ingeschreven.' }],
  },
  'TIME.A_CARD_EXPIRY': {
    severity: 'info',
    sources: [
      { file: SEED_003, quote: 'Indien het resultaat van deze controle positief is, overhandigt ze hem een A-kaart die 6 maanden geldig is.' },
      { file: SEED_003, quote: 'De kaart wordt niet vernieuwd.' },
      { file: SEED_004, quote: 'Bij een positieve controle, schrijft de gemeente je in het vreemdelingenregister in en krijg je een elektronische A kaart die zes maanden geldig is.' },
    ],
  },
  'TIME.MARRY_BEFORE': {
    severity: 'warning',
    sources: [
      { file: SEED_003, quote: 'Het project voor huwelijk of wettelijke samenwoning moet voor de vervaldatum van deze kaart verwezenlijkt worden.' },
      { file: SEED_004, quote: 'Is jullie huwelijk (nog) niet voltrokken tijdens de geldigheidsduur van je A kaart? En was dit door jullie eigen toedoen? Dan krijg je een bevel om het grondgebied te verlaten (bijlage 13).' },
      { file: SEED_004, quote: 'Loopt je huwelijksprocedure nog voor de ambtenaar van de burgerlijke stand? Dan ben je beschermd tegen gedwongen uitwijzing.' },
    ],
  },
  'TIME.FAMILY_REUNIFICATION': {
    severity: 'warning',
    sources: [
      { file: SEED_003, quote: 'De vreemdeling die met het oog op een huwelijk of wettelijke samenwoning in België gemachtigd wordt om tijdelijk in België te verblijven moet onmiddellijk na het huwelijk of de verklaring van wettelijke samenwoning een verzoek tot gezinshereniging indienen bij de gemeente.' },
      { file: SEED_004, quote: 'Onmiddellijk na je huwelijk en vóór de vervaldatum van je A kaart (van zes maanden) moet je een aanvraag gezinshereniging doen bij de gemeente.\u00a0Je moet alleen je paspoort en huwelijksakte voorleggen, géén andere documenten.' },
    ],
  },
  'TIME.NEXT_CARD': {
    severity: 'info',
    sources: [
      { file: SEED_003, quote: 'De gemeente geeft een F-kaart af aan de niet-EU-vreemdeling die voor het verstrijken van zijn machtiging tot verblijf in het huwelijk is getreden met een Belg of een verklaring van wettelijke samenwoning met een Belg heeft afgelegd.' },
      { file: SEED_003, quote: 'De gemeente geeft een A-kaart af aan de niet-EU-vreemdeling die voor het verstrijken van zijn machtiging tot verblijf in het huwelijk is getreden met een andere niet-EU-vreemdeling of een verklaring van wettelijke samenwoning met een andere niet-EU-vreemdeling heeft afgelegd.' },
      { file: SEED_004, quote: 'Is je echtgenoot in België een Belg? Dan krijg je een F kaart geldig voor vijf jaar.' },
      { file: SEED_004, quote: 'Is je echtgenoot in België een derdelander? Dan krijg je een A kaart geldig voor dezelfde geldigheidsduur als de kaart van de derdelander die je vervoegt of maximaal één jaar.' },
    ],
  },
  'TIME.LATE_MARRIAGE': {
    severity: 'error',
    sources: [
      { file: SEED_004, quote: 'Als je echtgenoot Belg is kan je de aanvraag gezinshereniging toch nog indienen (vanuit onwettig verblijf). In dat geval geeft de gemeente niet meteen een F kaart, maar geldt de normale behandelingstermijn van zes maanden.' },
      { file: SEED_004, quote: 'Als je echtgenoot een derdelander is kan je de aanvraag gezinshereniging alleen indienen (vanuit onwettig verblijf) voor zover je buitengewone omstandigheden bewijst die verhinderen dat je de aanvraag indient in je herkomstland.' },
      { file: SEED_004, quote: 'Als jullie er, onafhankelijk van jullie wil, niet in slagen om te huwen voor de vervaldatum van je A kaart, kan DVZ uitzonderlijk je A kaart verlengen.' },
    ],
  },
} as const satisfies Record<string, RuleSpec>;
