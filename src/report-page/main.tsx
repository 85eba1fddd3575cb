// The printable report of one stored case (`index.html?id=<case>`), opened
// from the popup. It only wires: the case and its check come from the
// background, the markup from the same renderer as `visa-check report`.
import { send } from '../popup/api';
import { browserUiLanguage, loadCatalog } from '../popup/i18n';
import { createI18n, pickLang } from '../popup/translate';
import type { Lang } from '../rules/types';
import { render } from 'preact';
import { caseTitle, ReportBody } from '../report/report';
import { REPORT_CSS } from '../report/report-style';

function adoptStyles(): void {
  // A constructed sheet: the page keeps the extension's CSP without inline style.
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(REPORT_CSS);
  document.adoptedStyleSheets = [sheet];
}

function button(label: string, onClick: () => void): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = label;
  b.addEventListener('click', onClick);
  return b;
}

async function pageLang(): Promise<Lang> {
  const asked = new URLSearchParams(location.search).get('lang');
  if (asked === 'nl' || asked === 'fr' || asked === 'en') return asked;
  const settings = await send({ type: 'ui-bg/get-settings' });
  return settings.lang ?? pickLang(browserUiLanguage());
}

async function show(): Promise<void> {
  adoptStyles();
  const id = new URLSearchParams(location.search).get('id') ?? '';
  const lang = await pageLang();
  const { t } = createI18n(lang, await loadCatalog(lang));
  document.documentElement.lang = lang;
  const root = document.getElementById('report')!;
  const actions = document.getElementById('report-actions')!;
  const [stored, checked] = await Promise.all([send({ type: 'ui-bg/get-case', id }), send({ type: 'ui-bg/check-case', id, lang })]);
  if (!stored?.ok || !checked?.ok) {
    const failure = document.createElement('p');
    failure.setAttribute('role', 'alert');
    failure.textContent = t('reportLoadFailed', stored && !stored.ok ? stored.error : id);
    root.replaceChildren(failure);
    return;
  }
  const input = { case: stored.case, report: checked.report, lang, t };
  document.title = t('reportTitle', caseTitle(stored.case, t));
  render(<ReportBody input={input} />, root);
  const status = document.createElement('p');
  status.setAttribute('role', 'status');
  actions.replaceChildren(
    button(t('reportPrint'), () => print()),
    button(t('calendarExport'), async () => {
      const { saveCalendar } = await import('../popup/calendar-export');
      status.textContent = saveCalendar(id, stored.case, checked.report, t) ?? '';
    }),
    status,
  );
}

void show();
