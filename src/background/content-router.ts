// `cs-bg/*` messages: accepted only from this extension's own content script,
// running in the top frame of a vendor page (recogniseSite: exact host, https).
// A page cannot send these (pages have no runtime API here: no
// externally_connectable), and a content script in a frame or on any other
// host is refused, so the case's values only reach the vendors' pages.
import { parseCaseValue } from '../case/parse';
import { formSubject, type FormPerson } from '../case/form-person';
import { formPersonIn, type FormPeople } from './form-people';
import { profileValues } from '../recognition/profile-values';
import type { VisaCase } from '../case/schema';
import { csToBg, type CsToBg, type CsToBgAnswers, type PageFinding } from '../messages';
import { countryCodeOf } from '../recognition/countries';
import { recogniseSite } from '../recognition/site';
import { OVERLAY_CSS, OVERLAY_HOST_STYLE } from '../content/overlay-style';
import { VOCABULARY } from '../recognition/vocabulary';
import { pageMessage } from '../rules/form/messages';
import { crossCheckForm } from '../rules/form/check';
import type { Lang } from '../rules/types';
import type { CaseStore } from '../storage/case-store';
import type { Grants } from './grants';

export interface ContentSender {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number; url?: string };
}

/** Per tab, the last cross-check's findings with their full messages, for the popup only (in memory). */
export type PageDetails = Map<number, { caseLabel: string; findings: PageFinding[] }>;

export interface ContentRouterDeps {
  details?: PageDetails;
  people?: FormPeople;
  /** Shows how many fields disagree on the tab's toolbar button (nothing for 0). */
  setBadge?(tabId: number, count: number): Promise<void>;
  grants?: Grants;
  store: Pick<CaseStore, 'listCases' | 'getCase' | 'getSettings'>;
  runtimeId: string;
  today: () => string;
  /** The browser's UI language (`nl-BE`), used until the user picks one. */
  uiLanguage: () => string;
}

type Failure = { ok: false; error: string };

/** Our content script, top frame, on a vendor host over https. */
export function isVendorContentScript(sender: ContentSender, runtimeId: string): boolean {
  if (sender.id !== runtimeId || !sender.tab) return false;
  // The content script runs in the top frame only (manifest: no all_frames).
  if (sender.frameId !== undefined && sender.frameId !== 0) return false;
  const url = sender.url ?? sender.tab.url;
  if (!url || recogniseSite(url) === null) return false;
  // Where the browser tells the tab's URL too, it must be the same vendor page's host.
  return sender.tab.url === undefined || recogniseSite(sender.tab.url) !== null;
}

function langOf(setting: Lang | null, uiLanguage: string): Lang {
  if (setting) return setting;
  const base = uiLanguage.toLowerCase().split(/[-_]/)[0];
  return base === 'nl' || base === 'fr' ? base : 'en';
}

function labelOf(value: Record<string, unknown>): string {
  if (typeof value.label === 'string' && value.label.trim() !== '') return value.label;
  const a = (value.applicant ?? {}) as { givenNames?: unknown; surname?: unknown };
  return [a.givenNames, a.surname].filter((x): x is string => typeof x === 'string' && x !== '').join(' ');
}

