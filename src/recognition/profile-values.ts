// The case's values by the field kinds a vendor page asks (spec/page-description.md),
// in the case format's own form (ISO dates, ISO country codes, F/M/X, E.164
// phone). The content script writes them the way each field expects.
import type { VisaCase } from '../case/schema';
import type { FieldKind } from './types';

export function profileValues(c: Pick<VisaCase, 'applicant'>): Partial<Record<FieldKind, string>> {
  const a = c.applicant ?? {};
  const out: Partial<Record<FieldKind, string>> = {};
  const put = (kind: FieldKind, value: string | undefined) => {
    if (typeof value === 'string' && value.trim() !== '') out[kind] = value.trim();
  };
  put('surname', a.surname);
  put('givenNames', a.givenNames);
  if (a.surname && a.givenNames) put('fullName', `${a.givenNames} ${a.surname}`);
  put('birthDate', a.birthDate);
  if (a.birthDate) {
    const [y, m, d] = a.birthDate.split('-');
    put('birthYear', y);
    put('birthMonth', m);
    put('birthDay', d);
  }
  put('sex', a.sex);
  put('nationality', a.nationality);
  put('placeOfBirth', a.placeOfBirth);
  put('passportNumber', a.passport?.number);
  put('passportIssueDate', a.passport?.issueDate);
  put('passportExpiryDate', a.passport?.expiryDate);
  put('email', a.email);
  put('phone', a.phone);
  // The dial code is written from the whole number where the field is filled (format.ts formatPhone).
  put('phoneCountryCode', a.phone);
  return out;
}
