// Which field asks for what, on a vendor page. The pipeline of the browsers'
// autofill (house style): vendor rules, then `autocomplete` tokens, then
// identifier patterns, then captions, then a pass over sequences; each field
// records why. Only fields a user can see and type into are listed (isFillable),
// vendor rules included.
import { countryCodeOf, ALL_LANGS } from './countries';
import { isFillable } from './fillable';
import { dateFormatOf } from './format';
import { kindOfIdentifier, kindOfLabel, normaliseLabel } from './patterns';
import { PIERCE, RootIndex, sameOriginFrameDocument, selectorWithin } from './selector';
import type { DateFormat, FieldKind, PageLang, Reason, RecognisedField, SiteId, Vendor } from './types';
import { VENDORS } from './vendors';

type Root = Document | ShadowRoot;

interface Candidate {
  element: Element;
  root: Root;
  index: RootIndex;
  prefix: string;
  kind: FieldKind | null;
  reason: Reason | null;
  dateFormat?: DateFormat;
}

export interface RecogniseOptions {
  site: SiteId | null;
  lang?: PageLang;
}

const CONTROLS = new Set(['input', 'select', 'textarea', 'mat-select']);
const SKIPPED_INPUT_TYPES = new Set(['hidden', 'submit', 'button', 'reset', 'image', 'file', 'checkbox', 'range', 'color']);
const DATE_KINDS = new Set<FieldKind>(['birthDate', 'passportIssueDate', 'passportExpiryDate']);
/** Frames and shadow roots nested deeper than this are not entered. */
const MAX_DEPTH = 4;
const MAX_CAPTION = 80;
/** Angular Material nests an input eight boxes below the caption written above its form field (VFS, S2 "selector file.html"). */
const CAPTION_DEPTH = 10;

const AUTOCOMPLETE_KINDS: Record<string, FieldKind> = {
  'family-name': 'surname',
  'given-name': 'givenNames',
  name: 'fullName',
  bday: 'birthDate',
  'bday-day': 'birthDay',
  'bday-month': 'birthMonth',
  'bday-year': 'birthYear',
  sex: 'sex',
  email: 'email',
  tel: 'phone',
  'tel-national': 'phone',
  'tel-country-code': 'phoneCountryCode',
  'street-address': 'address',
  'address-line1': 'address',
  'new-password': 'password',
  'current-password': 'password',
};

function isControl(el: Element): boolean {
  if (el.localName === 'input') return !SKIPPED_INPUT_TYPES.has((el.getAttribute('type') ?? 'text').toLowerCase());
  if (CONTROLS.has(el.localName)) return true;
  return el.getAttribute('role') === 'combobox' && !el.querySelector('input, select, textarea');
}

function collect(root: Root, prefix: string, depth: number, out: Candidate[]): void {
  const index = new RootIndex(root);
  for (const el of Array.from(root.querySelectorAll('*'))) {
    if (isControl(el)) out.push({ element: el, root, index, prefix, kind: null, reason: null });
    if (depth >= MAX_DEPTH) continue;
    if (el.shadowRoot) collect(el.shadowRoot, prefix + selectorWithin(el, root, index) + PIERCE, depth + 1, out);
    else if (el.localName === 'iframe' || el.localName === 'frame') {
      const inner = sameOriginFrameDocument(el as HTMLIFrameElement);
      if (inner) collect(inner, prefix + selectorWithin(el, root, index) + PIERCE, depth + 1, out);
    }
  }
}

