// Recognise: which fields the page holds and what they ask for. Runs on start
// and after the page's DOM changes (debounced), in slices short enough that the
// page stays responsive; a run may start from the last one when no change since
// touched anything recognition reads. Country names are asked of the
// background once per text; boxes are measured by the browser (geometry.ts).
import type { CsToBgAnswers } from '../messages';
import { recognitionSteps, revalidationSteps, type Recognition, type RecognitionQuestion } from '../recognition/fields';
import type { RecognisedField, SiteId } from '../recognition/types';
import type { Vocabulary } from '../recognition/vocabulary';
import { createBoxObserver, readBoxes, type Measured } from './geometry';

const RECOGNISE_DEBOUNCE_MS = 250;
/** Recognition pauses for the page after this long, so that no task of ours comes near 50 ms. */
const SLICE_MS = 8;
/** Within the bounds of `cs-bg/country-codes`. */
const MAX_COUNTRY_TEXTS = 5000;
const MAX_COUNTRY_TEXT = 300;

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

export interface RecogniseDeps {
  send(message: unknown): Promise<unknown>;
  /** Watches a frame's document or a shadow root recognition entered. */
  watch(root: Document | ShadowRoot): void;
  /** Hands a finished recognition on (annotate); returns how many fields it kept. */
  recognised(found: Recognition): number;
}

export interface Recogniser {
  /** Recognises now; resolves when this run is drawn (or replaced by a newer one). */
  run(): Promise<void>;
  /** A batch of the page's mutations: recognise again soon. */
  changed(neutral: boolean): void;
  /** Resolves once the latest recognition is done, not one it replaced; starts a due one first. */
  settled(): Promise<void>;
  countryCodes(texts: readonly string[]): Promise<(string | null)[]>;
  /** The words that name fields and options, as the background last gave them. */
  vocabulary(): Vocabulary | null;
  /** Recognises the page now, in one go, from the answers already given (styles decide what is visible): a check in the middle of a fill. */
  recogniseNow(): readonly RecognisedField[];
  timings: Timings;
  /** Recognitions and annotations back to back in one task (the benchmark), milliseconds per run. */
  timeRuns(runs: number): Promise<{ fullMs: number; rerunMs: number } | null>;
}

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

export function createRecogniser(doc: Document, site: SiteId, signal: AbortSignal, deps: RecogniseDeps): Recogniser {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let generation = 0;
  let current: Promise<void> = Promise.resolve();
  const timings: Timings = { startedAt: 0, recogniseMs: 0, annotateMs: 0, wallMs: 0, slices: 0, longestSliceMs: 0, drawMs: 0, marks: 0, fields: 0 };
  signal.addEventListener('abort', () => clearTimeout(timer));

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
      deps.watch(root);
      watchedSince.set(root, generation);
    }
  }

  function reusable(): Recognition | null {
    return last && lastChangeRead <= last.batch ? last.recognition : null;
  }

  function run(): Promise<void> {
    clearTimeout(timer);
    timer = undefined;
    current = inSlices(++generation);
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

  const knownCountryCodes = (texts: readonly string[]) => texts.map((t) => countryAnswers.get(t) ?? null);

  /** The words that name fields, as the background last gave them. */
  let words: Vocabulary | null = null;

  /** The words that name fields, asked of the background once per page session. */
  async function vocabulary(): Promise<Vocabulary | null> {
    try {
      const answer = (await deps.send({ type: 'cs-bg/vocabulary' })) as CsToBgAnswers['cs-bg/vocabulary'] | undefined;
      return (words = answer?.ok ? answer.vocabulary : null);
    } catch {
      return null;
    }
  }

  /** The last geometry measured, which timed runs read again (the benchmark). */
  let lastBoxes: { elements: readonly Element[]; measured: Measured } | null = null;

  const boxes = createBoxObserver(doc);

  async function answer(question: RecognitionQuestion): Promise<unknown> {
    if (question.ask === 'countries') return countryCodes(question.texts);
    if (question.ask === 'vocabulary') return vocabulary();
    const measured = await boxes.measure(question.elements);
    lastBoxes = { elements: question.elements, measured };
    return measured;
  }

  async function inSlices(mine: number): Promise<void> {
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
    const fields = deps.recognised(found);
    const end = performance.now();
    longestSlice = Math.max(longestSlice, end - sliceStart);
    Object.assign(timings, { startedAt: start, recogniseMs: busy + (recognised - sliceStart), annotateMs: end - recognised, wallMs: end - start, slices, longestSliceMs: longestSlice, fields });
  }

  /**
   * Recognitions and annotations back to back in one task, so that the page's
   * clock can time them: `runs` full ones, then `runs` started from the last
   * (as after a neutral DOM change), each doing all the content script's own
   * work. It observes the fields (and lets go at once) and reads the boxes the
   * last real observation gave, as nothing moved in between. Milliseconds per run.
   */
  async function timeRuns(runs: number): Promise<{ fullMs: number; rerunMs: number } | null> {
    await run();
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
        if (question?.ask === 'countries') reply = knownCountryCodes(question.texts);
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
      const fullMs = perRun(() => deps.recognised(replay(recognitionSteps(doc, { site }))));
      const rerunMs = perRun(() => deps.recognised(replay(revalidationSteps(doc, start, watched)) ?? replay(recognitionSteps(doc, { site }))));
      return { fullMs, rerunMs };
    } catch {
      return null;
    }
  }

  return {
    run,
    changed(neutral) {
      batch += 1;
      if (!neutral) lastChangeRead = batch;
      if (timer === undefined) timer = setTimeout(run, RECOGNISE_DEBOUNCE_MS);
    },
    async settled() {
      if (timer !== undefined) void run();
      for (let awaited = current; ; awaited = current) {
        await awaited;
        if (awaited === current) break;
      }
    },
    countryCodes,
    vocabulary: () => words,
    recogniseNow() {
      const steps = recognitionSteps(doc, { site });
      let reply: unknown;
      for (;;) {
        const step = steps.next(reply);
        if (step.done) return step.value.fields;
        const question = step.value;
        reply = question?.ask === 'countries' ? knownCountryCodes(question.texts) : question?.ask === 'vocabulary' ? words : undefined;
      }
    },
    timings,
    timeRuns,
  };
}
