// Amounts the user has verified, as a file (`visa-params/1`): what the popup's settings export and
// import, and what `visa-check --params FILE` reads (parameters.md, "Amounts the user has verified").
// Reading never throws for bad data; every problem names the field and what is wrong.
import './zod-config';
import { z } from 'zod';
import { USER_VERIFIABLE_IDS, type UserValue } from '../rules/parameters/user-values';
import type { CaseError } from './parse';
import { formatPath } from './path';
import { isoDate, MAX_TEXT } from './schema';

export const PARAMS_FORMAT = 'visa-params/1';

/** More values than anyone records in years of yearly indexations. */
const MAX_VALUES = 500;

export const userValue = z.strictObject({
  parameter: z.string().refine((id) => USER_VERIFIABLE_IDS.includes(id), {
    error: (iss) => `${String(iss.input).slice(0, 60)} is not an amount that can be recorded (one of ${USER_VERIFIABLE_IDS.join(', ')})`,
  }),
  value: z.number({ error: 'must be an amount in euros, a number' }).finite().min(0, { error: 'must not be negative' }).max(1_000_000, { error: 'is too large for an amount in euros' }),
  since: isoDate,
  source: z.string({ error: 'must say where the amount was read (a URL or "DVZ page seen 2026-12-06")' }).trim().min(3, { error: 'must say where the amount was read (a URL or "DVZ page seen 2026-12-06")' }).max(MAX_TEXT, { error: `is longer than ${MAX_TEXT} characters` }),
  checkedOn: isoDate,
});

export const paramsFile = z.strictObject({
  format: z.literal(PARAMS_FORMAT, { error: `must be "${PARAMS_FORMAT}"` }),
  values: z.array(userValue).max(MAX_VALUES, { error: `holds more than ${MAX_VALUES} values` }),
});

export type ParamsResult = { ok: true; values: UserValue[] } | { ok: false; errors: CaseError[] };

function errorsOf(error: z.ZodError): CaseError[] {
  return error.issues.map((issue) => ({ path: issue.path.length ? formatPath(issue.path) : '(file)', message: issue.message }));
}

/** One recorded value, checked as the settings screen records it. */
export function parseUserValue(value: unknown): { ok: true; value: UserValue } | { ok: false; errors: CaseError[] } {
  const parsed = userValue.safeParse(value);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, errors: errorsOf(parsed.error) };
}

export function parseParamsValue(value: unknown): ParamsResult {
  const parsed = paramsFile.safeParse(value);
  return parsed.success ? { ok: true, values: parsed.data.values } : { ok: false, errors: errorsOf(parsed.error) };
}

export function parseParamsText(text: string): ParamsResult {
  if (text.length > 1_000_000) return { ok: false, errors: [{ path: '(file)', message: 'is larger than 1 MB' }] };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [{ path: '(file)', message: `is not JSON: ${(e as Error).message}` }] };
  }
  return parseParamsValue(value);
}

/** The file the settings export writes. */
export function paramsFileText(values: readonly UserValue[]): string {
  return `${JSON.stringify({ format: PARAMS_FORMAT, values }, null, 2)}\n`;
}
