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
  ['other', W('otp|captcha.*|g_recaptcha.*|search.*|promo.*|fax|occupation_area|sector|other_nationalit(y|ies)(_id)?')],
  ['surnameAtBirth', W('birth_(sur|last_?|family_?)?names?|maiden_name|former_(sur|last_?|family_?)?names?|(sur|last_?)names?_at_birth')],
  ['nationalityAtBirth', W('birth_nationality(_id)?|nationality_at_birth|original_nationality')],
  ['placeOfBirth', W('(birth|born)_(place|city|town)|place_of_birth|birthplace')],
  ['countryOfBirth', W('birth_country(_id)?|country_of_birth')],
  ['birthDate', W('(birth|born)_?date|date_of_birth|dob|birthday|bday')],
  ['residencePermitValidUntil', W('residence_permit_valid(ity|_until)?')],
  ['residencePermitNumber', W('residence_permit_(num|number|no)|residence_permit')],
  ['nationalIdNumber', W('national_id(_number)?|person_number|personal_number|national_number|identity_number|id_number')],
  ['maritalStatus', W('civil_state(_id)?|civil_status|marital_status')],
  ['documentType', W('document_type(_id)?|pass(port)?_type|type_of_document')],
  ['issuingCountry', W('issuing_(authority_)?country(_id)?|country_of_issue|issuing_state')],
  ['issuingAuthority', W('issuing_authority(_place)?|issued_by|authority')],
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
  ['occupation', W('occupation(_id)?|profession|job_title')],
  ['houseNumber', W('house_?(number|no|nr)|street_number|building_number')],
  ['addressBox', W('(address_)?box|apartment|apt')],
  ['postalCode', W('postal_?code|post_?code|zip(_?code)?')],
  ['city', W('city|town|municipality|locality')],
  ['addressCountry', W('address_country(_id)?|country_of_residence|residence_country')],
  ['other', W('country(_id)?')],
  ['street', W('street(_name)?')],
  ['address', W('(home_)?address(_line_?1)?|street_address|address1')],
  ['paymentCommunication', W('(payment_)?communication|structured_communication|remittance')],
];

/** Languages whose captions are read: the product's three, and German, which VisaOnWeb also offers. */
export type LabelLang = PageLang | 'de';

