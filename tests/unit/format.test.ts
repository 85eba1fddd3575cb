import { describe, expect, it } from 'vitest';
import { dateFormatFromHint, formatDate, formatForField, formatPhone, matchOption, readBack, readDate, samePhone, splitPhone } from '../../src/recognition/format';
import { countryCodeOf } from '../../src/recognition/countries';

describe('date formats a page states', () => {
  it.each([
    ['dd/mm/yyyy', 'dd/mm/yyyy'],
    ['JJ/MM/AAAA', 'dd/mm/yyyy'],
    ['DD-MM-JJJJ', 'dd-mm-yyyy'],
    ['dd.mm.jjjj', 'dd.mm.yyyy'],
    ['mm/dd/yyyy', 'mm/dd/yyyy'],
    ['MM/DD/YYYY', 'mm/dd/yyyy'],
    ['YYYY-MM-DD', 'yyyy-mm-dd'],
    ['Date (dd/mm/yyyy)', 'dd/mm/yyyy'],
    ['Please select the date', null],
    ['44', null],
  ])('%s → %s', (hint, format) => {
    expect(dateFormatFromHint(hint)).toBe(format);
  });
});

describe('writing and reading dates', () => {
  it('writes a profile date in each format', () => {
    expect(['dd/mm/yyyy', 'yyyy-mm-dd', 'dd.mm.yyyy', 'dd-mm-yyyy', 'mm/dd/yyyy'].map((f) => formatDate('1990-03-05', f as never))).toEqual(['05/03/1990', '1990-03-05', '05.03.1990', '05-03-1990', '03/05/1990']);
  });

  it.each([
    ['15/03/1990', undefined, '1990-03-15'],
    ['15.03.1990', undefined, '1990-03-15'],
    ['15-3-1990', undefined, '1990-03-15'],
    ['1990-03-15', 'mm/dd/yyyy', '1990-03-15'],
    ['15031990', undefined, '1990-03-15'],
    ['03/15/1990', 'mm/dd/yyyy', '1990-03-15'],
    // A first number above 12 cannot be a month, whatever the page says.
    ['15/03/1990', 'mm/dd/yyyy', '1990-03-15'],
    // A second number above 12 cannot be a month either.
    ['03/15/1990', undefined, '1990-03-15'],
    // Ambiguous: the page's format decides, day first by default.
    ['03/04/1990', 'mm/dd/yyyy', '1990-03-04'],
    ['03/04/1990', 'dd/mm/yyyy', '1990-04-03'],
    ['03/04/1990', undefined, '1990-04-03'],
    ['29/02/1990', undefined, null],
    ['29/02/1992', undefined, '1992-02-29'],
    ['31/04/1990', undefined, null],
    ['02//0/6/1995', undefined, null],
    ['', undefined, null],
  ] as const)('%s (%s) → %s', (text, format, iso) => {
    expect(readDate(text, format)).toBe(iso);
  });

  it('round-trips every format', () => {
    for (const f of ['dd/mm/yyyy', 'yyyy-mm-dd', 'dd.mm.yyyy', 'dd-mm-yyyy', 'mm/dd/yyyy'] as const) {
      for (const iso of ['1990-03-04', '2031-12-31', '2000-01-01']) expect(readDate(formatDate(iso, f), f)).toBe(iso);
    }
  });
});

describe('phone numbers', () => {
  it('splits the country calling code (E.164: 1 and 7 one digit, a fixed set two, the rest three)', () => {
    expect(splitPhone('+212600000000')).toEqual({ countryCode: '212', national: '600000000' });
    expect(splitPhone('+32 470 12 34 56')).toEqual({ countryCode: '32', national: '470123456' });
    expect(splitPhone('0032 (0)470 12 34 56')).toEqual({ countryCode: '32', national: '470123456' });
    expect(splitPhone('+1 202 555 0100')).toEqual({ countryCode: '1', national: '2025550100' });
    expect(splitPhone('+90 532 000 0000')).toEqual({ countryCode: '90', national: '5320000000' });
    expect(splitPhone('+243 81 000 0000')).toEqual({ countryCode: '243', national: '810000000' });
    expect(splitPhone('0470123456')).toBeNull();
  });

  it('writes the number as the field wants it', () => {
    expect(formatPhone('+212600000000', 'phoneCountryCode', { placeholder: '44' })).toBe('212');
    expect(formatPhone('+212600000000', 'phoneCountryCode', { placeholder: '+44' })).toBe('+212');
    expect(formatPhone('+212600000000', 'phone', { placeholder: '012345648382' }, true)).toBe('600000000');
    expect(formatPhone('+212600000000', 'phone', { placeholder: '0032…' })).toBe('00212600000000');
    expect(formatPhone('+212 600 000 000', 'phone', {})).toBe('+212600000000');
  });

  it('compares numbers written differently', () => {
    expect(samePhone('+212600000000', '00212 600 000 000')).toBe(true);
    expect(samePhone('+212600000000', '0600000000')).toBe(true);
    expect(samePhone('+212600000000', '+212600000001')).toBe(false);
    expect(samePhone('+212600000000', '+213600000000')).toBe(false);
  });
});

