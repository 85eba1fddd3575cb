// Messages of the rules on the passport's machine-readable zone (DOC.MRZ_MISMATCH,
// PAY.REFERENCE_MRZ_SPELLING). A child's finding starts with the child's name.
import { namePrefix, type Formatter } from '../../i18n/format';
import type { Lang, Params, RuleMessages } from '../types';

const LOCALES: Record<Lang, string> = { nl: 'nl-BE', fr: 'fr-BE', en: 'en-GB' };
const STATELESS: Record<Lang, string> = { nl: 'staatloos', fr: 'apatride', en: 'stateless' };

const FIELD: Record<Lang, Record<string, string>> = {
  nl: {
    surname: 'De familienaam',
    givenNames: 'De voornamen',
    birthDate: 'De geboortedatum',
    nationality: 'De nationaliteit',
    passportNumber: 'Het paspoortnummer',
    expiryDate: 'De vervaldatum van het paspoort',
  },
  fr: {
    surname: 'Le nom',
    givenNames: 'Les prénoms',
    birthDate: 'La date de naissance',
    nationality: 'La nationalité',
    passportNumber: 'Le numéro de passeport',
    expiryDate: 'La date d’expiration du passeport',
  },
  en: {
    surname: 'The surname',
    givenNames: 'The given names',
    birthDate: 'The date of birth',
    nationality: 'The nationality',
    passportNumber: 'The passport number',
    expiryDate: 'The passport expiry date',
  },
};

/** The parts of the zone, as "the check digit of …" names them. */
export const MRZ_PART: Record<Lang, Record<string, string>> = {
  nl: {
    documentCode: 'het documenttype',
    issuingState: 'het land van afgifte',
    names: 'de namen',
    documentNumber: 'het paspoortnummer',
    nationality: 'de nationaliteit',
    birthDate: 'de geboortedatum',
    sex: 'het geslacht',
    expiryDate: 'de vervaldatum',
    personalNumber: 'het persoonlijk nummer',
    composite: 'de hele tweede regel',
  },
  fr: {
    documentCode: 'le type de document',
    issuingState: 'l’État de délivrance',
    names: 'les noms',
    documentNumber: 'le numéro de passeport',
    nationality: 'la nationalité',
    birthDate: 'la date de naissance',
    sex: 'le sexe',
    expiryDate: 'la date d’expiration',
    personalNumber: 'le numéro personnel',
    composite: 'l’ensemble de la deuxième ligne',
  },
  en: {
    documentCode: 'the document type',
    issuingState: 'the issuing state',
    names: 'the names',
    documentNumber: 'the passport number',
    nationality: 'the nationality',
    birthDate: 'the date of birth',
    sex: 'the sex',
    expiryDate: 'the expiry date',
    personalNumber: 'the personal number',
    composite: 'the whole second line',
  },
};

const regionNames = new Map<Lang, Intl.DisplayNames>();

function country(code: string, lang: Lang): string {
  if (code === 'XX') return STATELESS[lang];
  let names = regionNames.get(lang);
  if (!names) regionNames.set(lang, (names = new Intl.DisplayNames([LOCALES[lang]], { type: 'region', fallback: 'code' })));
  return names.of(code) ?? code;
}

/** A field's value as the reader writes it: dates written out, countries named. */
function shown(field: unknown, value: unknown, f: Formatter): string {
  const v = String(value ?? '');
  if (field === 'birthDate' || field === 'expiryDate') return f.date(v);
  if (field === 'nationality') return country(v, f.lang);
  return v;
}

/** "the check digit of the date of birth does not match: 900315 gives 1, the line has 7". */
export function checkDigitText(p: Params, lang: Lang): string {
  const part = MRZ_PART[lang][String(p.part)] ?? String(p.part);
  if (p.expected === undefined) {
    return { nl: `${part} is onleesbaar (${p.value})`, fr: `${part} est illisible (${p.value})`, en: `${part} cannot be read (${p.value})` }[lang];
  }
  const gives = p.expected === '' ? '' : { nl: `${p.value} geeft ${p.expected}, `, fr: `${p.value} donne ${p.expected}, `, en: `${p.value} gives ${p.expected}, ` }[lang];
  return {
    nl: `het controlecijfer van ${part} klopt niet: ${gives}de regel heeft ${p.found}`,
    fr: `le chiffre de contrôle de ${part} ne correspond pas : ${gives}la ligne porte ${p.found}`,
    en: `the check digit of ${part} does not match: ${gives}the line has ${p.found}`,
  }[lang];
}

export const MRZ_MESSAGES: Record<string, RuleMessages> = {
  'DOC.MRZ_MISMATCH': {
    nl: (p, f) =>
      p.field === 'mrz'
        ? `${namePrefix(p.name, 'nl')}De opgeslagen machineleesbare zone van het paspoort is niet juist overgenomen: ${checkDigitText(p, 'nl')}. Neem de twee regels opnieuw over uit het paspoort.`
        : `${namePrefix(p.name, 'nl')}${FIELD.nl[String(p.field)]} verschilt van de machineleesbare zone van het paspoort: het profiel zegt ${shown(p.field, p.profile, f)}, de zone ${shown(p.field, p.mrz, f)}. De ambassade leest de zone van het paspoort zelf: breng het profiel in overeenstemming met het paspoort.`,
    fr: (p, f) =>
      p.field === 'mrz'
        ? `${namePrefix(p.name, 'fr')}La zone de lecture automatique enregistrée pour le passeport n’a pas été recopiée correctement : ${checkDigitText(p, 'fr')}. Recopiez les deux lignes depuis le passeport.`
        : `${namePrefix(p.name, 'fr')}${FIELD.fr[String(p.field)]} diffère de la zone de lecture automatique du passeport : le profil indique ${shown(p.field, p.profile, f)}, la zone ${shown(p.field, p.mrz, f)}. L’ambassade lit la zone sur le passeport lui-même : alignez le profil sur le passeport.`,
    en: (p, f) =>
      p.field === 'mrz'
        ? `${namePrefix(p.name, 'en')}The stored machine-readable zone of the passport was not copied correctly: ${checkDigitText(p, 'en')}. Copy the two lines from the passport again.`
        : `${namePrefix(p.name, 'en')}${FIELD.en[String(p.field)]} differs from the passport's machine-readable zone: the profile says ${shown(p.field, p.profile, f)}, the zone ${shown(p.field, p.mrz, f)}. The embassy reads the zone from the passport itself: make the profile match the passport.`,
  },
  'PAY.REFERENCE_MRZ_SPELLING': {
    nl: (p) =>
      `${namePrefix(p.name, 'nl')}De machineleesbare zone van het paspoort schrijft de namen anders (zonder accenten of ingekort), wat de mededeling ${p.mrz} zou geven. Gebruik voor de overschrijving de mededeling met de namen zoals in het paspoort gedrukt: ${p.profile}.`,
    fr: (p) =>
      `${namePrefix(p.name, 'fr')}La zone de lecture automatique du passeport écrit les noms autrement (sans accents ou en abrégé), ce qui donnerait la communication ${p.mrz}. Pour le virement, utilisez la communication avec les noms tels qu’imprimés dans le passeport : ${p.profile}.`,
    en: (p) =>
      `${namePrefix(p.name, 'en')}The passport's machine-readable zone writes the names differently (without accents or cut short), which would give the communication ${p.mrz}. For the bank transfer, use the communication with the names as printed in the passport: ${p.profile}.`,
  },
};
