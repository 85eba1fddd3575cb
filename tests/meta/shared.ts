// The project's shared folder (spec/ and seeds/) beside the checkout: found by walking up from
// here, so the meta tests read it from the main checkout and from a worktree nested deeper.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

function findShared(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = resolve(dir, 'shared');
    if (existsSync(resolve(candidate, 'spec/rules.md'))) return candidate;
    if (dirname(dir) === dir) throw new Error(`no shared/spec/rules.md above ${from}`);
  }
}

export const SHARED_DIR = findShared(resolve(__dirname, '../..'));
