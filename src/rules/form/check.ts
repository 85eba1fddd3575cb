// What is typed on a vendor page, compared with the case (rules.md, "Form
// cross-check"). Pure: the content script sends kinds, values and selectors;
// no DOM here. Names compare after normalising case, spaces and diacritics, and
// each finding names the exact difference and the field's selector.
import anyAscii from 'any-ascii';
import { formPersonOf, formSubject } from '../../case/form-person';
import { mrzNameForms, readMrz, type MrzValues } from '../../case/mrz';
import type { Applicant, VisaCase } from '../../case/schema';
import { formatter } from '../../i18n/format';
import { ruleMessage } from '../messages';
import { readBack, samePhone, splitPhone } from '../../recognition/format';
import type { DateFormat, FieldKind } from '../../recognition/types';
import { RULES, type CatalogueRuleId } from '../catalogue';
import { checkCase } from '../engine';
import { buildCommunication, communicationMatches, countryName } from '../payment';
import type { Finding, Lang, Params, Person } from '../types';

export interface FormFieldValue {
  kind: FieldKind;
  value: string;
  selector: string;
  /** The date format the page states (recognition's `dateFormat`), for `03/04/1990`-style values. */
  dateFormat?: DateFormat;
}

export interface FormCheckOptions {
  today: string;
  lang: Lang;
  /** Whose form this is: the applicant (default) or a child travelling along. */
  person?: Person;
}

export type FormFinding = Finding & { selector: string };

/** The applicant or a child: the person whose details the page asks. */
type Holder = Partial<Pick<Applicant, 'surname' | 'givenNames' | 'birthDate' | 'nationality' | 'email' | 'phone' | 'passport' | 'maritalStatus'>>;

/** Rules whose outcome a typed value can change, by the kind of field typed into. */
const RULES_BY_KIND: Partial<Record<FieldKind, (rule: string) => boolean>> = {
  birthDate: (r) => r.startsWith('AGE.'),
  passportExpiryDate: (r) => r.startsWith('DOC.PASSPORT_'),
  passportIssueDate: (r) => r.startsWith('DOC.PASSPORT_'),
};

