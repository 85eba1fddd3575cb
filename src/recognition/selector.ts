// Selectors that find one field again: `#id` when unique, else a stable
// attribute, else an nth-of-type path. Inside a shadow root or a same-origin
// frame the host's selector comes first, then ` >>> `, then the inner selector
// (spec/page-description.md).

export const PIERCE = ' >>> ';

type Root = Document | ShadowRoot;

const IDENT = /^-?[A-Za-z_][A-Za-z0-9_-]*$/;
const STABLE_ATTRIBUTES = ['name', 'formcontrolname', 'ng-model', 'data-testid', 'aria-label', 'placeholder'] as const;

function quote(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\a ')}"`;
}

/**
 * Ids, `label[for]` and attribute values of one document or shadow root, read
 * once: asking the DOM per field makes a 5,000-field form quadratic.
 */
export class RootIndex {
  private ids: Map<string, Element[]> | null = null;
  private readonly attrs = new Map<string, Map<string, number>>();
  private labels: Map<string, Element[]> | null = null;

  constructor(readonly root: Root) {}

  private idMap(): Map<string, Element[]> {
    if (!this.ids) this.ids = groupBy(this.root.querySelectorAll('[id]'), 'id');
    return this.ids;
  }

  byId(id: string): Element | null {
    // A document keeps its own id table; counting every id is only needed for selectors.
    if (!this.ids && this.root.nodeType === 9) return (this.root as Document).getElementById(id);
    return this.idMap().get(id)?.[0] ?? null;
  }

  idCount(id: string): number {
    return this.idMap().get(id)?.length ?? 0;
  }

  labelsFor(id: string): readonly Element[] {
    if (!this.labels) this.labels = groupBy(this.root.querySelectorAll('label[for]'), 'for');
    return this.labels.get(id) ?? [];
  }

  attributeCount(attr: string, value: string): number {
    let counts = this.attrs.get(attr);
    if (!counts) {
      counts = new Map();
      const all = this.root.querySelectorAll(`[${attr}]`);
      for (let i = 0; i < all.length; i += 1) {
        const el = all[i]!;
        const key = `${el.localName} ${el.getAttribute(attr)}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      this.attrs.set(attr, counts);
    }
    return counts.get(value) ?? 0;
  }
}

/** Elements by the value of one attribute they all have; an index loop, as iterating a NodeList costs more. */
function groupBy(list: NodeListOf<Element>, attr: string): Map<string, Element[]> {
  const groups = new Map<string, Element[]>();
  for (let i = 0; i < list.length; i += 1) {
    const el = list[i]!;
    const key = el.getAttribute(attr)!;
    const group = groups.get(key);
    if (group) group.push(el);
    else groups.set(key, [el]);
  }
  return groups;
}

function isUnique(root: Root, selector: string, el: Element): boolean {
  try {
    const all = root.querySelectorAll(selector);
    return all.length === 1 && all[0] === el;
  } catch {
    return false;
  }
}

function nthOfType(el: Element): string {
  let n = 1;
  for (let s = el.previousElementSibling; s; s = s.previousElementSibling) if (s.localName === el.localName) n += 1;
  return `${el.localName}:nth-of-type(${n})`;
}

function pathTo(el: Element, root: Root, index: RootIndex): string {
  const parts: string[] = [];
  for (let node: Element | null = el; node; node = node.parentElement) {
    const id = node.getAttribute('id');
    if (node !== el && id && IDENT.test(id) && index.idCount(id) === 1) {
      parts.unshift(`#${id}`);
      break;
    }
    parts.unshift(node.parentElement || root.nodeType === 11 ? nthOfType(node) : node.localName);
  }
  return parts.join(' > ');
}

/** A selector that `root.querySelector` resolves to `el` and nothing else. */
export function selectorWithin(el: Element, root: Root, index: RootIndex = new RootIndex(root)): string {
  const id = el.getAttribute('id');
  // Counted from one pass over the root: `querySelector('#id')` per field is quadratic in happy-dom.
  if (id && index.idCount(id) === 1) return IDENT.test(id) ? `#${id}` : `[id=${quote(id)}]`;
  const tag = el.localName;
  for (const attr of STABLE_ATTRIBUTES) {
    const v = el.getAttribute(attr);
    if (!v) continue;
    let sel = `${tag}[${attr}=${quote(v)}]`;
    if (index.attributeCount(attr, `${tag} ${v}`) === 1) return sel;
    const value = el.getAttribute('value');
    if (value !== null) {
      sel += `[value=${quote(value)}]`;
      if (isUnique(root, sel, el)) return sel;
    }
  }
  return pathTo(el, root, index);
}

/** Resolves a selector written by `selectorWithin` (with ` >>> ` hops) from the top document. */
export function resolveSelector(doc: Document, selector: string): Element | null {
  const hops = selector.split(PIERCE);
  let root: Root | null = doc;
  let found: Element | null = null;
  for (let i = 0; i < hops.length; i += 1) {
    if (!root) return null;
    try {
      found = root.querySelector(hops[i]!);
    } catch {
      return null;
    }
    if (!found) return null;
    if (i < hops.length - 1) root = innerRootOf(found);
  }
  return found;
}

/** The open shadow root of a host, or the document of a same-origin frame. */
export function innerRootOf(host: Element): Root | null {
  if (host.shadowRoot) return host.shadowRoot;
  if (host.localName === 'iframe' || host.localName === 'frame') {
    return sameOriginFrameDocument(host as HTMLIFrameElement);
  }
  return null;
}

/** Answers for one page's frames, asked again on every recognition: two URL parses each. */
const originAnswers = new Map<string, boolean>();

function sameOriginUrl(src: string, parentDoc: Document): boolean {
  const base = parentDoc.baseURI;
  const page = parentDoc.URL;
  const key = `${src}\n${base}\n${page}`;
  let same = originAnswers.get(key);
  if (same === undefined) {
    try {
      same = new URL(src, base).origin === new URL(page).origin;
    } catch {
      same = false;
    }
    if (originAnswers.size >= 1000) originAnswers.clear();
    originAnswers.set(key, same);
  }
  return same;
}

/**
 * The frame's document when it shares the page's origin. The origin is decided
 * from the frame's own URL and sandbox, not from whether the document happens to
 * be readable, so a cross-origin frame is never entered.
 */
export function sameOriginFrameDocument(frame: HTMLIFrameElement): Document | null {
  const parentDoc = frame.ownerDocument;
  const sandbox = frame.getAttribute('sandbox');
  if (sandbox !== null && !/\ballow-same-origin\b/.test(sandbox)) return null;
  const src = frame.getAttribute('src');
  if (!frame.hasAttribute('srcdoc') && src && src.trim() !== '' && !/^about:blank\b/i.test(src.trim()) && !sameOriginUrl(src, parentDoc)) return null;
  try {
    const inner = frame.contentDocument;
    if (!inner) return null;
    const innerOrigin = inner.defaultView?.location?.origin;
    const parentOrigin = parentDoc.defaultView?.location?.origin;
    if (innerOrigin && innerOrigin !== 'null' && parentOrigin && innerOrigin !== parentOrigin) return null;
    return inner;
  } catch {
    return null;
  }
}
