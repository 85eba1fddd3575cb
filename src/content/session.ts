// One page session: from the moment a vendor URL is shown until the route
// changes or the extension goes away (the AbortSignal). Its parts, each in its
// own module and testable alone:
//   observe   (observe.ts)   the page's mutations and the user's edits;
//   recognise (recognise.ts) which fields the page holds, in short slices;
//   annotate  (annotate.ts)  what they hold compared with the case;
//   fill      (fill.ts)      the case's values written into them;
//   panel     (panel.ts)     the marks and the summary drawn over the page.
import type { BgToCs } from '../messages';
import { resolveSelector } from '../recognition/selector';
import { recogniseSite } from '../recognition/site';
import { createAnnotator } from './annotate';
import { createFiller } from './fill';
import { observePage } from './observe';
import type { OverlayStyle } from './overlay';
import { createInPage } from './panel';
import { createRecogniser } from './recognise';

export type { Timings } from './recognise';

export interface SessionDeps {
  send(message: unknown): Promise<unknown>;
  /** Called when the background cannot be reached any more (extension updated or removed). */
  onGone(): void;
}

export interface Session {
  handle(message: BgToCs): Promise<unknown>;
}

export function startSession(doc: Document, url: string, signal: AbortSignal, deps: SessionDeps): Session | null {
  const site = recogniseSite(url);
  if (!site) return null;

  const inPage = createInPage(doc, signal, {
    // A refusal carries no CSS: the overlay then stays unshown.
    style: () => deps.send({ type: 'cs-bg/overlay-style' }).catch(() => null) as Promise<OverlayStyle | null>,
    fill: () => void filler.fromCase({}, true),
    reveal(selector) {
      const target = resolveSelector(doc, selector) as HTMLElement | null;
      if (!target) return;
      target.scrollIntoView({ block: 'center' });
      target.focus({ preventScroll: true });
    },
  });
  const observer = observePage(doc, signal, {
    ownHost: () => inPage.host(),
    changed(neutral) {
      recogniser.changed(neutral);
      inPage.place();
    },
    edited: (event) => annotator.edited(event),
  });
  const recogniser = createRecogniser(doc, site, signal, { send: deps.send, watch: observer.watch, recognised: (found) => annotator.recognised(found) });
  const annotator = createAnnotator(doc, site, signal, { send: deps.send, onGone: deps.onGone, listenTo: observer.listenTo, inPage, timings: recogniser.timings });
  const filler = createFiller({ doc, site, send: deps.send, recognise: recogniser.run, countryCodes: recogniser.countryCodes, optionWords: () => recogniser.vocabulary()?.options ?? null, recogniseNow: recogniser.recogniseNow, annotator, inPage });

  void recogniser.run();

  return {
    async handle(message) {
      await recogniser.settled();
      switch (message.type) {
        case 'describe-page':
        case 'bg-cs/describe-page':
          return annotator.describe();
        case 'bg-cs/page-status':
          return annotator.status();
        case 'bg-cs/fill':
          return filler.fromCase(message, false);
        case 'bg-cs/timings':
          return message.runs ? { ...recogniser.timings, timed: await recogniser.timeRuns(message.runs) } : { ...recogniser.timings };
      }
    },
  };
}
