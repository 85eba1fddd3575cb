import { describe, expect, it } from 'vitest';
import { EL_AMRANI } from '../../tests/mrz-lines';
import { baseMarriageCase, variant } from '../../tests/scenarios/base';
import type { Report } from '../rules/types';
import { reportJson, runCli, type CliIo } from './run';

interface FakeRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** An in-memory file system: `files` by path; a folder is every path under `dir/`. */
function fakeIo(files: Record<string, string | Uint8Array>, extra: Partial<CliIo> = {}): { io: CliIo; out: { stdout: string; stderr: string } } {
  const out = { stdout: '', stderr: '' };
  const isDir = (path: string) => Object.keys(files).some((f) => f.startsWith(`${path.replace(/\/$/, '')}/`));
  const io: CliIo = {
    readFile: async (path) => {
      if (!(path in files)) throw new Error(`ENOENT: no such file, open '${path}'`);
      const content = files[path]!;
      return typeof content === 'string' ? new TextEncoder().encode(content) : content;
    },
    stat: async (path) => (path in files ? { isDirectory: false, size: files[path]!.length } : isDir(path) ? { isDirectory: true, size: 0 } : null),
    readDir: async (path) =>
      Object.keys(files)
        .filter((f) => f.startsWith(`${path.replace(/\/$/, '')}/`))
        .map((f) => f.slice(path.replace(/\/$/, '').length + 1))
        .filter((rest) => !rest.includes('/')),
    stdout: (text) => void (out.stdout += text),
    stderr: (text) => void (out.stderr += text),
    isTTY: false,
    env: {},
    today: '2025-03-10',
    ...extra,
  };
  return { io, out };
}

async function run(argv: string[], files: Record<string, string | Uint8Array> = {}, extra: Partial<CliIo> = {}): Promise<FakeRun> {
  const { io, out } = fakeIo(files, extra);
  const code = await runCli(argv, io);
  return { code, ...out };
}

const good = JSON.stringify(baseMarriageCase());
/** A 15-year-old applicant: under every minimum age of rules.md (AGE.APPLICANT_MIN). */
const minor = JSON.stringify(variant(baseMarriageCase(), (c) => (c.applicant.birthDate = '2010-01-01')));
const badDate = JSON.stringify(variant(baseMarriageCase(), (c) => (c.applicant.birthDate = '1990-02-30')));
const noDate = JSON.stringify(variant(baseMarriageCase(), (c) => delete c.applicationDate));

