// @vitest-environment happy-dom
// Filling recognised fields: values written as each field expects, the events
// a framework listens to, and the fields never touched (passwords, honeypots,
// fields that became hidden or read-only after recognition).
import { describe, expect, it } from 'vitest';
import { profileValues } from '../../src/recognition/profile-values';
import type { VisaCase } from '../../src/case/schema';
import { fillFields, type CountryCodes } from '../../src/content/fill';
import { countryCodeOf } from '../../src/recognition/countries';
import { recogniseFields } from '../../src/recognition/fields';
import { VOCABULARY } from '../../src/recognition/vocabulary';
import { baseMarriageCase, completeMarriageCase } from '../scenarios/base';
import { loadHtml, readFixture } from './load-fixture';

const values = profileValues(baseMarriageCase() as VisaCase);
/** What the background answers the content script (content-router.ts). */
const countryCodes: CountryCodes = async (texts) => texts.map((t) => countryCodeOf(t));

function load(path: string, url: string) {
  const { document } = loadHtml(readFixture(path), url);
  return { document, fields: recogniseFields(document, { site: url.includes('tlscontact') ? 'tlscontact' : url.includes('vfsglobal') ? 'vfsglobal' : 'visaonweb' }) };
}

function recordEvents(document: Document): string[] {
  const seen: string[] = [];
  for (const type of ['input', 'change', 'blur', 'focusout', 'click', 'submit']) {
    document.addEventListener(type, (e) => seen.push(`${type}:${(e.target as Element).id || (e.target as Element).getAttribute('name')}`), true);
  }
  return seen;
}

describe('filling a page from the case', () => {
  it('TLScontact: names, the sex radio, the date, the nationality option and the phone, each announced with input, change and blur', async () => {
    const { document, fields } = load('tlscontact/applicant-details.html', 'https://visas-be.tlscontact.com/fr-fr/4123456/workflow/applicant-details/bio/9876543');
    const events = recordEvents(document);
    const result = await fillFields(fields, values, { countryCodes, optionWords: VOCABULARY.options });
    expect(result).toEqual({ filled: 7, skipped: [{ selector: '#f_birth_surnames', kind: 'surnameAtBirth', reason: 'no-value' }] });
    const value = (id: string) => (document.getElementById(id) as HTMLInputElement).value;
    expect([value('f_pers_surnames'), value('f_pers_givennames'), value('f_pers_birth_date'), value('f_pers_nationality'), value('f_pass_num'), value('phone-number')]).toEqual([
      'El Amrani',
      'Fatima Zahra',
      '15/03/1990',
      'ma',
      'AB1234567',
      '+212600000000',
    ]);
    expect((document.querySelector('input[name="f_pers_sex"][value="F"]') as HTMLInputElement).checked).toBe(true);
    expect((document.querySelector('input[name="f_pers_sex"][value="M"]') as HTMLInputElement).checked).toBe(false);
    expect(events.filter((e) => e.endsWith(':f_pers_surnames'))).toEqual(['input:f_pers_surnames', 'change:f_pers_surnames', 'blur:f_pers_surnames', 'focusout:f_pers_surnames']);
    expect(events.some((e) => e.startsWith('submit'))).toBe(false);
    // Fields the case has nothing for are left as they were.
    expect(value('f_birth_surnames')).toBe('');
  });

  it('VFS Global: DD/MM/YYYY dates, dial code and national number apart; mat-selects without options are left to the user', async () => {
    const { document, fields } = load('vfsglobal/applicant-details.html', 'https://visa.vfsglobal.com/tur/en/bel/your-details');
    const result = await fillFields(fields, values, { countryCodes, optionWords: VOCABULARY.options });
    expect(result.filled).toBe(8);
    expect(result.skipped).toEqual([
      { selector: '#mat-select-0', kind: 'sex', reason: 'fill-by-hand' },
      { selector: '#mat-select-2', kind: 'nationality', reason: 'fill-by-hand' },
    ]);
    const value = (id: string) => (document.getElementById(id) as HTMLInputElement).value;
    expect([value('dateOfBirth'), value('passportExpirtyDate'), value('mat-input-6'), value('mat-input-7')]).toEqual(['15/03/1990', '01/05/2031', '212', '600000000']);
  });

  it('VisaOnWeb: the birth date split over three selects', async () => {
    const { document, fields } = load('visaonweb/applicant-details.html', 'https://visaonweb.diplomatie.be/nl/VisaApplication/Edit/3f2c9a1e-5b7d-4e2a-9c1f-0a8b6d4e2f10');
    await fillFields(fields, values, { countryCodes, optionWords: VOCABULARY.options });
    const selected = fields.filter((f) => f.kind === 'birthDay' || f.kind === 'birthMonth' || f.kind === 'birthYear').map((f) => (f.element as HTMLSelectElement).value);
    expect(selected.map(Number)).toEqual([15, 3, 1990]);
  });

  it('never touches a password, a honeypot, or a field that turned read-only or hidden after recognition', async () => {
    const { document, fields } = load('hostile/honeypots.html', 'https://visa.vfsglobal.com/tur/en/bel/login');
    const events = recordEvents(document);
    const email = document.getElementById('email') as HTMLInputElement;
    email.readOnly = true;
    const result = await fillFields(fields, { ...values, password: 'never' } as typeof values, { countryCodes, optionWords: VOCABULARY.options });
    expect(result).toEqual({ filled: 0, skipped: [{ selector: '#email', kind: 'email', reason: 'not-fillable' }] });
    expect(events).toEqual([]);
    for (const input of Array.from(document.querySelectorAll('input'))) if (input.type !== 'hidden' && input.type !== 'submit') expect(input.value, input.id).toBe('');
  });
});

describe('filling the whole application form from a complete case', () => {
  const complete = profileValues(completeMarriageCase() as VisaCase);
  /** Each filled field's value as the page holds it (a select's option text, a radio group's checked value), by selector. */
  function pageValues(fields: ReturnType<typeof load>['fields']): Record<string, string> {
    const out: Record<string, string> = {};
    for (const f of fields) {
      const el = f.element as HTMLInputElement;
      if (el.getAttribute('type') === 'radio') {
        if (el.checked) out[`${f.kind}:${el.name}`] = el.value;
      } else if (el.localName === 'select') {
        const select = f.element as HTMLSelectElement;
        if (select.value !== '') out[`${f.kind}:${f.selector}`] = select.options[select.selectedIndex]!.text;
      } else if (el.value !== '') out[`${f.kind}:${f.selector}`] = el.value;
    }
    return out;
  }

  it.each([
    ['visaonweb/applicant-details.html', 'https://visaonweb.diplomatie.be/nl/VisaApplication/Edit/3f2c9a1e-5b7d-4e2a-9c1f-0a8b6d4e2f10'],
    ['visaonweb/applicant-details-fr.html', 'https://visaonweb.diplomatie.be/fr/VisaApplication/Edit/3f2c9a1e-5b7d-4e2a-9c1f-0a8b6d4e2f10'],
    ['tlscontact/applicant-details-legacy.html', 'https://be.tlscontact.com/ma/CAS/myapp.php?fg_id=123456'],
    ['tlscontact/applicant-details-full.html', 'https://visas-be.tlscontact.com/en-us/4123456/workflow/applicants-information/bio/9876543'],
  ])('%s', async (path, url) => {
    const { fields } = load(path, url);
    const result = await fillFields(fields, complete, { countryCodes, optionWords: VOCABULARY.options });
    expect({ result, values: pageValues(fields) }).toMatchSnapshot();
  });
});
