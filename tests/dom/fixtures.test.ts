// @vitest-environment happy-dom
// Every fixture page: its site, page type and field kinds come out exactly as its
// `.expected.json` says, one line per field so that a difference reads as a diff.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recogniseFields } from '../../src/recognition/fields';
import { resolveSelector } from '../../src/recognition/selector';
import { recognisePage, recogniseSite } from '../../src/recognition/site';
import { VENDORS } from '../../src/recognition/vendors';
import { FIXTURES, loadHtml, readFixture } from './load-fixture';

interface Expected {
  url: string;
  site: string | null;
  pageType: string | null;
  fields: { selector: string; kind: string }[];
}

const FOLDERS = ['vfsglobal', 'tlscontact', 'visaonweb', 'hostile'];
const cases = FOLDERS.flatMap((folder) =>
  readdirSync(join(FIXTURES, folder))
    .filter((f) => f.endsWith('.expected.json'))
    .map((f) => ({ folder, page: f.replace('.expected.json', ''), expected: JSON.parse(readFixture(join(folder, f))) as Expected })),
);

function describeFixture(folder: string, page: string, expected: Expected) {
  const html = readFixture(join(folder, `${page}.html`));
  const { document } = loadHtml(html, expected.url, { scripts: page === 'listening-script' });
  const site = recogniseSite(expected.url);
  const pageType = recognisePage(expected.url, document);
  const fields = site ? recogniseFields(document, { site }) : [];
  return { html, document, site, pageType, fields };
}

describe('fixture pages', () => {
  it('has fixtures for every vendor', () => {
    expect(cases.length).toBeGreaterThanOrEqual(15);
  });

  for (const { folder, page, expected } of cases) {
    it(`${folder}/${page}: site, page type and fields`, () => {
      const got = describeFixture(folder, page, expected);
      expect(got.html.trimStart().startsWith('<!--')).toBe(true);
      expect(got.html.slice(0, got.html.indexOf('-->'))).toMatch(folder === 'hostile' ? /Hostile|sources/i : /Sources/);
      expect(got.site).toBe(expected.site);
      expect(got.pageType).toBe(expected.pageType);
      expect(got.fields.map((f) => `${f.selector}  ${f.kind}`)).toEqual(expected.fields.map((f) => `${f.selector}  ${f.kind}`));
      for (const f of got.fields) expect(resolveSelector(got.document, f.selector)).toBe(f.element);
    });
  }

  it('every page type a vendor declares has a fixture', () => {
    for (const vendor of VENDORS) {
      const covered = new Set(cases.filter((c) => c.folder === vendor.site).map((c) => c.expected.pageType));
      for (const p of vendor.pages) expect(covered, `${vendor.site} ${p.type}`).toContain(p.type);
    }
  });
});
