// Amounts the user has verified (the spec's "Amounts the user has verified"): a caseworker records the value in force as read on the
// authority's own page, with its start date, the source as written and the day it was checked. The checks
// use it from its start date (PARAM.USER_VALUE); it can be removed, and exported or imported as a
// visa-params/1 file, the one `visa-check --params` reads.
import { useEffect, useState } from 'preact/hooks';
import type { CaseError } from '../case/parse';
import { paramsFileText, parseParamsText, parseUserValue } from '../case/params-file';
import { fileErrorLine, fileErrorText } from './file-errors';
import { formatDate, formatEuro } from '../i18n/format';
import { PARAMETER_NAMES } from '../rules/general/messages';
import { USER_VERIFIABLE_IDS, type UserValue } from '../rules/parameters/user-values';
import { localToday } from '../storage/keys';
import { useApi } from './context';
import { downloadText } from './download';
import { useI18n } from './translate';

const FIELDS = ['parameter', 'value', 'since', 'source', 'checkedOn'] as const;
type Field = (typeof FIELDS)[number];

/** `onChanged`: the amounts were stored; the list's counts, computed with them, are to be read again. */
export function VerifiedAmounts({ onChanged }: { onChanged?: () => void } = {}) {
  const api = useApi();
  const { t, lang } = useI18n();
  const [values, setValues] = useState<UserValue[] | null>(null);
  const [draft, setDraft] = useState<Record<Field, string>>({ parameter: USER_VERIFIABLE_IDS[0]!, value: '', since: '', source: '', checkedOn: localToday() });
  const [errors, setErrors] = useState<CaseError[]>([]);
  const [importErrors, setImportErrors] = useState<CaseError[] | null>(null);
  const [status, setStatus] = useState('');

  useEffect(() => {
    void api.send({ type: 'ui-bg/get-user-values' }).then((a) => setValues(a.values));
  }, [api]);

  const store = async (next: UserValue[]): Promise<boolean> => {
    const answer = await api.send({ type: 'ui-bg/set-user-values', values: next });
    if (!answer.ok) {
      setImportErrors(answer.errors);
      return false;
    }
    setValues(next);
    onChanged?.();
    return true;
  };

  const name = (id: string) => PARAMETER_NAMES[id]?.[lang] ?? id;
  const errorOf = (field: Field) => {
    const found = errors.find((e) => e.path === field);
    return found && fileErrorText(found.message, t);
  };
  const id = (field: Field) => `amount-${field}`;

  const record = async (e: Event) => {
    e.preventDefault();
    const value = draft.value.trim() === '' ? undefined : Number(draft.value.replace(',', '.'));
    const checked = parseUserValue({
      parameter: draft.parameter,
      value: value === undefined || Number.isNaN(value) ? draft.value || undefined : value,
      since: draft.since || undefined,
      source: draft.source,
      checkedOn: draft.checkedOn || undefined,
    });
    if (!checked.ok) {
      setErrors(checked.errors);
      document.getElementById(id(checked.errors[0]!.path as Field))?.focus();
      return;
    }
    setErrors([]);
    // One value per amount and start date: recording it again replaces it.
    const next = (values ?? []).filter((v) => !(v.parameter === checked.value.parameter && v.since === checked.value.since)).concat(checked.value);
    next.sort((a, b) => a.parameter.localeCompare(b.parameter) || a.since.localeCompare(b.since));
    if (await store(next)) {
      setDraft({ ...draft, value: '', since: '', source: '' });
      setStatus(t('amountsRecorded', name(checked.value.parameter)));
    }
  };

  const fieldShell = (field: Field, label: string, input: preact.JSX.Element, hint?: string) => {
    const error = errorOf(field);
    return (
      <div class={`field${error ? ' field-invalid' : ''}`}>
        <label for={id(field)}>{label}</label>
        {input}
        {hint && (
          <p class="field-hint" id={`${id(field)}-hint`}>
            {hint}
          </p>
        )}
        {error && (
          <p class="field-error" id={`${id(field)}-error`}>
            {error}
          </p>
        )}
      </div>
    );
  };
  const described = (field: Field, hint = false) =>
    [hint ? `${id(field)}-hint` : '', errorOf(field) ? `${id(field)}-error` : ''].filter(Boolean).join(' ') || undefined;
  const set = (field: Field) => (e: Event) => setDraft({ ...draft, [field]: (e.currentTarget as HTMLInputElement).value });

  return (
    <section class="verified-amounts" aria-labelledby="amounts-heading">
      <h2 id="amounts-heading">{t('amountsHeading')}</h2>
      <p class="muted">{t('amountsIntro')}</p>
      {values === null ? null : values.length === 0 ? (
        <p class="muted">{t('amountsNone')}</p>
      ) : (
        <ul class="amounts-list">
          {values.map((v) => (
            <li key={`${v.parameter}-${v.since}`} class="amount-item">
              <span class="amount-name">{name(v.parameter)}</span>
              <span>
                {formatEuro(v.value, lang)} · {t('amountsFrom', formatDate(v.since, lang))}
              </span>
              <span class="finding-meta">
                {t('amountsSourceShown', v.source)} · {t('amountsCheckedShown', formatDate(v.checkedOn, lang))}
              </span>
              <button
                type="button"
                class="button-quiet"
                onClick={async () => {
                  if (await store(values.filter((x) => x !== v))) setStatus(t('amountsRemoved', name(v.parameter)));
                }}
              >
                {t('amountsRemove', `${name(v.parameter)}, ${formatDate(v.since, lang)}`)}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="amount-form" onSubmit={record} aria-labelledby="amounts-record-heading" noValidate>
        <h3 id="amounts-record-heading">{t('amountsRecordHeading')}</h3>
        <div class="grid">
          {fieldShell(
            'parameter',
            t('amountsParameter'),
            <select id={id('parameter')} value={draft.parameter} onChange={set('parameter')} aria-describedby={described('parameter')}>
              {USER_VERIFIABLE_IDS.map((p) => (
                <option key={p} value={p}>
                  {name(p)}
                </option>
              ))}
            </select>,
          )}
          {fieldShell('value', t('amountsValue'), <input id={id('value')} type="text" inputMode="decimal" value={draft.value} onInput={set('value')} aria-invalid={!!errorOf('value')} aria-describedby={described('value')} />)}
          {fieldShell('since', t('amountsSince'), <input id={id('since')} type="date" min="1900-01-01" max="2200-12-31" value={draft.since} onInput={set('since')} aria-invalid={!!errorOf('since')} aria-describedby={described('since')} />)}
          {fieldShell(
            'source',
            t('amountsSource'),
            <input id={id('source')} type="text" maxLength={500} value={draft.source} onInput={set('source')} aria-invalid={!!errorOf('source')} aria-describedby={described('source', true)} />,
            t('amountsSourceHint'),
          )}
          {fieldShell('checkedOn', t('amountsCheckedOn'), <input id={id('checkedOn')} type="date" min="1900-01-01" max="2200-12-31" value={draft.checkedOn} onInput={set('checkedOn')} aria-invalid={!!errorOf('checkedOn')} aria-describedby={described('checkedOn')} />)}
        </div>
        <button type="submit" class="button-primary">
          {t('amountsSave')}
        </button>
      </form>
      <p role="status" class="visually-hidden">
        {status}
      </p>
      <div class="amount-transfer">
        <button type="button" onClick={() => downloadText('verified-amounts.json', paramsFileText(values ?? []))}>
          {t('amountsExport')}
        </button>
        <div class="field">
          <label for="amounts-import">{t('amountsImport')}</label>
          <input
            id="amounts-import"
            type="file"
            accept=".json,application/json"
            onChange={async (e) => {
              const input = e.currentTarget;
              const file = input.files?.[0];
              if (!file) return;
              const read = parseParamsText(await file.text());
              input.value = '';
              if (!read.ok) {
                setImportErrors(read.errors);
                return;
              }
              setImportErrors(null);
              if (await store(read.values)) setStatus(t('amountsImported', read.values.length));
            }}
          />
        </div>
        {importErrors && (
          <div class="import-errors" role="alert">
            <p>
              <strong>{t('amountsImportFailed')}</strong>
            </p>
            <ul>
              {importErrors.map((e, i) => (
                <li key={i}>{fileErrorLine(e, t)}</li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </section>
  );
}