const LABEL_PATTERNS: Record<LabelLang, readonly Pattern[]> = {
  en: [
    ['other', /\bother nationalit/],
    ['surnameAtBirth', /\b((sur|last |family )?name at birth|birth (sur|last |family )?name|former (family |sur)?names?|maiden name)\b/],
    ['nationalityAtBirth', /\b(nationality at birth|original nationality|nationality of origin)\b/],
    ['nationalIdNumber', /\b(national (identity|id)( card)?( number| no)?|identity (card )?number|personal (identification )?number)\b/],
    ['maritalStatus', /\b(civil|marital) status\b/],
    ['documentType', /\b(type of (travel )?document|(travel )?document type|passport type)\b/],
    ['issuingCountry', /\b(issuing (country|state)|country of issue|issued by country)\b/],
    ['issuingAuthority', /\b(issued by|issuing authority)\b|^authority$/],
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
    ['occupation', /\b((current )?occupation|profession|job title)\b/],
    ['address', /\b(street address|address)\b/],
    ['street', /\bstreet\b/],
    ['houseNumber', /\b(house|building|street) (number|no)\b|^(number|no|nr)$/],
    ['addressBox', /\b(box|apartment|flat)( number| no)?\b/],
    ['postalCode', /\b(postal code|post ?code|zip( code)?)\b/],
    ['city', /\b(city|town|municipality|locality)\b/],
    ['addressCountry', /^country( of residence)?$/],
    ['paymentCommunication', /\b((payment|structured) (reference|communication)|communication|remittance)\b/],
  ],
  fr: [
    ['other', /\bautres?( s)? nationalit/],
    ['surnameAtBirth', /\b(nom de naissance|noms? de famille anterieurs?|nom de jeune fille)\b/],
    ['nationalityAtBirth', /\bnationalite (a la naissance|d origine)\b/],
    ['nationalIdNumber', /\b(numero (national|d identite|de carte d identite)|numero d identification)\b/],
    ['maritalStatus', /\b(etat civil|situation familiale)\b/],
    ['documentType', /\btype (de|du) (document|passeport)\b/],
    ['issuingCountry', /\b(delivre par pays|pays de delivrance|pays emetteur)\b/],
    ['issuingAuthority', /\b(delivre par|autorite de delivrance)\b|^autorite$/],
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
    ['occupation', /\b(profession|occupation|activite professionnelle)\b/],
    ['postalCode', /\bcode postal\b/],
    ['address', /\badresse\b/],
    ['street', /\brue\b/],
    ['houseNumber', /^(n|no|numero)$|\bnumero de (maison|rue)\b/],
    ['addressBox', /\b(boite|bte)\b/],
    ['city', /\b(ville|localite|commune)\b/],
    ['addressCountry', /^pays( de residence)?$/],
    ['paymentCommunication', /\b(communication|reference (de |du )?paiement)\b/],
  ],
  nl: [
    ['other', /\bandere nationaliteit/],
    ['surnameAtBirth', /\b(geboortenaam|vroegere (familie)?na+m|meisjesnaam)\b/],
    ['nationalityAtBirth', /\bnationaliteit bij (de )?geboorte\b/],
    ['nationalIdNumber', /\b(rijksregisternummer|identiteitsnummer|identificatienummer|nationaal (identiteits)?nummer)\b/],
    ['maritalStatus', /\bburgerlijke staat\b/],
    ['documentType', /\b(soort|type) (reis)?document\b/],
    ['issuingCountry', /\b(afgegeven door land|land van afgifte)\b/],
    ['issuingAuthority', /\bafgegeven door\b|^autoriteit$/],
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
    ['occupation', /\b(huidig )?beroep\b/],
    ['address', /\badres\b/],
    ['street', /\bstraat(naam)?\b/],
    ['houseNumber', /\b(huisnummer|huisnr)\b|^(nr|nummer)$/],
    ['addressBox', /\b(bus|busnummer)\b/],
    ['postalCode', /\bpostcode\b/],
    ['city', /\b(gemeente|stad|woonplaats|plaats)\b/],
    ['addressCountry', /^land( van verblijf)?$/],
    ['paymentCommunication', /\b(mededeling|betalingskenmerk|betalingsreferentie)\b/],
  ],
  // VisaOnWeb's German pages (notes/vendor-pages.md §5): captions of the harmonised form.
  de: [
    ['other', /\b(weitere|andere) staatsangehorigkeit/],
    ['surnameAtBirth', /\b(geburtsname|fruhere\w* familienname)/],
    ['nationalityAtBirth', /\bstaatsangehorigkeit (bei (der )?|zum zeitpunkt der )geburt|ursprungliche staatsangehorigkeit/],
    ['nationalIdNumber', /\b(nationale identitatsnummer|identitatsnummer|personalausweisnummer)/],
    ['maritalStatus', /\bfamilienstand/],
    ['documentType', /\bart des reisedokuments/],
    ['issuingCountry', /\bausgestellt (von|durch) land|ausstellungsland/],
    ['issuingAuthority', /\b(ausgestellt (von|durch)|ausstellende behorde)/],
    ['placeOfBirth', /\bgeburtsort/],
    ['countryOfBirth', /\bgeburtsland/],
    ['birthDate', /\bgeburtsdatum/],
    ['passportIssueDate', /\bausstellungsdatum/],
    ['passportExpiryDate', /\b(gultig bis|ablaufdatum)/],
    ['passportNumber', /\b(nummer des reisedokuments|reisepassnummer|passnummer)/],
    ['phone', /\b(telefon|mobil|handy)/],
    ['nationality', /\bstaatsangehorigkeit/],
    ['sex', /\bgeschlecht/],
    ['givenNames', /\bvorname/],
    ['surname', /\b(familienname|nachname)/],
    ['occupation', /\bberuf/],
    ['address', /\b(anschrift|adresse)\b/],
    ['street', /\bstra(ss|\s)e\b/],
    ['houseNumber', /\bhausnummer/],
    ['postalCode', /\b(postleitzahl|plz)\b/],
    ['city', /\b(ort|stadt|wohnort)$/],
  ],
};

/** Sections about someone or something other than the applicant, whose fields take that one's details. */
export type Context = 'host' | 'employer' | 'parent' | 'residence';

