// A plain-function twin of a zod schema, built once from the schema's own definition: every case
// read runs it, and it accepts and returns what zod would for a valid file in a fraction of zod's
// time. It only ever answers "valid, and here is zod's output" or "ask zod": a file it cannot vouch
// for (invalid, or a construct it does not know) goes through zod, which words the problems.
import type { z } from 'zod';

/** Returned when the twin cannot vouch for a value; zod then decides. */
export const ASK_ZOD: unique symbol = Symbol('ask zod');

/**
 * `owned`: the value was just decoded from JSON by the caller, which holds the only reference to it:
 * a part already in zod's form is then returned as it is rather than copied.
 */
type Validate = (value: unknown, owned: boolean) => unknown;

/** The parts of zod's internal definitions read here (zod 4: `schema._zod.def`). */
interface Def {
  type: string;
  checks?: { _zod: { def: CheckDef } }[];
  coerce?: boolean;
  shape?: Record<string, Schema>;
  catchall?: Schema;
  element?: Schema;
  innerType?: Schema;
}

interface CheckDef {
  check: string;
  maximum?: number;
  value?: unknown;
  inclusive?: boolean;
  format?: string;
  pattern?: RegExp;
  fn?: (value: unknown) => unknown;
}

interface Schema {
  _zod: { def: Def; values?: Set<unknown>; optin?: string; optout?: string };
}

class Unsupported extends Error {}

/** Rules on the shape of a whole value that the twin enforces besides the schema (zod knows nothing of them). */
export interface ShapeLimits {
  /** The longest path to a value: a declared field deeper than this is never vouched for. */
  maxDepth: number;
  /** Whether a key may appear at all; a declared key that may not makes the schema unsupported. */
  keyAllowed(key: string): boolean;
  /** Whether a value the schema does not declare (under an extra key, or an `unknown`) may stand, at `depth` (its path length). */
  valueAllowed(value: unknown, depth: number): boolean;
}

/**
 * A string's checks as one predicate. Each kind is its own function so that its call sites stay
 * monomorphic: every case read runs these some seventy times.
 */
function compileString(def: Def): Validate {
  const checks = def.checks ?? [];
  if (checks.length === 0) return (v) => (typeof v === 'string' ? v : ASK_ZOD);
  if (checks.length > 1) throw new Unsupported('several string checks');
  const c = checks[0]!._zod.def;
  switch (c.check) {
    case 'max_length': {
      // zod counts code points only past the limit in UTF-16 units: such a string is left to zod.
      const max = c.maximum!;
      return (v) => (typeof v === 'string' && v.length <= max ? v : ASK_ZOD);
    }
    case 'string_format': {
      const pattern = c.pattern;
      if (!(pattern instanceof RegExp)) throw new Unsupported(c.check);
      return (v) => {
        if (typeof v !== 'string') return ASK_ZOD;
        pattern.lastIndex = 0;
        return pattern.test(v) ? v : ASK_ZOD;
      };
    }
    case 'custom': {
      const fn = c.fn;
      if (typeof fn !== 'function') throw new Unsupported(c.check);
      return (v) => {
        if (typeof v !== 'string') return ASK_ZOD;
        const verdict = fn(v);
        // A promise (an async refinement) is not a verdict here: the value goes to zod.
        return verdict === true || (verdict && !(verdict instanceof Promise)) ? v : ASK_ZOD;
      };
    }
    default:
      throw new Unsupported(c.check);
  }
}

