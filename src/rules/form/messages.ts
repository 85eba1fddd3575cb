// Messages of the FORM.* rules: what the page holds against what the passport or
// the profile says, the difference named exactly.
import type { Lang, Params, RuleMessages } from '../types';
import { punctuation, type Formatter } from '../../i18n/format';

const FIELD: Record<Lang, Record<string, string>> = {
  nl: {
    surname: 'Achternaam',
    givenNames: 'Voornamen',
    fullName: 'Naam',
    birthDate: 'Geboortedatum',
    birthDay: 'Geboortedag',
    birthMonth: 'Geboortemaand',
    birthYear: 'Geboortejaar',
    nationality: 'Nationaliteit',
    passportNumber: 'Paspoortnummer',
    passportIssueDate: 'Afgiftedatum van het paspoort',
    passportExpiryDate: 'Vervaldatum van het paspoort',
    email: 'E-mailadres',
    phone: 'Telefoonnummer',
    phoneCountryCode: 'Landcode',
    paymentCommunication: 'Mededeling',
    hostPostalCode: 'Postcode van de partner in België',
    hostPostalCodeFamily: 'Postcode van het familielid in België',
    maritalStatus: 'Burgerlijke staat',
    documentType: 'Soort reisdocument',
  },
  fr: {
    surname: 'Nom',
    givenNames: 'Prénoms',
    fullName: 'Nom complet',
    birthDate: 'Date de naissance',
    birthDay: 'Jour de naissance',
    birthMonth: 'Mois de naissance',
    birthYear: 'Année de naissance',
    nationality: 'Nationalité',
    passportNumber: 'Numéro de passeport',
    passportIssueDate: 'Date de délivrance du passeport',
    passportExpiryDate: 'Date d’expiration du passeport',
    email: 'Adresse e-mail',
    phone: 'Numéro de téléphone',
    phoneCountryCode: 'Indicatif',
    paymentCommunication: 'Communication',
    hostPostalCode: 'Code postal du partenaire en Belgique',
    hostPostalCodeFamily: 'Code postal du membre de la famille en Belgique',
    maritalStatus: 'État civil',
    documentType: 'Type de document de voyage',
  },
  en: {
    surname: 'Surname',
    givenNames: 'Given names',
    fullName: 'Name',
    birthDate: 'Date of birth',
    birthDay: 'Day of birth',
    birthMonth: 'Month of birth',
    birthYear: 'Year of birth',
    nationality: 'Nationality',
    passportNumber: 'Passport number',
    passportIssueDate: 'Passport issue date',
    passportExpiryDate: 'Passport expiry date',
    email: 'E-mail',
    phone: 'Phone number',
    phoneCountryCode: 'Country code',
    paymentCommunication: 'Payment communication',
    hostPostalCode: 'Postal code of the partner in Belgium',
    hostPostalCodeFamily: 'Postal code of the family member in Belgium',
    maritalStatus: 'Marital status',
    documentType: 'Type of travel document',
  },
};

const SOURCE: Record<Lang, Record<string, string>> = {
  nl: { passport: 'paspoort', profile: 'profiel', expected: 'verwacht', mrz: 'machineleesbare zone van het paspoort' },
  fr: { passport: 'passeport', profile: 'profil', expected: 'attendu', mrz: 'zone de lecture automatique du passeport' },
  en: { passport: 'passport', profile: 'profile', expected: 'expected', mrz: "passport's machine-readable zone" },
};

/** The case's values of the fields that are lists, as the popup names them. */
const VALUE: Record<Lang, Record<string, string>> = {
  nl: {
    unmarried: 'ongehuwd',
    married: 'gehuwd',
    divorced: 'gescheiden',
    widowed: 'weduwe of weduwnaar',
    ordinary: 'gewoon paspoort',
    diplomatic: 'diplomatiek paspoort',
    service: 'dienstpaspoort',
    official: 'officieel paspoort',
    special: 'speciaal paspoort',
    other: 'ander reisdocument',
  },
  fr: {
    unmarried: 'célibataire',
    married: 'marié(e)',
    divorced: 'divorcé(e)',
    widowed: 'veuf ou veuve',
    ordinary: 'passeport ordinaire',
    diplomatic: 'passeport diplomatique',
    service: 'passeport de service',
    official: 'passeport officiel',
    special: 'passeport spécial',
    other: 'autre document de voyage',
  },
  en: {
    unmarried: 'unmarried',
    married: 'married',
    divorced: 'divorced',
    widowed: 'widowed',
    ordinary: 'ordinary passport',
    diplomatic: 'diplomatic passport',
    service: 'service passport',
    official: 'official passport',
    special: 'special passport',
    other: 'other travel document',
  },
};
const LISTED = new Set(['maritalStatus', 'documentType']);

