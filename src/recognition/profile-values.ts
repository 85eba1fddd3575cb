// The case's values by the field kinds a vendor page asks (spec/page-description.md),
// in the case format's own form (ISO dates, ISO country codes, F/M/X, E.164
// phone). The content script writes them the way each field expects.
import type { FormSubject } from '../case/form-person';
import type { Address } from '../case/schema';
import type { FieldKind } from './types';

/**
 * An address on the one line a form gives it: `Meir 24/2, 2000 Antwerpen`. The
 * country is left out: forms ask it apart, from a list.
 */
export function addressLine(a: Pick<Address, 'street' | 'houseNumber' | 'box' | 'postalCode' | 'city'> | undefined): string | undefined {
  if (!a) return undefined;
  const number = [a.houseNumber, a.box].filter(Boolean).join('/');
  const first = [a.street, number].filter(Boolean).join(' ');
  const second = [a.postalCode, a.city].filter(Boolean).join(' ');
  return [first, second].filter(Boolean).join(', ') || undefined;
}

function fullName(p: { surname?: string; givenNames?: string } | undefined): string | undefined {
  return p?.surname && p.givenNames ? `${p.givenNames} ${p.surname}` : undefined;
}

/** The values of one person's form (`formSubject`: the applicant's, or a child's). */
export function profileValues(c: FormSubject): Partial<Record<FieldKind, string>> {
  const a = c.applicant ?? {};
  const out: Partial<Record<FieldKind, string>> = {};
  const put = (kind: FieldKind, value: string | undefined) => {
    if (typeof value === 'string' && value.trim() !== '') out[kind] = value.trim();
  };
  put('surname', a.surname);
  put('givenNames', a.givenNames);
  put('fullName', fullName(a));
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
  put('countryOfBirth', a.countryOfBirth);
  put('passportNumber', a.passport?.number);
  put('passportIssueDate', a.passport?.issueDate);
  put('passportExpiryDate', a.passport?.expiryDate);
  put('email', a.email);
  put('phone', a.phone);
  // The dial code is written from the whole number where the field is filled (format.ts formatPhone).
  put('phoneCountryCode', a.phone);
  put('surnameAtBirth', a.surnameAtBirth);
  put('nationalityAtBirth', a.nationalityAtBirth);
  // A form with one field for other nationalities takes the first.
  put('otherNationality', a.otherNationalities?.[0]);
  put('nationalIdNumber', a.nationalIdNumber);
  put('maritalStatus', a.maritalStatus);
  put('documentType', a.passport?.type);
  put('issuingAuthority', a.passport?.issuingAuthority);
  put('issuingCountry', a.passport?.issuingCountry);
  put('address', addressLine(a.address));
  put('street', a.address?.street);
  put('houseNumber', a.address?.houseNumber);
  put('addressBox', a.address?.box);
  put('postalCode', a.address?.postalCode);
  put('city', a.address?.city);
  put('addressCountry', a.address?.country);
  put('region', a.address?.region);
  put('occupation', a.occupation);
  put('occupationStatus', a.occupationStatus);
  put('employerName', a.employer?.name);
  put('employerAddress', addressLine(a.employer?.address));
  put('employerStreet', a.employer?.address?.street);
  put('employerHouseNumber', [a.employer?.address?.houseNumber, a.employer?.address?.box].filter(Boolean).join('/'));
  put('employerPostalCode', a.employer?.address?.postalCode);
  put('employerCity', a.employer?.address?.city);
  put('employerCountry', a.employer?.address?.country);
  put('employerPhone', a.employer?.phone);
  put('employerEmail', a.employer?.email);
  put('residencePermitNumber', a.residencePermit?.number);
  put('residencePermitValidUntil', a.residencePermit?.validUntil);
  // The host in Belgium is the partner or family member of the case.
  const s = c.sponsor;
  put('hostName', fullName(s));
  put('hostSurname', s?.surname);
  put('hostGivenNames', s?.givenNames);
  put('hostAddress', addressLine(s?.address && { ...s.address, postalCode: s.postalCode }));
  put('hostStreet', s?.address?.street);
  put('hostHouseNumber', [s?.address?.houseNumber, s?.address?.box].filter(Boolean).join('/'));
  put('hostPostalCode', s?.postalCode);
  put('hostCity', s?.address?.city);
  put('hostPhone', s?.phone);
  put('hostEmail', s?.email);
  put('hostNationality', s?.nationality);
  put('hostBirthDate', s?.birthDate);
  if (s?.birthDate) {
    const [y, m, d] = s.birthDate.split('-');
    put('hostBirthYear', y);
    put('hostBirthMonth', m);
    put('hostBirthDay', d);
  }
  // A minor's form asks for one holder of parental authority: the first recorded. The address
  // is asked only where it differs from the minor's, so a holder without one leaves it empty.
  const holder = c.parentalAuthority?.[0];
  put('parentSurname', holder?.surname);
  put('parentGivenNames', holder?.givenNames);
  put('parentNationality', holder?.nationality);
  put('parentAddress', addressLine(holder?.address));
  return out;
}

/**
 * The values as one page wants them: where it has no field for the house
 * number, the street takes it (`Meir 24/2`); where it has none for the box,
 * the house number takes it (`24/2`). TLScontact's legacy form asks street,
 * city and postcode only (S15).
 */
export function valuesForPage(values: Partial<Record<FieldKind, string>>, kinds: ReadonlySet<FieldKind>): Partial<Record<FieldKind, string>> {
  const out = { ...values };
  const join = (...parts: (string | undefined)[]) => parts.filter(Boolean).join(' ') || undefined;
  const numberAndBox = kinds.has('addressBox') ? values.houseNumber : [values.houseNumber, values.addressBox].filter(Boolean).join('/') || undefined;
  if (numberAndBox) out.houseNumber = numberAndBox;
  if (!kinds.has('houseNumber')) {
    const street = join(values.street, numberAndBox);
    if (street) out.street = street;
  }
  for (const [street, number] of [['hostStreet', 'hostHouseNumber'], ['employerStreet', 'employerHouseNumber']] as const) {
    const joined = kinds.has(number) ? undefined : join(values[street], values[number]);
    if (joined) out[street] = joined;
  }
  return out;
}
