// One typographic convention per language, as the seeds write: the typographic apostrophe ’ in
// Dutch and French; quotation marks ‘…’ in Dutch and « … » in French, with a narrow no-break space
// (U+202F) inside them and before : ; ? ! in French.
// Times (9:00), web addresses (https://) and placeholders ($FIELD$, ${…}) hold no punctuation.

export const NARROW_NBSP = '\u202f';

export interface TypographyProblem {
  at: number;
  problem: string;
}

function straightApostrophes(text: string): TypographyProblem[] {
  return [...text.matchAll(/'/g)].map((m) => ({ at: m.index, problem: 'straight apostrophe (write ’)' }));
}

function quotationMarks(text: string, others: RegExp, write: string): TypographyProblem[] {
  return [...text.matchAll(others)].map((m) => ({ at: m.index, problem: `quotation mark ${m[0]} (write ${write})` }));
}

export function frenchTypographyProblems(text: string): TypographyProblem[] {
  const problems = [...straightApostrophes(text), ...quotationMarks(text, /["“”„‘]/g, '« … »')];
  for (const m of text.matchAll(/[:;?!»]/g)) {
    const sign = m[0];
    const before = text[m.index - 1];
    const after = text[m.index + 1];
    if (sign === ':' && after === '/' && text[m.index + 2] === '/') continue;
    if (sign === ':' && before !== undefined && /\d/.test(before) && after !== undefined && /\d/.test(after)) continue;
    if (before === NARROW_NBSP) continue;
    // The start of a text piece: what stands before it is checked where it is written.
    if (before === undefined) continue;
    const found = before === ' ' ? 'a space' : before === '\u00a0' ? 'a no-break space' : 'no space';
    problems.push({ at: m.index, problem: `${found} before "${sign}" (write U+202F)` });
  }
  for (const m of text.matchAll(/«/g)) {
    if (m.index + 1 < text.length && text[m.index + 1] !== NARROW_NBSP) problems.push({ at: m.index, problem: 'no U+202F after «' });
  }
  return problems.sort((a, b) => a.at - b.at);
}

export function dutchTypographyProblems(text: string): TypographyProblem[] {
  const problems = [...straightApostrophes(text), ...quotationMarks(text, /["“”„«»]/g, '‘…’')];
  // Dutch puts no space before a colon, semicolon, question or exclamation mark.
  for (const m of text.matchAll(/[ \u00a0\u202f](?=[:;?!])/g)) problems.push({ at: m.index, problem: 'space before a punctuation sign' });
  return problems.sort((a, b) => a.at - b.at);
}

/** Each problem with the text around it, for a failure message a person can act on. */
export function describeProblems(text: string, problems: readonly TypographyProblem[]): string[] {
  return problems.map((p) => `${p.problem}: …${text.slice(Math.max(0, p.at - 30), p.at + 10).replaceAll(NARROW_NBSP, '⍽')}…`);
}