const ON_PAGE: Record<Lang, string> = { nl: 'op de pagina', fr: 'sur la page', en: 'on the page' };
const NOT_A_DATE: Record<Lang, string> = { nl: 'geen datum', fr: 'n’est pas une date', en: 'not a date' };
const EMPTY: Record<Lang, string> = { nl: '(leeg)', fr: '(vide)', en: '(empty)' };

/** A field's name; the host on the forms is the family member in Belgium in a humanitarian file (`host: 'family'`), not a partner. */
function fieldName(lang: Lang, kind: string, host: unknown): string | undefined {
  return FIELD[lang][kind === 'hostPostalCode' && host === 'family' ? 'hostPostalCodeFamily' : kind];
}

function text(value: unknown, lang: Lang): string {
  return typeof value === 'string' && value !== '' ? value : EMPTY[lang];
}

/** "Surname on the page: ELAMRANI; passport: EL AMRANI"; dates also written out ("16/03/1990 (16 Mar 1990)"). */
function difference(lang: Lang) {
  return (p: Params, f: Formatter): string => {
    const field = fieldName(lang, String(p.field), p.host) ?? String(p.field);
    let page = text(p.page, lang);
    if ('pageDate' in p) page += typeof p.pageDate === 'string' ? ` (${f.date(p.pageDate)})` : ` (${NOT_A_DATE[lang]})`;
    const listed = LISTED.has(String(p.field)) && typeof p.expected === 'string' ? VALUE[lang][p.expected] : undefined;
    const expected = listed ?? (typeof p.expected === 'string' && p.expected !== '' ? p.expected : typeof p.expectedDate === 'string' ? f.date(p.expectedDate) : EMPTY[lang]);
    const source = SOURCE[lang][String(p.source)] ?? SOURCE[lang].profile;
    const whole = typeof p.expected === 'string' && typeof p.expectedDate === 'string' ? ` (${f.date(p.expectedDate)})` : '';
    const [colon, semicolon] = [punctuation(':', lang), punctuation(';', lang)];
    return `${field} ${ON_PAGE[lang]}${colon} ${page}${semicolon} ${source}${colon} ${expected}${whole}`;
  };
}

function same(): RuleMessages {
  return { nl: difference('nl'), fr: difference('fr'), en: difference('en') };
}

const DIFFERS: Record<Lang, (field: string) => string> = {
  nl: (field) => `${field} wijkt af van het dossier`,
  fr: (field) => `${field}\u202f: ne correspond pas au dossier`,
  en: (field) => `${field} differs from the case`,
};
const SEE_POPUP: Record<Lang, (field: string) => string> = {
  nl: (field) => `${field}: bekijk de controle in de extensie`,
  fr: (field) => `${field}\u202f: voyez la vérification dans l’extension`,
  en: (field) => `${field}: see the check in the extension`,
};

/**
 * What a finding says on the vendor's page itself: which field, never a value
 * of the case (the page can read or search what is drawn over it). The detail
 * is in the extension's popup.
 */
export function pageMessage(rule: string, kind: string, lang: Lang, host?: unknown): string {
  const field = fieldName(lang, kind, host) ?? FIELD[lang].fullName!;
  return rule.startsWith('FORM.') ? DIFFERS[lang](field) : SEE_POPUP[lang](field);
}

export const FORM_MESSAGES: Record<string, RuleMessages> = {
  'FORM.NAME_MISMATCH': same(),
  'FORM.DOB_MISMATCH': same(),
  'FORM.NATIONALITY_MISMATCH': same(),
  'FORM.PASSPORT_MISMATCH': same(),
  'FORM.PASSPORT_DATES_MISMATCH': same(),
  'FORM.CONTACT_MISMATCH': same(),
  'FORM.HOST_ADDRESS_MISMATCH': same(),
  'FORM.MARITAL_STATUS_MISMATCH': same(),
  'FORM.DOCUMENT_TYPE_MISMATCH': same(),
  'FORM.PAYMENT_REFERENCE_MISMATCH': same(),
};
