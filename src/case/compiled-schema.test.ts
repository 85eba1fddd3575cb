import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { baseChild, baseMarriageCase } from '../../tests/scenarios/base';
import { ASK_ZOD, compileSchema } from './compiled-schema';
import { visaCase } from './schema';

const twin = compileSchema(visaCase)!;

/** Key order matters (the export writes the parsed case back): compared as JSON text, with undefined values made visible. */
function text(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (v === undefined ? '<undefined>' : v));
}

function richCase(): Record<string, any> {
  const c = baseMarriageCase();
  c.children = [{ ...baseChild(), payment: { amountPaid: 236, paidBy: 'applicant' } }];
  c.extensionOfANewerVersion = { nested: [1, { deep: true }] };
  c.applicant.passport.scanned = 'yes';
  return c;
}

/** Every path to a value inside a JSON value, with the value's parent and key. */
function slots(value: unknown, out: { parent: any; key: string | number }[] = []): { parent: any; key: string | number }[] {
  if (Array.isArray(value)) value.forEach((v, i) => (out.push({ parent: value, key: i }), slots(v, out)));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      out.push({ parent: value, key: k });
      slots(v, out);
    }
  }
  return out;
}

const replacement = fc.oneof(
  fc.constantFrom(undefined, null, true, false, 0, -1, 0.5, 1e7, 1e7 + 1, 600, 601, 51, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53),
  fc.constantFrom('', '2025-02-29', '2024-02-29', '1899-12-31', '2025-1-01', 'MA', 'ma', 'nl', 'NL', '1000', '100', 'marriage', 'other', 'x'.repeat(500), 'x'.repeat(501), '😀'.repeat(300)),
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.constant({}),
  fc.constant([]),
  fc.array(fc.constant({ kind: 'pension', monthlyNet: 900 }), { maxLength: 60 }),
);

describe('the compiled twin of the case schema', () => {
  it('exists: every construct of visa-case/1 is one it knows', () => {
    expect(twin).toBeTypeOf('function');
  });

  it('vouches for valid cases with exactly what zod returns, keys in the same order', () => {
    for (const input of [baseMarriageCase(), richCase(), { format: 'visa-case/1', caseType: 'humanitarian', applicant: {} }]) {
      const expected = visaCase.parse(input);
      const got = twin(input);
      expect(got).not.toBe(ASK_ZOD);
      expect(text(got)).toBe(text(expected));
      expect(got).not.toBe(input);
    }
  });

  it('never vouches for a value zod refuses, and agrees with zod on every value it vouches for', () => {
    fc.assert(
      fc.property(fc.nat(), replacement, fc.boolean(), (at, value, remove) => {
        const input = richCase();
        const all = slots(input);
        const { parent, key } = all[at % all.length]!;
        if (remove && !Array.isArray(parent)) delete parent[key];
        else parent[key] = value;
        const zod = visaCase.safeParse(input);
        const got = twin(input);
        if (got !== ASK_ZOD) {
          expect(zod.success).toBe(true);
          expect(text(got)).toBe(text(zod.data));
        }
        // As a file reader calls it: on a value it has just decoded, which it may return in place.
        const decoded = JSON.parse(JSON.stringify(input));
        const zodDecoded = visaCase.safeParse(decoded);
        const gotDecoded = twin(decoded, true);
        if (gotDecoded === ASK_ZOD) return;
        expect(zodDecoded.success).toBe(true);
        expect(text(gotDecoded)).toBe(text(zodDecoded.data));
      }),
      { numRuns: 3000 },
    );
  });

  it('copies a value it does not own, and returns a decoded one in place when it already has zod\'s form', () => {
    const input = richCase();
    const copied = twin(input) as Record<string, any>;
    expect(copied).not.toBe(input);
    expect(copied.applicant).not.toBe(input.applicant);
    expect(copied.children).not.toBe(input.children);
    expect(twin(input, true)).toBe(input);
    // Declared keys out of order: that object is written anew, in zod's order.
    const shuffled = { applicant: { givenNames: 'A', surname: 'B' }, caseType: 'marriage', format: 'visa-case/1' };
    const reordered = twin(shuffled, true) as Record<string, any>;
    expect(reordered).not.toBe(shuffled);
    expect(Object.keys(reordered)).toEqual(['format', 'caseType', 'applicant']);
    expect(Object.keys(reordered.applicant)).toEqual(['surname', 'givenNames']);
  });

  it('leaves a string longer than the limit in UTF-16 units to zod, which counts code points', () => {
    const input = baseMarriageCase();
    input.label = '😀'.repeat(300);
    expect(twin(input)).toBe(ASK_ZOD);
    expect(visaCase.safeParse(input).success).toBe(true);
  });

  it('declines a schema with a construct it does not know, so that zod alone decides', () => {
    expect(compileSchema(z.object({ at: z.date() }))).toBeUndefined();
    expect(compileSchema(z.object({ n: z.string().transform((s) => s.length) }))).toBeUndefined();
    expect(compileSchema(z.object({ n: z.number().multipleOf(5) }))).toBeUndefined();
    expect(compileSchema(z.object({ n: z.string().default('x') }))).toBeUndefined();
  });

  it('vouches only for values within the shape limits it is given', () => {
    const limits = { maxDepth: 3, keyAllowed: (key: string) => key !== 'bad', valueAllowed: (value: unknown) => value !== 'bad' };
    const limited = compileSchema(z.looseObject({ a: z.looseObject({ b: z.looseObject({ c: z.looseObject({ d: z.string() }).optional() }) }) }), limits)!;
    expect(limited({ a: { b: {} }, extra: 1 })).toEqual({ a: { b: {} }, extra: 1 });
    expect(limited({ a: { b: {} }, bad: 1 })).toBe(ASK_ZOD);
    expect(limited({ a: { b: {}, extra: 'bad' } })).toBe(ASK_ZOD);
    // d sits at depth 4, past the limit.
    expect(limited({ a: { b: { c: { d: 'x' } } } })).toBe(ASK_ZOD);
    expect(compileSchema(z.object({ bad: z.string() }), limits)).toBeUndefined();
  });

  it('keeps a strict object strict and a stripping object stripping', () => {
    const strict = compileSchema(z.strictObject({ a: z.string() }))!;
    expect(strict({ a: 'x', b: 1 })).toBe(ASK_ZOD);
    const strip = compileSchema(z.object({ a: z.string() }))!;
    expect(strip({ a: 'x', b: 1 })).toEqual({ a: 'x' });
  });
});
