// @vitest-environment happy-dom
// The page session's parts, each driven alone: observe reports the page's
// mutations (never the extension's own host) and the user's edits; annotate
// keeps the recognised fields, draws the panel once there is a form, and asks
// the background about what the fields hold.
import { describe, expect, it } from 'vitest';
import { createAnnotator } from '../../src/content/annotate';
import { observePage } from '../../src/content/observe';
import { createInPage } from '../../src/content/panel';
import { answerInPlace, recognitionSteps, type Recognition } from '../../src/recognition/fields';
import type { Timings } from '../../src/content/recognise';
import { loadHtml, readFixture } from './load-fixture';
import { useVocabulary } from '../../src/recognition/patterns';
import { VOCABULARY } from '../../src/recognition/vocabulary';

// The words the background hands the content script when it starts.
useVocabulary(VOCABULARY);

const TLS = 'https://visas-be.tlscontact.com/fr-fr/4123456/workflow/applicant-details/bio/9876543';
const settle = (ms = 0) => new Promise((done) => setTimeout(done, ms));

function timings(): Timings {
  return { startedAt: 0, recogniseMs: 0, annotateMs: 0, wallMs: 0, slices: 0, longestSliceMs: 0, drawMs: 0, marks: 0, fields: 0 };
}

describe('observe', () => {
  it('reports the page’s mutations with whether recognition reads them, and never the extension’s own host', async () => {
    const { document } = loadHtml('<main><p id="p">text</p><input id="a"></main>', TLS);
    const own = document.createElement('div');
    document.documentElement.append(own);
    const changes: boolean[] = [];
    const edits: string[] = [];
    const observer = observePage(document, new AbortController().signal, { ownHost: () => own, changed: (neutral) => changes.push(neutral), edited: (e) => edits.push((e.target as Element).id) });
    own.setAttribute('style', 'opacity: 0');
    own.remove();
    await settle();
    expect(changes).toEqual([]);
    document.getElementById('a')!.setAttribute('placeholder', 'Passport number');
    await settle();
    expect(changes).toEqual([false]);
    observer.listenTo(document);
    observer.listenTo(document);
    document.getElementById('a')!.dispatchEvent(new Event('input', { bubbles: true }));
    expect(edits).toEqual(['a']);
  });

  it('stops at the end of the session', async () => {
    const { document } = loadHtml('<main><input id="a"></main>', TLS);
    const session = new AbortController();
    const changes: boolean[] = [];
    const edits: string[] = [];
    const observer = observePage(document, session.signal, { ownHost: () => null, changed: (n) => changes.push(n), edited: (e) => edits.push(e.type) });
    observer.listenTo(document);
    session.abort();
    document.getElementById('a')!.setAttribute('name', 'surname');
    document.getElementById('a')!.dispatchEvent(new Event('input', { bubbles: true }));
    await settle();
    expect([changes, edits]).toEqual([[], []]);
  });
});

describe('annotate', () => {
  function setUp() {
    const { document } = loadHtml(readFixture('tlscontact/applicant-details.html'), TLS);
    const sent: unknown[] = [];
    const signal = new AbortController().signal;
    const inPage = createInPage(document, signal, { fill() {}, reveal() {}, style: async () => null });
    const annotator = createAnnotator(document, 'tlscontact', signal, {
      send: async (message) => {
        if ((message as { type: string }).type !== 'cs-bg/cross-check') return { ok: true };
        sent.push(message);
        const typed = (message as { fields: { selector: string }[] }).fields;
        return { ok: true, caseLabel: 'El Amrani – Peeters', findings: typed.map((f) => ({ selector: f.selector, rule: 'FORM.BIRTH_DATE', severity: 'error', message: 'birth date differs' })) };
      },
      onGone() {},
      listenTo() {},
      inPage,
      timings: timings(),
    });
    const found = answerInPlace(recognitionSteps(document, { site: 'tlscontact' })) as Recognition;
    return { document, sent, inPage, annotator, found };
  }

  it('draws the panel once a form is recognised and asks about a field the user edited', async () => {
    const { document, sent, inPage, annotator, found } = setUp();
    expect(inPage.host()).toBeNull();
    expect(annotator.recognised(found)).toBe(found.fields.length);
    expect(inPage.host()?.isConnected).toBe(true);
    expect(annotator.pageType()).toBe('applicant-details');
    const birth = document.getElementById('f_pers_birth_date') as HTMLInputElement;
    birth.value = '16/03/1990';
    // An event the page dispatches itself changes nothing.
    annotator.edited({ target: birth, isTrusted: false } as unknown as Event);
    await settle(400);
    expect(sent).toEqual([]);
    annotator.edited({ target: birth, isTrusted: true } as unknown as Event);
    // The page then writes the right date into the field: what the user typed is what is compared.
    birth.value = '15/03/1990';
    await settle(400);
    expect(sent).toEqual([{ type: 'cs-bg/cross-check', site: 'tlscontact', pageType: 'applicant-details', fields: [expect.objectContaining({ kind: 'birthDate', value: '16/03/1990' })] }]);
    expect(inPage.marked()).toEqual([{ selector: '#f_pers_birth_date', rules: ['FORM.BIRTH_DATE'] }]);
  });

  it('asks nothing about a password the user typed', async () => {
    const { sent, annotator } = setUp();
    const { document: login } = loadHtml(readFixture('tlscontact/login.html'), 'https://visas-be.tlscontact.com/fr-fr/login');
    const loginFound = answerInPlace(recognitionSteps(login, { site: 'tlscontact' })) as Recognition;
    annotator.recognised(loginFound);
    const password = loginFound.fields.find((f) => f.kind === 'password')!.element as HTMLInputElement;
    password.value = 'secret';
    annotator.edited({ target: password, isTrusted: true } as unknown as Event);
    await settle(400);
    expect(sent).toEqual([]);
  });
});