describe('choosing options', () => {
  const vfsNationalities = ['Select', 'BELGIUM', 'BRITISH INDIAN OCEAN TERRITORY', 'DEMOCRATIC REPUBLIC OF CONGO', 'CONGO', 'INDIA', 'MOROCCO', 'RUSSIAN FEDERATION', 'Turkiye'].map((t) => ({ value: '', text: t }));

  it('finds countries by whole name, never by a part of a longer one', () => {
    const pick = (code: string) => vfsNationalities[matchOption(vfsNationalities, 'nationality', code)]?.text;
    expect(pick('IN')).toBe('INDIA');
    expect(pick('CD')).toBe('DEMOCRATIC REPUBLIC OF CONGO');
    expect(pick('CG')).toBe('CONGO');
    expect(pick('RU')).toBe('RUSSIAN FEDERATION');
    expect(pick('TR')).toBe('Turkiye');
    expect(pick('FR')).toBeUndefined();
  });

  it('finds countries by lower-case ISO code values (TLS) and by Dutch or French names', () => {
    expect(matchOption([{ value: 'hr', text: 'Croatia' }, { value: 'ma', text: 'Morocco' }], 'nationality', 'MA')).toBe(1);
    expect(matchOption([{ value: '32', text: 'België' }, { value: '151', text: 'Marokko' }], 'nationality', 'MA')).toBe(1);
    expect(matchOption([{ value: '1', text: 'Belgique' }, { value: '2', text: 'Maroc' }], 'nationality', 'MA')).toBe(1);
  });

  it('finds sex, date parts and dial codes', () => {
    const sexes = [{ value: '', text: '-- Kies --' }, { value: '1', text: 'Man' }, { value: '2', text: 'Vrouw' }];
    expect(matchOption(sexes, 'sex', 'F')).toBe(2);
    expect(matchOption([{ value: 'M', text: 'Male' }, { value: 'F', text: 'Female' }], 'sex', 'M')).toBe(0);
    const days = [{ value: '00', text: 'XX' }, ...Array.from({ length: 31 }, (_, i) => ({ value: String(i + 1).padStart(2, '0'), text: String(i + 1).padStart(2, '0') }))];
    expect(matchOption(days, 'birthDay', '5')).toBe(5);
    expect(matchOption([{ value: 'a', text: 'janvier' }, { value: 'b', text: 'mars' }], 'birthMonth', '3')).toBe(1);
    expect(matchOption([{ value: 'x', text: 'United Kingdom (+44)' }, { value: 'y', text: 'Morocco (+212)' }], 'phoneCountryCode', '212')).toBe(1);
  });

  it('gives the option to choose or the text to type', () => {
    expect(formatForField('birthDate', '1990-03-15', { placeholder: 'mm/dd/yyyy' })).toEqual({ text: '03/15/1990' });
    expect(formatForField('birthDate', '1990-03-15', { type: 'date' })).toEqual({ text: '1990-03-15' });
    expect(formatForField('passportExpiryDate', '2031-05-01', { dateFormat: 'dd/mm/yyyy' })).toEqual({ text: '01/05/2031' });
    expect(formatForField('nationality', 'MA', { options: [{ value: '', text: 'Select' }, { value: 'ma', text: 'Maroc' }] })).toEqual({ option: 1 });
    expect(formatForField('nationality', 'XK', { options: [{ value: 'ma', text: 'Maroc' }] })).toBeNull();
  });
});

describe('reading page values back', () => {
  it.each([
    ['birthDate', '15/03/1990', null, '1990-03-15'],
    ['birthDate', '03/15/1990', 'mm/dd/yyyy', '1990-03-15'],
    ['nationality', 'MAROKKO', null, 'MA'],
    ['nationality', 'République démocratique du Congo', null, 'CD'],
    ['nationality', 'Stateless', null, 'XX'],
    ['nationality', 'Atlantis', null, null],
    ['sex', 'Vrouw', null, 'F'],
    ['sex', 'Homme', null, 'M'],
    ['birthMonth', 'maart', null, '03'],
    ['birthDay', '5', null, '05'],
    ['passportNumber', ' ab 123 4567 ', null, 'AB1234567'],
    ['phoneCountryCode', '+212', null, '212'],
  ] as const)('%s "%s" → %s', (kind, value, format, expected) => {
    expect(readBack(kind, value, format)).toBe(expected);
  });

  it('reads country names in all three languages', () => {
    expect(['Belgium', 'Belgique', 'België', 'BELGIUM', 'be'].map((n) => countryCodeOf(n))).toEqual(['BE', 'BE', 'BE', 'BE', 'BE']);
  });
});
