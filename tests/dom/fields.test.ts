// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { countryCodeOf } from '../../src/recognition/countries';
import { recogniseFields } from '../../src/recognition/fields';
import { isFillable } from '../../src/recognition/fillable';
import { resolveSelector } from '../../src/recognition/selector';
import { recognisePage } from '../../src/recognition/site';
import type { RecognisedField } from '../../src/recognition/types';
import { loadHtml, readFixture } from './load-fixture';

const VFS = 'https://visa.vfsglobal.com/tur/en/bel/your-details';
const TLS = 'https://visas-be.tlscontact.com/fr-fr/4123456/workflow/applicants-information';
const VOW = 'https://visaonweb.diplomatie.be/nl/VisaApplication/Create';

function lines(fields: RecognisedField[]): string[] {
  return fields.map((f) => `${f.selector}  ${f.kind}  ${f.reason}`);
}

function fieldsOf(body: string, url = TLS, lang?: 'nl' | 'fr' | 'en') {
  const { document } = loadHtml(`<!doctype html><html><body>${body}</body></html>`, url);
  // The country names as the background answers them to the content script (content-router.ts).
  return { document, fields: recogniseFields(document, { site: null, lang, countryCodes: (texts) => texts.map((t) => countryCodeOf(t)) }) };
}

