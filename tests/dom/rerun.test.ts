// @vitest-environment happy-dom
// Recognising a page again: which DOM changes leave every field's kind as it
// was (isNeutralChange), the cheaper run that then only re-checks verdicts and
// values, selectors being written when read (revalidationSteps), and the
// measured boxes that spare the per-ancestor style reads (isFillable with a Drawn).
import { describe, expect, it } from 'vitest';
import { answerInPlace, isNeutralChange, READ_ATTRIBUTES, recognitionSteps, revalidationSteps, type Recognition } from '../../src/recognition/fields';
import { isFillable, type Drawn } from '../../src/recognition/fillable';
import { resolveSelector } from '../../src/recognition/selector';
import { loadHtml, readFixture } from './load-fixture';
import { useVocabulary } from '../../src/recognition/patterns';
import { VOCABULARY } from '../../src/recognition/vocabulary';

// The words the background hands the content script when it starts.
useVocabulary(VOCABULARY);

const VFS = 'https://visa.vfsglobal.com/tur/en/bel/your-details';

/** The records a change produces, observed as the content script observes the page. */
async function recordsOf(document: Document, change: () => void): Promise<MutationRecord[]> {
  const view = document.defaultView as unknown as typeof globalThis;
  const records: MutationRecord[] = [];
  const observer = new view.MutationObserver((batch) => records.push(...batch));
  observer.observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: [...READ_ATTRIBUTES] });
  change();
  await new Promise((r) => setTimeout(r, 0));
  observer.disconnect();
  return records;
}

function recognise(document: Document): Recognition {
  return answerInPlace(recognitionSteps(document, { site: 'vfsglobal' }));
}

function lines(r: Recognition | null): string[] | null {
  return r ? r.fields.map((f) => `${f.selector}  ${f.kind}  ${f.reason}  ${f.value}`) : null;
}

describe('changes that leave every field as it was', () => {
  const page = () => loadHtml('<html><body><form><div><label for="s">Surname</label><input id="s"></div><div class="row"><span>Given names</span><input></div><b class="spacer"></b></form></body></html>', VFS).document;

  it.each([
    ['an empty element', (d: Document) => d.body.append(d.createElement('i'))],
    ['a ripple with a class and a style', (d: Document) => d.querySelector('.row')!.append(Object.assign(d.createElement('span'), { className: 'mat-ripple-element' }))],
    ['an anchor comment', (d: Document) => d.querySelector('form')!.prepend(d.createComment('container'))],
    ['blank text', (d: Document) => d.querySelector('form')!.append(d.createTextNode('\n  '))],
    ['an empty element removed', (d: Document) => d.querySelector('.spacer')!.remove()],
  ])('%s is neutral', async (_what, change) => {
    const document = page();
    expect(isNeutralChange(await recordsOf(document, () => change(document)))).toBe(true);
  });

  it.each([
    ['a caption', (d: Document) => d.querySelector('.row')!.prepend(d.createTextNode('Last name'))],
    ['an element holding text', (d: Document) => d.body.append(Object.assign(d.createElement('p'), { textContent: 'This field is required' }))],
    ['a field', (d: Document) => d.querySelector('form')!.append(d.createElement('input'))],
    ['a label', (d: Document) => d.body.append(d.createElement('label'))],
    ['an empty element with an id', (d: Document) => d.body.append(Object.assign(d.createElement('i'), { id: 'x' }))],
    ['a removed field', (d: Document) => d.getElementById('s')!.remove()],
    ['a placeholder', (d: Document) => d.querySelector('.row input')!.setAttribute('placeholder', 'Passport number')],
    ['a hidden box', (d: Document) => d.querySelector('.row')!.setAttribute('hidden', '')],
  ])('%s is not', async (_what, change) => {
    const document = page();
    expect(isNeutralChange(await recordsOf(document, () => change(document)))).toBe(false);
  });
});

