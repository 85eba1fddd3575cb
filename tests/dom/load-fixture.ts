// Loads fixture HTML into a happy-dom document that has the page's URL.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

export interface Loaded {
  window: Window;
  document: Document;
}

export function loadHtml(html: string, url: string, options: { scripts?: boolean } = {}): Loaded {
  const window = new Window({
    url,
    width: 1280,
    height: 800,
    settings: {
      enableJavaScriptEvaluation: options.scripts === true,
      suppressInsecureJavaScriptEnvironmentWarning: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: false,
    },
  });
  window.document.write(html);
  return { window, document: window.document as unknown as Document };
}

export function readFixture(path: string): string {
  return readFileSync(join(FIXTURES, path), 'utf8');
}
