// The core's layers import one way: i18n (languages, dates, amounts) knows nothing of the
// rules, and no module of the core imports itself back through another, type imports included.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = resolve(__dirname, '../../src');
const CORE = ['case', 'rules', 'i18n', 'recognition'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The core files a file imports (relative imports, type-only ones included). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)) {
    const base = resolve(dirname(file), m[1]!);
    const found = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((p) => /\.tsx?$/.test(p) && isFile(p));
    if (found) out.push(found);
  }
  return out;
}

const files = CORE.flatMap((d) => sourceFiles(join(src, d)));
const graph = new Map(files.map((f) => [f, importsOf(f)]));
const rel = (f: string) => relative(src, f);

describe('layering of the core', () => {
  it('reads the core', () => expect(files.length).toBeGreaterThan(40));

  it('keeps i18n free of the rules', () => {
    const wrong = files.filter((f) => rel(f).startsWith('i18n/')).flatMap((f) => graph.get(f)!.filter((t) => rel(t).startsWith('rules/')).map((t) => `${rel(f)} → ${rel(t)}`));
    expect(wrong).toEqual([]);
  });

  it('has no import cycle', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const stack: string[] = [];
    const visit = (f: string) => {
      state.set(f, 'open');
      stack.push(f);
      for (const t of graph.get(f) ?? []) {
        if (state.get(t) === 'open') cycles.push([...stack.slice(stack.indexOf(t)), t].map(rel).join(' → '));
        else if (!state.has(t)) visit(t);
      }
      stack.pop();
      state.set(f, 'done');
    };
    for (const f of files) if (!state.has(f)) visit(f);
    expect(cycles).toEqual([]);
  });
});
