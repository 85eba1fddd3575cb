// Which field asks for what, on a vendor page. The pipeline of the browsers'
// autofill (house style): vendor rules, then `autocomplete` tokens, then
// identifier patterns, then captions, then a pass over sequences; each field
// records why. Only fields a user can see and type into are listed (isFillable),
// vendor rules included.
import { isFillable, type Drawn } from './fillable';
import { DATE_KINDS, dateFormatFromHint, dateFormatOf } from './format';
import { contextOf, hasVocabulary, inContext, kindOfIdentifier, labelReader, normaliseLabel, useVocabulary } from './patterns';
import { PIERCE, RootIndex, sameOriginFrameDocument, selectorWithin } from './selector';
import { ALL_LANGS, type DateFormat, type FieldKind, type PageLang, type Reason, type RecognisedField, type SiteId, type Vendor, type VendorFieldRule } from './types';
import { VENDORS } from './vendors';
import { VOCABULARY, type Context, type LabelLang, type Vocabulary } from './vocabulary';

type Root = Document | ShadowRoot;

interface Candidate {
  element: Element;
  index: RootIndex;
  kind: FieldKind | null;
  reason: Reason | null;
  dateFormat?: DateFormat;
  /** dateRole, once asked. */
  role?: DateRole;
}

type DateRole = 'day' | 'month' | 'year' | null;

/** Where the browser drew each control; undefined for those it did not measure. */
export interface Geometry {
  get(el: Element): Drawn | undefined;
}

export interface RecogniseOptions {
  site: SiteId | null;
  lang?: PageLang;
}

/**
 * What recognition needs from its caller between two steps, answered through
 * the generator's `next(answer)`: a content script measures the page without
 * forcing a layout and asks the background, which holds the country names.
 */
export type RecognitionQuestion =
  /** Answer: where the browser drew each of these controls (a `Geometry`), or null to read styles instead. */
  | { ask: 'geometry'; elements: readonly Element[] }
  /** Answer: the ISO 3166-1 code each text names as a country (`XX` stateless), or null, in the same order. */
  | { ask: 'countries'; texts: readonly string[] }
  /** Answer: the words that name fields (vocabulary.ts), or null; asked once, before the first recognition. */
  | { ask: 'vocabulary' };

const CONTROLS = new Set(['input', 'select', 'textarea', 'mat-select']);
const SKIPPED_INPUT_TYPES = new Set(['hidden', 'submit', 'button', 'reset', 'image', 'file', 'checkbox', 'range', 'color']);
const UNREAD = new Set(['select', 'option', 'textarea', 'script', 'style', 'template', 'mat-option', 'input']);
/** The only elements a page can attach a shadow root to, besides custom elements (DOM standard, attachShadow). */
const SHADOW_HOSTS = new Set(['article', 'aside', 'blockquote', 'body', 'div', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'main', 'nav', 'p', 'section', 'span']);
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
  'postal-code': 'postalCode',
  'address-level2': 'city',
  'country-name': 'addressCountry',
  'new-password': 'password',
  'current-password': 'password',
};

function isControl(el: Element): boolean {
  if (el.localName === 'input') return !SKIPPED_INPUT_TYPES.has((el.getAttribute('type') ?? 'text').toLowerCase());
  if (CONTROLS.has(el.localName)) return true;
  return el.getAttribute('role') === 'combobox' && !el.querySelector('input, select, textarea');
}

/**
 * The controls of `root` in page order, with the fields of open shadow roots
 * and same-origin frames where their host stands. One tree walk finds the
 * controls and the shadow hosts together: a selector list such as
 * `input, select, textarea` costs Chromium several times a walk, as it has no
 * fast path for lists.
 */
function* collect(root: Root, depth: number, out: Candidate[], seen: RunNotes): Generator<undefined, void, unknown> {
  const index = new RootIndex(root);
  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument!;
  const comboboxes = root.querySelectorAll('[role="combobox"]');
  const roleControls = comboboxes.length > 0 ? new Set(Array.from(comboboxes)) : null;
  const enter = depth < MAX_DEPTH;
  const walker = doc.createTreeWalker(root, 1);
  let walked = 0;
  for (let node = walker.nextNode() as Element | null; node; node = walker.nextNode() as Element | null) {
    if (++walked % WALK_STEP === 0) yield;
    const name = node.localName;
    if ((CONTROLS.has(name) || roleControls?.has(node)) && isControl(node)) out.push({ element: node, index, kind: null, reason: null });
    if (!enter) continue;
    let inner: Root | null = SHADOW_HOSTS.has(name) || name.includes('-') ? node.shadowRoot : null;
    // A cross-origin frame is never entered: changes inside it cannot matter.
    if (!inner && (name === 'iframe' || name === 'frame')) inner = sameOriginFrameDocument(node as HTMLIFrameElement);
    if (!inner) continue;
    seen.nested.push({ root: inner, host: node });
    yield* collect(inner, depth + 1, out, seen);
  }
}

