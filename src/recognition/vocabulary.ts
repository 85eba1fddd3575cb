// The words that name a field, as data: the background holds them and hands them
// to the content script once per page (`cs-bg/vocabulary`), so that the script
// itself stays small; tests and the command line read them from here. Identifier
// patterns read `name`, `id`, `formcontrolname`, `ng-model` (as lower-case words
// joined by `_`, each alternative a whole run of words); label patterns read what a
// person reads (labels, captions, placeholders, lower case without diacritics), in
// English, French, Dutch and German. They are kept apart: a word that is safe in a
// caption ("Nom", "Naam") is too loose inside identifiers, and the reverse. Order
// matters: traps that contain another field's words ("Nom de naissance",
// "Geboortenaam", "Issued by", "Email address") come before the field they would
// be mistaken for.
import type { FieldKind, PageLang } from './types';

/** Languages whose captions are read: the product's three, and German, which VisaOnWeb also offers. */
export type LabelLang = PageLang | 'de';

/** Sections about someone or something other than the applicant, whose fields take that one's details. */
export type Context = 'host' | 'employer' | 'parent' | 'residence';

/**
 * The words a list's options use for a case value, per kind (case value → option texts, lower case
 * without diacritics), and for a value no option names, the values to try next: a manual worker
 * is employed where the list has no "worker"; "Other" where it has nothing closer.
 */
export interface OptionWords {
  words: Readonly<Partial<Record<FieldKind, Readonly<Record<string, readonly string[]>>>>>;
  fallbacks: Readonly<Partial<Record<FieldKind, Readonly<Record<string, readonly string[]>>>>>;
}

export interface Vocabulary {
  identifiers: readonly (readonly [FieldKind, string])[];
  labels: Readonly<Record<LabelLang, readonly (readonly [FieldKind, string])[]>>;
  /** Section titles (or identifiers read as words) that say whose the fields are. */
  contexts: readonly (readonly [Context, string])[];
  options: OptionWords;
}