describe('captions of the rest of the application form, German included', () => {
  it.each([
    ['en', 'Marital status', 'maritalStatus'],
    ['en', 'Type of travel document', 'documentType'],
    ['en', 'Issued by (authority)', 'issuingAuthority'],
    ['en', 'National identity number, where applicable', 'nationalIdNumber'],
    ['en', 'Other nationalities', 'otherNationality'],
    ['en', 'Employment status', 'occupationStatus'],
    ['en', 'State/Province', 'region'],
    ['en', 'Member State of destination', null],
    ['en', 'Street', 'street'],
    ['en', 'House number', 'houseNumber'],
    ['en', 'Box', 'addressBox'],
    ['en', 'Postcode', 'postalCode'],
    ['en', 'City', 'city'],
    ['en', 'Country', 'addressCountry'],
    ['en', 'Current occupation', 'occupation'],
    ["en", "Employer's address", 'employerAddress'],
    ["en", "Employer's telephone number", 'employerPhone'],
    ['en', 'Name of the employer', 'employerName'],
    ['en', 'Residence permit or equivalent No.', 'residencePermitNumber'],
    ["en", "Host's e-mail address", 'hostEmail'],
    ['en', 'Surname of the holder of parental authority', 'parentSurname'],
    ['fr', 'État civil', 'maritalStatus'],
    ['fr', 'Type de document de voyage', 'documentType'],
    ['fr', "Numéro national d'identité, le cas échéant", 'nationalIdNumber'],
    ['fr', 'Autre(s) nationalité(s)', 'otherNationality'],
    ['fr', 'Situation professionnelle', 'occupationStatus'],
    ['fr', 'Province', 'region'],
    ['fr', 'État membre de destination principale', null],
    ['fr', 'Rue', 'street'],
    ['fr', 'Numéro', 'houseNumber'],
    ['fr', 'Boîte', 'addressBox'],
    ['fr', 'Code postal', 'postalCode'],
    ['fr', 'Localité', 'city'],
    ['fr', 'Profession actuelle', 'occupation'],
    ['fr', "Adresse de l'employeur", 'employerAddress'],
    ['fr', "Nom de l'hôte", 'hostSurname'],
    ['fr', "Téléphone de l'hôte", 'hostPhone'],
    ['fr', 'Titre de séjour ou équivalent N°', 'residencePermitNumber'],
    ['nl', 'Burgerlijke staat', 'maritalStatus'],
    ['nl', 'Soort reisdocument', 'documentType'],
    ['nl', 'Nationaal identificatienummer', 'nationalIdNumber'],
    ['nl', 'Andere nationaliteiten', 'otherNationality'],
    ['nl', 'Beroepssituatie', 'occupationStatus'],
    ['nl', 'Provincie', 'region'],
    ['nl', 'Lidstaat van bestemming', null],
    ['nl', 'Straat', 'street'],
    ['nl', 'Huisnummer', 'houseNumber'],
    ['nl', 'Bus', 'addressBox'],
    ['nl', 'Postcode', 'postalCode'],
    ['nl', 'Gemeente', 'city'],
    ['nl', 'Huidig beroep', 'occupation'],
    ['nl', 'Adres van de werkgever', 'employerAddress'],
    ['nl', 'Naam van de gastheer', 'hostSurname'],
    ['en', 'Name of the host', 'hostName'],
    ['nl', 'Verblijfsvergunning of gelijkwaardig document nr.', 'residencePermitNumber'],
    ['de', 'Familienname (Nachname)', 'surname'],
    ['de', 'Geburtsname (frühere(r) Familienname(n))', 'surnameAtBirth'],
    ['de', 'Vorname(n)', 'givenNames'],
    ['de', 'Geburtsdatum (Tag-Monat-Jahr)', 'birthDate'],
    ['de', 'Geburtsort', 'placeOfBirth'],
    ['de', 'Derzeitige Staatsangehörigkeit', 'nationality'],
    ['de', 'Staatsangehörigkeit bei der Geburt, falls abweichend', 'nationalityAtBirth'],
    ['de', 'Familienstand', 'maritalStatus'],
    ['de', 'Art des Reisedokuments', 'documentType'],
    ['de', 'Nummer des Reisedokuments', 'passportNumber'],
    ['de', 'Ausgestellt durch (Land)', 'issuingCountry'],
    ['de', 'Straße', 'street'],
    ['de', 'Hausnummer', 'houseNumber'],
    ['de', 'Postleitzahl', 'postalCode'],
    ['de', 'Derzeitige berufliche Tätigkeit', 'occupation'],
    ['de', 'Weitere Staatsangehörigkeiten', 'otherNationality'],
    ['de', 'Bundesland', 'region'],
    ['de', 'Name des Gastgebers', 'hostName'],
  ] as const)('%s "%s" → %s', (lang, caption, kind) => {
    const { document } = loadHtml(`<!doctype html><html lang="${lang}"><body><label for="f1">${caption}</label><input id="f1" type="text"></body></html>`, TLS);
    const fields = recogniseFields(document, { site: null });
    expect(fields.map((f) => f.kind)).toEqual(kind ? [kind] : []);
  });

  it("takes the section's title for whose field it is: the host's street and birth date are not the applicant's, a fax is nobody's to fill", () => {
    const { fields } = fieldsOf(`
      <fieldset><legend>Home address</legend><label for="a">Street</label><input id="a"><label for="b">Postcode</label><input id="b"></fieldset>
      <fieldset><legend>Host in Belgium</legend><label for="c">Street</label><input id="c"><label for="d">Postcode</label><input id="d"><label for="e">Date of birth</label><input id="e"><label for="f">Fax</label><input id="f"></fieldset>
      <section><h3>Employer or school</h3><label for="g">Name</label><input id="g"><label for="h">Telephone</label><input id="h"></section>
      <fieldset><legend>Residence permit</legend><label for="i">Valid until</label><input id="i"></fieldset>`, TLS, 'en');
    expect(fields.map((f) => `${f.selector} ${f.kind}`)).toEqual(['#a street', '#b postalCode', '#c hostStreet', '#d hostPostalCode', '#e hostBirthDate', '#g employerName', '#h employerPhone', '#i residencePermitValidUntil']);
  });

  it('gives none of the applicant’s kinds to the fields of the EU family member on TLScontact’s and VisaOnWeb’s forms', () => {
    const tls = loadHtml('<!doctype html><html lang="en"><body><input name="f_pers_surnames"><input name="fi_eu_family_surnames"><input name="fi_eu_family_givennames"><input name="fi_eu_family_birth_date"><input name="fi_eu_family_pass_num"></body></html>', TLS);
    expect(recogniseFields(tls.document, { site: 'tlscontact' }).filter((f) => f.kind !== 'other').map((f) => f.kind)).toEqual(['surname']);
    const vow = loadHtml('<!doctype html><html lang="nl"><body><div ng-controller="visaApplicationController"><input ng-model="VA.Personal_Data_LastName"><input ng-model="VA.EUFamilyMember.LastName"><input ng-model="VA.EUFamilyMember.FirstName"><input ng-model="VA.EUFamilyMember.BirthDate"><input ng-model="VA.EUFamilyMember.IdentityDocumentNumber"></div></body></html>', VOW);
    expect(recogniseFields(vow.document, { site: 'visaonweb' }).filter((f) => f.kind !== 'other').map((f) => f.kind)).toEqual(['surname']);
  });

  it('takes VisaOnWeb’s first holder of parental authority for the one a fill writes, and leaves the second holder’s fields to the user', () => {
    const vow = loadHtml('<!doctype html><html lang="nl"><body><div ng-controller="visaApplicationController"><input ng-model="VA.Guardian_Parent1.Lastname"><input ng-model="VA.Guardian_Parent1.Firstname"><input ng-model="VA.Guardian_Parent2.Lastname"><input ng-model="VA.Guardian_Parent2.Firstname"><select ng-model="VA.Guardian_Parent2.NationalityId"><option value="151">Marokko</option></select></div></body></html>', VOW);
    expect(recogniseFields(vow.document, { site: 'visaonweb' }).filter((f) => f.kind !== 'other').map((f) => `${f.selector} ${f.kind}`)).toEqual([
      'input[ng-model="VA.Guardian_Parent1.Lastname"] parentSurname',
      'input[ng-model="VA.Guardian_Parent1.Firstname"] parentGivenNames',
    ]);
  });

  it('reads the section from identifiers too: a legacy form names its host and employer fields', () => {
    const { fields } = fieldsOf('<input name="f_trav_host_name"><input name="fi_employer_address[postcode]"><input name="fi_minor_parent_surname"><input name="fi_trav_host_fax"><input name="other_nationality_id"><input name="f_pers_province"><input name="Application_MemberStateOfDestinationId">', TLS);
    expect(fields.map((f) => f.kind)).toEqual(['hostName', 'employerPostalCode', 'parentSurname', 'otherNationality', 'region']);
  });
});

