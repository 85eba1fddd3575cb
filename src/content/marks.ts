// Outlines around the fields that disagree with the case, drawn in the overlay's
// closed shadow root over the page (fixed position, no box of the page moves).
// Marks are kept by selector and moved in place: an answer that changes nothing
// changes no node, so nothing flickers while the user types.
import type { PageFinding } from '../messages';

type Severity = PageFinding['severity'];

interface Mark {
  box: HTMLElement;
  target: Element;
  severity: Severity;
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** The element's rectangle in the top window's viewport, through same-origin frames. */
function viewportRect(el: Element): { x: number; y: number; width: number; height: number } {
  const r = el.getBoundingClientRect();
  let x = r.left;
  let y = r.top;
  for (let view: Window | null = el.ownerDocument.defaultView; view && view !== view.parent; view = view.parent) {
    let frame: Element | null = null;
    try {
      frame = view.frameElement;
    } catch {
      break;
    }
    if (!frame) break;
    const f = frame.getBoundingClientRect();
    x += f.left + frame.clientLeft;
    y += f.top + frame.clientTop;
  }
  return { x, y, width: r.width, height: r.height };
}

export interface Marks {
  /** Marks exactly these findings' fields; `resolve` finds a field from its selector. */
  show(findings: readonly PageFinding[], resolve: (selector: string) => Element | null): void;
  /** Follows the fields after scrolling, resizing or a re-render. */
  place(): void;
  selectors(): { selector: string; rules: string[] }[];
}

export function createMarks(layer: HTMLElement): Marks {
  const marks = new Map<string, Mark>();
  const rules = new Map<string, string[]>();

  function position(mark: Mark): void {
    const { x, y, width, height } = viewportRect(mark.target);
    const hidden = width <= 0 || height <= 0 || !mark.target.isConnected;
    if (mark.box.hidden !== hidden) mark.box.hidden = hidden;
    if (hidden) return;
    const transform = `translate(${Math.round(x - 3)}px, ${Math.round(y - 3)}px)`;
    const w = `${Math.round(width + 6)}px`;
    const h = `${Math.round(height + 6)}px`;
    const s = mark.box.style;
    if (s.transform !== transform) s.transform = transform;
    if (s.width !== w) s.width = w;
    if (s.height !== h) s.height = h;
  }

  return {
    show(findings, resolve) {
      const wanted = new Map<string, { severity: Severity; rules: string[] }>();
      for (const f of findings) {
        const seen = wanted.get(f.selector);
        if (!seen) wanted.set(f.selector, { severity: f.severity, rules: [f.rule] });
        else {
          seen.rules.push(f.rule);
          if (RANK[f.severity] > RANK[seen.severity]) seen.severity = f.severity;
        }
      }
      for (const [selector, mark] of marks) {
        if (!wanted.has(selector)) {
          mark.box.remove();
          marks.delete(selector);
        }
      }
      rules.clear();
      for (const [selector, want] of wanted) {
        const target = resolve(selector);
        if (!target) continue;
        rules.set(selector, want.rules);
        let mark = marks.get(selector);
        // A mark kept on the same field stays where `place` last put it: whatever
        // moves a field (a DOM change, scrolling, resizing) calls `place` as well,
        // and reading every field's box on each recognition would force a layout.
        const moved = mark?.target !== target;
        if (!mark) {
          const box = layer.ownerDocument.createElement('div');
          mark = { box, target, severity: want.severity };
          marks.set(selector, mark);
          layer.append(box);
        }
        mark.target = target;
        const className = `mark ${want.severity}`;
        if (mark.box.className !== className) mark.box.className = className;
        mark.severity = want.severity;
        if (moved) position(mark);
      }
    },
    place() {
      for (const mark of marks.values()) position(mark);
    },
    selectors() {
      return [...rules].map(([selector, r]) => ({ selector, rules: [...r] }));
    },
  };
}