describe('visa-check check: exit status', () => {
  it('is 0 for the complete marriage case checked on its application date', async () => {
    const r = await run(['check', 'case.json', '--json'], { 'case.json': good });
    const errors = JSON.parse(r.stdout).findings.filter((f: { severity: string }) => f.severity === 'error');
    expect(errors).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });

  it('is 1 when there is an error finding, and the finding is in the output', async () => {
    const r = await run(['check', 'case.json', '--json'], { 'case.json': minor });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).findings).toContainEqual(expect.objectContaining({ rule: 'AGE.APPLICANT_MIN', severity: 'error', person: 'applicant' }));
  });

  it('is 1 when the profile differs from the stored machine-readable zone, naming the field', async () => {
    const c = JSON.stringify(variant(baseMarriageCase(), (x) => {
      x.applicant.passport.mrz = EL_AMRANI;
      x.applicant.birthDate = '1990-03-16';
    }));
    const r = await run(['check', 'case.json'], { 'case.json': c });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('The date of birth differs from the passport\'s machine-readable zone: the profile says 16 Mar 1990, the zone 15 Mar 1990.');
    expect(r.stdout).toContain('DOC.MRZ_MISMATCH');
  });

  it('is 2 for an impossible date, naming the file and field, with nothing on stdout', async () => {
    for (const json of [[], ['--json']]) {
      const r = await run(['check', 'case.json', ...json], { 'case.json': badDate });
      expect(r).toEqual({ code: 2, stdout: '', stderr: 'case.json: applicant.birthDate: 1990-02-30 is not a date (YYYY-MM-DD)\n' });
    }
  });

  it.each([
    ['a missing file', {}, 'case.json: (file): does not exist\n'],
    ['text that is not JSON', { 'case.json': '{"format": ' }, /^case\.json: \(file\): is not valid JSON/],
    ['a newer format', { 'case.json': JSON.stringify({ ...baseMarriageCase(), format: 'visa-case/2' }) }, /^case\.json: format: visa-case\/2 is a newer format/],
    ['a JSON list', { 'case.json': '[]' }, 'case.json: (file): is not a case: expected a JSON object\n'],
    [
      'a file that is not UTF-8',
      { 'case.json': new Uint8Array([...new TextEncoder().encode('{"label":"Ren'), 0xe9, 0x22, 0x7d]) },
      'case.json: (file): is not UTF-8 text: byte 0xE9 at offset 13 (counted from 0) starts no valid character; save the file as UTF-8\n',
    ],
    ['a number JSON cannot keep', { 'case.json': good.replace('{', '{"future":1e309,') }, 'case.json: future: is a number too large to keep: JSON numbers go up to about 1.8e308\n'],
  ])('is 2 for %s', async (_what, files, stderr) => {
    const r = await run(['check', 'case.json'], files as Record<string, string | Uint8Array>);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    if (typeof stderr === 'string') expect(r.stderr).toBe(stderr);
    else expect(r.stderr).toMatch(stderr);
  });

  it('reads a file saved as UTF-8 with a byte order mark', async () => {
    const r = await run(['check', 'case.json', '--json'], { 'case.json': new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(good)]) });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toHaveProperty('findings');
  });

  it('is 2 for a file it cannot read', async () => {
    const { io, out } = fakeIo({ 'case.json': good });
    io.readFile = async () => {
      throw new Error("EACCES: permission denied, open 'case.json'");
    };
    expect(await runCli(['check', 'case.json'], io)).toBe(2);
    expect(out.stderr).toBe("case.json: (file): cannot be read (EACCES: permission denied, open 'case.json')\n");
  });

  it('is 2 for wrong arguments, with the usage on stderr and nothing on stdout', async () => {
    for (const argv of [['check'], ['check', 'case.json', '--lang', 'de'], ['check', 'case.json', '--on', '2025-02-30'], ['frobnicate'], []]) {
      const r = await run(argv, { 'case.json': good });
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^visa-check: .+\n\nUsage:\n/);
    }
  });

  it('prints the usage on --help and exits 0', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('visa-check check CASE.json|FOLDER... [--on YYYY-MM-DD] [--lang nl|fr|en] [--json]');
    expect(r.stdout).toContain('visa-check reference --surname S --given G --nationality CC --birth YYYY-MM-DD');
  });
});

