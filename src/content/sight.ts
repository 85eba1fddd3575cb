// The browser side of `canSee` (recognition/sight.ts): measures one field as
// drawn right now, through its ancestors, open shadow roots and same-origin
// frames. Called just before the field is written, so it reads layout for the
// few fields of one fill, never for the whole page.
import { parentAcross } from '../recognition/fillable';
import { colourGap, type Sight } from '../recognition/sight';

/** The channels of a computed colour (always `rgb()` or `rgba()`), alpha last (1 when absent). */
function channels(colour: string): number[] {
  const n = (colour.match(/[\d.]+%?/g) ?? []).map((v) => (v.endsWith('%') ? Number(v.slice(0, -1)) / 100 : Number(v)));
  return [n[0] ?? 0, n[1] ?? 0, n[2] ?? 0, n[3] ?? 1];
}

const style = (el: Element) => el.ownerDocument.defaultView!.getComputedStyle(el);

/**
 * Measures `el` for canSee. `own` is the extension's own host, which never
 * counts as covering a field; `focused` the fields the user focused by hand.
 */
export function measureSight(el: Element, own: Element | null, focused: WeakSet<Element>): Sight {
  const r = el.getBoundingClientRect();
  // The part of the box left by every ancestor that clips, in the coordinates of the document being walked.
  let [left, top, right, bottom] = [r.left, r.top, r.right, r.bottom];
  let doc = el.ownerDocument;
  let opacity = 1;
  let masked = false;
  let clipPath = false;
  let gap = Infinity;
  let background: number[] | null = null;
  let tested = 0;
  let onTop = 0;
  const type = el.getAttribute('type');
  const colour = type === 'radio' || type === 'checkbox' ? null : channels(style(el).color);

  // Hit tests where the box lies in its document's viewport: the field, what it holds or its label must be on top.
  const root = el.getRootNode() as Document | ShadowRoot;
  const view = doc.defaultView!;
  for (const [fx, fy] of [[2, 2], [1, 1], [3, 1], [1, 3], [3, 3]]) {
    const x = left + ((right - left) * fx!) / 4;
    const y = top + ((bottom - top) * fy!) / 4;
    if (right <= left || bottom <= top || x < 0 || y < 0 || x >= view.innerWidth || y >= view.innerHeight) continue;
    tested += 1;
    const hit = root.elementsFromPoint(x, y).find((h) => h !== own);
    if (hit && (hit === el || el.contains(hit) || (hit as HTMLLabelElement).control === el)) onTop += 1;
  }

  for (let node: Element | null = el; node; node = parentAcross(node)) {
    if (node.ownerDocument !== doc) {
      // Out of a frame: its box clips the field and places it in the outer page.
      const f = node.getBoundingClientRect();
      const dx = f.left + node.clientLeft;
      const dy = f.top + node.clientTop;
      [left, top, right, bottom] = [Math.max(left + dx, dx), Math.max(top + dy, dy), Math.min(right + dx, dx + node.clientWidth), Math.min(bottom + dy, dy + node.clientHeight)];
      doc = node.ownerDocument;
    }
    const s = style(node);
    opacity *= Number(s.opacity) * [...s.filter.matchAll(/opacity\(([\d.]+)(%?)/g)].reduce((k, m) => k * (m[2] ? Number(m[1]) / 100 : Number(m[1])), 1);
    if ((s.getPropertyValue('mask-image') || 'none') !== 'none') masked = true;
    if (s.clipPath !== 'none') clipPath = true;
    if (colour && !background) {
      // Over an image, the colours alone cannot tell.
      const bg = s.backgroundImage === 'none' ? channels(s.backgroundColor) : [];
      if (bg.length === 0 || bg[3]! >= 0.5) background = bg;
    }
    if (node !== el && node !== doc.documentElement && (s.overflowX !== 'visible' || s.overflowY !== 'visible')) {
      const c = node.getBoundingClientRect();
      const x = c.left + node.clientLeft;
      const y = c.top + node.clientTop;
      [left, top, right, bottom] = [Math.max(left, x), Math.max(top, y), Math.min(right, x + node.clientWidth), Math.min(bottom, y + node.clientHeight)];
    }
  }
  if (colour && background?.length !== 0) gap = colour[3]! < 0.1 ? 0 : colourGap(colour, background ?? [255, 255, 255]);

  const page = doc.defaultView!;
  const sx = page.scrollX;
  const sy = page.scrollY;
  // A page that hides its overflow cannot be scrolled past the viewport, whatever its content's size.
  const roots = [doc.documentElement, doc.body].filter(Boolean).map(style);
  const stuck = (axis: 'overflowX' | 'overflowY') => roots.some((s) => /hidden|clip/.test(s[axis]));
  return {
    left: left + sx,
    top: top + sy,
    right: right + sx,
    bottom: bottom + sy,
    pageWidth: stuck('overflowX') ? page.innerWidth + sx : Math.max(doc.documentElement.scrollWidth, page.innerWidth),
    pageHeight: stuck('overflowY') ? page.innerHeight + sy : Math.max(doc.documentElement.scrollHeight, page.innerHeight),
    opacity,
    // A clip-path cannot be measured off the viewport: there it hides the field unless a hit test saw it.
    masked: masked || (clipPath && tested === 0),
    colourGap: gap,
    tested,
    onTop,
    focusedByUser: focused.has(el),
  };
}
