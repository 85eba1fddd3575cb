// Form fields bound to one path of the case being edited. Each shows its own
// validation message (`aria-invalid`, `aria-describedby`) and keeps whatever
// the user typed on screen, valid or not.
import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import type { CaseError } from '../case/parse';
import { countryName, countryOptions, STATELESS } from './countries';
import { formatPath } from '../case/path';
import { getIn, type Path } from './draft';
import { labelOf } from './labels';
import { useI18n, type Translate } from './translate';

export interface Editor {
  draft: Record<string, unknown>;
  update(path: Path, value: unknown): void;
  errorAt(path: string): CaseError | undefined;
  /** Whether the case's type needs this field (`applicant.birthDate`): marked, and `aria-required`. */
  required?(path: string): boolean;
}

export const EditorContext = createContext<Editor | null>(null);

export function useEditor(): Editor {
  const editor = useContext(EditorContext);
  if (!editor) throw new Error('EditorContext is not provided');
  return editor;
}

export function fieldId(path: Path): string {
  return `field-${formatPath(path).replace(/[^A-Za-z0-9]+/g, '-')}`;
}

type ErrorKind = 'date' | 'number' | 'integer' | 'text' | 'postalCode' | 'language' | 'choice';

function errorText(error: CaseError, kind: ErrorKind, t: Translate): string {
  if (error.message === 'is required') return t('errorRequired');
  switch (kind) {
    case 'date':
      return t('errorDate');
    case 'number':
      return t('errorNumber');
    case 'integer':
      return t('errorInteger');
    case 'postalCode':
      return t('errorPostalCode');
    case 'language':
      return t('errorLanguage');
    case 'text':
      return t('errorTooLong');
    case 'choice':
      return t('errorChoice');
  }
}

/** The star after a required field's label, outside the label so that its name stays the field's; screen readers hear `aria-required`. */
export function RequiredMark() {
  return (
    <span class="required-mark" aria-hidden="true">
      {' *'}
    </span>
  );
}

interface FieldShellProps {
  path: Path;
  label: string;
  hint?: string;
  kind: ErrorKind;
  wide?: boolean;
  children: (props: { id: string; 'aria-invalid'?: 'true'; 'aria-describedby'?: string; 'aria-required'?: 'true' }) => ComponentChildren;
}

function FieldShell({ path, label, hint, kind, wide, children }: FieldShellProps) {
  const { t } = useI18n();
  const editor = useEditor();
  const id = fieldId(path);
  const error = editor.errorAt(formatPath(path));
  const required = editor.required?.(formatPath(path)) ?? false;
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div class={`field${wide ? ' field-wide' : ''}${error ? ' field-invalid' : ''}`}>
      {required ? (
        <span class="field-label">
          <label for={id}>{label}</label>
          <RequiredMark />
        </span>
      ) : (
        <label for={id}>{label}</label>
      )}
      {children({
        id,
        ...(error ? { 'aria-invalid': 'true' } : {}),
        ...(described ? { 'aria-describedby': described } : {}),
        ...(required ? { 'aria-required': 'true' } : {}),
      })}
      {hint && (
        <p class="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p class="field-error" id={`${id}-error`}>
          <span aria-hidden="true">⚠ </span>
          {errorText(error, kind, t)}
        </p>
      )}
    </div>
  );
}

interface TextFieldProps {
  path: Path;
  label: string;
  hint?: string;
  type?: 'text' | 'email' | 'tel';
  autocomplete?: string;
  kind?: ErrorKind;
  maxLength?: number;
  inputMode?: 'numeric' | 'text';
  wide?: boolean;
}

export function TextField({ path, label, hint, type = 'text', autocomplete, kind = 'text', maxLength, inputMode, wide }: TextFieldProps) {
  const editor = useEditor();
  const value = getIn(editor.draft, path);
  return (
    <FieldShell path={path} label={label} hint={hint} kind={kind} wide={wide}>
      {(a11y) => (
        <input
          {...a11y}
          type={type as 'text'}
          value={typeof value === 'string' ? value : value === undefined ? '' : String(value)}
          autocomplete={autocomplete ?? 'off'}
          maxLength={maxLength}
          inputMode={inputMode}
          onInput={(e) => {
            const text = e.currentTarget.value;
            editor.update(path, text === '' ? undefined : text);
          }}
        />
      )}
    </FieldShell>
  );
}

export function DateField({ path, label, hint }: { path: Path; label: string; hint?: string }) {
  const editor = useEditor();
  const value = getIn(editor.draft, path);
  return (
    <FieldShell path={path} label={label} hint={hint} kind="date">
      {(a11y) => (
        <input
          {...a11y}
          type="date"
          value={typeof value === 'string' ? value : ''}
          min="1900-01-01"
          max="2200-12-31"
          onInput={(e) => {
            const text = e.currentTarget.value;
            editor.update(path, text === '' ? undefined : text);
          }}
        />
      )}
    </FieldShell>
  );
}

