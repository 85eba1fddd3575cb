// Whose application a vendor's form is. Each person travelling applies with a form of
// their own: the applicant, and each child travelling along. A form names its
// applicant in the same fields whoever that is, so a child's form is the case seen
// with the child in the applicant's place.
import type { z } from 'zod';
import type { Applicant, Child, VisaCase, parentalAuthorityHolder } from './schema';

export type ParentalAuthorityHolder = z.infer<typeof parentalAuthorityHolder>;

/** `applicant`, or `children[0]` for the first child (the person names the findings use). */
export type FormPerson = 'applicant' | `children[${number}]`;

export const FORM_PERSON_PATTERN = /^(applicant|children\[(\d{1,2})\])$/;

/** The person a form is filled for, or null for a name the case has no person for. */
export function formPersonOf(text: string, c: Pick<VisaCase, 'children'>): FormPerson | null {
  const m = FORM_PERSON_PATTERN.exec(text);
  if (!m) return null;
  if (m[2] === undefined) return 'applicant';
  return Number(m[2]) < (c.children?.length ?? 0) ? (text as FormPerson) : null;
}

/** The people of a case who each fill in an application form, in the case's order. */
export function formPeople(c: Pick<VisaCase, 'children'>): FormPerson[] {
  return ['applicant', ...(Array.isArray(c.children) ? c.children : []).map((_, i): FormPerson => `children[${i}]`)];
}

/** The applicant's block of a form, and for a minor the holders of parental authority. */
export type FormSubject = Pick<VisaCase, 'sponsor'> & { applicant: Applicant; parentalAuthority?: ParentalAuthorityHolder[] };

/**
 * The case as `person`'s form asks it. A child's form takes the child's own identity,
 * passport and marital status; the home address, e-mail and phone are those of the
 * applicant the child travels with (the forms ask where the minor lives and how to
 * reach them); occupation, employer and a permit elsewhere are left out. The host in
 * Belgium is the same for everyone.
 */
export function formSubject(c: VisaCase, person: FormPerson): FormSubject {
  if (person === 'applicant') return { applicant: c.applicant, sponsor: c.sponsor };
  const child: Child | undefined = c.children?.[Number(/\d+/.exec(person)![0])];
  if (!child) return { applicant: {}, sponsor: c.sponsor };
  const a = c.applicant;
  return {
    applicant: {
      surname: child.surname,
      givenNames: child.givenNames,
      birthDate: child.birthDate,
      nationality: child.nationality,
      sex: child.sex,
      maritalStatus: child.maritalStatus,
      passport: child.passport,
      address: a.address,
      email: a.email,
      phone: a.phone,
    },
    sponsor: c.sponsor,
    parentalAuthority: child.parentalAuthority,
  };
}
