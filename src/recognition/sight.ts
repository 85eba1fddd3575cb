// What the extension may write, decided at the moment of writing: a field a
// person can see, of a kind the page's step can ask for. Pure: the content
// script measures the field in the browser (content/sight.ts) and this
// decides. The page is hostile; every way it can hide a field from a person
// while keeping it in the form ends in one of these measures:
// - a tiny box (1–2 px, `transform: scale(0.01)`, a 2 px parent that clips);
// - a faint one (opacity 0.01 on the field or any ancestor, `filter: opacity(0)`);
// - a box drawn away from where anyone can scroll (far left, right, top or bottom, large translations);
// - a box something else is drawn over (an opaque cover, `z-index: -1` under
//   the page, a `clip-path` or mask that leaves nothing), found by hit-testing;
// - text the colour of its background;
// - a frame that is itself any of the above.
import type { FieldKind, PageType } from './types';

/** The smallest box a person can click and read, each side, in CSS pixels. */
export const MIN_SIDE_PX = 8;
/** The opacity of the field and its ancestors multiplied together must reach this. */
export const MIN_OPACITY = 0.5;
/** Text against its background: closer than this in every sRGB channel (0–255) and nobody reads it. */
export const MIN_COLOUR_GAP = 24;

/** One field as the browser drew it, with its frames' measures folded in. */
export interface Sight {
  /** Border box in the top page's coordinates (scroll included), transforms applied. */
  left: number;
  top: number;
  right: number;
  bottom: number;
  /** The top page's scrollable area. */
  pageWidth: number;
  pageHeight: number;
  /** Product of `opacity` and `filter: opacity()` over the field, its ancestors and its frames. */
  opacity: number;
  /** A mask, or a filter that makes content vanish other than by opacity, on the field or an ancestor. */
  masked: boolean;
  /** The largest difference, channel by channel, between the field's text colour and its background; Infinity when it cannot be told. */
  colourGap: number;
  /** Points of the box inside the viewport that were hit-tested, and how many had the field on top. */
  tested: number;
  onTop: number;
  /** The user focused the field by hand (a trusted focus event). */
  focusedByUser: boolean;
}

/** True when a person can see the field: it may be written. */
export function canSee(s: Sight): boolean {
  if (s.focusedByUser) return true;
  if (s.right - s.left < MIN_SIDE_PX || s.bottom - s.top < MIN_SIDE_PX) return false;
  if (s.right <= 0 || s.bottom <= 0 || s.left >= s.pageWidth || s.top >= s.pageHeight) return false;
  if (!(s.opacity >= MIN_OPACITY) || s.masked || s.colourGap < MIN_COLOUR_GAP) return false;
  // Off the viewport nothing can be hit-tested: a field scrolled out of view stays fillable.
  return s.tested === 0 || s.onTop * 2 > s.tested;
}

/** Kinds a sign-in, registration or payment step has any business asking; the others ask all. */
const NAMES_AND_CONTACT: ReadonlySet<FieldKind> = new Set<FieldKind>(['surname', 'givenNames', 'fullName', 'email', 'phone', 'phoneCountryCode']);
const BY_PAGE: Partial<Record<PageType, ReadonlySet<FieldKind>>> = {
  login: new Set<FieldKind>(['email']),
  registration: NAMES_AND_CONTACT,
  payment: NAMES_AND_CONTACT,
  other: NAMES_AND_CONTACT,
};

/** Whether a step of this type can ask for this kind: a passport number is never filled on a sign-in page. */
export function stepAsks(page: PageType, kind: FieldKind): boolean {
  return BY_PAGE[page]?.has(kind) ?? true;
}

/** How far apart two colours are: the largest difference of their red, green and blue channels. */
export function colourGap(a: readonly number[], b: readonly number[]): number {
  return Math.max(Math.abs(a[0]! - b[0]!), Math.abs(a[1]! - b[1]!), Math.abs(a[2]! - b[2]!));
}
