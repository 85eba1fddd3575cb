// The service worker only wires: messages to the routers, the routers to
// browser.storage.local. Everything it knows lives in storage, so a worker
// stopped after 30 s idle picks up where it left off.
import browser, { type Runtime } from 'webextension-polyfill';
import { createCaseStore } from '../storage/case-store';
import { createContentRouter, type PageDetails } from './content-router';
import { createFormPeople } from './form-people';
import { createGrants } from './grants';
import { createRouter, localToday, summariseCase } from './router';

const today = () => localToday();
const store = createCaseStore(browser.storage.local, { summarise: (value, userValues) => summariseCase(value, today(), userValues) });
const details: PageDetails = new Map();
const people = createFormPeople(browser.storage.session);
const grants = createGrants({ now: () => Date.now(), token: () => crypto.randomUUID() });
const route = createRouter({
  details,
  people,
  grants,
  store,
  runtimeId: browser.runtime.id,
  extensionOrigin: browser.runtime.getURL(''),
  today,
});
const routeContent = createContentRouter({
  details,
  people,
  async setBadge(tabId, count) {
    await browser.action.setBadgeBackgroundColor({ tabId, color: '#b3261e' });
    await browser.action.setBadgeText({ tabId, text: count === 0 ? '' : String(count) });
  },
  grants,
  store,
  runtimeId: browser.runtime.id,
  today,
  uiLanguage: () => browser.i18n.getUILanguage(),
});

// `cs-bg/*` from the content script, everything else to the popup's router (which refuses what is not `ui-bg/*` from our pages).
const listen: Runtime.OnMessageListenerAsync = (message, sender) => (routeContent(message, sender) ?? route(message, sender)) as Promise<unknown>;
browser.runtime.onMessage.addListener(listen);
browser.tabs.onRemoved.addListener((tabId) => {
  details.delete(tabId);
  void people.forget(tabId).catch(() => undefined);
});
// The stored summaries' counts came from the rule core that wrote them; an update may bring other rules.
browser.runtime.onInstalled.addListener(() => void store.expireSummaries().catch(() => undefined));
