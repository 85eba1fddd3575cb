// The files README.md points at must say what README.md says of them.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCaseText } from '../../src/case/parse';

const root = resolve(__dirname, '../..');
const readme = readFileSync(resolve(root, 'README.md'), 'utf8');

describe('examples/', () => {
  const files = readdirSync(resolve(root, 'examples')).filter((f) => f.endsWith('.json'));

  it('holds the files README.md names', () => {
    expect(files.sort()).toEqual(['broken.json', 'humanitarian.json', 'marriage.json']);
    for (const f of files) expect(readme).toContain(`examples/${f}`);
  });

  it.each(['marriage.json', 'humanitarian.json'])('%s is a valid case file', (f) => {
    const parsed = parseCaseText(readFileSync(resolve(root, 'examples', f), 'utf8'));
    expect(parsed.ok ? [] : parsed.errors).toEqual([]);
  });

  it('broken.json fails with the message README.md quotes', () => {
    const parsed = parseCaseText(readFileSync(resolve(root, 'examples/broken.json'), 'utf8'));
    expect(parsed.ok ? [] : parsed.errors).toEqual([{ path: 'applicant.birthDate', message: '1990-02-30 is not a date (YYYY-MM-DD)' }]);
    expect(readme).toContain('applicant.birthDate: 1990-02-30 is not a date (YYYY-MM-DD)');
  });

  it("README's smallest valid case is valid", () => {
    const section = readme.slice(readme.indexOf('## The case format'));
    const block = /```json\n([\s\S]*?)```/.exec(section);
    expect(block).not.toBeNull();
    expect(parseCaseText(block![1]!).ok).toBe(true);
  });
});
