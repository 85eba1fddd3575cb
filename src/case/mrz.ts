// The passport's machine-readable zone (ICAO Doc 9303, part 4: the TD3 format, two lines of 44
// characters) read into the case format's values. The `mrz` library parses the lines and checks
// every digit; this module says which part is wrong in words the popup translates, turns ICAO
// nationality codes into ISO 3166-1 alpha-2 and gives the two-digit years their century.
import { parse } from 'mrz';
// The code tables only: no country names are needed here.
import countries from 'i18n-iso-countries/index';
import { isIsoDate } from './iso-date';

export const MRZ_LINE_LENGTH = 44;

/** The parts of the zone a diagnostic can name. */
export type MrzPart =
  | 'documentCode'
  | 'issuingState'
  | 'names'
  | 'documentNumber'
  | 'nationality'
  | 'birthDate'
  | 'sex'
  | 'expiryDate'
  | 'personalNumber'
  | 'composite';

/**
 * What is wrong with typed lines, as data the popup words. `checkDigit`: the digits of `value`
 * give `expected`, the line has `found` ("the birth date's check digit does not match: 900315
 * gives 1, the line has 7").
 */
export type MrzProblem =
  | { code: 'lineCount'; count: number }
  | { code: 'length'; line: 1 | 2; length: number }
  | { code: 'character'; line: 1 | 2; position: number; character: string }
  | { code: 'notPassport'; value: string }
  | { code: 'checkDigit'; part: MrzPart; value: string; expected: string; found: string }
  | { code: 'invalid'; part: MrzPart; value: string };

/** What the zone says about its holder, in the case format's terms. */
export interface MrzValues {
  surname?: string;
  givenNames?: string;
  /** ISO 3166-1 alpha-2, `XX` for the stateless and refugee codes. */
  nationality?: string;
  birthDate?: string;
  sex?: 'F' | 'M' | 'X';
  passportNumber?: string;
  expiryDate?: string;
  issuingCountry?: string;
  /** The name field is full up to its last character: the names may have been cut short. */
  namesMayBeTruncated: boolean;
  /** ICAO codes read but with no ISO country (an international organisation such as `UNO`, `EUE`). */
  noCountry: { part: 'issuingState' | 'nationality'; code: string }[];
}

export interface MrzReading {
  /** True when the lines are a TD3 passport zone whose every digit checks. */
  valid: boolean;
  problems: MrzProblem[];
  /** Whatever could be read, even from lines with problems (empty when the lines cannot be parsed). */
  values: MrzValues;
  /** The two lines as checked (capitals, spaces removed), joined by a line break. */
  lines: string;
}

/**
 * ICAO 9303 part 3 codes that are not ISO 3166-1 alpha-3. Kosovo has no ISO code; `XK` is the
 * code the European Commission and most software use for it, and the case format accepts it.
 * Refugees and persons of unspecified nationality are written `XX` like the stateless: the case
 * format has no other code for them.
 */
const ICAO_ONLY: Record<string, string | null> = {
  D: 'DE',
  GBD: 'GB', // British Overseas Territories Citizen
  GBN: 'GB', // British National (Overseas)
  GBO: 'GB', // British Overseas Citizen
  GBP: 'GB', // British Protected Person
  GBS: 'GB', // British Subject
  RKS: 'XK',
  UNK: 'XK', // Resident of Kosovo with a document issued by UNMIK
  XXA: 'XX', // Stateless person (1954 Convention)
  XXB: 'XX', // Refugee (1951 Convention)
  XXC: 'XX', // Refugee, other than under the 1951 Convention
  XXX: 'XX', // Person of unspecified nationality
  // Issuing organisations: no country.
  UNO: null,
  UNA: null,
  EUE: null,
  XOM: null,
  XPO: null,
  XCC: null,
  XCO: null,
  XEC: null,
  XES: null,
  XMP: null,
  XBA: null,
  XIM: null,
  XDC: null,
  XCE: null,
  XAF: null,
};

