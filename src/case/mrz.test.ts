import { describe, expect, it } from 'vitest';
import { EL_AMRANI, icaoCheckDigit, td3, wrongDigit } from '../../tests/mrz-lines';
import { baseMarriageCase, variant } from '../../tests/scenarios/base';
import { compareWithMrz, countryOfIcaoCode, mrzNameForms, readMrz } from './mrz';
import { parseCaseValue } from './parse';

const ON = '2025-03-10';

describe('readMrz', () => {
  it('reads every field of a passport zone', () => {
    const r = readMrz(EL_AMRANI, ON);
    expect(r.problems).toEqual([]);
    expect(r.valid).toBe(true);
    expect(r.values).toEqual({
      surname: 'EL AMRANI',
      givenNames: 'FATIMA ZAHRA',
      nationality: 'MA',
      issuingCountry: 'MA',
      birthDate: '1990-03-15',
      sex: 'F',
      passportNumber: 'AB1234567',
      expiryDate: '2031-05-01',
      namesMayBeTruncated: false,
      noCountry: [],
    });
  });

  it('accepts lower case, spaces and a blank line between the lines, as pasted', () => {
    const [l1, l2] = EL_AMRANI.split('\n');
    const r = readMrz(`  ${l1!.toLowerCase()}\r\n\r\n${l2!.slice(0, 20)} ${l2!.slice(20)}\n`, ON);
    expect(r.valid).toBe(true);
    expect(r.lines).toBe(EL_AMRANI);
  });

  // ICAO 9303 part 4: check digits at positions 10, 20, 28, 43 and 44 of line 2.
  it.each([
    [9, 'documentNumber', 'AB1234567'],
    [19, 'birthDate', '900315'],
    [27, 'expiryDate', '310501'],
    [42, 'personalNumber', '<<<<<<<<<<<<<<'],
  ] as const)('names the part whose check digit at line 2 position %i is wrong', (position, part, value) => {
    const lines = wrongDigit(EL_AMRANI, position);
    const r = readMrz(lines, ON);
    expect(r.valid).toBe(false);
    const good = EL_AMRANI.split('\n')[1]![position]!;
    expect(r.problems[0]).toEqual({ code: 'checkDigit', part, value, expected: good, found: lines.split('\n')[1]![position] });
    // The composite digit covers the other digits too, so it fails alongside.
    expect(r.problems.map((p) => ('part' in p ? p.part : p.code))).toEqual([part, 'composite']);
  });

  it('names the composite check digit when only it is wrong', () => {
    const lines = wrongDigit(EL_AMRANI, 43);
    const r = readMrz(lines, ON);
    expect(r.problems).toEqual([expect.objectContaining({ code: 'checkDigit', part: 'composite', expected: EL_AMRANI.split('\n')[1]![43], found: lines.split('\n')[1]![43] })]);
  });

  it('says which digits give which check digit, as the message words it', () => {
    const r = readMrz(wrongDigit(EL_AMRANI, 19), ON);
    expect(r.problems[0]).toMatchObject({ part: 'birthDate', value: '900315', expected: icaoCheckDigit('900315') });
  });

  it('still reads the values of a zone with a wrong digit', () => {
    expect(readMrz(wrongDigit(EL_AMRANI, 43), ON).values.surname).toBe('EL AMRANI');
  });

  it('turns fillers into spaces in compound names', () => {
    const r = readMrz(td3({ surname: 'DOS SANTOS PEREIRA', givenNames: 'ANA-LUISA', number: 'X1', nationality: 'BRA', issuing: 'BRA', birth: '850101', expiry: '300101' }), ON);
    expect(r.values).toMatchObject({ surname: 'DOS SANTOS PEREIRA', givenNames: 'ANA LUISA', passportNumber: 'X1', nationality: 'BR', namesMayBeTruncated: false });
  });

  it('knows names that fill the line to its end may be cut short', () => {
    const r = readMrz(td3({ surname: 'WOLFESCHLEGELSTEINHAUSENBERGER', givenNames: 'HUBERTUS BLAINE', number: 'C01X00T47', issuing: 'D', nationality: 'D', birth: '640812', expiry: '270228' }), ON);
    expect(r.valid).toBe(true);
    expect(r.values).toMatchObject({ surname: 'WOLFESCHLEGELSTEINHAUSENBERGER', givenNames: 'HUBERTU', namesMayBeTruncated: true, nationality: 'DE' });
  });

  it('refuses lines of the wrong length or with other characters, saying where', () => {
    const [l1, l2] = EL_AMRANI.split('\n') as [string, string];
    expect(readMrz(`${l1}\n${l2.slice(0, 40)}`, ON).problems).toEqual([{ code: 'length', line: 2, length: 40 }]);
    expect(readMrz(`${l1.slice(0, 10)}-${l1.slice(11)}\n${l2}`, ON).problems).toEqual([{ code: 'character', line: 1, position: 11, character: '-' }]);
    expect(readMrz(l1, ON).problems).toEqual([{ code: 'lineCount', count: 1 }]);
    expect(readMrz(`I${l1.slice(1)}\n${l2}`, ON).problems).toEqual([{ code: 'notPassport', value: 'I<' }]);
  });

  it('gives a birth year around the century boundary its century from the application date', () => {
    const born = (birth: string, on: string) => readMrz(td3({ surname: 'A', givenNames: 'B', number: '1', birth, expiry: '300101' }), on).values.birthDate;
    expect(born('991231', ON)).toBe('1999-12-31');
    expect(born('000101', ON)).toBe('2000-01-01');
    expect(born('250310', ON)).toBe('2025-03-10');
    expect(born('250311', ON)).toBe('1925-03-11');
    expect(born('250311', '2025-03-11')).toBe('2025-03-11');
  });

  it('puts an expiry ahead, or in the past when the passport has expired', () => {
    const expires = (expiry: string) => readMrz(td3({ surname: 'A', givenNames: 'B', number: '1', birth: '900101', expiry }), ON).values.expiryDate;
    expect(expires('230101')).toBe('2023-01-01');
    expect(expires('350101')).toBe('2035-01-01');
    expect(expires('741231')).toBe('2074-12-31');
    expect(expires('751231')).toBe('2075-12-31');
    expect(expires('761231')).toBe('1976-12-31');
  });

  it('refuses a date that does not exist', () => {
    const r = readMrz(td3({ surname: 'A', givenNames: 'B', number: '1', birth: '900230', expiry: '300101' }), ON);
    expect(r.problems).toContainEqual({ code: 'invalid', part: 'birthDate', value: '900230' });
    expect(r.values.birthDate).toBeUndefined();
  });
});

