// The one message protocol between the extension's parts, by route: `ui-bg/*`
// (popup → background) and `cs-bg/*` (content script → background) as zod
// discriminated unions, `bg-cs/*` (background/popup → content script) as a
// declared table with a guard (messages-to-content.ts), which keeps zod out of
// the content script.
// Every message is parsed on receipt; anything that does not parse is ignored.
import * as z from 'zod/mini';
import { ID_LENGTH } from './messages-to-content';
import { FORM_PERSON_PATTERN, type FormPerson } from './case/form-person';

const id = z.string().check(z.minLength(ID_LENGTH.min), z.maxLength(ID_LENGTH.max));
const lang = z.enum(['nl', 'fr', 'en']);

// ---- popup → background ------------------------------------------------------

export const uiToBg = z.discriminatedUnion('type', [
  /** All stored cases (summaries) and the active one. */
  z.object({ type: z.literal('ui-bg/list-cases') }),
  /** One stored case, whole. */
  z.object({ type: z.literal('ui-bg/get-case'), id }),
  /** A new, empty case of the type asked (marriage when absent); becomes the active one. */
  z.object({
    type: z.literal('ui-bg/create-case'),
    label: z.optional(z.string().check(z.maxLength(500))),
    caseType: z.optional(z.enum(['marriage', 'cohabitation', 'humanitarian'])),
  }),
  /**
   * Saves a whole case (validated against visa-case/1 in the background), based
   * on the stored revision `rev`; refused, changing nothing, when another window
   * saved a later one.
   */
  z.object({ type: z.literal('ui-bg/save-case'), id, rev: z.number().check(z.int(), z.minimum(1)), case: z.unknown() }),
  /** Keeps a case as a new one after `id` (a window's version that could not be saved over a later one). */
  z.object({ type: z.literal('ui-bg/save-copy'), id, case: z.unknown() }),
  z.object({ type: z.literal('ui-bg/duplicate-case'), id }),
  /** Deletes a case; the answer carries a token that `undo-delete` takes. */
  z.object({ type: z.literal('ui-bg/delete-case'), id }),
  z.object({ type: z.literal('ui-bg/undo-delete'), token: id }),
  z.object({ type: z.literal('ui-bg/set-active'), id }),
  /** Runs the rule core on a stored case, or on a draft being edited (not stored). */
  z.object({ type: z.literal('ui-bg/check-case'), id: z.optional(id), draft: z.optional(z.unknown()), lang }),
  /** Imports the text of a visa-case/1 file (one case, or an array of cases). */
  z.object({ type: z.literal('ui-bg/import'), text: z.string() }),
  /** Exports one case, or all when `id` is absent, as visa-case/1 JSON text. */
  z.object({ type: z.literal('ui-bg/export'), id: z.optional(id) }),
  z.object({ type: z.literal('ui-bg/get-settings') }),
  /**
   * A single-use grant for filling the page in this tab, on this origin, from this case (the popup's
   * fill button), as the form of `person` (`applicant`, the default, or a child: `children[0]`).
   */
  z.object({
    type: z.literal('ui-bg/grant-fill'),
    tabId: z.int().check(z.nonnegative()),
    origin: z.string().check(z.maxLength(300)),
    caseId: id,
    person: z.optional(z.string().check(z.regex(FORM_PERSON_PATTERN))),
  }),
  /** Whose form the page in this tab, on this origin, was last filled as from this case: the applicant's unless a child's was. */
  z.object({ type: z.literal('ui-bg/form-person'), tabId: z.int().check(z.nonnegative()), origin: z.string().check(z.maxLength(300)), caseId: id }),
  /** What the fields of a vendor page in this tab disagree with, values included: the page itself is told only which fields. */
  z.object({ type: z.literal('ui-bg/page-findings'), tabId: z.int().check(z.nonnegative()) }),
  z.object({ type: z.literal('ui-bg/set-settings'), lang: z.optional(z.nullable(lang)), caseworker: z.optional(z.boolean()) }),
  /** The amounts the user has verified (parameters.md); the checks use them from their start date. */
  z.object({ type: z.literal('ui-bg/get-user-values') }),
  /** Replaces the verified amounts (record, remove, import); the background checks each value. */
  z.object({ type: z.literal('ui-bg/set-user-values'), values: z.array(z.unknown()).check(z.maxLength(500)) }),
]);

export type UiToBg = z.infer<typeof uiToBg>;

export const caseSummary = z.object({
  id,
  label: z.string(),
  caseType: z.string(),
  applicantName: z.string(),
  updatedAt: z.string(),
  errors: z.number(),
  /** Today's warnings. */
  warnings: z.number(),
  /** The earliest deadline from today on, `YYYY-MM-DD`. */
  nextDeadline: z.nullable(z.string()),
});
export type CaseSummary = z.infer<typeof caseSummary>;

