// TLScontact for Belgium (notes/vendor-pages.md §1–3): the Next.js platform on
// visas-be, its Keycloak login on auth.visas-be, the VisaOnWeb onboarding host
// welcome.visas-be, and the legacy PHP platform on be.tlscontact.com.
import type { PageType, Vendor } from '../types';
import { lookUpRoute, routedPages } from './routed-pages';

const HOSTS = ['visas-be.tlscontact.com', 'auth.visas-be.tlscontact.com', 'welcome.visas-be.tlscontact.com', 'be.tlscontact.com'] as const;

// Current routes `/{locale}/…` (S11–S14, S20); legacy `/login/{vac}`, `/appointment/…`, `page.php?pid=appointment` (S20, S16b).
// Where the fee is paid on the current platform was not captured: `application-summary`
// (confirm button, "Non réservé", S12) and a `payment` step are taken as the payment page [inf].
const ROUTES: readonly (readonly [RegExp, PageType])[] = [
  [/\/protocol\/openid-connect\/registrations\b|\/login-actions\/registration\b/, 'registration'],
  [/\/protocol\/openid-connect\/auth\b|\/login-actions\/authenticate\b/, 'login'],
  [/^\/[a-z]{2}-[a-z]{2}\/login\/?$|^\/login\/[^/]+\/?$|\/login\.php$/, 'login'],
  [/^\/[a-z]{2}-[a-z]{2}\/registration\/?$/, 'registration'],
  [/\/workflow\/applicants-information(\/|$)/, 'applicant-details'],
  [/\/workflow\/appointment-booking(\/|$)|^\/appointment\/|\/page\.php\?pid=appointment/, 'appointment'],
  [/\/workflow\/(application-summary|payment)(\/|$)/, 'payment'],
  [/\/travel-groups\/?$|\/workflow\/service-level\/?$|\/country\/[a-z]{2}\/vac\/|^\/[a-z]{2}-[a-z]{2}\/?$|^\/$/, 'other'],
];

function routeType(url: URL): PageType | undefined {
  return lookUpRoute(url.pathname + (url.pathname.endsWith('.php') ? url.search : ''), ROUTES);
}

export const tlscontact: Vendor = {
  site: 'tlscontact',
  hosts: HOSTS,
  match: (url) => url.protocol === 'https:' && (HOSTS as readonly string[]).includes(url.hostname),
  pages: routedPages(
    routeType,
    // `#book-appointment-btn` sits on service-level, not on the booking page (S11, S12): no structural marker for appointment.
    {
      login: '#login-page-title, #email-input-field',
      registration: '#confirm-password, input[name="passwordConfirm"]',
      'applicant-details': 'input[name^="f_pers_"], #f_pers_surnames',
      payment: '#btn-confirm-appointment',
    },
    ['login', 'registration', 'applicant-details', 'appointment', 'payment'],
  ),
  fields: [
    // Keycloak realm `atlas` (S11) and registration (S13).
    { selector: '#email-input-field', kind: 'email' },
    { selector: '#password-input-field', kind: 'password' },
    { selector: 'input[name="passwordConfirm"]', kind: 'password' },
    // Legacy PHP login (S15, S16b).
    { selector: '#pwd', kind: 'password' },
    // The `f_*` vocabulary: names on the current form (S13), ids on the legacy one (S15), backend model (S22).
    // The legacy form's other fields (idx:16572162652: f_birth_surnames, f_national_id, #passport-type,
    // f_fami_marital_status, fi_home_address[street|city|postcode], fi_employer_*, fi_school_*,
    // fi_residence_permit_*, fi_minor_parent_*) name themselves: the identifier patterns read them.
    { selector: '[name="f_pers_surnames"], #f_pers_surnames', kind: 'surname' },
    { selector: '[name="f_pers_givennames"], #f_pers_givennames', kind: 'givenNames' },
    { selector: '[name="f_pers_birth_date"], #f_pers_birth_date', kind: 'birthDate' },
    { selector: '[name="f_pers_sex"], [id^="f_pers_sex-"]', kind: 'sex' },
    { selector: '[name="f_pers_nationality"], #f_pers_nationality', kind: 'nationality' },
    { selector: '[name="f_birth_place"], #f_birth_place', kind: 'placeOfBirth' },
    { selector: '[name="f_pass_num"], #f_pass_num', kind: 'passportNumber' },
    { selector: '[name="fi_passport_issue_date"], #fi_passport_issue_date', kind: 'passportIssueDate' },
    { selector: '[name="fi_passport_expiry_date"], #fi_passport_expiry_date', kind: 'passportExpiryDate' },
    { selector: '[name="f_pers_mobile_phone"], #f_pers_mobile_phone', kind: 'phone' },
    // The host, before the travel fields' `f_trav_` below.
    { selector: '[name="f_trav_host_name"]', kind: 'hostName' },
    { selector: '[name="f_trav_host_address[street]"]', kind: 'hostStreet' },
    { selector: '[name="f_trav_host_address[city]"]', kind: 'hostCity' },
    { selector: '[name="f_trav_host_address[postcode]"]', kind: 'hostPostalCode' },
    { selector: '[name="fi_trav_host_phone"]', kind: 'hostPhone' },
    // Belgium's data (S22 idx:42471661858): the host's names apart, the host's address, and the
    // issuing country as a code ("tn") under a name that reads as an authority.
    { selector: '[name="fi_trav_host_surname"]', kind: 'hostSurname' },
    { selector: '[name="fi_trav_host_givennames"]', kind: 'hostGivenNames' },
    { selector: '[name="f_trav_host_address"]', kind: 'hostAddress' },
    { selector: '[name="f_pass_issued_by"]', kind: 'issuingCountry' },
    // `f_pers_occupation` is a status list (employed, student…: S15, S22 "Other") and
    // `f_pers_province` the home province (S15; "ORAN" for an Algerian applicant, idx:16205710306):
    // the identifier patterns read them. The sector (`fi_pers_occupation_area`, S22 "Architect") has no case field.
    { selector: '#fi_pers_occupation_area, [name="f_cai"]', kind: 'other' },
    // The EU, EEA or Swiss family member (Annex I field 17; `fi_eu_family_surnames`, `…_birth_date`,
    // `…_pass_num` in S22) is someone else: none of the applicant's values goes there.
    { selector: '[name^="fi_eu_family_"]', kind: 'other' },
    { selector: '[name^="f_trav_"], [name^="fi_trav_"]', kind: 'other' },
  ],
};