describe('captions in English, French and Dutch', () => {
  it.each([
    ['en', 'Surname (Family name)', 'surname'],
    ['en', 'Surname at birth (Former family name(s))', 'surnameAtBirth'],
    ['en', 'First name(s) (Given name(s))', 'givenNames'],
    ['en', 'Date of birth (day-month-year)', 'birthDate'],
    ['en', 'Place of birth', 'placeOfBirth'],
    ['en', 'Country of birth', 'countryOfBirth'],
    ['en', 'Current nationality', 'nationality'],
    ['en', 'Nationality at birth, if different', 'nationalityAtBirth'],
    ['en', 'Number of travel document', 'passportNumber'],
    ['en', 'Date of issue', 'passportIssueDate'],
    ['en', 'Valid until', 'passportExpiryDate'],
    ['en', 'Issued by (country)', 'issuingCountry'],
    ['en', 'Email address', 'email'],
    ['en', 'Home address', 'address'],
    ['en', 'Structured communication', 'paymentCommunication'],
    ['fr', 'Nom (nom de famille)', 'surname'],
    ['fr', 'Nom de naissance (nom(s) de famille antérieur(s))', 'surnameAtBirth'],
    ['fr', 'Prénom(s)', 'givenNames'],
    ['fr', 'Date de naissance (jour-mois-année)', 'birthDate'],
    ['fr', 'Lieu de naissance', 'placeOfBirth'],
    ['fr', 'Pays de naissance', 'countryOfBirth'],
    ['fr', 'Nationalité actuelle', 'nationality'],
    ['fr', 'Nationalité à la naissance, si différente', 'nationalityAtBirth'],
    ['fr', 'Sexe', 'sex'],
    ['fr', 'Numéro du document de voyage', 'passportNumber'],
    ['fr', 'Date de délivrance', 'passportIssueDate'],
    ['fr', "Date d'expiration", 'passportExpiryDate'],
    ['fr', 'Délivré par (pays)', 'issuingCountry'],
    ['fr', 'Adresse électronique', 'email'],
    ['fr', 'Numéro de téléphone', 'phone'],
    ['fr', 'Mot de passe', 'password'],
    ['nl', 'Naam (familienaam)', 'surname'],
    ['nl', 'Geboortenaam (vroegere familienaam)', 'surnameAtBirth'],
    ['nl', 'Voorna(a)m(en)', 'givenNames'],
    ['nl', 'Geboortedatum', 'birthDate'],
    ['nl', 'Geboorteplaats', 'placeOfBirth'],
    ['nl', 'Geboorteland', 'countryOfBirth'],
    ['nl', 'Huidige nationaliteit', 'nationality'],
    ['nl', 'Nationaliteit bij geboorte', 'nationalityAtBirth'],
    ['nl', 'Geslacht', 'sex'],
    ['nl', 'Nummer van het reisdocument', 'passportNumber'],
    ['nl', 'Datum van afgifte', 'passportIssueDate'],
    ['nl', 'Geldig tot', 'passportExpiryDate'],
    ['nl', 'Afgegeven door', 'issuingAuthority'],
    ['nl', 'E-mailadres', 'email'],
    ['nl', 'Telefoonnummer', 'phone'],
    ['nl', 'Gestructureerde mededeling', 'paymentCommunication'],
    ['nl', 'Wachtwoord', 'password'],
  ] as const)('%s "%s" → %s', (lang, caption, kind) => {
    const { fields } = fieldsOf(`<label for="f1">${caption}</label><input id="f1" type="text">`, TLS, lang);
    expect(fields.map((f) => f.kind)).toEqual(kind ? [kind] : []);
  });
});

