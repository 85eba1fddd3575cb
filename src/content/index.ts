// Wiring only: one page session per vendor URL, torn down when a single-page
// app changes route (VFS Global's Angular app, TLScontact's Next.js app) or when
// the extension is updated or removed under the open page.
import { parseBgToCs } from '../messages-to-content';
import { extensionAlive, onExtensionMessage, sendToBackground } from './runtime';
import { startSession, type Session } from './session';
import { watchUrl } from './url-watch';

let controller = new AbortController();
let session: Session | null = null;
let shownUrl = location.href;
const stopWatching = new AbortController();

function gone(): void {
  controller.abort();
  stopWatching.abort();
  session = null;
}

function start(): void {
  controller.abort();
  controller = new AbortController();
  shownUrl = location.href;
  session = startSession(document, shownUrl, controller.signal, { send: sendToBackground, onGone: gone });
}

watchUrl(stopWatching.signal, () => {
  if (!extensionAlive()) return gone();
  if (location.href !== shownUrl) start();
});

onExtensionMessage((message) => {
  const parsed = parseBgToCs(message);
  if (!parsed || !session) return undefined;
  return session.handle(parsed);
});

start();
