// Which kind of field a caption or an identifier names, and whose section a
// title announces, from the words of vocabulary.ts. The content script is
// handed those words by the background once per page (recognition asks
// `{ ask: 'vocabulary' }`), so it carries the logic here and not the word
// lists; until then, and if none comes, nothing is named.
import type { FieldKind } from './types';
import type { Context, LabelLang, Vocabulary } from './vocabulary';

type Pattern = readonly [FieldKind, RegExp];

interface Compiled {
  identifiers: readonly Pattern[];
  labels: Readonly<Record<LabelLang, readonly Pattern[]>>;
  contexts: readonly (readonly [Context, RegExp])[];
}

let compiled: Compiled | null = null;

/** Identifiers split into lower-case words joined by `_`: `passportExpirtyDate` → `passport_expirty_date`. */
export function identifierWords(identifier: string): string {
  return identifier
    .replace(/^VA\./, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
}

/** Takes the words recognition reads from now on; answers remembered for earlier words are dropped. */
export function useVocabulary(vocabulary: Vocabulary): void {
  const labels = (list: Vocabulary['labels'][LabelLang]) => list.map(([kind, source]): Pattern => [kind, new RegExp(source)]);
  compiled = {
    // Each alternative is a whole run of words: `tel` is not inside `hotel`.
    identifiers: vocabulary.identifiers.map(([kind, words]): Pattern => [kind, new RegExp(`(^|_)(${words})(_|$)`)]),
    labels: { en: labels(vocabulary.labels.en), fr: labels(vocabulary.labels.fr), nl: labels(vocabulary.labels.nl), de: labels(vocabulary.labels.de) },
    contexts: vocabulary.contexts.map(([context, source]) => [context, new RegExp(source)] as const),
  };
  labelReaders.clear();
  identifiers.read = remembered(identifierKind);
}

export function hasVocabulary(): boolean {
  return compiled !== null;
}

/** The section a caption or an identifier (as words, `_` read as spaces) names, if it is about someone other than the applicant. */
export function contextOf(text: string): Context | null {
  const normal = normaliseLabel(text);
  for (const [context, pattern] of compiled?.contexts ?? []) if (pattern.test(normal)) return context;
  return null;
}

const IN_CONTEXT: Record<Context, Partial<Record<FieldKind | 'named', FieldKind>>> = {
  host: { named: 'hostName', fullName: 'hostName', surname: 'hostSurname', givenNames: 'hostGivenNames', address: 'hostAddress', street: 'hostStreet', houseNumber: 'hostHouseNumber', postalCode: 'hostPostalCode', city: 'hostCity', phone: 'hostPhone', email: 'hostEmail', nationality: 'hostNationality', birthDate: 'hostBirthDate' },
  employer: { named: 'employerName', fullName: 'employerName', surname: 'employerName', address: 'employerAddress', street: 'employerStreet', houseNumber: 'employerHouseNumber', postalCode: 'employerPostalCode', city: 'employerCity', addressCountry: 'employerCountry', phone: 'employerPhone', email: 'employerEmail' },
  parent: { surname: 'parentSurname', givenNames: 'parentGivenNames', address: 'parentAddress', nationality: 'parentNationality' },
  residence: { named: 'residencePermitNumber', residencePermitNumber: 'residencePermitNumber', passportNumber: 'residencePermitNumber', passportExpiryDate: 'residencePermitValidUntil', residencePermitValidUntil: 'residencePermitValidUntil' },
};

/**
 * The kind of a field in a section about someone else: the host's street, not
 * the applicant's. `named` is true when the field's own caption names the
 * section ("Employer", "Name of the host"): then a caption that says nothing
 * more is that one's name. Whatever else such a section asks is not the
 * applicant's to fill (`other`); null stays null.
 */
export function inContext(context: Context, kind: FieldKind | null, named: boolean): FieldKind | null {
  const key = kind ?? (named ? 'named' : null);
  return key === null ? null : (IN_CONTEXT[context][key] ?? 'other');
}

/**
 * Answers of a pure function of one string, kept between recognition runs: a
 * single-page app re-renders the same captions and identifiers, and each
 * answer costs up to fifty regular expressions. Emptied when it grows past
 * what any form holds.
 */
function remembered<T>(compute: (key: string) => T): (key: string) => T {
  const known = new Map<string, T>();
  return (key) => {
    const hit = known.get(key);
    if (hit !== undefined || known.has(key)) return hit as T;
    if (known.size >= 20_000) known.clear();
    const value = compute(key);
    known.set(key, value);
    return value;
  };
}

/** What a caption says: lower case, no diacritics, punctuation as spaces; remembered, as placeholders and radio captions are read on every run. */
export const normaliseLabel = remembered((text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim(),
);

function kindOfNormalLabel(normal: string, langs: readonly LabelLang[]): FieldKind | null {
  if (normal === '' || !compiled) return null;
  let kind: FieldKind | null = null;
  for (const lang of langs) {
    for (const [k, pattern] of compiled.labels[lang]) if (pattern.test(normal)) { kind = k; break; }
    if (kind) break;
  }
  for (const [context, pattern] of compiled.contexts) if (pattern.test(normal)) return inContext(context, kind, true);
  return kind;
}

const labelReaders = new Map<string, (text: string) => FieldKind | null>();

/** `kindOfLabel` for one order of languages, remembered: recognition asks it for every caption of a page. */
export function labelReader(langs: readonly LabelLang[]): (text: string) => FieldKind | null {
  const key = langs.join();
  let read = labelReaders.get(key);
  if (!read) {
    const order = [...langs];
    read = remembered((text) => kindOfNormalLabel(normaliseLabel(text), order));
    labelReaders.set(key, read);
  }
  return read;
}

/** The kind a caption names, trying the page's language first. */
export function kindOfLabel(text: string, langs: readonly LabelLang[]): FieldKind | null {
  return labelReader(langs)(text);
}

function identifierKind(identifier: string): FieldKind | null {
  const words = identifierWords(identifier);
  if (words === '' || !compiled) return null;
  let kind: FieldKind | null = null;
  for (const [k, pattern] of compiled.identifiers) if (pattern.test(words)) { kind = k; break; }
  // `f_trav_host_name`, `fi_employer_address[street]`, `fi_minor_parent_surname` (TLScontact's legacy form, S15).
  const context = contextOf(words.replace(/_/g, ' '));
  if (!context) return kind;
  return inContext(context, kind ?? (/(^|_)name$/.test(words) ? 'fullName' : null), false);
}

const identifiers = { read: remembered(identifierKind) };

/** The kind an identifier (`name`, `id`, `ng-model`…) names. */
export function kindOfIdentifier(identifier: string): FieldKind | null {
  return identifiers.read(identifier);
}
