// One open case: its draft, the field errors, and the report of the rule core.
// Edits are stored ~300 ms after the last keystroke; a field that does not
// validate is left out of what is stored (and stays on screen with its message).
// Each save names the revision it was based on; when another window saved
// since, the background refuses it and the user chooses: load the stored
// version, or keep this one as a copy. Saves leave one at a time, so this
// window never refuses its own. Another window's save is also heard as it is
// stored: without edits of its own here, this window shows the new version;
// with edits not yet stored, it asks the same question at once.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { CaseError } from '../case/parse';
import type { UiToBgAnswers } from '../messages';
import type { Report } from '../rules/types';
import { useApi } from './context';
import { setIn, type Path } from './draft';
import { useI18n } from './translate';

export const SAVE_DELAY_MS = 300;

let storable: typeof import('./storable') | undefined;
let storableModule: Promise<typeof import('./storable')> | undefined;
/** The case schema: needed only to store, so it loads once the form is drawn, before anyone can have typed. */
function loadStorable() {
  storableModule ??= import('./storable').then((m) => (storable = m));
  return storableModule;
}

/** `stale`: another window saved this case since it was loaded here; nothing more is stored until the user chooses. */
export type SaveState = 'saved' | 'pending' | 'invalid' | 'failed' | 'stale';

export interface CaseSession {
  draft: Record<string, unknown> | null;
  loadError: string | null;
  errors: CaseError[];
  report: Report | null;
  saveState: SaveState;
  update(path: Path, value: unknown): void;
  /** Stores pending edits now (leaving the editor, closing the popup). */
  flush(): Promise<void>;
  /** After a refused save: shows the stored version instead of this window's. */
  reload(): Promise<void>;
  /** After a refused save: stores this window's version as a new case; its id, or null when it could not be stored. */
  keepCopy(): Promise<string | null>;
}

/**
 * `stored`: the case as the popup already read it from storage, so it need not
 * be asked for; `firstCheck`: its check, already asked for.
 */
