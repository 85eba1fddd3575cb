// Observe: what the page changes and what the user types. Mutations of the
// page (never the extension's own host) are numbered in batches and reported
// with whether they could change what recognition reads; edits in the
// documents that hold recognised fields are reported by their target.
import { isNeutralChange, READ_ATTRIBUTES } from '../recognition/fields';

/** What recognition reads, in the page and in the frames and shadow roots it entered: captions' text edited in place too. */
export const OBSERVED: MutationObserverInit = { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: [...READ_ATTRIBUTES] };

export interface PageObserver {
  /** Watches a frame's document or an open shadow root as well. */
  watch(root: Document | ShadowRoot): void;
  /** Reports edits (`input`, `change`, `focusout`) and focus (`focusin`) in this document, once per document. */
  listenTo(doc: Document): void;
}

export interface ObserveDeps {
  /** The extension's own element in the page, whose mutations are not the page's. */
  ownHost(): Element | null;
  /** A batch of the page's mutations; `neutral` when none changed what recognition reads. */
  changed(neutral: boolean): void;
  edited(event: Event): void;
}

export function observePage(doc: Document, signal: AbortSignal, deps: ObserveDeps): PageObserver {
  const listened = new WeakSet<Document>();
  // The page's own mutations only; the overlay lives in a closed shadow root the observer does not see into.
  const observer = new MutationObserver((records) => {
    if (signal.aborted) return;
    const own = deps.ownHost();
    const page = own ? records.filter((r) => r.target !== own && !(r.target === doc.documentElement && [...r.addedNodes, ...r.removedNodes].every((n) => n === own))) : records;
    if (page.length === 0) return;
    deps.changed(isNeutralChange(page));
  });
  observer.observe(doc.documentElement, OBSERVED);
  signal.addEventListener('abort', () => observer.disconnect());

  return {
    watch(root) {
      observer.observe(root, OBSERVED);
    },
    listenTo(d) {
      if (listened.has(d)) return;
      listened.add(d);
      for (const type of ['input', 'change', 'focusout', 'focusin']) d.addEventListener(type, deps.edited, { capture: true, passive: true, signal });
    },
  };
}
