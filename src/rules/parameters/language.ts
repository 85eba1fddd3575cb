// Languages of civil-status documents and of municipalities. Parameters.md, "Municipality language"; seed 004.
import { constant } from './parameter';

/** Documents in other languages need a sworn translation for the visa file. */
export const acceptedDocumentLanguages = constant('documents.acceptedLanguages', ['nl', 'fr', 'de', 'en'] as const, '004_9926838b41b19a4c.txt');

/** Postal-code ranges and the language(s) the municipality uses (Belgian language laws). */
export const municipalityLanguages = constant(
  'municipality.languages',
  [
    { from: 1000, to: 1299, languages: ['nl', 'fr'] },
    { from: 1300, to: 1499, languages: ['fr'] },
    { from: 1500, to: 3999, languages: ['nl'] },
    { from: 4000, to: 4699, languages: ['fr'] },
    { from: 4700, to: 4791, languages: ['de'] },
    { from: 4792, to: 7999, languages: ['fr'] },
    { from: 8000, to: 9999, languages: ['nl'] },
  ] as const,
  'parameters.md (municipality language); bpost postal-code areas',
);
