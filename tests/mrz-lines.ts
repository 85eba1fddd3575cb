// TD3 lines built as ICAO Doc 9303 part 3 (check digits: weights 7, 3, 1; `<` = 0, A = 10 … Z = 35)
// and part 4 (field positions) lay them out, independently of the code under test.

function charValue(c: string): number {
  if (c === '<') return 0;
  if (c >= '0' && c <= '9') return Number(c);
  return c.charCodeAt(0) - 55;
}

export function icaoCheckDigit(s: string): string {
  let sum = 0;
  for (let i = 0; i < s.length; i++) sum += charValue(s[i]!) * [7, 3, 1][i % 3]!;
  return String(sum % 10);
}

export interface Td3 {
  issuing?: string;
  surname: string;
  givenNames: string;
  number: string;
  nationality?: string;
  birth: string;
  sex?: 'F' | 'M' | '<';
  expiry: string;
  personal?: string;
}

const filler = (s: string) => s.replace(/[ -]/g, '<');

/** The two lines, joined by a line break. */
export function td3(p: Td3): string {
  const names = `${filler(p.surname)}<<${filler(p.givenNames)}`;
  const line1 = `P<${(p.issuing ?? 'MAR').padEnd(3, '<')}${names}`.padEnd(44, '<').slice(0, 44);
  const number = p.number.padEnd(9, '<');
  const personal = (p.personal ?? '').padEnd(14, '<');
  const start = `${number}${icaoCheckDigit(number)}${(p.nationality ?? 'MAR').padEnd(3, '<')}${p.birth}${icaoCheckDigit(p.birth)}${p.sex ?? 'F'}${p.expiry}${icaoCheckDigit(p.expiry)}${personal}${icaoCheckDigit(personal)}`;
  const composite = icaoCheckDigit(start.slice(0, 10) + start.slice(13, 20) + start.slice(21, 43));
  return `${line1}\n${start}${composite}`;
}

/** `lines` with the character at `position` (0-based) of line 2 replaced by the next digit. */
export function wrongDigit(lines: string, position: number): string {
  const [l1, l2] = lines.split('\n') as [string, string];
  const d = (Number(l2[position]) + 1) % 10;
  return `${l1}\n${l2.slice(0, position)}${d}${l2.slice(position + 1)}`;
}

/** El Amrani, Fatima Zahra, Moroccan, born 15 March 1990, passport AB1234567 valid to 1 May 2031. */
export const EL_AMRANI = td3({ surname: 'EL AMRANI', givenNames: 'FATIMA ZAHRA', number: 'AB1234567', birth: '900315', expiry: '310501' });
