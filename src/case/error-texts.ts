// Every problem a case file or an amounts file can have, worded once. The English here is
// what `visa-check` prints and what the JSON and the import message carry
// (spec/case-format.md); the popup shows the same problem in the user's language
// (`_locales`: `fileError_<key>`, the values in the same order), reading the key and
// the values back from the English text. Free of zod: the popup's first screen loads it.

export const ERROR_TEXTS = {
  required: 'is required',
  requiredValue: 'is required ("$1")',
  mustEqual: 'must be "$1"',
  oneOf: 'must be one of $1',
  mustBeNumber: 'must be a number',
  mustBeBoolean: 'must be true or false',
  mustBeObject: 'must be an object',
  mustBeList: 'must be a list',
  mustBeText: 'must be a string',
  mustBeWhole: 'must be a whole number',
  atLeast: 'must be at least $1',
  moreThan: 'must be more than $1',
  atMost: 'must be at most $1',
  lessThan: 'must be less than $1',
  tooManyEntries: 'has more than $1 entries',
  tooLong: 'is longer than $1 characters',
  notDate: '$1 is not a date (YYYY-MM-DD)',
  notDateText: 'must be a date written YYYY-MM-DD',
  notCountry: '$1 is not a two-letter country code (ISO 3166-1, XX for stateless)',
  notLanguage: '$1 is not a two-letter language code (ISO 639-1)',
  notMrz: "must be the two lines of the passport's machine-readable zone, 44 characters each (A-Z, 0-9, <), joined by a line break",
  notPostalCode: 'must be a Belgian postal code of four digits',
  tooDeep: 'is nested deeper than $1 levels',
  keyTooLong: 'has a field name longer than $1 characters',
  forbiddenKey: 'is not allowed as a field name',
  unknownFields: 'has fields this format does not have: $1',
  numberTooLarge: 'is a number too large to keep: JSON numbers go up to about 1.8e308',
  newerFormat: '$1 is a newer format than this version reads ($2); update the product to open it',
  notFormat: '$1 is not a case file format (expected $2)',
  notObject: 'is not a case: expected a JSON object',
  notJson: 'is not valid JSON ($1)',
  tooLarge: 'is larger than $1 MB; a case file is a few kilobytes',
  notUtf8: 'is not UTF-8 text; save the file as UTF-8',
  notUtf8At: 'is not UTF-8 text: byte $1 at offset $2 (counted from 0) starts no valid character; save the file as UTF-8',
  halfPair: 'is not valid Unicode text: character $1 (counted from 0) is half of a pair',
  notCaseList: 'must be a list of cases',
  noCase: 'holds no case',
  tooManyCases: 'holds $1 cases; at most $2 can be imported at once',
  storageFull: "needs about $1 MB of the browser's storage for this extension, and $2 MB of its $3 MB are free; nothing was written. Export the cases you no longer need, delete them, and try again",
  notParameter: '$1 is not an amount that can be recorded (one of $2)',
  notAmount: 'must be an amount in euros, a number',
  negative: 'must not be negative',
  amountTooLarge: 'is too large for an amount in euros',
  noSource: 'must say where the amount was read (a URL or "DVZ page seen 2026-12-06")',
  tooManyValues: 'holds more than $1 values',
  paramsTooLarge: 'is larger than $1 MB',
} as const;

export type ErrorKey = keyof typeof ERROR_TEXTS;

/** The English text of a problem, `$1`… replaced by the values. */
export function errorText(key: ErrorKey, ...values: (string | number)[]): string {
  return ERROR_TEXTS[key].replace(/\$(\d)/g, (_, n: string) => String(values[Number(n) - 1] ?? ''));
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Each text as a pattern whose groups are the values; the one with the most fixed words wins.
const READERS = (Object.entries(ERROR_TEXTS) as [ErrorKey, string][])
  .map(([key, text]) => ({ key, fixed: text.replace(/\$\d/g, '').length, pattern: new RegExp(`^${text.split(/\$\d/).map(escape).join('([\\s\\S]*?)')}$`) }))
  .sort((a, b) => b.fixed - a.fixed);

/** The key and values of an English problem text, or null for a text worded elsewhere. */
export function readErrorText(message: string): { key: ErrorKey; values: string[] } | null {
  for (const reader of READERS) {
    const m = reader.pattern.exec(message);
    if (m) return { key: reader.key, values: m.slice(1) };
  }
  return null;
}
