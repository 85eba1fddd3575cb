// Per tab, whose form the user last filled there from the popup (a child's, say), so that
// what is typed later on that site is compared with that person, not the applicant, and the
// popup opened there again has that person chosen. Kept in the browser's session storage
// (memory, not disk, gone with the browser): a worker stopped while idle still knows.
import type { FormPerson } from '../case/form-person';
import type { KeyValueArea } from '../storage/key-value-area';

export type FormPersonEntry = { caseId: string; origin: string; person: FormPerson };

export interface FormPeople {
  get(tabId: number): Promise<FormPersonEntry | undefined>;
  set(tabId: number, entry: FormPersonEntry): Promise<void>;
  /** The tab was closed. */
  forget(tabId: number): Promise<void>;
}

/** `area` is `browser.storage.session` in the extension, an in-memory area in tests. */
export function createFormPeople(area: Pick<KeyValueArea, 'get' | 'set' | 'remove'>): FormPeople {
  const key = (tabId: number) => `form-person:${tabId}`;
  return {
    get: async (tabId) => (await area.get(key(tabId)))[key(tabId)] as FormPersonEntry | undefined,
    set: (tabId, entry) => area.set({ [key(tabId)]: entry }),
    forget: (tabId) => area.remove(key(tabId)),
  };
}

/** Whose form the tab shows for this case on this origin: the one last filled there, else the applicant's. */
export async function formPersonIn(people: FormPeople | undefined, tabId: number | undefined, caseId: string, origin: string | undefined): Promise<FormPerson> {
  const known = tabId !== undefined ? await people?.get(tabId) : undefined;
  return known && known.caseId === caseId && known.origin === origin ? known.person : 'applicant';
}
