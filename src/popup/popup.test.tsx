// @vitest-environment happy-dom
// The popup over an in-memory background that runs the real rule core.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import fr from '../../public/_locales/fr/messages.json';
import nl from '../../public/_locales/nl/messages.json';
import type { UiToBg } from '../messages';
import type { Lang } from '../rules/types';
import { baseMarriageCase, variant } from '../../tests/scenarios/base';
import { App } from './app';
import { createFakeApi, type FakeApi } from './test-api';
import type { Catalog } from './translate';

const CATALOGS: Record<Lang, Catalog> = { en, fr, nl };
const TODAY = '2025-03-10';

/** The popup's size; the wide (full tab) layout has its own test. */
function setViewport(width: number, height: number) {
  (window as unknown as { happyDOM: { setViewport(v: { width: number; height: number }): void } }).happyDOM.setViewport({ width, height });
}

beforeEach(() => setViewport(400, 600));
afterEach(() => cleanup());

function start(api: FakeApi, uiLanguage = 'en-GB') {
  return render(<App api={api} loadCatalog={async (lang) => CATALOGS[lang]} uiLanguage={uiLanguage} />);
}

function withBaseCase(): FakeApi {
  return createFakeApi({ today: TODAY, cases: [baseMarriageCase()] });
}

async function openFirstCase() {
  fireEvent.click(await screen.findByRole('button', { name: /^El Amrani – Peeters/ }));
  await screen.findByRole('heading', { level: 2, name: 'El Amrani – Peeters' });
}

function field(id: string): HTMLInputElement {
  const el = document.getElementById(id);
  if (!el) throw new Error(`no field ${id}`);
  return el as HTMLInputElement;
}

