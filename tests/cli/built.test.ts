// The bundled command as a user runs it: one file, started by node.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
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
