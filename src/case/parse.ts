// Reading a case file: never throws for bad user data; every problem names the
// field path and what is wrong (`applicant.birthDate: 1990-02-30 is not a date`).
import { z } from 'zod';
import { ASK_ZOD, compileSchema } from './compiled-schema';
import { errorText, type ErrorKey } from './error-texts';
import { formatPath, type CaseError } from './path';
import { MAX_FILE_BYTES, tooLarge, withoutBom } from './decode';
import { CASE_FORMAT, CASE_FORMAT_MAJOR, MAX_TEXT, visaCase, type VisaCase } from './schema';

export { MAX_FILE_BYTES };
const MAX_DEPTH = 12;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type { CaseError };

export type ParseResult = { ok: true; value: VisaCase } | { ok: false; errors: CaseError[] };

/** One line per problem: `path: message`. */
export function describeErrors(errors: readonly CaseError[]): string {
  return errors.map((e) => `${e.path}: ${e.message}`).join('\n');
}

/**
 * What no value may be, in a known field or an unknown one: text longer than
 * MAX_TEXT, or a number JSON cannot write back (`1e309` reads as Infinity,
 * which JSON.stringify would turn into `null`).
 */
function valueProblem(value: unknown): string | null {
  if (typeof value === 'string') return value.length > MAX_TEXT ? errorText('tooLong', MAX_TEXT) : null;
  if (typeof value === 'number') return Number.isFinite(value) ? null : errorText('numberTooLarge');
  return null;
}

/**
 * Field names, nesting and values, before zod sees the value. One shared `path` stack,
 * copied only when a problem is found: this walk runs on every case read.
 */
function collectShapeErrors(value: unknown, path: PropertyKey[], errors: CaseError[]): void {
  if (path.length > MAX_DEPTH) {
    errors.push({ path: formatPath(path), message: errorText('tooDeep', MAX_DEPTH) });
    return;
  }
  if (value === null || typeof value !== 'object') {
    const problem = valueProblem(value);
    if (problem) errors.push({ path: formatPath(path), message: problem });
    return;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      collectShapeErrors(value[i], path, errors);
      path.pop();
    }
    return;
  }
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    if (key.length > MAX_TEXT) {
      errors.push({ path: formatPath(path), message: errorText('keyTooLong', MAX_TEXT) });
      continue;
    }
    path.push(key);
    if (FORBIDDEN_KEYS.has(key)) errors.push({ path: formatPath(path), message: errorText('forbiddenKey') });
    else collectShapeErrors((value as Record<string, unknown>)[key], path, errors);
    path.pop();
  }
}

/** Whether `collectShapeErrors` has anything to say: the same walk without the path, for the files that pass. */
function hasShapeProblem(value: unknown, depth: number): boolean {
  if (depth > MAX_DEPTH) return true;
  if (value === null || typeof value !== 'object') return valueProblem(value) !== null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (hasShapeProblem(value[i], depth + 1)) return true;
    return false;
  }
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    // Compared one by one: keys from JSON are interned strings, which compare by reference.
    if (key === '__proto__' || key === 'constructor' || key === 'prototype' || key.length > MAX_TEXT) return true;
    if (hasShapeProblem((value as Record<string, unknown>)[key], depth + 1)) return true;
  }
  return false;
}

function shapeErrors(value: unknown): CaseError[] {
  const errors: CaseError[] = [];
  if (hasShapeProblem(value, 0)) collectShapeErrors(value, [], errors);
  return errors;
}

function formatErrors(format: unknown): CaseError[] {
  if (typeof format !== 'string') return [];
  const m = /^visa-case\/(\d+)(?:\.\d+)*$/.exec(format);
  if (m && Number(m[1]) > CASE_FORMAT_MAJOR) {
    return [{ path: 'format', message: errorText('newerFormat', format, CASE_FORMAT) }];
  }
  if (format !== CASE_FORMAT) return [{ path: 'format', message: errorText('notFormat', format.slice(0, 40), CASE_FORMAT) }];
  return [];
}

const TYPE_TEXTS: Record<string, ErrorKey> = { number: 'mustBeNumber', boolean: 'mustBeBoolean', object: 'mustBeObject', array: 'mustBeList', string: 'mustBeText', int: 'mustBeWhole' };

/**
 * Messages for zod's generic issues, given while parsing (the value is only known
 * then: zod drops `input` from the issues it returns). Messages a schema sets
 * itself (`1990-02-30 is not a date`) win over these.
 */
export function issueMessage(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.input === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) return errorText('required');
  switch (issue.code) {
    case 'invalid_value':
      return errorText('oneOf', issue.values.map((v) => JSON.stringify(v)).join(', '));
    case 'invalid_type':
      return TYPE_TEXTS[issue.expected] ? errorText(TYPE_TEXTS[issue.expected]!) : undefined;
    case 'too_small':
      return issue.origin === 'number' ? errorText(issue.inclusive ? 'atLeast' : 'moreThan', String(issue.minimum)) : undefined;
    case 'too_big':
      if (issue.origin === 'number') return errorText(issue.inclusive ? 'atMost' : 'lessThan', String(issue.maximum));
      if (issue.origin === 'array') return errorText('tooManyEntries', String(issue.maximum));
      if (issue.origin === 'string') return errorText('tooLong', String(issue.maximum));
      return undefined;
    case 'unrecognized_keys':
      return errorText('unknownFields', issue.keys.map((k) => k.slice(0, 60)).join(', '));
    default:
      return undefined;
  }
}

// The twin also keeps to the shape rules above, so a case it vouches for needs no walk of its own for them.
const validCase = compileSchema(visaCase, {
  maxDepth: MAX_DEPTH,
  keyAllowed: (key) => !FORBIDDEN_KEYS.has(key) && key.length <= MAX_TEXT,
  valueAllowed: (value, depth) => !hasShapeProblem(value, depth),
});

/** Validates an already-decoded JSON value. */
export function parseCaseValue(input: unknown): ParseResult {
  return parseValue(input, false);
}

function parseValue(input: unknown, owned: boolean): ParseResult {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return { ok: false, errors: [{ path: '(file)', message: errorText('notObject') }] };
  }
  // Most files are valid: the schema's plain-function twin vouches for those; the others are
  // walked for their shape and format, and zod words their problems.
  const valid = validCase?.(input, owned) ?? ASK_ZOD;
  if (valid !== ASK_ZOD) return { ok: true, value: valid };
  const shape = shapeErrors(input);
  if (shape.length) return { ok: false, errors: shape };
  const format = formatErrors((input as { format?: unknown }).format);
  if (format.length) return { ok: false, errors: format };
  const result = visaCase.safeParse(input, { error: issueMessage });
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    errors: result.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })),
  };
}

/** Decodes and validates the text of a case file. */
export function parseCaseText(text: string): ParseResult {
  if (text.length > MAX_FILE_BYTES) return { ok: false, errors: [tooLarge()] };
  let json: unknown;
  try {
    json = JSON.parse(withoutBom(text));
  } catch (error) {
    return { ok: false, errors: [{ path: '(file)', message: errorText('notJson', (error as Error).message) }] };
  }
  // Nothing else holds the decoded value: the parts already in the schema's form are not copied.
  return parseValue(json, true);
}