/** A number's checks folded into bounds. */
function compileNumber(def: Def): Validate {
  let min = Number.NEGATIVE_INFINITY;
  let minInclusive = true;
  let max = Number.POSITIVE_INFINITY;
  let maxInclusive = true;
  let integer = false;
  for (const { _zod: { def: c } } of def.checks ?? []) {
    if (c.check === 'number_format' && c.format === 'safeint') integer = true;
    else if ((c.check !== 'greater_than' && c.check !== 'less_than') || typeof c.value !== 'number') throw new Unsupported(`${c.check} ${c.format ?? ''}`);
    // Of several bounds on one side the tightest holds; at equal values an exclusive one is the tighter.
    else if (c.check === 'greater_than' && c.value >= min) {
      minInclusive = (c.value > min || minInclusive) && c.inclusive === true;
      min = c.value;
    } else if (c.check === 'less_than' && c.value <= max) {
      maxInclusive = (c.value < max || maxInclusive) && c.inclusive === true;
      max = c.value;
    }
  }
  return (v) =>
    typeof v === 'number' &&
    Number.isFinite(v) &&
    (!integer || Number.isSafeInteger(v)) &&
    (minInclusive ? v >= min : v > min) &&
    (maxInclusive ? v <= max : v < max)
      ? v
      : ASK_ZOD;
}

interface Field {
  key: string;
  /** Position in the declaration: zod writes the declared keys in this order. */
  index: number;
  /** For an optional field, the validator of the value inside: `undefined` is let through before it. */
  validate: Validate;
  optional: boolean;
}

function compileObject(def: Def, depth: number, limits: ShapeLimits | undefined): Validate {
  const shape = def.shape!;
  if (Object.getOwnPropertySymbols(shape).length) throw new Unsupported('symbol keys');
  const fields: Field[] = [];
  for (const key of Object.keys(shape)) {
    // zod leaves a declared __proto__ out of its output.
    if (key === '__proto__') continue;
    if (limits && !limits.keyAllowed(key)) throw new Unsupported(`declared key ${key}`);
    const schema = shape[key]!;
    const { optin, optout } = schema._zod;
    const optional = optin === 'optional' && optout === 'optional' && schema._zod.def.type === 'optional';
    if (!optional && (optin !== undefined || optout !== undefined)) throw new Unsupported(`${key}: optin ${optin}, optout ${optout}`);
    fields.push({ key, index: fields.length, validate: compile(optional ? unwrapOptional(schema) : schema, depth + 1, limits), optional });
  }
  // A plain object is the quickest lookup by a key read from the input; a hit is recognised by its
  // own `key` (a key such as `toString` finds a function of Object.prototype instead).
  const byKey: Record<string, Field | undefined> = Object.fromEntries(fields.map((f) => [f.key, f]));
  const fieldOf = (key: string): Field | undefined => {
    const field = byKey[key];
    return field !== undefined && field.key === key ? field : undefined;
  };
  const required = fields.filter((f) => !f.optional).length;
  const catchall = def.catchall?._zod.def.type;
  if (catchall !== undefined && catchall !== 'unknown' && catchall !== 'never') throw new Unsupported(`catchall ${catchall}`);
  if (def.checks?.length) throw new Unsupported('object checks');

  const run = (field: Field, value: unknown, owned: boolean): unknown => (value === undefined && field.optional ? undefined : field.validate(value, owned));

  /** zod's output written key by key: the declared keys present, in declaration order, then (loose objects) the others in input order. */
  function rebuild(input: Record<string, unknown>, owned: boolean): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const field of fields) if (field.key in input) out[field.key] = run(field, input[field.key], owned);
    if (catchall === 'unknown') for (const key in input) if (fieldOf(key) === undefined) out[key] = input[key];
    return out;
  }

  // One walk over the input's own keys, in its order (V8 reads values through its enum cache there):
  // each declared value is checked, and when the input already lists its keys in zod's order (as a file
  // written by this product does) the output is a copy of it with the nested objects and lists replaced.
  return (input, owned) => {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) return ASK_ZOD;
    // for...in also walks inherited keys, which the copy below would not take (decoded JSON has none).
    if (!owned) {
      const proto = Object.getPrototypeOf(input);
      if (proto !== Object.prototype && proto !== null) return ASK_ZOD;
    }
    const object = input as Record<string, unknown>;
    let inOrder = true;
    let last = -1;
    let otherSeen = false;
    let requiredSeen = 0;
    let replaced: unknown[] | undefined;
    for (const key in object) {
      // Files list their keys in declaration order, most of them: the next declared keys are tried
      // first (interned strings compare by reference), the lookup by name only when none is the key.
      let field: Field | undefined;
      for (let i = last + 1; i < fields.length; i++) {
        if (fields[i]!.key === key) {
          field = fields[i];
          break;
        }
      }
      field ??= fieldOf(key);
      if (field === undefined) {
        if (catchall === 'never' || key === '__proto__') return ASK_ZOD;
        if (limits && !(limits.keyAllowed(key) && limits.valueAllowed(object[key], depth + 1))) return ASK_ZOD;
        // Without a catchall zod strips the key: the copy would keep it.
        if (catchall === undefined) inOrder = false;
        otherSeen = true;
        continue;
      }
      if (otherSeen || field.index < last) inOrder = false;
      last = field.index;
      if (!field.optional) requiredSeen++;
      const value = object[key];
      if (value === undefined && field.optional) continue;
      const result = field.validate(value, owned);
      if (result === ASK_ZOD) return ASK_ZOD;
      if (result !== value) (replaced ??= []).push(key, result);
    }
    if (requiredSeen !== required) return ASK_ZOD;
    if (!inOrder) return rebuild(object, owned);
    // Written in place only in a value nobody else holds. (A spread would also copy symbol keys, which zod
    // leaves out; no JSON or structured-clone value has any.)
    const out = owned ? object : { ...object };
    if (replaced) for (let i = 0; i < replaced.length; i += 2) out[replaced[i] as string] = replaced[i + 1];
    return out;
  };
}

