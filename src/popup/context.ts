// What the views may ask of the outside world. The extension passes the
// browser-backed implementation (api.ts); tests pass one over the rule core.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { UiToBg, UiToBgAnswers } from '../messages';

export type UiRequest<T extends UiToBg['type']> = Extract<UiToBg, { type: T }>;

export interface Api {
  send<T extends UiToBg['type']>(msg: UiRequest<T>): Promise<UiToBgAnswers[T]>;
  copyText(text: string): Promise<void>;
}

export const ApiContext = createContext<Api | null>(null);

export function useApi(): Api {
  const api = useContext(ApiContext);
  if (!api) throw new Error('ApiContext is not provided');
  return api;
}
