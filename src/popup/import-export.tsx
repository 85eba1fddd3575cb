// Case files in and out: export downloads visa-case/1 JSON; import shows the
// background's field-by-field errors and leaves stored cases untouched.
import { useState } from 'preact/hooks';
import { decodeCaseBytes } from '../case/decode';
import type { CaseError } from '../case/parse';
import { fileErrorLine } from './file-errors';
import { useApi } from './context';
import { downloadText } from './download';
import { useI18n } from './translate';

export function ExportButton({ id, label }: { id?: string; label: string }) {
  const api = useApi();
  const { t } = useI18n();
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        onClick={async () => {
          const answer = await api.send(id ? { type: 'ui-bg/export', id } : { type: 'ui-bg/export' });
          if (!answer.ok) {
            setError(answer.error);
            return;
          }
          setError(null);
          downloadText(answer.fileName, answer.text);
        }}
      >
        {label}
      </button>
      {error && (
        <p class="field-error" role="alert">
          {t('exportFailed', error)}
        </p>
      )}
    </>
  );
}

export function ImportForm({ onImported }: { onImported(ids: string[]): void }) {
  const api = useApi();
  const { t } = useI18n();
  const [errors, setErrors] = useState<CaseError[] | null>(null);
  const [fileName, setFileName] = useState('');
  return (
    <div class="import">
      <div class="field">
        <label for="import-file">{t('importLabel')}</label>
        <input
          id="import-file"
          type="file"
          accept=".json,application/json"
          aria-describedby={errors ? 'import-errors' : 'import-hint'}
          onChange={async (e) => {
            const input = e.currentTarget;
            const file = input.files?.[0];
            if (!file) return;
            setFileName(file.name);
            // The bytes, not `file.text()`, which would turn bytes that are not UTF-8 into U+FFFD without a word.
            const decoded = decodeCaseBytes(new Uint8Array(await file.arrayBuffer()));
            const answer = decoded.ok ? await api.send({ type: 'ui-bg/import', text: decoded.text }) : decoded;
            input.value = '';
            if (answer.ok) {
              setErrors(null);
              onImported(answer.ids);
            } else {
              setErrors(answer.errors);
            }
          }}
        />
        <p class="field-hint" id="import-hint">
          {t('importHint')}
        </p>
      </div>
      {errors && (
        <div class="import-errors" id="import-errors" role="alert">
          <p>
            <strong>{t('importFailed', fileName)}</strong>
          </p>
          <ul>
            {errors.map((e, i) => (
              <li key={i}>{fileErrorLine(e, t)}</li>
            ))}
          </ul>
          <p class="muted">{t('importNothingChanged')}</p>
        </div>
      )}
    </div>
  );
}