describe('where a caption is found', () => {
  it.each([
    ['label[for]', '<label for="x">Last name</label><input id="x">'],
    ['wrapping label', '<label>Last name <input id="x"></label>'],
    ['aria-label', '<input id="x" aria-label="Last name">'],
    ['aria-labelledby', '<span id="cap">Last name</span><div><input id="x" aria-labelledby="cap"></div>'],
    ['mat-label in mat-form-field', '<mat-form-field><div class="mat-form-field-wrapper"><div class="mat-form-field-flex"><div class="mat-form-field-infix"><input id="x" class="mat-input-element"><span class="mat-form-field-label-wrapper"><label class="mat-form-field-label"><mat-label>Last name</mat-label></label></span></div></div></div></mat-form-field>'],
    ['caption written above', '<div><div class="caption">Last name<span>*</span></div><div class="box"><div><input id="x"></div></div></div>'],
    ['text before the field', '<p>Last name: <input id="x"></p>'],
    ['placeholder', '<input id="x" placeholder="Please enter last name.">'],
    ['data-placeholder (legacy MatInput)', '<input id="x" data-placeholder="Last name">'],
  ])('%s', (_where, body) => {
    const { fields } = fieldsOf(body, VFS);
    expect(lines(fields)).toEqual(['#x  surname  label']);
  });

  it('does not take the caption of the field before', () => {
    const { fields } = fieldsOf('<div><div>Last name</div><input id="a"></div><div><input id="b"></div>', VFS);
    expect(lines(fields)).toEqual(['#a  surname  label']);
  });

  it("does not borrow the caption of a hidden field before it", () => {
    const { fields } = fieldsOf('<div style="display:none"><div>Passport number</div><input id="trap"></div><input id="x">', VFS);
    expect(fields).toEqual([]);
  });

  it('follows the order vendor rule, autocomplete, attribute, caption', () => {
    const { document } = loadHtml(
      `<html><body><label for="dateOfBirth">Passport number</label><input id="dateOfBirth">
       <label for="a1">Passport number</label><input id="a1" autocomplete="given-name" name="email">
       <label for="a2">Passport number</label><input id="a2" name="lastName">
       <label for="a3">Passport number</label><input id="a3"></body></html>`,
      VFS,
    );
    expect(lines(recogniseFields(document, { site: 'vfsglobal' }))).toEqual([
      '#dateOfBirth  birthDate  vendor-rule',
      '#a1  givenNames  autocomplete',
      '#a2  surname  attribute',
      '#a3  passportNumber  label',
    ]);
  });
});

