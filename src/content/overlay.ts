// The one element the extension adds to a vendor page, and only once it has
// something to show. Its shadow root is closed, so the page's scripts get
// `null` for `host.shadowRoot` and its selectors cannot reach inside; its CSS
// cannot style what is inside either. The host is fixed and zero-sized: the
// page's layout never moves because of it.



/** What the background serves (overlay-style.ts): the shadow root's CSS and the host's own declarations. */
export interface OverlayStyle {
  css: string;
  host: readonly string[];
}

export interface Overlay {
  root: ShadowRoot;
  host: HTMLElement;
  remove(): void;
  /**
   * Whether the browser can confirm that a person sees the overlay unobstructed (IntersectionObserver
   * v2: Chromium). Elsewhere a cover that lets clicks through cannot be told apart from the page.
   */
  confirmsSight: boolean;
  /** Follows whether a person sees `el` unobstructed; only where the browser `confirmsSight`. */
  track(el: Element): void;
  /**
   * True when a click may act: the user's own (trusted), on the overlay as the
   * extension drew it (host untouched, nothing above it fading it), on top where
   * it landed, and, where the browser can tell, not covered by anything.
   */
  trusted(event: MouseEvent): boolean;
}



/**
 * `style` brings the overlay's CSS (overlay-style.ts, which the background
 * serves: it would weigh a tenth of the content script's size budget); nothing
 * inside is shown until it has come.
 */
export function createOverlay(doc: Document, style: Promise<OverlayStyle | null>, lost: () => void): Overlay {
  const host = doc.createElement('div');
  let declarations: readonly string[] = [];
  // Through the CSSOM, not a style attribute or a <style> element: a page's CSP without 'unsafe-inline' blocks those.
  const apply = () => {
    for (const declaration of declarations) {
      const [property, value] = declaration.split(': ') as [string, string];
      host.style.setProperty(property, value, 'important');
    }
  };
  /** The host's style as the extension set it; nothing counts as drawn before. */
  let drawn: string | null = null;
  const intact = () => host.parentNode === doc.documentElement && host.attributes.length === 1 && host.style.cssText === drawn;
  const root = host.attachShadow({ mode: 'closed' });
  const sheet = new (doc.defaultView ?? window).CSSStyleSheet();
  sheet.replaceSync('* { display: none !important; }');
  root.adoptedStyleSheets = [sheet];
  void style.then((given) => {
    if (!given?.css) return;
    declarations = given.host;
    apply();
    drawn = host.style.cssText;
    sheet.replaceSync(given.css);
  });
  // Outside <body>: a page that re-renders its body (single-page apps) does not wipe it.
  doc.documentElement.append(host);

  // The page may restyle, re-attribute or remove the host: it is put back as it was, a few times, then given up.
  let restores = 0;
  const watch = new MutationObserver(() => {
    if (drawn === null || intact()) return;
    // A few times: then the overlay gives way to the toolbar badge and the popup.
    if ((restores += 1) > 3) {
      remove();
      lost();
      return;
    }
    for (const { name } of [...host.attributes]) host.removeAttribute(name);
    apply();
    if (host.parentNode !== doc.documentElement) doc.documentElement.append(host);
  });
  watch.observe(host, { attributes: true });
  watch.observe(doc.documentElement, { childList: true });
  const remove = () => {
    watch.disconnect();
    visibility?.disconnect();
    host.remove();
  };

  const View = doc.defaultView ?? window;
  let visibility: IntersectionObserver | null = null;
  let seen = false;
  const confirmsSight = typeof View.IntersectionObserverEntry === 'function' && 'isVisible' in View.IntersectionObserverEntry.prototype;
  return {
    root,
    host,
    remove,
    confirmsSight,
    track(el) {
      if (!confirmsSight) return;
      visibility = new View.IntersectionObserver((entries) => (seen = (entries.at(-1) as IntersectionObserverEntry & { isVisible?: boolean }).isVisible !== false), {
        trackVisibility: true,
        delay: 100,
      } as IntersectionObserverInit);
      visibility.observe(el);
    },
    trusted(event) {
      if (!event.isTrusted || !intact() || !visibility || !seen) return false;
      // Nothing fades the host or the page around it (the host's own `visibility: visible !important` beats an inherited `hidden`).
      for (const el of [host, doc.documentElement]) {
        const s = View.getComputedStyle(el);
        if (s.opacity !== '1' || s.filter !== 'none') return false;
      }
      return doc.elementFromPoint(event.clientX, event.clientY) === host;
    },
  };
}
