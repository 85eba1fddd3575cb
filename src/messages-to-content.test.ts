import { describe, expect, it } from 'vitest';
import { parseBgToCs } from './messages-to-content';

describe('the content script’s guard on incoming messages', () => {
  it('takes every declared message, keeping only the declared fields', () => {
    for (const type of ['describe-page', 'bg-cs/describe-page', 'bg-cs/page-status', 'bg-cs/fill', 'bg-cs/timings']) expect(parseBgToCs({ type })).toEqual({ type });
    expect(parseBgToCs({ type: 'bg-cs/fill', caseId: 'c1', extra: { deep: true } })).toEqual({ type: 'bg-cs/fill', caseId: 'c1' });
    expect(parseBgToCs({ type: 'bg-cs/timings', runs: 200 })).toEqual({ type: 'bg-cs/timings', runs: 200 });
    expect(parseBgToCs({ type: 'describe-page', caseId: 'c1' })).toEqual({ type: 'describe-page' });
  });

  it('refuses what the zod `id` schema and a count would refuse', () => {
    for (const caseId of ['', 'x'.repeat(201), 42, null, ['c1']]) expect(parseBgToCs({ type: 'bg-cs/fill', caseId }), String(caseId)).toBeNull();
    expect(parseBgToCs({ type: 'bg-cs/fill', caseId: 'x'.repeat(200) })).not.toBeNull();
    for (const runs of [0, -1, 1.5, 1001, '5', Number.NaN]) expect(parseBgToCs({ type: 'bg-cs/timings', runs }), String(runs)).toBeNull();
  });

  it('refuses unknown types and anything that is not a message', () => {
    for (const message of [null, undefined, 'describe-page', 7, [], {}, { type: 'cs-bg/profile-values' }, { type: 'toString' }, { type: '__proto__' }, { type: 'ui-bg/list-cases' }]) {
      expect(parseBgToCs(message), JSON.stringify(message)).toBeNull();
    }
  });
});