export const caseError = z.object({ path: z.string(), message: z.string() });

/**
 * What the background answers instead of `UiToBgAnswers[T]` when it refuses a
 * message (unknown sender, a message that does not parse) or storage fails.
 */
export interface BgFailure {
  ok: false;
  error: string;
}

/** Answers, by request type. `ok: false` answers carry what went wrong, never a thrown error. */
export interface UiToBgAnswers {
  'ui-bg/list-cases': { cases: CaseSummary[]; activeId: string | null };
  'ui-bg/get-case': { ok: true; case: unknown; rev: number; updatedAt: string } | { ok: false; error: string };
  'ui-bg/create-case': { ok: true; id: string };
  /** `stale`: the stored revision is `rev`, not the one the save was based on; nothing was written. */
  'ui-bg/save-case': { ok: true; rev: number } | { ok: false; errors: z.infer<typeof caseError>[] } | { ok: false; stale: true; rev: number };
  'ui-bg/save-copy': { ok: true; id: string } | { ok: false; errors: z.infer<typeof caseError>[] };
  'ui-bg/duplicate-case': { ok: true; id: string } | { ok: false; error: string };
  'ui-bg/delete-case': { ok: true; token: string } | { ok: false; error: string };
  'ui-bg/undo-delete': { ok: true; id: string } | { ok: false; error: string };
  'ui-bg/set-active': { ok: true } | { ok: false; error: string };
  'ui-bg/check-case': { ok: true; report: import('./rules/types').Report } | { ok: false; errors: z.infer<typeof caseError>[] };
  'ui-bg/import': { ok: true; ids: string[] } | { ok: false; errors: z.infer<typeof caseError>[] };
  'ui-bg/export': { ok: true; text: string; fileName: string } | { ok: false; error: string };
  'ui-bg/get-settings': { lang: 'nl' | 'fr' | 'en' | null; caseworker: boolean };
  'ui-bg/grant-fill': { ok: true; grant: string } | { ok: false; error: string };
  'ui-bg/form-person': { ok: true; person: FormPerson };
  'ui-bg/page-findings': { ok: true; caseLabel: string; findings: PageFinding[] } | { ok: false; error: string };
  'ui-bg/set-settings': { ok: true };
  'ui-bg/get-user-values': { values: import('./rules/parameters').UserValue[] };
  'ui-bg/set-user-values': { ok: true } | { ok: false; errors: z.infer<typeof caseError>[] };
}

// ---- content script → background ----------------------------------------------

const siteId = z.enum(['vfsglobal', 'tlscontact', 'visaonweb']);
const pageType = z.enum(['login', 'registration', 'applicant-details', 'appointment', 'payment', 'other']);
export const fieldKind = z.enum([
  'surname', 'givenNames', 'fullName', 'birthDate', 'birthDay', 'birthMonth', 'birthYear', 'sex', 'nationality', 'placeOfBirth', 'countryOfBirth',
  'passportNumber', 'passportIssueDate', 'passportExpiryDate', 'email', 'phone', 'phoneCountryCode', 'address',
  'surnameAtBirth', 'nationalityAtBirth', 'otherNationality', 'nationalIdNumber', 'maritalStatus', 'documentType', 'issuingAuthority', 'issuingCountry',
  'street', 'houseNumber', 'addressBox', 'postalCode', 'city', 'addressCountry', 'region', 'occupation', 'occupationStatus',
  'employerName', 'employerAddress', 'employerStreet', 'employerHouseNumber', 'employerPostalCode', 'employerCity', 'employerCountry', 'employerPhone', 'employerEmail', 'residencePermitNumber', 'residencePermitValidUntil',
  'hostName', 'hostSurname', 'hostGivenNames', 'hostAddress', 'hostStreet', 'hostHouseNumber', 'hostPostalCode', 'hostCity', 'hostPhone', 'hostEmail', 'hostNationality', 'hostBirthDate', 'hostBirthDay', 'hostBirthMonth', 'hostBirthYear',
  'parentSurname', 'parentGivenNames', 'parentAddress', 'parentNationality', 'paymentCommunication', 'password', 'other',
]);
const dateFormat = z.enum(['dd/mm/yyyy', 'yyyy-mm-dd', 'dd.mm.yyyy', 'dd-mm-yyyy', 'mm/dd/yyyy']);
const selector = z.string().check(z.minLength(1), z.maxLength(2000));

/** One field as typed on the page; never a password (the content script does not read those). */
export const typedField = z.object({ selector, kind: fieldKind, value: z.string().check(z.maxLength(1000)), dateFormat: z.optional(dateFormat) });
export type TypedField = z.infer<typeof typedField>;

