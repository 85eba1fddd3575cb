// What a catalogue row is made of, and the seed files rows cite. Imports nothing, so that the
// catalogue rows of every family and the shapes of rules/types.ts can both build on it.

export type Severity = 'error' | 'warning' | 'info';

export interface SourceRef {
  /** Seed file name, `parameters.md`, or `practice`. */
  file: string;
  /** The sentence the rule rests on, in the source's language (Dutch). */
  quote?: string;
}

export const SEED_000 = '000_03bd9be940570249.txt';
export const SEED_003 = '003_cf91320a7e919e05.txt';
export const SEED_004 = '004_9926838b41b19a4c.txt';

// Each seed or parameters.md source carries the sentence the rule rests on, copied
// character for character (the seeds hold no-break spaces, written here as \u00a0)
// so that tests/meta/quotes.test.ts can find it in the file. A file appears twice
// only where the rule has branches that no single sentence covers.
export interface RuleSpec {
  severity: Severity;
  sources: readonly SourceRef[];
}