describe('sequences and option lists', () => {
  it('reads day, month and year inputs under one birth caption as a triple', () => {
    const { fields } = fieldsOf('<fieldset><legend>Date of birth</legend><input id="d" maxlength="2" placeholder="DD"><input id="m" maxlength="2" placeholder="MM"><input id="y" maxlength="4" placeholder="YYYY"></fieldset>');
    expect(lines(fields)).toEqual(['#d  birthDay  sequence', '#m  birthMonth  sequence', '#y  birthYear  sequence']);
  });

  it('leaves a day/month/year triple out when it is not the birth date', () => {
    const days = Array.from({ length: 31 }, (_, i) => `<option>${i + 1}</option>`).join('');
    const months = Array.from({ length: 12 }, (_, i) => `<option>${i + 1}</option>`).join('');
    const years = Array.from({ length: 30 }, (_, i) => `<option>${2020 + i}</option>`).join('');
    const { fields } = fieldsOf(`<div>Geldig tot</div><div><select id="d">${days}</select><select id="m">${months}</select><select id="y">${years}</select></div>`, VOW);
    expect(fields).toEqual([]);
  });

  it('takes a generic "Name" next to given names for the surname', () => {
    const { fields } = fieldsOf('<label for="n">Name</label><input id="n"><label for="g">Given names</label><input id="g">');
    expect(lines(fields)).toEqual(['#n  surname  sequence', '#g  givenNames  label']);
  });

  it('recognises an unlabelled select of French country names as the nationality', () => {
    const options = ['Sélectionner', 'Algérie', 'Belgique', 'Cameroun', 'Côte d’Ivoire', 'Égypte', 'Maroc', 'Sénégal', 'Tunisie', 'Turquie', 'Royaume-Uni', 'République démocratique du Congo']
      .map((t, i) => `<option value="${i === 0 ? '' : i}">${t}</option>`)
      .join('');
    const { fields } = fieldsOf(`<select id="c">${options}</select>`, TLS, 'fr');
    expect(lines(fields)).toEqual(['#c  nationality  sequence']);
  });

  it('does not take a list of other things for countries', () => {
    const options = ['Tourism', 'Business', 'Visiting family or friends', 'Study', 'Work', 'Transit', 'Medical', 'Sport', 'Culture', 'Official visit', 'Other'].map((t) => `<option>${t}</option>`).join('');
    expect(fieldsOf(`<select id="c">${options}</select>`).fields).toEqual([]);
  });

  it('recognises an Angular Material select by the English country names of its open panel or its chosen value', () => {
    const names = ['AFGHANISTAN', 'ALGERIA', 'BELGIUM', 'DEMOCRATIC REPUBLIC OF CONGO', 'INDIA', 'MOROCCO', 'RUSSIAN FEDERATION', 'Turkiye', 'TUNISIA', 'UNITED KINGDOM'];
    const { fields } = fieldsOf(
      `<mat-select id="mat-select-6" role="combobox" aria-controls="mat-select-6-panel"><div class="mat-mdc-select-value"><span class="mat-mdc-select-placeholder">Select</span></div></mat-select>
       <mat-select id="mat-select-8" role="combobox"><div class="mat-mdc-select-value"><span class="mat-mdc-select-value-text"><span>MOROCCO</span></span></div></mat-select>
       <div class="cdk-overlay-container"><div role="listbox" id="mat-select-6-panel">${names.map((n) => `<mat-option role="option"><span class="mdc-list-item__primary-text">${n}</span></mat-option>`).join('')}</div></div>`,
      VFS,
    );
    expect(lines(fields)).toEqual(['#mat-select-6  nationality  sequence', '#mat-select-8  nationality  sequence']);
    expect(fields[1]!.value).toBe('MOROCCO');
  });

  it('reads sex radios by their option captions', () => {
    const { fields } = fieldsOf('<div role="radiogroup"><label><input type="radio" name="g1" value="1"> Male</label><label><input type="radio" name="g1" value="2" checked> Female</label></div><label><input type="radio" name="yn" value="y"> Yes</label>');
    expect(fields.map((f) => [f.kind, f.value])).toEqual([
      ['sex', ''],
      ['sex', '2'],
    ]);
  });
});