export const csToBg = z.discriminatedUnion('type', [
  /** What is typed on a vendor page, to compare with the active case (rules.md, "Form cross-check"). */
  z.object({ type: z.literal('cs-bg/cross-check'), site: siteId, pageType, fields: z.array(typedField).check(z.maxLength(10_000)) }),
  /**
   * The case's values for a fill the user asked for: with the popup's grant, the
   * case the user chose there; without one (the in-page fill button), the open case only.
   */
  z.object({ type: z.literal('cs-bg/profile-values'), caseId: z.optional(id), grant: z.optional(id) }),
  /** How many fields of the page disagree with the case, for the toolbar badge of its tab. */
  z.object({ type: z.literal('cs-bg/badge'), count: z.int().check(z.nonnegative(), z.maximum(10_000)) }),
  /** The CSS of the overlay drawn over the page (kept out of the content script's size). */
  z.object({ type: z.literal('cs-bg/overlay-style') }),
  /** Which of these option texts or values name a country (the name tables stay in the background, out of the content script). */
  z.object({ type: z.literal('cs-bg/country-codes'), texts: z.array(z.string().check(z.maxLength(300))).check(z.maxLength(5000)) }),
  /** The words that name fields (recognition/vocabulary.ts): they live in the background, out of the content script. */
  z.object({ type: z.literal('cs-bg/vocabulary') }),
]);
export type CsToBg = z.infer<typeof csToBg>;

/**
 * A finding as drawn: the message is in the user's language. Sent to the
 * content script it names the field only, never a value of the case.
 */
export interface PageFinding {
  rule: string;
  severity: 'error' | 'warning' | 'info';
  selector: string;
  message: string;
}

export type ProfileValues = Partial<Record<z.infer<typeof fieldKind>, string>>;

export interface CsToBgAnswers {
  'cs-bg/cross-check': { ok: true; caseLabel: string; findings: PageFinding[] } | { ok: false; error: string };
  'cs-bg/profile-values': { ok: true; caseLabel: string; values: ProfileValues } | { ok: false; error: string };
  'cs-bg/overlay-style': { ok: true; css: string; host: readonly string[] };
  'cs-bg/badge': { ok: true };
  /** ISO 3166-1 alpha-2 (`XX` stateless) for each text, null where it names no country. */
  'cs-bg/country-codes': { ok: true; codes: (string | null)[] } | { ok: false; error: string };
  'cs-bg/vocabulary': { ok: true; vocabulary: import('./recognition/vocabulary').Vocabulary } | { ok: false; error: string };
}

// ---- popup → content script ------------------------------------------------------

// The content script's incoming messages are declared in ./messages-to-content
// (no zod there: the content script's bundle imports it).
export { parseBgToCs, type BgToCs } from './messages-to-content';

export interface PageDescription {
  site: z.infer<typeof siteId>;
  pageType: z.infer<typeof pageType>;
  fields: { selector: string; kind: z.infer<typeof fieldKind>; reason: 'vendor-rule' | 'autocomplete' | 'attribute' | 'label' | 'sequence'; value: string }[];
}

export interface PageStatus {
  site: z.infer<typeof siteId>;
  /** The page's origin, which a fill grant is bound to. */
  origin: string;
  pageType: z.infer<typeof pageType>;
  /** Fields recognised (a radio group counts once). */
  fields: number;
  /** Fields whose value disagrees with the case. */
  disagree: number;
  /** Selectors marked on the page, with the rules behind each mark. */
  marks: { selector: string; rules: string[] }[];
  caseLabel: string | null;
}

/**
 * `not-fillable`: hidden, disabled or read-only, or no person could see it when it was to be written;
 * `not-asked-here`: a kind this step of the application has no business asking (a passport number on a sign-in page);
 * `kind-changed`: the page changed what a field asks while the fill ran, which stopped the fill.
 */
export type FillSkipReason = 'no-value' | 'no-option' | 'fill-by-hand' | 'not-fillable' | 'not-asked-here' | 'kind-changed' | 'rejected-by-page';

export interface FillResult {
  filled: number;
  skipped: { selector: string; kind: string; reason: FillSkipReason }[];
}

export interface BgToCsAnswers {
  'describe-page': PageDescription;
  'bg-cs/describe-page': PageDescription;
  'bg-cs/page-status': PageStatus;
  'bg-cs/fill': { ok: true; result: FillResult } | { ok: false; error: string };
  'bg-cs/timings': { startedAt: number; recogniseMs: number; annotateMs: number; wallMs: number; slices: number; longestSliceMs: number; drawMs: number; marks: number; fields: number; timed?: { fullMs: number; rerunMs: number } | null };
}
