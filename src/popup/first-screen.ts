// What the popup needs before it draws anything: the language and its
// strings, the case list, and the case left open. Started before the first
// render and done in parallel, from storage where it can (the background may
// have to start first, and loads the whole rule core when it does); the
// background is asked only for what storage cannot tell.
import type { UiToBgAnswers } from '../messages';
import type { Lang } from '../rules/types';
import type { FindingCounts } from '../storage/keys';
import type { SnapshotCase } from '../storage/snapshot';
import type { Api } from './context';
import { pickLang, type Catalog } from './translate';

export interface OpenCase {
  id: string;
  /** The case as stored and its counts when they are today's, when read from storage. */
  stored?: { value: Record<string, unknown>; rev: number; counts: FindingCounts | null };
  /** The rule core's report, asked for as soon as the case was known. */
  check?: Promise<UiToBgAnswers['ui-bg/check-case']>;
}

export interface FirstScreen {
  lang: Lang;
  caseworker: boolean;
  catalog: Catalog;
  cases: SnapshotCase[];
  activeId: string | null;
  open: OpenCase | null;
}

export async function loadFirstScreen(api: Api, loadCatalog: (lang: Lang) => Promise<Catalog>, uiLanguage: string): Promise<FirstScreen> {
  // Most people keep the browser's language: its strings load while storage is read.
  const guess = pickLang(uiLanguage);
  const guessed = loadCatalog(guess);
  guessed.catch(() => undefined);
  const catalogFor = (lang: Lang) => (lang === guess ? guessed : loadCatalog(lang));

  // Sent as soon as storage names the open case, so that a stopped background starts while the popup draws.
  let check: OpenCase['check'];
  const onActive = (id: string, lang: Lang | null) => {
    check = api.send({ type: 'ui-bg/check-case', id, lang: lang ?? guess });
  };
  const snapshot = api.firstScreen ? await api.firstScreen(onActive).catch(() => null) : null;
  if (snapshot) {
    const lang = snapshot.lang ?? guess;
    const active = snapshot.active;
    const open = active ? { id: active.id, stored: { value: active.value, rev: active.rev, counts: active.counts }, check } : null;
    return { lang, caseworker: snapshot.caseworker, catalog: await catalogFor(lang), cases: snapshot.cases, activeId: snapshot.activeId, open };
  }
  // What the popup cannot read itself (a first run, an older layout): the background migrates and answers.
  const [settings, list] = await Promise.all([api.send({ type: 'ui-bg/get-settings' }), api.send({ type: 'ui-bg/list-cases' })]);
  const lang = settings.lang ?? guess;
  const open = list.activeId && list.cases.some((c) => c.id === list.activeId) ? { id: list.activeId } : null;
  return { lang, caseworker: settings.caseworker, catalog: await catalogFor(lang), cases: list.cases, activeId: list.activeId, open };
}
