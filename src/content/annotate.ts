// Annotate: what the recognised fields hold, compared with the case. Keeps the
// page's last recognition (its type and fields) and asks the background to
// compare fields with the case (debounced; passwords are never read). What is
// drawn over the page comes only from values the user typed (trusted events,
// the value as it was then) or the extension wrote: a value the page's own
// script puts into a field, or an event it dispatches, changes nothing the
// page could observe. The popup's status compares every field, drawing nothing.
// Nothing is added to the page until there is something to show: a form to
// fill or a field that disagrees.
import type { PageDescription, PageFinding, PageStatus, TypedField } from '../messages';
import { readValue, type Recognition } from '../recognition/fields';
import { recognisePage } from '../recognition/site';
import type { PageType, RecognisedField, SiteId } from '../recognition/types';
import { resolveSelector } from '../recognition/selector';
import type { InPage } from './panel';
import type { Timings } from './recognise';

const CHECK_DEBOUNCE_MS = 300;
/** Kinds that make no form to fill on their own (a sign-in, a contact or payment line); a page with enough kinds besides these gets the in-page fill button. */
const NOT_A_FORM = new Set(['email', 'password', 'other', 'paymentCommunication']);
const FORM_THRESHOLD = 2;

export function isPassword(field: RecognisedField): boolean {
  return field.kind === 'password' || (field.element.getAttribute('type') ?? '').toLowerCase() === 'password';
}

/** A radio group answers one question: it counts once. */
function countFields(fields: readonly RecognisedField[]): number {
  const groups = new Set<string>();
  let n = 0;
  for (const f of fields) {
    const name = f.element.getAttribute('type') === 'radio' ? f.element.getAttribute('name') : null;
    if (name) {
      if (groups.has(`${f.kind}|${name}`)) continue;
      groups.add(`${f.kind}|${name}`);
    }
    n += 1;
  }
  return n;
}

export interface AnnotateDeps {
  send(message: unknown): Promise<unknown>;
  onGone(): void;
  /** Listens for the user's edits in a document that holds recognised fields. */
  listenTo(doc: Document): void;
  inPage: InPage;
  timings: Timings;
}

export interface Annotator {
  /** Takes a finished recognition; returns how many fields it kept. */
  recognised(found: Recognition): number;
  /** An edit event in a watched document: only the user's own (trusted) ones count. */
  edited(event: Event): void;
  /** Fields the user focused by hand (trusted focus): a person has seen them. */
  focused: WeakSet<Element>;
  /** A field the extension wrote: its value as it is now counts as chosen by the user. */
  vouch(el: Element): void;
  /** Compares what the user typed or the extension wrote with the case and draws it, even when nothing changed since the last time. */
  checkNow(): Promise<void>;
  /** Compares every field's value with the case for the popup, drawing nothing on the page. */
  status(): Promise<PageStatus>;
  /** The fields of the last recognition. */
  fields(): readonly RecognisedField[];
  pageType(): PageType;
  setCaseLabel(label: string | null): void;
  describe(): PageDescription;
}

type Answer<T> = { ok: true } & T;