/** ISO 3166-1 alpha-2 for an ICAO 9303 code (fillers removed); `null` for an organisation; `undefined` when unknown. */
export function countryOfIcaoCode(code: string): string | null | undefined {
  const bare = code.replace(/<+$/, '');
  if (bare in ICAO_ONLY) return ICAO_ONLY[bare];
  return bare.length === 3 ? countries.alpha3ToAlpha2(bare) : undefined;
}

/** `YYMMDD` with the century that puts it on or before `reference` (a birth date is in the past). */
export function pastDate(yymmdd: string, reference: string): string | undefined {
  const refYear = Number(reference.slice(0, 4));
  let year = refYear - ((refYear - Number(yymmdd.slice(0, 2))) % 100 + 100) % 100;
  let iso = `${year}-${yymmdd.slice(2, 4)}-${yymmdd.slice(4, 6)}`;
  if (iso > reference) {
    year -= 100;
    iso = `${year}-${yymmdd.slice(2, 4)}-${yymmdd.slice(4, 6)}`;
  }
  return /^\d{6}$/.test(yymmdd) && isIsoDate(iso) ? iso : undefined;
}

/**
 * `YYMMDD` with the century that puts it within 50 years after or 49 before `reference`: a
 * passport is valid for ten years at most, so its expiry lies ahead or a little behind.
 */
export function forwardDate(yymmdd: string, reference: string): string | undefined {
  const refYear = Number(reference.slice(0, 4));
  const year = refYear - 49 + ((Number(yymmdd.slice(0, 2)) - (refYear - 49)) % 100 + 100) % 100;
  const iso = `${year}-${yymmdd.slice(2, 4)}-${yymmdd.slice(4, 6)}`;
  return /^\d{6}$/.test(yymmdd) && isIsoDate(iso) ? iso : undefined;
}

/** Capitals, no spaces or tabs; lines split at line breaks, empty lines dropped. */
export function normaliseMrz(text: string): string[] {
  return text
    .toUpperCase()
    .split(/\r?\n|\r/)
    .map((l) => l.replace(/[ \t]/g, ''))
    .filter((l) => l !== '');
}

/** The library's field names → the parts named to the user. */
const PART_OF_FIELD: Record<string, MrzPart> = {
  documentCode: 'documentCode',
  issuingState: 'issuingState',
  lastName: 'names',
  firstName: 'names',
  documentNumber: 'documentNumber',
  documentNumberCheckDigit: 'documentNumber',
  nationality: 'nationality',
  birthDate: 'birthDate',
  birthDateCheckDigit: 'birthDate',
  sex: 'sex',
  expirationDate: 'expiryDate',
  expirationDateCheckDigit: 'expiryDate',
  personalNumber: 'personalNumber',
  personalNumberCheckDigit: 'personalNumber',
  compositeCheckDigit: 'composite',
};

const SEX: Record<string, 'F' | 'M' | 'X'> = { F: 'F', M: 'M', '<': 'X', X: 'X' };

/**
 * Reads typed or pasted lines. `reference` (`YYYY-MM-DD`, the application date or today) gives
 * the two-digit years their century. Never throws: every problem is in `problems`.
 */
