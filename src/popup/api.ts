// The popup's one way to the background: the typed `ui-bg/*` protocol of
// src/messages.ts over runtime messaging.
import browser from 'webextension-polyfill';
import type { UiToBg, UiToBgAnswers } from '../messages';
import type { Api, UiRequest } from './context';

export async function send<T extends UiToBg['type']>(msg: UiRequest<T>): Promise<UiToBgAnswers[T]> {
  return (await browser.runtime.sendMessage(msg)) as UiToBgAnswers[T];
}

export const browserApi: Api = {
  send,
  copyText: (text) => navigator.clipboard.writeText(text),
};
