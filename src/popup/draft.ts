// Editing a case as plain JSON: set or clear one field by path, and find the
// part of a draft that can be stored while some field is still being corrected.
import { formatPath, parseCaseValue, type CaseError } from '../case/parse';

export type Path = readonly (string | number)[];
type Json = Record<string, unknown> | unknown[];

export { formatPath };

export function getIn(value: unknown, path: Path): unknown {
  let node = value;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

/** A copy with the field at `path` set; `undefined` removes the field, so an emptied input leaves it absent. */
export function setIn<T>(value: T, path: Path, next: unknown): T {
  if (path.length === 0) return next as T;
  const [key, ...rest] = path as [string | number, ...(string | number)[]];
  const container: Json = Array.isArray(value) ? [...value] : value && typeof value === 'object' ? { ...(value as Record<string, unknown>) } : typeof key === 'number' ? [] : {};
  const child = (container as Record<string | number, unknown>)[key];
  const updated = setIn(child, rest, next);
  if (updated === undefined && !Array.isArray(container)) delete (container as Record<string, unknown>)[key as string];
  else (container as Record<string | number, unknown>)[key] = updated;
  return container as T;
}

/** A copy without the array item at `path` (`['children', 1]`). */
export function removeAt<T>(value: T, path: Path): T {
  const list = getIn(value, path.slice(0, -1));
  const index = path[path.length - 1];
  if (!Array.isArray(list) || typeof index !== 'number') return value;
  return setIn(value, path.slice(0, -1), list.filter((_, i) => i !== index));
}

/** Parses `children[0].passport.number` back into `['children', 0, 'passport', 'number']`. */
export function parsePath(path: string): Path {
  const out: (string | number)[] = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) out.push(m[2] !== undefined ? Number(m[2]) : (m[1] as string));
  return out;
}

/**
 * The largest part of `draft` that is a valid case: fields with errors are left
 * out (an array item that still lacks a required field is left out whole), so
 * every other edit is stored while the user corrects one field.
 */
export function storablePart(draft: unknown): { value: unknown; errors: CaseError[] } | null {
  const first = parseCaseValue(draft);
  if (first.ok) return { value: first.value, errors: [] };
  let candidate = draft;
  let errors = first.errors;
  for (let round = 0; round < 6; round++) {
    const ordered = [...errors].sort((a, b) => b.path.localeCompare(a.path, 'en', { numeric: true }));
    for (const error of ordered) {
      if (error.path === '(file)' || error.path === 'format' || error.path === 'caseType' || error.path === 'applicant') return null;
      let path = parsePath(error.path);
      while (path.length > 1 && getIn(candidate, path) === undefined) path = path.slice(0, -1);
      candidate = typeof path[path.length - 1] === 'number' ? removeAt(candidate, path) : setIn(candidate, path, undefined);
    }
    const next = parseCaseValue(candidate);
    if (next.ok) return { value: next.value, errors: first.errors };
    errors = next.errors;
  }
  return null;
}
