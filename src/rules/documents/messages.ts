// Messages of the DOC.* rules. A child's finding starts with the child's name.
import type { CatalogueRuleId } from '../catalogue';
import { namePrefix } from '../../i18n/format';
import type { Lang, Params, RuleMessages } from '../types';

const LOCALES: Record<Lang, string> = { nl: 'nl-BE', fr: 'fr-BE', en: 'en-GB' };

const DOCUMENT: Record<string, Record<Lang, string>> = {
  unmarriedCertificate: { nl: 'Het attest van ongehuwdheid', fr: 'Le certificat de célibat', en: 'The certificate of unmarried status' },
  birthCertificate: { nl: 'De geboorteakte', fr: 'L’acte de naissance', en: 'The birth certificate' },
};

function documentName(p: Params, lang: Lang): string {
  return DOCUMENT[String(p.document)]?.[lang] ?? String(p.document);
}

const displayNames = new Map<Lang, Intl.DisplayNames>();
const lists = new Map<Lang, Intl.ListFormat>();

// Intl.DisplayNames and Intl.ListFormat take microseconds per call, and findings name the same few
// languages again and again; bounded so that a long batch run cannot grow them without end.
const NAME_CACHE_LIMIT = 1000;
const languageNames: Record<Lang, Map<string, string>> = { nl: new Map(), fr: new Map(), en: new Map() };
const languageLists: Record<Lang, Map<string, string>> = { nl: new Map(), fr: new Map(), en: new Map() };

function remember(cache: Map<string, string>, key: string, text: string): string {
  if (cache.size >= NAME_CACHE_LIMIT) cache.clear();
  cache.set(key, text);
  return text;
}

/** A language code written as a name in the reader's language ("ar" → "Arabic", "Arabisch", "arabe"). */
function languageName(code: unknown, lang: Lang): string {
  const c = String(code);
  const cached = languageNames[lang].get(c);
  if (cached !== undefined) return cached;
  let names = displayNames.get(lang);
  if (!names) {
    names = new Intl.DisplayNames([LOCALES[lang]], { type: 'language' });
    displayNames.set(lang, names);
  }
  let name: string;
  try {
    name = names.of(c) ?? c;
  } catch {
    // DisplayNames throws on a code that is not a well-formed language tag.
    name = c;
  }
  return remember(languageNames[lang], c, name);
}

function languageList(codes: unknown, lang: Lang): string {
  const key = String(codes);
  const cached = languageLists[lang].get(key);
  if (cached !== undefined) return cached;
  let list = lists.get(lang);
  if (!list) {
    list = new Intl.ListFormat(LOCALES[lang], { type: 'disjunction' });
    lists.set(lang, list);
  }
  return remember(languageLists[lang], key, list.format(key.split(',').map((c) => languageName(c, lang))));
}

