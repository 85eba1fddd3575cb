// Amounts the user has verified, as a file (`visa-params/1`): what the popup's settings export and
// import, and what `visa-check --params FILE` reads (parameters.md, "Amounts the user has verified").
// Reading never throws for bad data; every problem names the field and what is wrong.
import './zod-config';
import { z } from 'zod';
import { errorText } from './error-texts';
import { USER_VERIFIABLE_IDS, type UserValue } from '../rules/parameters/user-values';
import { issueMessage, type CaseError } from './parse';
import { formatPath } from './path';
import { isoDate, MAX_TEXT } from './schema';

export const PARAMS_FORMAT = 'visa-params/1';

/** More values than anyone records in years of yearly indexations. */
const MAX_VALUES = 500;

export const userValue = z.strictObject({
  parameter: z.string().refine((id) => USER_VERIFIABLE_IDS.includes(id), {
    error: (iss) => errorText('notParameter', String(iss.input).slice(0, 60), USER_VERIFIABLE_IDS.join(', ')),
  }),
  value: z.number({ error: errorText('notAmount') }).finite().min(0, { error: errorText('negative') }).max(1_000_000, { error: errorText('amountTooLarge') }),
  since: isoDate,
  source: z.string({ error: errorText('noSource') }).trim().min(3, { error: errorText('noSource') }).max(MAX_TEXT, { error: errorText('tooLong', MAX_TEXT) }),
  checkedOn: isoDate,
});

export const paramsFile = z.strictObject({
  format: z.literal(PARAMS_FORMAT, { error: errorText('mustEqual', PARAMS_FORMAT) }),
  values: z.array(userValue).max(MAX_VALUES, { error: errorText('tooManyValues', MAX_VALUES) }),
});

export type ParamsResult = { ok: true; values: UserValue[] } | { ok: false; errors: CaseError[] };

function errorsOf(error: z.ZodError): CaseError[] {
  return error.issues.map((issue) => ({ path: issue.path.length ? formatPath(issue.path) : '(file)', message: issue.message }));
}

/** One recorded value, checked as the settings screen records it. */
export function parseUserValue(value: unknown): { ok: true; value: UserValue } | { ok: false; errors: CaseError[] } {
  const parsed = userValue.safeParse(value, { error: issueMessage });
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, errors: errorsOf(parsed.error) };
}

export function parseParamsValue(value: unknown): ParamsResult {
  const parsed = paramsFile.safeParse(value, { error: issueMessage });
  return parsed.success ? { ok: true, values: parsed.data.values } : { ok: false, errors: errorsOf(parsed.error) };
}

export function parseParamsText(text: string): ParamsResult {
  if (text.length > 1_000_000) return { ok: false, errors: [{ path: '(file)', message: errorText('paramsTooLarge', 1) }] };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [{ path: '(file)', message: errorText('notJson', (e as Error).message) }] };
  }
  return parseParamsValue(value);
}

/** The file the settings export writes. */
export function paramsFileText(values: readonly UserValue[]): string {
  return `${JSON.stringify({ format: PARAMS_FORMAT, values }, null, 2)}\n`;
}