describe('visa-check check --json', () => {
  const fee2026 = JSON.stringify({ format: 'visa-params/1', values: [{ parameter: 'fee.article9', value: 243, since: '2026-01-01', source: 'DVZ page seen 2026-12-06', checkedOn: '2026-12-06' }] });
  const case2026 = JSON.stringify(variant(baseMarriageCase(), (c) => {
    c.applicationDate = '2026-03-02';
    c.payment.amountPaid = 243;
  }));

  it('uses the amounts of a --params file from their start date, named with PARAM.USER_VALUE and not called stale', async () => {
    const r = await run(['check', 'case.json', '--json', '--params', 'params.json'], { 'case.json': case2026, 'params.json': fee2026 });
    const out = JSON.parse(r.stdout);
    expect(out.payments[0].amountEur).toBe(243);
    const rules = out.findings.map((f: { rule: string }) => f.rule);
    expect(rules).toContain('PARAM.USER_VALUE');
    expect(rules).not.toContain('PAY.FEE_UNKNOWN_PERIOD');
    expect(rules).not.toContain('PAY.PARTIAL');
    const without = JSON.parse((await run(['check', 'case.json', '--json'], { 'case.json': case2026 })).stdout);
    expect(without.payments[0].amountEur).toBe(236);
  });

  it('refuses a --params file that does not match its format, naming the field, with exit status 2 and nothing on standard output', async () => {
    const bad = JSON.stringify({ format: 'visa-params/1', values: [{ parameter: 'fee.article9', value: '243', since: '2026-01-01', source: 'DVZ', checkedOn: '2026-12-06' }] });
    const r = await run(['check', 'case.json', '--params', 'params.json'], { 'case.json': case2026, 'params.json': bad });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('params.json: values[0].value: must be an amount in euros, a number\n');
    const unknown = JSON.stringify({ format: 'visa-params/1', values: [{ parameter: 'fee.other', value: 1, since: '2026-01-01', source: 'DVZ page', checkedOn: '2026-12-06' }] });
    expect((await run(['check', 'case.json', '--params', 'p.json'], { 'case.json': case2026, 'p.json': unknown })).stderr).toContain('p.json: values[0].parameter: fee.other is not an amount that can be recorded');
    expect((await run(['check', 'case.json', '--params', 'missing.json'], { 'case.json': case2026 })).code).toBe(2);
  });

  it('shows each deadline with its status: done with its day, overdue, or due', async () => {
    const c = variant(baseMarriageCase(), (x) => {
      x.arrivalDate = '2025-07-14';
      x.registrationDate = '2025-07-20';
    });
    const r = await run(['check', 'case.json', '--json'], { 'case.json': JSON.stringify(c) }, { today: '2025-09-10' });
    const out = JSON.parse(r.stdout);
    const by = (rule: string) => out.deadlines.find((d: { rule: string }) => d.rule === rule);
    expect(by('TIME.REGISTER')).toMatchObject({ date: '2025-07-22', status: 'done', doneOn: '2025-07-20' });
    expect(by('TIME.ANNEX15')).toMatchObject({ date: '2025-09-03', status: 'overdue', doneOn: null });
    expect(by('TIME.DECISION_EXPECTED')).toMatchObject({ status: 'done', doneOn: null });
  });

  it('prints one object with exactly the four keys of the contract', async () => {
    const r = await run(['check', 'case.json', '--json'], { 'case.json': minor });
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['findings', 'payments', 'deadlines', 'checklist']);
    expect(out.findings.length).toBeGreaterThan(0);
    for (const f of out.findings) expect(Object.keys(f)).toEqual(['rule', 'severity', 'person', 'message', 'source']);
    for (const p of out.payments) expect(Object.keys(p)).toEqual(['person', 'amountEur', 'exempt', 'reason', 'communication', 'epcQr']);
    for (const d of out.deadlines) expect(Object.keys(d)).toEqual(['rule', 'date', 'status', 'doneOn', 'note']);
    for (const c of out.checklist) expect(Object.keys(c)).toEqual(['id', 'person', 'status', 'rules']);
  });

  it('projects a report onto the keys of the contract and nothing more', () => {
    const report: Report = {
      checkedOn: '2025-03-10',
      findings: [{ rule: 'PAY.FEE', severity: 'info', person: 'applicant', message: 'Fee', source: 'a.txt', sources: [{ file: 'a.txt', quote: 'q' }], params: { x: 1 } }],
      payments: [
        { person: 'applicant', amountEur: 236, exempt: false, reason: null, communication: 'C', communicationSpaced: 'S', shortened: false, epcQr: 'BCD', iban: 'I', bic: 'B', beneficiary: 'D' },
      ],
      deadlines: [{ rule: 'TIME.REGISTER', date: '2025-07-09', person: 'applicant', status: 'due', note: 'N' }],
      checklist: [{ id: 'criminal-record', person: 'applicant', status: 'missing', rules: ['DOC.CRIMINAL_RECORD_REQUIRED'], label: 'L' }],
    };
    expect(reportJson(report)).toEqual({
      findings: [{ rule: 'PAY.FEE', severity: 'info', person: 'applicant', message: 'Fee', source: 'a.txt' }],
      payments: [{ person: 'applicant', amountEur: 236, exempt: false, reason: null, communication: 'C', epcQr: 'BCD' }],
      deadlines: [{ rule: 'TIME.REGISTER', date: '2025-07-09', status: 'due', doneOn: null, note: 'N' }],
      checklist: [{ id: 'criminal-record', person: 'applicant', status: 'missing', rules: ['DOC.CRIMINAL_RECORD_REQUIRED'] }],
    });
  });

  it('writes messages in the language asked for', async () => {
    const en = JSON.parse((await run(['check', 'case.json', '--json'], { 'case.json': good })).stdout);
    const nl = JSON.parse((await run(['check', 'case.json', '--json', '--lang', 'nl'], { 'case.json': good })).stdout);
    const fee = (out: { findings: { rule: string; message: string }[] }) => out.findings.find((f) => f.rule === 'PAY.FEE')?.message;
    expect(fee(en)).toMatch(/236/);
    expect(fee(nl)).toMatch(/236/);
    expect(fee(nl)).not.toBe(fee(en));
  });
});

