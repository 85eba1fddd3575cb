import { describe, expect, it } from 'vitest';
import { baseChild, baseMarriageCase, variant } from '../../tests/scenarios/base';
import { describeErrors, MAX_FILE_BYTES, parseCaseText, parseCaseValue, type ParseResult } from './parse';
import { MAX_TEXT } from './schema';

function errorsOf(result: ParseResult): string[] {
  if (result.ok) throw new Error('expected the case to be refused');
  return result.errors.map((e) => `${e.path}: ${e.message}`);
}

function minimal(): Record<string, any> {
  return { format: 'visa-case/1', caseType: 'marriage', applicant: { surname: 'El Amrani' } };
}

describe('parseCaseValue: a complete case', () => {
  it('accepts the base marriage case and the smallest case the format allows', () => {
    expect(parseCaseValue(baseMarriageCase()).ok).toBe(true);
    expect(parseCaseValue(minimal()).ok).toBe(true);
  });

  it('accepts a case with a child whose documents and payment follow the applicant shape', () => {
    const c = variant(baseMarriageCase(), (x) => {
      x.children = [{ ...baseChild(), payment: { amountPaid: 236, paidBy: 'applicant' } }];
    });
    expect(parseCaseValue(c).ok).toBe(true);
  });
});

describe('error paths and messages', () => {
  it('names the field and says the date does not exist', () => {
    const c = variant(baseMarriageCase(), (x) => (x.applicant.birthDate = '1990-02-30'));
    expect(errorsOf(parseCaseValue(c))).toEqual(['applicant.birthDate: 1990-02-30 is not a date (YYYY-MM-DD)']);
  });

  it('names array positions in the path', () => {
    const c = variant(baseMarriageCase(), (x) => {
      x.children = [baseChild(), { ...baseChild(), passport: { expiryDate: '2030-13-01' } }];
      x.sponsor.income.push({ kind: 'salary', monthlyNet: 100 });
    });
    expect(errorsOf(parseCaseValue(c))).toEqual([
      'sponsor.income[1].kind: must be one of "employment-permanent", "employment-temporary", "interim", "article-60", "self-employed", "pension", "unemployment", "unemployment-job-seeking", "leefloon", "social-assistance", "family-allowance", "waiting-allowance", "bridging-allowance", "rental", "other"',
      'children[1].passport.expiryDate: 2030-13-01 is not a date (YYYY-MM-DD)',
    ]);
  });

  it('says a required field is missing rather than that it has the wrong type', () => {
    expect(errorsOf(parseCaseValue({ format: 'visa-case/1' }))).toEqual(['caseType: is required', 'applicant: is required']);
    expect(errorsOf(parseCaseValue({ caseType: 'marriage', applicant: {} }))).toEqual(['format: is required ("visa-case/1")']);
    const noAmount = variant(minimal(), (x) => (x.sponsor = { income: [{ kind: 'pension' }] }));
    expect(errorsOf(parseCaseValue(noAmount))).toEqual(['sponsor.income[0].monthlyNet: is required']);
  });

  it('says what type a field must have when the value is of another type', () => {
    expect(errorsOf(parseCaseValue({ ...minimal(), applicant: 'El Amrani' }))).toEqual(['applicant: must be an object']);
    expect(errorsOf(parseCaseValue({ ...minimal(), children: {} }))).toEqual(['children: must be a list']);
    expect(errorsOf(parseCaseValue({ ...minimal(), applicant: { birthDate: 19900315 } }))).toEqual([
      'applicant.birthDate: must be a date written YYYY-MM-DD',
    ]);
    expect(errorsOf(parseCaseValue({ ...minimal(), payment: { amountPaid: '236' } }))).toEqual(['payment.amountPaid: must be a number']);
    expect(errorsOf(parseCaseValue({ ...minimal(), urgentProtectionRisk: 'yes' }))).toEqual(['urgentProtectionRisk: must be true or false']);
  });

  it('refuses negative amounts and impossible counts with the limit', () => {
    const c = variant(baseMarriageCase(), (x) => {
      x.documents.travelInsurance.coverEur = -1;
      x.sponsor.householdSize = 0;
    });
    expect(errorsOf(parseCaseValue(c))).toEqual([
      'sponsor.householdSize: must be at least 1',
      'documents.travelInsurance.coverEur: must be at least 0',
    ]);
  });

  it('refuses country and language codes that are not ISO codes', () => {
    const c = variant(baseMarriageCase(), (x) => {
      x.applicant.nationality = 'Morocco';
      x.documents.unmarriedCertificate.language = 'NL';
    });
    expect(errorsOf(parseCaseValue(c))).toEqual([
      'applicant.nationality: Morocco is not a two-letter country code (ISO 3166-1, XX for stateless)',
      'documents.unmarriedCertificate.language: NL is not a two-letter language code (ISO 639-1)',
    ]);
  });

  it('accepts XX for a stateless applicant', () => {
    expect(parseCaseValue(variant(minimal(), (x) => (x.applicant.nationality = 'XX'))).ok).toBe(true);
  });

  it('describes errors one per line as path: message', () => {
    expect(describeErrors([{ path: 'a.b', message: 'is wrong' }, { path: '(file)', message: 'is empty' }])).toBe('a.b: is wrong\n(file): is empty');
  });
});

