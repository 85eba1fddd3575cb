// The popup: language, the case list and the open case. Also works as a full tab.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { CaseType } from '../case/schema';
import type { Lang } from '../rules/types';
import type { SnapshotCase } from '../storage/snapshot';
import { CaseList } from './case-list';
import { CaseScreen } from './case-screen';
import { ApiContext, CaseworkerContext, type Api } from './context';
import { FirstSteps } from './first-steps';
import { loadFirstScreen, type OpenCase } from './first-screen';
import { CsvExportButton } from './csv-export';
import { ExportButton, ImportForm } from './import-export';
import { createI18n, I18nContext, plural, type Catalog, type I18n } from './translate';
import { Toast, type ToastMessage } from './toast';
import { VerifiedAmounts } from './verified-amounts';
import { fileErrorLine } from './file-errors';

export interface AppProps {
  api: Api;
  loadCatalog(lang: Lang): Promise<Catalog>;
  /** The browser's UI language (`nl-BE`), used until the user picks one. */
  uiLanguage: string;
}

const LANG_NAMES: Record<Lang, string> = { nl: 'Nederlands', fr: 'Français', en: 'English' };

const marked = new Set<string>();
/**
 * Read by the benchmark. `vpa-first-render`: the list, or the open case's form
 * with its counts, is on screen. `vpa-checked`: every count on screen is
 * today's, and the open case's full report has arrived.
 */
function mark(name: 'vpa-first-render' | 'vpa-checked') {
  if (marked.has(name)) return;
  marked.add(name);
  performance.mark(name);
}

