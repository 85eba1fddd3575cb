// The CSS of the overlay's closed shadow root (overlay.ts): the marks around
// fields and the panel. The background serves it to the content script
// (`cs-bg/overlay-style`), which keeps it out of the script's own size.

/** Inline and `!important`: a page rule such as `html > div { display: none !important }` loses to it. */
export const OVERLAY_HOST_STYLE: readonly string[] = [
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

export const OVERLAY_CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
.mark { position: fixed; left: 0; top: 0; border: 2px solid #b3261e; border-radius: 4px; pointer-events: none; box-shadow: 0 0 0 2px rgba(255,255,255,.8); }
.mark.warning { border-color: #b26a00; }
.mark.info { border-color: #1565c0; }
.mark[hidden], .panel [hidden] { display: none; }
.panel { position: fixed; right: 12px; bottom: 12px; max-width: min(360px, calc(100vw - 24px)); pointer-events: auto;
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b1b1f; background: #fff;
  border: 1px solid #9aa0a6; border-radius: 8px; box-shadow: 0 2px 10px rgba(0,0,0,.2); }
.panel button { font: inherit; cursor: pointer; }
.head { display: flex; gap: 6px; align-items: center; width: 100%; padding: 6px 10px; background: none; border: 0; text-align: left; color: inherit; }
.head:focus-visible, .panel button:focus-visible { outline: 2px solid #1a73e8; outline-offset: 1px; }
.dot { width: 10px; height: 10px; border-radius: 50%; background: #2e7d32; flex: none; }
.dot.error { background: #b3261e; } .dot.warning { background: #b26a00; }
.body { padding: 0 10px 10px; max-height: 50vh; overflow: auto; }
ul { margin: 0 0 8px; padding: 0; list-style: none; }
li button { display: block; width: 100%; margin: 2px 0; padding: 4px 6px; text-align: left; background: #fbe9e7; border: 1px solid transparent; border-radius: 4px; color: inherit; }
li.warning button { background: #fff4e5; } li.info button { background: #e8f0fe; }
.fill { padding: 4px 10px; border: 1px solid #1a73e8; border-radius: 4px; background: #1a73e8; color: #fff; }
.result { margin: 6px 0 0; }
`;
