// One page session: from the moment a vendor URL is shown until the route
// changes or the extension goes away (the AbortSignal). It recognises the page
// on start and after DOM changes (debounced), reads what the user types on
// `input`/`focusout` (debounced), asks the background to compare it with the
// case, and draws the answer. Nothing is added to the page until there is
// something to show (a form to fill or a field that disagrees), and passwords
// are never read.
import type { BgToCs, CsToBgAnswers, FillResult, PageDescription, PageFinding, PageStatus, TypedField } from '../messages';
import { isNeutralChange, READ_ATTRIBUTES, readValue, recognitionSteps, revalidationSteps, type Recognition, type RecognitionQuestion } from '../recognition/fields';
import { recognisePage, recogniseSite } from '../recognition/site';
import type { PageType, RecognisedField, SiteId } from '../recognition/types';
import { resolveSelector } from '../recognition/selector';
import { fillFields } from './fill';
import { createBoxObserver, readBoxes, type Measured } from './geometry';
import { createMarks, type Marks } from './marks';
import { createOverlay, type Overlay } from './overlay';
import { createPanel, type Panel } from './panel';

const RECOGNISE_DEBOUNCE_MS = 250;
/** Recognition pauses for the page after this long, so that no task of ours comes near 50 ms. */
const SLICE_MS = 8;
const CHECK_DEBOUNCE_MS = 300;
/** Within the bounds of `cs-bg/country-codes`. */
const MAX_COUNTRY_TEXTS = 5000;
const MAX_COUNTRY_TEXT = 300;
/** Kinds the case can fill; a page with at least this many of them gets the in-page fill button. */
const FILLABLE_KINDS = new Set(['surname', 'givenNames', 'fullName', 'birthDate', 'birthDay', 'birthMonth', 'birthYear', 'sex', 'nationality', 'placeOfBirth', 'passportNumber', 'passportIssueDate', 'passportExpiryDate', 'phone', 'phoneCountryCode']);
const FORM_THRESHOLD = 2;
/** What recognition reads, in the page and in the frames and shadow roots it entered. */
const OBSERVED: MutationObserverInit = { childList: true, subtree: true, attributes: true, attributeFilter: [...READ_ATTRIBUTES] };

export interface SessionDeps {
  send(message: unknown): Promise<unknown>;
  /** Called when the background cannot be reached any more (extension updated or removed). */
  onGone(): void;
}

export interface Timings {
  /** `performance.now()` when the last recognition started (same clock as the page's). */
  startedAt: number;
  recogniseMs: number;
  annotateMs: number;
  /** Wall time from start to drawn, pauses for the page included. */
  wallMs: number;
  slices: number;
  /** The longest stretch recognition ran without letting the page run. */
  longestSliceMs: number;
  /** Drawing the last cross-check's answer (marks and summary). */
  drawMs: number;
  marks: number;
  fields: number;
}

export interface Session {
  handle(message: BgToCs): Promise<unknown>;
}

type Answer<T> = { ok: true } & T;

/** Lets the page run (input, rendering) before the next slice; a message port is not clamped like setTimeout. */
function pause(): Promise<void> {
  return new Promise((done) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      done();
    };
    channel.port2.postMessage(null);
  });
}

