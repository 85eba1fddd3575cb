// Writes the case's values into recognised fields, the way the page's own
// framework registers them (notes/vendor-pages.md §4): the element's native
// value setter, then bubbling `input` and `change`, then `blur`/`focusout`
// (Angular's DefaultValueAccessor listens to `input`, `blur` marks touched;
// React compares the node's value with the one it last saw, which a setter
// called from this isolated world never updates). Nothing is ever submitted.
import type { FillResult, FillSkipReason, ProfileValues } from '../messages';
import { isNeutralChange } from '../recognition/fields';
import { canSee, stepAsks } from '../recognition/sight';
import { recognisePage } from '../recognition/site';
import type { SiteId } from '../recognition/types';
import type { Annotator } from './annotate';
import { OBSERVED } from './observe';
import type { InPage } from './panel';
import { measureSight } from './sight';
import { isFillable } from '../recognition/fillable';
import { formatText, isCountryKind, matchCountryOption, matchOptionByWords, shapeOf, splitPhone, type OptionShape } from '../recognition/format';
import { valuesForPage } from '../recognition/profile-values';
import type { RecognisedField } from '../recognition/types';
import type { OptionWords } from '../recognition/vocabulary';

/**
 * The ISO code each text names as a country, or null, in the same order: the
 * background answers it, as the country-name tables stay out of the content script.
 */
export type CountryCodes = (texts: readonly string[]) => Promise<readonly (string | null)[]>;

/** What the background tells about lists: which country a text names, the words options use for a case value. */
export interface Lists {
  countryCodes: CountryCodes;
  optionWords: OptionWords;
}

/** The option holding `value` (an ISO code for the country kinds), or -1. */
async function optionFor(options: readonly OptionShape[], kind: RecognisedField['kind'], value: string, { countryCodes, optionWords }: Lists): Promise<number> {
  if (!isCountryKind(kind)) return matchOptionByWords(options, kind, value, optionWords);
  const texts = [...new Set(options.flatMap((o) => [o.value, o.text]).filter((t) => t !== ''))];
  const codes = await countryCodes(texts);
  const byText = new Map(texts.map((t, i) => [t, codes[i] ?? null]));
  return matchCountryOption(options, value, (text) => byText.get(text) ?? null);
}

/** How long an Angular Material select may take to open its option panel. */
const OPTIONS_WAIT_MS = 400;

function nativeSetter(el: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement): ((v: string) => void) | undefined {
  let proto: object | null = Object.getPrototypeOf(el);
  while (proto) {
    const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
    if (setter) return setter as (v: string) => void;
    proto = Object.getPrototypeOf(proto);
  }
  return undefined;
}

function announce(el: Element, data: string | null): void {
  const view = el.ownerDocument.defaultView ?? window;
  el.dispatchEvent(new view.InputEvent('input', { bubbles: true, composed: true, inputType: 'insertReplacementText', data }));
  el.dispatchEvent(new view.Event('change', { bubbles: true }));
  el.dispatchEvent(new view.FocusEvent('blur'));
  el.dispatchEvent(new view.FocusEvent('focusout', { bubbles: true, composed: true }));
}

function digits(s: string): string {
  return s.replace(/\D/g, '');
}

function setText(el: HTMLInputElement | HTMLTextAreaElement, text: string): boolean {
  nativeSetter(el)?.call(el, text);
  announce(el, text);
  // A page may re-mask a date (`02061995` → `02/06/1995`, S2) or upper-case a name: the same characters count as taken.
  const now = el.value;
  return now === text || now.toUpperCase() === text.toUpperCase() || (digits(text) !== '' && digits(now) === digits(text));
}

function setOption(el: HTMLSelectElement, index: number): boolean {
  const option = el.options[index];
  if (!option) return false;
  nativeSetter(el)?.call(el, option.value);
  el.selectedIndex = index;
  announce(el, null);
  return el.selectedIndex === index;
}

function labelOf(el: Element): string {
  const own = el.closest('label')?.textContent ?? '';
  const id = el.getAttribute('id');
  const bound = id ? Array.from(el.ownerDocument.querySelectorAll('label[for]')).filter((l) => l.getAttribute('for') === id).map((l) => l.textContent ?? '').join(' ') : '';
  return `${own} ${bound}`.replace(/\s+/g, ' ').trim();
}

/** Bilingual captions ("Femme / Female"): each half is tried as an option text. */
function radioMatches(radio: HTMLInputElement, kind: RecognisedField['kind'], value: string, optionWords: OptionWords): boolean {
  const texts = [radio.value, ...labelOf(radio).split('/')].map((t) => t.trim()).filter(Boolean);
  return matchOptionByWords(texts.map((t) => ({ value: t, text: t })), kind, value, optionWords) >= 0;
}

function wait(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}