/** Text a person reads in `node`, leaving out the options and values of controls. */
function readableText(node: Node): string {
  if (node.nodeType === 3) return node.nodeValue ?? '';
  if (node.nodeType !== 1) return '';
  const el = node as Element;
  if (UNREAD.has(el.localName)) return '';
  if (el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden')) return '';
  // Most captions hold text alone: one call instead of a walk.
  if (el.firstElementChild === null) return el.textContent ?? '';
  let text = '';
  for (let child = el.firstChild; child; child = child.nextSibling) text += readableText(child);
  return text;
}

function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** How many candidate controls each ancestor holds (up to the caption search depth). */
function countControls(candidates: readonly Candidate[]): Map<Element, number> {
  const steps = countControlsInSteps(candidates);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

function* countControlsInSteps(candidates: readonly Candidate[]): Generator<undefined, Map<Element, number>, unknown> {
  const counts = new Map<Element, number>();
  for (let i = 0; i < candidates.length; i += 1) {
    if (i % (STEP * 8) === STEP * 8 - 1) yield;
    let node = candidates[i]!.element.parentElement;
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

/**
 * The captions of a field, most specific first, computed one at a time: most
 * fields are named by the first (`label[for]`, or the caption above on VFS),
 * and the later ones cost the most.
 */
function* captionsOf(el: Element, index: RootIndex, counts: () => Map<Element, number>): Generator<string, void, undefined> {
  const id = el.getAttribute('id');
  if (id) for (const label of index.labelsFor(id)) yield clean(readableText(label));
  const wrapping = el.closest('label');
  if (wrapping) yield clean(readableText(wrapping));
  yield clean(el.getAttribute('aria-label'));
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) yield clean(labelledBy.split(/\s+/).map((ref) => { const t = index.byId(ref); return t ? readableText(t) : ''; }).join(' '));
  const formField = el.closest('mat-form-field');
  const matLabel = formField?.querySelector('mat-label, .mat-form-field-label, .mdc-floating-label');
  if (matLabel) yield clean(readableText(matLabel));
  const group = el.closest('fieldset, [role="radiogroup"], [role="group"]');
  if (group && (el.getAttribute('type') === 'radio' || group.localName !== 'fieldset')) {
    const legend = group.querySelector('legend');
    yield clean(legend ? readableText(legend) : group.getAttribute('aria-label'));
  }
  yield nearbyText(el, counts());
  // MatInput writes `data-placeholder` and sometimes omits `placeholder` (S19).
  yield clean(el.getAttribute('placeholder'));
  yield clean(el.getAttribute('data-placeholder'));
  yield clean(el.getAttribute('title'));
}

function labelTexts(el: Element, index: RootIndex, counts: () => Map<Element, number>): string[] {
  return [...captionsOf(el, index, counts)].filter((t) => t !== '');
}

/**
 * A vendor's rules as lookups: `#id`, `[attr="value"]`, `[attr^="prefix"]`
 * (with or without a tag) are read from the field's own attributes; only other
 * selectors go through `matches`. The earliest rule that fits wins, as in the
 * vendor file. Chromium matches a selector list of thirty rules one by one.
 */
interface CompiledVendor {
  rules: readonly VendorFieldRule[];
  exact: Map<string, Map<string, { rule: number; tag: string | null }[]>>;
  prefixes: { attr: string; prefix: string; tag: string | null; rule: number }[];
  others: { selector: string; rule: number }[];
}

const SIMPLE_SELECTOR = /^([a-z][a-z0-9-]*)?(?:#([\w-]+)|\[([\w-]+)(\^?)="([^"\\]*)"\])$/;

const compiledVendors = new WeakMap<Vendor, CompiledVendor>();

function compiledVendor(vendor: Vendor): CompiledVendor {
  let compiled = compiledVendors.get(vendor);
  if (compiled) return compiled;
  compiled = { rules: vendor.fields, exact: new Map(), prefixes: [], others: [] };
  vendor.fields.forEach((rule, index) => {
    const list = 'selector' in rule ? rule.selector : `[formcontrolname="${rule.formcontrolname}"]`;
    const simple = list.split(',').map((part) => SIMPLE_SELECTOR.exec(part.trim()));
    if (!simple.every(Boolean)) {
      compiled!.others.push({ selector: list, rule: index });
      return;
    }
    for (const m of simple as RegExpExecArray[]) {
      if (m[4]) compiled!.prefixes.push({ attr: m[3]!, prefix: m[5]!, tag: m[1] ?? null, rule: index });
      else {
        const [attr, value] = m[2] !== undefined ? ['id', m[2]] : [m[3]!, m[5]!];
        let byValue = compiled!.exact.get(attr);
        if (!byValue) compiled!.exact.set(attr, (byValue = new Map()));
        const entries = byValue.get(value) ?? [];
        entries.push({ rule: index, tag: m[1] ?? null });
        byValue.set(value, entries);
      }
    }
  });
  compiledVendors.set(vendor, compiled);
  return compiled;
}

function matchesVendorRule(el: Element, vendor: Vendor): VendorFieldRule | null {
  const compiled = compiledVendor(vendor);
  let best = Infinity;
  for (const [attr, byValue] of compiled.exact) {
    const value = el.getAttribute(attr);
    if (value === null) continue;
    for (const entry of byValue.get(value) ?? []) if (entry.rule < best && (!entry.tag || entry.tag === el.localName)) best = entry.rule;
  }
  for (const p of compiled.prefixes) {
    if (p.rule < best && (!p.tag || p.tag === el.localName) && el.getAttribute(p.attr)?.startsWith(p.prefix)) best = p.rule;
  }
  for (const o of compiled.others) {
    if (o.rule >= best) continue;
    try {
      if (el.matches(o.selector)) best = o.rule;
    } catch {
      /* a selector this engine does not know */
    }
  }
  return compiled.rules[best] ?? null;
}

function kindOfAutocomplete(el: Element): FieldKind | null {
  const value = el.getAttribute('autocomplete');
  if (!value) return null;
  const tokens = value.toLowerCase().split(/\s+/).filter(Boolean);
  const last = tokens[tokens.length - 1];
  return last && Object.hasOwn(AUTOCOMPLETE_KINDS, last) ? AUTOCOMPLETE_KINDS[last]! : null;
}

const IDENTIFIER_ATTRIBUTES = ['name', 'id', 'formcontrolname', 'ng-model', 'data-testid'];

function kindOfAttributes(el: Element): FieldKind | null {
  const type = (el.getAttribute('type') ?? '').toLowerCase();
  if (type === 'email') return 'email';
  if (type === 'password') return 'password';
  if (type === 'tel') return 'phone';
  for (const attr of IDENTIFIER_ATTRIBUTES) {
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

function placeholderOf(el: Element): string {
  return normaliseLabel(el.getAttribute('placeholder') ?? el.getAttribute('data-placeholder') ?? el.getAttribute('aria-label') ?? '');
}

/** How many options of a native select are numbers of one to four digits, and their range. */
function numberedOptions(select: HTMLSelectElement): { count: number; min: number; max: number } {
  let count = 0;
  let min = Infinity;
  let max = -Infinity;
  const options = select.options;
  // Every part of a date takes twelve numbers at least.
  if (options.length < 12) return { count, min, max };
  for (let i = 0; i < options.length; i += 1) {
    const option = options[i]!;
    // The text content, trimmed, reads the same digits as `text` without collapsing its spaces first.
    const text = (option.textContent?.trim() || option.value).trim();
    if (!/^\d{1,4}$/.test(text)) continue;
    const n = Number(text);
    count += 1;
    if (n < min) min = n;
    if (n > max) max = n;
  }
  return { count, min, max };
}

function dateRoleOf(c: Candidate): DateRole {
  const el = c.element;
  if (el.localName === 'select') {
    const { count, min, max } = numberedOptions(el as HTMLSelectElement);
    if (count >= 28 && max === 31) return 'day';
    if (count >= 12 && count <= 13 && max === 12) return 'month';
    if (count >= 20 && min >= 1800) return 'year';
    return null;
  }
  const hint = placeholderOf(el);
  const max = Number(el.getAttribute('maxlength') ?? '0');
  if (/^(dd|jj|tt|day|jour|dag)$/.test(hint)) return 'day';
  if (/^(mm|month|mois|maand)$/.test(hint)) return 'month';
  if (/^(yyyy|aaaa|jjjj|year|annee|jaar)$/.test(hint) || (max === 4 && /year|annee|jaar/.test(hint))) return 'year';
  return null;
}

function dateRole(c: Candidate): DateRole {
  if (c.role === undefined) c.role = dateRoleOf(c);
  return c.role;
}

/**
 * The caption before the box that holds a whole group ("4. Geboortedatum
 * (dag-maand-jaar)" before three selects, VOW S17), within two siblings; empty
 * elements (a spacer, a ripple) hold no caption and do not count.
 */
function groupCaption(cs: readonly Candidate[]): string {
  let box: Element | null = cs[0]!.element.parentElement;
  while (box && !cs.every((c) => box!.contains(c.element))) box = box.parentElement;
  for (let level = 0; box && level < 3; level += 1, box = box.parentElement) {
    for (let sib = box.previousElementSibling, n = 0; sib && n < 2; sib = sib.previousElementSibling) {
      if (!sib.firstChild) continue;
      n += 1;
      const text = clean(readableText(sib));
      if (text !== '') return text.length <= MAX_CAPTION ? text : '';
    }
  }
  return '';
}

function isBirthContext(cs: readonly Candidate[], counts: () => Map<Element, number>, kindOfLabel: (text: string) => FieldKind | null): boolean {
  if (cs.some((c) => c.kind === 'birthDate' || c.kind === 'birthDay' || c.kind === 'birthMonth' || c.kind === 'birthYear')) return true;
  const texts = [groupCaption(cs), ...cs.flatMap((c) => labelTexts(c.element, c.index, counts))];
  return texts.some((t) => kindOfLabel(t) === 'birthDate');
}

function looksLikeDialCode(c: Candidate): boolean {
  const el = c.element;
  const max = Number(el.getAttribute('maxlength') ?? '0');
  if (el.localName === 'input') return (max > 0 && max <= 4) || /^\+?\d{1,4}$/.test(el.getAttribute('placeholder') ?? '');
  const texts = [readValue(el), ...optionTexts(el, c.index)].filter(Boolean);
  return texts.length > 0 && texts.every((t) => /^\+\d{1,4}\b/.test(t) || /\(\+\d{1,4}\)/.test(t));
}

const PLACEHOLDER_OPTION = /^(select|choose|choisir|selectionnez|kies|selecteer|-+)/i;

/**
 * What decides whether a list control lists countries: ten or more option
 * texts, or the chosen value of a closed Angular Material select (its options
 * live in an overlay, S3, S9). Null when no answer could make it one.
 */
function countryEvidence(c: Candidate): { options: string[] } | { value: string } | null {
  const el = c.element;
  if (el.localName !== 'select' && el.localName !== 'mat-select') return null;
  const options = optionTexts(el, c.index).filter((t) => t !== '' && !PLACEHOLDER_OPTION.test(normaliseLabel(t)));
  if (options.length >= 10) {
    // No country name is a number: a list of more than a fifth of numbers cannot reach four in five countries.
    const numbers = options.filter((t) => /^\d+$/.test(t)).length;
    return numbers > options.length * 0.2 ? null : { options };
  }
  if (el.localName === 'mat-select') {
    const value = readValue(el);
    return value !== '' && !/^\d+$/.test(value) ? { value } : null;
  }
  return null;
}

function isCountryList(evidence: { options: string[] } | { value: string } | null, isCountry: (text: string) => boolean): boolean {
  if (!evidence) return false;
  if ('value' in evidence) return isCountry(evidence.value);
  return evidence.options.filter(isCountry).length >= evidence.options.length * 0.8;
}

function setKind(c: Candidate, kind: FieldKind, reason: Reason): void {
  c.kind = kind;
  c.reason = reason;
}

/** Day/month/year triples. */
function* classifyTriples(cs: Candidate[], counts: () => Map<Element, number>, kindOfLabel: (text: string) => FieldKind | null): Generator<undefined, void, unknown> {
  const open = (c: Candidate) => c.kind === null || DATE_KINDS.has(c.kind) || c.kind.startsWith('birth');
  for (let i = 0; i + 2 < cs.length; i += 1) {
    if (i % (STEP * 8) === STEP * 8 - 1) yield;
    const triple = [cs[i]!, cs[i + 1]!, cs[i + 2]!] as const;
    if (!triple.every(open)) continue;
    if (dateRole(triple[0]) !== 'day' || dateRole(triple[1]) !== 'month' || dateRole(triple[2]) !== 'year') continue;
    if (triple.some((c) => c.kind === 'hostBirthDate')) {
      // The host's birth date in three lists (VisaOnWeb's reference persons, S17).
      setKind(triple[0], 'hostBirthDay', 'sequence');
      setKind(triple[1], 'hostBirthMonth', 'sequence');
      setKind(triple[2], 'hostBirthYear', 'sequence');
    } else if (isBirthContext(triple, counts, kindOfLabel)) {
      setKind(triple[0], 'birthDay', 'sequence');
      setKind(triple[1], 'birthMonth', 'sequence');
      setKind(triple[2], 'birthYear', 'sequence');
    } else {
      // An issue or expiry date split in three: no kind fits one part of it.
      for (const c of triple) setKind(c, 'other', 'sequence');
    }
    i += 2;
  }
}

/** Name pairs, dial code + number, country lists. */
function* classifyNeighbours(cs: Candidate[], evidence: Map<Candidate, ReturnType<typeof countryEvidence>>, isCountry: (text: string) => boolean): Generator<undefined, void, unknown> {
  for (let i = 0; i < cs.length; i += 1) {
    if (i % (STEP * 8) === STEP * 8 - 1) yield;
    const c = cs[i]!;
    const before = cs[i - 1];
    const after = cs[i + 1];
    if (c.kind === 'fullName' && c.reason === 'label') {
      const neighbours = [before?.kind, after?.kind];
      if (neighbours.includes('givenNames')) setKind(c, 'surname', 'sequence');
      else if (neighbours.includes('surname')) setKind(c, 'givenNames', 'sequence');
    }
    if ((c.kind === 'phone' || c.kind === null) && after?.kind === 'phone' && looksLikeDialCode(c)) setKind(c, 'phoneCountryCode', 'sequence');
    if (c.kind === null && isCountryList(evidence.get(c) ?? null, isCountry)) setKind(c, 'nationality', 'sequence');
  }
}

function pageLangs(doc: Document, lang: PageLang | undefined): readonly LabelLang[] {
  const first = lang ?? (doc.documentElement.getAttribute('lang') ?? '').slice(0, 2).toLowerCase();
  if (first === 'de') return ['de', 'en', 'fr', 'nl'];
  const known = ALL_LANGS.find((l) => l === first);
  return known ? [known, ...ALL_LANGS.filter((l) => l !== known), 'de'] : ['en', 'fr', 'nl', 'de'];
}

/** Boxes that title a group of fields: a fieldset's legend, a group's name, a section's heading. */
function isSection(el: Element): boolean {
  return el.localName === 'fieldset' || el.localName === 'section' || el.getAttribute('role') === 'group';
}
/** The applicant's own kinds that a section about someone else turns into that one's (patterns.ts inContext). */
const CONTEXTUAL = new Set<FieldKind>(['fullName', 'surname', 'givenNames', 'address', 'street', 'houseNumber', 'postalCode', 'city', 'phone', 'email', 'nationality', 'passportNumber', 'passportExpiryDate', 'birthDate', 'addressBox', 'addressCountry', 'placeOfBirth', 'sex']);

function sectionTitle(section: Element): string {
  if (section.localName === 'fieldset') {
    const legend = section.querySelector('legend');
    return legend ? readableText(legend) : '';
  }
  const label = section.getAttribute('aria-label');
  if (label !== null) return label;
  const heading = section.querySelector('h1, h2, h3, h4, h5, h6');
  return heading ? readableText(heading) : '';
}

/** Whom the sections around a field are about (host, employer, parental authority, residence permit), nearest first; memoised per run. */
function sectionContext(el: Element, known: Map<Element, Context | null>): Context | null {
  let sections = 0;
  for (let node = el.parentElement; node && sections < 3; node = node.parentElement) {
    if (!isSection(node)) continue;
    sections += 1;
    let context = known.get(node);
    if (context === undefined) known.set(node, (context = contextOf(sectionTitle(node).slice(0, MAX_CAPTION * 2))));
    if (context) return context;
  }
  return null;
}

/** Candidates handled between two pauses of `recognitionSteps`, and elements walked. */
const STEP = 64;
const WALK_STEP = 2048;

/** What a run found beyond its fields, for a later run to start from (revalidationSteps). */
interface RunNotes {
  /** Same-origin frame documents and open shadow roots entered: the page's mutation records do not show changes inside. */
  nested: Nested[];
}

export interface Recognition {
  fields: RecognisedField[];
  /** Every control found, fillable or not, in page order, and which of them were fillable. */
  controls: readonly Element[];
  fillable: readonly boolean[];
  /** True when the fields depend on nothing but the page's own light DOM and each control's verdict. */
  reusable: boolean;
  /** The frame documents and shadow roots entered; a caller that watches their mutations as well may reuse the run (revalidationSteps). */
  nested: readonly Nested[];
}

/** A same-origin frame's document or an open shadow root, and the frame or shadow host holding it. */
export interface Nested {
  root: Document | ShadowRoot;
  host: Element;
}

/**
 * The fields of `doc` the product can check or fill, in page order
 * (spec/page-description.md), read from styles alone (no measured geometry).
 * `countryCodes` answers which option texts name countries; without it no
 * unlabelled list is taken for a nationality.
 */
export function recogniseFields(doc: Document, options: RecogniseOptions & { countryCodes?: (texts: readonly string[]) => (string | null)[] }): RecognisedField[] {
  return answerInPlace(recognitionSteps(doc, options), options.countryCodes, VOCABULARY)?.fields ?? [];
}

/**
 * Drives steps to their end, answering geometry with null (styles decide), countries with `countryCodes`
 * and the words with `vocabulary` (none in the content script, which was handed them when it started).
 */
export function answerInPlace<T>(steps: Generator<RecognitionQuestion | undefined, T, unknown>, countryCodes?: (texts: readonly string[]) => (string | null)[], vocabulary?: Vocabulary): T {
  let answer: unknown;
  for (;;) {
    const step = steps.next(answer);
    if (step.done) return step.value;
    const question = step.value;
    answer = question?.ask === 'countries' ? (countryCodes?.(question.texts) ?? question.texts.map(() => null)) : question?.ask === 'vocabulary' ? (vocabulary ?? null) : null;
  }
}

/**
 * `recogniseFields` in steps of a few dozen fields: a caller in a page can
 * pause between steps so that a 5,000-field form never blocks the page for
 * one long task. A step that yields a question must be answered (see
 * RecognitionQuestion); the others yield undefined.
 */
export function* recognitionSteps(doc: Document, options: RecogniseOptions): Generator<RecognitionQuestion | undefined, Recognition, unknown> {
  if (!hasVocabulary()) {
    const vocabulary = (yield { ask: 'vocabulary' }) as Vocabulary | null | undefined;
    if (vocabulary) useVocabulary(vocabulary);
  }
  const vendor = options.site ? (VENDORS.find((v) => v.site === options.site) ?? null) : null;
  const langs = pageLangs(doc, options.lang);
  const kindOfLabel = labelReader(langs);
  const run: RunNotes = { nested: [] };
  const all: Candidate[] = [];
  yield* collect(doc, 0, all, run);
  const controls = all.map((c) => c.element);
  if (all.length === 0) return { fields: [], controls, fillable: [], reusable: run.nested.length === 0, nested: run.nested };
  const geometry = ((yield { ask: 'geometry', elements: controls }) ?? null) as Geometry | null;
  const verdicts = new Map<Element, boolean>();
  const fillable: boolean[] = [];
  const candidates: Candidate[] = [];
  for (let i = 0; i < all.length; i += 1) {
    fillable.push(isFillable(all[i]!.element, verdicts, geometry?.get(all[i]!.element)));
    if (fillable[i]) candidates.push(all[i]!);
    if (i % STEP === STEP - 1) yield;
  }
  let countsOnce: Map<Element, number> | null = null;
  // Counted when first needed (a caption above a field); ahead of time, in steps, on a large form.
  if (candidates.length > STEP * 8) countsOnce = yield* countControlsInSteps(candidates);
  const counts = () => (countsOnce ??= countControls(candidates));
  const sections = new Map<Element, Context | null>();
  const inSection = (el: Element, kind: FieldKind): FieldKind => {
    if (!CONTEXTUAL.has(kind)) return kind;
    const context = sectionContext(el, sections);
    return context ? (inContext(context, kind, false) ?? kind) : kind;
  };

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
      setKind(c, inSection(el, byAttribute), 'attribute');
      continue;
    }
    const radio = el.getAttribute('type') === 'radio';
    let sexOption = false;
    for (const text of captionsOf(el, c.index, counts)) {
      if (text === '') continue;
      const kind = kindOfLabel(text);
      if (kind) {
        setKind(c, inSection(el, kind), 'label');
        break;
      }
      if (radio && !sexOption) sexOption = SEX_OPTION.test(normaliseLabel(text));
    }
    if (!c.kind && sexOption) setKind(c, 'sex', 'label');
  }
  yield;
  yield* classifyTriples(candidates, counts, kindOfLabel);
  yield;

  const evidence = new Map<Candidate, ReturnType<typeof countryEvidence>>();
  const asked = new Set<string>();
  for (let i = 0; i < candidates.length; i += 1) {
    if (i % STEP === STEP - 1) yield;
    const c = candidates[i]!;
    if (c.kind !== null) continue;
    const found = countryEvidence(c);
    if (!found) continue;
    evidence.set(c, found);
    for (const text of 'value' in found ? [found.value] : found.options) asked.add(text);
  }
  const codes = new Map<string, string | null>();
  if (asked.size > 0) {
    const texts = [...asked];
    const answer = (yield { ask: 'countries', texts }) as readonly (string | null)[] | null | undefined;
    texts.forEach((t, i) => codes.set(t, answer?.[i] ?? null));
  }
  yield* classifyNeighbours(candidates, evidence, (text) => (codes.get(text) ?? null) !== null);
  yield;

  const fields: RecognisedField[] = [];
  const selectors = new SelectorWriter(run.nested);
  for (let i = 0; i < candidates.length; i += 1) {
    if (i % STEP === STEP - 1) yield;
    const c = candidates[i]!;
    if (!c.kind || c.kind === 'other' || !c.reason) continue;
    // A radio button only ever answers the sex or marital status question here.
    if (c.element.getAttribute('type') === 'radio' && c.kind !== 'sex' && c.kind !== 'maritalStatus') continue;
    // A list of occupations asks what the applicant does, not a job title: VisaOnWeb's occupation list, TLScontact's employment status (S15, S17).
    const list = c.kind === 'occupation' && (c.element.localName === 'select' || c.element.localName === 'mat-select');
    const stated = DATE_KINDS.has(c.kind) ? formatInCaption(c, counts) : undefined;
    fields.push(fieldOf(c.element, list ? 'occupationStatus' : c.kind, c.reason, selectors, stated ?? c.dateFormat));
  }
  return { fields, controls, fillable, reusable: run.nested.length === 0, nested: run.nested };
}

/**
 * Selectors from `top`, through the shadow hosts and same-origin frames around
 * a field; one RootIndex per tree, made when the first selector is asked for:
 * most runs ask for none (only filling, marks and the page description do).
 */
class SelectorWriter {
  private readonly indexes = new Map<Node, RootIndex>();

  private readonly hosts: Map<Node, Element>;

  constructor(nested: readonly Nested[]) {
    this.hosts = new Map(nested.map((n) => [n.root, n.host]));
  }

  of(el: Element): string {
    const root = el.getRootNode() as Root;
    let index = this.indexes.get(root);
    if (!index) this.indexes.set(root, (index = new RootIndex(root)));
    const within = selectorWithin(el, root, index);
    const host = this.hosts.get(root);
    return host ? this.of(host) + PIERCE + within : within;
  }
}

/** The date format a field's caption states ("Date de naissance (AAAA-MM-JJ)", TLScontact's legacy form): the page says it of itself now. */
function formatInCaption(c: Candidate, counts: () => Map<Element, number>): DateFormat | undefined {
  for (const text of captionsOf(c.element, c.index, counts)) {
    const format = dateFormatFromHint(text);
    if (format) return format;
  }
  return undefined;
}

/**
 * A field whose selector is written when first read, against the page as it is
 * then: a neutral element added since the run may shift an `nth-of-type`, and
 * `value` attributes, which tell radio buttons apart, are not observed.
 */
function fieldOf(el: Element, kind: FieldKind, reason: Reason, selectors: SelectorWriter, ruleFormat: DateFormat | undefined): RecognisedField {
  let selector: string | undefined;
  const field: RecognisedField = {
    element: el,
    get selector() {
      return (selector ??= selectors.of(el));
    },
    kind,
    reason,
    value: kind === 'password' || isSecret(el) ? '' : readValue(el),
  };
  if (DATE_KINDS.has(kind)) {
    const format = dateFormatOf(el) ?? ruleFormat;
    if (format) field.dateFormat = format;
  }
  return field;
}

/**
 * A later run over a page whose mutation records since `previous` were all
 * neutral (isNeutralChange): each control's verdict is taken again from fresh
 * geometry and values are read again; kinds and captions cannot have changed,
 * and selectors are written afresh when read. Null when a verdict changed, a
 * control left the page, or `previous` cannot be reused: recognise afresh.
 * A run that entered frames or shadow roots is reused only when `watched`
 * says that each was observed since before `previous` started, and it is still shown.
 */
export function* revalidationSteps(doc: Document, previous: Recognition, watched: (root: Document | ShadowRoot) => boolean = () => false): Generator<RecognitionQuestion | undefined, Recognition | null, unknown> {
  if (!previous.reusable && !previous.nested.every((n) => watched(n.root) && inPlace(n))) return null;
  if (previous.controls.some((el) => !el.isConnected)) return null;
  const { controls } = previous;
  const geometry = controls.length > 0 ? (((yield { ask: 'geometry', elements: controls }) ?? null) as Geometry | null) : null;
  const verdicts = new Map<Element, boolean>();
  for (let i = 0; i < controls.length; i += 1) {
    if (isFillable(controls[i]!, verdicts, geometry?.get(controls[i]!)) !== previous.fillable[i]) return null;
    if (i % STEP === STEP - 1) yield;
  }
  const selectors = new SelectorWriter(previous.nested);
  const fields: RecognisedField[] = [];
  for (let i = 0; i < previous.fields.length; i += 1) {
    if (i % STEP === STEP - 1) yield;
    const f = previous.fields[i]!;
    fields.push(fieldOf(f.element, f.kind, f.reason, selectors, f.dateFormat));
  }
  return { ...previous, fields };
}

/** A shadow root whose host is still in the page, or a frame's document that its frame still shows. */
function inPlace({ root, host }: Nested): boolean {
  return host.isConnected && (root.nodeType === 11 || (host as HTMLIFrameElement).contentDocument === root);
}

/**
 * Attributes recognition reads, on a field or anything near it. A change to
 * any of them is a change recognition must see; `class` and `style` are left
 * out, as they only matter through what the geometry shows, and so is `value`,
 * which only tells radio buttons apart in a selector (selectors are written
 * when read, against the page as it is then).
 */
export const READ_ATTRIBUTES = [
  'id', 'name', 'type', 'for', 'role', 'lang', 'autocomplete', 'formcontrolname', 'ng-model', 'data-testid',
  'aria-label', 'aria-labelledby', 'aria-controls', 'aria-owns', 'placeholder', 'data-placeholder', 'title', 'maxlength', 'pattern',
  'hidden', 'aria-hidden', 'inert', 'disabled', 'readonly', 'aria-disabled', 'aria-readonly', 'src', 'srcdoc', 'sandbox',
];

const READ_ATTRIBUTE_SET = new Set(READ_ATTRIBUTES);
/** Elements that are, or carry, a field or its caption. */
const MEANINGFUL = new Set(['input', 'select', 'textarea', 'mat-select', 'option', 'mat-option', 'label', 'legend', 'mat-label', 'fieldset', 'mat-form-field', 'iframe', 'frame', 'slot', 'template']);

function isNeutralNode(node: Node): boolean {
  if (node.nodeType === 8) return true;
  if (node.nodeType === 3) return (node.nodeValue ?? '').trim() === '';
  if (node.nodeType !== 1) return false;
  const el = node as Element;
  if (el.firstChild || el.shadowRoot || MEANINGFUL.has(el.localName)) return false;
  for (let i = 0; i < el.attributes.length; i += 1) if (READ_ATTRIBUTE_SET.has(el.attributes[i]!.name)) return false;
  return true;
}

/**
 * True when `records` (childList and READ_ATTRIBUTES, observed on the whole
 * page) only added or removed comments, blank text and empty elements that
 * carry no attribute recognition reads: a spinner, a ripple, an anchor comment.
 * Such nodes hold no field and no caption, so each field keeps its kind.
 */
export function isNeutralChange(records: readonly MutationRecord[]): boolean {
  for (const record of records) {
    if (record.type !== 'childList') return false;
    for (let i = 0; i < record.addedNodes.length; i += 1) if (!isNeutralNode(record.addedNodes[i]!)) return false;
    for (let i = 0; i < record.removedNodes.length; i += 1) if (!isNeutralNode(record.removedNodes[i]!)) return false;
  }
  return true;
}