function isPassword(field: RecognisedField): boolean {
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

export function startSession(doc: Document, url: string, signal: AbortSignal, deps: SessionDeps): Session | null {
  const site: SiteId | null = recogniseSite(url);
  if (!site) return null;
  let pageType: PageType = 'other';
  let fields: RecognisedField[] = [];
  let byElement = new Map<Element, RecognisedField>();
  let findings: PageFinding[] = [];
  let caseLabel: string | null = null;
  let lastSent = '';
  let overlay: Overlay | null = null;
  let marks: Marks | null = null;
  let panel: Panel | null = null;
  let recogniseTimer: ReturnType<typeof setTimeout> | undefined;
  let checkTimer: ReturnType<typeof setTimeout> | undefined;
  let placing = false;
  const timings: Timings = { startedAt: 0, recogniseMs: 0, annotateMs: 0, wallMs: 0, slices: 0, longestSliceMs: 0, drawMs: 0, marks: 0, fields: 0 };
  let generation = 0;
  let current: Promise<void> = Promise.resolve();
  const listened = new WeakSet<Document>();

  signal.addEventListener('abort', () => {
    clearTimeout(recogniseTimer);
    clearTimeout(checkTimer);
    observer.disconnect();
    overlay?.remove();
  });

  function ensureOverlay(): void {
    if (overlay || signal.aborted) return;
    overlay = createOverlay(doc);
    const layer = doc.createElement('div');
    overlay.root.append(layer);
    marks = createMarks(layer);
    panel = createPanel(overlay.root, doc, { fill: () => void fillFromCase(undefined, true), reveal });
    panel.update(findings, marks.selectors().length);
    const view = doc.defaultView;
    view?.addEventListener('scroll', schedulePlace, { capture: true, passive: true, signal });
    view?.addEventListener('resize', schedulePlace, { passive: true, signal });
  }

  function schedulePlace(): void {
    if (placing) return;
    placing = true;
    requestAnimationFrame(() => {
      placing = false;
      marks?.place();
    });
  }

  function reveal(selector: string): void {
    const target = resolveSelector(doc, selector) as HTMLElement | null;
    if (!target) return;
    target.scrollIntoView({ block: 'center' });
    target.focus({ preventScroll: true });
  }

  function listenTo(d: Document): void {
    if (listened.has(d)) return;
    listened.add(d);
    const onEdit = (event: Event) => {
      const target = event.target as Element | null;
      const field = target ? (byElement.get(target) ?? (target.closest ? byElement.get(target.closest('mat-select') as Element) : undefined)) : undefined;
      if (field && !isPassword(field)) scheduleCheck();
    };
    for (const type of ['input', 'change', 'focusout']) d.addEventListener(type, onEdit, { capture: true, passive: true, signal });
  }

  // Mutation batches are numbered; a recognition may start from the last one
  // when no batch since that one started changed anything it read (isNeutralChange).
  let batch = 0;
  let lastChangeRead = 0;
  let last: { recognition: Recognition; batch: number; generation: number } | null = null;
  /** Frame documents and shadow roots the observer watches as well, with the recognition that was running when it began. */
  const watchedSince = new WeakMap<Document | ShadowRoot, number>();
  const watchedBefore = (run: number) => (root: Document | ShadowRoot) => (watchedSince.get(root) ?? Infinity) < run;

  function watchNested(found: Recognition): void {
    for (const { root } of found.nested) {
      if (watchedSince.has(root)) continue;
      observer.observe(root, OBSERVED);
      watchedSince.set(root, generation);
    }
  }

  function reusable(): Recognition | null {
    return last && lastChangeRead <= last.batch ? last.recognition : null;
  }

  function recognise(): Promise<void> {
    clearTimeout(recogniseTimer);
    recogniseTimer = undefined;
    current = recogniseInSlices(++generation);
    return current;
  }

  // Country answers never change: each text is asked once per page session.
  const countryAnswers = new Map<string, string | null>();

  async function countryCodes(texts: readonly string[]): Promise<(string | null)[]> {
    const unknown = [...new Set(texts)].filter((t) => !countryAnswers.has(t) && t.length <= MAX_COUNTRY_TEXT).slice(0, MAX_COUNTRY_TEXTS);
    if (unknown.length > 0) {
      try {
        const answer = (await deps.send({ type: 'cs-bg/country-codes', texts: unknown })) as CsToBgAnswers['cs-bg/country-codes'] | undefined;
        if (answer?.ok) unknown.forEach((t, i) => countryAnswers.set(t, answer.codes[i] ?? null));
      } catch {
        /* the extension is gone: no text names a country */
      }
    }
    return texts.map((t) => countryAnswers.get(t) ?? null);
  }

  /** The last geometry measured, which timed runs read again (the benchmark). */
  let lastBoxes: { elements: readonly Element[]; measured: Measured } | null = null;

  const boxes = createBoxObserver(doc);

  async function answer(question: RecognitionQuestion): Promise<unknown> {
    if (question.ask === 'countries') return countryCodes(question.texts);
    const measured = await boxes.measure(question.elements);
    lastBoxes = { elements: question.elements, measured };
    return measured;
  }

  async function recogniseInSlices(mine: number): Promise<void> {
    if (signal.aborted) return;
    const start = performance.now();
    const startBatch = batch;
    let busy = 0;
    let slices = 1;
    let longestSlice = 0;
    let sliceStart = start;
    const previous = reusable();
    let steps: Generator<RecognitionQuestion | undefined, Recognition | null, unknown> = previous ? revalidationSteps(doc, previous, watchedBefore(last!.generation)) : recognitionSteps(doc, { site });
    let found: Recognition;
    let reply: unknown;
    for (;;) {
      const step = steps.next(reply);
      reply = undefined;
      if (step.done) {
        if (step.value) {
          found = step.value;
          break;
        }
        // A control's verdict changed since the last run: recognise afresh.
        steps = recognitionSteps(doc, { site });
        continue;
      }
      const question = step.value;
      if (!question && performance.now() - sliceStart < SLICE_MS) continue;
      const ran = performance.now() - sliceStart;
      busy += ran;
      longestSlice = Math.max(longestSlice, ran);
      const answered = question ? await answer(question) : await pause();
      // A newer recognition (the DOM changed again) or the end of the session wins.
      if (signal.aborted || mine !== generation) return;
      slices += 1;
      sliceStart = performance.now();
      // Boxes are read in this slice: the observer's own callback only collects them.
      reply = question?.ask === 'geometry' ? readBoxes(answered as Measured) : answered;
    }
    last = { recognition: found, batch: startBatch, generation: mine };
    watchNested(found);
    const recognised = performance.now();
    annotate(found.fields);
    const end = performance.now();
    longestSlice = Math.max(longestSlice, end - sliceStart);
    Object.assign(timings, { startedAt: start, recogniseMs: busy + (recognised - sliceStart), annotateMs: end - recognised, wallMs: end - start, slices, longestSliceMs: longestSlice, fields: fields.length });
  }

  function annotate(found: RecognisedField[]): void {
    pageType = recognisePage(doc.URL, doc) ?? 'other';
    fields = found;
    byElement = new Map(fields.map((f) => [f.element, f]));
    for (const f of fields) listenTo(f.element.ownerDocument);
    const fillable = new Set(fields.filter((f) => FILLABLE_KINDS.has(f.kind)).map((f) => f.kind)).size;
    if (fillable >= FORM_THRESHOLD) ensureOverlay();
    marks?.show(findings, (s) => resolveSelector(doc, s));
    panel?.update(findings, marks?.selectors().length ?? 0);
    // Values were read as the fields were listed (a password never is).
    // A check already due reads the values when it runs: it is not put off.
    if (checkTimer === undefined && fields.some((f) => f.value !== '')) scheduleCheck();
  }

  /**
   * Recognitions and annotations back to back in one task, so that the page's
   * clock can time them: `runs` full ones, then `runs` started from the last
   * (as after a neutral DOM change), each doing all the content script's own
   * work. It observes the fields (and lets go at once) and reads the boxes the
   * last real observation gave, as nothing moved in between. Milliseconds per run.
   */
  async function timeRuns(runs: number): Promise<{ fullMs: number; rerunMs: number } | null> {
    await recognise();
    const measured = lastBoxes;
    const start = last?.recognition;
    if (!start) return null;
    const watched = watchedBefore(last!.generation);
    const replay = <T,>(steps: Generator<RecognitionQuestion | undefined, T, unknown>): T => {
      let reply: unknown;
      for (;;) {
        const step = steps.next(reply);
        if (step.done) return step.value;
        const question = step.value;
        if (question?.ask === 'countries') reply = question.texts.map((t) => countryAnswers.get(t) ?? null);
        else if (question?.ask === 'geometry') {
          if (!measured || question.elements.length !== measured.elements.length || question.elements.some((el, i) => el !== measured.elements[i])) throw new Error('the page changed while timing');
          boxes.observeAndRelease(question.elements);
          reply = readBoxes(measured.measured);
        } else reply = undefined;
      }
    };
    const perRun = (once: () => void): number => {
      const started = performance.now();
      for (let r = 0; r < runs; r += 1) once();
      return (performance.now() - started) / runs;
    };
    try {
      const fullMs = perRun(() => annotate(replay(recognitionSteps(doc, { site })).fields));
      const rerunMs = perRun(() => annotate((replay(revalidationSteps(doc, start, watched)) ?? replay(recognitionSteps(doc, { site }))).fields));
      return { fullMs, rerunMs };
    } catch {
      return null;
    }
  }

  function scheduleRecognise(): void {
    if (recogniseTimer === undefined) recogniseTimer = setTimeout(recognise, RECOGNISE_DEBOUNCE_MS);
  }

  function scheduleCheck(): void {
    clearTimeout(checkTimer);
    checkTimer = setTimeout(() => void crossCheck(), CHECK_DEBOUNCE_MS);
  }

  function typedValues(): TypedField[] {
    const out: TypedField[] = [];
    for (const f of fields) {
      if (isPassword(f) || f.kind === 'other') continue;
      const value = readValue(f.element);
      if (value === '') continue;
      out.push(f.dateFormat ? { selector: f.selector, kind: f.kind, value: value.slice(0, 1000), dateFormat: f.dateFormat } : { selector: f.selector, kind: f.kind, value: value.slice(0, 1000) });
    }
    return out;
  }

  function draw(next: PageFinding[]): void {
    const start = performance.now();
    findings = next;
    if (findings.length > 0) ensureOverlay();
    marks?.show(findings, (s) => resolveSelector(doc, s));
    panel?.update(findings, marks?.selectors().length ?? 0);
    timings.drawMs = performance.now() - start;
    timings.marks = marks?.selectors().length ?? 0;
  }

  async function crossCheck(): Promise<void> {
    clearTimeout(checkTimer);
    checkTimer = undefined;
    if (signal.aborted) return;
    const typed = typedValues();
    const key = JSON.stringify(typed);
    if (key === lastSent) return;
    lastSent = key;
    if (typed.length === 0) {
      draw([]);
      return;
    }
    let answer: Answer<{ caseLabel: string; findings: PageFinding[] }> | { ok: false } | undefined;
    try {
      answer = (await deps.send({ type: 'cs-bg/cross-check', site, pageType, fields: typed })) as typeof answer;
    } catch {
      deps.onGone();
      return;
    }
    if (signal.aborted || key !== lastSent) return;
    if (!answer || !answer.ok) {
      caseLabel = null;
      draw([]);
      return;
    }
    caseLabel = answer.caseLabel;
    draw(answer.findings);
  }

  async function fillFromCase(caseId: string | undefined, fromPanel: boolean): Promise<{ ok: true; result: FillResult } | { ok: false; error: string }> {
    panel?.setBusy(true);
    try {
      const answer = (await deps.send({ type: 'cs-bg/profile-values', caseId })) as { ok: true; caseLabel: string; values: Record<string, string> } | { ok: false; error: string } | undefined;
      if (!answer || !answer.ok) {
        const error = answer?.error ?? 'no answer';
        if (fromPanel) panel?.showFillResult({ error });
        return { ok: false, error };
      }
      caseLabel = answer.caseLabel;
      await recognise();
      const result = await fillFields(fields, answer.values, countryCodes);
      panel?.showFillResult(result);
      lastSent = '';
      await crossCheck();
      return { ok: true, result };
    } finally {
      panel?.setBusy(false);
    }
  }

  function describe(): PageDescription {
    return {
      site: site!,
      pageType,
      fields: fields.map((f) => ({ selector: f.selector, kind: f.kind, reason: f.reason, value: isPassword(f) ? '' : readValue(f.element) })),
    };
  }

  // The page's own mutations only; the overlay lives in a closed shadow root the observer does not see into.
  const observer = new MutationObserver((records) => {
    if (signal.aborted) return;
    const own = overlay?.host;
    const page = own ? records.filter((r) => r.target !== own && !(r.target === doc.documentElement && [...r.addedNodes, ...r.removedNodes].every((n) => n === own))) : records;
    if (page.length === 0) return;
    batch += 1;
    if (!isNeutralChange(page)) lastChangeRead = batch;
    scheduleRecognise();
    if (marks) schedulePlace();
  });
  observer.observe(doc.documentElement, OBSERVED);

  void recognise();

  return {
    async handle(message) {
      if (recogniseTimer !== undefined) void recognise();
      // Until the latest recognition is done, not one it replaced.
      for (let awaited = current; ; awaited = current) {
        await awaited;
        if (awaited === current) break;
      }
      switch (message.type) {
        case 'describe-page':
        case 'bg-cs/describe-page':
          return describe();
        case 'bg-cs/page-status': {
          lastSent = '';
          await crossCheck();
          const marked = marks?.selectors() ?? [...new Set(findings.map((f) => f.selector))].map((selector) => ({ selector, rules: findings.filter((f) => f.selector === selector).map((f) => f.rule) }));
          const status: PageStatus = { site: site!, pageType, fields: countFields(fields), disagree: marked.length, marks: marked, caseLabel };
          return status;
        }
        case 'bg-cs/fill':
          return fillFromCase(message.caseId, false);
        case 'bg-cs/timings':
          return message.runs ? { ...timings, timed: await timeRuns(message.runs) } : { ...timings };
      }
    },
  };
}
