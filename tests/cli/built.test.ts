// The bundled command as a user runs it: one file, started by node.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli } from '../../scripts/build-cli.mjs';

const root = resolve(__dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'visa-check-built-'));
const cli = join(dir, 'visa-check.mjs');

function runBuilt(...args: string[]) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(async () => {
  // As `npm run build:cli` builds it.
  await buildCli(cli);
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the built visa-check', () => {
  it('starts with a shebang, so it runs as a command', () => {
    expect(readFileSync(cli, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('checks an example file and prints the JSON of the contract', () => {
    const r = runBuilt('check', 'examples/marriage.json', '--json');
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['findings', 'payments', 'deadlines', 'checklist']);
    expect(out.payments[0]).toMatchObject({ person: 'applicant', amountEur: 236, communication: 'ElAmraniFatimaZahraMarokko15031990' });
    const errors = out.findings.filter((f: { severity: string }) => f.severity === 'error');
    expect(r.code).toBe(errors.length ? 1 : 0);
    expect(r.stderr).toBe('');
  });

  it('exits 2 on the broken example, naming the field', () => {
    const r = runBuilt('check', 'examples/broken.json');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('examples/broken.json: applicant.birthDate: 1990-02-30 is not a date (YYYY-MM-DD)\n');
  });

  it('uses a --params file for a 2026 case and shows each deadline with its status, and refuses a bad file naming the field', () => {
    const example = JSON.parse(readFileSync(join(root, 'examples/marriage.json'), 'utf8'));
    const case2026 = join(dir, 'case-2026.json');
    writeFileSync(case2026, JSON.stringify({ ...example, applicationDate: '2026-03-02' }));
    const params = join(dir, 'params.json');
    writeFileSync(params, JSON.stringify({ format: 'visa-params/1', values: [{ parameter: 'fee.article9', value: 243, since: '2026-01-01', source: 'DVZ page seen 2026-12-06', checkedOn: '2026-12-06' }] }));
    const out = JSON.parse(runBuilt('check', case2026, '--json', '--params', params).stdout);
    expect(out.payments[0].amountEur).toBe(243);
    expect(out.findings.filter((f: { rule: string }) => f.rule === 'PARAM.USER_VALUE')).toHaveLength(1);
    expect(out.deadlines.length).toBeGreaterThan(0);
    for (const d of out.deadlines) {
      expect(['done', 'due', 'overdue']).toContain(d.status);
      expect('doneOn' in d).toBe(true);
    }
    writeFileSync(params, JSON.stringify({ format: 'visa-params/1', values: [{ parameter: 'fee.article9', value: 243, since: '2026-01-01', source: 'DVZ page', checkedOn: '2026-13-06' }] }));
    const refused = runBuilt('check', case2026, '--json', '--params', params);
    expect(refused.code).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toMatch(/params\.json: values\[0\]\.checkedOn: /);
  });

  it('prints the payment communication', () => {
    const r = runBuilt('reference', '--surname', 'El Amrani', '--given', 'Fatima Zahra', '--nationality', 'MA', '--birth', '1990-03-15');
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('Communication: ElAmraniFatimaZahraMarokko15031990');
  });

  it('checks the examples folder, one JSON line per file', () => {
    const r = runBuilt('check', 'examples', '--json');
    const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.file, l.ok])).toEqual([
      ['examples/broken.json', false],
      ['examples/humanitarian.json', true],
      ['examples/marriage.json', true],
    ]);
    expect(r.code).toBe(2);
  });
});
