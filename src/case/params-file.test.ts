import { describe, expect, it } from 'vitest';
import { paramsFileText, parseParamsText } from './params-file';

const value = { parameter: 'fee.article9', value: 243, since: '2026-01-01', source: 'DVZ page seen 2026-12-06', checkedOn: '2026-12-06' };

describe('visa-params/1 files', () => {
  it('reads back what the settings export writes', () => {
    expect(parseParamsText(paramsFileText([value]))).toEqual({ ok: true, values: [value] });
  });

  it('names the field and what is wrong', () => {
    const text = (values: unknown[], format = 'visa-params/1') => JSON.stringify({ format, values });
    expect(parseParamsText(text([{ ...value, since: '2026-02-30' }]))).toEqual({ ok: false, errors: [{ path: 'values[0].since', message: '2026-02-30 is not a date (YYYY-MM-DD)' }] });
    expect(parseParamsText(text([{ ...value, source: ' ' }]))).toMatchObject({ ok: false, errors: [{ path: 'values[0].source' }] });
    expect(parseParamsText(text([{ ...value, value: -1 }]))).toEqual({ ok: false, errors: [{ path: 'values[0].value', message: 'must not be negative' }] });
    expect(parseParamsText(text([{ ...value, extra: 1 }]))).toMatchObject({ ok: false, errors: [{ path: 'values[0]' }] });
    expect(parseParamsText(text([value], 'visa-case/1'))).toEqual({ ok: false, errors: [{ path: 'format', message: 'must be "visa-params/1"' }] });
    expect(parseParamsText('{')).toMatchObject({ ok: false, errors: [{ path: '(file)' }] });
  });
});
