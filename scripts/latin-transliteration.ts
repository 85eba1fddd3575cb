// any-ascii's table covers every script (546 kB, one string per block of 256
// code points), and the background parses all of it each time it starts. The
// payment communication is made from names in Latin letters only: a name with
// other letters is refused until its Latin spelling is given (hasNonLatinLetters
// in src/rules/payment/communication.ts). The extension's build keeps the blocks
// holding a character of the Latin script, a combining mark (Inherited) or a
// character common to all scripts (digits, punctuation, symbols, emoji): 58 kB.
// tests/unit/latin-transliteration.test.ts checks that every such character and
// every name the tests hold transliterate exactly as the whole table does.

export const KEPT_SCRIPTS = /\p{Script=Latin}|\p{Script=Inherited}|\p{Script=Common}/u;

/** The blocks (code point >> 8) that hold a character of the kept scripts. */
export function latinBlocks(): Set<number> {
  const keep = new Set<number>();
  for (let cp = 0; cp < 0x30000; cp++) if (KEPT_SCRIPTS.test(String.fromCodePoint(cp))) keep.add(cp >>> 8);
  return keep;
}

const BLOCK_CASE = /^case (\d+):return".*"\n/gm;

/** any-ascii's block.js with only the `case` lines of `keep`; every other block then reads as empty. */
export function keepBlocks(source: string, keep: Set<number>): string {
  let cases = 0;
  const kept = source.replace(BLOCK_CASE, (line, block: string) => {
    cases += 1;
    return keep.has(Number(block)) ? line : '';
  });
  if (cases < 100 || !kept.includes('return""')) throw new Error('any-ascii/block.js is no longer a switch of `case N:return"…"` lines: check the new version');
  return kept;
}