describe('case list', () => {
  test('an empty popup asks the kind of case first, then opens only the sections it needs', async () => {
    const api = createFakeApi({ today: TODAY });
    start(api);
    expect(await screen.findByRole('heading', { level: 2, name: 'Get started' })).toBeTruthy();
    expect(screen.getByLabelText('Import a case file (.json)')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Open the example' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Start the case' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Choose one of the three first.');
    expect(api.cases.size).toBe(0);
    fireEvent.click(screen.getByRole('radio', { name: /I want to join a family member in Belgium \(humanitarian visa\)/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Start the case' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Untitled case' })).toBeTruthy();
    expect([...api.cases.values()][0]).toMatchObject({ caseType: 'humanitarian' });
    expect(screen.getByRole('tab', { name: 'Details', selected: true })).toBeTruthy();
    // The situation is asked and required; the partner's means, housing and the marriage papers are not asked.
    expect(field('field-humanitarianSituation').getAttribute('aria-required')).toBe('true');
    expect(field('field-applicant-surname').getAttribute('aria-required')).toBe('true');
    expect(field('field-applicant-email').getAttribute('aria-required')).toBeNull();
    fireEvent.click(screen.getByText('Family member in Belgium', { selector: '.section-title' }));
    fireEvent.click(screen.getByText('Documents', { selector: '.section-title' }));
    await waitFor(() => field('field-sponsor-surname'));
    expect(document.getElementById('field-sponsor-healthInsurance')).toBeNull();
    expect(screen.queryByText('Income')).toBeNull();
    expect(document.getElementById('field-documents-marriageDeclaration-date')).toBeNull();
    expect(field('field-documents-medicalCertificate-date')).toBeTruthy();
  });

  test('the findings tab lists what is still missing in the order of the form, and each entry goes to its field', async () => {
    const api = createFakeApi({ today: TODAY });
    start(api);
    fireEvent.click(await screen.findByRole('radio', { name: /I want to marry my partner in Belgium/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Start the case' }));
    await screen.findByRole('heading', { level: 2, name: 'Untitled case' });
    fireEvent.input(field('field-applicationDate'), { target: { value: '2025-03-10' } });
    fireEvent.input(field('field-applicant-surname'), { target: { value: 'El Amrani' } });
    fireEvent.click(screen.getByRole('tab', { name: /Findings/ }));
    const missing = await screen.findByRole('region', { name: /Still to fill in/ });
    const entries = within(missing).getAllByRole('button').map((b) => b.textContent);
    expect(entries.slice(0, 3)).toEqual(['Applicant: Given names', 'Applicant: Date of birth', 'Applicant: Nationality']);
    expect(entries).toContain('Partner in Belgium: Date of birth');
    expect(entries).not.toContain('Applicant: Surname');
    expect(entries[entries.length - 1]).toBe('Documents: Travel medical insurance – Cover');
    fireEvent.click(within(missing).getByRole('button', { name: 'Partner in Belgium: Date of birth' }));
    await waitFor(() => expect(document.activeElement?.id).toBe('field-sponsor-birthDate'));
    expect(screen.getByRole('tab', { name: 'Details', selected: true })).toBeTruthy();
  });

  test('New case in a list asks the kind of case too', async () => {
    const api = withBaseCase();
    start(api);
    fireEvent.click(await screen.findByRole('button', { name: 'New case' }));
    fireEvent.click(screen.getByRole('radio', { name: /register a legal cohabitation/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Start the case' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Untitled case' })).toBeTruthy();
    expect(api.cases.get('case-2')).toMatchObject({ caseType: 'cohabitation' });
  });

  test('the example opens from the empty popup', async () => {
    const api = createFakeApi({ today: TODAY });
    start(api);
    fireEvent.click(await screen.findByRole('button', { name: 'Open the example' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'El Amrani – Peeters' }, { timeout: 3000 })).toBeTruthy();
    expect(api.cases.size).toBe(1);
  });

  test('shows applicant name, case type and error count for each case', async () => {
    const api = withBaseCase();
    start(api);
    const row = (await screen.findByRole('button', { name: /^El Amrani – Peeters/ })).closest('li') as HTMLElement;
    expect(within(row).getByText(/Fatima Zahra El Amrani · Visa D to marry in Belgium/)).toBeTruthy();
    expect(within(row).getByText('0 errors')).toBeTruthy();
  });

  test('a deleted case comes back with Undo', async () => {
    const api = withBaseCase();
    start(api);
    fireEvent.click(await screen.findByRole('button', { name: 'Delete El Amrani – Peeters' }));
    expect(await screen.findByText('El Amrani – Peeters deleted.')).toBeTruthy();
    expect(api.cases.size).toBe(0);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByText('Case restored.')).toBeTruthy();
    expect(api.cases.size).toBe(1);
    expect(screen.getByRole('button', { name: /^El Amrani – Peeters/ })).toBeTruthy();
  });

  test('renaming from the list changes the label and keeps the rest', async () => {
    const api = withBaseCase();
    start(api);
    fireEvent.click(await screen.findByRole('button', { name: 'Rename El Amrani – Peeters' }));
    const input = screen.getByLabelText('New label for El Amrani – Peeters');
    fireEvent.input(input, { target: { value: 'File 2025/114' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('button', { name: /^File 2025\/114/ })).toBeTruthy();
    expect(api.cases.get('case-1')).toEqual({ ...baseMarriageCase(), id: 'case-1', label: 'File 2025/114' });
  });

  test('duplicating adds a second copy', async () => {
    const api = withBaseCase();
    start(api);
    fireEvent.click(await screen.findByRole('button', { name: 'Duplicate El Amrani – Peeters' }));
    await waitFor(() => expect(screen.getAllByRole('button', { name: /^El Amrani – Peeters/ })).toHaveLength(2));
  });

  test('with many cases a search box filters by name', async () => {
    const cases = ['Janssens', 'Peeters', 'Maes', 'Jacobs', 'Mertens', 'Willems'].map((surname) => ({
      ...baseMarriageCase(),
      label: `File ${surname}`,
      applicant: { ...baseMarriageCase().applicant, surname },
    }));
    start(createFakeApi({ today: TODAY, cases }));
    const search = await screen.findByLabelText('Search cases (name, label, type)');
    fireEvent.input(search, { target: { value: 'mae' } });
    await waitFor(() => expect(screen.queryByRole('button', { name: /^File Janssens/ })).toBeNull());
    expect(screen.getByRole('button', { name: /^File Maes/ })).toBeTruthy();
    expect(screen.getByText('1 case found')).toBeTruthy();
  });
});

describe('a caseworker’s long list', () => {
  /** Eight cases: three whose applicant is too young (errors), the others fine; applied a day apart, so their deadlines are too. */
  function caseload(): FakeApi {
    const cases = ['Janssens', 'Peeters', 'Maes', 'Jacobs', 'Mertens', 'Willems', 'Claes', 'Goossens'].map((name, i) =>
      variant(baseMarriageCase(), (c) => {
        c.label = `File ${name}`;
        c.applicationDate = `2025-03-${String(17 - i).padStart(2, '0')}`;
        if (i % 3 === 0) c.applicant.birthDate = '2010-01-01';
      }),
    );
    return createFakeApi({ today: TODAY, cases });
  }

  const titles = () => screen.getAllByRole('button', { name: /^File / }).map((b) => b.querySelector('.case-title')?.textContent);

  test('filters by status, and says how many are shown', async () => {
    start(caseload());
    await screen.findByRole('button', { name: /^File Janssens/ });
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'errors' } });
    await waitFor(() => expect(titles()).toEqual(['File Janssens', 'File Jacobs', 'File Claes']));
    expect(screen.getByText('3 cases found')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'ok' } });
    await waitFor(() => expect(titles()).toEqual(['File Peeters', 'File Maes', 'File Mertens', 'File Willems', 'File Goossens']));
    fireEvent.input(screen.getByLabelText('Search cases (name, label, type)'), { target: { value: 'will' } });
    await waitFor(() => expect(titles()).toEqual(['File Willems']));
  });

  test('sorts by the next deadline and shows it in the reader’s language', async () => {
    const api = caseload();
    start(api);
    await screen.findByRole('button', { name: /^File Janssens/ });
    fireEvent.change(screen.getByLabelText('Order'), { target: { value: 'deadline' } });
    await waitFor(() => expect(titles()[0]).toBe('File Goossens'));
    expect(titles()).toEqual(['File Goossens', 'File Claes', 'File Willems', 'File Mertens', 'File Jacobs', 'File Maes', 'File Peeters', 'File Janssens']);
    const first = screen.getByRole('button', { name: /^File Goossens/ });
    expect(within(first).getByText(/^Next deadline: \d{1,2} \w{3} 2025$/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Next deadline'), { target: { value: 'none' } });
    await waitFor(() => expect(screen.queryAllByRole('button', { name: /^File / })).toHaveLength(0));
  });

  test('draws a long list a page at a time', async () => {
    const cases = Array.from({ length: 130 }, (_, i) => variant(baseMarriageCase(), (c) => (c.label = `File ${String(i + 1).padStart(3, '0')}`)));
    start(createFakeApi({ today: TODAY, cases }));
    await screen.findByRole('button', { name: /^File 001/ });
    expect(screen.getAllByRole('button', { name: /^File \d+/ })).toHaveLength(100);
    fireEvent.click(screen.getByRole('button', { name: 'Show 30 more (30 not shown)' }));
    await waitFor(() => expect(screen.getAllByRole('button', { name: /^File \d+/ })).toHaveLength(130));
  }, 30_000);
});

describe('editing', () => {
  test('a fill from the popup stores what was typed a moment ago first, so the page gets the corrected value', async () => {
    const api = withBaseCase();
    const order: string[] = [];
    api.sendToPage = (async (msg: { type: string }) => {
      if (msg.type === 'bg-cs/page-status') return { site: 'vfsglobal', origin: 'https://visa.vfsglobal.com', pageType: 'applicant-details', fields: 9, disagree: 0, marks: [], caseLabel: '' };
      order.push(msg.type);
      return { ok: true, result: { filled: 9, skipped: [] } };
    }) as FakeApi['sendToPage'];
    api.grantFill = async () => {
      order.push(`grant, stored passport ${(api.cases.get('case-1')?.applicant as { passport: { number: string } }).passport.number}`);
      return 'grant-1';
    };
    start(api);
    await openFirstCase();
    fireEvent.input(field('field-applicant-passport-number'), { target: { value: 'AB7654321' } });
    fireEvent.click(await screen.findByRole('button', { name: /^Fill this page from/ }));
    await screen.findByText('9 fields filled. Check them before you continue.');
    expect(order).toEqual(['grant, stored passport AB7654321', 'bg-cs/fill']);
  });

  test('a birth date that makes the applicant too young shows an age error, and correcting it clears the error', async () => {
    const api = withBaseCase();
    start(api);
    await openFirstCase();
    await screen.findByText('0 errors');
    fireEvent.input(field('field-applicant-birthDate'), { target: { value: '2010-01-01' } });
    await screen.findByText('1 error', {}, { timeout: 3000 });
    fireEvent.click(screen.getByRole('tab', { name: /Findings/ }));
    // The applicant's view: grouped by what to do, without rule IDs.
    const toCheck = await screen.findByRole('region', { name: /Check before you apply/ });
    expect(within(toCheck).getByText(/The applicant is 15 on 10 Mar 2025/)).toBeTruthy();
    expect(screen.queryByText(/AGE\.APPLICANT_MIN/)).toBeNull();
    // The caseworker's view: by severity, with the rule ID and its sources.
    fireEvent.click(screen.getByRole('switch', { name: 'Caseworker details' }));
    const errors = await screen.findByRole('region', { name: /Errors/ });
    expect(within(errors).getByText(/The applicant is 15 on 10 Mar 2025/)).toBeTruthy();
    expect(within(errors).getByText(/AGE\.APPLICANT_MIN/)).toBeTruthy();
    expect(
      within(errors).getByText(
        'Source: Visa D for a marriage or legal cohabitation in Belgium — Immigration Office (DVZ); Visa D to marry in Belgium with a Belgian or a non-EU national — practice guide of an integration organisation',
      ),
    ).toBeTruthy();
    expect(within(errors).getAllByText(/^Quoted in Dutch, as published/).length).toBeGreaterThan(0);
    expect(api.settings.caseworker).toBe(true);
    fireEvent.click(screen.getByRole('tab', { name: 'Details' }));
    fireEvent.input(field('field-applicant-birthDate'), { target: { value: '1990-03-15' } });
    await screen.findByText('0 errors', {}, { timeout: 3000 });
    expect((api.cases.get('case-1')?.applicant as { birthDate: string }).birthDate).toBe('1990-03-15');
  });

  test('an unreadable amount stays on screen with its message; the rest is still saved', async () => {
    const api = withBaseCase();
    start(api);
    await openFirstCase();
    fireEvent.click(screen.getByText('Partner in Belgium', { selector: '.section-title' }));
    const amount = field('field-sponsor-income-0-monthlyNet');
    fireEvent.input(amount, { target: { value: 'about 2000' } });
    fireEvent.input(field('field-sponsor-surname'), { target: { value: 'Peeters-Maes' } });
    const message = await screen.findByText('Write a number, e.g. 2300 or 2300,50.', {}, { timeout: 3000 });
    expect(amount.value).toBe('about 2000');
    expect(amount.getAttribute('aria-invalid')).toBe('true');
    expect(amount.getAttribute('aria-describedby')).toContain(message.closest('p')?.id);
    await waitFor(() => expect((api.cases.get('case-1')?.sponsor as { surname: string }).surname).toBe('Peeters-Maes'));
    fireEvent.input(amount, { target: { value: '2450,50' } });
    await waitFor(() => expect((api.cases.get('case-1')?.sponsor as { income: { monthlyNet: number }[] }).income[0]?.monthlyNet).toBe(2450.5));
    expect(screen.queryByText('Write a number, e.g. 2300 or 2300,50.')).toBeNull();
  });

  test('a save refused because another window saved first asks, and each answer keeps what it says', async () => {
    const api = withBaseCase();
    start(api);
    await openFirstCase();
    // Another window saved revision 2 meanwhile.
    api.cases.set('case-1', { ...api.cases.get('case-1')!, label: 'Saved elsewhere' });
    api.revs.set('case-1', 2);
    fireEvent.input(field('field-applicant-placeOfBirth'), { target: { value: 'Tanger' } });
    expect(await screen.findByRole('heading', { name: 'This case was changed in another window' }, { timeout: 3000 })).toBeTruthy();
    expect(screen.getByText('Not saved: changed in another window')).toBeTruthy();
    expect(api.cases.get('case-1')?.label).toBe('Saved elsewhere');
    // Focus stays in the field being typed in.
    expect(document.activeElement?.id).not.toMatch(/^save-conflict/);

    fireEvent.click(screen.getByRole('button', { name: 'Load the stored version' }));
    await screen.findByRole('heading', { level: 2, name: 'Saved elsewhere' });
    expect(field('field-applicant-placeOfBirth').value).toBe('Casablanca');
    fireEvent.input(field('field-applicant-placeOfBirth'), { target: { value: 'Rabat' } });
    await waitFor(() => expect((api.cases.get('case-1')?.applicant as { placeOfBirth?: string }).placeOfBirth).toBe('Rabat'));
    expect(screen.queryByRole('heading', { name: 'This case was changed in another window' })).toBeNull();

    api.revs.set('case-1', 7);
    fireEvent.input(field('field-applicant-placeOfBirth'), { target: { value: 'Fès' } });
    fireEvent.click(await screen.findByRole('button', { name: 'Keep my version as a copy' }, { timeout: 3000 }));
    expect(await screen.findByText("Your version is kept as a separate case. The other window's version is unchanged.")).toBeTruthy();
    const copy = [...api.cases.values()].find((c) => (c.applicant as { placeOfBirth?: string }).placeOfBirth === 'Fès');
    expect(copy).toBeDefined();
    expect((api.cases.get('case-1')?.applicant as { placeOfBirth?: string }).placeOfBirth).toBe('Rabat');
  });

  test('another window’s save shows here at once when this window has nothing unsaved', async () => {
    const api = withBaseCase();
    start(api);
    await openFirstCase();
    fireEvent.input(field('field-applicant-placeOfBirth'), { target: { value: 'Tanger' } });
    await screen.findByText('Saved', { selector: '.save-state' }, { timeout: 3000 });
    const stored = api.cases.get('case-1')!;
    api.saveElsewhere('case-1', { ...stored, label: 'Saved elsewhere', applicant: { ...(stored.applicant as object), placeOfBirth: 'Oujda' } });
    await screen.findByRole('heading', { level: 2, name: 'Saved elsewhere' });
    expect(field('field-applicant-placeOfBirth').value).toBe('Oujda');
    expect(screen.queryByRole('heading', { name: 'This case was changed in another window' })).toBeNull();
    // This window goes on saving over the version it now shows.
    fireEvent.input(field('field-applicant-placeOfBirth'), { target: { value: 'Nador' } });
    await waitFor(() => expect((api.cases.get('case-1')?.applicant as { placeOfBirth?: string }).placeOfBirth).toBe('Nador'));
    expect(api.cases.get('case-1')?.label).toBe('Saved elsewhere');
  });

  test('another window’s save asks at once when this window has edits not yet stored, and loses none', async () => {
    const api = withBaseCase();
    start(api);
    await openFirstCase();
    const before = api.sent.length;
    fireEvent.input(field('field-applicant-placeOfBirth'), { target: { value: 'Tanger' } });
    // Within the pause before storing: the other window's save is heard before this one is sent.
    api.saveElsewhere('case-1', { ...api.cases.get('case-1')!, label: 'Saved elsewhere' });
    expect(await screen.findByRole('heading', { name: 'This case was changed in another window' })).toBeTruthy();
    expect(field('field-applicant-placeOfBirth').value).toBe('Tanger');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(api.sent.slice(before).map((m) => m.type)).not.toContain('ui-bg/save-case');
    fireEvent.click(screen.getByRole('button', { name: 'Keep my version as a copy' }));
    await screen.findByText("Your version is kept as a separate case. The other window's version is unchanged.");
    expect([...api.cases.values()].some((c) => (c.applicant as { placeOfBirth?: string }).placeOfBirth === 'Tanger')).toBe(true);
    expect(api.cases.get('case-1')).toMatchObject({ label: 'Saved elsewhere', applicant: { placeOfBirth: 'Casablanca' } });
  });

  test('a field kept only on screen counts as an edit not yet stored when another window saves', async () => {
    const api = withBaseCase();
    start(api);
    await openFirstCase();
    fireEvent.click(screen.getByText('Partner in Belgium', { selector: '.section-title' }));
    fireEvent.input(field('field-sponsor-income-0-monthlyNet'), { target: { value: 'about 2000' } });
    await screen.findByText('Saved, except fields marked ⚠', { selector: '.save-state' }, { timeout: 3000 });
    api.saveElsewhere('case-1', { ...api.cases.get('case-1')!, label: 'Saved elsewhere' });
    expect(await screen.findByRole('heading', { name: 'This case was changed in another window' })).toBeTruthy();
    expect(field('field-sponsor-income-0-monthlyNet').value).toBe('about 2000');
  });

  test('children can be added and removed', async () => {
    const api = withBaseCase();
    start(api);
    await openFirstCase();
    fireEvent.click(screen.getByText('Children travelling along', { selector: '.section-title' }));
    fireEvent.click(screen.getByRole('button', { name: 'Add a child' }));
    fireEvent.input(await waitFor(() => field('field-children-0-givenNames')), { target: { value: 'Yasmine' } });
    await waitFor(() => expect((api.cases.get('case-1')?.children as unknown[]).length).toBe(1));
    fireEvent.click(screen.getByRole('button', { name: 'Remove Child 1 (Yasmine)' }));
    await waitFor(() => expect((api.cases.get('case-1')?.children as unknown[]).length).toBe(0));
  });

  test('in a humanitarian file the person in Belgium is the family member, in the section, the labels and the checklist', async () => {
    const example = JSON.parse(readFileSync(join(__dirname, '../../examples/humanitarian.json'), 'utf8')) as Record<string, any>;
    example.sponsor.residenceSince = '2023-02-01';
    start(createFakeApi({ today: TODAY, cases: [example] }));
    fireEvent.click(await screen.findByRole('button', { name: /^Haile – Tesfay/ }));
    await screen.findByRole('heading', { level: 2, name: 'Haile – Tesfay' });
    fireEvent.click(screen.getByText('Family member in Belgium', { selector: '.section-title' }));
    expect(await screen.findByLabelText('The family member got this residence right on')).toBeTruthy();
    // The product's name and the situation 'Partner without marriage' aside, no word of the popup calls the family member a partner.
    const partner = /partner(?! Assistant| without marriage)/i;
    expect(document.body.textContent).not.toMatch(partner);
    fireEvent.click(screen.getByRole('tab', { name: /Dates/ }));
    expect((await screen.findAllByText(/Family member in Belgium \(Daniel Tesfay\)/)).length).toBeGreaterThan(0);
    expect(document.body.textContent).not.toMatch(partner);
    fireEvent.click(screen.getByRole('tab', { name: /Payment/ }));
    await screen.findAllByText(/Applicant \(Selam Haile\)/);
    expect(document.body.textContent).not.toMatch(partner);
  });

  test('the humanitarian situation is asked only for humanitarian cases', async () => {
    start(withBaseCase());
    await openFirstCase();
    expect(screen.queryByLabelText('Humanitarian situation')).toBeNull();
    fireEvent.change(field('field-caseType'), { target: { value: 'humanitarian' } });
    expect(await screen.findByLabelText('Humanitarian situation')).toBeTruthy();
  });
});

describe('amounts you have verified', () => {
  test('are recorded with their source, checked field by field, used by the checks, and removed again', async () => {
    const api = createFakeApi({ today: '2026-03-02', cases: [{ ...baseMarriageCase(), applicationDate: '2026-03-02' }] });
    start(api);
    await screen.findByRole('heading', { name: 'Amounts you have verified' });
    expect(await screen.findByText('No amount recorded.')).toBeTruthy();
    fireEvent.input(field('amount-value'), { target: { value: '243' } });
    fireEvent.input(field('amount-source'), { target: { value: 'DVZ page seen 2026-12-06' } });
    fireEvent.submit(field('amount-value').closest('form')!);
    expect(await screen.findByText('is required')).toBeTruthy();
    expect(document.activeElement).toBe(field('amount-since'));
    fireEvent.input(field('amount-since'), { target: { value: '2026-01-01' } });
    // The list's counts are computed with the amounts: it is read again once one is recorded or removed.
    const listings = () => api.sent.filter((m) => m.type === 'ui-bg/list-cases').length;
    const listedBefore = listings();
    fireEvent.submit(field('amount-value').closest('form')!);
    await waitFor(() => expect(api.userValues).toHaveLength(1));
    await waitFor(() => expect(listings()).toBe(listedBefore + 1));
    expect(api.userValues[0]).toMatchObject({ parameter: 'fee.article9', value: 243, since: '2026-01-01', source: 'DVZ page seen 2026-12-06' });
    expect(await screen.findByText(/€243\.00 · from 1 Jan 2026/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /^Remove Administrative fee/ }));
    await waitFor(() => expect(api.userValues).toHaveLength(0));
    expect(await screen.findByText('No amount recorded.')).toBeTruthy();
    await waitFor(() => expect(listings()).toBe(listedBefore + 2));
  });
});

describe('the timeline', () => {
  test('ticks the steps the case records as done and marks a date gone by', async () => {
    const c = { ...baseMarriageCase(), arrivalDate: '2025-07-14', registrationDate: '2025-07-20', aCardIssuedDate: '2025-08-01' };
    start(createFakeApi({ today: '2026-02-10', cases: [c] }));
    await openFirstCase();
    fireEvent.click(screen.getByRole('tab', { name: /Dates/ }));
    const items = await screen.findAllByRole('listitem');
    const item = (text: RegExp) => items.find((li) => li.classList.contains('timeline-item') && text.test(li.textContent ?? ''))!;
    const registered = item(/Registered at the municipality on 20 Jul 2025/);
    expect(registered.classList.contains('timeline-done')).toBe(true);
    expect(within(registered).getByText(/Done on 20 Jul 2025/)).toBeTruthy();
    const card = item(/A card issued on 1 Aug 2025 is valid 6 months/);
    expect(card.classList.contains('timeline-overdue')).toBe(true);
    expect(within(card).getByText(/Date passed/)).toBeTruthy();
  });

  test('a step still ahead is to do', async () => {
    start(withBaseCase());
    await openFirstCase();
    fireEvent.click(screen.getByRole('tab', { name: /Dates/ }));
    const note = await screen.findByText(/DVZ decides on average/);
    const li = note.closest('li')!;
    expect(li.classList.contains('timeline-due')).toBe(true);
    expect(within(li).getByText(/To do/)).toBeTruthy();
  });
});

describe('what the application forms ask besides', () => {
  test('the applicant’s home address, work and travel document sit with the applicant, the host’s address with the partner; each is saved as typed', async () => {
    const api = withBaseCase();
    start(api);
    await openFirstCase();
    const home = screen.getByRole('group', { name: 'Home address' });
    fireEvent.input(within(home).getByLabelText('Street'), { target: { value: 'Rue Ibn Batouta' } });
    fireEvent.input(within(home).getByLabelText('House number'), { target: { value: '12' } });
    fireEvent.input(screen.getByLabelText('Surname at birth'), { target: { value: 'Bennani' } });
    fireEvent.change(screen.getByLabelText('Type of travel document'), { target: { value: 'ordinary' } });
    fireEvent.input(screen.getByLabelText('Current occupation'), { target: { value: 'Nurse' } });
    await waitFor(() => expect(api.cases.get('case-1')?.applicant).toMatchObject({ surnameAtBirth: 'Bennani', occupation: 'Nurse', address: { street: 'Rue Ibn Batouta', houseNumber: '12' }, passport: { type: 'ordinary', number: 'AB1234567' } }));
    fireEvent.click(screen.getByText('Partner in Belgium', { selector: '.section-title' }));
    const belgium = screen.getByRole('group', { name: 'Address in Belgium' });
    // The partner's postal code stays the one field it was; a Belgian address asks no country.
    expect(within(belgium).queryByLabelText('Postal code')).toBeNull();
    expect(within(belgium).queryByLabelText('Country')).toBeNull();
    fireEvent.input(within(belgium).getByLabelText('City or municipality'), { target: { value: 'Antwerpen' } });
    await waitFor(() => expect(api.cases.get('case-1')?.sponsor).toMatchObject({ postalCode: '2000', address: { city: 'Antwerpen' } }));
  });

  test('a residence permit is asked only when the applicant applies where they live legally, not in their own country', async () => {
    start(withBaseCase());
    await openFirstCase();
    expect(screen.queryByRole('group', { name: 'Residence permit in the country where you live' })).toBeNull();
    fireEvent.change(field('field-applyingAt'), { target: { value: 'other-post-legal-residence' } });
    const permit = await screen.findByRole('group', { name: 'Residence permit in the country where you live' });
    expect(within(permit).getByLabelText('Permit number')).toBeTruthy();
  });

  test('other nationalities are added from a list and taken away with "not given"; the employment status and the home region are saved', async () => {
    const api = withBaseCase();
    start(api);
    await openFirstCase();
    const others = screen.getByRole('group', { name: 'Other nationalities' });
    // A country list draws its options once someone reaches for it.
    const choose = (label: string, code: string) => {
      const select = within(others).getByLabelText(label);
      fireEvent.focus(select);
      fireEvent.change(select, { target: { value: code } });
    };
    choose('Add another nationality', 'TN');
    await waitFor(() => expect(api.cases.get('case-1')?.applicant).toMatchObject({ otherNationalities: ['TN'] }));
    // The chosen country now has its own list, and a new one asks for the next.
    expect((within(others).getByLabelText('Other nationality 1') as HTMLSelectElement).value).toBe('TN');
    choose('Add another nationality', 'FR');
    await waitFor(() => expect(api.cases.get('case-1')?.applicant).toMatchObject({ otherNationalities: ['TN', 'FR'] }));
    choose('Other nationality 1', '');
    await waitFor(() => expect((api.cases.get('case-1')?.applicant as { otherNationalities?: string[] }).otherNationalities).toEqual(['FR']));
    choose('Other nationality 1', '');
    await waitFor(() => expect(api.cases.get('case-1')?.applicant).not.toHaveProperty('otherNationalities'));
    fireEvent.change(screen.getByLabelText('Employment status'), { target: { value: 'self-employed' } });
    fireEvent.input(within(screen.getByRole('group', { name: 'Home address' })).getByLabelText('Region, province or state'), { target: { value: 'Casablanca-Settat' } });
    await waitFor(() => expect(api.cases.get('case-1')?.applicant).toMatchObject({ occupationStatus: 'self-employed', address: { region: 'Casablanca-Settat' } }));
  });

  test('a child’s holders of parental authority: at most two, added and removed with the keyboard', async () => {
    const api = createFakeApi({ today: TODAY, cases: [{ ...baseMarriageCase(), children: [{ givenNames: 'Yasmine' }] }] });
    start(api);
    await openFirstCase();
    fireEvent.click(screen.getByText('Children travelling along', { selector: '.section-title' }));
    const add = await screen.findByRole('button', { name: 'Add a holder of parental authority' });
    fireEvent.click(add);
    const surname = await waitFor(() => field('field-children-0-parentalAuthority-0-surname'));
    await waitFor(() => expect(document.activeElement).toBe(surname));
    fireEvent.input(surname, { target: { value: 'El Amrani' } });
    await waitFor(() => expect((api.cases.get('case-1')?.children as { parentalAuthority: unknown[] }[])[0]?.parentalAuthority).toEqual([{ surname: 'El Amrani' }]));
    fireEvent.click(screen.getByRole('button', { name: 'Add a holder of parental authority' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Add a holder of parental authority' })).toBeNull());
    fireEvent.click(screen.getByRole('button', { name: 'Remove holder 2' }));
    await waitFor(() => expect((api.cases.get('case-1')?.children as { parentalAuthority: unknown[] }[])[0]?.parentalAuthority).toHaveLength(1));
  });
});

describe('the partner’s residence date', () => {
  test('is asked only for a non-EU partner in a file applied for during the income transition', async () => {
    start(createFakeApi({ today: TODAY, cases: [{ ...baseMarriageCase(), applicationDate: '2025-09-01' }] }));
    await openFirstCase();
    fireEvent.click(screen.getByText('Partner in Belgium', { selector: '.section-title' }));
    const label = 'The partner got this residence right on';
    expect(screen.queryByLabelText(label)).toBeNull();
    fireEvent.change(field('field-sponsor-status'), { target: { value: 'non-eu' } });
    expect(await screen.findByLabelText(label)).toBeTruthy();
    expect(screen.getByText(/It decides which income amount applies/)).toBeTruthy();
    fireEvent.change(field('field-applicationDate'), { target: { value: '2025-08-17' } });
    fireEvent.input(field('field-applicationDate'), { target: { value: '2025-08-17' } });
    await waitFor(() => expect(screen.queryByLabelText(label)).toBeNull());
  });
});

describe('a closed section', () => {
  test('draws its fields when opened, and keeps what was typed and its error badge when closed again', async () => {
    const api = withBaseCase();
    start(api);
    await openFirstCase();
    expect(document.getElementById('field-sponsor-postalCode')).toBeNull();
    const heading = screen.getByText('Partner in Belgium', { selector: '.section-title' });
    fireEvent.click(heading);
    const postalCode = field('field-sponsor-postalCode');
    expect(postalCode.value).toBe('2000');
    postalCode.focus();
    fireEvent.input(postalCode, { target: { value: '20' } });
    await screen.findByText('A Belgian postal code has four digits.', {}, { timeout: 3000 });
    fireEvent.click(heading);
    expect((heading.closest('details') as HTMLDetailsElement).open).toBe(false);
    expect(within(heading.closest('summary') as HTMLElement).getByText('1 to correct')).toBeTruthy();
    // The same element, still holding the text and the focus, not a new one drawn from the stored case.
    expect(field('field-sponsor-postalCode')).toBe(postalCode);
    expect(postalCode.value).toBe('20');
    expect(document.activeElement).toBe(postalCode);
    fireEvent.click(heading);
    expect(field('field-sponsor-postalCode').value).toBe('20');
  });

  test('opened some other way than by its heading (toggle event) draws its fields too', async () => {
    start(withBaseCase());
    await openFirstCase();
    const details = screen.getByText('Payment made', { selector: '.section-title' }).closest('details') as HTMLDetailsElement;
    expect(within(details).queryByLabelText(/Amount paid/)).toBeNull();
    details.open = true;
    expect(await within(details).findByLabelText(/Amount paid/)).toBeTruthy();
  });
});

describe('a country select', () => {
  const options = (select: HTMLElement) => within(select).getAllByRole('option', { hidden: true }) as HTMLOptionElement[];

  test('shows the stored country by name before its list is drawn, and a keyboard user can pick another', async () => {
    const api = withBaseCase();
    start(api);
    await openFirstCase();
    const nationality = screen.getByLabelText('Nationality', { selector: '#field-applicant-nationality' }) as HTMLSelectElement;
    expect(nationality.selectedOptions[0]?.textContent).toBe('Morocco');
    expect(options(nationality).map((o) => o.value)).toEqual(['', 'MA']);
    // Tab reaches the select: the whole list is there before a key can pick from it.
    fireEvent.focus(nationality);
    expect(options(nationality).length).toBeGreaterThan(240);
    expect(nationality.value).toBe('MA');
    expect(nationality.selectedOptions[0]?.textContent).toBe('Morocco');
    fireEvent.change(nationality, { target: { value: 'BE' } });
    await waitFor(() => expect((api.cases.get('case-1')?.applicant as { nationality: string }).nationality).toBe('BE'));
    expect(nationality.selectedOptions[0]?.textContent).toBe('Belgium');
  });

  test('a press draws the list too, and stateless and an unknown code are shown as they are', async () => {
    const odd = { ...baseMarriageCase(), applicant: { ...baseMarriageCase().applicant, nationality: 'XX', passport: { ...baseMarriageCase().applicant.passport, issuingCountry: 'ZZ' } } };
    start(createFakeApi({ today: TODAY, cases: [odd] }));
    await openFirstCase();
    const nationality = field('field-applicant-nationality') as unknown as HTMLSelectElement;
    const issuer = field('field-applicant-passport-issuingCountry') as unknown as HTMLSelectElement;
    expect(nationality.selectedOptions[0]?.textContent).toBe('Stateless (XX)');
    expect(issuer.selectedOptions[0]?.textContent).toBe('ZZ');
    fireEvent.pointerDown(issuer);
    expect(options(issuer).length).toBeGreaterThan(240);
    expect(issuer.value).toBe('ZZ');
    expect(options(nationality)).toHaveLength(2);
  });
});

test('the case tabs follow the arrow keys, Home and End', async () => {
  start(withBaseCase());
  await openFirstCase();
  // Opening a case moves focus to its heading, so keyboard users start at the top of it.
  await waitFor(() => expect(document.activeElement?.id).toBe('case-heading'));
  const details = screen.getByRole('tab', { name: 'Details' });
  details.focus();
  fireEvent.keyDown(details, { key: 'ArrowRight' });
  const findings = screen.getByRole('tab', { name: /Findings/ });
  expect(findings.getAttribute('aria-selected')).toBe('true');
  expect(document.activeElement).toBe(findings);
  expect(await screen.findByText(/Checked for 10 Mar 2025/)).toBeTruthy();
  fireEvent.keyDown(findings, { key: 'End' });
  expect(screen.getByRole('tab', { name: 'Dates & documents' }).getAttribute('aria-selected')).toBe('true');
  expect(screen.getByRole('heading', { name: 'Documents to bring' })).toBeTruthy();
  fireEvent.keyDown(document.activeElement as HTMLElement, { key: 'ArrowRight' });
  expect(screen.getByRole('tab', { name: 'Details' }).getAttribute('aria-selected')).toBe('true');
});

test('in a full tab the findings sit beside the form', async () => {
  setViewport(1280, 800);
  start(withBaseCase());
  await openFirstCase();
  expect(screen.queryByRole('tab', { name: /Findings/ })).toBeNull();
  const aside = await screen.findByRole('complementary', { name: 'Findings' });
  expect(await within(aside).findByText(/Checked for 10 Mar 2025/)).toBeTruthy();
  expect(screen.getByLabelText('Label', { selector: '#field-label' })).toBeTruthy();
});

describe('payment', () => {
  test('Copy writes the exact communication and confirms', async () => {
    const api = withBaseCase();
    start(api);
    await openFirstCase();
    fireEvent.click(screen.getByRole('tab', { name: 'Payment' }));
    const box = await screen.findByText('Communication (exactly this)');
    const copy = within(box.closest('.copy-box') as HTMLElement).getByRole('button', { name: 'Copy' });
    fireEvent.click(copy);
    await screen.findByText(/Copied/);
    expect(api.copied).toEqual(['ElAmraniFatimaZahraMarokko15031990']);
    expect(screen.getByText('EL AMRANI Fatima Zahra Marokko 15031990')).toBeTruthy();
    expect(screen.getByText('BE57 6792 0060 9235')).toBeTruthy();
    expect(screen.getByRole('img', { name: /Payment QR code for Applicant \(Fatima Zahra El Amrani\), €236\.00/ })).toBeTruthy();
  });

  test('an exempt applicant gets the reason and no QR code', async () => {
    const young = { ...baseMarriageCase(), applicant: { ...baseMarriageCase().applicant, birthDate: '2010-01-01' } };
    start(createFakeApi({ today: TODAY, cases: [young] }));
    await openFirstCase();
    fireEvent.click(screen.getByRole('tab', { name: 'Payment' }));
    expect(await screen.findByText('Exempt from the fee')).toBeTruthy();
    expect(screen.getByText(/under 18 on the application date/, { selector: '.exempt' })).toBeTruthy();
    expect(screen.queryByRole('img')).toBeNull();
  });
});

describe('export', () => {
  test('downloads the case as visa-case/1 JSON through a Blob URL', async () => {
    const api = withBaseCase();
    const clicked: { download: string; href: string }[] = [];
    const blobs: Blob[] = [];
    const originalClick = HTMLAnchorElement.prototype.click;
    const originalCreate = URL.createObjectURL;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push({ download: this.download, href: this.href });
    };
    URL.createObjectURL = (blob: Blob) => {
      blobs.push(blob);
      return 'blob:popup-test';
    };
    try {
      start(api);
      await openFirstCase();
      fireEvent.click(screen.getByRole('button', { name: 'Export this case (.json)' }));
      await waitFor(() => expect(clicked).toHaveLength(1));
      expect(clicked[0]).toEqual({ download: 'case.json', href: 'blob:popup-test' });
      expect(JSON.parse(await (blobs[0] as Blob).text())).toEqual({ ...baseMarriageCase(), id: 'case-1' });
    } finally {
      HTMLAnchorElement.prototype.click = originalClick;
      URL.createObjectURL = originalCreate;
    }
  });
});

describe('import', () => {
  test('a broken file lists each field and what is wrong, and stored cases stay', async () => {
    const api = withBaseCase();
    start(api);
    const input = (await screen.findByLabelText('Import a case file (.json)')) as HTMLInputElement;
    const broken = JSON.stringify({ format: 'visa-case/1', caseType: 'marriage', applicant: { birthDate: '1990-02-30', nationality: 'Morocco' } });
    Object.defineProperty(input, 'files', { value: [new File([broken], 'broken.json', { type: 'application/json' })], configurable: true });
    fireEvent.change(input);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('broken.json could not be imported:')).toBeTruthy();
    expect(within(alert).getByText('applicant.birthDate: 1990-02-30 is not a date (YYYY-MM-DD)')).toBeTruthy();
    expect(within(alert).getByText('applicant.nationality: Morocco is not a two-letter country code (ISO 3166-1, XX for stateless)')).toBeTruthy();
    expect(api.cases.size).toBe(1);
  });

  test('says what is wrong with a file in Dutch and French too, values as the file holds them', async () => {
    const broken = JSON.stringify({ format: 'visa-case/1', caseType: 'marriage', applicant: { birthDate: '1990-02-30', nationality: 'Morocco' } });
    const expected = {
      'nl-BE': ['Een dossierbestand importeren (.json)', 'applicant.birthDate: 1990-02-30 is geen datum (JJJJ-MM-DD)', 'applicant.nationality: Morocco is geen landcode van twee letters (ISO 3166-1, XX voor staatloos)'],
      'fr-BE': ['Importer un fichier de dossier (.json)', 'applicant.birthDate\u202f: 1990-02-30 n’est pas une date (AAAA-MM-JJ)', 'applicant.nationality\u202f: Morocco n’est pas un code de pays à deux lettres (ISO 3166-1, XX pour apatride)'],
    };
    for (const [uiLanguage, [label, ...lines]] of Object.entries(expected)) {
      const api = withBaseCase();
      start(api, uiLanguage);
      const input = (await screen.findByLabelText(label!)) as HTMLInputElement;
      Object.defineProperty(input, 'files', { value: [new File([broken], 'broken.json', { type: 'application/json' })], configurable: true });
      fireEvent.change(input);
      const alert = await screen.findByRole('alert');
      // Read as written: French sets a narrow no-break space before the colon.
      expect([...alert.querySelectorAll('li')].map((li) => li.textContent)).toEqual(lines);
      expect(api.cases.size).toBe(1);
      cleanup();
    }
  });

  test('a file that is not UTF-8 is refused with the offset of its first bad byte, before anything is sent', async () => {
    const api = withBaseCase();
    start(api);
    const input = (await screen.findByLabelText('Import a case file (.json)')) as HTMLInputElement;
    const latin1 = new Uint8Array([...new TextEncoder().encode('{"label":"Ren'), 0xe9, 0x22, 0x7d]);
    Object.defineProperty(input, 'files', { value: [new File([latin1], 'latin1.json')], configurable: true });
    fireEvent.change(input);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('byte 0xE9 at offset 13');
    expect(api.sent.some((m) => m.type === 'ui-bg/import')).toBe(false);
    expect(api.cases.size).toBe(1);
  });

  test('a file saved with a byte order mark is imported', async () => {
    const api = withBaseCase();
    start(api);
    const input = (await screen.findByLabelText('Import a case file (.json)')) as HTMLInputElement;
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(JSON.stringify(baseMarriageCase()))]);
    Object.defineProperty(input, 'files', { value: [new File([withBom], 'bom.json')], configurable: true });
    fireEvent.change(input);
    expect(await screen.findByText('1 case imported.')).toBeTruthy();
    expect(api.cases.size).toBe(2);
  });

  test('a good file adds its cases', async () => {
    const api = withBaseCase();
    start(api);
    const input = (await screen.findByLabelText('Import a case file (.json)')) as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File([JSON.stringify([baseMarriageCase(), baseMarriageCase()])], 'two.json')], configurable: true });
    fireEvent.change(input);
    expect(await screen.findByText('2 cases imported.')).toBeTruthy();
    expect(api.cases.size).toBe(3);
  });
});

