// Calls `onChange` when the page's URL may have changed without a reload: the
// Navigation API where the browser has it (Chromium), else history events and
// a light check after DOM changes (Firefox: pushState fires no event).
export function watchUrl(signal: AbortSignal, onChange: () => void): void {
  const nav = (globalThis as { navigation?: EventTarget }).navigation;
  if (nav && typeof nav.addEventListener === 'function') nav.addEventListener('currententrychange', onChange, { signal });
  addEventListener('popstate', onChange, { signal });
  addEventListener('hashchange', onChange, { signal });
  let last = location.href;
  let pending = false;
  const observer = new MutationObserver(() => {
    if (pending) return;
    pending = true;
    // Once per frame at most, however many nodes the page adds.
    requestAnimationFrame(() => {
      pending = false;
      if (location.href !== last) {
        last = location.href;
        onChange();
      }
    });
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
  signal.addEventListener('abort', () => observer.disconnect());
}
