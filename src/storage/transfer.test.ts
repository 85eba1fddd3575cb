import { describe, expect, it } from 'vitest';
import { exportFileName, parseImportText, slugify } from './transfer';

describe('export file names', () => {
  it('names the file after the applicant surname, accents folded, and the date', () => {
    expect(exportFileName({ applicant: { surname: 'Nguyễn Thị' } }, '2025-03-10')).toBe('visa-case-nguyen-thi-2025-03-10.json');
    expect(exportFileName({ applicant: { surname: "N'Diaye" } }, '2025-03-10')).toBe('visa-case-n-diaye-2025-03-10.json');
  });

  it('falls back to the label, then to the date alone', () => {
    expect(exportFileName({ label: 'Dossier 2025/14', applicant: {} }, '2025-03-10')).toBe('visa-case-dossier-2025-14-2025-03-10.json');
    expect(exportFileName({ applicant: { surname: 'العمراني' } }, '2025-03-10')).toBe('visa-case-2025-03-10.json');
  });

  it('keeps names short enough for every file system', () => {
    expect(slugify('a'.repeat(300))).toHaveLength(40);
    expect(slugify('Van den Bossche - ')).toBe('van-den-bossche');
  });
});

describe('import text', () => {
  it('refuses an empty list and a `cases` that is not a list', () => {
    expect(parseImportText('[]')).toEqual({ ok: false, errors: [{ path: '(file)', message: 'holds no case' }] });
    expect(parseImportText('{"cases": {}}')).toEqual({ ok: false, errors: [{ path: 'cases', message: 'must be a list of cases' }] });
  });

  it('names the case of a list that is not an object', () => {
    expect(parseImportText('{"cases": [42]}')).toMatchObject({ ok: false, errors: [{ path: 'cases[0]' }] });
  });

  it('refuses more cases than one import may hold', () => {
    const one = { format: 'visa-case/1', caseType: 'marriage', applicant: {} };
    expect(parseImportText(JSON.stringify(Array.from({ length: 500 }, () => one)))).toMatchObject({ ok: true });
    expect(parseImportText(JSON.stringify(Array.from({ length: 501 }, () => one)))).toMatchObject({ ok: false, errors: [{ message: expect.stringContaining('501') }] });
  });
});
