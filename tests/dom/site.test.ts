// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { recognisePage, recogniseSite } from '../../src/recognition/site';
import { loadHtml } from './load-fixture';

const blank = () => loadHtml('<!doctype html><html><body></body></html>', 'https://example.org/').document;

describe('recogniseSite', () => {
  it.each([
    ['https://visa.vfsglobal.com/tur/en/bel/login', 'vfsglobal'],
    ['https://visa.vfsglobal.com/ind/en/bel/book-an-appointment', 'vfsglobal'],
    ['https://visa.vfsglobal.com/gbr/en/bel', 'vfsglobal'],
    ['https://visas-be.tlscontact.com/en-us/login', 'tlscontact'],
    ['https://auth.visas-be.tlscontact.com/auth/realms/atlas/protocol/openid-connect/auth?client_id=tlscitizen', 'tlscontact'],
    ['https://welcome.visas-be.tlscontact.com/?onboarding_token=abc', 'tlscontact'],
    ['https://be.tlscontact.com/gb/LON/page.php?pid=appointment', 'tlscontact'],
    ['https://visaonweb.diplomatie.be/nl/Account/Login', 'visaonweb'],
  ])('%s → %s', (url, site) => {
    expect(recogniseSite(url)).toBe(site);
  });

  it.each([
    'https://vfsglobal-appointments.com/tur/en/bel/login',
    'https://visa.vfsglobal.com.evil.example/tur/en/bel/login',
    'https://tlscontact.com.evil.example/en-us/login',
    'https://visas-be.tlscontact.com.evil.example/en-us/login',
    'https://evil-visas-be.tlscontact.com/en-us/login',
    'http://visa.vfsglobal.com/tur/en/bel/login',
    'http://visaonweb.diplomatie.be/nl/Account/Login',
    'https://visa.vfsglobal.com:8443/tur/en/bel/login',
    'https://visa.vfsglobal.com@evil.example/tur/en/bel/login',
    // Another mission (Poland) on the same host, and VFS's national domain for Belarus.
    'https://visa.vfsglobal.com/tur/tr/pol/login',
    'https://services.vfsglobal.by/blr/en/pol/dashboard',
    'https://visa.vfsglobal.com/tur/en/belgium/login',
    // TLScontact for other countries.
    'https://visas-fr.tlscontact.com/en-us/login',
    'https://visas-de.tlscontact.com/en-us/login',
    // Payment leaves the vendor host (S2).
    'https://secureacceptance.cybersource.com/checkout',
    'https://www.vfsglobal.com/belgium/india/',
    'not a url',
  ])('%s → no site', (url) => {
    expect(recogniseSite(url)).toBeNull();
  });
});

describe('recognisePage', () => {
  it.each([
    ['https://visa.vfsglobal.com/tur/en/bel/login', 'login'],
    ['https://visa.vfsglobal.com/tur/en/bel/register', 'registration'],
    ['https://visa.vfsglobal.com/tur/en/bel/dashboard', 'other'],
    ['https://visa.vfsglobal.com/tur/en/bel/application-detail', 'appointment'],
    ['https://visa.vfsglobal.com/tur/en/bel/your-details', 'applicant-details'],
    ['https://visa.vfsglobal.com/tur/en/bel/book-appointment', 'appointment'],
    ['https://visa.vfsglobal.com/tur/en/bel/review-pay', 'payment'],
    ['https://visa.vfsglobal.com/tur/en/bel/confirmation', 'other'],
    ['https://visas-be.tlscontact.com/en-us/travel-groups', 'other'],
    ['https://visas-be.tlscontact.com/en-us/country/ma/vac/maCAS2be', 'other'],
    ['https://visas-be.tlscontact.com/en-us/4123456/workflow/service-level', 'other'],
    ['https://visas-be.tlscontact.com/en-us/4123456/workflow/appointment-booking/maCAS2be/4123456', 'appointment'],
    ['https://visas-be.tlscontact.com/login/maCAS2be', 'login'],
    ['https://be.tlscontact.com/gb/LON/page.php?pid=appointment', 'appointment'],
    ['https://visaonweb.diplomatie.be/fr/VisaApplication/Create', 'applicant-details'],
    ['https://visaonweb.diplomatie.be/en/VisaApplication/Gdpr', 'other'],
  ])('%s → %s', (url, type) => {
    expect(recognisePage(url, blank())).toBe(type);
  });

  it('gives no page type outside the vendors', () => {
    expect(recognisePage('https://visa.vfsglobal.com.evil.example/tur/en/bel/login', blank())).toBeNull();
  });

  it('reads the structure when the route is not a known one', () => {
    const { document } = loadHtml('<app-root><div><app-book-appointment></app-book-appointment></div></app-root>', 'https://visa.vfsglobal.com/ind/en/bel/schedule-appointment');
    expect(recognisePage(document.URL, document)).toBe('appointment');
    expect(recognisePage('https://visa.vfsglobal.com/ind/en/bel/book-an-appointment', blank())).toBe('other');
  });

  it('re-evaluates on a route change of the single-page app: the URL wins over the component left in the DOM', () => {
    const { document } = loadHtml('<app-root><div><app-applicant-details><h1>Your Details</h1></app-applicant-details></div></app-root>', 'https://visa.vfsglobal.com/tur/en/bel/your-details');
    expect(recognisePage('https://visa.vfsglobal.com/tur/en/bel/your-details', document)).toBe('applicant-details');
    // pushState to review-pay before Angular swapped the component.
    expect(recognisePage('https://visa.vfsglobal.com/tur/en/bel/review-pay', document)).toBe('payment');
    expect(recognisePage('https://visa.vfsglobal.com/tur/en/bel/dashboard', document)).toBe('other');
  });
});
