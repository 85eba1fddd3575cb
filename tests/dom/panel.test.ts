// @vitest-environment happy-dom
// The in-page panel offers its own fill button only where the browser can confirm that
// nothing covers it (IntersectionObserver v2: Chromium); elsewhere (Firefox) a page could
// lay a cover that lets clicks through over it, so the panel points to the toolbar button.
import { afterEach, describe, expect, it } from 'vitest';
import { createOverlay } from '../../src/content/overlay';
import { createPanel } from '../../src/content/panel';

function panelIn(fillHere: boolean) {
  const root = document.createElement('div').attachShadow({ mode: 'open' });
  let fills = 0;
  createPanel(root, document, { fill: () => (fills += 1), reveal() {} }, fillHere);
  return { root, fills: () => fills };
}

describe('the in-page panel’s fill button', () => {
  const original = Object.getOwnPropertyDescriptor(window, 'IntersectionObserverEntry');
  afterEach(() => {
    if (original) Object.defineProperty(window, 'IntersectionObserverEntry', original);
    else delete (window as { IntersectionObserverEntry?: unknown }).IntersectionObserverEntry;
  });

  it('is there, and fills on a click, where the browser confirms that nothing covers the panel', () => {
    const { root, fills } = panelIn(true);
    const button = root.querySelector<HTMLButtonElement>('button.fill');
    expect(button?.textContent).toBe('pageFill');
    button!.click();
    expect(fills()).toBe(1);
    expect(root.textContent).not.toContain('pageFillFromToolbar');
  });

  it('gives way to the toolbar button where the browser cannot confirm it', () => {
    const { root } = panelIn(false);
    expect(root.querySelector('button.fill')).toBeNull();
    expect(root.textContent).toContain('pageFillFromToolbar');
  });

  it('is judged by whether the browser tracks what is visible (IntersectionObserver v2)', () => {
    Object.defineProperty(window, 'IntersectionObserverEntry', { value: class {}, configurable: true, writable: true });
    const without = createOverlay(document, Promise.resolve(null), () => {});
    expect(without.confirmsSight).toBe(false);
    // Without it, no click is trusted, however it looks.
    expect(without.trusted({ isTrusted: true, clientX: 0, clientY: 0 } as MouseEvent)).toBe(false);
    without.remove();
    const Entry = class {};
    Object.defineProperty(Entry.prototype, 'isVisible', { get: () => false });
    Object.defineProperty(window, 'IntersectionObserverEntry', { value: Entry, configurable: true, writable: true });
    const withIt = createOverlay(document, Promise.resolve(null), () => {});
    expect(withIt.confirmsSight).toBe(true);
    withIt.remove();
  });
});