describe('visa-check check: the date checked for', () => {
  const heading = (r: FakeRun) => r.stdout.split('\n')[0];

  it('uses --on when the file has no application date', async () => {
    expect(heading(await run(['check', 'case.json', '--on', '2025-02-01'], { 'case.json': noDate }))).toMatch(/checked for 1 Feb 2025$/);
  });

  it('uses today when the file has none and --on is not given', async () => {
    expect(heading(await run(['check', 'case.json'], { 'case.json': noDate }, { today: '2025-04-07' }))).toMatch(/checked for 7 Apr 2025$/);
  });

  it("keeps the file's application date over --on", async () => {
    expect(heading(await run(['check', 'case.json', '--on', '2025-02-01'], { 'case.json': good }))).toMatch(/checked for 10 Mar 2025$/);
  });

  it('changes the outcome: a minor on one day is of age on a later --on', async () => {
    const eighteen = JSON.stringify(variant(baseMarriageCase(), (c) => {
      delete c.applicationDate;
      c.applicant.birthDate = '2007-03-10';
    }));
    const before = await run(['check', 'case.json', '--json', '--on', '2025-03-09'], { 'case.json': eighteen });
    const on = await run(['check', 'case.json', '--json', '--on', '2025-03-10'], { 'case.json': eighteen });
    const rules = (r: FakeRun) => JSON.parse(r.stdout).findings.map((f: { rule: string }) => f.rule);
    expect(rules(before)).toContain('AGE.APPLICANT_MIN');
    expect(rules(on)).not.toContain('AGE.APPLICANT_MIN');
  });
});

