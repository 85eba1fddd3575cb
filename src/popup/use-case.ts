// One open case: its draft, the field errors, and the report of the rule core.
// Edits are stored ~300 ms after the last keystroke; a field that does not
// validate is left out of what is stored (and stays on screen with its message).
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

export type SaveState = 'saved' | 'pending' | 'invalid' | 'failed';

export interface CaseSession {
  draft: Record<string, unknown> | null;
  loadError: string | null;
  errors: CaseError[];
  report: Report | null;
  saveState: SaveState;
  update(path: Path, value: unknown): void;
  /** Stores pending edits now (leaving the editor, closing the popup). */
  flush(): Promise<void>;
}

/**
 * `stored`: the case as the popup already read it from storage, so it need not
 * be asked for; `firstCheck`: its check, already asked for.
 */
export function useCase(id: string, stored?: Record<string, unknown>, firstCheck?: Promise<UiToBgAnswers['ui-bg/check-case']>): CaseSession {
  const api = useApi();
  const { lang } = useI18n();
  const [draft, setDraft] = useState<Record<string, unknown> | null>(stored ?? null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [errors, setErrors] = useState<CaseError[]>([]);
  const [report, setReport] = useState<Report | null>(null);
  const [saveState, setSaveState] = useState<SaveState>('saved');
  const latest = useRef<Record<string, unknown> | null>(stored ?? null);
  const preloaded = useRef(stored !== undefined);
  const pendingCheck = useRef(firstCheck);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const checkSeq = useRef(0);
  const langRef = useRef(lang);
  langRef.current = lang;

  const check = useCallback(async () => {
    const seq = ++checkSeq.current;
    const pending = pendingCheck.current;
    pendingCheck.current = undefined;
    const answer = await (pending ?? api.send({ type: 'ui-bg/check-case', id, lang: langRef.current }));
    if (seq !== checkSeq.current) return;
    if (answer.ok) setReport(answer.report);
  }, [api, id]);

  const save = useCallback(async () => {
    timer.current = null;
    const current = latest.current;
    if (!current) return;
    // Synchronous once loaded: a save on closing the popup must be sent before the page goes.
    const { storablePart } = storable ?? (await loadStorable());
    const part = storablePart(current);
    setErrors(part?.errors ?? []);
    if (!part) {
      setSaveState('invalid');
      return;
    }
    const answer = await api.send({ type: 'ui-bg/save-case', id, case: part.value });
    if (!answer.ok) {
      setErrors(answer.errors);
      setSaveState('failed');
      return;
    }
    setSaveState(part.errors.length ? 'invalid' : 'saved');
    await check();
  }, [api, id, check]);

  const flush = useCallback(async () => {
    if (timer.current === null) return;
    clearTimeout(timer.current);
    await save();
  }, [save]);

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
      setSaveState('pending');
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = setTimeout(() => void save(), SAVE_DELAY_MS);
    },
    [save],
  );

  return { draft, loadError, errors, report, saveState, update, flush };
}