/** Text a person reads in `node`, leaving out the options and values of controls. */
function readableText(node: Node): string {
  if (node.nodeType === 3) return node.textContent ?? '';
  if (node.nodeType !== 1) return '';
  const el = node as Element;
  if (/^(select|option|textarea|script|style|template|mat-option|input)$/.test(el.localName)) return '';
  if (el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden')) return '';
  let text = '';
  for (const child of Array.from(el.childNodes)) text += readableText(child);
  return text;
}

function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** How many candidate controls each ancestor holds (up to the caption search depth). */
function countControls(candidates: readonly Candidate[]): Map<Element, number> {
  const counts = new Map<Element, number>();
  for (const c of candidates) {
    let node = c.element.parentElement;
    for (let level = 0; node && level < CAPTION_DEPTH; level += 1, node = node.parentElement) counts.set(node, (counts.get(node) ?? 0) + 1);
  }
  return counts;
}

/**
 * A caption written before the field rather than bound to it: VFS writes
 * "First Name *" in a div above the `mat-form-field` (notes §3, MDC generation).
 * Climbs while the ancestor holds at most two fields (VFS's phone pair shares one caption).
 */
function nearbyText(el: Element, counts: Map<Element, number>): string {
  let node: Element | null = el;
  for (let level = 0; node && level < CAPTION_DEPTH; level += 1) {
    let seen = 0;
    for (let sib = node.previousSibling; sib && seen < 3; sib = sib.previousSibling) {
      if (sib.nodeType === 1 && (counts.get(sib as Element) ?? 0) > 0) break;
      // A box holding any field, even a hidden one, holds that field's caption, not this one's.
      if (sib.nodeType === 1 && (isControl(sib as Element) || (sib as Element).querySelector('input, select, textarea, mat-select'))) break;
      const text = clean(readableText(sib));
      if (text === '') continue;
      seen += 1;
      if (text.length <= MAX_CAPTION) return text;
    }
    const parent: Element | null = node.parentElement;
    if (!parent || (counts.get(parent) ?? 0) > 2 || /^(form|body|fieldset)$/.test(parent.localName)) break;
    node = parent;
  }
  return '';
}

function labelTexts(el: Element, index: RootIndex, counts: Map<Element, number>): string[] {
  const texts: string[] = [];
  const id = el.getAttribute('id');
  if (id) for (const label of index.labelsFor(id)) texts.push(clean(readableText(label)));
  const wrapping = el.closest('label');
  if (wrapping) texts.push(clean(readableText(wrapping)));
  texts.push(clean(el.getAttribute('aria-label')));
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) texts.push(clean(labelledBy.split(/\s+/).map((ref) => { const t = index.byId(ref); return t ? readableText(t) : ''; }).join(' ')));
  const formField = el.closest('mat-form-field');
  const matLabel = formField?.querySelector('mat-label, .mat-form-field-label, .mdc-floating-label');
  if (matLabel) texts.push(clean(readableText(matLabel)));
  const group = el.closest('fieldset, [role="radiogroup"], [role="group"]');
  if (group && (el.getAttribute('type') === 'radio' || group.localName !== 'fieldset')) {
    const legend = group.querySelector('legend');
    texts.push(clean(legend ? readableText(legend) : group.getAttribute('aria-label')));
  }
  texts.push(nearbyText(el, counts));
  // MatInput writes `data-placeholder` and sometimes omits `placeholder` (S19).
  texts.push(clean(el.getAttribute('placeholder')), clean(el.getAttribute('data-placeholder')), clean(el.getAttribute('title')));
  return texts.filter((t) => t !== '');
}

function matchesVendorRule(el: Element, vendor: Vendor): { kind: FieldKind; dateFormat?: DateFormat } | null {
  for (const rule of vendor.fields) {
    const selector = 'selector' in rule ? rule.selector : `[formcontrolname="${rule.formcontrolname}"]`;
    try {
      if (el.matches(selector)) return rule;
    } catch {
      /* a selector this engine does not know */
    }
  }
  return null;
}

