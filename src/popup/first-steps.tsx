// Starting a case: the kind of case is asked first, in plain words, so that the
// form opens with only the sections that kind needs. With no case stored the
// popup offers this, a file to import, or the example.
import { useState } from 'preact/hooks';
import type { CaseType } from '../case/schema';
import { useApi } from './context';
import { ImportForm } from './import-export';
import { useI18n, type Translate } from './translate';
import { fileErrorLine } from './file-errors';

const START: Record<CaseType, { wish: (t: Translate) => string; visa: (t: Translate) => string }> = {
  marriage: { wish: (t) => t('startMarriage'), visa: (t) => t('caseTypeMarriage') },
  cohabitation: { wish: (t) => t('startCohabitation'), visa: (t) => t('caseTypeCohabitation') },
  humanitarian: { wish: (t) => t('startHumanitarian'), visa: (t) => t('caseTypeHumanitarian') },
};

export function NewCaseForm({ onStart, onCancel }: { onStart(caseType: CaseType): void; onCancel?(): void }) {
  const { t } = useI18n();
  const [chosen, setChosen] = useState<CaseType | null>(null);
  const [asked, setAsked] = useState(false);
  return (
    <form
      class="new-case"
      onSubmit={(e) => {
        e.preventDefault();
        if (chosen) onStart(chosen);
        else setAsked(true);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && onCancel) onCancel();
      }}
    >
      <fieldset class="choices" aria-describedby={asked && !chosen ? 'new-case-error' : undefined}>
        <legend>{t('startQuestion')}</legend>
        {(Object.keys(START) as CaseType[]).map((type) => (
          <label key={type} class="choice">
            <input type="radio" name="new-case-type" value={type} checked={chosen === type} onChange={() => setChosen(type)} />
            <span class="choice-text">
              <span class="choice-title">{START[type].wish(t)}</span>
              <span class="choice-hint">{START[type].visa(t)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {asked && !chosen && (
        <p class="field-error" id="new-case-error" role="alert">
          {t('startChooseFirst')}
        </p>
      )}
      <div class="row-actions">
        <button type="submit" class="button-primary">
          {t('startCase')}
        </button>
        {onCancel && (
          <button type="button" class="button-quiet" onClick={onCancel}>
            {t('cancel')}
          </button>
        )}
      </div>
    </form>
  );
}

export function FirstSteps({ onStart, onImported }: { onStart(caseType: CaseType): void; onImported(ids: string[]): void }) {
  const { t } = useI18n();
  const api = useApi();
  const [failed, setFailed] = useState<string | null>(null);
  const openExample = async () => {
    const { default: text } = await import('../../examples/marriage.json?raw');
    const answer = await api.send({ type: 'ui-bg/import', text });
    if (answer.ok) onImported(answer.ids);
    else setFailed(answer.errors.map((e) => fileErrorLine(e, t)).join('; '));
  };
  return (
    <section class="first-steps" aria-labelledby="first-steps-heading">
      <h2 id="first-steps-heading" tabIndex={-1}>
        {t('firstStepsHeading')}
      </h2>
      <p>{t('firstStepsIntro')}</p>
      <h3>{t('firstStepsStart')}</h3>
      <NewCaseForm onStart={onStart} />
      <h3>{t('firstStepsImport')}</h3>
      <ImportForm onImported={onImported} />
      <h3>{t('firstStepsExample')}</h3>
      <p class="field-hint" id="example-hint">
        {t('firstStepsExampleHint')}
      </p>
      <button type="button" aria-describedby="example-hint" onClick={openExample}>
        {t('firstStepsExampleOpen')}
      </button>
      {failed && <p role="alert">{failed}</p>}
    </section>
  );
}
