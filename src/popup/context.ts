// What the views may ask of the outside world. The extension passes the
// browser-backed implementation (api.ts); tests pass one over the rule core.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { BgToCs, BgToCsAnswers, PageFinding, UiToBg, UiToBgAnswers } from '../messages';
import type { FormPerson } from '../case/form-person';
import type { Lang } from '../rules/types';
import type { Snapshot } from '../storage/snapshot';

export type UiRequest<T extends UiToBg['type']> = Extract<UiToBg, { type: T }>;

export type PageRequest<T extends BgToCs['type']> = Extract<BgToCs, { type: T }>;

export interface Api {
  send<T extends UiToBg['type']>(msg: UiRequest<T>): Promise<UiToBgAnswers[T]>;
  copyText(text: string): Promise<void>;
  /** The first screen as stored (storage/snapshot.ts, `onActive` included); null, or absent, sends the popup to the background instead. */
  firstScreen?(onActive?: (id: string, lang: Lang | null) => void): Promise<Snapshot | null>;
  /**
   * Asks the content script of the page the popup was opened over; null when
   * that page is not a vendor page (no content script, so no answer).
   */
  sendToPage?<T extends BgToCs['type']>(msg: PageRequest<T>): Promise<BgToCsAnswers[T] | null>;
  /** The detail (values included) of what that page's fields disagree with; the page itself is told only which fields. */
  pageFindings?(): Promise<PageFinding[]>;
  /** Whose form that page (at `origin`) was last filled as from `caseId`: the applicant's unless a child's was. */
  formPerson?(caseId: string, origin: string): Promise<FormPerson>;
  /** A single-use grant for filling that page (at `origin`) from `caseId`, as `person`'s form; null when the background refuses. */
  grantFill?(caseId: string, origin: string, person: FormPerson): Promise<string | null>;
  /**
   * Hears of every write of case `id` to storage, this window's own included, with the revision
   * stored; the returned function stops listening.
   */
  watchCase?(id: string, onStored: (rev: number) => void): () => void;
}

export const ApiContext = createContext<Api | null>(null);

export function useApi(): Api {
  const api = useContext(ApiContext);
  if (!api) throw new Error('ApiContext is not provided');
  return api;
}

/** The caseworker's view: rule IDs, persons and sources in full. The applicant's view (false) leaves them out. */
export const CaseworkerContext = createContext(false);
