// The rule catalogue of spec/rules.md as data: every ID the product can report,
// its default severity and its sources. IDs are a public interface: never rename
// one (tests/meta checks this list against rules.md).
import type { Severity, SourceRef } from './types';

export const SEED_000 = '000_03bd9be940570249.txt';
export const SEED_003 = '003_cf91320a7e919e05.txt';
export const SEED_004 = '004_9926838b41b19a4c.txt';

// Each seed or parameters.md source carries the sentence the rule rests on, copied
// character for character (the seeds hold no-break spaces, written here as \u00a0)
// so that tests/meta/quotes.test.ts can find it in the file. A file appears twice
// only where the rule has branches that no single sentence covers.
interface RuleSpec {
  severity: Severity;
  sources: readonly SourceRef[];
}

export const RULES = {
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
    sources: [{ file: 'parameters.md', quote: 'Indexed every 1 January since 2023; no 2026 value is known: from 2026-01-01 the product shows 236 with a "verify the current amount" warning.' }],
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
  'MEANS.BELOW_REFERENCE': {
    severity: 'warning',
    sources: [
      { file: SEED_004, quote: 'Onder\u00a0dit bedrag mag DVZ de aanvraag niet automatisch weigeren.' },
      { file: 'parameters.md', quote: 'Below the amount is never an automatic refusal (seed 004): DVZ must make a needs analysis, so the product warns and asks for an overview of monthly income and expenses.' },
    ],
  },
  'MEANS.EXCLUDED_INCOME': {
    severity: 'warning',
    sources: [{ file: SEED_004, quote: 'De\u00a0volgende inkomsten zijn\u00a0volgens de Verblijfswet\u00a0uitgesloten\u00a0en tellen niet mee voor de berekening van de bestaansmiddelen:' }],
  },
  'MEANS.UNSTABLE_INCOME': {
    severity: 'warning',
    sources: [{ file: SEED_004, quote: 'Het moet gaan om\u00a0stabiele en regelmatige bestaansmiddelen. Om die reden weigert DVZ\u00a0vaak inkomsten uit:' }],
  },
  'MEANS.SHORT_EVIDENCE': {
    severity: 'info',
    sources: [{ file: SEED_004, quote: 'DVZ vraagt dat je bij voorkeur bewijzen overmaakt van bestaansmiddelen van\u00a0de laatste 12 maanden.' }],
  },
  'MEANS.OTHERS_INCOME': {
    severity: 'info',
    sources: [{ file: SEED_004, quote: 'DVZ houdt alleen rekening met de eigen\u00a0bestaansmiddelen van de partner die je komt vervoegen en dus niet met jouw inkomsten of eventuele inkomsten van derden.' }],
  },
  'MEANS.REFERENCE_RULE': {
    severity: 'info',
    sources: [
      { file: 'parameters.md', quote: 'Before 2025-08-18 (seed 004): 120 % of the leefloon, category "persoon met gezin ten laste".' },
      { file: 'parameters.md', quote: 'From 2025-08-18 (law of 18 July 2025, Belgian Official Gazette 18 Aug 2025): 110 % of the guaranteed average minimum monthly income (GGMMI / RMMMG) = 2,323.08, plus a supplement for every additional person who lives with the partner or applies with the applicant' },
    ],
  },
  'MEANS.REFORM_UNCERTAIN': {
    severity: 'warning',
    sources: [
      { file: 'parameters.md', quote: 'Use 211.19 and, when the income lies between the two readings, say so (`MEANS.REFORM_UNCERTAIN`).' },
      { file: 'parameters.md', quote: 'name both amounts, ask for the date (`MISSING.sponsor.residenceSince`), judge against the new rule' },
    ],
  },
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
  'INS.SPONSOR_HEALTH': {
    severity: 'error',
    sources: [
      { file: SEED_003, quote: 'het bewijs dat de toekomstige gezinshereniger een (gezamenlijke) ziektekostenverzekering (ziekenfonds), zoals gedefinieerd in de bepalingen betreffende de gezinshereniging, heeft' },
      { file: SEED_004, quote: 'Zowel jij als je partner moeten verzekerd zijn tegen ziektekosten in België.' },
    ],
  },
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
  'TIME.PARTIAL_PAYMENT_DEADLINE': {
    severity: 'info',
    sources: [
      { file: SEED_000, quote: 'Je krijgt dan 30 dagen (te rekenen vanaf de dag na de kennisgeving van de beslissing) om het resterende bedrag te storten én om het bewijs daarvan voor te leggen.' },
      { file: SEED_004, quote: 'Je krijgt dan 30 dagen (te rekenen vanaf de dag na de kennisgeving van de beslissing) om het resterende bedrag te storten én om het bewijs daarvan voor te leggen.' },
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
  'INFO.EU_PARTNER_ROUTE': {
    severity: 'info',
    sources: [{ file: SEED_003, quote: 'kan bij de diplomatieke of consulaire post die bevoegd is voor zijn verblijfplaats een binnenkomstvisum aanvragen op basis van de richtlijn 2004/38/EG of een visum D aanvragen' }],
  },
  'INFO.IMPEDIMENTS': {
    severity: 'info',
    sources: [
      { file: SEED_003, quote: 'de partners mogen geen duurzame en stabiele relatie onderhouden met een andere persoon, ze mogen niet geviseerd worden door de artikelen 161 tot 163 van het Burgerlijk Wetboek (verboden familieband in het kader van een huwelijk)' },
      { file: SEED_003, quote: 'ze mogen ook niet het voorwerp uitmaken van een beslissing op basis van artikel 167 van het Burgerlijk Wetboek (weigering van een project voor huwelijk door de ambtenaar van de burgerlijke stand)' },
    ],
  },
  'PARAM.STALE': {
    severity: 'warning',
    sources: [{ file: 'parameters.md', quote: 'Where the data ends (no value known for the current period of a yearly-indexed amount), the product says so ("last known value, from 2025-01-01; the 2026 amount is not in the rule data") instead of presenting an old figure as current.' }],
  },
  'PARAM.USER_VALUE': {
    severity: 'info',
    sources: [{ file: 'parameters.md', quote: 'such a value is used for application dates from its start, shown with `PARAM.USER_VALUE`, never silently mixed with shipped data, exported with the settings, and can be removed' }],
  },
  'FORM.NAME_MISMATCH': { severity: 'error', sources: [{ file: 'practice' }] },
  'FORM.DOB_MISMATCH': { severity: 'error', sources: [{ file: 'practice' }] },
  'FORM.NATIONALITY_MISMATCH': { severity: 'error', sources: [{ file: 'practice' }] },
  'FORM.PASSPORT_MISMATCH': { severity: 'error', sources: [{ file: 'practice' }] },
  'FORM.PASSPORT_DATES_MISMATCH': { severity: 'error', sources: [{ file: 'practice' }] },
  'FORM.CONTACT_MISMATCH': { severity: 'warning', sources: [{ file: 'practice' }] },
  'FORM.PAYMENT_REFERENCE_MISMATCH': {
    severity: 'error',
    sources: [{ file: SEED_004, quote: 'Voor de mededeling moet je volgende structuur gebruiken: NaamVoornaamNationaliteitDDMMJJJJ.' }],
  },
} as const satisfies Record<string, RuleSpec>;

export type CatalogueRuleId = keyof typeof RULES;

/**
 * `MISSING.<field>` (rules.md): a field the case type requires and a rule needs is
 * absent. Always a warning; it carries the sources of the rule that needed it.
 */
export type MissingRuleId = `MISSING.${string}`;

export type RuleId = CatalogueRuleId | MissingRuleId;

export const RULE_IDS = Object.keys(RULES) as CatalogueRuleId[];

export function isCatalogueRule(id: string): id is CatalogueRuleId {
  return Object.hasOwn(RULES, id);
}
