// Page types decided by the URL when the route is known, by the page's structure
// otherwise: the single-page apps update `location` on every step
// (notes/vendor-pages.md §2), but some entry routes are only guesses.
import type { PageType, VendorPage } from '../types';

export function routedPages(
  routeType: (url: URL) => PageType | undefined,
  markers: Partial<Record<PageType, string>>,
  types: readonly PageType[],
): VendorPage[] {
  // Every page type asks for the same URL's route: the last answer is kept.
  let last: { href: string; type: PageType | undefined } | null = null;
  const routeOf = (url: URL) => {
    if (last?.href !== url.href) last = { href: url.href, type: routeType(url) };
    return last.type;
  };
  return types.map((type) => ({
    type,
    match(url: URL, doc: Document): boolean {
      const byRoute = routeOf(url);
      if (byRoute !== undefined) return byRoute === type;
      const marker = markers[type];
      return marker !== undefined && doc.querySelector(marker) !== null;
    },
  }));
}

/** The first route whose pattern matches `path`. */
export function lookUpRoute(path: string, routes: readonly (readonly [RegExp, PageType])[]): PageType | undefined {
  for (const [pattern, type] of routes) if (pattern.test(path)) return type;
  return undefined;
}
