// Wiring only: one page session per vendor URL, torn down when a single-page
// app changes route (VFS Global's Angular app, TLScontact's Next.js app) or when
// the extension is updated or removed under the open page.
import { config } from 'zod/mini';
import { bgToCs } from '../messages';
import { extensionAlive, onExtensionMessage, sendToBackground } from './runtime';
import { startSession, type Session } from './session';
import { watchUrl } from './url-watch';

// MV3 forbids eval; zod would otherwise probe `new Function` on first parse.
config({ jitless: true });

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
  const parsed = bgToCs.safeParse(message);
  if (!parsed.success || !session) return undefined;
  return session.handle(parsed.data);
});

start();