describe('a run that starts from the last one', () => {
  it('gives what a full run gives, on every vendor fixture that can be reused', () => {
    for (const path of ['vfsglobal/applicant-details.html', 'vfsglobal/login.html', 'tlscontact/applicant-details.html', 'tlscontact/registration.html']) {
      const { document } = loadHtml(readFixture(path), path.startsWith('vfs') ? VFS : 'https://visas-be.tlscontact.com/fr-fr/4123456/workflow/applicants-information');
      const site = path.startsWith('vfs') ? 'vfsglobal' : 'tlscontact';
      const first = answerInPlace(recognitionSteps(document, { site }));
      expect(first.reusable, path).toBe(true);
      expect(lines(answerInPlace(revalidationSteps(document, first))), path).toEqual(lines(first));
    }
  });

  it('reads values again and writes path selectors again', () => {
    const { document } = loadHtml('<html><body><form><div><div>Surname</div><input></div><div><div>Passport number</div><input></div></form></body></html>', VFS);
    const first = recognise(document);
    const path = (n: number) => `html > body:nth-of-type(1) > form:nth-of-type(1) > div:nth-of-type(${n}) > input:nth-of-type(1)`;
    expect(lines(first)).toEqual([`${path(1)}  surname  label  `, `${path(2)}  passportNumber  label  `]);
    document.querySelector('form')!.prepend(document.createElement('div'));
    (document.querySelectorAll('input')[1] as HTMLInputElement).value = 'AB1234567';
    const again = answerInPlace(revalidationSteps(document, first))!;
    expect(lines(again)).toEqual([`${path(2)}  surname  label  `, `${path(3)}  passportNumber  label  AB1234567`]);
    for (const f of again.fields) expect(resolveSelector(document, f.selector)).toBe(f.element);
  });

  it('gives up when a field was hidden or removed since, so that the page is recognised afresh', () => {
    const { document } = loadHtml('<html><body><form><label for="s">Surname</label><input id="s"><label for="p">Passport number</label><input id="p"></form></body></html>', VFS);
    const first = recognise(document);
    document.getElementById('p')!.style.display = 'none';
    expect(answerInPlace(revalidationSteps(document, first))).toBeNull();
    document.getElementById('p')!.style.display = '';
    document.getElementById('s')!.remove();
    expect(answerInPlace(revalidationSteps(document, first))).toBeNull();
  });

  it('is not offered where mutation records cannot show every change: inside frames and shadow roots', () => {
    const framed = loadHtml('<html><body><label for="s">Surname</label><input id="s"><iframe srcdoc="<p>x</p>"></iframe><iframe src="https://www.google.com/recaptcha/api2/anchor"></iframe></body></html>', VFS).document;
    expect(recognise(framed).reusable).toBe(false);
    framed.querySelector('iframe[srcdoc]')!.remove();
    // A cross-origin frame (a captcha) is never entered: it does not stand in the way.
    expect(recognise(framed).reusable).toBe(true);
    const shadowed = loadHtml('<html><body><label for="s">Surname</label><input id="s"><div id="h"></div></body></html>', VFS).document;
    shadowed.getElementById('h')!.attachShadow({ mode: 'open' }).innerHTML = '<input placeholder="Given names">';
    expect(recognise(shadowed).reusable).toBe(false);
  });

  it('is offered inside shadow roots the caller watches, while their hosts stay in the page', () => {
    const document = loadHtml('<html><body><label for="s">Surname</label><input id="s"><div id="h"></div></body></html>', VFS).document;
    document.getElementById('h')!.attachShadow({ mode: 'open' }).innerHTML = '<input placeholder="Given names">';
    const first = recognise(document);
    expect(first.nested).toHaveLength(1);
    expect(answerInPlace(revalidationSteps(document, first))).toBeNull();
    expect(answerInPlace(revalidationSteps(document, first, () => false))).toBeNull();
    const again = answerInPlace(revalidationSteps(document, first, (root) => root === first.nested[0]!.root));
    expect(lines(again)).toEqual(lines(first));
    expect(lines(again)).toContain('#h >>> input[placeholder="Given names"]  givenNames  label  ');
    document.getElementById('h')!.remove();
    expect(answerInPlace(revalidationSteps(document, first, () => true))).toBeNull();
  });

  it('finds a group caption again whatever empty elements were added before the group', () => {
    const vow = loadHtml(readFixture('visaonweb/applicant-details.html'), 'https://visaonweb.diplomatie.be/nl/VisaApplication/Edit/x').document;
    const first = answerInPlace(recognitionSteps(vow, { site: 'visaonweb' }));
    expect(first.fields.filter((f) => f.reason === 'sequence').map((f) => f.kind)).toEqual(['birthDay', 'birthMonth', 'birthYear', 'hostBirthDay', 'hostBirthMonth', 'hostBirthYear']);
    const day = first.fields.find((f) => f.kind === 'birthDay')!.element;
    let box = day.parentElement!;
    while (!box.previousElementSibling) box = box.parentElement!;
    for (let i = 0; i < 3; i += 1) box.before(vow.createElement('span'));
    expect(lines(answerInPlace(recognitionSteps(vow, { site: 'visaonweb' })))).toEqual(lines(first));
    expect(lines(answerInPlace(revalidationSteps(vow, first)))).toEqual(lines(first));
  });
});

describe('measured boxes', () => {
  const box = (over: Partial<Drawn> = {}): Drawn => ({ left: 10, top: 10, right: 190, bottom: 40, pageWidth: 1280, shownWidth: 180, shownHeight: 30, ...over });
  const page = () =>
    loadHtml('<html><body><div id="clip" style="height:0;overflow:hidden"><input id="a"></div><div aria-hidden="true"><input id="b"></div><input id="c"><input id="d" disabled></body></html>', VFS).document;

  it('decide for a field whose box survives every clip, without reading ancestors’ styles', () => {
    const document = page();
    const a = document.getElementById('a')!;
    // Styles alone hide it (its box is collapsed); the browser's measure shows it: the measure wins.
    expect(isFillable(a)).toBe(false);
    expect(isFillable(a, new Map(), box())).toBe(true);
  });

  it('leave clipped boxes to the styles', () => {
    const document = page();
    expect(isFillable(document.getElementById('a')!, new Map(), box({ shownHeight: 0 }))).toBe(false);
    expect(isFillable(document.getElementById('c')!, new Map(), box({ shownWidth: 1 }))).toBe(true);
  });

  it('never show an empty box, a box off the page, a field under aria-hidden, or a disabled one', () => {
    const document = page();
    const c = document.getElementById('c')!;
    expect(isFillable(c, new Map(), box({ right: 10 }))).toBe(false);
    expect(isFillable(c, new Map(), box({ left: -2000, right: -1820 }))).toBe(false);
    expect(isFillable(c, new Map(), box({ left: 1300, right: 1480 }))).toBe(false);
    expect(isFillable(document.getElementById('b')!, new Map(), box())).toBe(false);
    expect(isFillable(document.getElementById('d')!, new Map(), box())).toBe(false);
  });
});
