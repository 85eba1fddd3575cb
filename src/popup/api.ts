// The popup's ways out: the typed `ui-bg/*` protocol of src/messages.ts to the
// background, and `bg-cs/*` to the content script of the tab it was opened over;
// and what it reads of storage without asking: the first screen, and the saves of the open case.
import browser, { type Storage } from 'webextension-polyfill';
import type { BgToCs, BgToCsAnswers, PageFinding, UiToBg, UiToBgAnswers } from '../messages';
import { KEY_INDEX, localToday } from '../storage/keys';
import { readSnapshot, storedRevision } from '../storage/snapshot';
import type { FormPerson } from '../case/form-person';
import type { Api, PageRequest, UiRequest } from './context';

export async function send<T extends UiToBg['type']>(msg: UiRequest<T>): Promise<UiToBgAnswers[T]> {
  return (await browser.runtime.sendMessage(msg)) as UiToBgAnswers[T];
}

/**
 * The tab the popup belongs to: the active tab of its window, or the one named
 * by `?tab=<id>` when the popup is opened as a page of its own for that tab.
 * Neither needs the `tabs` permission: only the id is read, and
 * `tabs.sendMessage` reaches only this extension's content script, which runs
 * only on the vendors' pages.
 */
async function targetTabId(): Promise<number | null> {
  const named = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(named) && named > 0) return named;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

export async function sendToPage<T extends BgToCs['type']>(msg: PageRequest<T>): Promise<BgToCsAnswers[T] | null> {
  const tabId = await targetTabId();
  if (tabId === null) return null;
  try {
    const answer = await browser.tabs.sendMessage(tabId, msg);
    return (answer ?? null) as BgToCsAnswers[T] | null;
  } catch {
    // "Receiving end does not exist": not a vendor page.
    return null;
  }
}

async function pageFindings(): Promise<PageFinding[]> {
  const tabId = await targetTabId();
  if (tabId === null) return [];
  const answer = await send({ type: 'ui-bg/page-findings', tabId });
  return 'findings' in answer ? answer.findings : [];
}

async function grantFill(caseId: string, origin: string, person: FormPerson): Promise<string | null> {
  const tabId = await targetTabId();
  if (tabId === null) return null;
  const answer = await send({ type: 'ui-bg/grant-fill', tabId, origin, caseId, person });
  return 'grant' in answer ? answer.grant : null;
}

async function formPerson(caseId: string, origin: string): Promise<FormPerson> {
  const tabId = await targetTabId();
  if (tabId === null) return 'applicant';
  const answer = await send({ type: 'ui-bg/form-person', tabId, origin, caseId });
  return answer.ok ? answer.person : 'applicant';
}

/** Every save swaps the index (storage/layout.ts), so a change of the index is where a new revision shows. */
function watchCase(id: string, onStored: (rev: number) => void): () => void {
  const listener = (changes: Record<string, Storage.StorageChange>, area: string) => {
    if (area !== 'local' || !(KEY_INDEX in changes)) return;
    const rev = storedRevision(changes[KEY_INDEX]?.newValue, id);
    if (rev !== null) onStored(rev);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

export const browserApi: Api = {
  pageFindings,
  formPerson,
  grantFill,
  watchCase,
  send,
  sendToPage,
  copyText: (text) => navigator.clipboard.writeText(text),
  firstScreen: (onActive) => readSnapshot(browser.storage.local, localToday(), onActive),
};
