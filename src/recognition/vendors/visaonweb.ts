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

const MODEL_KINDS: Record<string, FieldKind> = {
  Personal_Data_LastName: 'surname',
  Personal_Data_BirthLastName: 'other',
  Personal_Data_FirstName: 'givenNames',
  Personal_Data_BirthCity: 'placeOfBirth',
  Personal_Data_BirthCountryId: 'countryOfBirth',
  Personal_Data_NationalityId: 'nationality',
  Personal_Data_BirthNationalityId: 'other',
  Personal_Data_GenderId: 'sex',
  Personal_Data_CivilStateId: 'other',
  Personal_Data_PersonNumber: 'other',
  TravelDocument_DocumentTypeId: 'other',
  TravelDocument_DocumentNumber: 'passportNumber',
  TravelDocument_DateOfIssue: 'passportIssueDate',
  TravelDocument_ValidUntil: 'passportExpiryDate',
  TravelDocument_IssuingAuthorityPlace: 'other',
  TravelDocument_IssuingAuthorityCountryId: 'other',
  'Personal_Data_Address.Street': 'address',
  'Personal_Data_Address.HouseNumber': 'other',
  'Personal_Data_Address.PostalCode': 'other',
  'Personal_Data_Address.City': 'other',
  'Personal_Data_Address.CountryId': 'other',
  Personal_Data_Telephonenumber: 'phone',
  Personal_Data_Mobilenumber: 'phone',
  Personal_Data_Email: 'email',
  Personal_Data_OccupationId: 'other',
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
  ],
};
