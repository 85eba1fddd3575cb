// The passport's machine-readable zone, typed or pasted: checked as typed, the changes it
// proposes shown, applied to the person and stored with the case only when the user confirms.
// The reader (with the `mrz` library) is loaded the first time the field is used.
import { useState } from 'preact/hooks';
import type { MrzComparison, MrzField, MrzProblem, MrzReading } from '../case/mrz';
import { formatDate } from '../i18n/format';
import { countryName, STATELESS } from './countries';
import { getIn, type Path } from './draft';
import { fieldId, useEditor } from './fields';
import { labelOf, SEX } from './labels';
import { useI18n, type Translate } from './translate';
import type { Lang } from '../rules/types';

type Reader = typeof import('./mrz-reader');
let reader: Promise<Reader> | undefined;
const loadReader = () => (reader ??= import('./mrz-reader'));

/** Where each value the zone gives goes, under the person. */
const TARGET: Record<MrzField, Path> = {
  surname: ['surname'],
  givenNames: ['givenNames'],
  birthDate: ['birthDate'],
  nationality: ['nationality'],
  sex: ['sex'],
  passportNumber: ['passport', 'number'],
  expiryDate: ['passport', 'expiryDate'],
  issuingCountry: ['passport', 'issuingCountry'],
};

const LABEL: Record<MrzField, string> = {
  surname: 'surname',
  givenNames: 'givenNames',
  birthDate: 'birthDate',
  nationality: 'nationality',
  sex: 'sex',
  passportNumber: 'passportNumber',
  expiryDate: 'passportExpiryDate',
  issuingCountry: 'passportIssuingCountry',
};

function shown(field: MrzField, value: string | undefined, lang: Lang, t: Translate): string {
  if (value === undefined || value === '') return t('mrzEmpty');
  if (field === 'birthDate' || field === 'expiryDate') return formatDate(value, lang);
  if (field === 'nationality' || field === 'issuingCountry') return value === STATELESS ? t('stateless') : (countryName(value, lang) ?? value);
  if (field === 'sex') return labelOf(SEX, value, t);
  return value;
}

interface Checked {
  text: string;
  reading: MrzReading;
  comparisons: MrzComparison[];
  problems: string[];
}

function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

export function MrzEntry({ base }: { base: Path }) {
  const { t, lang } = useI18n();
  const editor = useEditor();
  const stored = getIn(editor.draft, [...base, 'passport', 'mrz']);
  const [text, setText] = useState(typeof stored === 'string' ? stored : '');
  const [checked, setChecked] = useState<Checked | null>(null);
  const [applied, setApplied] = useState<string | null>(null);
  const id = fieldId([...base, 'passport', 'mrz']);
  const person = getIn(editor.draft, base) as Record<string, unknown> | undefined;

  const check = async (value: string) => {
    setText(value);
    setApplied(null);
    if (value.trim() === '') return setChecked(null);
    const r = await loadReader();
    const applicationDate = getIn(editor.draft, ['applicationDate']);
    const on = typeof applicationDate === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(applicationDate) ? applicationDate : todayIso();
    const reading = r.readMrz(value, on);
    const comparisons = reading.valid ? r.compareWithMrz((person ?? {}) as never, reading.values) : [];
    setChecked({ text: value, reading, comparisons, problems: reading.problems.map((p) => problemText(p, lang, t, r)) });
  };

  const apply = () => {
    if (!checked?.reading.valid) return;
    let filled = 0;
    for (const c of checked.comparisons) {
      if (c.status !== 'absent' && c.status !== 'differs') continue;
      editor.update([...base, ...TARGET[c.field]], c.mrz);
      filled += 1;
    }
    editor.update([...base, 'passport', 'mrz'], checked.reading.lines);
    setText(checked.reading.lines);
    setChecked(null);
    setApplied(t('mrzApplied', filled));
  };

  const changes = checked?.comparisons.filter((c) => c.status === 'absent' || c.status === 'differs') ?? [];
  const kept = checked?.comparisons.filter((c) => c.status === 'spelling') ?? [];
  const problems = checked?.problems ?? [];
  const noCountry = checked?.reading.valid ? checked.reading.values.noCountry : [];
  const isStored = typeof stored === 'string' && stored === text.trim();

  return (
    <div class="field field-wide mrz">
      <label for={id}>{t('mrzLabel')}</label>
      <textarea
        id={id}
        class="mrz-lines"
        rows={2}
        spellcheck={false}
        autocomplete="off"
        autocapitalize="characters"
        aria-describedby={`${id}-hint ${id}-status`}
        aria-invalid={problems.length > 0 ? 'true' : undefined}
        value={text}
        onFocus={() => void loadReader()}
        onInput={(e) => void check(e.currentTarget.value)}
      />
      <p class="field-hint" id={`${id}-hint`}>
        {t('mrzHint')}
      </p>
      <div id={`${id}-status`} role="status" class="mrz-status">
        {problems.length > 0 && (
          <ul class="field-error mrz-problems">
            {problems.map((p) => (
              <li key={p}>
                <span aria-hidden="true">⚠ </span>
                {p}
              </li>
            ))}
          </ul>
        )}
        {checked?.reading.valid && (
          <>
            <p class="mrz-valid">{t('mrzValid')}</p>
            {changes.length > 0 ? (
              <table class="mrz-changes">
                <caption>{t('mrzChanges')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('mrzField')}</th>
                    <th scope="col">{t('mrzNow')}</th>
                    <th scope="col">{t('mrzFromZone')}</th>
                  </tr>
                </thead>
                <tbody>
                  {changes.map((c) => (
                    <tr key={c.field}>
                      <th scope="row">{t(LABEL[c.field])}</th>
                      <td>{shown(c.field, c.status === 'differs' ? c.profile : undefined, lang, t)}</td>
                      <td>{shown(c.field, c.mrz, lang, t)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : (
              <p>{t('mrzNoChanges')}</p>
            )}
            {kept.map((c) => (
              <p key={c.field} class="mrz-kept">
                {t(c.status === 'spelling' && c.reason === 'truncated' ? 'mrzKeptTruncated' : 'mrzKeptTransliterated', t(LABEL[c.field]), c.status === 'spelling' ? c.profile : '', c.mrz)}
              </p>
            ))}
            {noCountry.map((n) => (
              <p key={n.part}>{t(n.part === 'nationality' ? 'mrzNoCountryNationality' : 'mrzNoCountryIssuing', n.code)}</p>
            ))}
          </>
        )}
        {applied && <p class="mrz-valid">{applied}</p>}
        {!checked && !applied && isStored && <p class="muted">{t('mrzStored')}</p>}
      </div>
      {checked?.reading.valid && (
        <button type="button" onClick={apply}>
          {changes.length > 0 ? t('mrzApply') : t('mrzKeep')}
        </button>
      )}
      {text.trim() === '' && typeof stored === 'string' && (
        <button type="button" class="button-quiet" onClick={() => editor.update([...base, 'passport', 'mrz'], undefined)}>
          {t('mrzRemove')}
        </button>
      )}
    </div>
  );
}

function problemText(p: MrzProblem, lang: Lang, t: Translate, r: Reader): string {
  switch (p.code) {
    case 'lineCount':
      return t('mrzLineCount', p.count);
    case 'length':
      return t('mrzLength', p.line, p.length);
    case 'character':
      return t('mrzCharacter', p.line, p.position, p.character);
    case 'notPassport':
      return t('mrzNotPassport', p.value);
    case 'checkDigit':
    case 'invalid':
      return r.problemSentence(p, lang);
  }
}
