import { describe, expect, test } from 'vitest';
import { parseCaseValue } from '../case/parse';
import { formatPath } from '../case/path';
import { getIn, parsePath, removeAt, setIn } from './draft';
import { parseAmount } from './fields';
import { storablePart } from './storable';

describe('setIn', () => {
  test('creates the objects on the way and leaves the original alone', () => {
    const original = { applicant: {} };
    const next = setIn(original, ['applicant', 'passport', 'number'], 'AB1');
    expect(next).toEqual({ applicant: { passport: { number: 'AB1' } } });
    expect(original).toEqual({ applicant: {} });
  });

  test('undefined removes the field, so an emptied input leaves it absent', () => {
    expect(setIn({ a: { b: 1, c: 2 } }, ['a', 'b'], undefined)).toEqual({ a: { c: 2 } });
  });

  test('reaches into arrays', () => {
    expect(getIn(setIn({ children: [{}, {}] }, ['children', 1, 'surname'], 'X'), ['children', 1, 'surname'])).toBe('X');
    expect(removeAt({ children: [{ n: 0 }, { n: 1 }, { n: 2 }] }, ['children', 1])).toEqual({ children: [{ n: 0 }, { n: 2 }] });
  });
});

test('parsePath reads the paths the case parser writes', () => {
  expect(parsePath('children[0].passport.number')).toEqual(['children', 0, 'passport', 'number']);
  expect(parsePath('sponsor.income[12].monthlyNet')).toEqual(['sponsor', 'income', 12, 'monthlyNet']);
});

test('paths are written as the parser writes them in its errors, which the fields match', () => {
  const result = parseCaseValue({
    format: 'visa-case/1',
    caseType: 'marriage',
    applicant: { surname: 'Peeters', givenNames: 'An', birthDate: '1990-01-01', nationality: 'MA' },
    children: [{ surname: 'Peeters', givenNames: 'Lina', birthDate: '2015-02-30' }],
  });
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.errors.map((e) => e.path)).toContain(formatPath(['children', 0, 'birthDate']));
  expect(formatPath([])).toBe('(file)');
  expect(parsePath(formatPath(['children', 2, 'passport', 'number']))).toEqual(['children', 2, 'passport', 'number']);
});

describe('storablePart', () => {
  const base = { format: 'visa-case/1', caseType: 'marriage', applicant: { surname: 'Peeters' } };

  test('a valid draft is stored whole', () => {
    expect(storablePart(base)).toEqual({ value: base, errors: [] });
  });

  test('an invalid field is left out, every other edit is kept, and the error is reported', () => {
    const result = storablePart({ ...base, applicationDate: '2025-02-30', applicant: { surname: 'Peeters', birthDate: '1990-01-01' } });
    expect(result?.value).toEqual({ ...base, applicant: { surname: 'Peeters', birthDate: '1990-01-01' } });
    expect(result?.errors.map((e) => e.path)).toEqual(['applicationDate']);
  });

  test('an income line still lacking its amount is left out whole', () => {
    const result = storablePart({ ...base, sponsor: { income: [{ kind: 'pension', monthlyNet: 1500 }, { kind: 'rental' }] } });
    expect(result?.value).toEqual({ ...base, sponsor: { income: [{ kind: 'pension', monthlyNet: 1500 }] } });
    expect(result?.errors.map((e) => e.path)).toEqual(['sponsor.income[1].monthlyNet']);
  });

  test('nothing is stored when the case type itself is wrong', () => {
    expect(storablePart({ ...base, caseType: 'tourism' })).toBeNull();
  });
});

describe('parseAmount', () => {
  test.each([
    ['2300', 2300],
    ['2300,50', 2300.5],
    ['2.300,50', 2300.5],
    ['2,300.50', 2300.5],
    ['2 300', 2300],
    ['€ 236', 236],
    ['', null],
    ['abc', null],
    ['12,5,5', null],
  ])('%s → %s', (text, value) => {
    expect(parseAmount(text)).toBe(value);
  });
});
