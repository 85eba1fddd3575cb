// The part of a draft that can be stored while some field is still being
// corrected. Holds the case schema, loaded on the first save rather than
// before the form is drawn.
import { parseCaseValue, type CaseError } from '../case/parse';
import { getIn, parsePath, removeAt, setIn } from './draft';

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