describe('values and date formats', () => {
  it('reads the typed value, the chosen option text, and the date format the page states', () => {
    const { document, fields } = fieldsOf(
      `<label for="b">Date of birth</label><input id="b" placeholder="mm/dd/yyyy" value="03/15/1990">
       <label for="e">Expiry date</label><input id="e" type="date" value="2031-05-01">
       <label for="n">Nationality</label><select id="n"><option value="">Choose</option><option value="ma" selected>Morocco</option></select>`,
    );
    expect(fields.map((f) => [f.kind, f.value, f.dateFormat ?? null])).toEqual([
      ['birthDate', '03/15/1990', 'mm/dd/yyyy'],
      ['passportExpiryDate', '2031-05-01', 'yyyy-mm-dd'],
      ['nationality', 'Morocco', null],
    ]);
    (document.getElementById('b') as HTMLInputElement).value = '04/01/1990';
    expect(recogniseFields(document, { site: null })[0]!.value).toBe('04/01/1990');
  });

  it('never reads a password', () => {
    const { document } = loadHtml(readFixture('vfsglobal/login.html'), 'https://visa.vfsglobal.com/tur/en/bel/login');
    (document.getElementById('email') as HTMLInputElement).value = 'fatima@example.org';
    (document.getElementById('password') as HTMLInputElement).value = 'secret-123';
    expect(recogniseFields(document, { site: 'vfsglobal' }).map((f) => [f.kind, f.value])).toEqual([
      ['email', 'fatima@example.org'],
      ['password', ''],
    ]);
  });

  it('takes the date format a caption states, before what is known of the vendor: TLScontact’s legacy form asks AAAA-MM-JJ', () => {
    const { document } = loadHtml(readFixture('tlscontact/applicant-details-legacy.html'), 'https://be.tlscontact.com/ma/CAS/myapp.php?fg_id=123456');
    const dates = recogniseFields(document, { site: 'tlscontact' }).filter((f) => f.kind.endsWith('Date') || f.kind.endsWith('ValidUntil'));
    expect(dates.map((f) => [f.kind, f.dateFormat])).toEqual([
      ['birthDate', 'yyyy-mm-dd'],
      ['passportIssueDate', 'yyyy-mm-dd'],
      ['passportExpiryDate', 'yyyy-mm-dd'],
      ['residencePermitValidUntil', 'yyyy-mm-dd'],
    ]);
    const { fields } = fieldsOf('<label for="g">Geboortedatum (DD-MM-JJJJ)</label><input id="g" name="f_pers_birth_date">');
    expect(fields.map((f) => [f.kind, f.dateFormat])).toEqual([['birthDate', 'dd-mm-yyyy']]);
  });

  it('gives VFS datepickers their DD/MM/YYYY format', () => {
    const { document } = loadHtml(readFixture('vfsglobal/applicant-details.html'), VFS);
    const dates = recogniseFields(document, { site: 'vfsglobal' }).filter((f) => f.kind.endsWith('Date'));
    expect(dates.map((f) => f.dateFormat)).toEqual(['dd/mm/yyyy', 'dd/mm/yyyy']);
  });
});

describe('shadow roots and frames', () => {
  it('lists fields inside open shadow roots and same-origin frames with a piercing selector', () => {
    const { document } = loadHtml('<html><body><div id="host"></div><iframe id="inner" srcdoc="<div id=\'h2\'></div>"></iframe></body></html>', TLS);
    const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<div><label for="s">Surname</label><input id="s"></div><div><input placeholder="First name"></div>';
    const closed = document.body.appendChild(document.createElement('div')).attachShadow({ mode: 'closed' });
    closed.innerHTML = '<label for="c">Passport number</label><input id="c">';
    const frameDoc = (document.getElementById('inner') as HTMLIFrameElement).contentDocument!;
    const nested = frameDoc.getElementById('h2')!.attachShadow({ mode: 'open' });
    nested.innerHTML = '<label for="m">E-mail</label><input id="m">';

    const fields = recogniseFields(document, { site: 'tlscontact' });
    expect(lines(fields)).toEqual([
      '#host >>> #s  surname  label',
      '#host >>> input[placeholder="First name"]  givenNames  label',
      '#inner >>> #h2 >>> #m  email  label',
    ]);
    for (const f of fields) expect(resolveSelector(document, f.selector)).toBe(f.element);
  });

  it('never enters a cross-origin frame, even when its document is readable', () => {
    const { document } = loadHtml(readFixture('hostile/cross-origin-frame.html'), TLS);
    const foreign = loadHtml('<html><body><label for="p">Passport number</label><input id="p"><input type="email" id="m"></body></html>', 'https://evil.example/collect.html').document;
    Object.defineProperty(document.getElementById('foreign-frame')!, 'contentDocument', { get: () => foreign });
    const sandboxed = (document.getElementById('sandboxed-frame') as HTMLIFrameElement).contentDocument;
    expect(sandboxed?.getElementById('sb-pass')).toBeTruthy();
    const selectors = recogniseFields(document, { site: 'tlscontact' }).map((f) => f.selector);
    expect(selectors).toEqual(['#f_pers_surnames', '#same-origin-frame >>> #contact-email']);
  });
});

