// @vitest-environment happy-dom
// The MRZ field of the popup over an in-memory background that runs the real rule core.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import { EL_AMRANI, td3, wrongDigit } from '../../tests/mrz-lines';
import { baseChild, baseMarriageCase, variant } from '../../tests/scenarios/base';
import { App } from './app';
import { createFakeApi, type FakeApi } from './test-api';

const TODAY = '2025-03-10';

afterEach(() => cleanup());

function start(c: Record<string, unknown>): FakeApi {
  const api = createFakeApi({ today: TODAY, cases: [c] });
  render(<App api={api} loadCatalog={async () => en} uiLanguage="en-GB" />);
  return api;
}

async function openFirstCase() {
  fireEvent.click(await screen.findByRole('button', { name: /^El Amrani – Peeters/ }));
  await screen.findByRole('heading', { level: 2, name: 'El Amrani – Peeters' });
}

function zone(id = 'field-applicant-passport-mrz'): HTMLTextAreaElement {
  const el = document.getElementById(id);
  if (!el) throw new Error(`no field ${id}`);
  return el as HTMLTextAreaElement;
}

const stored = (api: FakeApi) => api.cases.get('case-1') as Record<string, any>;

describe('the MRZ field', () => {
  test('pasted lines show the changes they propose, and confirming fills the applicant and keeps the zone', async () => {
    const api = start(
      variant(baseMarriageCase(), (c) => {
        delete c.applicant.birthDate;
        c.applicant.passport = { number: 'AB1234560' };
      }),
    );
    await openFirstCase();
    fireEvent.input(zone(), { target: { value: EL_AMRANI } });
    const table = await screen.findByRole('table', { name: 'What the zone would change' });
    const rows = within(table).getAllByRole('row').slice(1).map((r) => r.textContent);
    expect(rows).toEqual(['Date of birth(empty)15 Mar 1990', 'Passport numberAB1234560AB1234567', 'Valid until(empty)1 May 2031', 'Issuing country(empty)Morocco']);
    expect(screen.getByText('The zone is correct: every check digit matches.')).toBeTruthy();
    expect(stored(api).applicant.birthDate).toBeUndefined();

    fireEvent.click(screen.getByRole('button', { name: 'Apply these changes' }));
    await waitFor(() => expect(stored(api).applicant.passport.mrz).toBe(EL_AMRANI));
    expect(stored(api).applicant).toMatchObject({ birthDate: '1990-03-15', passport: { number: 'AB1234567', expiryDate: '2031-05-01', issuingCountry: 'MA' } });
    expect(screen.getByText('Fields taken from the zone: 4. The zone is kept with the case.')).toBeTruthy();
    expect((document.getElementById('field-applicant-birthDate') as HTMLInputElement).value).toBe('1990-03-15');
  });

  test('a wrong check digit says which part, what its digits give and what the line has, and nothing can be applied', async () => {
    start(baseMarriageCase());
    await openFirstCase();
    const lines = wrongDigit(EL_AMRANI, 19);
    fireEvent.input(zone(), { target: { value: lines } });
    const l2 = lines.split('\n')[1]!;
    await screen.findByText(`The check digit of the date of birth does not match: 900315 gives ${EL_AMRANI.split('\n')[1]![19]}, the line has ${l2[19]}.`);
    expect(zone().getAttribute('aria-invalid')).toBe('true');
    expect(screen.queryByRole('button', { name: 'Apply these changes' })).toBeNull();
  });

  test('a line too short is named while typing', async () => {
    start(baseMarriageCase());
    await openFirstCase();
    fireEvent.input(zone(), { target: { value: `${EL_AMRANI.slice(0, 60)}` } });
    expect(await screen.findByText("Line 2 has 15 characters; each line of a passport's zone has 44.")).toBeTruthy();
  });

  test("the accented spelling typed from the passport's visual zone is kept, and the reason given", async () => {
    const api = start(
      variant(baseMarriageCase(), (c) => {
        c.applicant.surname = 'Müller';
        c.applicant.givenNames = 'Jörg';
      }),
    );
    await openFirstCase();
    fireEvent.input(zone(), { target: { value: td3({ surname: 'MUELLER', givenNames: 'JOERG', number: 'AB1234567', birth: '900315', expiry: '310501' }) } });
    await screen.findByText(/^Surname: “Müller” is kept\. The zone writes “MUELLER” because it has no accents or special letters/);
    expect(screen.getByText(/^Given names: “Jörg” is kept\./)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Keep the zone with the case' }));
    await waitFor(() => expect(stored(api).applicant.passport.mrz).toBeTruthy());
    expect(stored(api).applicant.surname).toBe('Müller');
  });

  test("each child has its own zone, filling the child's record", async () => {
    const api = start(
      variant(baseMarriageCase(), (c) => {
        c.children = [{ ...baseChild(), passport: {} }];
      }),
    );
    await openFirstCase();
    fireEvent.click(screen.getByText('Children travelling along', { selector: '.section-title' }));
    const child = td3({ surname: 'EL AMRANI', givenNames: 'YASMINE', number: 'CD7654321', birth: '150601', expiry: '300101' });
    fireEvent.input(await waitFor(() => zone('field-children-0-passport-mrz')), { target: { value: child } });
    fireEvent.click(await screen.findByRole('button', { name: 'Apply these changes' }));
    await waitFor(() => expect(stored(api).children[0].passport).toMatchObject({ number: 'CD7654321', expiryDate: '2030-01-01', mrz: child }));
    expect(stored(api).applicant.passport.mrz).toBeUndefined();
  });
});