describe('countryOfIcaoCode', () => {
  it.each([
    ['MAR', 'MA'],
    ['D<<', 'DE'],
    ['GBR', 'GB'],
    ['GBD', 'GB'],
    ['GBN', 'GB'],
    ['GBO', 'GB'],
    ['GBP', 'GB'],
    ['GBS', 'GB'],
    ['RKS', 'XK'],
    ['UNK', 'XK'],
    ['XXA', 'XX'],
    ['XXB', 'XX'],
    ['XXC', 'XX'],
    ['XXX', 'XX'],
    ['UNO', null],
    ['UNA', null],
    ['EUE', null],
    ['UTO', undefined],
  ])('%s → %s', (icao, iso) => expect(countryOfIcaoCode(icao)).toBe(iso));

  it('reads a stateless holder and a laissez-passer of the United Nations', () => {
    const r = readMrz(td3({ issuing: 'UNO', surname: 'A', givenNames: 'B', number: '1', nationality: 'XXA', birth: '900101', expiry: '300101' }), ON);
    expect(r.valid).toBe(true);
    expect(r.values.nationality).toBe('XX');
    expect(r.values.issuingCountry).toBeUndefined();
    expect(r.values.noCountry).toEqual([{ part: 'issuingState', code: 'UNO' }]);
  });

  it('reports a code that is no country', () => {
    const r = readMrz(td3({ surname: 'A', givenNames: 'B', number: '1', nationality: 'UTO', birth: '900101', expiry: '300101' }), ON);
    expect(r.problems).toEqual([{ code: 'invalid', part: 'nationality', value: 'UTO' }]);
  });
});