function kindOfAutocomplete(el: Element): FieldKind | null {
  const tokens = (el.getAttribute('autocomplete') ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const last = tokens[tokens.length - 1];
  return last && Object.hasOwn(AUTOCOMPLETE_KINDS, last) ? AUTOCOMPLETE_KINDS[last]! : null;
}

function kindOfAttributes(el: Element): FieldKind | null {
  const type = (el.getAttribute('type') ?? '').toLowerCase();
  if (type === 'email') return 'email';
  if (type === 'password') return 'password';
  if (type === 'tel') return 'phone';
  for (const attr of ['name', 'id', 'formcontrolname', 'ng-model', 'data-testid']) {
    const v = el.getAttribute(attr);
    if (!v || /^mat-(input|select|mdc)/.test(v)) continue;
    const kind = kindOfIdentifier(v);
    if (kind) return kind;
  }
  return null;
}

const SEX_OPTION = /^(male|female|other|others|homme|femme|autre|man|vrouw|ander|masculin|feminin|mannelijk|vrouwelijk|m|f|x)$/;

/** Options of a native select, or of an open Angular Material panel (`aria-controls`). */
function optionTexts(el: Element, index: RootIndex): string[] {
  if (el.localName === 'select') return Array.from((el as HTMLSelectElement).options).map((o) => clean(o.text || o.value));
  const panelId = el.getAttribute('aria-controls') ?? el.getAttribute('aria-owns');
  const panel = panelId ? (index.byId(panelId) ?? el.ownerDocument.getElementById(panelId)) : null;
  const texts = panel ? Array.from(panel.querySelectorAll('mat-option, [role="option"]')).map((o) => clean(o.textContent)) : [];
  return texts;
}

/** A password is never read: the page description travels to the extension's other parts. */
function isSecret(el: Element): boolean {
  return (el.getAttribute('type') ?? '').toLowerCase() === 'password';
}

export function readValue(el: Element): string {
  if (el.localName === 'select') {
    const select = el as HTMLSelectElement;
    const option = select.options[select.selectedIndex];
    if (!option || option.value === '') return '';
    return clean(option.text) || option.value;
  }
  if (el.localName === 'input' && (el.getAttribute('type') ?? '').toLowerCase() === 'radio') {
    const radio = el as HTMLInputElement;
    return radio.checked ? radio.value : '';
  }
  if (el.localName === 'input' || el.localName === 'textarea') return (el as HTMLInputElement).value;
  const chosen = el.querySelector('.mat-mdc-select-value-text, .mat-select-value-text');
  return chosen ? clean(readableText(chosen)) : '';
}

function numbersIn(texts: readonly string[]): number[] {
  return texts.filter((t) => /^\d{1,4}$/.test(t)).map(Number);
}

function placeholderOf(el: Element): string {
  return normaliseLabel(el.getAttribute('placeholder') ?? el.getAttribute('data-placeholder') ?? el.getAttribute('aria-label') ?? '');
}

function dateRole(c: Candidate): 'day' | 'month' | 'year' | null {
  const el = c.element;
  if (el.localName === 'select') {
    const nums = numbersIn(optionTexts(el, c.index));
    if (nums.length >= 28 && Math.max(...nums) === 31) return 'day';
    if (nums.length >= 12 && nums.length <= 13 && Math.max(...nums) === 12) return 'month';
    if (nums.length >= 20 && Math.min(...nums) >= 1800) return 'year';
    return null;
  }
  const hint = placeholderOf(el);
  const max = Number(el.getAttribute('maxlength') ?? '0');
  if (/^(dd|jj|tt|day|jour|dag)$/.test(hint)) return 'day';
  if (/^(mm|month|mois|maand)$/.test(hint)) return 'month';
  if (/^(yyyy|aaaa|jjjj|year|annee|jaar)$/.test(hint) || (max === 4 && /year|annee|jaar/.test(hint))) return 'year';
  return null;
}

/** The caption before the box that holds a whole group ("4. Geboortedatum (dag-maand-jaar)" before three selects, VOW S17). */
function groupCaption(cs: readonly Candidate[]): string {
  let box: Element | null = cs[0]!.element.parentElement;
  while (box && !cs.every((c) => box!.contains(c.element))) box = box.parentElement;
  for (let level = 0; box && level < 3; level += 1, box = box.parentElement) {
    for (let sib = box.previousElementSibling, n = 0; sib && n < 2; sib = sib.previousElementSibling, n += 1) {
      const text = clean(readableText(sib));
      if (text !== '') return text.length <= MAX_CAPTION ? text : '';
    }
  }
  return '';
}

function isBirthContext(cs: readonly Candidate[], counts: Map<Element, number>, langs: readonly PageLang[]): boolean {
  if (cs.some((c) => c.kind === 'birthDate' || c.kind === 'birthDay' || c.kind === 'birthMonth' || c.kind === 'birthYear')) return true;
  const texts = [groupCaption(cs), ...cs.flatMap((c) => labelTexts(c.element, c.index, counts))];
  return texts.some((t) => kindOfLabel(t, langs) === 'birthDate');
}

function looksLikeDialCode(c: Candidate): boolean {
  const el = c.element;
  const max = Number(el.getAttribute('maxlength') ?? '0');
  if (el.localName === 'input') return (max > 0 && max <= 4) || /^\+?\d{1,4}$/.test(el.getAttribute('placeholder') ?? '');
  const texts = [readValue(el), ...optionTexts(el, c.index)].filter(Boolean);
  return texts.length > 0 && texts.every((t) => /^\+\d{1,4}\b/.test(t) || /\(\+\d{1,4}\)/.test(t));
}

function isCountryList(c: Candidate, langs: readonly PageLang[]): boolean {
  const options = optionTexts(c.element, c.index).filter((t) => t !== '' && !/^(select|choose|choisir|selectionnez|kies|selecteer|-+)/i.test(normaliseLabel(t)));
  if (options.length >= 10) return options.filter((t) => countryCodeOf(t, langs) !== null).length >= options.length * 0.8;
  // A closed Angular Material select shows only its chosen value (options live in an overlay, S3, S9).
  if (c.element.localName === 'mat-select') {
    const value = readValue(c.element);
    return value !== '' && !/^\d+$/.test(value) && countryCodeOf(value, langs) !== null;
  }
  return false;
}

function setKind(c: Candidate, kind: FieldKind, reason: Reason): void {
  c.kind = kind;
  c.reason = reason;
}

/** Sequences: day/month/year triples, name pairs, dial code + number, country lists. */
function classifySequences(cs: Candidate[], counts: Map<Element, number>, langs: readonly PageLang[]): void {
  for (let i = 0; i + 2 < cs.length; i += 1) {
    const triple = cs.slice(i, i + 3);
    const roles = triple.map(dateRole);
    if (roles[0] !== 'day' || roles[1] !== 'month' || roles[2] !== 'year') continue;
    if (!triple.every((c) => c.kind === null || DATE_KINDS.has(c.kind) || c.kind.startsWith('birth'))) continue;
    if (isBirthContext(triple, counts, langs)) {
      setKind(triple[0]!, 'birthDay', 'sequence');
      setKind(triple[1]!, 'birthMonth', 'sequence');
      setKind(triple[2]!, 'birthYear', 'sequence');
    } else {
      // An issue or expiry date split in three: no kind fits one part of it.
      for (const c of triple) setKind(c, 'other', 'sequence');
    }
    i += 2;
  }
  for (let i = 0; i < cs.length; i += 1) {
    const c = cs[i]!;
    const before = cs[i - 1];
    const after = cs[i + 1];
    if (c.kind === 'fullName' && c.reason === 'label') {
      const neighbours = [before?.kind, after?.kind];
      if (neighbours.includes('givenNames')) setKind(c, 'surname', 'sequence');
      else if (neighbours.includes('surname')) setKind(c, 'givenNames', 'sequence');
    }
    if ((c.kind === 'phone' || c.kind === null) && after?.kind === 'phone' && looksLikeDialCode(c)) setKind(c, 'phoneCountryCode', 'sequence');
    if (c.kind === null && (c.element.localName === 'select' || c.element.localName === 'mat-select') && isCountryList(c, langs)) setKind(c, 'nationality', 'sequence');
  }
}

function pageLangs(doc: Document, lang: PageLang | undefined): readonly PageLang[] {
  const first = lang ?? (doc.documentElement.getAttribute('lang') ?? '').slice(0, 2).toLowerCase();
  const known = ALL_LANGS.find((l) => l === first);
  return known ? [known, ...ALL_LANGS.filter((l) => l !== known)] : ['en', 'fr', 'nl'];
}

/** Candidates handled between two pauses of `recognitionSteps`. */
const STEP = 64;

/** The fields of `doc` the product can check or fill, in page order (spec/page-description.md). */
export function recogniseFields(doc: Document, options: RecogniseOptions): RecognisedField[] {
  const steps = recognitionSteps(doc, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * `recogniseFields` in steps of a few dozen fields: a caller in a page can
 * pause between steps so that a 5,000-field form never blocks the page for
 * one long task.
 */
export function* recognitionSteps(doc: Document, options: RecogniseOptions): Generator<void, RecognisedField[]> {
  const vendor = options.site ? (VENDORS.find((v) => v.site === options.site) ?? null) : null;
  const langs = pageLangs(doc, options.lang);
  const all: Candidate[] = [];
  collect(doc, '', 0, all);
  yield;
  const verdicts = new Map<Element, boolean>();
  const candidates: Candidate[] = [];
  for (let i = 0; i < all.length; i += 1) {
    if (isFillable(all[i]!.element, verdicts)) candidates.push(all[i]!);
    if (i % STEP === STEP - 1) yield;
  }
  const counts = countControls(candidates);
  yield;

  for (let i = 0; i < candidates.length; i += 1) {
    if (i % STEP === STEP - 1) yield;
    const c = candidates[i]!;
    const el = c.element;
    const rule = vendor ? matchesVendorRule(el, vendor) : null;
    if (rule) {
      setKind(c, rule.kind, 'vendor-rule');
      if (rule.dateFormat) c.dateFormat = rule.dateFormat;
      continue;
    }
    const auto = kindOfAutocomplete(el);
    if (auto) {
      setKind(c, auto, 'autocomplete');
      continue;
    }
    const byAttribute = kindOfAttributes(el);
    if (byAttribute) {
      setKind(c, byAttribute, 'attribute');
      continue;
    }
    const texts = labelTexts(el, c.index, counts);
    for (const text of texts) {
      const kind = kindOfLabel(text, langs);
      if (kind) {
        setKind(c, kind, 'label');
        break;
      }
    }
    if (!c.kind && el.getAttribute('type') === 'radio' && texts.some((t) => SEX_OPTION.test(normaliseLabel(t)))) setKind(c, 'sex', 'label');
  }
  classifySequences(candidates, counts, langs);
  yield;

  const fields: RecognisedField[] = [];
  for (let i = 0; i < candidates.length; i += 1) {
    if (i % STEP === STEP - 1) yield;
    const c = candidates[i]!;
    if (!c.kind || c.kind === 'other' || !c.reason) continue;
    // A radio button only ever answers the sex question here.
    if (c.element.getAttribute('type') === 'radio' && c.kind !== 'sex') continue;
    const field: RecognisedField = { element: c.element, selector: c.prefix + selectorWithin(c.element, c.root, c.index), kind: c.kind, reason: c.reason, value: c.kind === 'password' || isSecret(c.element) ? '' : readValue(c.element) };
    if (DATE_KINDS.has(c.kind)) {
      const format = dateFormatOf(c.element) ?? c.dateFormat;
      if (format) field.dateFormat = format;
    }
    fields.push(field);
  }
  return fields;
}
