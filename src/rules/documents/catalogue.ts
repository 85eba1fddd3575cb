// Catalogue rows of documents (spec/rules.md): severity and the sources each rule rests on.
import { SEED_000, SEED_003, SEED_004, type RuleSpec } from '../sources';

export const DOCUMENT_RULES = {
  'DOC.PASSPORT_EXPIRED': {
    severity: 'error',
    sources: [
      { file: SEED_003, quote: 'een geldig paspoort of een daarmee gelijkgesteld reisdocument' },
      { file: SEED_004, quote: 'Je moet een geldig paspoort voorleggen of een daarmee gelijkgesteld reisdocument.' },
    ],
  },
  'DOC.PASSPORT_EXPIRES_DURING_STAY': { severity: 'warning', sources: [{ file: 'practice' }] },
  'DOC.MARRIAGE_DECLARATION_MISSING': {
    severity: 'error',
    sources: [
      { file: SEED_003, quote: 'een kopie van de akte van huwelijksaangifte die door de ambtenaar van de burgerlijke stand is opgesteld' },
      { file: SEED_004, quote: 'Je moet een kopie voorleggen van de\u00a0huwelijksaangifte in België. Die moet gebeuren vooraleer je het D-visum kan vragen.' },
    ],
  },
  'DOC.MARRIAGE_DECLARATION_OLD': {
    severity: 'error',
    sources: [
      { file: SEED_003, quote: 'een kopie van de akte van huwelijksaangifte die door de ambtenaar van de burgerlijke stand is opgesteld, binnen de zes maanden die aan de visumaanvraag voorafgaan' },
      { file: SEED_004, quote: 'De akte van de huwelijksaangifte mag niet ouder zijn dan zes maanden op het moment van je visumaanvraag.' },
    ],
  },
  'DOC.MEDICAL_CERT_OLD': {
    severity: 'error',
    sources: [
      { file: SEED_003, quote: 'een medisch attest dat is opgesteld door een arts die erkend is door de diplomatieke of consulaire post, dat minder dan zes maanden oud is' },
      { file: SEED_004, quote: 'Je bewijst dat met een medisch attest dat bevestigt dat je niet lijdt aan een ziekte die een gevaar vormt voor de Belgische volksgezondheid.\u00a0Het mag niet ouder zijn dan 6 maanden.' },
    ],
  },
  'DOC.CRIMINAL_RECORD_REQUIRED': {
    severity: 'error',
    sources: [
      { file: SEED_003, quote: 'een uittreksel uit het strafregister of een gelijkwaardig document, uitgereikt door het land van herkomst of door het land van de laatste verblijfplaats van de aanvrager' },
      { file: SEED_004, quote: 'Vanaf 18 jaar moet je bewijzen dat je geen gevaar vormt voor de openbare orde of nationale veiligheid. Je bewijst dat met een\u00a0uittreksel uit het strafregister\u00a0of een bewijs van goed gedrag en zeden.' },
    ],
  },
  'DOC.CRIMINAL_RECORD_OLD': {
    severity: 'error',
    sources: [
      { file: SEED_003, quote: 'een uittreksel uit het strafregister of een gelijkwaardig document, uitgereikt door het land van herkomst of door het land van de laatste verblijfplaats van de aanvrager, dat minder dan zes maanden oud is' },
      { file: SEED_004, quote: 'Het document mag niet ouder zijn dan 6 maanden.' },
    ],
  },
  'DOC.INSURANCE_COVER': {
    severity: 'error',
    sources: [
      { file: SEED_003, quote: 'ter hoogte van 30 000 EUR (minimale dekking)' },
      { file: SEED_004, quote: 'De minimumdekking bedraagt 30.000 euro.' },
    ],
  },
  'DOC.INSURANCE_TOO_SHORT': {
    severity: 'error',
    sources: [
      { file: SEED_003, quote: 'het bewijs dat de aanvrager in het bezit is van een medische reisverzekering die gedurende drie maanden geldig is (minimale duur)' },
      { file: SEED_003, quote: 'een medische reisverzekering die gedurende de volledige duur van het verblijf in België geldig is' },
    ],
  },
  'DOC.INSURANCE_SHORTER_THAN_STAY': {
    severity: 'warning',
    sources: [{ file: SEED_004, quote: 'De verzekering moet geldig zijn op het grondgebied van\u00a0alle Schengenlanden en voor de hele duur van je verblijf (= zes maanden).' }],
  },
  'DOC.INSURANCE_NOT_SCHENGEN': {
    severity: 'error',
    sources: [{ file: SEED_004, quote: 'De verzekering moet geldig zijn op het grondgebied van\u00a0alle Schengenlanden en voor de hele duur van je verblijf (= zes maanden).' }],
  },
  'DOC.INSURANCE_STARTS_LATE': {
    severity: 'warning',
    sources: [{ file: SEED_004, quote: 'De verzekering moet geldig zijn op het grondgebied van\u00a0alle Schengenlanden en voor de hele duur van je verblijf (= zes maanden).' }],
  },
  'DOC.TRANSLATION_NEEDED': {
    severity: 'warning',
    sources: [{ file: SEED_004, quote: 'Als de akte in een andere taal\u00a0opgesteld is dan het Nederlands, Frans, Duits of Engels, moet een\u00a0beëdigd vertaler\u00a0de akte vertalen.' }],
  },
  'DOC.MUNICIPALITY_LANGUAGE': {
    severity: 'warning',
    sources: [
      { file: SEED_004, quote: 'Je moet het bewijs van ongehuwdheid ook voorleggen aan de Belgische gemeente waar je partner woont. Dat kan alleen als het vertaald is in de taal van die gemeente (zoals bepaald door de Belgische taalwetgeving).' },
      { file: SEED_004, quote: 'Je buitenlandse akte moet ook overgeschreven worden in de registers van de Belgische gemeente waar je (toekomstige) stiefouder woont. Dat kan alleen als de akte vertaald is in de taal van die gemeente (zoals bepaald door de Belgische taalwetgeving).' },
    ],
  },
  'DOC.LEGALISATION': {
    severity: 'warning',
    sources: [
      { file: SEED_000, quote: 'Buitenlandse aktes van de burgerlijke stand en rechterlijke beslissingen dienen in principe\u00a0gelegaliseerd\u00a0of\u00a0geapostilleerd\u00a0te worden.' },
      { file: SEED_004, quote: 'Heb je een buitenlands attest of buitenlandse akte? Dan moet je die eventueel laten\u00a0legaliseren of voorzien van een\u00a0apostille.' },
    ],
  },
  'DOC.UNMARRIED_PROOF': {
    severity: 'error',
    sources: [
      { file: SEED_003, quote: 'het bewijs dat de aanvrager en de toekomstige gezinshereniger ongehuwd zijn (bewijs van ongehuwde staat)' },
      { file: SEED_004, quote: 'Jullie moeten beiden ongehuwd zijn. Je bewijst dat met een attest van ongehuwdheid.' },
    ],
  },
  'DOC.RELATIONSHIP_HISTORY': {
    severity: 'warning',
    sources: [
      { file: SEED_003, quote: 'een chronologische historiek van de relatie' },
      { file: SEED_004, quote: 'DVZ vraagt een chronologisch overzicht van je relatie.' },
    ],
  },
  'DOC.MARITAL_STATUS': {
    severity: 'error',
    sources: [
      { file: SEED_003, quote: 'het bewijs dat de aanvrager en de toekomstige gezinshereniger ongehuwd zijn' },
      { file: SEED_004, quote: 'Jullie moeten beiden ongehuwd zijn.' },
    ],
  },
} as const satisfies Record<string, RuleSpec>;