export function readMrz(text: string, reference: string): MrzReading {
  const lines = normaliseMrz(text);
  const joined = lines.join('\n');
  const values: MrzValues = { namesMayBeTruncated: false, noCountry: [] };
  const problems: MrzProblem[] = [];
  if (lines.length !== 2) problems.push({ code: 'lineCount', count: lines.length });
  lines.slice(0, 2).forEach((line, i) => {
    const n = (i + 1) as 1 | 2;
    const bad = /[^A-Z0-9<]/.exec(line);
    if (bad) problems.push({ code: 'character', line: n, position: bad.index + 1, character: bad[0] });
    if (line.length !== MRZ_LINE_LENGTH) problems.push({ code: 'length', line: n, length: line.length });
  });
  if (lines[0] && !lines[0].startsWith('P')) problems.push({ code: 'notPassport', value: lines[0].slice(0, 2) });
  if (problems.length > 0) return { valid: false, problems, values, lines: joined };

  const result = parse(lines, { autocorrect: false });
  if (result.format !== 'TD3') return { valid: false, problems: [{ code: 'notPassport', value: lines[0]!.slice(0, 2) }], values, lines: joined };
  for (const d of result.details) {
    if (d.valid || !d.field) continue;
    const part = PART_OF_FIELD[d.field];
    if (!part) continue;
    const raw = (r: { line: number; start: number; end: number }) => lines[r.line]!.slice(r.start, r.end);
    const found = d.ranges[0] ? raw(d.ranges[0]) : '';
    if (d.field.endsWith('CheckDigit')) {
      // The library words it "invalid check digit: 3. Must be 2" (or "…: must be 0 or <" for an empty personal number).
      const expected = /must be (\d)/i.exec(d.error ?? '')?.[1] ?? '';
      const value = d.ranges.slice(1).map(raw).join('');
      problems.push({ code: 'checkDigit', part, value, expected, found });
    } else if (part !== 'issuingState' && part !== 'nationality') {
      problems.push({ code: 'invalid', part, value: found });
    }
  }

  const f = result.fields;
  const line1 = lines[0]!;
  const line2 = lines[1]!;
  if (f.lastName) values.surname = f.lastName;
  if (f.firstName) values.givenNames = f.firstName;
  // ICAO 9303 part 3, 4.6: names too long are cut at the field's end, without a filler after them.
  values.namesMayBeTruncated = !line1.endsWith('<');

  const country = (part: 'issuingState' | 'nationality', raw: string) => {
    const code = countryOfIcaoCode(raw);
    if (code) return code;
    if (code === null) values.noCountry.push({ part, code: raw.replace(/<+$/, '') });
    else problems.push({ code: 'invalid', part, value: raw });
    return undefined;
  };
  const issuing = country('issuingState', line1.slice(2, 5));
  if (issuing) values.issuingCountry = issuing;
  const nationality = country('nationality', line2.slice(10, 13));
  if (nationality) values.nationality = nationality;

  const number = line2.slice(0, 9).replace(/<+$/, '');
  if (number) values.passportNumber = number;
  const birth = pastDate(line2.slice(13, 19), reference);
  if (birth) values.birthDate = birth;
  else if (!problems.some((p) => 'part' in p && p.part === 'birthDate')) problems.push({ code: 'invalid', part: 'birthDate', value: line2.slice(13, 19) });
  const expiry = forwardDate(line2.slice(21, 27), reference);
  if (expiry) values.expiryDate = expiry;
  else if (!problems.some((p) => 'part' in p && p.part === 'expiryDate')) problems.push({ code: 'invalid', part: 'expiryDate', value: line2.slice(21, 27) });
  const sex = SEX[line2[20]!];
  if (sex) values.sex = sex;

  return { valid: problems.length === 0, problems, values, lines: joined };
}

/** The case-format fields the zone fills or vouches for. */
export type MrzField = 'surname' | 'givenNames' | 'birthDate' | 'nationality' | 'sex' | 'passportNumber' | 'expiryDate' | 'issuingCountry';
export const MRZ_FIELDS: readonly MrzField[] = ['surname', 'givenNames', 'birthDate', 'nationality', 'sex', 'passportNumber', 'expiryDate', 'issuingCountry'];

/** The applicant's or a child's fields the zone is compared with. */
export interface MrzHolder {
  surname?: string | undefined;
  givenNames?: string | undefined;
  birthDate?: string | undefined;
  nationality?: string | undefined;
  sex?: string | undefined;
  passport?: { number?: string | undefined; expiryDate?: string | undefined; issuingCountry?: string | undefined } | undefined;
}

/**
 * How a recorded value stands against the zone. `spelling`: the recorded name is the visual
 * zone's spelling of the same name, which the zone writes `transliterated` (Ü as UE or U, no
 * accents) or `truncated` (cut at the line's end); it is the fuller form and stays.
 */
