// `bg-cs/*`: the messages the content script receives (from the popup, the
// background, the benchmark), declared once as data: the type `BgToCs` and the
// guard `parseBgToCs` both come from the table below. Not zod, unlike the rest
// of the protocol (messages.ts): zod/mini alone would weigh a third of the
// content script's 20 kB gzip budget, for five shapes whose only fields are a
// case id and a count.

/** Case ids and undo tokens, here and in messages.ts's `id` schema. */
export const ID_LENGTH = { min: 1, max: 200 } as const;

/** Optional fields of the messages below: `id` as the `id` schema, `count` an integer from 1 to 1,000. */
type FieldType = 'id' | 'count';
type FieldValue<T> = T extends 'id' ? string : T extends 'count' ? number : never;

const BG_TO_CS = {
  /** spec/page-description.md; the unprefixed name is the spec's own. */
  'describe-page': {},
  'bg-cs/describe-page': {},
  /** Counts for the popup's status line, after a fresh cross-check. */
  'bg-cs/page-status': {},
  /** Fills the page: from the case a grant of the background names (the popup), else from the open case. Never submits. */
  'bg-cs/fill': { caseId: 'id', grant: 'id' },
  /** What the last recognition and drawing cost on this page; with `runs`, that many more recognitions timed back to back (the benchmark). */
  'bg-cs/timings': { runs: 'count' },
} as const satisfies Record<string, Record<string, FieldType>>;

export type BgToCs = {
  [T in keyof typeof BG_TO_CS]: { type: T } & { [K in keyof (typeof BG_TO_CS)[T]]?: FieldValue<(typeof BG_TO_CS)[T][K]> | undefined };
}[keyof typeof BG_TO_CS];

function fits(type: FieldType, value: unknown): boolean {
  if (type === 'id') return typeof value === 'string' && value.length >= ID_LENGTH.min && value.length <= ID_LENGTH.max;
  return Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 1000;
}

/** The message with its declared fields only (as zod's objects strip the rest), or null when it is not one. */
export function parseBgToCs(message: unknown): BgToCs | null {
  if (typeof message !== 'object' || message === null) return null;
  const { type } = message as { type?: unknown };
  if (typeof type !== 'string' || !Object.hasOwn(BG_TO_CS, type)) return null;
  const parsed: Record<string, unknown> = { type };
  for (const [field, fieldType] of Object.entries(BG_TO_CS[type as keyof typeof BG_TO_CS]) as [string, FieldType][]) {
    const value = (message as Record<string, unknown>)[field];
    if (value === undefined) continue;
    if (!fits(fieldType, value)) return null;
    parsed[field] = value;
  }
  return parsed as BgToCs;
}
