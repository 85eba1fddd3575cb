// The service worker only wires: messages to the router, the router to
// browser.storage.local. Everything it knows lives in storage, so a worker
// stopped after 30 s idle picks up where it left off.
import browser, { type Runtime } from 'webextension-polyfill';
import { createCaseStore } from '../storage/case-store';
import { createRouter, localToday } from './router';

const route = createRouter({
  store: createCaseStore(browser.storage.local),
  runtimeId: browser.runtime.id,
  extensionOrigin: browser.runtime.getURL(''),
  today: () => localToday(),
});

// A listener that returns undefined leaves the message to others (content-script routes).
const listen: Runtime.OnMessageListenerAsync = (message, sender) => route(message, sender) as Promise<unknown>;
browser.runtime.onMessage.addListener(listen);
