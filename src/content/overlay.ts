// The one element the extension adds to a vendor page, and only once it has
// something to show. Its shadow root is closed, so the page's scripts get
// `null` for `host.shadowRoot` and its selectors cannot reach inside; its CSS
// cannot style what is inside either. The host is fixed and zero-sized: the
// page's layout never moves because of it.

/** Inline and `!important`: a page rule such as `html > div { display: none !important }` loses to it. */
const HOST_STYLE: readonly string[] = [
  'all: initial',
  'position: fixed',
  'top: 0',
  'left: 0',
  'width: 0',
  'height: 0',
  'overflow: visible',
  'display: block',
  'visibility: visible',
  'opacity: 1',
  'transform: none',
  'contain: style',
  'z-index: 2147483647',
  'pointer-events: none',
];


export interface Overlay {
  root: ShadowRoot;
  host: HTMLElement;
  remove(): void;
}

/**
 * `style` brings the overlay's CSS (overlay-style.ts, which the background
 * serves: it would weigh a tenth of the content script's size budget); nothing
 * inside is shown until it has come.
 */
export function createOverlay(doc: Document, style: Promise<string | null>): Overlay {
  const host = doc.createElement('div');
  // Through the CSSOM, not a style attribute or a <style> element: a page's CSP without 'unsafe-inline' blocks those.
  for (const declaration of HOST_STYLE) {
    const [property, value] = declaration.split(': ') as [string, string];
    host.style.setProperty(property, value, 'important');
  }
  const root = host.attachShadow({ mode: 'closed' });
  const sheet = new (doc.defaultView ?? window).CSSStyleSheet();
  sheet.replaceSync('* { display: none !important; }');
  root.adoptedStyleSheets = [sheet];
  void style.then((css) => css && sheet.replaceSync(css));
  // Outside <body>: a page that re-renders its body (single-page apps) does not wipe it.
  doc.documentElement.append(host);
  return { root, host, remove: () => host.remove() };
}
