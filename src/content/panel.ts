// The compact summary in the page's corner: how many fields disagree with the
// case, the findings (each one a button that brings its field into view), and
// the fill button. Collapsed until opened; every control is a real button, so
// Tab reaches it and Enter/Space work. Nodes are created once and updated in
// place. Strings come from `_locales` in the browser's language.
import type { FillResult, PageFinding } from '../messages';
import { createMarks, type Marks } from './marks';
import { createOverlay, type Overlay, type OverlayStyle } from './overlay';
import { message } from './runtime';

export interface Panel {
  element: HTMLElement;
  update(findings: readonly PageFinding[], fieldsWithFindings: number): void;
  showFillResult(result: FillResult | { error: string }): void;
  setBusy(busy: boolean): void;
}

/** The in-page fill was refused: the panel was not shown as drawn where the click landed. */
const REFUSED = 'refused';

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className?: string): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  return node;
}

function setText(node: Node, text: string): void {
  if (node.textContent !== text) node.textContent = text;
}

/**
 * `fillHere`: the panel offers its own fill button only where the browser confirms that nothing
 * covers it (overlay.ts `confirmsSight`); elsewhere it says the toolbar button fills the page,
 * which a page cannot cover.
 */
export function createPanel(root: ShadowRoot, doc: Document, actions: { fill(event: MouseEvent): void; reveal(selector: string): void }, fillHere: boolean): Panel {
  const section = el(doc, 'section', 'panel');
  section.setAttribute('aria-label', message('extName'));
  const head = el(doc, 'button', 'head');
  head.type = 'button';
  head.setAttribute('aria-expanded', 'false');
  const dot = el(doc, 'span', 'dot');
  const summary = el(doc, 'span');
  summary.setAttribute('aria-live', 'polite');
  head.append(dot, summary);
  const body = el(doc, 'div', 'body');
  body.hidden = true;
  const list = el(doc, 'ul');
  const fill = el(doc, 'button', 'fill');
  fill.type = 'button';
  setText(fill, message('pageFill'));
  const toolbar = el(doc, 'p', 'result');
  setText(toolbar, message('pageFillFromToolbar'));
  const result = el(doc, 'p', 'result');
  result.setAttribute('aria-live', 'polite');
  result.hidden = true;
  body.append(list, fillHere ? fill : toolbar, result);
  section.append(head, body);
  root.append(section);

  head.addEventListener('click', () => {
    const open = body.hidden;
    body.hidden = !open;
    head.setAttribute('aria-expanded', String(open));
  });
  fill.addEventListener('click', (event) => actions.fill(event));

  const items = new Map<string, HTMLLIElement>();
  // Every recognition run asks again; the same answer changes nothing.
  let shown: { findings: readonly PageFinding[]; count: number } | null = null;

  return {
    element: section,
    update(findings, fieldsWithFindings) {
      if (shown?.findings === findings && shown.count === fieldsWithFindings) return;
      shown = { findings, count: fieldsWithFindings };
      const worst = findings.some((f) => f.severity === 'error') ? 'error' : findings.some((f) => f.severity === 'warning') ? 'warning' : 'ok';
      const dotClass = `dot ${worst}`;
      if (dot.className !== dotClass) dot.className = dotClass;
      setText(
        summary,
        fieldsWithFindings === 0 ? message('pageAllAgree') : fieldsWithFindings === 1 ? message('pageDisagreeOne') : message('pageDisagree', fieldsWithFindings),
      );
      const keep = new Set<string>();
      let previous: HTMLLIElement | null = null;
      for (const f of findings) {
        const key = `${f.rule}|${f.selector}`;
        keep.add(key);
        let item = items.get(key);
        if (!item) {
          item = el(doc, 'li');
          const button = el(doc, 'button');
          button.type = 'button';
          button.addEventListener('click', () => actions.reveal(f.selector));
          item.append(button);
          items.set(key, item);
        }
        if (item.className !== f.severity) item.className = f.severity;
        setText(item.firstChild!, f.message);
        const expectedPosition: ChildNode | null = previous ? previous.nextSibling : list.firstChild;
        if (expectedPosition !== item) list.insertBefore(item, expectedPosition);
        previous = item;
      }
      for (const [key, item] of items) {
        if (!keep.has(key)) {
          item.remove();
          items.delete(key);
        }
      }
    },
    showFillResult(answer) {
      result.hidden = false;
      if ('error' in answer) {
        setText(result, message(answer.error === REFUSED ? 'pageFillRefused' : 'pageNoCase'));
        return;
      }
      const left = answer.skipped.length;
      setText(result, left === 0 ? message('pageFilledAll', answer.filled) : message('pageFilled', answer.filled, left));
    },
    setBusy(busy) {
      fill.disabled = busy;
    },
  };
}

/**
 * Panel: everything the extension draws in the page (the overlay host, the
 * marks around fields and the summary), created only once there is something
 * to show, and kept in place while the page scrolls and resizes.
 */
export interface InPage {
  /** Adds the overlay to the page if it is not there yet. */
  ensure(): void;
  /** Marks these findings' fields and updates the summary. */
  show(findings: readonly PageFinding[], resolve: (selector: string) => Element | null): void;
  /** Follows the fields after the page moved them. */
  place(): void;
  /** The fields marked, with their rules; empty while nothing is drawn. */
  marked(): { selector: string; rules: string[] }[];
  /** The overlay's host element, or null while nothing is drawn. */
  host(): HTMLElement | null;
  showFillResult(result: FillResult | { error: string }): void;
  setBusy(busy: boolean): void;
}

export function createInPage(doc: Document, signal: AbortSignal, actions: { fill(): void; reveal(selector: string): void; style(): Promise<OverlayStyle | null> }): InPage {
  let overlay: Overlay | null = null;
  let marks: Marks | null = null;
  let panel: Panel | null = null;
  let placing = false;
  /** The page kept undoing the overlay: nothing is drawn any more, the toolbar badge and the popup show instead. */
  let lost = false;
  signal.addEventListener('abort', () => overlay?.remove());

  function schedulePlace(): void {
    if (placing || !marks) return;
    placing = true;
    requestAnimationFrame(() => {
      placing = false;
      marks?.place();
    });
  }

  return {
    ensure() {
      if (overlay || lost || signal.aborted) return;
      overlay = createOverlay(doc, actions.style(), () => {
        lost = true;
        overlay = marks = panel = null;
      });
      const layer = doc.createElement('div');
      overlay.root.append(layer);
      marks = createMarks(layer);
      // A fill from the panel acts only on a click a person made on the panel as drawn: else the popup's fill is the way.
      panel = createPanel(overlay.root, doc, { reveal: actions.reveal, fill: (event) => (overlay?.trusted(event) ? actions.fill() : panel?.showFillResult({ error: REFUSED })) }, overlay.confirmsSight);
      overlay.track(panel.element);
      panel.update([], 0);
      const view = doc.defaultView;
      view?.addEventListener('scroll', schedulePlace, { capture: true, passive: true, signal });
      view?.addEventListener('resize', schedulePlace, { passive: true, signal });
    },
    show(findings, resolve) {
      marks?.show(findings, resolve);
      panel?.update(findings, marks?.selectors().length ?? 0);
    },
    place: schedulePlace,
    marked: () => marks?.selectors() ?? [],
    host: () => overlay?.host ?? null,
    showFillResult: (result) => panel?.showFillResult(result),
    setBusy: (busy) => panel?.setBusy(busy),
  };
}
