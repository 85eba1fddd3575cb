// Editing a case as plain JSON: set or clear one field by path. Free of the
// case schema, which the form does not need to draw (storable.ts uses it).

export type Path = readonly (string | number)[];
type Json = Record<string, unknown> | unknown[];

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