export function App({ api, loadCatalog, uiLanguage }: AppProps) {
  // Started during the first render rather than in an effect, which would wait for a frame.
  const [firstScreen] = useState(() => loadFirstScreen(api, loadCatalog, uiLanguage));
  const [i18n, setI18n] = useState<I18n | null>(null);
  const [cases, setCases] = useState<SnapshotCase[] | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [open, setOpen] = useState<OpenCase | null>(null);
  const [toast, setToast] = useState<ToastMessage | null>(null);
  const [caseworker, setCaseworker] = useState(false);

  const refreshList = useCallback(async () => {
    const answer = await api.send({ type: 'ui-bg/list-cases' });
    setCases(answer.cases);
    setActiveId(answer.activeId);
    return answer;
  }, [api]);

  const applyLang = (lang: Lang, catalog: Catalog) => {
    document.documentElement.lang = lang;
    setI18n(createI18n(lang, catalog));
  };

  const switchLang = useCallback(async (lang: Lang) => applyLang(lang, await loadCatalog(lang)), [loadCatalog]);

  useEffect(() => {
    void firstScreen.then(async (first) => {
      applyLang(first.lang, first.catalog);
      setCaseworker(first.caseworker);
      setCases(first.cases);
      setActiveId(first.activeId);
      setOpen(first.open);
      if (first.cases.some((c) => c.errors === null)) await refreshList();
    });
  }, [firstScreen]);

  const openId = open?.id ?? null;
  useEffect(() => {
    if (!i18n || !cases || openId !== null) return;
    mark('vpa-first-render');
    if (cases.every((c) => c.errors !== null)) mark('vpa-checked');
    // Opening a case should not wait for the background to start: it starts while the list is read.
    void api.send({ type: 'ui-bg/get-settings' }).catch(() => undefined);
  }, [i18n, cases, openId]);

  useEffect(() => {
    if (i18n) document.title = i18n.t('extName');
  }, [i18n]);

  // The header wraps on a narrow screen or with a long label: what sticks below it, and where a heading
  // scrolled to comes to rest, follow its real height so that it never covers the case's title.
  const header = useRef<HTMLElement>(null);
  const hasHeader = i18n !== null && cases !== null;
  useEffect(() => {
    const element = header.current;
    if (!element || typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver(() => document.documentElement.style.setProperty('--header-h', `${element.offsetHeight}px`));
    observer.observe(element);
    return () => observer.disconnect();
  }, [hasHeader]);

  if (!i18n || !cases) return <p class="loading">…</p>;
  const { t, lang } = i18n;

  const openCase = async (id: string) => {
    await api.send({ type: 'ui-bg/set-active', id });
    setActiveId(id);
    setOpen({ id });
  };

  const create = async (caseType: CaseType) => {
    const answer = await api.send({ type: 'ui-bg/create-case', caseType });
    await refreshList();
    await openCase(answer.id);
  };

  const imported = async (ids: string[], openOne = false) => {
    await refreshList();
    setToast({ text: plural(lang, ids.length, t('importDoneOne', ids.length), t('importDone', ids.length)) });
    if (openOne && ids.length === 1) await openCase(ids[0]!);
  };

  const duplicate = async (id: string) => {
    const answer = await api.send({ type: 'ui-bg/duplicate-case', id });
    await refreshList();
    setToast(answer.ok ? { text: t('caseDuplicated') } : { text: answer.error });
  };

  const rename = async (id: string, label: string) => {
    const current = await api.send({ type: 'ui-bg/get-case', id });
    if (!current.ok) {
      setToast({ text: current.error });
      return;
    }
    const next = { ...(current.case as Record<string, unknown>) };
    if (label) next.label = label;
    else delete next.label;
    const saved = await api.send({ type: 'ui-bg/save-case', id, rev: current.rev, case: next });
    await refreshList();
    if (saved.ok) return;
    setToast({ text: 'stale' in saved ? t('saveConflictTitle') : saved.errors.map((e) => fileErrorLine(e, t)).join('; ') });
  };

  const remove = async (id: string) => {
    const title = cases.find((c) => c.id === id);
    const answer = await api.send({ type: 'ui-bg/delete-case', id });
    await refreshList();
    if (!answer.ok) {
      setToast({ text: answer.error });
      return;
    }
    setToast({
      text: t('caseDeleted', title?.label || title?.applicantName || t('caseUntitled')),
      action: {
        label: t('undo'),
        run: async () => {
          const undone = await api.send({ type: 'ui-bg/undo-delete', token: answer.token });
          await refreshList();
          setToast({ text: undone.ok ? t('caseRestored') : undone.error });
        },
      },
    });
  };

  return (
    <ApiContext.Provider value={api}>
      <CaseworkerContext.Provider value={caseworker}>
        <I18nContext.Provider value={i18n}>
          <div class="app">
            <header class="app-header" ref={header}>
              <h1>{t('extName')}</h1>
              <div class="header-controls">
                <div class="view-switch">
                  <input
                    id="caseworker-switch"
                    type="checkbox"
                    role="switch"
                    checked={caseworker}
                    aria-describedby="caseworker-switch-hint"
                    onChange={async (e) => {
                      const on = e.currentTarget.checked;
                      setCaseworker(on);
                      await api.send({ type: 'ui-bg/set-settings', caseworker: on });
                    }}
                  />
                  <label for="caseworker-switch">{t('caseworkerSwitch')}</label>
                  <span id="caseworker-switch-hint" class="visually-hidden">
                    {t('caseworkerSwitchHint')}
                  </span>
                </div>
                <div class="lang-switch">
                  <label for="lang-select">{t('languageLabel')}</label>
                  <select
                    id="lang-select"
                    value={lang}
                    onChange={async (e) => {
                      const chosen = e.currentTarget.value as Lang;
                      await api.send({ type: 'ui-bg/set-settings', lang: chosen });
                      await switchLang(chosen);
                    }}
                  >
                    {(Object.keys(LANG_NAMES) as Lang[]).map((l) => (
                      <option key={l} value={l} lang={l}>
                        {LANG_NAMES[l]}
                      </option>
                    ))}
                  </select>
                </div>
              </div>
            </header>
            <main class="app-main">
              {open ? (
                <CaseScreen
                  key={open.id}
                  id={open.id}
                  stored={open.stored}
                  firstCheck={open.check}
                  onCopied={async (copyId) => {
                    await refreshList();
                    setActiveId(copyId);
                    setOpen({ id: copyId });
                    setToast({ text: t('saveConflictCopied') });
                  }}
                  onBack={() => {
                    setOpen(null);
                    void refreshList();
                    setTimeout(() => document.getElementById('cases-heading')?.focus(), 0);
                  }}
                  onShown={() => mark('vpa-first-render')}
                  onReport={() => mark('vpa-checked')}
                />
              ) : cases.length === 0 ? (
                <FirstSteps onStart={create} onImported={(ids) => imported(ids, true)} />
              ) : (
                <>
                  <CaseList cases={cases} activeId={activeId} onOpen={openCase} onCreate={create} onDuplicate={duplicate} onDelete={remove} onRename={rename} />
                  <section class="transfer" aria-labelledby="transfer-heading">
                    <h2 id="transfer-heading">{t('transferHeading')}</h2>
                    <ExportButton label={t('exportAll')} />
                    <CsvExportButton ids={cases.map((c) => c.id)} fileName="visa-cases.csv" />
                    <ImportForm onImported={(ids) => imported(ids)} />
                  </section>
                  <VerifiedAmounts onChanged={() => void refreshList()} />
                </>
              )}
            </main>
            <Toast message={toast} onDismiss={() => setToast(null)} />
          </div>
        </I18nContext.Provider>
      </CaseworkerContext.Provider>
    </ApiContext.Provider>
  );
}
