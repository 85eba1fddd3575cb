import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { caseWithChildAndPartialPayment } from '../../tests/report/fixtures';
import { variant } from '../../tests/scenarios/base';
import { checkCase } from '../rules/engine';
import { brokenRow, caseRow, casesCsv, CSV_COLUMNS } from './table';

function rowOf(file: string, c: Record<string, any>) {
  return caseRow(file, c, checkCase(c as never, { today: '2025-04-02', lang: 'en' }));
}

describe('the cases table as CSV', () => {
  const tricky = variant(caseWithChildAndPartialPayment(), (c) => {
    c.label = 'Dossier "7", Antwerpen\nsecond line; Ærø';
    c.applicant.surname = 'Nguyễn';
  });
  const formula = variant(caseWithChildAndPartialPayment(), (c) => (c.label = '=HYPERLINK("http://evil.example")'));
  const csv = casesCsv([rowOf('a.json', tricky), brokenRow('b.json', 'applicant.birthDate: 1990-02-30 is not a date (YYYY-MM-DD)'), rowOf('c.json', formula)]);

  it('starts with a UTF-8 byte-order mark and ends each record with CRLF', () => {
    expect(csv.startsWith('\uFEFFfile,label,applicant,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it('quotes fields with commas, quotes and line breaks (RFC 4180) and reads back the same', () => {
    expect(csv).toContain('"Dossier ""7"", Antwerpen\nsecond line; Ærø"');
    const parsed = Papa.parse<string[]>(csv.slice(1), { newline: '\r\n', skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data[0]).toEqual([...CSV_COLUMNS]);
    expect(parsed.data).toHaveLength(4);
    const [, first, broken] = parsed.data;
    expect(first![1]).toBe(tricky.label);
    expect(first![2]).toBe('Nguyễn, Fatima Zahra');
    expect(first!.slice(3)).toEqual(['marriage', '2025-03-10', '2', '1', 'PAY.PARTIAL', 'TIME.PARTIAL_PAYMENT_DEADLINE', '2025-05-01', '236', 'NguyenFatimaZahraMarokko15031990', '']);
    expect(broken).toEqual(['b.json', '', '', '', '', '', '', '', '', '', '', '', 'applicant.birthDate: 1990-02-30 is not a date (YYYY-MM-DD)']);
  });

  it('keeps a spreadsheet from running a label as a formula', () => {
    const parsed = Papa.parse<string[]>(csv.slice(1), { newline: '\r\n', skipEmptyLines: true });
    expect(parsed.data[3]![1]).toBe(`'${formula.label}`);
  });
});
