// Every amount or limit is dated, cited data, sorted by start date.
import { describe, expect, it } from 'vitest';
import * as parameters from '../../src/rules/parameters';
import type { Parameter } from '../../src/rules/parameters';

function isParameter(value: unknown): value is Parameter<unknown> {
  return typeof value === 'object' && value !== null && 'values' in value && 'indexation' in value && 'id' in value;
}

const all = Object.entries(parameters as Record<string, unknown>).filter((entry): entry is [string, Parameter<unknown>] => isParameter(entry[1]));

describe('dated parameters', () => {
  it('are found', () => {
    expect(all.length).toBeGreaterThan(20);
  });

  it.each(all)('%s is sorted by date, each value with a real date and a source', (_name, p) => {
    expect(p.values.length).toBeGreaterThan(0);
    for (const [i, v] of p.values.entries()) {
      expect(v.since).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(v.source.trim().length).toBeGreaterThan(3);
      if (i > 0) expect(v.since > p.values[i - 1]!.since).toBe(true);
    }
  });

  it('have unique ids', () => {
    const ids = all.map(([, p]) => p.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });
});

describe('valueOn', () => {
  const { valueOn, feeArticle9 } = parameters;
  it('takes the value in force on the day: 229 on 31 Dec 2024, 236 on 1 Jan 2025', () => {
    expect(valueOn(feeArticle9, '2024-12-31')).toMatchObject({ covered: true, value: 229, stale: false });
    expect(valueOn(feeArticle9, '2025-01-01')).toMatchObject({ covered: true, value: 236, stale: false });
  });
  it('says stale when the date lies in a year after the last known value', () => {
    expect(valueOn(feeArticle9, '2025-12-31')).toMatchObject({ value: 236, stale: false });
    expect(valueOn(feeArticle9, '2026-01-01')).toMatchObject({ value: 236, stale: true, since: '2025-01-01' });
  });
  it('says not covered before the first value', () => {
    expect(valueOn(feeArticle9, '2020-01-01')).toEqual({ covered: false, parameter: 'fee.article9' });
  });
});
