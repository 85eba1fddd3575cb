// Where the browser drew the page's controls, measured by an IntersectionObserver
// during the browser's own rendering step rather than read box by box in the
// content script's task: reading each field's rectangle, and each ancestor's
// styles to find what clips it, cost more than the rest of recognition together
// (recognition/fillable.ts). The observer's intersection rectangle is what is
// left of a box after every ancestor's overflow, `clip` and `clip-path`.
import type { Geometry } from '../recognition/fields';

/** Grows the viewport over the whole page, so that only clipping, not scrolling, shrinks a box. */
const WHOLE_PAGE = '100000px';
/** A page that is not rendered (a background tab) never answers; styles then decide alone. */
const ANSWER_WITHIN_MS = 1000;

/** What one observation gave: the entries, and each document's scroll and width when they were taken. */
export interface Measured {
  entries: IntersectionObserverEntry[];
  pages: Map<Document, { x: number; y: number; width: number }>;
}

export interface BoxObserver {
  /** Observes `elements` once; resolves with one entry per element, or with what came within the wait. */
  measure(elements: readonly Element[]): Promise<Measured>;
  /** What observing costs the script's own task, without waiting for an answer: the benchmark's re-runs. */
  observeAndRelease(elements: readonly Element[]): void;
}

/** One observer for a page session, observing afresh for each recognition (making one costs more than observing two fields). */
export function createBoxObserver(doc: Document): BoxObserver {
  const view = doc.defaultView;
  let observer: IntersectionObserver | null = null;
  let pending: { measured: Measured; expected: number; finish(): void } | null = null;

  function take(batch: IntersectionObserverEntry[]): void {
    if (!pending) return;
    const { measured } = pending;
    for (const entry of batch) {
      measured.entries.push(entry);
      // The boxes are viewport-relative: the scroll they go with is the one at this moment.
      const d = entry.target.ownerDocument;
      if (!measured.pages.has(d)) {
        const v = d.defaultView;
        measured.pages.set(d, { x: v?.scrollX ?? 0, y: v?.scrollY ?? 0, width: Math.max(d.documentElement?.scrollWidth ?? 0, v?.innerWidth ?? 0) });
      }
    }
    if (measured.entries.length >= pending.expected) pending.finish();
  }

  function ready(): IntersectionObserver | null {
    if (!view || typeof view.IntersectionObserver !== 'function') return null;
    observer ??= new view.IntersectionObserver(take, { rootMargin: WHOLE_PAGE });
    return observer;
  }

  return {
    measure(elements) {
      pending?.finish();
      const measured: Measured = { entries: [], pages: new Map() };
      const io = doc.visibilityState === 'hidden' || elements.length === 0 ? null : ready();
      if (!io) return Promise.resolve(measured);
      return new Promise((resolve) => {
        const timer = setTimeout(() => current.finish(), ANSWER_WITHIN_MS);
        const current = {
          measured,
          expected: elements.length,
          finish() {
            clearTimeout(timer);
            io.disconnect();
            if (pending === current) pending = null;
            resolve(measured);
          },
        };
        pending = current;
        for (const el of elements) io.observe(el);
      });
    },
    observeAndRelease(elements) {
      const io = ready();
      if (!io || pending) return;
      for (const el of elements) io.observe(el);
      io.disconnect();
    },
  };
}

/**
 * The boxes of an observation in their documents' page coordinates, each read
 * when recognition first asks for it: on a 5,000-field form, reading them all
 * at once would be one long task.
 */
export function readBoxes(measured: Measured): Geometry {
  const byElement = new Map<Element, IntersectionObserverEntry>();
  for (const entry of measured.entries) byElement.set(entry.target, entry);
  return {
    get(el) {
      const entry = byElement.get(el);
      const page = entry && measured.pages.get(el.ownerDocument);
      if (!entry || !page) return undefined;
      const box = entry.boundingClientRect;
      const shown = entry.intersectionRect;
      return { left: box.left + page.x, top: box.top + page.y, right: box.right + page.x, bottom: box.bottom + page.y, pageWidth: page.width, shownWidth: shown.width, shownHeight: shown.height };
    },
  };
}