function unwrapOptional(schema: Schema): Schema {
  const inner = schema._zod.def.innerType!;
  if (inner._zod.optin === 'defaulted') throw new Unsupported('optional default');
  return inner;
}

function compile(schema: Schema, depth: number, limits: ShapeLimits | undefined): Validate {
  const def = schema._zod.def;
  if (def.coerce) throw new Unsupported('coerce');
  if (limits && depth > limits.maxDepth) return () => ASK_ZOD;
  switch (def.type) {
    case 'string':
      return compileString(def);
    case 'number':
      return compileNumber(def);
    case 'boolean':
      if (def.checks?.length) throw new Unsupported('boolean checks');
      return (value) => (typeof value === 'boolean' ? value : ASK_ZOD);
    case 'enum':
    case 'literal': {
      const values = schema._zod.values;
      if (!values || def.checks?.length) throw new Unsupported(def.type);
      return (value) => (values.has(value) ? value : ASK_ZOD);
    }
    case 'unknown':
      if (limits) return (value) => (limits.valueAllowed(value, depth) ? value : ASK_ZOD);
      return (value) => value;
    case 'optional': {
      const inner = compile(unwrapOptional(schema), depth, limits);
      return (value, owned) => (value === undefined ? undefined : inner(value, owned));
    }
    case 'object':
      return compileObject(def, depth, limits);
    case 'array': {
      const element = compile(def.element!, depth + 1, limits);
      let max = Number.POSITIVE_INFINITY;
      for (const { _zod: { def: c } } of def.checks ?? []) {
        if (c.check !== 'max_length') throw new Unsupported(`array ${c.check}`);
        max = Math.min(max, c.maximum!);
      }
      return (input, owned) => {
        if (!Array.isArray(input) || input.length > max) return ASK_ZOD;
        // Decoded JSON has no sparse arrays, and no other keys on an array, that zod's copy would leave out.
        const out = owned ? input : new Array<unknown>(input.length);
        for (let i = 0; i < input.length; i++) {
          const value = element(input[i], owned);
          if (value === ASK_ZOD) return ASK_ZOD;
          out[i] = value;
        }
        return out;
      };
    }
    default:
      throw new Unsupported(def.type);
  }
}

/**
 * The twin of `schema`, or undefined when the schema uses something the twin does not know
 * (every value then goes through zod, as before). With `limits`, it also vouches only for values
 * within them.
 */
export function compileSchema<S extends z.ZodType>(
  schema: S,
  limits?: ShapeLimits,
): ((value: unknown, owned?: boolean) => z.output<S> | typeof ASK_ZOD) | undefined {
  try {
    const validate = compile(schema as unknown as Schema, 0, limits);
    return (value, owned = false) => validate(value, owned) as z.output<S> | typeof ASK_ZOD;
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}
