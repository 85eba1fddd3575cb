// Reading a case file: never throws for bad user data; every problem names the
// field path and what is wrong (`applicant.birthDate: 1990-02-30 is not a date`).
import { z } from 'zod';
import { CASE_FORMAT, CASE_FORMAT_MAJOR, visaCase, type VisaCase } from './schema';

// Manifest V3 forbids eval; zod otherwise probes `new Function` at start.
z.config({ jitless: true });

/** A case file is a few kilobytes; anything this large is not one. */
export const MAX_FILE_BYTES = 1_000_000;
const MAX_DEPTH = 12;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export interface CaseError {
  /** Dotted path of the field (`children[0].birthDate`), or `(file)` for the file as a whole. */
  path: string;
  message: string;
}

export type ParseResult = { ok: true; value: VisaCase } | { ok: false; errors: CaseError[] };

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(file)';
}

/** One line per problem: `path: message`. */
export function describeErrors(errors: readonly CaseError[]): string {
  return errors.map((e) => `${e.path}: ${e.message}`).join('\n');
}

function shapeErrors(value: unknown, path: PropertyKey[] = [], depth = 0): CaseError[] {
  if (depth > MAX_DEPTH) return [{ path: formatPath(path), message: `is nested deeper than ${MAX_DEPTH} levels` }];
  if (value === null || typeof value !== 'object') return [];
  const errors: CaseError[] = [];
  if (Array.isArray(value)) {
    value.forEach((item, i) => errors.push(...shapeErrors(item, [...path, i], depth + 1)));
    return errors;
  }
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) {
      errors.push({ path: formatPath([...path, key]), message: 'is not allowed as a field name' });
      continue;
    }
    errors.push(...shapeErrors((value as Record<string, unknown>)[key], [...path, key], depth + 1));
  }
  return errors;
}

function formatErrors(format: unknown): CaseError[] {
  if (typeof format !== 'string') return [];
  const m = /^visa-case\/(\d+)(?:\.\d+)*$/.exec(format);
  if (m && Number(m[1]) > CASE_FORMAT_MAJOR) {
    return [{ path: 'format', message: `${format} is a newer format than this version reads (${CASE_FORMAT}); update the product to open it` }];
  }
  if (format !== CASE_FORMAT) return [{ path: 'format', message: `${format.slice(0, 40)} is not a case file format (expected ${CASE_FORMAT})` }];
  return [];
}

function issueMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'is required';
  if (issue.code === 'invalid_value') return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  if (issue.code === 'invalid_type') return `must be ${issue.expected === 'number' ? 'a number' : issue.expected === 'boolean' ? 'true or false' : `a ${issue.expected}`}`;
  return issue.message;
}

/** Validates an already-decoded JSON value. */
export function parseCaseValue(input: unknown): ParseResult {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return { ok: false, errors: [{ path: '(file)', message: 'is not a case: expected a JSON object' }] };
  }
  const shape = shapeErrors(input);
  if (shape.length) return { ok: false, errors: shape };
  const format = formatErrors((input as { format?: unknown }).format);
  if (format.length) return { ok: false, errors: format };
  const result = visaCase.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    errors: result.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issueMessage(issue) })),
  };
}

/** Decodes and validates the text of a case file. */
export function parseCaseText(text: string): ParseResult {
  if (text.length > MAX_FILE_BYTES) {
    return { ok: false, errors: [{ path: '(file)', message: `is larger than ${MAX_FILE_BYTES / 1_000_000} MB; a case file is a few kilobytes` }] };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [{ path: '(file)', message: `is not valid JSON (${(error as Error).message})` }] };
  }
  return parseCaseValue(json);
}