export const DOCUMENT_MESSAGES = {
  'DOC.PASSPORT_EXPIRED': {
    nl: (p, f) => `${namePrefix(p.name, 'nl')}Het paspoort is vervallen op ${f.date(p.expiryDate)}, vóór de aanvraag op ${f.date(p.on)}: een geldig paspoort is vereist.`,
    fr: (p, f) => `${namePrefix(p.name, 'fr')}Le passeport a expiré le ${f.date(p.expiryDate)}, avant la demande du ${f.date(p.on)} : un passeport valable est exigé.`,
    en: (p, f) => `${namePrefix(p.name, 'en')}The passport expired on ${f.date(p.expiryDate)}, before the application on ${f.date(p.on)}: a valid passport is required.`,
  },
  'DOC.PASSPORT_EXPIRES_DURING_STAY': {
    nl: (p, f) =>
      `${namePrefix(p.name, 'nl')}Het paspoort vervalt op ${f.date(p.expiryDate)}, binnen ${p.months} maanden na de aankomst op ${f.date(p.arrival)}. In de praktijk moet het minstens geldig blijven tot ${f.date(p.validUntil)} (geen regel uit de bronteksten): vernieuw het vóór de aanvraag.`,
    fr: (p, f) =>
      `${namePrefix(p.name, 'fr')}Le passeport expire le ${f.date(p.expiryDate)}, moins de ${p.months} mois après l’arrivée du ${f.date(p.arrival)}. En pratique, il doit rester valable au moins jusqu’au ${f.date(p.validUntil)} (règle de pratique, absente des textes sources) : renouvelez-le avant la demande.`,
    en: (p, f) =>
      `${namePrefix(p.name, 'en')}The passport expires on ${f.date(p.expiryDate)}, within ${p.months} months after arrival on ${f.date(p.arrival)}. In practice it should stay valid until at least ${f.date(p.validUntil)} (practice, not in the source texts): renew it before applying.`,
  },
  'DOC.MARRIAGE_DECLARATION_MISSING': {
    nl: (p, f) =>
      p.date
        ? `De huwelijksaangifte is gedateerd ${f.date(p.date)}, na de aanvraag op ${f.date(p.on)}: de aangifte moet gebeuren vóór de visumaanvraag.`
        : `Geen datum van de huwelijksaangifte: een kopie van de akte van huwelijksaangifte bij de Belgische gemeente, gedaan vóór de visumaanvraag, is vereist.`,
    fr: (p, f) =>
      p.date
        ? `La déclaration de mariage est datée du ${f.date(p.date)}, après la demande du ${f.date(p.on)} : la déclaration doit précéder la demande de visa.`
        : `Pas de date de déclaration de mariage : une copie de l’acte de déclaration de mariage faite à la commune belge avant la demande de visa est exigée.`,
    en: (p, f) =>
      p.date
        ? `The marriage declaration is dated ${f.date(p.date)}, after the application on ${f.date(p.on)}: the declaration must be made before the visa application.`
        : `No date of the marriage declaration: a copy of the declaration made at the Belgian municipality before the visa application is required.`,
  },
  'DOC.MARRIAGE_DECLARATION_OLD': {
    nl: (p, f) => `De huwelijksaangifte van ${f.date(p.date)} is ouder dan ${p.months} maanden op ${f.date(p.on)} (grens ${f.date(p.limit)}).`,
    fr: (p, f) => `La déclaration de mariage du ${f.date(p.date)} date de plus de ${p.months} mois le ${f.date(p.on)} (limite ${f.date(p.limit)}).`,
    en: (p, f) => `The marriage declaration dated ${f.date(p.date)} is older than ${p.months} months on ${f.date(p.on)} (limit ${f.date(p.limit)}).`,
  },
  'DOC.MEDICAL_CERT_OLD': {
    nl: (p, f) => `${namePrefix(p.name, 'nl')}Het medisch attest van ${f.date(p.date)} is ouder dan ${p.months} maanden op ${f.date(p.on)} (grens ${f.date(p.limit)}).`,
    fr: (p, f) => `${namePrefix(p.name, 'fr')}Le certificat médical du ${f.date(p.date)} date de plus de ${p.months} mois le ${f.date(p.on)} (limite ${f.date(p.limit)}).`,
    en: (p, f) => `${namePrefix(p.name, 'en')}Medical certificate dated ${f.date(p.date)} is older than ${p.months} months on ${f.date(p.on)} (limit ${f.date(p.limit)}).`,
  },
  'DOC.CRIMINAL_RECORD_REQUIRED': {
    nl: (p) => `Geen uittreksel uit het strafregister: vereist vanaf ${p.from} jaar. Kan je er geen (recent) voorleggen, leg dan uit waarom.`,
    fr: (p) => `Pas d’extrait de casier judiciaire : exigé à partir de ${p.from} ans. Si vous ne pouvez pas en fournir un (récent), expliquez pourquoi.`,
    en: (p) => `No criminal-record extract: required from age ${p.from}. If you cannot obtain one (or a recent one), explain why.`,
  },
  'DOC.CRIMINAL_RECORD_OLD': {
    nl: (p, f) => `Het uittreksel uit het strafregister van ${f.date(p.date)} is ouder dan ${p.months} maanden op ${f.date(p.on)} (grens ${f.date(p.limit)}).`,
    fr: (p, f) => `L’extrait de casier judiciaire du ${f.date(p.date)} date de plus de ${p.months} mois le ${f.date(p.on)} (limite ${f.date(p.limit)}).`,
    en: (p, f) => `Criminal-record extract dated ${f.date(p.date)} is older than ${p.months} months on ${f.date(p.on)} (limit ${f.date(p.limit)}).`,
  },
  'DOC.INSURANCE_COVER': {
    nl: (p, f) => `${namePrefix(p.name, 'nl')}De medische reisverzekering dekt ${f.euro(p.cover)}; minstens ${f.euro(p.min)} is vereist.`,
    fr: (p, f) => `${namePrefix(p.name, 'fr')}L’assurance voyage médicale couvre ${f.euro(p.cover)} ; au moins ${f.euro(p.min)} est exigé.`,
    en: (p, f) => `${namePrefix(p.name, 'en')}The travel medical insurance covers ${f.euro(p.cover)}; at least ${f.euro(p.min)} is required.`,
  },
  'DOC.INSURANCE_TOO_SHORT': {
    nl: (p, f) =>
      p.marriage
        ? `De reisverzekering van ${f.date(p.start)} tot ${f.date(p.end)} dekt minder dan ${p.months} maanden, het minimum van DVZ; ze moet minstens lopen tot ${f.date(p.neededEnd)}, en volgens een andere bron het hele verblijf van ${p.stayMonths} maanden.`
        : `${namePrefix(p.name, 'nl')}De reisverzekering van ${f.date(p.start)} tot ${f.date(p.end)} dekt niet het hele verblijf van ${p.stayMonths} maanden; ze moet minstens lopen tot ${f.date(p.neededEnd)}.`,
    fr: (p, f) =>
      p.marriage
        ? `L’assurance voyage du ${f.date(p.start)} au ${f.date(p.end)} couvre moins de ${p.months} mois, le minimum de l’Office des étrangers ; elle doit courir au moins jusqu’au ${f.date(p.neededEnd)}, et selon une autre source tout le séjour de ${p.stayMonths} mois.`
        : `${namePrefix(p.name, 'fr')}L’assurance voyage du ${f.date(p.start)} au ${f.date(p.end)} ne couvre pas tout le séjour de ${p.stayMonths} mois ; elle doit courir au moins jusqu’au ${f.date(p.neededEnd)}.`,
    en: (p, f) =>
      p.marriage
        ? `The travel insurance from ${f.date(p.start)} to ${f.date(p.end)} covers less than ${p.months} months, the Immigration Office's minimum; it must run until at least ${f.date(p.neededEnd)}, and another source asks for the whole ${p.stayMonths}-month stay.`
        : `${namePrefix(p.name, 'en')}The travel insurance from ${f.date(p.start)} to ${f.date(p.end)} does not cover the whole ${p.stayMonths}-month stay; it must run until at least ${f.date(p.neededEnd)}.`,
  },
  'DOC.INSURANCE_SHORTER_THAN_STAY': {
    nl: (p, f) =>
      `De reisverzekering van ${f.date(p.start)} tot ${f.date(p.end)} haalt het minimum van ${p.min} maanden (DVZ), maar niet het hele verblijf van ${p.stayMonths} maanden dat een andere bron vraagt. De bronnen spreken elkaar tegen: laat ze lopen tot ${f.date(p.neededEnd)} om zeker te zijn.`,
    fr: (p, f) =>
      `L’assurance voyage du ${f.date(p.start)} au ${f.date(p.end)} atteint le minimum de ${p.min} mois (Office des étrangers), mais pas tout le séjour de ${p.stayMonths} mois demandé par une autre source. Les sources divergent : prolongez-la jusqu’au ${f.date(p.neededEnd)} par prudence.`,
    en: (p, f) =>
      `The travel insurance from ${f.date(p.start)} to ${f.date(p.end)} meets the ${p.min}-month minimum (Immigration Office) but not the whole ${p.stayMonths}-month stay another source asks for. The sources disagree: extend it to ${f.date(p.neededEnd)} to be safe.`,
  },
  'DOC.INSURANCE_NOT_SCHENGEN': {
    nl: (p) => `${namePrefix(p.name, 'nl')}De reisverzekering is niet geldig in alle Schengenlanden; dat is vereist.`,
    fr: (p) => `${namePrefix(p.name, 'fr')}L’assurance voyage n’est pas valable dans tous les États Schengen ; c’est exigé.`,
    en: (p) => `${namePrefix(p.name, 'en')}The travel insurance is not valid in all Schengen states; it must be.`,
  },
  'DOC.INSURANCE_STARTS_LATE': {
    nl: (p, f) => `${namePrefix(p.name, 'nl')}De reisverzekering begint op ${f.date(p.start)}, na de aankomst op ${f.date(p.arrival)}: ze moet dekken vanaf de dag van aankomst.`,
    fr: (p, f) => `${namePrefix(p.name, 'fr')}L’assurance voyage commence le ${f.date(p.start)}, après l’arrivée du ${f.date(p.arrival)} : elle doit couvrir dès le jour de l’arrivée.`,
    en: (p, f) => `${namePrefix(p.name, 'en')}The travel insurance starts on ${f.date(p.start)}, after arrival on ${f.date(p.arrival)}: it must cover from the day of arrival.`,
  },
  'DOC.TRANSLATION_NEEDED': {
    nl: (p) => `${namePrefix(p.name, 'nl')}${documentName(p, 'nl')} is opgesteld in het ${languageName(p.language, 'nl')}: een beëdigde vertaling naar het Nederlands, Frans, Duits of Engels is nodig.`,
    fr: (p) => `${namePrefix(p.name, 'fr')}${documentName(p, 'fr')} est rédigé en ${languageName(p.language, 'fr')} : une traduction jurée en néerlandais, français, allemand ou anglais est nécessaire.`,
    en: (p) => `${namePrefix(p.name, 'en')}${documentName(p, 'en')} is in ${languageName(p.language, 'en')}: a sworn translation into Dutch, French, German or English is needed.`,
  },
  'DOC.MUNICIPALITY_LANGUAGE': {
    nl: (p) =>
      `${namePrefix(p.name, 'nl')}${documentName(p, 'nl')} is opgesteld in het ${languageName(p.language, 'nl')}; de gemeente met postcode ${p.postalCode} werkt in het ${languageList(p.municipalityLanguages, 'nl')} en kan het enkel in die taal gebruiken: laat het beëdigd vertalen naar het ${languageList(p.municipalityLanguages, 'nl')}${p.translated ? ' (controleer dat de bestaande vertaling in die taal is)' : ''}.`,
    fr: (p) =>
      `${namePrefix(p.name, 'fr')}${documentName(p, 'fr')} est rédigé en ${languageName(p.language, 'fr')} ; la commune du code postal ${p.postalCode} travaille en ${languageList(p.municipalityLanguages, 'fr')} et ne peut l’utiliser que dans cette langue : faites-le traduire par un traducteur juré en ${languageList(p.municipalityLanguages, 'fr')}${p.translated ? ' (vérifiez que la traduction existante est dans cette langue)' : ''}.`,
    en: (p) =>
      `${namePrefix(p.name, 'en')}${documentName(p, 'en')} is in ${languageName(p.language, 'en')}; the municipality of postal code ${p.postalCode} works in ${languageList(p.municipalityLanguages, 'en')} and can only use it in that language: have it translated by a sworn translator into ${languageList(p.municipalityLanguages, 'en')}${p.translated ? ' (check that the existing translation is in that language)' : ''}.`,
  },
  'DOC.LEGALISATION': {
    nl: (p) => `${namePrefix(p.name, 'nl')}${documentName(p, 'nl')} is niet gelegaliseerd of voorzien van een apostille: ga op de website van de FOD Buitenlandse Zaken na wat voor dit land nodig is.`,
    fr: (p) => `${namePrefix(p.name, 'fr')}${documentName(p, 'fr')} n’est ni légalisé ni apostillé : vérifiez sur le site du SPF Affaires étrangères ce qui est requis pour ce pays.`,
    en: (p) => `${namePrefix(p.name, 'en')}${documentName(p, 'en')} is not legalised or apostilled: check on the FPS Foreign Affairs website what is needed for this country.`,
  },
  'DOC.MARITAL_STATUS': {
    nl: (p) => {
      const what = p.caseType === 'cohabitation' ? 'een verklaring van wettelijke samenwoning afleggen' : 'trouwen';
      return p.party === 'sponsor'
        ? `De partner in België staat als gehuwd vermeld: jullie moeten beiden ongehuwd zijn om te kunnen ${what}. Is het eerdere huwelijk ontbonden, vermeld dan ‘gescheiden’ of ‘weduwe/weduwnaar’ en voeg het echtscheidingsvonnis of de overlijdensakte toe.`
        : `De aanvrager staat als gehuwd vermeld: jullie moeten beiden ongehuwd zijn om te kunnen ${what}. Is het eerdere huwelijk ontbonden, vermeld dan ‘gescheiden’ of ‘weduwe/weduwnaar’ en voeg het echtscheidingsvonnis of de overlijdensakte toe.`;
    },
    fr: (p) => {
      const what = p.caseType === 'cohabitation' ? 'faire une déclaration de cohabitation légale' : 'vous marier';
      return p.party === 'sponsor'
        ? `Le partenaire en Belgique est indiqué comme marié : pour pouvoir ${what}, aucun de vous deux ne peut être marié. Si le mariage antérieur est dissous, indiquez « divorcé(e) » ou « veuf/veuve » et joignez le jugement de divorce ou l’acte de décès.`
        : `Le demandeur est indiqué comme marié : pour pouvoir ${what}, aucun de vous deux ne peut être marié. Si le mariage antérieur est dissous, indiquez « divorcé(e) » ou « veuf/veuve » et joignez le jugement de divorce ou l’acte de décès.`;
    },
    en: (p) => {
      const what = p.caseType === 'cohabitation' ? 'register a legal cohabitation' : 'marry';
      return p.party === 'sponsor'
        ? `The partner in Belgium is recorded as married: you must both be unmarried to ${what}. If the earlier marriage has ended, record ‘divorced’ or ‘widowed’ and add the divorce judgment or death certificate.`
        : `The applicant is recorded as married: you must both be unmarried to ${what}. If the earlier marriage has ended, record ‘divorced’ or ‘widowed’ and add the divorce judgment or death certificate.`;
    },
  },
  'DOC.UNMARRIED_PROOF': {
    nl: (p) =>
      p.party === 'sponsor'
        ? 'Geen bewijs dat de partner in België ongehuwd is (attest van ongehuwdheid, of echtscheidingsvonnis of overlijdensakte na een eerder huwelijk).'
        : 'Geen bewijs dat de aanvrager ongehuwd is (attest van ongehuwdheid, of echtscheidingsvonnis of overlijdensakte na een eerder huwelijk).',
    fr: (p) =>
      p.party === 'sponsor'
        ? 'Pas de preuve que le partenaire en Belgique n’est pas marié (certificat de célibat, ou jugement de divorce ou acte de décès après un mariage antérieur).'
        : 'Pas de preuve que le demandeur n’est pas marié (certificat de célibat, ou jugement de divorce ou acte de décès après un mariage antérieur).',
    en: (p) =>
      p.party === 'sponsor'
        ? 'No proof that the partner in Belgium is unmarried (certificate of unmarried status, or a divorce judgment or death certificate after an earlier marriage).'
        : 'No proof that the applicant is unmarried (certificate of unmarried status, or a divorce judgment or death certificate after an earlier marriage).',
  },
  'DOC.RELATIONSHIP_HISTORY': {
    nl: () => 'Geen chronologisch overzicht van de relatie: DVZ vraagt het. Voeg zoveel mogelijk bewijzen van de relatie toe (foto’s, berichten, vliegtuigtickets).',
    fr: () => 'Pas d’historique chronologique de la relation : l’Office des étrangers le demande. Joignez autant de preuves de la relation que possible (photos, messages, billets d’avion).',
    en: () => 'No chronological history of the relationship: the Immigration Office asks for one. Add as much proof of the relationship as you can (photos, messages, plane tickets).',
  },
} satisfies Partial<Record<CatalogueRuleId, RuleMessages>>;