describe('hostile pages', () => {
  it('never lists a honeypot, whatever rule or caption it carries', () => {
    const { document } = loadHtml(readFixture('hostile/honeypots.html'), 'https://visa.vfsglobal.com/tur/en/bel/login');
    const traps = Array.from(document.querySelectorAll('[id^="hp-"]'));
    expect(traps.length).toBe(15);
    for (const trap of traps) expect(isFillable(trap), trap.id).toBe(false);
    expect(recogniseFields(document, { site: 'vfsglobal' }).map((f) => f.selector)).toEqual(['#email', '#password']);
  });

  it('leaves no trace a listening page script can see', async () => {
    const { window, document } = loadHtml(readFixture('hostile/listening-script.html'), 'https://visaonweb.diplomatie.be/nl/Account/Login', { scripts: true });
    const seen = (window as unknown as { __seen: { events: string[]; mutations: number; snapshot: string } }).__seen;
    // Let the parser finish the page after the script before counting.
    await new Promise((r) => setTimeout(r, 20));
    const mutationsBefore = seen.mutations;
    const globals = Object.keys(window).length;
    expect(seen.snapshot).toContain('INPUT');
    const fields = recogniseFields(document, { site: 'visaonweb' });
    recognisePage(document.URL, document);
    await new Promise((r) => setTimeout(r, 20));
    expect(fields.map((f) => f.kind)).toEqual(['email', 'password']);
    expect(seen.events).toEqual([]);
    expect(seen.mutations).toBe(mutationsBefore);
    expect((window as unknown as { __snapshot: () => string }).__snapshot()).toBe(seen.snapshot);
    expect(Object.keys(window).length).toBe(globals);
    // The script does see what a filler would do: the checks above can fail.
    document.getElementById('UserName')!.setAttribute('data-x', '1');
    document.getElementById('UserName')!.dispatchEvent(new (window as unknown as typeof globalThis).Event('input', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 20));
    expect(seen.events).toContain('input');
    expect(seen.mutations).toBeGreaterThan(mutationsBefore);
  });

  it('handles a 5,000-field form', () => {
    const parts: string[] = ['<form>'];
    const captions = ['Last name', 'First name', 'E-mail', 'Phone'];
    for (let i = 0; i < 5000; i += 1) {
      if (i % 5 === 4) parts.push(`<div style="display:none"><label for="f${i}">Passport number</label><input id="f${i}"></div>`);
      else parts.push(`<div class="row"><label for="f${i}">${captions[i % 5]}</label><input id="f${i}" name="field${i}"></div>`);
    }
    parts.push('</form>');
    const { document } = loadHtml(`<html><body>${parts.join('')}</body></html>`, VFS);
    const started = performance.now();
    const fields = recogniseFields(document, { site: 'vfsglobal' });
    const elapsed = performance.now() - started;
    expect(fields.length).toBe(4000);
    expect(fields.filter((f) => f.kind === 'surname').length).toBe(1000);
    expect(fields.some((f) => f.kind === 'passportNumber')).toBe(false);
    expect(fields[4]!.selector).toBe('#f5');
    expect(elapsed).toBeLessThan(15000);
  });
});

describe('isFillable with layout', () => {
  function withRects(rects: Record<string, [number, number, number, number]>) {
    const { document } = loadHtml('<html><body><input id="ok"><input id="zero"><input id="left"><input id="above"></body></html>', VFS);
    const rect = ([x, y, w, h]: [number, number, number, number]) => ({ x, y, left: x, top: y, width: w, height: h, right: x + w, bottom: y + h, toJSON: () => ({}) }) as DOMRect;
    for (const el of [document.documentElement, document.body, ...Array.from(document.querySelectorAll('input'))]) {
      const r = rects[el.id || el.localName] ?? [0, 0, 1280, 800];
      el.getBoundingClientRect = () => rect(r);
    }
    return document;
  }

  it('uses rectangles once the document has layout', () => {
    const document = withRects({ ok: [10, 10, 200, 30], zero: [10, 50, 0, 0], left: [-2000, 10, 200, 30], above: [10, -900, 200, 30] });
    expect(['ok', 'zero', 'left', 'above'].map((id) => isFillable(document.getElementById(id)!))).toEqual([true, false, false, false]);
  });

  it('falls back to style when nothing has a rectangle (no layout)', () => {
    const document = withRects({ html: [0, 0, 0, 0], body: [0, 0, 0, 0], ok: [0, 0, 0, 0], zero: [0, 0, 0, 0], left: [0, 0, 0, 0], above: [0, 0, 0, 0] });
    expect(isFillable(document.getElementById('zero')!)).toBe(true);
  });
});