describe('visa-check check: human output', () => {
  it('groups the findings by severity and writes no escape codes when stdout is not a terminal', async () => {
    const r = await run(['check', 'case.json'], { 'case.json': minor });
    expect(r.stdout).not.toContain('\x1b[');
    const errors = r.stdout.indexOf('\nErrors (');
    expect(errors).toBeGreaterThan(0);
    expect(r.stdout.indexOf('\nGood to know (')).toBeGreaterThan(errors);
    expect(r.stdout).toMatch(/✗ applicant: .*\n {6}AGE\.APPLICANT_MIN · source Visa D for a marriage or legal cohabitation in Belgium — Immigration Office \(DVZ\)/);
  });

  it('colours on a terminal, unless NO_COLOR is set', async () => {
    expect((await run(['check', 'case.json'], { 'case.json': minor }, { isTTY: true })).stdout).toContain('\x1b[31m');
    expect((await run(['check', 'case.json'], { 'case.json': minor }, { isTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toContain('\x1b[');
  });

  it('shows the payment communication and the account', async () => {
    const r = await run(['check', 'case.json'], { 'case.json': good });
    expect(r.stdout).toContain('communication: ElAmraniFatimaZahraMarokko15031990');
    expect(r.stdout).toContain('BE57 6792 0060 9235');
  });

  it('translates the headings with --lang', async () => {
    const r = await run(['check', 'case.json', '--lang', 'fr'], { 'case.json': minor });
    expect(r.stdout).toContain('Erreurs (');
    expect(r.stdout).toContain('vérifié pour le 10 mars 2025');
  });
});

describe('visa-check check over several files or a folder', () => {
  const folder = {
    'cases/b-minor.json': minor,
    'cases/a-good.json': good,
    'cases/c-broken.json': badDate,
    'cases/notes.txt': 'not a case',
    'cases/sub/d.json': good,
  };

  it('prints one JSON line per *.json file of the folder, sorted, and exits 2 when one is not a case', async () => {
    const r = await run(['check', 'cases', '--json'], folder);
    const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.file)).toEqual(['cases/a-good.json', 'cases/b-minor.json', 'cases/c-broken.json']);
    expect(lines[2]).toEqual({ file: 'cases/c-broken.json', ok: false, error: 'applicant.birthDate: 1990-02-30 is not a date (YYYY-MM-DD)' });
    expect(r.code).toBe(2);
  });

  it('counts errors and warnings on each line next to the findings of the contract', async () => {
    const r = await run(['check', 'cases/', '--json'], folder);
    const minorLine = JSON.parse(r.stdout.split('\n')[1]!);
    expect(Object.keys(minorLine)).toEqual(['file', 'ok', 'errors', 'warnings', 'findings', 'payments', 'deadlines', 'checklist']);
    expect(minorLine.ok).toBe(true);
    expect(minorLine.errors).toBe(minorLine.findings.filter((f: { severity: string }) => f.severity === 'error').length);
    expect(minorLine.warnings).toBe(minorLine.findings.filter((f: { severity: string }) => f.severity === 'warning').length);
    expect(minorLine.errors).toBeGreaterThan(0);
  });

  it('exits 1 when every file is a case and one has an error, 0 when none has', async () => {
    expect((await run(['check', 'x/a.json', 'x/b.json', '--json'], { 'x/a.json': good, 'x/b.json': minor })).code).toBe(1);
    expect((await run(['check', 'x/a.json', 'x/b.json', '--json'], { 'x/a.json': good, 'x/b.json': good })).code).toBe(0);
  });

  it('keeps the order of the files given', async () => {
    const r = await run(['check', 'z.json', 'a.json', '--json'], { 'z.json': good, 'a.json': good });
    expect(r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).file)).toEqual(['z.json', 'a.json']);
  });

  it('prints a report per file in human form, and the broken file on stderr', async () => {
    const r = await run(['check', 'cases'], folder);
    expect(r.stdout).toContain('  cases/a-good.json\n');
    expect(r.stdout).toContain('  cases/b-minor.json\n');
    expect(r.stdout.indexOf('cases/a-good.json')).toBeLessThan(r.stdout.indexOf('cases/b-minor.json'));
    expect(r.stdout).not.toContain('c-broken');
    expect(r.stderr).toBe('cases/c-broken.json: applicant.birthDate: 1990-02-30 is not a date (YYYY-MM-DD)\n');
  });

  it('starts with the first report even when the first file is not a case', async () => {
    const r = await run(['check', 'd'], { 'd/a.json': badDate, 'd/b.json': good });
    expect(r.stdout.startsWith('─')).toBe(true);
    expect(r.stdout.split('\n')[1]).toBe('  d/b.json');
  });

  it('refuses a folder without case files', async () => {
    const r = await run(['check', 'cases'], { 'cases/notes.txt': 'x' });
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'cases: holds no *.json file\n' });
  });
});

describe('visa-check reference', () => {
  const argv = ['reference', '--surname', 'El Amrani', '--given', 'Fatima Zahra', '--nationality', 'MA', '--birth', '1990-03-15'];

  it('prints the compact and the spaced communication', async () => {
    const r = await run(argv);
    expect(r).toEqual({
      code: 0,
      stdout: 'Communication: ElAmraniFatimaZahraMarokko15031990\nSpaced: EL AMRANI Fatima Zahra Marokko 15031990\n',
      stderr: '',
    });
  });

  it('writes the country in the language of --country-lang and the text in --lang', async () => {
    const r = await run([...argv, '--country-lang', 'fr', '--lang', 'nl']);
    expect(r.stdout.split('\n')[0]).toBe('Mededeling: ElAmraniFatimaZahraMaroc15031990');
  });

  it('prints JSON with --json', async () => {
    expect(JSON.parse((await run([...argv, '--json'])).stdout)).toEqual({
      compact: 'ElAmraniFatimaZahraMarokko15031990',
      spaced: 'EL AMRANI Fatima Zahra Marokko 15031990',
      shortened: false,
    });
  });

  it('exits 2 naming the option when the data allows no communication', async () => {
    const r = await run(['reference', '--surname', 'Иванов', '--given', 'Ivan', '--nationality', 'QQ', '--birth', '1990-03-15']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('--surname: is not in Latin letters');
    expect(r.stderr).toContain('--nationality: is not a known ISO 3166-1 country code');
  });
});
