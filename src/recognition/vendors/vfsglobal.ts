// VFS Global's Angular app for Belgium (notes/vendor-pages.md §1–3).
import type { PageType, Vendor } from '../types';
import { lookUpRoute, routedPages } from './routed-pages';

// `/{origin-iso3}/{lang}/bel/{route}`: the mission segment `bel` is Belgium (S20, idx:44576345510).
const MISSION_PATH = /^\/[a-z]{3}\/[a-z]{2}(?:-[a-z]{2,4})?\/bel(?:\/|$)/i;

// Angular routes after the mission segment (S6, S2, S3). `book-an-appointment` and
// `schedule-appointment` are probably entry points (S20): left to the structure.
const ROUTES: readonly (readonly [RegExp, PageType])[] = [
  [/^(online-services\/)?login\/?$/, 'login'],
  [/^register\/?$/, 'registration'],
  [/^your-details\/?$/, 'applicant-details'],
  [/^(application-detail|book-appointment|online-services\/appointment)\/?$/, 'appointment'],
  [/^review-pay\/?$/, 'payment'],
  [/^(dashboard|confirmation|page-not-found)?\/?$/, 'other'],
];

function routeType(url: URL): PageType | undefined {
  const route = url.pathname.replace(MISSION_PATH, '');
  return lookUpRoute(route.toLowerCase(), ROUTES);
}

export const vfsglobal: Vendor = {
  site: 'vfsglobal',
  hosts: ['visa.vfsglobal.com'],
  match: (url) => url.protocol === 'https:' && url.hostname === 'visa.vfsglobal.com' && MISSION_PATH.test(url.pathname),
  // Routed component tags (S5, S7, S8); the registration component was not captured [inf].
  pages: routedPages(
    routeType,
    {
      login: 'app-login',
      registration: 'app-register, app-registration',
      'applicant-details': 'app-applicant-details',
      appointment: 'app-eligibility-criteria, app-book-appointment, app-book-appointment-split-slot',
      payment: 'app-review-and-payment',
    },
    ['login', 'registration', 'applicant-details', 'appointment', 'payment'],
  ),
  fields: [
    // ng-bootstrap datepickers; value DD/MM/YYYY everywhere (S1, S21); `passportExpirtyDate` is the page's own spelling (S2, S3, S21).
    { selector: '#dateOfBirth', kind: 'birthDate', dateFormat: 'dd/mm/yyyy' },
    { selector: '#passportExpirtyDate, #passportExpiryDate', kind: 'passportExpiryDate', dateFormat: 'dd/mm/yyyy' },
    // Login: MDC ids (S7, S8) and reactive-form names (S2).
    { selector: 'app-login #email', kind: 'email' },
    { formcontrolname: 'username', kind: 'email' },
    { formcontrolname: 'password', kind: 'password' },
    // The one-time code is a password input (S2): not the account password.
    { selector: 'input[placeholder="OTP"]', kind: 'other' },
    // Appointment Details cascade and waitlist (S2, S4, S8, S3).
    { formcontrolname: 'centerCode', kind: 'other' },
    { formcontrolname: 'selectedSubvisaCategory', kind: 'other' },
    { formcontrolname: 'visaCategoryCode', kind: 'other' },
    { selector: 'input[name="SlotRadio"]', kind: 'other' },
  ],
};
