import { describe, expect, it } from 'vitest';
import { baseChild, completeMarriageCase, variant } from '../../tests/scenarios/base';
import { profileValues } from '../recognition/profile-values';
import { formPeople, formPersonOf, formSubject } from './form-person';
import type { VisaCase } from './schema';

const withChild = variant(completeMarriageCase(), (c) => {
  c.children = [
    {
      ...baseChild(),
      sex: 'F',
      parentalAuthority: [
        { surname: 'El Amrani', givenNames: 'Fatima Zahra', nationality: 'MA' },
        { surname: 'Tazi', givenNames: 'Omar', nationality: 'MA', address: { street: 'Rue Allal', houseNumber: '5', postalCode: '10000', city: 'Rabat' } },
      ],
    },
  ];
}) as VisaCase;

describe('whose application form', () => {
  it('knows the applicant and each child by the names findings use, and no one else', () => {
    expect(formPersonOf('applicant', withChild)).toBe('applicant');
    expect(formPersonOf('children[0]', withChild)).toBe('children[0]');
    expect(formPersonOf('children[1]', withChild)).toBeNull();
    expect(formPersonOf('sponsor', withChild)).toBeNull();
    expect(formPeople(withChild)).toEqual(['applicant', 'children[0]']);
  });

  it('fills a child’s form with the child’s identity and passport, the applicant’s home and contact, and the first holder of parental authority', () => {
    const values = profileValues(formSubject(withChild, 'children[0]'));
    expect(values).toMatchObject({
      surname: 'El Amrani',
      givenNames: 'Yasmine',
      birthDate: '2015-06-01',
      birthYear: '2015',
      passportNumber: 'CD7654321',
      maritalStatus: 'unmarried',
      street: 'Rue Ibn Batouta',
      city: 'Casablanca',
      email: withChild.applicant.email,
      hostSurname: 'Peeters',
      parentSurname: 'El Amrani',
      parentGivenNames: 'Fatima Zahra',
      parentNationality: 'MA',
    });
    // The first holder lives with the child: the form asks an address only where it differs.
    expect(values.parentAddress).toBeUndefined();
    // A child has no job, employer or permit of the applicant's.
    expect(values.occupation ?? values.employerName ?? values.residencePermitNumber ?? values.nationalIdNumber ?? values.surnameAtBirth).toBeUndefined();
    expect(values.passportNumber).not.toBe(withChild.applicant.passport?.number);
  });

  it('fills the applicant’s own form as before, with no holder of parental authority', () => {
    const values = profileValues(formSubject(withChild, 'applicant'));
    expect(values).toMatchObject({ givenNames: 'Fatima Zahra', occupation: 'Nurse' });
    expect(values.parentSurname).toBeUndefined();
  });

  it('writes a holder’s own address on one line', () => {
    const secondFirst = variant(withChild, (c) => c.children[0].parentalAuthority.reverse()) as VisaCase;
    expect(profileValues(formSubject(secondFirst, 'children[0]')).parentAddress).toBe('Rue Allal 5, 10000 Rabat');
  });
});
