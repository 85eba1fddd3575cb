// @vitest-environment happy-dom
// The popup's line about the vendor page under it, and its fill button.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import fr from '../../public/_locales/fr/messages.json';
import type { FormPerson } from '../case/form-person';
import type { BgToCs, FillResult, PageFinding, PageStatus } from '../messages';
import type { Lang } from '../rules/types';
import { ApiContext, type Api } from './context';
import { fillLine, PageBar, statusLine, type FormPersonChoice } from './page-bar';
import { createI18n, I18nContext, type Catalog } from './translate';

afterEach(() => cleanup());

const t = (lang: Lang, catalog: Catalog) => createI18n(lang, catalog).t;
const FAMILY: FormPersonChoice[] = [
  { person: 'applicant', label: 'Applicant (Fatima Zahra El Amrani)' },
  { person: 'children[0]', label: 'Child 1 (Yasmine El Amrani)' },
];
const status = (change: Partial<PageStatus> = {}): PageStatus => ({ site: 'vfsglobal', origin: 'https://visa.vfsglobal.com', pageType: 'applicant-details', fields: 9, disagree: 2, marks: [], caseLabel: 'El Amrani – Peeters', ...change });

function renderBar(answers: { status: PageStatus | null; fill?: { ok: true; result: FillResult } | { ok: false; error: string }; details?: PageFinding[]; lastFilledAs?: FormPerson }, people?: FormPersonChoice[]) {
  const sent: BgToCs[] = [];
  const api: Api = {
    send: async () => {
      throw new Error('not used');
    },
    copyText: async () => undefined,
    sendToPage: (async (msg: BgToCs) => {
      sent.push(msg);
      if (msg.type === 'bg-cs/page-status') return answers.status;
      if (msg.type === 'bg-cs/fill') return answers.fill ?? null;
      return null;
    }) as Api['sendToPage'],
    pageFindings: async () => answers.details ?? [],
    formPerson: async () => answers.lastFilledAs ?? 'applicant',
    grantFill: async (caseId, origin, person) => `grant-for-${caseId}-at-${origin}${person === 'applicant' ? '' : `-as-${person}`}`,
  };
  render(
    <ApiContext.Provider value={api}>
      <I18nContext.Provider value={createI18n('en', en as Catalog)}>
        <PageBar caseId="case-1" caseLabel="El Amrani – Peeters" people={people} />
      </I18nContext.Provider>
    </ApiContext.Provider>,
  );
  return sent;
}

