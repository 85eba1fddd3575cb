// Coverage of the applicant forms (issue 11): for each applicant-details
// fixture, the share of its personal-data fields that recognition finds and a
// complete case can fill. A personal-data field is every control a person can
// see and type into, except those the fixture's `.expected.json` lists under
// `notPersonalData` (the trip, yes/no questions, fields asked of minors only);
// a radio group counts once. A field counts as fillable when it is recognised
// with a kind the complete case has a value for and, for a list or radio
// group, one of its options holds that value. The same code the content
// script runs decides each step; happy-dom stands in for the page.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import type { VisaCase } from '../src/case/schema';
import { countryCodeOf } from '../src/recognition/countries';
import { answerInPlace, recognitionSteps } from '../src/recognition/fields';
import { formatForField, matchOptionByWords, shapeOf } from '../src/recognition/format';
import { profileValues, valuesForPage } from '../src/recognition/profile-values';
import { recogniseSite } from '../src/recognition/site';
import type { RecognisedField } from '../src/recognition/types';
import { VOCABULARY } from '../src/recognition/vocabulary';
import { completeMarriageCase } from '../tests/scenarios/base';
import type { BenchRow } from './bench';

const TARGET_PERCENT = 90;

interface Expected {
  url: string;
  pageType: string;
  notPersonalData?: string[];
  /** Personal-data fields no case field answers, by selector: what they ask (counted, never fillable). */
  noCaseField?: Record<string, string>;
}

function load(html: string, url: string): Document {
  const window = new Window({ url, width: 1280, height: 800, settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, disableIframePageLoading: true } });
  window.document.write(html);
  return window.document as unknown as Document;
}

function labelText(el: Element): string {
  const id = el.getAttribute('id');
  const bound = id ? el.ownerDocument.querySelector(`label[for="${id}"]`) : null;
  return (bound ?? el.closest('label'))?.textContent?.trim() ?? '';
}

/** Whether the case's value can go into this field (or radio group). */
function canFill(field: RecognisedField, group: readonly RecognisedField[], values: Partial<Record<string, string>>): boolean {
  const value = values[field.kind];
  if (!value) return false;
  if (field.element.getAttribute('type') === 'radio') {
    const options = group.flatMap((f) => [(f.element as HTMLInputElement).value, labelText(f.element)]).map((t) => ({ value: t, text: t }));
    return matchOptionByWords(options, field.kind, value, VOCABULARY.options) >= 0;
  }
  return formatForField(field.kind, value, shapeOf(field.element)) !== null;
}

export async function run(): Promise<BenchRow[]> {
  const fixtures = join(process.cwd(), 'tests/fixtures');
  const caseValues = profileValues(completeMarriageCase() as VisaCase);
  const rows: BenchRow[] = [];
  let all = 0;
  let filled = 0;
  for (const vendor of ['vfsglobal', 'tlscontact', 'visaonweb']) {
    for (const file of readdirSync(join(fixtures, vendor)).filter((f) => f.endsWith('.expected.json')).sort()) {
      const expected = JSON.parse(readFileSync(join(fixtures, vendor, file), 'utf8')) as Expected;
      if (expected.pageType !== 'applicant-details') continue;
      const name = `${vendor}/${file.replace('.expected.json', '')}`;
      const doc = load(readFileSync(join(fixtures, vendor, file.replace('.expected.json', '.html')), 'utf8'), expected.url);
      const recognition = answerInPlace(recognitionSteps(doc, { site: recogniseSite(expected.url) }), (texts) => texts.map((t) => countryCodeOf(t)), VOCABULARY);
      const excluded = new Set((expected.notPersonalData ?? []).flatMap((s) => Array.from(doc.querySelectorAll(s))));
      const unanswered = new Map(Object.entries(expected.noCaseField ?? {}).flatMap(([s, what]) => Array.from(doc.querySelectorAll(s), (el) => [el, what] as const)));
      const byElement = new Map(recognition.fields.map((f) => [f.element, f]));
      const values = valuesForPage(caseValues, new Set(recognition.fields.map((f) => f.kind)));
      const seenGroups = new Set<string>();
      let personal = 0;
      let fillable = 0;
      const missed: string[] = [];
      recognition.controls.forEach((el, i) => {
        if (!recognition.fillable[i] || excluded.has(el)) return;
        const radio = el.getAttribute('type') === 'radio';
        const groupName = radio ? (el.getAttribute('name') ?? '') : '';
        if (radio) {
          if (seenGroups.has(groupName)) return;
          seenGroups.add(groupName);
        }
        personal += 1;
        const group = radio ? recognition.fields.filter((f) => f.element.getAttribute('name') === groupName) : [];
        const field = radio ? group[0] : byElement.get(el);
        if (field && canFill(field, group, values)) fillable += 1;
        else if (unanswered.has(el)) missed.push(`${unanswered.get(el)} (no case field)`);
        else missed.push(field ? `${field.kind} ${el.getAttribute('id') ?? el.getAttribute('name') ?? el.getAttribute('ng-model') ?? el.localName}` : `unrecognised ${el.getAttribute('id') ?? el.getAttribute('name') ?? el.getAttribute('ng-model') ?? el.localName}`);
      });
      all += personal;
      filled += fillable;
      const percent = personal === 0 ? 0 : (100 * fillable) / personal;
      rows.push({
        metric: `coverage ${name}`,
        value: Number(percent.toFixed(1)),
        unit: '%',
        note: `${fillable} of ${personal} personal-data fields fillable; target ≥ ${TARGET_PERCENT} %${percent < TARGET_PERCENT ? ' — BELOW' : ''}${missed.length ? `; not: ${missed.join(', ')}` : ''}`,
      });
    }
  }
  rows.push({ metric: 'coverage, all applicant forms', value: Number(((100 * filled) / all).toFixed(1)), unit: '%', note: `${filled} of ${all} personal-data fields` });
  return rows;
}