describe('language', () => {
  test('switching to French shows French strings and country names, asks the rule core in French, and is remembered', async () => {
    const api = withBaseCase();
    start(api);
    fireEvent.change(await screen.findByLabelText('Language'), { target: { value: 'fr' } });
    expect(await screen.findByRole('button', { name: 'Nouveau dossier' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Dossiers (1)' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('fr');
    expect(api.settings.lang).toBe('fr');
    await openFirstCase();
    fireEvent.click(screen.getByRole('tab', { name: 'Données' }));
    const nationality = screen.getByLabelText('Nationalité', { selector: '#field-applicant-nationality' });
    expect((within(nationality).getByRole('option', { name: 'Maroc', selected: true }) as HTMLOptionElement).value).toBe('MA');
    expect(await screen.findByText('0 erreur')).toBeTruthy();
    const sent = api.sent.filter((m) => m.type === 'ui-bg/check-case');
    expect(sent[sent.length - 1]).toMatchObject({ lang: 'fr' });
  });

  test('starts in the browser language when nothing was chosen', async () => {
    start(createFakeApi({ today: TODAY }), 'nl-BE');
    expect(await screen.findByRole('button', { name: 'Dossier starten' })).toBeTruthy();
  });

  test('a saved choice wins over the browser language', async () => {
    const api = createFakeApi({ today: TODAY });
    api.settings.lang = 'fr';
    start(api, 'nl-BE');
    expect(await screen.findByRole('button', { name: 'Commencer le dossier' })).toBeTruthy();
  });

  test('the caseworker view is remembered: a saved choice shows rule IDs from the start', async () => {
    const api = withBaseCase();
    api.settings.caseworker = true;
    start(api);
    expect(((await screen.findByRole('switch', { name: 'Caseworker details' })) as HTMLInputElement).checked).toBe(true);
    await openFirstCase();
    fireEvent.click(screen.getByRole('tab', { name: /Dates/ }));
    expect(await screen.findByText('TIME.DECISION_EXPECTED')).toBeTruthy();
    fireEvent.click(screen.getByRole('switch', { name: 'Caseworker details' }));
    await waitFor(() => expect(screen.queryByText('TIME.DECISION_EXPECTED')).toBeNull());
    expect(api.settings.caseworker).toBe(false);
  });
});

describe('first screen from storage', () => {
  /** Holds back the background's answers of one type until released, and notes what was sent. */
  function holdBack(api: FakeApi, type: UiToBg['type']) {
    let release!: () => void;
    const gate = new Promise<void>((done) => (release = done));
    const send = api.send.bind(api);
    const sent: string[] = [];
    api.send = (async (msg: UiToBg) => {
      sent.push(msg.type);
      if (msg.type === type) await gate;
      return send(msg as never);
    }) as FakeApi['send'];
    return { release, sent };
  }

  const listed = { id: 'case-1', label: 'El Amrani – Peeters', caseType: 'marriage', applicantName: 'Fatima Zahra El Amrani', updatedAt: '2025-03-01T09:00:00Z', warnings: null, nextDeadline: null };

  test('opens the case left open with the counts stored with it, and the report replaces them when it comes', async () => {
    const api = withBaseCase();
    const held = holdBack(api, 'ui-bg/check-case');
    api.firstScreen = async (onActive) => {
      onActive?.('case-1', 'fr');
      return {
        lang: 'fr',
        caseworker: false,
        activeId: 'case-1',
        cases: [{ ...listed, errors: 3 }],
        active: { id: 'case-1', rev: 1, value: structuredClone(api.cases.get('case-1')!), counts: { error: 3, warning: 1, info: 0 } },
      };
    };
    start(api, 'nl-BE');
    expect(await screen.findByRole('heading', { level: 2, name: 'El Amrani – Peeters' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('fr');
    expect(screen.getByText('3 erreurs')).toBeTruthy();
    expect((screen.getByLabelText('Nom', { selector: '#field-applicant-surname' }) as HTMLInputElement).value).toBe('El Amrani');
    // Nothing read through the background: only the check, asked for as soon as storage named the case.
    expect(held.sent).toEqual(['ui-bg/check-case']);
    held.release();
    expect(await screen.findByText('0 erreur')).toBeTruthy();
    expect(held.sent.filter((t) => t === 'ui-bg/check-case')).toHaveLength(1);
  });

  test('lists counts that are not today’s as being checked until the background has them', async () => {
    const api = withBaseCase();
    const held = holdBack(api, 'ui-bg/list-cases');
    api.firstScreen = async () => ({ lang: null, caseworker: false, activeId: null, cases: [{ ...listed, errors: null }], active: null });
    start(api);
    const row = (await screen.findByRole('button', { name: /^El Amrani – Peeters/ })).closest('li') as HTMLElement;
    expect(within(row).getByText('Checking…')).toBeTruthy();
    held.release();
    expect(await within(row).findByText('0 errors')).toBeTruthy();
  });

  test('asks the background when storage cannot tell', async () => {
    const api = withBaseCase();
    api.firstScreen = async () => null;
    start(api);
    expect(await screen.findByRole('button', { name: /^El Amrani – Peeters/ })).toBeTruthy();
    expect(api.sent.map((m) => m.type)).toContain('ui-bg/list-cases');
  });
});