export type MrzComparison =
  | { field: MrzField; mrz: string; status: 'absent' }
  | { field: MrzField; mrz: string; profile: string; status: 'same' | 'differs' }
  | { field: MrzField; mrz: string; profile: string; status: 'spelling'; reason: 'transliterated' | 'truncated' };

// ICAO 9303 part 3, section 6 (transliteration of multinational Latin characters): an accented
// letter loses its accent (what Unicode decomposition strips), these letters have no accent to
// strip, and Ä, Ö, Ü, Å and Ø are written AE, OE, UE, AA and OE, or A, O, U, A and O. A table this
// small, from the standard itself, keeps a general transliteration library out of the popup.
const LETTERS: Record<string, string> = { Æ: 'AE', Ð: 'D', Đ: 'D', Þ: 'TH', Ħ: 'H', Ĳ: 'IJ', Ŀ: 'L', Ł: 'L', Ŋ: 'N', Œ: 'OE', Ŧ: 'T', Ø: 'O', ẞ: 'SS' };
const DIGRAPHS: Record<string, string> = { Ä: 'AE', Ö: 'OE', Ü: 'UE', Å: 'AA', Ø: 'OE' };

function mrzWords(upper: string): string {
  return upper
    .replace(/[^\x00-\x7f]/g, (c) => LETTERS[c] ?? c)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    // Apostrophes are left out (N'DIAYE → NDIAYE); other marks between words become fillers.
    .replace(/['’‘ʼ`´]/g, '')
    .replace(/[^A-Z0-9]+/g, ' ')
    .trim();
}

/** The forms the zone may write a name in (capitals, no accents, words apart). */
export function mrzNameForms(name: string): string[] {
  const upper = name.normalize('NFC').toUpperCase();
  const plain = mrzWords(upper);
  const digraphs = mrzWords(upper.replace(/[ÄÖÜÅØ]/g, (c) => DIGRAPHS[c]!));
  return plain === digraphs ? [plain] : [plain, digraphs];
}

function compareName(field: MrzField, profile: string, mrz: string, mayBeTruncated: boolean): MrzComparison {
  if (profile.normalize('NFC').toUpperCase().replace(/\s+/g, ' ').trim() === mrz) return { field, mrz, profile, status: 'same' };
  const forms = mrzNameForms(profile);
  if (forms.includes(mrz)) return { field, mrz, profile, status: 'spelling', reason: 'transliterated' };
  if (mayBeTruncated && forms.some((f) => f.startsWith(mrz))) return { field, mrz, profile, status: 'spelling', reason: 'truncated' };
  return { field, mrz, profile, status: 'differs' };
}

const plainNumber = (s: string) => s.toUpperCase().replace(/[^A-Z0-9]/g, '');

/** Each field the zone gives, against what the holder's record says. */
export function compareWithMrz(holder: MrzHolder, values: MrzValues): MrzComparison[] {
  const recorded: Record<MrzField, string | undefined> = {
    surname: holder.surname,
    givenNames: holder.givenNames,
    birthDate: holder.birthDate,
    nationality: holder.nationality,
    sex: holder.sex,
    passportNumber: holder.passport?.number,
    expiryDate: holder.passport?.expiryDate,
    issuingCountry: holder.passport?.issuingCountry,
  };
  const out: MrzComparison[] = [];
  for (const field of MRZ_FIELDS) {
    const mrz = values[field];
    if (mrz === undefined || mrz === '') continue;
    const profile = recorded[field]?.trim();
    if (!profile) out.push({ field, mrz, status: 'absent' });
    else if (field === 'surname' || field === 'givenNames') out.push(compareName(field, profile, mrz, values.namesMayBeTruncated));
    else if (field === 'passportNumber') out.push({ field, mrz, profile, status: plainNumber(profile) === mrz ? 'same' : 'differs' });
    else out.push({ field, mrz, profile, status: profile === mrz ? 'same' : 'differs' });
  }
  return out;
}