const CONTEXT_PATTERNS: readonly (readonly [Context, RegExp])[] = [
  ['parent', /\b(parental authority|(legal )?guardian|autorite parentale|tuteur|ouderlijk gezag|voogd|elterliche\w* sorge|sorgeberechtigt\w*|vormund|minor parent)\b/],
  ['residence', /\b(residence permit|residence card|titre de sejour|permis de sejour|verblijfsvergunning|verblijfstitel|aufenthalts(titel|erlaubnis))\b/],
  ['employer', /\b(employer|school|educational (establishment|institution)|employeur|ecole|etablissement d enseignement|werkgever|onderwijsinstelling|arbeitgeber|schule|bildungseinrichtung)\b/],
  ['host', /\b(host|inviting (person|company)|person inviting|hote|invitant\w*|personne (qui invite|d accueil)|gastheer|gastvrouw|uitnodig\w*|gastgeber\w*|einladend\w*)\b/],
];

/** The section a caption or an identifier (as words, `_` read as spaces) names, if it is about someone other than the applicant. */
export function contextOf(text: string): Context | null {
  const normal = normaliseLabel(text);
  for (const [context, pattern] of CONTEXT_PATTERNS) if (pattern.test(normal)) return context;
  return null;
}

const IN_CONTEXT: Record<Context, Partial<Record<FieldKind | 'named', FieldKind>>> = {
  host: { named: 'hostName', fullName: 'hostName', surname: 'hostSurname', givenNames: 'hostGivenNames', address: 'hostAddress', street: 'hostStreet', houseNumber: 'hostHouseNumber', postalCode: 'hostPostalCode', city: 'hostCity', phone: 'hostPhone', email: 'hostEmail', nationality: 'hostNationality', birthDate: 'hostBirthDate' },
  employer: { named: 'employerName', fullName: 'employerName', surname: 'employerName', address: 'employerAddress', street: 'employerStreet', houseNumber: 'employerHouseNumber', postalCode: 'employerPostalCode', city: 'employerCity', addressCountry: 'employerCountry', phone: 'employerPhone', email: 'employerEmail' },
  parent: { surname: 'parentSurname', givenNames: 'parentGivenNames', address: 'parentAddress', nationality: 'parentNationality' },
  residence: { named: 'residencePermitNumber', residencePermitNumber: 'residencePermitNumber', passportNumber: 'residencePermitNumber', passportExpiryDate: 'residencePermitValidUntil', residencePermitValidUntil: 'residencePermitValidUntil' },
};

/**
 * The kind of a field in a section about someone else: the host's street, not
 * the applicant's. `named` is true when the field's own caption names the
 * section ("Employer", "Name of the host"): then a caption that says nothing
 * more is that one's name. Whatever else such a section asks is not the
 * applicant's to fill (`other`); null stays null.
 */
export function inContext(context: Context, kind: FieldKind | null, named: boolean): FieldKind | null {
  const key = kind ?? (named ? 'named' : null);
  return key === null ? null : (IN_CONTEXT[context][key] ?? 'other');
}

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

function kindOfNormalLabel(normal: string, langs: readonly LabelLang[]): FieldKind | null {
  if (normal === '') return null;
  let kind: FieldKind | null = null;
  for (const lang of langs) {
    for (const [k, pattern] of LABEL_PATTERNS[lang]) if (pattern.test(normal)) { kind = k; break; }
    if (kind) break;
  }
  for (const [context, pattern] of CONTEXT_PATTERNS) if (pattern.test(normal)) return inContext(context, kind, true);
  return kind;
}

const labelReaders = new Map<string, (text: string) => FieldKind | null>();

/** `kindOfLabel` for one order of languages, remembered: recognition asks it for every caption of a page. */
export function labelReader(langs: readonly LabelLang[]): (text: string) => FieldKind | null {
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
export function kindOfLabel(text: string, langs: readonly LabelLang[]): FieldKind | null {
  return labelReader(langs)(text);
}

export const kindOfIdentifier = remembered((identifier: string): FieldKind | null => {
  const words = identifierWords(identifier);
  if (words === '') return null;
  let kind: FieldKind | null = null;
  for (const [k, pattern] of ATTRIBUTE_PATTERNS) if (pattern.test(words)) { kind = k; break; }
  // `f_trav_host_name`, `fi_employer_address[street]`, `fi_minor_parent_surname` (TLScontact's legacy form, S15).
  const context = contextOf(words.replace(/_/g, ' '));
  if (!context) return kind;
  return inContext(context, kind ?? (/(^|_)name$/.test(words) ? 'fullName' : null), false);
});
