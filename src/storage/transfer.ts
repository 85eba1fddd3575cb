// Reading and writing case files for import and export (spec/case-format.md).
// Pure: the store decides ids and writes.
import { MAX_FILE_BYTES, loneSurrogateIndex, tooLarge, withoutBom } from '../case/decode';
import { parseCaseValue, type CaseError } from '../case/parse';
import { errorText } from '../case/error-texts';

/** More than any caseworker's desk; keeps one import within the browser's storage quota. */
export const MAX_IMPORT_CASES = 500;

export type ImportParse = { ok: true; cases: Record<string, unknown>[] } | { ok: false; errors: CaseError[] };

function prefixed(prefix: string, errors: readonly CaseError[]): CaseError[] {
  return errors.map((e) => ({ path: e.path === '(file)' ? prefix : `${prefix}.${e.path}`, message: e.message }));
}

/**
 * Accepts one case, an array of cases, or `{ "cases": [...] }`. All or nothing:
 * one bad case refuses the whole file, and every error names its field
 * (`cases[2].applicant.birthDate`) so the file can be fixed.
 */
export function parseImportText(text: string): ImportParse {
  if (text.length > MAX_FILE_BYTES) return { ok: false, errors: [tooLarge()] };
  // The popup decoded the file's bytes already (decodeCaseBytes); text from elsewhere may still hold
  // half of a character pair, which no UTF-8 file can, and which export could not write back.
  const lone = loneSurrogateIndex(text);
  if (lone >= 0) return { ok: false, errors: [{ path: '(file)', message: errorText('halfPair', lone) }] };
  let json: unknown;
  try {
    json = JSON.parse(withoutBom(text));
  } catch (error) {
    return { ok: false, errors: [{ path: '(file)', message: errorText('notJson', (error as Error).message) }] };
  }
  let items: unknown[];
  let prefix: string;
  if (Array.isArray(json)) {
    items = json;
    prefix = '';
  } else if (json !== null && typeof json === 'object' && !('format' in json) && Object.hasOwn(json, 'cases')) {
    const cases = (json as { cases: unknown }).cases;
    if (!Array.isArray(cases)) return { ok: false, errors: [{ path: 'cases', message: errorText('notCaseList') }] };
    items = cases;
    prefix = 'cases';
  } else {
    const one = parseCaseValue(json);
    return one.ok ? { ok: true, cases: [json as Record<string, unknown>] } : one;
  }
  if (items.length === 0) return { ok: false, errors: [{ path: prefix || '(file)', message: errorText('noCase') }] };
  if (items.length > MAX_IMPORT_CASES) {
    return { ok: false, errors: [{ path: prefix || '(file)', message: errorText('tooManyCases', items.length, MAX_IMPORT_CASES) }] };
  }
  const errors: CaseError[] = [];
  items.forEach((item, i) => {
    const result = parseCaseValue(item);
    if (!result.ok) errors.push(...prefixed(`${prefix}[${i}]`, result.errors));
  });
  // The input, not zod's output, is kept: same keys in the same order, unknown keys included.
  return errors.length ? { ok: false, errors } : { ok: true, cases: items as Record<string, unknown>[] };
}

export function formatCaseText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

export function formatCasesText(values: readonly unknown[]): string {
  return `${JSON.stringify({ cases: values }, null, 2)}\n`;
}

/** `El Amrani` → `el-amrani`; letters outside Latin drop out (the passport's Latin line is what the case holds). */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
}

/** `visa-case-el-amrani-2025-03-10.json`: the applicant's surname (else the label) and the export date. */
export function exportFileName(value: unknown, today: string): string {
  const c = (value ?? {}) as { applicant?: { surname?: unknown }; label?: unknown };
  const surname = typeof c.applicant?.surname === 'string' ? slugify(c.applicant.surname) : '';
  const label = typeof c.label === 'string' ? slugify(c.label) : '';
  const name = surname || label;
  return name ? `visa-case-${name}-${today}.json` : `visa-case-${today}.json`;
}

export function exportAllFileName(today: string): string {
  return `visa-cases-${today}.json`;
}