export function createAnnotator(doc: Document, site: SiteId, signal: AbortSignal, deps: AnnotateDeps): Annotator {
  const { inPage, timings } = deps;
  let pageType: PageType = 'other';
  let fields: RecognisedField[] = [];
  let byElement = new Map<Element, RecognisedField>();
  let findings: PageFinding[] = [];
  let caseLabel: string | null = null;
  let lastSent = '';
  let checkTimer: ReturnType<typeof setTimeout> | undefined;
  /** Fields the user edited by hand or the extension filled, with the value they had then. */
  const vouched = new WeakMap<Element, string>();
  const focused = new WeakSet<Element>();
  let badge = 0;
  signal.addEventListener('abort', () => clearTimeout(checkTimer));
  const resolve = (s: string) => resolveSelector(doc, s);

  function recognised(found: Recognition): number {
    pageType = recognisePage(doc.URL, doc) ?? 'other';
    fields = found.fields;
    byElement = new Map(fields.map((f) => [f.element, f]));
    for (const f of fields) deps.listenTo(f.element.ownerDocument);
    const fillable = new Set(fields.filter((f) => !NOT_A_FORM.has(f.kind)).map((f) => f.kind)).size;
    if (fillable >= FORM_THRESHOLD) inPage.ensure();
    inPage.show(findings, resolve);
    // Fields may have come or gone: the drawing follows. A check already due is not put off.
    if (checkTimer === undefined && fields.some((f) => vouched.has(f.element))) scheduleCheck();
    return fields.length;
  }

  function scheduleCheck(): void {
    clearTimeout(checkTimer);
    checkTimer = setTimeout(() => void crossCheck(), CHECK_DEBOUNCE_MS);
  }

  /** What the fields hold: every field's value now, or (`vouchedOnly`) the values the user typed or the extension wrote. */
  function typedValues(vouchedOnly: boolean): TypedField[] {
    const out: TypedField[] = [];
    for (const f of fields) {
      if (isPassword(f) || f.kind === 'other') continue;
      const value = vouchedOnly ? (vouched.get(f.element) ?? '') : readValue(f.element);
      if (value === '') continue;
      out.push(f.dateFormat ? { selector: f.selector, kind: f.kind, value: value.slice(0, 1000), dateFormat: f.dateFormat } : { selector: f.selector, kind: f.kind, value: value.slice(0, 1000) });
    }
    return out;
  }

  function draw(next: PageFinding[]): void {
    const start = performance.now();
    findings = next;
    if (findings.length > 0) inPage.ensure();
    inPage.show(findings, resolve);
    timings.drawMs = performance.now() - start;
    timings.marks = inPage.marked().length;
    // The toolbar badge shows the count too: a page that hides or removes the panel cannot hide a disagreement.
    const count = new Set(findings.map((f) => f.selector)).size;
    if (count !== badge) deps.send({ type: 'cs-bg/badge', count: (badge = count) }).catch(() => undefined);
  }

  /** The background's findings on these values (null when it has no case to compare with, or is gone); caseLabel follows. */
  async function ask(typed: TypedField[]): Promise<PageFinding[] | null> {
    try {
      const answer = (await deps.send({ type: 'cs-bg/cross-check', site, pageType, fields: typed })) as Answer<{ caseLabel: string; findings: PageFinding[] }> | { ok: false } | undefined;
      caseLabel = answer?.ok ? answer.caseLabel : null;
      return answer?.ok ? answer.findings : [];
    } catch {
      deps.onGone();
      return null;
    }
  }

  async function crossCheck(): Promise<void> {
    clearTimeout(checkTimer);
    checkTimer = undefined;
    if (signal.aborted) return;
    const typed = typedValues(true);
    const key = JSON.stringify(typed);
    if (key === lastSent) return;
    lastSent = key;
    const found = typed.length === 0 ? [] : await ask(typed);
    if (found && !signal.aborted && key === lastSent) draw(found);
  }

  return {
    recognised,
    edited(event) {
      if (!event.isTrusted) return;
      const target = event.target as Element | null;
      const field = target ? (byElement.get(target) ?? (target.closest ? byElement.get(target.closest('mat-select') as Element) : undefined)) : undefined;
      if (!field || isPassword(field)) return;
      if (event.type === 'focusin') {
        focused.add(field.element);
        return;
      }
      vouched.set(field.element, readValue(field.element));
      scheduleCheck();
    },
    focused,
    vouch(el) {
      // The fill never writes a password.
      vouched.set(el, readValue(el));
    },
    checkNow() {
      lastSent = '';
      return crossCheck();
    },
    fields: () => fields,
    pageType: () => pageType,
    setCaseLabel(label) {
      caseLabel = label;
    },
    describe() {
      return {
        site,
        pageType,
        fields: fields.map((f) => ({ selector: f.selector, kind: f.kind, reason: f.reason, value: isPassword(f) ? '' : readValue(f.element) })),
      };
    },
    async status() {
      const typed = typedValues(false);
      const found = (typed.length > 0 && (await ask(typed))) || [];
      const marks = [...new Set(found.map((f) => f.selector))].map((selector) => ({ selector, rules: found.filter((f) => f.selector === selector).map((f) => f.rule) }));
      return { site, origin: doc.location!.origin, pageType, fields: countFields(fields), disagree: marks.length, marks, caseLabel };
    },
  };
}