describe('page status line', () => {
  test('names the site, the step, the fields and how many disagree', () => {
    expect(statusLine(status(), t('en', en as Catalog), 'en')).toBe('VFS Global — applicant details: 9 fields recognised, 2 disagree with the case');
    expect(statusLine(status({ disagree: 1, fields: 1 }), t('en', en as Catalog), 'en')).toBe('VFS Global — applicant details: 1 field recognised, 1 disagrees with the case');
    expect(statusLine(status({ site: 'tlscontact', disagree: 0 }), t('fr', fr as Catalog), 'fr')).toBe('TLScontact — données du demandeur\u202f: 9 champs reconnus, aucun ne contredit le dossier');
    expect(statusLine(status({ site: 'visaonweb', pageType: 'payment', fields: 0 }), t('en', en as Catalog), 'en')).toBe('VisaOnWeb — payment: no fields to fill');
  });

  test('says what was filled and what is left, by field name', () => {
    const result: FillResult = { filled: 7, skipped: [{ selector: '#mat-select-0', kind: 'sex', reason: 'fill-by-hand' }, { selector: '#x', kind: 'phoneCountryCode', reason: 'no-value' }] };
    expect(fillLine(result, t('en', en as Catalog))).toBe('7 fields filled, 2 left for you: Sex, Dialling code');
    expect(fillLine({ filled: 9, skipped: [] }, t('en', en as Catalog))).toBe('9 fields filled. Check them before you continue.');
    // In a humanitarian file the host on the form is the family member in Belgium.
    const host: FillResult = { filled: 5, skipped: [{ selector: '#host-surname', kind: 'hostSurname', reason: 'no-value' }, { selector: '#host-phone', kind: 'hostPhone', reason: 'no-value' }] };
    expect(fillLine(host, t('en', en as Catalog))).toBe('5 fields filled, 2 left for you: Partner in Belgium');
    expect(fillLine(host, t('en', en as Catalog), true)).toBe('5 fields filled, 2 left for you: Family member in Belgium');
    expect(fillLine(host, t('fr', fr as Catalog), true)).toContain('Membre de la famille en Belgique');
  });

  test('shows nothing when no content script answers (not a vendor page)', async () => {
    const sent = renderBar({ status: null });
    await new Promise((r) => setTimeout(r, 20));
    expect(sent.map((m) => m.type)).toEqual(['bg-cs/page-status']);
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
  });

  test('fills the page from the open case on request and shows the result', async () => {
    const sent = renderBar({ status: status(), fill: { ok: true, result: { filled: 8, skipped: [{ selector: '#s', kind: 'nationality', reason: 'no-option' }] } } });
    expect(await screen.findByText('VFS Global — applicant details: 9 fields recognised, 2 disagree with the case')).toBeTruthy();
    expect(sent.some((m) => m.type === 'bg-cs/fill')).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Fill this page from El Amrani – Peeters' }));
    expect(await screen.findByText('8 fields filled, 1 left for you: Nationality')).toBeTruthy();
    expect(sent).toContainEqual({ type: 'bg-cs/fill', caseId: 'case-1', grant: 'grant-for-case-1-at-https://visa.vfsglobal.com' });
  });

  test('asks whose form the page is when children travel along, and fills it as the one chosen', async () => {
    const sent = renderBar({ status: status(), fill: { ok: true, result: { filled: 6, skipped: [] } } }, FAMILY);
    const list = (await screen.findByLabelText('Whose application form is this page?')) as HTMLSelectElement;
    expect([...list.options].map((o) => o.text)).toEqual(['Applicant (Fatima Zahra El Amrani)', 'Child 1 (Yasmine El Amrani)']);
    expect(list.value).toBe('applicant');
    fireEvent.change(list, { target: { value: 'children[0]' } });
    fireEvent.click(screen.getByRole('button', { name: 'Fill this page from El Amrani – Peeters' }));
    expect(await screen.findByText('6 fields filled. Check them before you continue.')).toBeTruthy();
    expect(sent).toContainEqual({ type: 'bg-cs/fill', caseId: 'case-1', grant: 'grant-for-case-1-at-https://visa.vfsglobal.com-as-children[0]' });
  });

  test('keeps the child chosen whose form the page was last filled as', async () => {
    const sent = renderBar({ status: status(), fill: { ok: true, result: { filled: 6, skipped: [] } }, lastFilledAs: 'children[0]' }, FAMILY);
    const list = (await screen.findByLabelText('Whose application form is this page?')) as HTMLSelectElement;
    await waitFor(() => expect(list.value).toBe('children[0]'));
    fireEvent.click(screen.getByRole('button', { name: 'Fill this page from El Amrani – Peeters' }));
    expect(await screen.findByText('6 fields filled. Check them before you continue.')).toBeTruthy();
    expect(sent).toContainEqual({ type: 'bg-cs/fill', caseId: 'case-1', grant: 'grant-for-case-1-at-https://visa.vfsglobal.com-as-children[0]' });
  });

  test('asks nothing when the applicant is the only one with a form', async () => {
    renderBar({ status: status() }, [{ person: 'applicant', label: 'Applicant' }]);
    await screen.findByRole('button', { name: 'Fill this page from El Amrani – Peeters' });
    expect(screen.queryByRole('combobox')).toBeNull();
  });

  test('lists what the page’s fields disagree with, values included, which the page itself is never told', async () => {
    const message = 'Date of birth on the page: 16/03/1990 (16 Mar 1990); passport: 15 Mar 1990';
    renderBar({ status: status({ disagree: 1 }), details: [{ rule: 'FORM.DOB_MISMATCH', severity: 'error', selector: '#dateOfBirth', message }] });
    expect(await screen.findByText(message)).toBeTruthy();
  });

  test('asks for no detail when every field agrees', async () => {
    renderBar({ status: status({ disagree: 0 }), details: [{ rule: 'FORM.DOB_MISMATCH', severity: 'error', selector: '#dateOfBirth', message: 'stale' }] });
    await screen.findByText('VFS Global — applicant details: 9 fields recognised, none disagree with the case');
    expect(screen.queryByText('stale')).toBeNull();
  });
});
