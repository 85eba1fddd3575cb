import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCaseText, parseCaseValue } from './parse';
import { parseParamsText } from './params-file';
import { decodeCaseBytes } from './decode';
import { ERROR_TEXTS, errorText, readErrorText, type ErrorKey } from './error-texts';
import { parseImportText } from '../storage/transfer';
import { StorageFullError } from '../storage/case-store';

const minimal = { format: 'visa-case/1', caseType: 'marriage', applicant: { surname: 'A' } };
const keys = Object.keys(ERROR_TEXTS) as ErrorKey[];

describe('problem texts', () => {
  it('read back to their key and values, whichever values they carry', () => {
    for (const key of keys) {
      const values = (ERROR_TEXTS[key].match(/\$\d/g) ?? []).map((_, i) => `value ${i + 1}: (x) "y"`);
      expect(readErrorText(errorText(key, ...values)), key).toEqual({ key, values });
    }
    expect(readErrorText('worded somewhere else')).toBeNull();
  });

  // What a user meets when a file or an amount is wrong: each is worded by ERROR_TEXTS, so the popup can say it in their language.
  it('word every problem a case file, an amounts file or the storage can have', () => {
    const messages = [
      ...[
        parseCaseText('{'),
        parseCaseText('[]'),
        parseCaseValue({ ...minimal, format: 'visa-case/2' }),
        parseCaseValue({ ...minimal, format: 'other/1' }),
        parseCaseValue({ ...minimal, format: undefined }),
        parseCaseValue({ ...minimal, caseType: 'wedding', applicationDate: '2025-02-30', plannedArrivalDate: '2025/03/01' }),
        parseCaseValue({ ...minimal, applicant: { nationality: 'Morocco', birthDate: 19900315, passport: { mrz: 'x', type: 'normal' } }, sponsor: { postalCode: '20000', languages: ['dutch'] } }),
        parseCaseValue({ ...minimal, children: {}, payment: { amountPaid: -1 }, applicant: { surname: 'x'.repeat(501) } }),
        parseCaseValue({ ...minimal, ['k'.repeat(501)]: 1, extra: 1e309 }),
        parseCaseValue(JSON.parse('{"format":"visa-case/1","caseType":"marriage","applicant":{},"__proto__":{}}')),
        parseCaseValue({ ...minimal, deep: JSON.parse('{"a":'.repeat(14) + '1' + '}'.repeat(14)) }),
        parseCaseValue({ ...minimal, sponsor: { householdSize: 1.5 }, children: Array.from({ length: 31 }, () => ({})) }),
        decodeCaseBytes(new Uint8Array([0x7b, 0xe9])),
        decodeCaseBytes(new Uint8Array(1_000_001)),
        parseImportText('{"cases": 3}'),
        parseImportText('[]'),
        parseImportText('"\\ud800"'.replace('"\\ud800"', `"${String.fromCharCode(0xd800)}"`)),
        parseParamsText('{"format":"visa-params/1","values":[{"parameter":"x","value":-1,"since":"2026-01-01","source":"","checkedOn":"2026-01-02","more":1}]}'),
        parseParamsText('{"format":"visa-params/1","values":[{"parameter":"x","value":"1","since":"2026-01-01","source":"ab","checkedOn":"2026-01-02"},{"value":2000000}]}'),
        parseParamsText('{"format":"visa-case/1","values":[]}'),
        parseParamsText('{'),
      ].flatMap((r) => (r.ok ? [] : r.errors.map((e) => e.message))),
      new StorageFullError(3_000_000, 1_000_000, 10_485_760).message,
    ];
    expect(messages.length).toBeGreaterThan(30);
    expect(messages.filter((m) => readErrorText(m) === null)).toEqual([]);
  });

  it('are in every language of the popup, the English as worded here', () => {
    const catalog = (lang: string) => JSON.parse(readFileSync(resolve(import.meta.dirname, `../../public/_locales/${lang}/messages.json`), 'utf8')) as Record<string, { message: string }>;
    const en = catalog('en');
    for (const key of keys) expect(en[`fileError_${key}`]?.message.replace(/\$V(\d)\$/g, '$$$1'), key).toBe(ERROR_TEXTS[key]);
  });
});