/** Accepts a Belgian decimal comma (`1.234,56`, `2300,5`) as well as a point. */
export function parseAmount(text: string): number | null {
  const trimmed = text.trim().replace(/\s|€/g, '');
  if (!trimmed) return null;
  const normalised = /,\d{1,2}$/.test(trimmed) ? trimmed.replace(/\./g, '').replace(',', '.') : trimmed.replace(/,/g, '');
  if (!/^-?\d+(\.\d+)?$/.test(normalised)) return null;
  return Number(normalised);
}

export function NumberField({ path, label, hint, integer, unit }: { path: Path; label: string; hint?: string; integer?: boolean; unit?: string }) {
  const editor = useEditor();
  const value = getIn(editor.draft, path);
  const shown = typeof value === 'number' ? String(value) : typeof value === 'string' ? value : '';
  const [text, setText] = useState(shown);
  // Follows changes made elsewhere (another case loaded) without rewriting what is being typed.
  useEffect(() => {
    const parsed = parseAmount(text);
    if (typeof value === 'number' ? parsed !== value : value === undefined ? text !== '' : value !== text) setText(shown);
  }, [value]);
  return (
    <FieldShell path={path} label={unit ? `${label} (${unit})` : label} hint={hint} kind={integer ? 'integer' : 'number'}>
      {(a11y) => (
        <input
          {...a11y}
          type="text"
          inputMode={integer ? 'numeric' : 'decimal'}
          autocomplete="off"
          value={text}
          onInput={(e) => {
            const typed = e.currentTarget.value;
            setText(typed);
            const parsed = parseAmount(typed);
            // Unreadable text is kept in the draft as text, so the check names the field and nothing typed is lost.
            editor.update(path, typed.trim() === '' ? undefined : parsed === null ? typed : parsed);
          }}
        />
      )}
    </FieldShell>
  );
}

interface SelectFieldProps<V extends string> {
  path: Path;
  label: string;
  hint?: string;
  labels: Record<V, (t: Translate) => string>;
  /** Offer "not given" (the field absent). */
  optional?: boolean;
}

export function SelectField<V extends string>({ path, label, hint, labels, optional = true }: SelectFieldProps<V>) {
  const { t } = useI18n();
  const editor = useEditor();
  const value = getIn(editor.draft, path);
  const known = typeof value === 'string' && value in labels;
  return (
    <FieldShell path={path} label={label} hint={hint} kind="choice">
      {(a11y) => (
        <select
          {...a11y}
          value={value === undefined ? '' : String(value)}
          onChange={(e) => {
            const chosen = e.currentTarget.value;
            editor.update(path, chosen === '' ? undefined : chosen);
          }}
        >
          {optional && <option value="">{t('notGiven')}</option>}
          {value !== undefined && !known && <option value={String(value)}>{String(value)}</option>}
          {(Object.keys(labels) as V[]).map((v) => (
            <option key={v} value={v}>
              {labelOf(labels, v, t)}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}

/** Yes / no / not given: an absent answer and "no" lead to different findings. */
export function BooleanField({ path, label, hint }: { path: Path; label: string; hint?: string }) {
  const { t } = useI18n();
  const editor = useEditor();
  const value = getIn(editor.draft, path);
  return (
    <FieldShell path={path} label={label} hint={hint} kind="choice">
      {(a11y) => (
        <select
          {...a11y}
          value={value === true ? 'yes' : value === false ? 'no' : ''}
          onChange={(e) => {
            const chosen = e.currentTarget.value;
            editor.update(path, chosen === 'yes' ? true : chosen === 'no' ? false : undefined);
          }}
        >
          <option value="">{t('notGiven')}</option>
          <option value="yes">{t('yes')}</option>
          <option value="no">{t('no')}</option>
        </select>
      )}
    </FieldShell>
  );
}

/** `choose` takes the chosen code (undefined for none) in place of writing it at `path`: an entry of a list. */
export function CountryField({ path, label, choose }: { path: Path; label: string; choose?: (code: string | undefined) => void }) {
  const { t, lang } = useI18n();
  const editor = useEditor();
  const value = getIn(editor.draft, path);
  // Some 250 options per country select were most of the open case's elements. Until someone reaches for the
  // list, the select holds what it shows. Focus (Tab, a click on the label, a screen reader moving in) or a
  // press draws the rest, in a microtask: before the list opens or a typed letter or arrow picks a country.
  const [listed, setListed] = useState(false);
  const list = () => setListed(true);
  const code = value === undefined ? '' : String(value);
  const name = countryName(code, lang);
  const known = value === undefined || code === STATELESS || name !== undefined;
  const options = listed ? countryOptions(lang) : name !== undefined ? [{ code, name }] : [];
  return (
    <FieldShell path={path} label={label} kind="choice">
      {(a11y) => (
        <select
          {...a11y}
          value={code}
          onFocus={list}
          onPointerDown={list}
          onChange={(e) => {
            const chosen = e.currentTarget.value === '' ? undefined : e.currentTarget.value;
            if (choose) choose(chosen);
            else editor.update(path, chosen);
          }}
        >
          <option value="">{t('notGiven')}</option>
          {!known && <option value={code}>{code}</option>}
          {(listed || code === STATELESS) && <option value={STATELESS}>{t('stateless')}</option>}
          {options.map((o) => (
            <option key={o.code} value={o.code}>
              {o.name}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}