/** Case, runs of spaces and diacritics do not count; letters, hyphens and the spaces between words do (`ELAMRANI` ≠ `EL AMRANI`). */
export function normaliseName(s: string): string {
  return anyAscii(s.normalize('NFC')).toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * The passport's machine-readable zone stored with the person, as a second witness beside the
 * profile: what the embassy will read from the passport. Only a zone whose every digit checks.
 */
function zoneOf(c: VisaCase, holder: Holder, today: string): MrzValues | undefined {
  const mrz = holder.passport?.mrz;
  if (!mrz) return undefined;
  const reading = readMrz(mrz, c.applicationDate ?? today);
  return reading.valid ? reading.values : undefined;
}

/** A name typed on the page agrees with the zone when the zone is one way of writing it (transliterated, or cut short). */
function agreesWithZone(typed: string, zone: string, mayBeTruncated: boolean): boolean {
  return mrzNameForms(typed).some((form) => form === zone || (mayBeTruncated && form.startsWith(zone)));
}

function holderOf(c: VisaCase, person: Person): Holder | undefined {
  const p = formPersonOf(person, c);
  return p ? formSubject(c, p).applicant : undefined;
}

export function crossCheckForm(c: VisaCase, fields: readonly FormFieldValue[], options: FormCheckOptions): FormFinding[] {
  const person = options.person ?? 'applicant';
  const holder = holderOf(c, person);
  if (!holder) return [];
  const f = formatter(options.lang);
  const findings: FormFinding[] = [];
  const zone = zoneOf(c, holder, options.today);

  const report = (rule: CatalogueRuleId, field: FormFieldValue, params: Params) => {
    const all: Params = { field: field.kind, page: field.value.trim(), ...params };
    const spec = RULES[rule];
    findings.push({
      rule,
      severity: spec.severity,
      person,
      message: ruleMessage(rule, options.lang)(all, f),
      source: spec.sources[0]?.file ?? 'rules.md',
      sources: [...spec.sources],
      params: all,
      selector: field.selector,
    });
  };

  const typed: { birthDate?: { iso: string; field: FormFieldValue }; issue?: { iso: string; field: FormFieldValue }; expiry?: { iso: string; field: FormFieldValue } } = {};
  const parts: Partial<Record<'birthDay' | 'birthMonth' | 'birthYear', { value: string; field: FormFieldValue }>> = {};

  // VisaOnWeb's date lists open on XX (value 00: an unknown day or month) and on the current year
  // (S17 visaApplicationController.js): a date with a part still unknown has not been given, so
  // none of its parts is compared. The page's option reads XX; its value, 00.
  const dateUnknown = fields.some((f) => (f.kind === 'birthDay' || f.kind === 'birthMonth') && /^(0+|x+)$/i.test(f.value.trim()));

  for (const field of fields) {
    const value = field.value.trim();
    if (value === '') continue;
    switch (field.kind) {
      case 'surname':
      case 'givenNames': {
        const expected = holder[field.kind];
        const inZone = zone?.[field.kind];
        if (expected && normaliseName(value) !== normaliseName(expected)) report('FORM.NAME_MISMATCH', field, { expected, source: 'passport' });
        else if (inZone && !agreesWithZone(value, inZone, zone.namesMayBeTruncated)) report('FORM.NAME_MISMATCH', field, { expected: inZone, source: 'mrz' });
        break;
      }
      case 'fullName': {
        const expected = [holder.surname, holder.givenNames].filter(Boolean).join(' ');
        const reversed = [holder.givenNames, holder.surname].filter(Boolean).join(' ');
        if (expected && ![expected, reversed].some((e) => normaliseName(e) === normaliseName(value))) report('FORM.NAME_MISMATCH', field, { expected, source: 'passport' });
        break;
      }
      case 'birthDate': {
        const iso = readBack('birthDate', value, field.dateFormat);
        if (iso) typed.birthDate = { iso, field };
        if (holder.birthDate && iso !== holder.birthDate) report('FORM.DOB_MISMATCH', field, { pageDate: iso, expectedDate: holder.birthDate, source: 'passport' });
        else if (zone?.birthDate && iso !== zone.birthDate) report('FORM.DOB_MISMATCH', field, { pageDate: iso, expectedDate: zone.birthDate, source: 'mrz' });
        break;
      }
      case 'birthDay':
      case 'birthMonth':
      case 'birthYear': {
        if (dateUnknown) break;
        const read = readBack(field.kind, value);
        if (read) parts[field.kind] = { value: read, field };
        const part = (iso: string) => iso.split('-')[field.kind === 'birthDay' ? 2 : field.kind === 'birthMonth' ? 1 : 0] ?? '';
        if (holder.birthDate && read !== part(holder.birthDate)) report('FORM.DOB_MISMATCH', field, { expected: part(holder.birthDate), expectedDate: holder.birthDate, source: 'passport' });
        else if (zone?.birthDate && read !== part(zone.birthDate)) report('FORM.DOB_MISMATCH', field, { expected: part(zone.birthDate), expectedDate: zone.birthDate, source: 'mrz' });
        break;
      }
      case 'nationality': {
        const code = readBack('nationality', value);
        // A value no country list can read is left alone rather than called wrong.
        if (code && holder.nationality && code !== holder.nationality) {
          report('FORM.NATIONALITY_MISMATCH', field, { expected: countryName(holder.nationality, options.lang) ?? holder.nationality, source: 'profile' });
        } else if (code && zone?.nationality && code !== zone.nationality) {
          report('FORM.NATIONALITY_MISMATCH', field, { expected: countryName(zone.nationality, options.lang) ?? zone.nationality, source: 'mrz' });
        }
        break;
      }
      case 'passportNumber': {
        const expected = holder.passport?.number;
        const typedNumber = readBack('passportNumber', value);
        if (expected && typedNumber !== readBack('passportNumber', expected)) report('FORM.PASSPORT_MISMATCH', field, { expected, source: 'passport' });
        else if (zone?.passportNumber && typedNumber !== readBack('passportNumber', zone.passportNumber)) report('FORM.PASSPORT_MISMATCH', field, { expected: zone.passportNumber, source: 'mrz' });
        break;
      }
      case 'passportIssueDate':
      case 'passportExpiryDate': {
        const iso = readBack(field.kind, value, field.dateFormat);
        if (iso) typed[field.kind === 'passportIssueDate' ? 'issue' : 'expiry'] = { iso, field };
        const expected = field.kind === 'passportIssueDate' ? holder.passport?.issueDate : holder.passport?.expiryDate;
        const inZone = field.kind === 'passportExpiryDate' ? zone?.expiryDate : undefined;
        if (expected && iso !== expected) report('FORM.PASSPORT_DATES_MISMATCH', field, { pageDate: iso, expectedDate: expected, source: 'passport' });
        else if (inZone && iso !== inZone) report('FORM.PASSPORT_DATES_MISMATCH', field, { pageDate: iso, expectedDate: inZone, source: 'mrz' });
        break;
      }
      case 'email': {
        if (holder.email && value.toLowerCase() !== holder.email.trim().toLowerCase()) report('FORM.CONTACT_MISMATCH', field, { expected: holder.email, source: 'profile' });
        break;
      }
      case 'phone': {
        if (holder.phone && !samePhone(value, holder.phone)) report('FORM.CONTACT_MISMATCH', field, { expected: holder.phone, source: 'profile' });
        break;
      }
      case 'phoneCountryCode': {
        const expected = holder.phone ? splitPhone(holder.phone)?.countryCode : undefined;
        if (expected && readBack('phoneCountryCode', value) !== expected) report('FORM.CONTACT_MISMATCH', field, { expected: `+${expected}`, source: 'profile' });
        break;
      }
      case 'hostPostalCode': {
        // The host on these forms is the person in Belgium (the partner, or the family member in a humanitarian file), whoever the form is for.
        const expected = c.sponsor?.postalCode;
        const host = c.caseType === 'humanitarian' ? 'family' : 'partner';
        if (expected && readBack('hostPostalCode', value) !== expected) report('FORM.HOST_ADDRESS_MISMATCH', field, { expected, source: 'profile', host });
        break;
      }
      case 'maritalStatus': {
        const status = readBack('maritalStatus', value);
        if (status && holder.maritalStatus && status !== holder.maritalStatus) report('FORM.MARITAL_STATUS_MISMATCH', field, { expected: holder.maritalStatus, source: 'profile' });
        break;
      }
      case 'documentType': {
        // A recorded passport without a type is an ordinary one.
        const type = readBack('documentType', value);
        const expected = holder.passport ? (holder.passport.type ?? 'ordinary') : undefined;
        if (type && expected && type !== expected) report('FORM.DOCUMENT_TYPE_MISMATCH', field, { expected, source: 'passport' });
        break;
      }
      case 'paymentCommunication': {
        const built = buildCommunication(holder, { countryLang: 'nl' });
        if (built.ok && !communicationMatches(value, holder)) report('FORM.PAYMENT_REFERENCE_MISMATCH', field, { expected: built.compact, source: 'expected' });
        break;
      }
      default:
        break;
    }
  }

  if (!typed.birthDate && parts.birthDay && parts.birthMonth && parts.birthYear) {
    const iso = readBack('birthDate', `${parts.birthYear.value}-${parts.birthMonth.value}-${parts.birthDay.value}`);
    if (iso) typed.birthDate = { iso, field: parts.birthYear.field };
  }
  findings.push(...ruleFindingsOfTypedValues(c, person, holder, typed, options));
  return findings;
}

/**
 * The rule core run on the case with the typed values put in, keeping the new
 * findings about those fields: an expired passport typed into the expiry field
 * reads DOC.PASSPORT_EXPIRED even when the case's own date is fine.
 */
function ruleFindingsOfTypedValues(
  c: VisaCase,
  person: Person,
  holder: Holder,
  typed: { birthDate?: { iso: string; field: FormFieldValue }; issue?: { iso: string; field: FormFieldValue }; expiry?: { iso: string; field: FormFieldValue } },
  options: FormCheckOptions,
): FormFinding[] {
  const changes = [
    typed.birthDate && typed.birthDate.iso !== holder.birthDate ? { kind: 'birthDate' as const, ...typed.birthDate } : null,
    typed.issue && typed.issue.iso !== holder.passport?.issueDate ? { kind: 'passportIssueDate' as const, ...typed.issue } : null,
    typed.expiry && typed.expiry.iso !== holder.passport?.expiryDate ? { kind: 'passportExpiryDate' as const, ...typed.expiry } : null,
  ].filter((x) => x !== null);
  if (changes.length === 0) return [];

  const modified = structuredClone(c);
  // The record itself, not the form's view of it: a child's form shows the applicant's contact details too.
  const target: Holder = person === 'applicant' ? modified.applicant : modified.children![Number(/\d+/.exec(person)![0])]!;
  for (const change of changes) {
    if (change.kind === 'birthDate') target.birthDate = change.iso;
    else target.passport = { ...target.passport, [change.kind === 'passportIssueDate' ? 'issueDate' : 'expiryDate']: change.iso };
  }
  const check = { today: options.today, lang: options.lang };
  const key = (x: Finding) => `${x.rule}|${x.person}|${JSON.stringify(x.params)}`;
  const before = new Set(checkCase(c, check).findings.map(key));
  const out: FormFinding[] = [];
  for (const finding of checkCase(modified, check).findings) {
    if (finding.person !== person || before.has(key(finding))) continue;
    const change = changes.find((ch) => RULES_BY_KIND[ch.kind]?.(finding.rule));
    if (change) out.push({ ...finding, selector: change.field.selector });
  }
  return out;
}

