// The dotted form of a field path (`children[0].birthDate`): the case parser's errors name fields
// this way, and the popup's fields find their errors by it. Free of zod, which the popup's first
// screen does not load.

/** One problem of a case file. */
export interface CaseError {
  /** Dotted path of the field (`children[0].birthDate`), or `(file)` for the file as a whole. */
  path: string;
  message: string;
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(file)';
}
