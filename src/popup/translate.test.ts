import { describe, expect, test } from 'vitest';
import { pickLang, plural, translate, type Catalog } from './translate';

const catalog: Catalog = {
  deleted: { message: '$NAME$ deleted ($COUNT$)', placeholders: { name: { content: '$1' }, count: { content: '$2' } } },
  price: { message: 'Costs $$5' },
  swapped: { message: '$B$ then $A$', placeholders: { a: { content: '$1' }, b: { content: '$2' } } },
};

describe('translate', () => {
  test('fills named placeholders from the substitutions, in their declared order', () => {
    expect(translate(catalog, 'deleted', ['Fatima', 2])).toBe('Fatima deleted (2)');
    expect(translate(catalog, 'swapped', ['first', 'second'])).toBe('second then first');
  });

  test('writes $$ as a dollar sign', () => {
    expect(translate(catalog, 'price')).toBe('Costs $5');
  });

  test('shows the key itself when a string is missing, so the gap is visible', () => {
    expect(translate(catalog, 'nope')).toBe('nope');
  });
});

describe('pickLang', () => {
  test.each([
    ['nl-BE', 'nl'],
    ['nl', 'nl'],
    ['fr-FR', 'fr'],
    ['fr_BE', 'fr'],
    ['en-GB', 'en'],
    ['de-DE', 'en'],
    ['', 'en'],
  ])('%s → %s', (ui, lang) => {
    expect(pickLang(ui)).toBe(lang);
  });
});

describe('plural', () => {
  test('French counts zero as singular; Dutch and English do not', () => {
    expect(plural('fr', 0, 'one', 'other')).toBe('one');
    expect(plural('en', 0, 'one', 'other')).toBe('other');
    expect(plural('nl', 1, 'one', 'other')).toBe('one');
    expect(plural('fr', 2, 'one', 'other')).toBe('other');
  });
});