/**
 * Angular Material's `mat-select` cannot be set by value: open it, wait for its
 * options in the CDK overlay, click the whole-name match (S2, S3, S9).
 */
async function fillMatSelect(el: Element, kind: RecognisedField['kind'], value: string, lists: Lists): Promise<boolean> {
  const doc = el.ownerDocument;
  const trigger = el.querySelector('.mat-mdc-select-trigger, .mat-select-trigger') ?? el;
  (trigger as HTMLElement).click();
  let options: Element[] = [];
  for (let waited = 0; waited <= OPTIONS_WAIT_MS && options.length === 0; waited += 50) {
    await wait(50);
    const panelId = el.getAttribute('aria-controls') ?? el.getAttribute('aria-owns');
    const panel = panelId ? doc.getElementById(panelId) : null;
    options = Array.from(panel ? panel.querySelectorAll('mat-option, [role="option"]') : doc.querySelectorAll('.cdk-overlay-container mat-option, .cdk-overlay-container [role="option"]'));
  }
  const index = await optionFor(options.map((o) => ({ value: '', text: (o.textContent ?? '').trim() })), kind, value, lists);
  if (index >= 0) {
    (options[index] as HTMLElement).click();
    return true;
  }
  if (options.length > 0) el.dispatchEvent(new (doc.defaultView ?? window).KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
  return false;
}

/** Fields the case never fills: the user types these. */
function isLeftToUser(field: RecognisedField): boolean {
  return field.kind === 'password' || field.kind === 'other' || (field.element.getAttribute('type') ?? '').toLowerCase() === 'password';
}

/**
 * Asked just before a field is written: null to write it, a reason to skip it,
 * or `stop` when the page changed what its fields ask (no field is written after that).
 */
export type WriteCheck = (field: RecognisedField) => FillSkipReason | 'stop' | null;

export interface FillHooks {
  /** Hears of each field the fill wrote a value into. */
  written?(el: Element): void;
  check?: WriteCheck;
}

export async function fillFields(fields: readonly RecognisedField[], caseValues: ProfileValues, lists: Lists, hooks: FillHooks = {}): Promise<FillResult> {
  const values = valuesForPage(caseValues, new Set(fields.map((f) => f.kind)));
  const result: FillResult = { filled: 0, skipped: [] };
  const skip = (field: RecognisedField, reason: FillSkipReason) => result.skipped.push({ selector: field.selector, kind: field.kind, reason });
  const written = hooks.written ?? (() => undefined);
  let stopped = false;
  /** False when the field is not to be written now; a `stop` skips it and every field after it. */
  const mayWrite = (field: RecognisedField): boolean => {
    const verdict = stopped ? 'stop' : (hooks.check?.(field) ?? null);
    if (verdict === null) return true;
    if (verdict === 'stop') stopped = true;
    skip(field, verdict === 'stop' ? 'kind-changed' : verdict);
    return false;
  };
  const separateCountryCode = fields.some((f) => f.kind === 'phoneCountryCode');
  const radioGroups = new Set<string>();
  const verdicts = new Map<Element, boolean>();

  for (const field of fields) {
    if (isLeftToUser(field)) continue;
    const el = field.element;
    const isRadio = el.localName === 'input' && (el.getAttribute('type') ?? '').toLowerCase() === 'radio';
    if (isRadio) {
      // One answer per group: the group counts once, filled or skipped.
      const group = `${field.kind}|${el.getAttribute('name') ?? field.selector}`;
      if (radioGroups.has(group)) continue;
      radioGroups.add(group);
      const value = values[field.kind];
      const members = fields.filter((f) => f.kind === field.kind && f.element.getAttribute('name') === el.getAttribute('name'));
      const target = value ? members.find((f) => radioMatches(f.element as HTMLInputElement, field.kind, value, lists.optionWords)) : undefined;
      if (!value) skip(field, 'no-value');
      else if (!target) skip(field, 'no-option');
      else if (!isFillable(target.element, verdicts)) skip(field, 'not-fillable');
      else if (!mayWrite(target)) continue;
      else {
        const radio = target.element as HTMLInputElement;
        if (!radio.checked) radio.click();
        if (radio.checked) {
          result.filled += 1;
          written(radio);
        }
        else skip(field, 'rejected-by-page');
      }
      continue;
    }
    if (!el.isConnected || !isFillable(el, verdicts)) {
      skip(field, 'not-fillable');
      continue;
    }
    const value = values[field.kind];
    if (!value) {
      skip(field, 'no-value');
      continue;
    }
    if (!mayWrite(field)) continue;
    if (el.localName === 'mat-select' || (el.getAttribute('role') === 'combobox' && !/^(input|select|textarea)$/.test(el.localName))) {
      if (await fillMatSelect(el, field.kind, value, lists)) {
        result.filled += 1;
        written(el);
      } else skip(field, 'fill-by-hand');
      continue;
    }
    const shape = shapeOf(el);
    if (field.dateFormat && !shape.dateFormat) shape.dateFormat = field.dateFormat;
    // The case holds the whole number; a list of dial codes wants the code alone.
    const listed = field.kind === 'phoneCountryCode' && shape.options ? (splitPhone(value)?.countryCode ?? value) : value;
    let ok: boolean;
    if (shape.options && shape.options.length > 0) {
      const option = await optionFor(shape.options, field.kind, listed, lists);
      if (option < 0) {
        skip(field, 'no-option');
        continue;
      }
      ok = setOption(el as HTMLSelectElement, option);
    } else ok = setText(el as HTMLInputElement, formatText(field.kind, listed, shape, separateCountryCode));
    if (ok) {
      result.filled += 1;
      written(el);
    } else skip(field, 'rejected-by-page');
  }
  return result;
}

export interface FillDeps {
  doc: Document;
  site: SiteId;
  send(message: unknown): Promise<unknown>;
  /** Recognises the page again at once, from what is already known (a check in the middle of a fill). */
  recogniseNow(): readonly RecognisedField[];
  /** Recognises the page afresh, so that the fill writes into what the page holds now. */
  recognise(): Promise<void>;
  countryCodes: CountryCodes;
  /** The words options use for the case's values, as the background gave them with the words that name fields. */
  optionWords(): OptionWords | null;
  annotator: Annotator;
  inPage: InPage;
}

export type FillAnswer = { ok: true; result: FillResult } | { ok: false; error: string };

/**
 * The check before each write: the field's step asks for its kind, the page
 * has not changed what the field asks since the fill began (any change that
 * recognition reads, a caption's text edited in place included, makes it
 * recognise the page again, at once), and a person can see the field.
 */
function writeCheck(deps: FillDeps, recognised: readonly RecognisedField[]): { check: WriteCheck; done(): void } {
  const { doc } = deps;
  const changes = new MutationObserver(() => undefined);
  changes.observe(doc.documentElement, OBSERVED);
  let kinds = new Map(recognised.map((f) => [f.element, f.kind]));
  let pageType = deps.annotator.pageType();
  const check: WriteCheck = (field) => {
    // The extension's own host, added or put back, is a neutral change.
    const records = changes.takeRecords();
    if (records.length > 0 && !isNeutralChange(records)) {
      pageType = recognisePage(doc.URL, doc) ?? 'other';
      const now = new Map(deps.recogniseNow().map((f) => [f.element, f.kind]));
      // Any field asking for something else than when the fill began stops the whole fill; one that asks nothing any more is left alone.
      for (const [el, kind] of kinds) if (now.has(el) && now.get(el) !== kind) return 'stop';
      kinds = now;
    }
    if (kinds.get(field.element) !== field.kind) return 'not-fillable';
    if (!stepAsks(pageType, field.kind)) return 'not-asked-here';
    return canSee(measureSight(field.element, deps.inPage.host(), deps.annotator.focused)) ? null : 'not-fillable';
  };
  return { check, done: () => changes.disconnect() };
}

/**
 * Fill: asks the background for the case's values, recognises the page again,
 * writes what passes the check at the moment of writing, shows the result in
 * the panel and compares the fields with the case.
 */
/** What a fill asks the background for: the case a popup's grant names, else the open case. */
export interface FillRequest {
  caseId?: string | undefined;
  grant?: string | undefined;
}

export function createFiller(deps: FillDeps): { fromCase(request: FillRequest, fromPanel: boolean): Promise<FillAnswer> } {
  const { inPage, annotator } = deps;
  return {
    async fromCase(request, fromPanel) {
      inPage.setBusy(true);
      try {
        const answer = (await deps.send({ ...request, type: 'cs-bg/profile-values' })) as { ok: true; caseLabel: string; values: Record<string, string> } | { ok: false; error: string } | undefined;
        if (!answer || !answer.ok) {
          const error = answer?.error ?? 'no answer';
          if (fromPanel) inPage.showFillResult({ error });
          return { ok: false, error };
        }
        annotator.setCaseLabel(answer.caseLabel);
        await deps.recognise();
        // From the end of that recognition (no task of the page's ran in between), every change is seen.
        const checks = writeCheck(deps, annotator.fields());
        let result: FillResult;
        try {
          const optionWords = deps.optionWords() ?? { words: {}, fallbacks: {} };
          result = await fillFields(annotator.fields(), answer.values, { countryCodes: deps.countryCodes, optionWords }, { written: annotator.vouch, check: checks.check });
        } finally {
          checks.done();
        }
        inPage.showFillResult(result);
        await annotator.checkNow();
        return { ok: true, result };
      } finally {
        inPage.setBusy(false);
      }
    },
  };
}