describe('compareWithMrz', () => {
  const müller = readMrz(td3({ issuing: 'D', nationality: 'D', surname: 'MUELLER', givenNames: 'JOERG', number: 'C01X00T47', birth: '640812', expiry: '270228' }), ON).values;

  it('keeps the accented visual-zone spelling the zone transliterates', () => {
    const r = compareWithMrz({ surname: 'Müller', givenNames: 'Jörg' }, müller);
    expect(r.filter((c) => c.field === 'surname' || c.field === 'givenNames')).toEqual([
      { field: 'surname', mrz: 'MUELLER', profile: 'Müller', status: 'spelling', reason: 'transliterated' },
      { field: 'givenNames', mrz: 'JOERG', profile: 'Jörg', status: 'spelling', reason: 'transliterated' },
    ]);
  });

  it('proposes every field the record lacks and finds the ones that differ', () => {
    const r = compareWithMrz({ surname: 'Mueller', birthDate: '1964-08-13', passport: { number: 'c01x 00t47' } }, müller);
    expect(Object.fromEntries(r.map((c) => [c.field, c.status]))).toEqual({
      surname: 'same',
      givenNames: 'absent',
      birthDate: 'differs',
      nationality: 'absent',
      sex: 'absent',
      passportNumber: 'same',
      expiryDate: 'absent',
      issuingCountry: 'absent',
    });
  });

  it('keeps given names the zone cut short', () => {
    const long = readMrz(td3({ surname: 'WOLFESCHLEGELSTEINHAUSENBERGER', givenNames: 'HUBERTUS BLAINE', number: '1', birth: '640812', expiry: '270228' }), ON).values;
    expect(compareWithMrz({ givenNames: 'Hubertus Blaine' }, long)[1]).toMatchObject({ field: 'givenNames', status: 'spelling', reason: 'truncated' });
    expect(compareWithMrz({ givenNames: 'Herbert' }, long)[1]).toMatchObject({ field: 'givenNames', status: 'differs' });
  });

  it('calls another name a difference, not a spelling', () => {
    expect(compareWithMrz({ surname: 'Müllner' }, müller)[0]).toMatchObject({ status: 'differs', mrz: 'MUELLER' });
  });

  it('reads apostrophes and hyphens as the zone writes them', () => {
    const v = readMrz(td3({ surname: 'NDIAYE', givenNames: 'ANNE MARIE', number: '1', nationality: 'SEN', birth: '900101', expiry: '300101' }), ON).values;
    expect(compareWithMrz({ surname: "N'Diaye", givenNames: 'Anne-Marie' }, v).map((c) => c.status).slice(0, 2)).toEqual(['spelling', 'spelling']);
  });
});

describe('passport.mrz in the case format', () => {
  it('keeps the two lines of a case file', () => {
    const r = parseCaseValue(variant(baseMarriageCase(), (c) => (c.applicant.passport.mrz = EL_AMRANI)));
    expect(r.ok && r.value.applicant.passport?.mrz).toBe(EL_AMRANI);
  });

  it('refuses anything but two lines of 44 characters, naming the field', () => {
    for (const mrz of [EL_AMRANI.replace('\n', ''), EL_AMRANI.toLowerCase(), `${EL_AMRANI}<`]) {
      const r = parseCaseValue(variant(baseMarriageCase(), (c) => (c.applicant.passport.mrz = mrz)));
      expect(r.ok ? [] : r.errors.map((e) => e.path)).toEqual(['applicant.passport.mrz']);
    }
  });
});

describe('mrzNameForms', () => {
  it.each([
    ['Müller', ['MULLER', 'MUELLER']],
    ['Łukasz Żółć', ['LUKASZ ZOLC']],
    ['Øyvind Ærø', ['OYVIND AERO', 'OEYVIND AEROE']],
    ['Straße', ['STRASSE']],
    ["N'Diaye-Sow", ['NDIAYE SOW']],
    ['Þórður Đorđević', ['THORDUR DORDEVIC']],
    ['Ağaoğlu Yılmaz', ['AGAOGLU YILMAZ']],
  ])('%s → %j', (name, forms) => expect(mrzNameForms(name)).toEqual(forms));
});
