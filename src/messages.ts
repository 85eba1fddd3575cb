// The one message protocol between the extension's parts, as zod discriminated
// unions by route: `ui-bg/*` (popup → background), `cs-bg/*` (content script →
// background), `bg-cs/*` (background/popup → content script). Every message is
// parsed on receipt; anything that does not parse is ignored.
import { z } from 'zod/mini';

const id = z.string().check(z.minLength(1), z.maxLength(200));
const lang = z.enum(['nl', 'fr', 'en']);

// ---- popup → background ------------------------------------------------------

export const uiToBg = z.discriminatedUnion('type', [
  /** All stored cases (summaries) and the active one. */
  z.object({ type: z.literal('ui-bg/list-cases') }),
  /** One stored case, whole. */
  z.object({ type: z.literal('ui-bg/get-case'), id }),
  /** A new, empty case; becomes the active one. */
  z.object({ type: z.literal('ui-bg/create-case'), label: z.optional(z.string().check(z.maxLength(500))) }),
  /** Saves a whole case (validated against visa-case/1 in the background). */
  z.object({ type: z.literal('ui-bg/save-case'), id, case: z.unknown() }),
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
  z.object({ type: z.literal('ui-bg/set-settings'), lang: z.optional(z.nullable(lang)) }),
]);

export type UiToBg = z.infer<typeof uiToBg>;

export const caseSummary = z.object({
  id,
  label: z.string(),
  caseType: z.string(),
  applicantName: z.string(),
  updatedAt: z.string(),
  errors: z.number(),
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
  'ui-bg/get-case': { ok: true; case: unknown; updatedAt: string } | { ok: false; error: string };
  'ui-bg/create-case': { ok: true; id: string };
  'ui-bg/save-case': { ok: true } | { ok: false; errors: z.infer<typeof caseError>[] };
  'ui-bg/duplicate-case': { ok: true; id: string } | { ok: false; error: string };
  'ui-bg/delete-case': { ok: true; token: string } | { ok: false; error: string };
  'ui-bg/undo-delete': { ok: true; id: string } | { ok: false; error: string };
  'ui-bg/set-active': { ok: true } | { ok: false; error: string };
  'ui-bg/check-case': { ok: true; report: import('./rules/types').Report } | { ok: false; errors: z.infer<typeof caseError>[] };
  'ui-bg/import': { ok: true; ids: string[] } | { ok: false; errors: z.infer<typeof caseError>[] };
  'ui-bg/export': { ok: true; text: string; fileName: string } | { ok: false; error: string };
  'ui-bg/get-settings': { lang: 'nl' | 'fr' | 'en' | null };
  'ui-bg/set-settings': { ok: true };
}