export function createContentRouter(deps: ContentRouterDeps) {
  async function caseFor(id: string): Promise<{ value: VisaCase; label: string } | Failure> {
    const stored = await deps.store.getCase(id);
    if (!stored) return { ok: false, error: 'no stored case has this id' };
    const parsed = parseCaseValue(stored.value);
    if (!parsed.ok) return { ok: false, error: 'the case does not match visa-case/1' };
    return { value: parsed.value as VisaCase, label: labelOf(stored.value) };
  }

  /** Whose form the user last filled in this tab, on this origin, from this case; else the applicant's. */
  function personOf(sender: ContentSender, caseId: string): Promise<FormPerson> {
    const url = sender.url ?? sender.tab?.url;
    return formPersonIn(deps.people, sender.tab?.id, caseId, url ? new URL(url).origin : undefined);
  }

  /**
   * Which case, and whose form, a fill may read: the ones a popup's grant names, for that tab and
   * origin, once; without a grant (the in-page button) the open case, and no other, as the form
   * last filled from the popup in that tab.
   */
  async function grantedCase(msg: Extract<CsToBg, { type: 'cs-bg/profile-values' }>, sender: ContentSender): Promise<{ caseId: string; person: FormPerson } | Failure> {
    const url = sender.url ?? sender.tab?.url;
    if (msg.grant !== undefined) {
      const granted = deps.grants && url && sender.tab?.id !== undefined ? deps.grants.redeem(msg.grant, { tabId: sender.tab.id, origin: new URL(url).origin }) : null;
      if (granted === null || (msg.caseId !== undefined && msg.caseId !== granted.caseId)) return { ok: false, error: 'refused: this fill was not granted, or its grant was used or has expired' };
      await deps.people?.set(sender.tab!.id!, { caseId: granted.caseId, origin: new URL(url!).origin, person: granted.person });
      return granted;
    }
    const { activeId } = await deps.store.listCases();
    if (!activeId) return { ok: false, error: 'no case is open' };
    if (msg.caseId !== undefined && msg.caseId !== activeId) return { ok: false, error: 'refused: only the open case, or the case chosen in the popup, fills a page' };
    return { caseId: activeId, person: await personOf(sender, activeId) };
  }

  async function handle(msg: CsToBg, sender: ContentSender): Promise<CsToBgAnswers[CsToBg['type']]> {
    if (msg.type === 'cs-bg/country-codes') return { ok: true, codes: msg.texts.map((text) => countryCodeOf(text)) };
    if (msg.type === 'cs-bg/overlay-style') return { ok: true, css: OVERLAY_CSS, host: OVERLAY_HOST_STYLE };
    if (msg.type === 'cs-bg/badge') {
      if (sender.tab?.id !== undefined) await deps.setBadge?.(sender.tab.id, msg.count);
      return { ok: true };
    }
    if (msg.type === 'cs-bg/vocabulary') return { ok: true, vocabulary: VOCABULARY };
    if (msg.type === 'cs-bg/profile-values') {
      const granted = await grantedCase(msg, sender);
      if ('ok' in granted) return granted;
      const chosen = await caseFor(granted.caseId);
      return 'ok' in chosen ? chosen : { ok: true, caseLabel: chosen.label, values: profileValues(formSubject(chosen.value, granted.person)) };
    }
    const { activeId } = await deps.store.listCases();
    if (!activeId) return { ok: false, error: 'no case is open' };
    const chosen = await caseFor(activeId);
    if ('ok' in chosen) return chosen;
    const settings = await deps.store.getSettings();
    const lang = langOf(settings.lang, deps.uiLanguage());
    // Passwords never travel (the content script does not read them); refuse them here too.
    const fields = msg.fields.filter((f) => f.kind !== 'password');
    const found = crossCheckForm(chosen.value, fields, { today: deps.today(), lang, person: await personOf(sender, activeId) });
    const tabId = sender.tab?.id;
    if (tabId !== undefined) deps.details?.set(tabId, { caseLabel: chosen.label, findings: found.map((f) => ({ rule: f.rule, severity: f.severity, selector: f.selector, message: f.message })) });
    // The page may read what is drawn over it: it is told which field disagrees, never what the case holds.
    const findings: PageFinding[] = found.map((f) => ({ rule: f.rule, severity: f.severity, selector: f.selector, message: pageMessage(f.rule, String(f.params?.field ?? ''), lang, f.params?.host) }));
    return { ok: true, caseLabel: chosen.label, findings };
  }

  /** Answers `cs-bg/*`; undefined for other routes. */
  return function routeContent(message: unknown, sender: ContentSender): Promise<unknown> | undefined {
    const type = (message as { type?: unknown } | null)?.type;
    if (typeof type !== 'string' || !type.startsWith('cs-bg/')) return undefined;
    if (!isVendorContentScript(sender, deps.runtimeId)) return Promise.resolve<Failure>({ ok: false, error: 'refused: only the extension’s content script on a vendor page may send this message' });
    const parsed = csToBg.safeParse(message);
    if (!parsed.success) return Promise.resolve<Failure>({ ok: false, error: 'not a valid message' });
    return handle(parsed.data, sender).catch((error: unknown): Failure => {
      console.error('visa-partner-assistant background:', error);
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    });
  };
}