export function useCase(id: string, stored?: { value: Record<string, unknown>; rev: number }, firstCheck?: Promise<UiToBgAnswers['ui-bg/check-case']>): CaseSession {
  const api = useApi();
  const { lang } = useI18n();
  const [draft, setDraft] = useState<Record<string, unknown> | null>(stored?.value ?? null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [errors, setErrors] = useState<CaseError[]>([]);
  const [report, setReport] = useState<Report | null>(null);
  const [saveState, setSaveState] = useState<SaveState>('saved');
  const latest = useRef<Record<string, unknown> | null>(stored?.value ?? null);
  /** The stored revision the draft is based on. */
  const rev = useRef<number | null>(stored?.rev ?? null);
  const stale = useRef(false);
  const saving = useRef<Promise<void>>(Promise.resolve());
  const preloaded = useRef(stored !== undefined);
  const pendingCheck = useRef(firstCheck);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const checkSeq = useRef(0);
  const langRef = useRef(lang);
  langRef.current = lang;
  const saveStateRef = useRef(saveState);
  saveStateRef.current = saveState;

  const check = useCallback(async () => {
    const seq = ++checkSeq.current;
    const pending = pendingCheck.current;
    pendingCheck.current = undefined;
    const answer = await (pending ?? api.send({ type: 'ui-bg/check-case', id, lang: langRef.current }));
    if (seq !== checkSeq.current) return;
    if (answer.ok) setReport(answer.report);
  }, [api, id]);

  const store = useCallback(async () => {
    const current = latest.current;
    if (!current || rev.current === null || stale.current) return;
    // Synchronous once loaded: a save on closing the popup must be sent before the page goes.
    const { storablePart } = storable ?? (await loadStorable());
    const part = storablePart(current);
    setErrors(part?.errors ?? []);
    if (!part) {
      setSaveState('invalid');
      return;
    }
    const answer = await api.send({ type: 'ui-bg/save-case', id, rev: rev.current, case: part.value });
    if (!answer.ok) {
      if ('stale' in answer) {
        stale.current = true;
        setSaveState('stale');
        return;
      }
      setErrors(answer.errors);
      setSaveState('failed');
      return;
    }
    rev.current = answer.rev;
    setSaveState(part.errors.length ? 'invalid' : 'saved');
    await check();
  }, [api, id, check]);

  const save = useCallback(() => {
    timer.current = null;
    const run = saving.current.then(store);
    saving.current = run.catch(() => undefined);
    return run;
  }, [store]);

  const keepCopy = useCallback(async () => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    const current = latest.current;
    if (!current) return null;
    const { storablePart } = storable ?? (await loadStorable());
    const part = storablePart(current);
    if (!part) {
      setSaveState('invalid');
      return null;
    }
    const answer = await api.send({ type: 'ui-bg/save-copy', id, case: part.value });
    if (!answer.ok) {
      setErrors(answer.errors);
      return null;
    }
    // Settled: nothing of this window goes to the original any more.
    stale.current = false;
    rev.current = null;
    return answer.id;
  }, [api, id]);

  const flush = useCallback(async () => {
    // Leaving without choosing keeps this window's version: nothing typed is lost.
    if (stale.current) {
      await keepCopy();
      return;
    }
    if (timer.current === null) return;
    clearTimeout(timer.current);
    await save();
  }, [save, keepCopy]);

  useEffect(() => {
    void loadStorable();
    if (preloaded.current) {
      preloaded.current = false;
      return;
    }
    let live = true;
    setDraft(null);
    setReport(null);
    setErrors([]);
    setLoadError(null);
    latest.current = null;
    void api.send({ type: 'ui-bg/get-case', id }).then((answer) => {
      if (!live) return;
      if (!answer.ok) {
        setLoadError(answer.error);
        return;
      }
      const loaded = answer.case as Record<string, unknown>;
      latest.current = loaded;
      rev.current = answer.rev;
      setDraft(loaded);
      setSaveState('saved');
    });
    return () => {
      live = false;
    };
  }, [api, id]);

  useEffect(() => {
    if (draft !== null || report !== null) void check();
    // Re-checks when the language changes: rule messages come translated from the core.
  }, [lang, check, draft === null]);

  useEffect(() => {
    const onHide = () => void flush();
    window.addEventListener('pagehide', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      void flush();
    };
  }, [flush]);

  const update = useCallback(
    (path: Path, value: unknown) => {
      const next = setIn(latest.current ?? {}, path, value);
      latest.current = next;
      setDraft(next);
      setSaveState(stale.current ? 'stale' : 'pending');
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = setTimeout(() => void save(), SAVE_DELAY_MS);
    },
    [save],
  );

  const reload = useCallback(async () => {
    const answer = await api.send({ type: 'ui-bg/get-case', id });
    if (!answer.ok) {
      setLoadError(answer.error);
      return;
    }
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    const loaded = answer.case as Record<string, unknown>;
    latest.current = loaded;
    rev.current = answer.rev;
    stale.current = false;
    setDraft(loaded);
    setErrors([]);
    setSaveState('saved');
    await check();
  }, [api, id, check]);

  useEffect(() => {
    if (!api.watchCase) return;
    let live = true;
    const stop = api.watchCase(id, (stored) => {
      // Heard once this window's own saves have been answered, so that its own write is not taken for another's.
      void saving.current.then(() => {
        if (!live || stale.current || rev.current === null || stored <= rev.current) return;
        // Edits waiting to be stored, or fields that do not validate and are kept only on screen.
        const unsaved = timer.current !== null || saveStateRef.current === 'invalid' || saveStateRef.current === 'failed';
        if (!unsaved) return reload();
        stale.current = true;
        setSaveState('stale');
      });
    });
    return () => {
      live = false;
      stop();
    };
  }, [api, id, reload]);

  return { draft, loadError, errors, report, saveState, update, flush, reload, keepCopy };
}
