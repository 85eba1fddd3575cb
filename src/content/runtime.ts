// The few extension APIs the content script uses, without webextension-polyfill
// (its size counts on every vendor page): Firefox's `browser` and Chromium's
// `chrome` both return promises from sendMessage and accept `sendResponse`.
interface Sender {
  id?: string;
}

interface RuntimeApi {
  id?: string;
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: {
    addListener(listener: (message: unknown, sender: Sender, sendResponse: (answer: unknown) => void) => boolean | undefined): void;
  };
}

interface ExtensionApi {
  runtime: RuntimeApi;
  i18n: { getMessage(key: string, substitutions?: string | string[]): string };
}

const api = ((globalThis as { browser?: ExtensionApi }).browser ?? (globalThis as unknown as { chrome: ExtensionApi }).chrome) as ExtensionApi;

/** False once the extension was updated, reloaded or removed under a still-open page. */
export function extensionAlive(): boolean {
  try {
    return typeof api.runtime?.id === 'string';
  } catch {
    return false;
  }
}

export function sendToBackground(message: unknown): Promise<unknown> {
  if (!extensionAlive()) return Promise.reject(new Error('extension context invalidated'));
  return api.runtime.sendMessage(message);
}

/** Answers messages from this extension's own pages and worker only. */
export function onExtensionMessage(handle: (message: unknown) => Promise<unknown> | undefined): void {
  api.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (sender.id !== api.runtime.id) return undefined;
    const answer = handle(message);
    if (!answer) return undefined;
    answer.then(sendResponse, () => sendResponse(undefined));
    return true;
  });
}

/** A string in the browser's language from `_locales` (the page cannot read the extension's files). */
export function message(key: string, ...substitutions: (string | number)[]): string {
  try {
    return api.i18n.getMessage(key, substitutions.map(String)) || key;
  } catch {
    return key;
  }
}
