// Whether a user could see and type into a field. Honeypots (display:none,
// off-screen, zero size, aria-hidden, `hidden`) and disabled or read-only fields
// are never listed nor filled, whatever rule recognised them.
//
// happy-dom has no layout: there the computed style and attributes decide; in a
// browser (any element with a non-zero rect) the rectangle decides size and position.
// Where the caller measured the page beforehand (`Drawn`, from an
// IntersectionObserver), a field whose box survives every ancestor's clipping
// needs none of the per-ancestor style reads, which cost a microsecond each.

/** Past this many pixels outside the page a positioned field is a honeypot, not a layout quirk. */
const OFF_SCREEN_PX = -500;

function styleOf(el: Element): CSSStyleDeclaration | null {
  const view = el.ownerDocument.defaultView;
  try {
    return view ? view.getComputedStyle(el) : null;
  } catch {
    return null;
  }
}

function px(value: string | null | undefined): number | null {
  if (!value) return null;
  const m = /^(-?\d+(?:\.\d+)?)px$/.exec(value.trim());
  return m ? Number(m[1]) : null;
}

function isZero(value: string | null | undefined): boolean {
  const n = px(value);
  return n !== null ? n <= 0 : value?.trim() === '0';
}

function isTiny(value: string | null | undefined): boolean {
  const n = px(value);
  return n !== null ? n <= 1 : value?.trim() === '0';
}

/** The element's parent, stepping out of open shadow roots and same-origin frames. */
export function parentAcross(node: Element): Element | null {
  if (node.parentElement) return node.parentElement;
  const parent = node.parentNode as (Node & { host?: Element }) | null;
  if (parent && parent.nodeType === 11 && parent.host) return parent.host;
  if (parent && parent.nodeType === 9) {
    try {
      return (parent as Document).defaultView?.frameElement ?? null;
    } catch {
      return null;
    }
  }
  return null;
}