export const VOCABULARY: Vocabulary = {
  identifiers: [
    ['other', 'otp|captcha.*|g_recaptcha.*|search.*|promo.*|fax|occupation_area|sector'],
    ['otherNationality', 'other_nationalit(y|ies)(_id)?'],
    ['surnameAtBirth', 'birth_(sur|last_?|family_?)?names?|maiden_name|former_(sur|last_?|family_?)?names?|(sur|last_?)names?_at_birth'],
    ['nationalityAtBirth', 'birth_nationality(_id)?|nationality_at_birth|original_nationality'],
    ['placeOfBirth', '(birth|born)_(place|city|town)|place_of_birth|birthplace'],
    ['countryOfBirth', 'birth_country(_id)?|country_of_birth'],
    ['birthDate', '(birth|born)_?date|date_of_birth|dob|birthday|bday'],
    ['residencePermitValidUntil', 'residence_permit_valid(ity|_until)?'],
    ['residencePermitNumber', 'residence_permit_(num|number|no)|residence_permit'],
    ['nationalIdNumber', 'national_id(_number)?|person_number|personal_number|national_number|identity_number|id_number'],
    ['maritalStatus', 'civil_state(_id)?|civil_status|marital_status'],
    ['documentType', 'document_type(_id)?|pass(port)?_type|type_of_document'],
    ['issuingCountry', 'issuing_(authority_)?country(_id)?|country_of_issue|issuing_state'],
    ['issuingAuthority', 'issuing_authority(_place)?|issued_by|authority'],
    ['passportIssueDate', '(passport_|document_)?(issue|issuing)_date|date_of_issue|issued_on'],
    ['passportExpiryDate', '(passport_)?expir[a-z]*(_date)?|valid_until|validity(_date)?'],
    ['passportNumber', 'pass(port)?_?(num|number|no)|document_number|travel_document_number'],
    ['email', 'e_?mail(_address)?(_confirm(ation)?)?|confirm_e_?mail|user_?name|login'],
    ['password', 'pass_?word|pwd|password_confirm(ation)?|confirm_password'],
    ['phoneCountryCode', '(dial|calling|country|phone_country|isd)_code|dial_code'],
    ['phone', '(mobile_|cell_|tele)?phone(_number)?|mobile(_number)?|telephone_?number|mobilenumber|tel'],
    ['nationality', 'nationality(_id)?|citizenship'],
    ['sex', 'sex|gender(_id)?'],
    ['givenNames', 'first_?names?|given_?names?|givennames|fore_?names?'],
    ['surname', 'last_?names?|sur_?names?|family_?names?|lastname'],
    ['fullName', 'full_?name'],
    ['occupation', 'occupation(_id)?|profession|job_title'],
    ['houseNumber', 'house_?(number|no|nr)|street_number|building_number'],
    ['addressBox', '(address_)?box|apartment|apt'],
    ['postalCode', 'postal_?code|post_?code|zip(_?code)?'],
    ['city', 'city|town|municipality|locality'],
    ['addressCountry', 'address_country(_id)?|country_of_residence|residence_country'],
    // Not `state` alone: VisaOnWeb's `Application_MemberStateOfDestinationId` is a country.
    ['region', 'province|region|address_state|state_province'],
    ['other', 'country(_id)?'],
    ['street', 'street(_name)?'],
    ['address', '(home_)?address(_line_?1)?|street_address|address1'],
    ['paymentCommunication', '(payment_)?communication|structured_communication|remittance'],
  ],
  labels: {
    en: [
      ['otherNationality', '\\bother (current )?nationalit'],
      ['surnameAtBirth', '\\b((sur|last |family )?name at birth|birth (sur|last |family )?name|former (family |sur)?names?|maiden name)\\b'],
      ['nationalityAtBirth', '\\b(nationality at birth|original nationality|nationality of origin)\\b'],
      ['nationalIdNumber', '\\b(national (identity|id)( card)?( number| no)?|identity (card )?number|personal (identification )?number)\\b'],
      ['maritalStatus', '\\b(civil|marital) status\\b'],
      ['documentType', '\\b(type of (travel )?document|(travel )?document type|passport type)\\b'],
      ['issuingCountry', '\\b(issuing (country|state)|country of issue|issued by country)\\b'],
      ['issuingAuthority', '\\b(issued by|issuing authority)\\b|^authority$'],
      ['placeOfBirth', '\\b((place|city|town) of birth|birth ?place)\\b'],
      ['countryOfBirth', '\\b(country of birth|birth country)\\b'],
      ['birthDate', '\\b(date of birth|birth ?date|born on|dob)\\b'],
      ['passportIssueDate', '\\b(date of issue|issue date|issued on|date issued)\\b'],
      ['passportExpiryDate', '\\b((expiry|expiration) date|date of expiry|valid until|expires?( on)?)\\b'],
      ['passportNumber', '\\b(passport( number| no)?|(number of )?travel document( number)?|document number)\\b'],
      ['email', '\\b(e ?mail( address)?)\\b'],
      ['password', '\\bpassword\\b'],
      ['phoneCountryCode', '\\b((dial(ling)?|calling|country) code|isd)\\b'],
      ['phone', '\\b((tele)?phone|mobile|contact number|cell)\\b'],
      ['nationality', '\\b(nationality|citizenship)\\b'],
      ['sex', '\\b(sex|gender)\\b'],
      ['fullName', '\\b(full name|name as (in|on) (the )?passport)\\b|^name$'],
      ['givenNames', '\\b((first|given|fore) ?names?|forenames?)\\b'],
      ['surname', '\\b((last|family|sur) ?names?)\\b'],
      ['occupationStatus', '\\b(employment|occupational|occupation|professional|work) status\\b'],
      ['occupation', '\\b((current )?occupation|profession|job title)\\b'],
      ['address', '\\b(street address|address)\\b'],
      ['street', '\\bstreet\\b'],
      ['houseNumber', '\\b(house|building|street) (number|no)\\b|^(number|no|nr)$'],
      ['addressBox', '\\b(box|apartment|flat)( number| no)?\\b'],
      ['postalCode', '\\b(postal code|post ?code|zip( code)?)\\b'],
      ['city', '\\b(city|town|municipality|locality)\\b'],
      ['addressCountry', '^country( of residence)?$'],
      ['region', '^(region|province|state|county)( (or )?(region|province|state))?$'],
      ['paymentCommunication', '\\b((payment|structured) (reference|communication)|communication|remittance)\\b'],
    ],
    fr: [
      ['otherNationality', '\\bautres?( s)? nationalit'],
      ['surnameAtBirth', '\\b(nom de naissance|noms? de famille anterieurs?|nom de jeune fille)\\b'],
      ['nationalityAtBirth', '\\bnationalite (a la naissance|d origine)\\b'],
      ['nationalIdNumber', '\\b(numero (national|d identite|de carte d identite)|numero d identification)\\b'],
      ['maritalStatus', '\\b(etat civil|situation familiale)\\b'],
      ['documentType', '\\btype (de|du) (document|passeport)\\b'],
      ['issuingCountry', '\\b(delivre par pays|pays de delivrance|pays emetteur)\\b'],
      ['issuingAuthority', '\\b(delivre par|autorite de delivrance)\\b|^autorite$'],
      ['placeOfBirth', '\\b(lieu|ville) de naissance\\b'],
      ['countryOfBirth', '\\bpays de naissance\\b'],
      ['birthDate', '\\b(date de naissance|nee? le)\\b'],
      ['passportIssueDate', '\\b(date de delivrance|delivre le|date d emission)\\b'],
      ['passportExpiryDate', '\\b(date d expiration|valable jusqu|date de (fin de )?validite|expire le)\\b'],
      ['passportNumber', '\\b(numero (du |de )?(document de voyage|passeport)|n o? (de |du )?passeport|passeport)\\b'],
      ['email', '\\b(courriel|e ?mail|adresse electronique)\\b'],
      ['password', '\\bmot de passe\\b'],
      ['phoneCountryCode', '\\b(indicatif|code (du )?pays)\\b'],
      ['phone', '\\b(telephone|portable|mobile|gsm)\\b'],
      ['nationality', '\\bnationalite\\b'],
      ['sex', '\\b(sexe|genre)\\b'],
      ['fullName', '\\b(nom complet|nom et prenoms?|nom prenoms?)\\b'],
      ['givenNames', '\\bprenoms?\\b'],
      ['surname', '\\b(nom de famille|noms?)\\b'],
      ['occupationStatus', '\\b(situation|statut) professionnel(le)?\\b'],
      ['occupation', '\\b(profession|occupation|activite professionnelle)\\b'],
      ['postalCode', '\\bcode postal\\b'],
      ['address', '\\badresse\\b'],
      ['street', '\\brue\\b'],
      ['houseNumber', '^(n|no|numero)$|\\bnumero de (maison|rue)\\b'],
      ['addressBox', '\\b(boite|bte)\\b'],
      ['city', '\\b(ville|localite|commune)\\b'],
      ['addressCountry', '^pays( de residence)?$'],
      ['region', '^(region|province|departement|wilaya|etat)$'],
      ['paymentCommunication', '\\b(communication|reference (de |du )?paiement)\\b'],
    ],
    nl: [
      ['otherNationality', '\\bandere nationaliteit'],
      ['surnameAtBirth', '\\b(geboortenaam|vroegere (familie)?na+m|meisjesnaam)\\b'],
      ['nationalityAtBirth', '\\bnationaliteit bij (de )?geboorte\\b'],
      ['nationalIdNumber', '\\b(rijksregisternummer|identiteitsnummer|identificatienummer|nationaal (identiteits)?nummer)\\b'],
      ['maritalStatus', '\\bburgerlijke staat\\b'],
      ['documentType', '\\b(soort|type) (reis)?document\\b'],
      ['issuingCountry', '\\b(afgegeven door land|land van afgifte)\\b'],
      ['issuingAuthority', '\\bafgegeven door\\b|^autoriteit$'],
      ['placeOfBirth', '\\b(geboorteplaats|plaats van geboorte)\\b'],
      ['countryOfBirth', '\\b(geboorteland|land van geboorte)\\b'],
      ['birthDate', '\\b(geboortedatum|datum van geboorte|geboren op)\\b'],
      ['passportIssueDate', '\\b(datum van afgifte|afgiftedatum|afgegeven op)\\b'],
      ['passportExpiryDate', '\\b(geldig tot|vervaldatum|geldigheidsdatum|verloopt op)\\b'],
      ['passportNumber', '\\b(paspoortnummer|nummer (van het )?(reisdocument|paspoort)|documentnummer|paspoort)\\b'],
      ['email', '\\be ?mail(adres)?\\b'],
      ['password', '\\bwachtwoord\\b'],
      ['phoneCountryCode', '\\b(landcode|landnummer|kengetal)\\b'],
      ['phone', '\\b(telefoon(nummer)?|gsm(nummer)?|mobiel(e nummer)?)\\b'],
      ['nationality', '\\bnationaliteit\\b'],
      ['sex', '\\bgeslacht\\b'],
      ['fullName', '\\b(volledige naam|naam en voornaam)\\b'],
      ['givenNames', '\\bvoorna'],
      ['surname', '\\b(achternaam|familienaam|naam)\\b'],
      ['occupationStatus', '\\b(beroepssituatie|arbeidssituatie|beroepsstatus)\\b'],
      ['occupation', '\\b(huidig )?beroep\\b'],
      ['address', '\\badres\\b'],
      ['street', '\\bstraat(naam)?\\b'],
      ['houseNumber', '\\b(huisnummer|huisnr)\\b|^(nr|nummer)$'],
      ['addressBox', '\\b(bus|busnummer)\\b'],
      ['postalCode', '\\bpostcode\\b'],
      ['city', '\\b(gemeente|stad|woonplaats|plaats)\\b'],
      ['addressCountry', '^land( van verblijf)?$'],
      ['region', '^(regio|provincie|deelstaat|staat)$'],
      ['paymentCommunication', '\\b(mededeling|betalingskenmerk|betalingsreferentie)\\b'],
    ],
    // VisaOnWeb's German pages (notes/vendor-pages.md §5): captions of the harmonised form.
    de: [
      ['otherNationality', '\\b(weitere|andere) staatsangehorigkeit'],
      ['surnameAtBirth', '\\b(geburtsname|fruhere\\w* familienname)'],
      ['nationalityAtBirth', '\\bstaatsangehorigkeit (bei (der )?|zum zeitpunkt der )geburt|ursprungliche staatsangehorigkeit'],
      ['nationalIdNumber', '\\b(nationale identitatsnummer|identitatsnummer|personalausweisnummer)'],
      ['maritalStatus', '\\bfamilienstand'],
      ['documentType', '\\bart des reisedokuments'],
      ['issuingCountry', '\\bausgestellt (von|durch) land|ausstellungsland'],
      ['issuingAuthority', '\\b(ausgestellt (von|durch)|ausstellende behorde)'],
      ['placeOfBirth', '\\bgeburtsort'],
      ['countryOfBirth', '\\bgeburtsland'],
      ['birthDate', '\\bgeburtsdatum'],
      ['passportIssueDate', '\\bausstellungsdatum'],
      ['passportExpiryDate', '\\b(gultig bis|ablaufdatum)'],
      ['passportNumber', '\\b(nummer des reisedokuments|reisepassnummer|passnummer)'],
      ['phone', '\\b(telefon|mobil|handy)'],
      ['nationality', '\\bstaatsangehorigkeit'],
      ['sex', '\\bgeschlecht'],
      ['givenNames', '\\bvorname'],
      ['surname', '\\b(familienname|nachname)'],
      ['occupationStatus', '\\b(berufsstatus|beschaftigungsstatus|erwerbsstatus)\\b'],
      ['occupation', '\\bberuf'],
      ['address', '\\b(anschrift|adresse)\\b'],
      ['street', '\\bstra(ss|\\s)e\\b'],
      ['houseNumber', '\\bhausnummer'],
      ['postalCode', '\\b(postleitzahl|plz)\\b'],
      ['city', '\\b(ort|stadt|wohnort)$'],
      ['region', '^(region|provinz|bundesland|bundesstaat|kanton)$'],
    ],
  },
  contexts: [
    ['parent', '\\b(parental authority|(legal )?guardian|autorite parentale|tuteur|ouderlijk gezag|voogd|elterliche\\w* sorge|sorgeberechtigt\\w*|vormund|minor parent)\\b'],
    ['residence', '\\b(residence permit|residence card|titre de sejour|permis de sejour|verblijfsvergunning|verblijfstitel|aufenthalts(titel|erlaubnis))\\b'],
    ['employer', '\\b(employer|school|educational (establishment|institution)|employeur|ecole|etablissement d enseignement|werkgever|onderwijsinstelling|arbeitgeber|schule|bildungseinrichtung)\\b'],
    ['host', '\\b(host|inviting (person|company)|person inviting|hote|invitant\\w*|personne (qui invite|d accueil)|gastheer|gastvrouw|uitnodig\\w*|gastgeber\\w*|einladend\\w*)\\b'],
  ],
  options: {
    // Annex I, fields 8 (sex), 9 (civil status), 12 (type of travel document) and 21 (current
    // occupation, as VisaOnWeb's list and TLScontact's employment status ask it, S15, S17, S22).
    words: {
      sex: {
        F: ['f', 'female', 'woman', 'femme', 'feminin', 'vrouw', 'vrouwelijk', 'v'],
        M: ['m', 'male', 'man', 'homme', 'masculin', 'mannelijk'],
        X: ['x', 'other', 'others', 'autre', 'ander', 'unspecified', 'non specifie', 'onbepaald'],
      },
      maritalStatus: {
        unmarried: ['single', 'unmarried', 'celibataire', 'ongehuwd', 'alleenstaand', 'ledig'],
        married: ['married', 'marie', 'mariee', 'marie(e)', 'gehuwd', 'getrouwd', 'verheiratet'],
        divorced: ['divorced', 'divorce', 'divorcee', 'divorce(e)', 'gescheiden', 'geschieden'],
        widowed: ['widowed', 'widow', 'widower', 'widow(er)', 'veuf', 'veuve', 'veuf/veuve', 'veuf(ve)', 'weduwe', 'weduwnaar', 'weduwe/weduwnaar', 'verwitwet'],
      },
      documentType: {
        ordinary: ['ordinary passport', 'passeport ordinaire', 'gewoon paspoort', 'normal passport', 'national passport', 'reisepass', 'gewohnlicher reisepass'],
        diplomatic: ['diplomatic passport', 'passeport diplomatique', 'diplomatiek paspoort', 'diplomatenpass'],
        service: ['service passport', 'passeport de service', 'dienstpaspoort', 'dienstpass'],
        official: ['official passport', 'passeport officiel', 'officieel paspoort', 'amtlicher pass'],
        special: ['special passport', 'passeport special', 'speciaal paspoort', 'sonderpass'],
        other: ['other travel document', 'autre document de voyage', 'ander reisdocument', 'anderes reisedokument'],
      },
      occupationStatus: {
        employed: ['employed', 'employee', 'salaried', 'white collar worker', 'white-collar worker', 'salarie', 'salariee', 'salarie(e)', 'employe', 'employe(e)', 'bediende', 'werknemer', 'loontrekkende', 'angestellte', 'angestellter', 'arbeitnehmer'],
        worker: ['worker', 'blue collar worker', 'blue-collar worker', 'manual worker', 'ouvrier', 'ouvriere', 'ouvrier(e)', 'ouvrier/ouvriere', 'arbeider', 'arbeiter', 'arbeiterin'],
        'self-employed': ['self-employed', 'self employed', 'freelance', 'independant', 'independante', 'independant(e)', 'travailleur independant', 'zelfstandige', 'zelfstandig', 'selbststandig', 'selbstandig'],
        student: ['student', 'student, trainee', 'pupil', 'etudiant', 'etudiante', 'etudiant(e)', 'eleve', 'scholier', 'studentin', 'schuler'],
        unemployed: ['unemployed', 'no occupation', 'without occupation', 'jobseeker', 'chomeur', 'chomeuse', 'sans emploi', 'sans profession', 'werkloos', 'werkzoekende', 'zonder beroep', 'zonder werk', 'arbeitslos', 'ohne beruf'],
        retired: ['retired', 'pensioner', 'retraite', 'retraitee', 'retraite(e)', 'pensionne', 'gepensioneerd', 'rentner', 'rentnerin', 'im ruhestand'],
        other: ['other', 'autre', 'autres', 'andere', 'ander', 'anders', 'sonstige'],
      },
    },
    fallbacks: {
      occupationStatus: { worker: ['employed', 'other'], employed: ['other'], 'self-employed': ['other'], student: ['other'], unemployed: ['other'], retired: ['other'] },
    },
  },
};
