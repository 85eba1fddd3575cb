import ICAL from 'ical.js';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { caseWithChildAndPartialPayment } from '../../tests/report/fixtures';
import { baseMarriageCase } from '../../tests/scenarios/base';
import { parseArgs } from './args';
import { runCli, type CliIo } from './run';

async function run(argv: string[], files: Record<string, string>) {
  const out = { stdout: '', stderr: '' };
  const dirOf = (path: string) => `${path.replace(/\/$/, '')}/`;
  const io: CliIo = {
    readFile: async (path) => {
      if (!(path in files)) throw new Error(`ENOENT: ${path}`);
      return new TextEncoder().encode(files[path]!);
    },
    stat: async (path) =>
      path in files ? { isDirectory: false, size: files[path]!.length } : Object.keys(files).some((f) => f.startsWith(dirOf(path))) ? { isDirectory: true, size: 0 } : null,
    readDir: async (path) => Object.keys(files).filter((f) => f.startsWith(dirOf(path))).map((f) => f.slice(dirOf(path).length)),
    stdout: (text) => void (out.stdout += text),
    stderr: (text) => void (out.stderr += text),
    isTTY: false,
    env: {},
    today: '2025-04-02',
  };
  const code = await runCli(argv, io);
  return { code, ...out };
}

const withChild = JSON.stringify(caseWithChildAndPartialPayment());
const folder = {
  'cases/a-child.json': withChild,
  'cases/b-broken.json': '{"format": "visa-case/1", "caseType": "marriage", "applicant": {"birthDate": "1990-02-30"}}',
  'cases/c-base.json': JSON.stringify(baseMarriageCase()),
  'cases/notes.txt': 'not a case',
};

describe('visa-check report', () => {
  it('writes one self-contained HTML file for a case, in the language asked', async () => {
    const r = await run(['report', 'case.json', '--lang', 'nl'], { 'case.json': withChild });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^<!doctype html>\n<html lang="nl">/);
    expect(r.stdout).toContain('De beslissing ligt bij de Dienst Vreemdelingenzaken');
    expect(r.stdout).toContain('PAY.PARTIAL');
    expect(r.stdout).toContain('ElAmraniFatimaZahraMarokko15031990');
    expect(r.stdout).toMatch(/<svg[^>]*class="report-qr"/);
  });

  it('names the field of a file that cannot be read, and writes nothing', async () => {
    const r = await run(['report', 'cases/b-broken.json'], folder);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('cases/b-broken.json: applicant.birthDate');
  });

  it('of a folder writes an overview: a row per file linking to its report, broken files as rows with their error', async () => {
    const r = await run(['report', 'cases'], folder);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('<a href="a-child.html">a-child.json</a>');
    expect(r.stdout).toContain('<a href="c-base.html">c-base.json</a>');
    expect(r.stdout).toMatch(/<tr class="broken"><td>b-broken\.json<\/td><td colspan="10">Cannot be checked: applicant\.birthDate: 1990-02-30 is not a date/);
    expect(r.stdout.indexOf('a-child.json')).toBeLessThan(r.stdout.indexOf('b-broken.json'));
    expect(r.stdout).not.toContain('notes.txt');
    expect(r.stdout).toMatch(/<th scope="col"[^>]*><button type="button">File<\/button>/);
  });
});

describe('visa-check check --csv', () => {
  it('prints one row per file, broken ones with their error, and exits as the check does', async () => {
    const r = await run(['check', 'cases', '--csv'], folder);
    expect(r.code).toBe(2);
    const rows = Papa.parse<string[]>(r.stdout.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    expect(rows.map((row) => row[0])).toEqual(['file', 'cases/a-child.json', 'cases/b-broken.json', 'cases/c-base.json']);
    expect(rows[1]!.slice(5, 8)).toEqual(['1', '1', 'PAY.PARTIAL']);
    expect(rows[2]![12]).toContain('applicant.birthDate');
    expect(rows[3]!.slice(5, 8)).toEqual(['0', '0', '']);
  });

  it('is refused with --json and outside check', () => {
    expect(parseArgs(['check', 'a.json', '--csv', '--json'])).toEqual({ ok: false, error: '--csv and --json exclude each other' });
    expect(parseArgs(['reference', '--csv'])).toEqual({ ok: false, error: '--csv is not an option of reference' });
    expect(parseArgs(['check', 'a.json', '--csv'])).toEqual({ ok: true, value: { command: 'check', paths: ['a.json'], on: undefined, lang: 'en', json: false, csv: true } });
  });
});

describe('visa-check calendar', () => {
  it('prints the due deadlines as iCalendar', async () => {
    const r = await run(['calendar', 'case.json', '--lang', 'fr'], { 'case.json': withChild });
    expect(r.code).toBe(0);
    const events = new ICAL.Component(ICAL.parse(r.stdout)).getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
    expect(events.map((e) => e.startDate.toString())).toEqual(['2025-05-01', '2025-06-25', '2025-07-09']);
    expect(events[0]!.summary).toContain('Payer le reste de la redevance');
  });

  it.each([
    [['calendar'], 'calendar needs one case file'],
    [['calendar', 'a.json', 'b.json'], 'calendar needs one case file'],
    [['report', 'a.json', '--json'], '--json is not an option of report'],
    [['report', 'a.json', '--lang', 'de'], '--lang: de is not one of nl, fr, en'],
    [['report', 'a.json', '--on', '2025-02-30'], '--on: 2025-02-30 is not a date (YYYY-MM-DD)'],
  ])('%j is refused: %s', (argv, error) => {
    expect(parseArgs(argv)).toEqual({ ok: false, error });
  });
});