function translatedFarAway(transform: string): boolean {
  const m = /translate(?:x|y|3d)?\(\s*(-?\d+(?:\.\d+)?)px(?:\s*,\s*(-?\d+(?:\.\d+)?)px)?/i.exec(transform);
  if (!m) return false;
  return Number(m[1]) <= OFF_SCREEN_PX || (m[2] !== undefined && Number(m[2]) <= OFF_SCREEN_PX);
}

/** Own attributes and style of one box, without layout: does it hide what it contains? */
function hidesContent(node: Element, isField: boolean): boolean {
  if (node.hasAttribute('hidden') || node.getAttribute('aria-hidden') === 'true' || node.hasAttribute('inert')) return true;
  const s = styleOf(node);
  if (!s) return false;
  if (s.display === 'none' || s.opacity === '0' || s.contentVisibility === 'hidden') return true;
  if ((s.position === 'absolute' || s.position === 'fixed') && [s.left, s.top, s.marginLeft, s.marginTop].some((v) => (px(v) ?? 0) <= OFF_SCREEN_PX)) return true;
  if (translatedFarAway(s.transform ?? '')) return true;
  return clips(s, isField);
}

/** Whether a box's style cuts what it contains (or, for a field, itself) down to nothing. */
function clips(s: CSSStyleDeclaration, isField: boolean): boolean {
  if (/rect\(\s*0(?:px)?[\s,]+0(?:px)?[\s,]+0(?:px)?[\s,]+0(?:px)?\s*\)/.test(s.clip ?? '') || /inset\(\s*(50|100)%/.test(s.clipPath ?? '')) return true;
  const clipped = s.overflow === 'hidden' || s.overflow === 'clip' || s.overflowX === 'hidden' || s.overflowY === 'hidden';
  if (isField) return isZero(s.width) || isZero(s.height) || (clipped && (isTiny(s.width) || isTiny(s.height)));
  return clipped && (isTiny(s.width) || isTiny(s.height) || isZero(s.maxHeight) || isZero(s.maxWidth));
}

function hasLayout(doc: Document): boolean {
  const root = doc.documentElement?.getBoundingClientRect();
  const body = doc.body?.getBoundingClientRect();
  return Boolean((root && root.width > 0 && root.height > 0) || (body && body.width > 0 && body.height > 0));
}

function outsideThePage(el: Element): boolean {
  const rect = el.getBoundingClientRect();
  const doc = el.ownerDocument;
  const view = doc.defaultView;
  if (rect.width <= 0 || rect.height <= 0) return hasLayout(doc);
  const x = view?.scrollX ?? 0;
  const y = view?.scrollY ?? 0;
  const pageWidth = Math.max(doc.documentElement?.scrollWidth ?? 0, view?.innerWidth ?? 0);
  return rect.right + x <= 0 || rect.bottom + y <= 0 || (pageWidth > 0 && rect.left + x >= pageWidth);
}

/**
 * Where the browser drew a field, measured outside the caller's task: its
 * border box in its document's page coordinates, that page's width, and the
 * size left of the box once every ancestor's overflow, `clip` and `clip-path`
 * has cut it (an IntersectionObserver's intersection rectangle).
 */
export interface Drawn {
  left: number;
  top: number;
  right: number;
  bottom: number;
  pageWidth: number;
  shownWidth: number;
  shownHeight: number;
}

const HIDING_ATTRIBUTES = '[hidden], [aria-hidden="true"], [inert]';
const DISABLED_OR_HIDDEN = `fieldset[disabled], ${HIDING_ATTRIBUTES}`;
const CHECK_VISIBILITY: CheckVisibilityOptions = { opacityProperty: true, visibilityProperty: true, checkOpacity: true, checkVisibilityCSS: true };

/** A tree's holder never changes: a shadow root keeps its host, a document its frame. */
const holders = new WeakMap<Node, Element | null>();

/** The element holding `node`'s tree: a shadow host, or a frame's element. */
function holderOf(node: Element): Element | null {
  const root = node.getRootNode() as Node & { host?: Element };
  let holder = holders.get(root);
  if (holder !== undefined) return holder;
  if (root.nodeType === 11) holder = root.host ?? null;
  else {
    try {
      holder = (root as Document).defaultView?.frameElement ?? null;
    } catch {
      holder = null;
    }
  }
  // A detached subtree's root is its own top element, which may be attached later: not kept.
  if (root.nodeType === 9 || root.nodeType === 11) holders.set(root, holder);
  return holder;
}

/** Hidden by an attribute on itself or an ancestor, across shadow roots and frames; a disabled fieldset in the field's own tree too. */
function hiddenByAttribute(el: Element): boolean {
  if (el.closest(DISABLED_OR_HIDDEN)) return true;
  for (let node = holderOf(el); node; node = holderOf(node)) if (node.closest(HIDING_ATTRIBUTES)) return true;
  return false;
}

/**
 * The verdict a measured box gives on its own; 'clipped' when it is shown by
 * every style yet cut to nothing (a honeypot, or a field scrolled out of a
 * scrolling panel, which is fillable: clippedAway tells them apart), and
 * undefined where `checkVisibility`, which answers for `display`, `visibility`,
 * `opacity` and `content-visibility` along the whole ancestor chain, is missing.
 */
function verdictOfBox(el: Element, drawn: Drawn): boolean | 'clipped' | undefined {
  if (drawn.right - drawn.left <= 0 || drawn.bottom - drawn.top <= 0) return false;
  if (drawn.right <= 0 || drawn.bottom <= 0 || drawn.left >= drawn.pageWidth) return false;
  if (typeof el.checkVisibility !== 'function') return undefined;
  if (!el.checkVisibility(CHECK_VISIBILITY) || hiddenByAttribute(el)) return false;
  return drawn.shownWidth > 1 && drawn.shownHeight > 1 ? true : 'clipped';
}

/** Per recognition run (keyed by its verdict cache): which ancestors clip what they hold. */
const clipCaches = new WeakMap<Map<Element, boolean>, Map<Element, boolean>>();

/**
 * A field drawn on the page, shown by every style that `checkVisibility` and
 * the attributes answer for, yet cut down to nothing: what is left to ask is
 * whether the field or an ancestor clips it (a honeypot) or a scrolling panel
 * merely scrolled it out of view (fillable). Only the clipping properties are read.
 */
function clippedAway(el: Element, cache: Map<Element, boolean>): boolean {
  const own = styleOf(el);
  if (own && clips(own, true)) return true;
  let clipping = clipCaches.get(cache);
  if (!clipping) clipCaches.set(cache, (clipping = new Map()));
  for (let node = parentAcross(el); node; node = parentAcross(node)) {
    let cuts = clipping.get(node);
    if (cuts === undefined) {
      const s = styleOf(node);
      cuts = s ? clips(s, false) : false;
      clipping.set(node, cuts);
    }
    if (cuts) return true;
  }
  return false;
}

/**
 * True when a user can see and type into `el`. `cache` (one per recognition run)
 * remembers verdicts on shared ancestors so that large forms stay fast.
 */
export function isFillable(el: Element, cache: Map<Element, boolean> = new Map(), drawn?: Drawn): boolean {
  const field = el as Partial<HTMLInputElement>;
  if (field.disabled === true || field.readOnly === true) return false;
  if (el.getAttribute('aria-disabled') === 'true' || el.getAttribute('aria-readonly') === 'true') return false;
  if (el.localName === 'input' && (el.getAttribute('type') ?? '').toLowerCase() === 'hidden') return false;
  if (drawn) {
    const verdict = verdictOfBox(el, drawn);
    if (verdict === 'clipped') return !clippedAway(el, cache);
    if (verdict !== undefined) return verdict;
  }
  if (el.closest('fieldset[disabled]')) return false;

  const own = styleOf(el);
  if (own && (own.visibility === 'hidden' || own.visibility === 'collapse')) return false;
  if (hidesContent(el, true)) return false;
  for (let node = parentAcross(el); node; node = parentAcross(node)) {
    let hides = cache.get(node);
    if (hides === undefined) {
      hides = hidesContent(node, false);
      cache.set(node, hides);
    }
    if (hides) return false;
  }
  return !outsideThePage(el);
}
