// Issue 11's bar for the field kinds added beyond spec/page-description.md's
// list: each is recognised on fixtures of at least two vendors and two
// languages, and each is written by an end-to-end fill from a complete case
// (tests/e2e/whole-forms.ts: the applicant's form from the complete marriage
// case, a child's from the complete family case; read back there from the
// page's own script).
// Where the public material does not show a field on a second vendor, or the
// case holds no value for it, the kind is named below with why; the lists
// must shrink as fixtures and cases grow, so a kind that meets the bar has to
// leave them.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WHOLE_FORMS } from '../e2e/whole-forms';
import { SHARED_DIR } from './shared';

const ROOT = resolve(__dirname, '../..');
const FIXTURES = join(ROOT, 'tests/fixtures');
const VENDORS = ['vfsglobal', 'tlscontact', 'visaonweb'];

/** Kinds seen on one vendor only, or on none: what the public material lacks (notes/vendor-pages.md; VowintVA in S17 idx:58014268708). */
const SHORT_OF_EVIDENCE: Record<string, string> = {
  addressBox: 'VisaOnWeb’s address (VowintAddress: Street, HouseNumber, City, PostalCode, CountryId) and TLScontact’s legacy fi_home_address[street|city|postcode] have no box',
  occupation: 'VisaOnWeb asks the occupation from a list (Personal_Data_OccupationId), read as occupationStatus; no free-text occupation in S15 or S17',
  employerAddress: 'VisaOnWeb and the legacy TLScontact form split the employer’s address; the one-line field is inferred on TLScontact only',
  employerHouseNumber: 'only VisaOnWeb’s VowintAddress has a house number; S15 shows fi_employer_address[street|city|postcode]',
  employerEmail: 'only VisaOnWeb’s VowintOccupation has an e-mail; Annex I field 22 and S15 ask none',
  region: 'only TLScontact asks the province (f_pers_province, S15, S22)',
  hostName: 'only TLScontact’s legacy form asks the host’s name on one line (f_trav_host_name, S15)',
  hostAddress: 'VisaOnWeb and the legacy TLScontact form split the host’s address; the one-line field is inferred on TLScontact only',
  hostHouseNumber: 'only VisaOnWeb’s VowintAddress has a house number; S15 shows f_trav_host_address[street|city|postcode]',
  hostBirthDate: 'no form shows the host’s birth date in one field (VisaOnWeb splits it into day, month and year selects)',
  hostBirthDay: 'only VisaOnWeb asks the host’s birth date (VowintReference.Person_BirthDate); Annex I field 30 does not',
  hostBirthMonth: 'only VisaOnWeb asks the host’s birth date (VowintReference.Person_BirthDate); Annex I field 30 does not',
  hostBirthYear: 'only VisaOnWeb asks the host’s birth date (VowintReference.Person_BirthDate); Annex I field 30 does not',
  parentAddress: 'VisaOnWeb splits the guardian’s address (Guardian_Parent1.Address as VowintAddress); the one-line field is inferred on TLScontact only',
};

/** Kinds no end-to-end fill writes, with why. */
const NOT_FILLED: Record<string, string> = {
  hostBirthDate: 'no fixture has the field',
};

function originalKinds(): Set<string> {
  const spec = readFileSync(join(SHARED_DIR, 'spec/page-description.md'), 'utf8');
  const line = spec.split('\n').find((l) => l.startsWith('- `kind` is one of'));
  if (!line) throw new Error('spec/page-description.md lists no kinds');
  return new Set(Array.from(line.matchAll(/`(\w+)`/g), (m) => m[1]!).filter((k) => k !== 'kind'));
}

function declaredKinds(): string[] {
  const types = readFileSync(join(ROOT, 'src/recognition/types.ts'), 'utf8');
  const union = /export type FieldKind =([\s\S]*?);\n/.exec(types)?.[1] ?? '';
  return Array.from(union.matchAll(/\|\s*'(\w+)'/g), (m) => m[1]!);
}

interface Seen {
  vendors: Set<string>;
  langs: Set<string>;
  fixtures: Set<string>;
}

function kindsOnFixtures(): Map<string, Seen> {
  const seen = new Map<string, Seen>();
  for (const vendor of VENDORS) {
    for (const file of readdirSync(join(FIXTURES, vendor)).filter((f) => f.endsWith('.expected.json'))) {
      const page = file.replace('.expected.json', '');
      const expected = JSON.parse(readFileSync(join(FIXTURES, vendor, file), 'utf8')) as { fields: { kind: string }[] };
      const html = readFileSync(join(FIXTURES, vendor, `${page}.html`), 'utf8');
      const lang = /<html[^>]*\slang="([a-z]{2})/i.exec(html)?.[1]?.toLowerCase();
      if (!lang) throw new Error(`${vendor}/${page} has no <html lang>`);
      for (const { kind } of expected.fields) {
        const entry = seen.get(kind) ?? { vendors: new Set(), langs: new Set(), fixtures: new Set() };
        entry.vendors.add(vendor);
        entry.langs.add(lang);
        entry.fixtures.add(`${vendor}/${page}`);
        seen.set(kind, entry);
      }
    }
  }
  return seen;
}

const ORIGINAL = originalKinds();
const NEW_KINDS = declaredKinds().filter((k) => !ORIGINAL.has(k));
const SEEN = kindsOnFixtures();

describe('the field kinds added for the whole application form', () => {
  it('are read from the type and the spec', () => {
    expect(ORIGINAL.has('surname') && ORIGINAL.has('address') && ORIGINAL.has('other')).toBe(true);
    expect(NEW_KINDS).toContain('maritalStatus');
    expect(NEW_KINDS).not.toContain('surname');
    for (const kind of [...Object.keys(SHORT_OF_EVIDENCE), ...Object.keys(NOT_FILLED)]) expect(NEW_KINDS, kind).toContain(kind);
  });

  it('are each recognised on fixtures of two vendors and two languages, but for those the material lacks', () => {
    const meets = (kind: string) => (SEEN.get(kind)?.vendors.size ?? 0) >= 2 && (SEEN.get(kind)?.langs.size ?? 0) >= 2;
    const short = NEW_KINDS.filter((k) => !meets(k)).map((k) => `${k}: ${[...(SEEN.get(k)?.fixtures ?? [])].join(', ') || 'no fixture'}`);
    expect(short.map((s) => s.split(':')[0])).toEqual(NEW_KINDS.filter((k) => k in SHORT_OF_EVIDENCE));
  });

  it('are each written by an end-to-end fill of a whole form from a complete case, but for those the case has no value for', () => {
    const filled = new Set<string>();
    for (const form of WHOLE_FORMS) {
      const [vendor, page] = form.name.split('/');
      const expected = JSON.parse(readFileSync(join(FIXTURES, vendor!, `${page}.expected.json`), 'utf8')) as { fields: { kind: string }[] };
      const left = new Set(form.skipped.map((s) => s.kind));
      for (const { kind } of expected.fields) if (!left.has(kind)) filled.add(kind);
    }
    expect(NEW_KINDS.filter((k) => !filled.has(k))).toEqual(NEW_KINDS.filter((k) => k in NOT_FILLED));
  });
});
