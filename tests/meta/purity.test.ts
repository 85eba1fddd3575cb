// The core (case format, rules, recognition, i18n) knows no browser API and no
// clock: "today" is passed in. The CLI proves it by running the same core in Node.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../../src');
const CORE = ['case', 'rules', 'i18n', 'recognition', 'report'];

function sourceFiles(dir: string): string[] {
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('the pure core', () => {
  const files = CORE.flatMap((d) => sourceFiles(join(root, d)));
  it('is found', () => expect(files.length).toBeGreaterThan(10));
  it.each(files.map((f) => [f.slice(root.length + 1), f]))('%s uses no browser extension API and no clock', (_rel, file) => {
    const text = readFileSync(file, 'utf8').replace(/\/\/.*$/gm, '');
    expect(text).not.toMatch(/webextension-polyfill|\bchrome\.|\bbrowser\.(runtime|storage|tabs)/);
    expect(text).not.toMatch(/Date\.now\(|new Date\(\)/);
  });
});