describe('impossible dates', () => {
  const withBirth = (birthDate: string) => parseCaseValue(variant(minimal(), (x) => (x.applicant.birthDate = birthDate)));

  it.each([
    ['1990-02-30', false],
    ['1990-02-28', true],
    ['2025-04-31', false],
    ['2025-04-30', true],
    ['2023-02-29', false],
    ['2024-02-29', true],
    ['1900-02-29', false],
    ['2000-02-29', true],
    ['2025-00-10', false],
    ['2025-12-32', false],
    ['2025-12-31', true],
    ['2025-1-5', false],
    ['05/01/2025', false],
    ['2025-01-05T00:00:00Z', false],
  ])('%s accepted: %s', (date, accepted) => {
    const result = withBirth(date);
    expect(result.ok).toBe(accepted);
    if (!accepted) expect(errorsOf(result)).toEqual([`applicant.birthDate: ${date} is not a date (YYYY-MM-DD)`]);
  });
});

describe('unknown keys', () => {
  it('are kept at every level, so a round trip loses nothing', () => {
    const c = variant(baseMarriageCase(), (x) => {
      x.futureTopLevel = { nested: [1, 'two', { three: true }] };
      x.applicant.middleName = 'Zahra';
      x.applicant.passport.placeOfIssue = 'Rabat';
      x.sponsor.employer = 'Stad Antwerpen';
      x.sponsor.income[0].payslips = 12;
      x.sponsor.housing.rooms = 3;
      x.children = [{ ...baseChild(), school: 'Casablanca', documents: { ...baseChild().documents, vaccination: { date: '2024-01-01' } } }];
      x.documents.marriageDeclaration.municipality = 'Antwerpen';
      x.documents.travelInsurance.insurer = 'AXA';
      x.documents.photo = { date: '2025-02-01' };
      x.payment.bankReference = 'BE-123';
    });
    const parsed = parseCaseValue(c);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(JSON.parse(JSON.stringify(parsed.value))).toEqual(c);
    const again = parseCaseText(JSON.stringify(parsed.value));
    expect(again.ok && again.value).toEqual(c);
  });

  it('does not change the input object', () => {
    const c = baseMarriageCase();
    const before = structuredClone(c);
    parseCaseValue(c);
    expect(c).toEqual(before);
  });
});

describe('format versions', () => {
  it('refuses a newer major format with a message saying to update', () => {
    expect(errorsOf(parseCaseValue({ ...minimal(), format: 'visa-case/2' }))).toEqual([
      'format: visa-case/2 is a newer format than this version reads (visa-case/1); update the product to open it',
    ]);
    expect(errorsOf(parseCaseValue({ ...minimal(), format: 'visa-case/12.4' }))[0]).toMatch(/newer format/);
  });

  it('refuses a format string that is not this format', () => {
    expect(errorsOf(parseCaseValue({ ...minimal(), format: 'passport-case/1' }))).toEqual([
      'format: passport-case/1 is not a case file format (expected visa-case/1)',
    ]);
    expect(errorsOf(parseCaseValue({ ...minimal(), format: 'visa-case/0' }))).toEqual(['format: visa-case/0 is not a case file format (expected visa-case/1)']);
    expect(errorsOf(parseCaseValue({ ...minimal(), format: 1 }))).toEqual(['format: must be "visa-case/1"']);
  });

  it('keeps a long wrong format string out of the message', () => {
    const [message] = errorsOf(parseCaseValue({ ...minimal(), format: 'x'.repeat(10_000) }));
    expect(message!.length).toBeLessThan(120);
  });
});

