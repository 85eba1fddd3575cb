// Word patterns that name a field. Attribute patterns read identifiers
// (`name`, `id`, `formcontrolname`, `ng-model`); label patterns read what a
// person reads (labels, captions, placeholders) in English, French and Dutch.
// They are kept apart: a word that is safe in a caption ("Nom", "Naam") is too
// loose inside identifiers, and the reverse. Order matters: traps that contain
// another field's words ("Nom de naissance", "Geboortenaam", "Issued by",
// "Email address") come before the field they would be mistaken for.
import type { FieldKind, PageLang } from './types';

type Pattern = readonly [FieldKind, RegExp];

/** Identifiers split into lower-case words joined by `_`: `passportExpirtyDate` → `passport_expirty_date`. */
export function identifierWords(identifier: string): string {
  return identifier
    .replace(/^VA\./, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
}

const W = (s: string) => new RegExp(`(^|_)(${s})(_|$)`);

export const ATTRIBUTE_PATTERNS: readonly Pattern[] = [
  ['other', W('birth_(sur|last_?|family_?)?names?|maiden_name|former_names?|birth_nationality(_id)?|nationality_at_birth|national_id|person_number|document_type(_id)?|passport_type|issuing_authority.*|civil_state.*|marital_status|occupation.*|otp|captcha.*|g_recaptcha.*|search.*|promo.*')],
  ['placeOfBirth', W('(birth|born)_(place|city|town)|place_of_birth|birthplace')],
  ['countryOfBirth', W('birth_country(_id)?|country_of_birth')],
  ['birthDate', W('(birth|born)_?date|date_of_birth|dob|birthday|bday')],
  ['passportIssueDate', W('(passport_|document_)?(issue|issuing)_date|date_of_issue|issued_on')],
  ['passportExpiryDate', W('(passport_)?expir[a-z]*(_date)?|valid_until|validity(_date)?')],
  ['passportNumber', W('pass(port)?_?(num|number|no)|document_number|travel_document_number')],
  ['email', W('e_?mail(_address)?(_confirm(ation)?)?|confirm_e_?mail|user_?name|login')],
  ['password', W('pass_?word|pwd|password_confirm(ation)?|confirm_password')],
  ['phoneCountryCode', W('(dial|calling|country|phone_country|isd)_code|dial_code')],
  ['phone', W('(mobile_|cell_|tele)?phone(_number)?|mobile(_number)?|telephone_?number|mobilenumber|tel')],
  ['nationality', W('nationality(_id)?|citizenship')],
  ['sex', W('sex|gender(_id)?')],
  ['givenNames', W('first_?names?|given_?names?|givennames|fore_?names?')],
  ['surname', W('last_?names?|sur_?names?|family_?names?|lastname')],
  ['fullName', W('full_?name')],
  ['other', W('house_?number|postal_?code|post_?code|zip(_?code)?|city|town|country(_id)?')],
  ['address', W('(home_)?address(_line_?1)?|street(_address)?|address1')],
  ['paymentCommunication', W('(payment_)?communication|structured_communication|remittance')],
];

const LABEL_PATTERNS: Record<PageLang, readonly Pattern[]> = {
  en: [
    ['other', /\b((sur|last |family )?name at birth|birth (sur|last |family )?name|former (family |sur)?names?|maiden name|nationality at birth|issued by|issuing|national (identity|id)|type of (travel )?document|document type|passport type|civil status|marital status|occupation)\b/],
    ['placeOfBirth', /\b((place|city|town) of birth|birth ?place)\b/],
    ['countryOfBirth', /\b(country of birth|birth country)\b/],
    ['birthDate', /\b(date of birth|birth ?date|born on|dob)\b/],
    ['passportIssueDate', /\b(date of issue|issue date|issued on|date issued)\b/],
    ['passportExpiryDate', /\b((expiry|expiration) date|date of expiry|valid until|expires?( on)?)\b/],
    ['passportNumber', /\b(passport( number| no)?|(number of )?travel document( number)?|document number)\b/],
    ['email', /\b(e ?mail( address)?)\b/],
    ['password', /\bpassword\b/],
    ['phoneCountryCode', /\b((dial(ling)?|calling|country) code|isd)\b/],
    ['phone', /\b((tele)?phone|mobile|contact number|cell)\b/],
    ['nationality', /\b(nationality|citizenship)\b/],
    ['sex', /\b(sex|gender)\b/],
    ['fullName', /\b(full name|name as (in|on) (the )?passport)\b|^name$/],
    ['givenNames', /\b((first|given|fore) ?names?|forenames?)\b/],
    ['surname', /\b((last|family|sur) ?names?)\b/],
    ['address', /\b(address|street)\b/],
    ['paymentCommunication', /\b((payment|structured) (reference|communication)|communication|remittance)\b/],
  ],
  fr: [
    ['other', /\b(nom de naissance|noms? de famille anterieurs?|nom de jeune fille|nationalite (a la naissance|d origine)|delivre par|autorite|numero national|type de document|etat civil|situation familiale|profession)\b/],
    ['placeOfBirth', /\b(lieu|ville) de naissance\b/],
    ['countryOfBirth', /\bpays de naissance\b/],
    ['birthDate', /\b(date de naissance|nee? le)\b/],
    ['passportIssueDate', /\b(date de delivrance|delivre le|date d emission)\b/],
    ['passportExpiryDate', /\b(date d expiration|valable jusqu|date de (fin de )?validite|expire le)\b/],
    ['passportNumber', /\b(numero (du |de )?(document de voyage|passeport)|n o? (de |du )?passeport|passeport)\b/],
    ['email', /\b(courriel|e ?mail|adresse electronique)\b/],
    ['password', /\bmot de passe\b/],
    ['phoneCountryCode', /\b(indicatif|code (du )?pays)\b/],
    ['phone', /\b(telephone|portable|mobile|gsm)\b/],
    ['nationality', /\bnationalite\b/],
    ['sex', /\b(sexe|genre)\b/],
    ['fullName', /\b(nom complet|nom et prenoms?|nom prenoms?)\b/],
    ['givenNames', /\bprenoms?\b/],
    ['surname', /\b(nom de famille|noms?)\b/],
    ['address', /\b(adresse|rue)\b/],
    ['paymentCommunication', /\b(communication|reference (de |du )?paiement)\b/],
  ],
  nl: [
    ['other', /\b(geboortenaam|vroegere (familie)?na+m|meisjesnaam|nationaliteit bij (de )?geboorte|afgegeven door|autoriteit|rijksregisternummer|identiteitsnummer|(soort|type) (reis)?document|burgerlijke staat|beroep)\b/],
    ['placeOfBirth', /\b(geboorteplaats|plaats van geboorte)\b/],
    ['countryOfBirth', /\b(geboorteland|land van geboorte)\b/],
    ['birthDate', /\b(geboortedatum|datum van geboorte|geboren op)\b/],
    ['passportIssueDate', /\b(datum van afgifte|afgiftedatum|afgegeven op)\b/],
    ['passportExpiryDate', /\b(geldig tot|vervaldatum|geldigheidsdatum|verloopt op)\b/],
    ['passportNumber', /\b(paspoortnummer|nummer (van het )?(reisdocument|paspoort)|documentnummer|paspoort)\b/],
    ['email', /\be ?mail(adres)?\b/],
    ['password', /\bwachtwoord\b/],
    ['phoneCountryCode', /\b(landcode|landnummer|kengetal)\b/],
    ['phone', /\b(telefoon(nummer)?|gsm(nummer)?|mobiel(e nummer)?)\b/],
    ['nationality', /\bnationaliteit\b/],
    ['sex', /\bgeslacht\b/],
    ['fullName', /\b(volledige naam|naam en voornaam)\b/],
    ['givenNames', /\bvoorna/],
    ['surname', /\b(achternaam|familienaam|naam)\b/],
    ['address', /\b(adres|straat)\b/],
    ['paymentCommunication', /\b(mededeling|betalingskenmerk|betalingsreferentie)\b/],
  ],
};

/**
 * Answers of a pure function of one string, kept between recognition runs: a
 * single-page app re-renders the same captions and identifiers, and each
 * answer costs up to fifty regular expressions. Emptied when it grows past
 * what any form holds.
 */
function remembered<T>(compute: (key: string) => T): (key: string) => T {
  const known = new Map<string, T>();
  return (key) => {
    const hit = known.get(key);
    if (hit !== undefined || known.has(key)) return hit as T;
    if (known.size >= 20_000) known.clear();
    const value = compute(key);
    known.set(key, value);
    return value;
  };
}

/** What a caption says: lower case, no diacritics, punctuation as spaces; remembered, as placeholders and radio captions are read on every run. */
export const normaliseLabel = remembered((text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim(),
);

function kindOfNormalLabel(normal: string, langs: readonly PageLang[]): FieldKind | null {
  if (normal === '') return null;
  for (const lang of langs) {
    for (const [kind, pattern] of LABEL_PATTERNS[lang]) if (pattern.test(normal)) return kind;
  }
  return null;
}

const labelReaders = new Map<string, (text: string) => FieldKind | null>();

/** `kindOfLabel` for one order of languages, remembered: recognition asks it for every caption of a page. */
export function labelReader(langs: readonly PageLang[]): (text: string) => FieldKind | null {
  const key = langs.join();
  let read = labelReaders.get(key);
  if (!read) {
    const order = [...langs];
    read = remembered((text) => kindOfNormalLabel(normaliseLabel(text), order));
    labelReaders.set(key, read);
  }
  return read;
}

/** The kind a caption names, trying the page's language first. */
export function kindOfLabel(text: string, langs: readonly PageLang[]): FieldKind | null {
  return labelReader(langs)(text);
}

export const kindOfIdentifier = remembered((identifier: string): FieldKind | null => {
  const words = identifierWords(identifier);
  if (words === '') return null;
  for (const [kind, pattern] of ATTRIBUTE_PATTERNS) if (pattern.test(words)) return kind;
  return null;
});
