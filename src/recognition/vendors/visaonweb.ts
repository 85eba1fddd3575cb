// VisaOnWeb (notes/vendor-pages.md §1–3): ASP.NET MVC + AngularJS, fields bound
// with `ng-model="VA.<key>"`, the keys numbered as the Schengen harmonised form (S17).
import type { FieldKind, PageType, Vendor, VendorFieldRule } from '../types';
import { lookUpRoute, routedPages } from './routed-pages';

const ROUTES: readonly (readonly [RegExp, PageType])[] = [
  [/^\/[a-z]{2}\/account\/login\/?$/i, 'login'],
  [/^\/[a-z]{2}\/account\/register\/?$/i, 'registration'],
  [/^\/[a-z]{2}\/visaapplication\/(create|edit)(\/|$)/i, 'applicant-details'],
  [/^\/[a-z]{2}\/visaapplication\/(gdpr|indexbyuserid|mylist)\/?$/i, 'other'],
];

function routeType(url: URL): PageType | undefined {
  return lookUpRoute(url.pathname, ROUTES);
}

// Model keys from S17 (visaApplicationController.js, vowintApi.ts `VowintVA`). The applicant's
// own fields on `VA` (`Personal_Data_LastName`, `TravelDocument_ValidUntil`,
// `Personal_Data_Address.Street`…) name themselves: the identifier patterns read them. Listed
// here are those whose words would mislead: the employer or school on `VA.Personal_Occupation`,
// a minor's holders of parental authority on `VA.Guardian_Parent1|2`, a permit for the country of residence.
const MODEL_KINDS: Record<string, FieldKind> = {
  'Personal_Occupation.Name': 'employerName',
  'Personal_Occupation.Address.Street': 'employerStreet',
  'Personal_Occupation.Address.PostalCode': 'employerPostalCode',
  'Personal_Occupation.Address.City': 'employerCity',
  'Personal_Occupation.Telephonenumber': 'employerPhone',
  'Personal_Occupation.Address.HouseNumber': 'employerHouseNumber',
  'Personal_Occupation.Address.CountryId': 'employerCountry',
  'Personal_Occupation.Email': 'employerEmail',
  PermitForResidenceCountry_DocumentNumber: 'residencePermitNumber',
  PermitForResidenceCountry_PermitValidUntil: 'residencePermitValidUntil',
  'Guardian_Parent1.Lastname': 'parentSurname',
  'Guardian_Parent1.Firstname': 'parentGivenNames',
  'Guardian_Parent1.NationalityId': 'parentNationality',
  // The second holder is left to the user: a fill writes one holder, the first the case records,
  // and never that holder's name into the second's fields.
  'Guardian_Parent2.Lastname': 'other',
  'Guardian_Parent2.Firstname': 'other',
  'Guardian_Parent2.NationalityId': 'other',
};

// A reference person (the host) is an item of `VA.References`, edited through a row's own
// model (`VowintReference`: Person_LastName, Person_Address…, S17); the row variable's name
// was not captured [inf], so the key's end decides.
const REFERENCE_KINDS: Record<string, FieldKind> = {
  Person_LastName: 'hostSurname',
  Person_FirstName: 'hostGivenNames',
  'Person_Address.Street': 'hostStreet',
  'Person_Address.HouseNumber': 'hostHouseNumber',
  'Person_Address.PostalCode': 'hostPostalCode',
  'Person_Address.City': 'hostCity',
  Person_Telephonenumber: 'hostPhone',
  Person_Email: 'hostEmail',
  Person_NationalityId: 'hostNationality',
};

export const visaonweb: Vendor = {
  site: 'visaonweb',
  hosts: ['visaonweb.diplomatie.be'],
  match: (url) => url.protocol === 'https:' && url.hostname === 'visaonweb.diplomatie.be',
  pages: routedPages(
    routeType,
    {
      login: '#UserName',
      'applicant-details': '[ng-controller="visaApplicationController"]',
    },
    ['login', 'applicant-details'],
  ),
  fields: [
    // Login: the account e-mail is `#UserName` (S17 content-vowint.js, vowintApi.ts).
    { selector: '#UserName', kind: 'email' },
    { selector: '#Password', kind: 'password' },
    ...Object.entries(MODEL_KINDS).map(([key, kind]): VendorFieldRule => ({ selector: `[ng-model="VA.${key}"]`, kind })),
    ...Object.entries(REFERENCE_KINDS).map(([key, kind]): VendorFieldRule => ({ selector: `[ng-model$=".${key}"]`, kind })),
    // The travel part (purpose, destination, dates) asks nothing of the case's people; the EU, EEA or
    // Swiss family member (`VA.EUFamilyMember.LastName`, `.BirthDate`, `.IdentityDocumentNumber`, S17
    // vowintApi.ts) is someone else, whose fields must not take the applicant's values.
    { selector: '[ng-model^="VA.Application_"], [ng-model^="VA.EUFamilyMember."]', kind: 'other' },
  ],
};