describe('hostile files', () => {
  it.each(['__proto__', 'constructor', 'prototype'])('refuses the field name %s at any level', (key) => {
    const top = `{"format":"visa-case/1","caseType":"marriage","applicant":{},"${key}":{"polluted":true}}`;
    expect(errorsOf(parseCaseText(top))).toEqual([`${key}: is not allowed as a field name`]);
    const deep = `{"format":"visa-case/1","caseType":"marriage","applicant":{},"children":[{"passport":{"${key}":{"polluted":true}}}]}`;
    expect(errorsOf(parseCaseText(deep))).toEqual([`children[0].passport.${key}: is not allowed as a field name`]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses text longer than the limit and accepts text at the limit', () => {
    expect(parseCaseValue(variant(minimal(), (x) => (x.applicant.surname = 'a'.repeat(MAX_TEXT)))).ok).toBe(true);
    expect(errorsOf(parseCaseValue(variant(minimal(), (x) => (x.applicant.surname = 'a'.repeat(MAX_TEXT + 1)))))).toEqual([
      `applicant.surname: is longer than ${MAX_TEXT} characters`,
    ]);
  });

  it('applies the text limit to unknown fields too, at any depth, and to field names', () => {
    const long = 'a'.repeat(MAX_TEXT + 1);
    expect(parseCaseValue({ ...minimal(), notes: 'a'.repeat(MAX_TEXT), tags: ['a'.repeat(MAX_TEXT)] }).ok).toBe(true);
    expect(errorsOf(parseCaseValue({ ...minimal(), notes: long }))).toEqual([`notes: is longer than ${MAX_TEXT} characters`]);
    expect(errorsOf(parseCaseValue({ ...minimal(), applicant: { surname: 'x', future: { notes: [long] } } }))).toEqual([
      `applicant.future.notes[0]: is longer than ${MAX_TEXT} characters`,
    ]);
    expect(errorsOf(parseCaseValue({ ...minimal(), extra: { [long]: 1 } }))).toEqual([`extra: has a field name longer than ${MAX_TEXT} characters`]);
    // A valid case otherwise: the fast path refuses it too.
    expect(parseCaseValue({ ...baseMarriageCase(), payment: { ...baseMarriageCase().payment, note: long } }).ok).toBe(false);
  });

  it('refuses numbers JSON cannot write back, in known and unknown fields', () => {
    expect(errorsOf(parseCaseText('{"format":"visa-case/1","caseType":"marriage","applicant":{},"future":{"amount":1e309}}'))).toEqual([
      'future.amount: is a number too large to keep: JSON numbers go up to about 1.8e308',
    ]);
    expect(errorsOf(parseCaseText('{"format":"visa-case/1","caseType":"marriage","applicant":{},"list":[1,-1e400]}'))).toEqual([
      'list[1]: is a number too large to keep: JSON numbers go up to about 1.8e308',
    ]);
    expect(errorsOf(parseCaseText('{"format":"visa-case/1","caseType":"marriage","applicant":{},"payment":{"amountPaid":1e309}}'))).toEqual([
      'payment.amountPaid: is a number too large to keep: JSON numbers go up to about 1.8e308',
    ]);
    expect(parseCaseText('{"format":"visa-case/1","caseType":"marriage","applicant":{},"future":1.7976931348623157e308}').ok).toBe(true);
  });

  it('refuses a file larger than the limit before decoding it', () => {
    const huge = JSON.stringify({ ...minimal(), notes: 'x'.repeat(MAX_FILE_BYTES) });
    expect(errorsOf(parseCaseText(huge))).toEqual(['(file): is larger than 1 MB; a case file is a few kilobytes']);
  });

  it('refuses deep nesting without running out of stack', () => {
    let deep: Record<string, unknown> = {};
    for (let i = 0; i < 100_000; i++) deep = { a: deep };
    const [message] = errorsOf(parseCaseValue({ ...minimal(), extra: deep }));
    expect(message).toMatch(/^extra(\.a)+: is nested deeper than 12 levels$/);
    const text = `{"format":"visa-case/1","caseType":"marriage","applicant":{},"extra":${'['.repeat(5000)}${']'.repeat(5000)}}`;
    expect(errorsOf(parseCaseText(text))[0]).toMatch(/^extra(\[0\])+: is nested deeper than 12 levels$/);
  });

  it('counts a plain value as a level too: twelve levels pass, thirteen do not', () => {
    const nested = (levels: number): unknown => (levels === 1 ? 'x' : { a: nested(levels - 1) });
    expect(parseCaseValue({ ...minimal(), extra: nested(12) }).ok).toBe(true);
    expect(errorsOf(parseCaseValue({ ...minimal(), extra: nested(13) }))).toEqual([`extra${'.a'.repeat(12)}: is nested deeper than 12 levels`]);
  });

  it('accepts the nesting a real case needs', () => {
    const c = variant(baseMarriageCase(), (x) => (x.children = [{ ...baseChild(), documents: { travelInsurance: { extra: { note: 'ok' } } } }]));
    expect(parseCaseValue(c).ok).toBe(true);
  });
});

describe('what is not a case', () => {
  it.each([
    ['[]', 'is not a case: expected a JSON object'],
    ['null', 'is not a case: expected a JSON object'],
    ['42', 'is not a case: expected a JSON object'],
    ['"visa-case/1"', 'is not a case: expected a JSON object'],
  ])('%s', (text, message) => {
    expect(errorsOf(parseCaseText(text))).toEqual([`(file): ${message}`]);
  });

  it('says when the text is not JSON at all', () => {
    expect(errorsOf(parseCaseText('{"format": "visa-case/1",'))[0]).toMatch(/^\(file\): is not valid JSON \(/);
    expect(errorsOf(parseCaseText(''))[0]).toMatch(/^\(file\): is not valid JSON/);
  });

  it('reads a file saved with a byte order mark', () => {
    expect(parseCaseText(`\uFEFF${JSON.stringify(minimal())}`).ok).toBe(true);
  });
});
