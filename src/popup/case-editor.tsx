// The whole visa-case/1 format as a form, one collapsible section per part of
// the file. Edits go to the draft at once; storing is the caller's business.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { getIn, parsePath, type Path } from './draft';
import { BooleanField, CountryField, DateField, EditorContext, fieldId, NumberField, RequiredMark, SelectField, TextField, useEditor, type Editor } from './fields';
import {
  APPLYING_AT,
  CASE_TYPE,
  CHILD_RELATION,
  CUSTODY,
  HOUSING_HOLDER,
  HOUSING_PROOF,
  HUMANITARIAN_SITUATION,
  INCOME_KIND,
  MARITAL_STATUS,
  OCCUPATION_STATUS,
  PAID_BY,
  personLabel,
  SEX,
  SPONSOR_STATUS,
  TRAVEL_DOCUMENT_TYPE,
} from './labels';
import { MrzEntry } from './mrz-entry';
import { requiredFor, type SectionKey } from './required';
import { useI18n } from './translate';
import { residenceSinceMatters } from '../rules/means/check';

/** A field to show: its section opens and the field takes focus. `seq` tells two asks for the same field apart. */
export interface Reveal {
  path: string;
  seq: number;
}

function sectionOf(path: string): SectionKey {
  const first = /^[A-Za-z]+/.exec(path)?.[0];
  return first === 'applicant' || first === 'sponsor' || first === 'children' || first === 'documents' || first === 'payment' ? first : 'case';
}

interface SectionProps {
  title: string;
  open?: boolean;
  badge?: number;
  /** Set when a field of this section is to be shown. */
  reveal?: Reveal;
  children: ComponentChildren;
}

function Section({ title, open, children, badge, reveal }: SectionProps) {
  const { t } = useI18n();
  // A closed section's fields are drawn when it is first opened, so the first screen holds only the open ones;
  // they stay drawn when it closes again, keeping what was typed. The click comes before the section opens,
  // the toggle event (any other way of opening) may come a frame after.
  const [drawn, setDrawn] = useState(!!open);
  const details = useRef<HTMLDetailsElement>(null);
  const draw = () => setDrawn(true);
  useEffect(() => {
    if (!reveal || !details.current) return;
    details.current.open = true;
    setDrawn(true);
    setTimeout(() => {
      const target = document.getElementById(fieldId(parsePath(reveal.path)));
      if (target) {
        target.scrollIntoView({ block: 'center' });
        target.focus();
      } else details.current?.querySelector('summary')?.focus();
    }, 0);
  }, [reveal]);
  return (
    <details class="section" open={open} ref={details} onToggle={(e) => e.currentTarget.open && draw()}>
      <summary onClick={draw}>
        <span class="section-title">{title}</span>
        {badge ? <span class="badge badge-error">{t('sectionErrors', badge)}</span> : null}
      </summary>
      <div class="section-body">{drawn && children}</div>
    </details>
  );
}

function PassportFields({ base }: { base: Path }) {
  const { t } = useI18n();
  return (
    <fieldset class="group">
      <legend>{t('passport')}</legend>
      <div class="grid">
        <SelectField path={[...base, 'passport', 'type']} label={t('profileDocumentType')} labels={TRAVEL_DOCUMENT_TYPE} />
        <TextField path={[...base, 'passport', 'number']} label={t('passportNumber')} />
        <CountryField path={[...base, 'passport', 'issuingCountry']} label={t('passportIssuingCountry')} />
        <TextField path={[...base, 'passport', 'issuingAuthority']} label={t('profileIssuingAuthority')} hint={t('profileIssuingAuthorityHint')} />
        <DateField path={[...base, 'passport', 'issueDate']} label={t('passportIssueDate')} />
        <DateField path={[...base, 'passport', 'expiryDate']} label={t('passportExpiryDate')} />
        <MrzEntry base={base} />
      </div>
    </fieldset>
  );
}

/** An address as the application forms split it (`address` of visa-case/1); `belgian` for the partner's, whose postal code and country stand apart. */
function AddressFields({ path, legend, belgian = false }: { path: Path; legend: string; belgian?: boolean }) {
  const { t } = useI18n();
  return (
    <fieldset class="group">
      <legend>{legend}</legend>
      <div class="grid">
        <TextField path={[...path, 'street']} label={t('profileStreet')} wide />
        <TextField path={[...path, 'houseNumber']} label={t('profileHouseNumber')} />
        <TextField path={[...path, 'box']} label={t('profileAddressBox')} />
        {!belgian && <TextField path={[...path, 'postalCode']} label={t('profilePostalCode')} />}
        <TextField path={[...path, 'city']} label={t('profileCity')} />
        {!belgian && <TextField path={[...path, 'region']} label={t('profileRegion')} />}
        {!belgian && <CountryField path={[...path, 'country']} label={t('profileCountry')} />}
      </div>
    </fieldset>
  );
}

/**
 * Nationalities the applicant holds besides the current one (Annex I, field 7; VisaOnWeb asks them):
 * a country chosen in the last list is added, "not given" on one takes it away.
 */
function OtherNationalities() {
  const { t } = useI18n();
  const editor = useEditor();
  const path: Path = ['applicant', 'otherNationalities'];
  const value = getIn(editor.draft, path);
  const list: unknown[] = Array.isArray(value) ? value : [];
  const save = (next: unknown[]) => editor.update(path, next.length > 0 ? next : undefined);
  return (
    <fieldset class="group">
      <legend>{t('profileOtherNationalities')}</legend>
      <div class="grid">
        {list.map((_, i) => (
          <CountryField
            key={i}
            path={[...path, i]}
            label={t('profileOtherNationality', String(i + 1))}
            choose={(code) => save(code ? list.map((c, j) => (j === i ? code : c)) : list.filter((__, j) => j !== i))}
          />
        ))}
        {list.length < 5 && (
          <CountryField
            key={list.length}
            path={[...path, list.length]}
            label={t('profileOtherNationalityAdd')}
            choose={(code) => {
              if (!code) return;
              save([...list, code]);
              focusSoon(fieldId([...path, list.length]));
            }}
          />
        )}
      </div>
    </fieldset>
  );
}

/** Who holds parental authority over a child (Annex I, field 10): the forms ask their names, nationality and address. */
function ParentalAuthority({ base }: { base: Path }) {
  const { t } = useI18n();
  const editor = useEditor();
  const value = getIn(editor.draft, [...base, 'parentalAuthority']);
  const list = Array.isArray(value) ? value : [];
  const addRef = useRef<HTMLButtonElement>(null);
  return (
    <fieldset class="group">
      <legend>{t('profileParentalAuthority')}</legend>
      <p class="field-hint">{t('profileParentalAuthorityHint')}</p>
      {list.map((_, i) => {
        const holder = [...base, 'parentalAuthority', i];
        return (
          <div key={i}>
            <div class="grid">
              <TextField path={[...holder, 'surname']} label={t('surname')} />
              <TextField path={[...holder, 'givenNames']} label={t('givenNames')} />
              <CountryField path={[...holder, 'nationality']} label={t('nationality')} />
              <TextField path={[...holder, 'phone']} label={t('phone')} type="tel" />
              <TextField path={[...holder, 'email']} label={t('email')} type="email" />
            </div>
            <AddressFields path={[...holder, 'address']} legend={t('profileHomeAddress')} />
            <button
              type="button"
              class="button-quiet"
              onClick={() => {
                editor.update([...base, 'parentalAuthority'], list.filter((__, j) => j !== i));
                addRef.current?.focus();
              }}
            >
              {t('profileParentalAuthorityRemove', String(i + 1))}
            </button>
          </div>
        );
      })}
      {list.length < 2 && (
        <button
          type="button"
          ref={addRef}
          onClick={() => {
            editor.update([...base, 'parentalAuthority'], [...list, {}]);
            focusSoon(fieldId([...base, 'parentalAuthority', list.length, 'surname']));
          }}
        >
          {t('profileParentalAuthorityAdd')}
        </button>
      )}
    </fieldset>
  );
}

function CivilStatusDocument({ base, name, title }: { base: Path; name: string; title: string }) {
  const { t } = useI18n();
  const path = [...base, name];
  return (
    <fieldset class="group">
      <legend>{title}</legend>
      <div class="grid">
        <DateField path={[...path, 'date']} label={t('documentDate')} />
        <TextField path={[...path, 'language']} label={t('documentLanguage')} hint={t('documentLanguageHint')} kind="language" maxLength={2} />
        <BooleanField path={[...path, 'legalised']} label={t('documentLegalised')} />
        <BooleanField path={[...path, 'translated']} label={t('documentTranslated')} />
      </div>
    </fieldset>
  );
}

function DocumentFields({ base, forChild, caseType }: { base: Path; forChild?: boolean; caseType?: unknown }) {
  const { t } = useI18n();
  const docs = [...base, 'documents'];
  // Documents about the couple: neither a child's file nor a humanitarian visa asks for them.
  const couple = !forChild && caseType !== 'humanitarian';
  return (
    <>
      <div class="grid">
        {couple && caseType === 'marriage' && <DateField path={[...docs, 'marriageDeclaration', 'date']} label={t('docMarriageDeclaration')} />}
        <DateField path={[...docs, 'medicalCertificate', 'date']} label={t('docMedicalCertificate')} />
        <DateField path={[...docs, 'criminalRecord', 'date']} label={t('docCriminalRecord')} />
        {couple && <BooleanField path={[...docs, 'sponsorUnmarriedProof']} label={t('docSponsorUnmarriedProof')} />}
        {couple && caseType === 'marriage' && <BooleanField path={[...docs, 'relationshipHistory']} label={t('docRelationshipHistory')} />}
      </div>
      {couple && <CivilStatusDocument base={docs} name="unmarriedCertificate" title={t('docUnmarriedCertificate')} />}
      <CivilStatusDocument base={docs} name="birthCertificate" title={t('docBirthCertificate')} />
      <fieldset class="group">
        <legend>{t('docTravelInsurance')}</legend>
        <div class="grid">
          <DateField path={[...docs, 'travelInsurance', 'start']} label={t('insuranceStart')} />
          <DateField path={[...docs, 'travelInsurance', 'end']} label={t('insuranceEnd')} />
          <NumberField path={[...docs, 'travelInsurance', 'coverEur']} label={t('insuranceCover')} unit="EUR" />
          <BooleanField path={[...docs, 'travelInsurance', 'schengen']} label={t('insuranceSchengen')} />
        </div>
      </fieldset>
    </>
  );
}

function PaymentFields({ base }: { base: Path }) {
  const { t } = useI18n();
  const pay = [...base, 'payment'];
  return (
    <div class="grid">
      <NumberField path={[...pay, 'amountPaid']} label={t('paymentAmountPaid')} unit="EUR" />
      <DateField path={[...pay, 'paidOn']} label={t('paymentPaidOn')} />
      <TextField path={[...pay, 'communication']} label={t('paymentCommunication')} hint={t('paymentCommunicationHint')} wide />
      <SelectField path={[...pay, 'paidBy']} label={t('paymentPaidBy')} labels={PAID_BY} />
      <DateField path={[...pay, 'partialNoticeDate']} label={t('paymentPartialNotice')} hint={t('paymentPartialNoticeHint')} />
    </div>
  );
}

function focusSoon(id: string) {
  setTimeout(() => document.getElementById(id)?.focus(), 0);
}

function IncomeLines() {
  const { t } = useI18n();
  const editor = useEditor();
  const lines = getIn(editor.draft, ['sponsor', 'income']);
  const list = Array.isArray(lines) ? lines : [];
  const addRef = useRef<HTMLButtonElement>(null);
  return (
    <fieldset class="group">
      <legend>
        {t('incomeLines')}
        {editor.required?.('sponsor.income') && <RequiredMark />}
        {editor.required?.('sponsor.income') && <span class="visually-hidden"> ({t('requiredField')})</span>}
      </legend>
      {list.length === 0 && <p class="muted">{t('incomeNone')}</p>}
      <ol class="items">
        {list.map((_, i) => (
          <li key={i} class="item">
            <div class="grid">
              <SelectField path={['sponsor', 'income', i, 'kind']} label={t('incomeKind')} labels={INCOME_KIND} optional={false} />
              <NumberField path={['sponsor', 'income', i, 'monthlyNet']} label={t('incomeMonthlyNet')} unit="EUR" />
              <DateField path={['sponsor', 'income', i, 'since']} label={t('incomeSince')} />
            </div>
            <button
              type="button"
              class="button-quiet"
              onClick={() => {
                editor.update(['sponsor', 'income'], list.filter((__, j) => j !== i));
                addRef.current?.focus();
              }}
            >
              {t('incomeRemove', i + 1)}
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        ref={addRef}
        onClick={() => {
          editor.update(['sponsor', 'income'], [...list, { kind: 'employment-permanent' }]);
          focusSoon(fieldId(['sponsor', 'income', list.length, 'kind']));
        }}
      >
        {t('incomeAdd')}
      </button>
    </fieldset>
  );
}

function Children() {
  const { t } = useI18n();
  const editor = useEditor();
  const value = getIn(editor.draft, ['children']);
  const list = Array.isArray(value) ? value : [];
  const addRef = useRef<HTMLButtonElement>(null);
  return (
    <>
      {list.length === 0 && <p class="muted">{t('childrenNone')}</p>}
      {list.map((_, i) => {
        const base = ['children', i] as const;
        const name = personLabel(`children[${i}]`, editor.draft, t);
        return (
          <details class="section section-nested" key={i} open>
            <summary>
              <span class="section-title">{name}</span>
            </summary>
            <div class="section-body">
              <div class="grid">
                <TextField path={[...base, 'surname']} label={t('surname')} />
                <TextField path={[...base, 'givenNames']} label={t('givenNames')} />
                <DateField path={[...base, 'birthDate']} label={t('birthDate')} />
                <CountryField path={[...base, 'nationality']} label={t('nationality')} />
                <SelectField path={[...base, 'sex']} label={t('sex')} labels={SEX} />
                <SelectField path={[...base, 'relation']} label={t('childRelation')} labels={CHILD_RELATION} />
                <SelectField path={[...base, 'custody']} label={t('childCustody')} labels={CUSTODY} />
                <BooleanField path={[...base, 'otherParentConsent']} label={t('childConsent')} />
                <SelectField path={[...base, 'maritalStatus']} label={t('maritalStatus')} labels={MARITAL_STATUS} />
              </div>
              <PassportFields base={[...base]} />
              <ParentalAuthority base={[...base]} />
              <fieldset class="group">
                <legend>{t('sectionDocuments')}</legend>
                <DocumentFields base={[...base]} forChild />
              </fieldset>
              <fieldset class="group">
                <legend>{t('childPayment')}</legend>
                <p class="field-hint">{t('childPaymentHint')}</p>
                <PaymentFields base={[...base]} />
              </fieldset>
              <button
                type="button"
                class="button-quiet"
                onClick={() => {
                  editor.update(['children'], list.filter((__, j) => j !== i));
                  addRef.current?.focus();
                }}
              >
                {t('childRemove', name)}
              </button>
            </div>
          </details>
        );
      })}
      <button
        type="button"
        ref={addRef}
        onClick={() => {
          editor.update(['children'], [...list, {}]);
          focusSoon(fieldId(['children', list.length, 'surname']));
        }}
      >
        {t('childAdd')}
      </button>
    </>
  );
}

/** A draft's text at `path`, or undefined. */
function stringAt(editor: Editor, path: Path): string | undefined {
  const value = getIn(editor.draft, path);
  return typeof value === 'string' ? value : undefined;
}

/** Number of field errors under a path prefix, for the section headings. */
function errorsUnder(errors: readonly { path: string }[], prefix: string): number {
  return errors.filter((e) => e.path === prefix || e.path.startsWith(`${prefix}.`) || e.path.startsWith(`${prefix}[`)).length;
}

export function CaseEditor({ editor, errors, reveal }: { editor: Editor; errors: readonly { path: string }[]; reveal?: Reveal }) {
  const { t } = useI18n();
  const caseType = editor.draft.caseType;
  // The humanitarian visa has no conditions on the means, housing or marital status of the person in Belgium.
  const partnerCase = caseType !== 'humanitarian';
  const needed = new Set(requiredFor(caseType).map((f) => f.path));
  const marked: Editor = { ...editor, required: (path) => needed.has(path) };
  const revealIn = (section: SectionKey) => (reveal && sectionOf(reveal.path) === section ? reveal : undefined);
  const caseErrors = errors.filter((e) => !/^(applicant|sponsor|children|documents|payment)\b/.test(e.path)).length;
  return (
    <EditorContext.Provider value={marked}>
      <form class="editor" onSubmit={(e) => e.preventDefault()} aria-label={t('editorLabel')}>
        {needed.size > 0 && (
          <p class="field-hint">
            <span aria-hidden="true">* </span>
            {t('requiredNote')}
          </p>
        )}
        <Section title={t('sectionCase')} open badge={caseErrors} reveal={revealIn('case')}>
          <div class="grid">
            <TextField path={['label']} label={t('caseLabel')} hint={t('caseLabelHint')} wide />
            <SelectField path={['caseType']} label={t('caseType')} labels={CASE_TYPE} optional={false} />
            {caseType === 'humanitarian' && (
              <SelectField path={['humanitarianSituation']} label={t('humanitarianSituation')} labels={HUMANITARIAN_SITUATION} />
            )}
            <SelectField path={['applyingAt']} label={t('applyingAt')} labels={APPLYING_AT} />
            <DateField path={['applicationDate']} label={t('applicationDate')} />
            <DateField path={['plannedArrivalDate']} label={t('plannedArrivalDate')} />
            <DateField path={['arrivalDate']} label={t('arrivalDate')} />
            <DateField path={['registrationDate']} label={t('registrationDate')} />
            <DateField path={['aCardIssuedDate']} label={t('aCardIssuedDate')} />
            {caseType !== 'humanitarian' && <DateField path={['marriageDate']} label={caseType === 'cohabitation' ? t('cohabitationDate') : t('marriageDate')} />}
            {caseType === 'cohabitation' && <BooleanField path={['cohabitedOneYearBeforeArrival']} label={t('cohabitedOneYear')} />}
            {!partnerCase && <BooleanField path={['urgentProtectionRisk']} label={t('urgentProtectionRisk')} />}
            {!partnerCase && <BooleanField path={['familyReunificationAlongside']} label={t('familyReunificationAlongside')} />}
          </div>
        </Section>
        <Section title={t('sectionApplicant')} open badge={errorsUnder(errors, 'applicant')} reveal={revealIn('applicant')}>
          <div class="grid">
            <TextField path={['applicant', 'surname']} label={t('surname')} autocomplete="off" />
            <TextField path={['applicant', 'surnameAtBirth']} label={t('profileSurnameAtBirth')} hint={t('profileSurnameAtBirthHint')} />
            <TextField path={['applicant', 'givenNames']} label={t('givenNames')} />
            <DateField path={['applicant', 'birthDate']} label={t('birthDate')} />
            <TextField path={['applicant', 'placeOfBirth']} label={t('placeOfBirth')} />
            <CountryField path={['applicant', 'nationality']} label={t('nationality')} />
            <CountryField path={['applicant', 'countryOfBirth']} label={t('fieldCountryOfBirth')} />
            <CountryField path={['applicant', 'nationalityAtBirth']} label={t('profileNationalityAtBirth')} />
            <TextField path={['applicant', 'nationalIdNumber']} label={t('profileNationalIdNumber')} hint={t('profileNationalIdNumberHint')} />
            <SelectField path={['applicant', 'sex']} label={t('sex')} labels={SEX} />
            <SelectField path={['applicant', 'maritalStatus']} label={t('maritalStatus')} labels={MARITAL_STATUS} />
            <TextField path={['applicant', 'email']} label={t('email')} type="email" />
            <TextField path={['applicant', 'phone']} label={t('phone')} type="tel" />
          </div>
          <OtherNationalities />
          <PassportFields base={['applicant']} />
          <AddressFields path={['applicant', 'address']} legend={t('profileHomeAddress')} />
          <fieldset class="group">
            <legend>{t('profileWork')}</legend>
            <div class="grid">
              <SelectField path={['applicant', 'occupationStatus']} label={t('profileOccupationStatus')} labels={OCCUPATION_STATUS} />
              <TextField path={['applicant', 'occupation']} label={t('profileOccupation')} />
              <TextField path={['applicant', 'employer', 'name']} label={t('profileEmployerName')} hint={t('profileEmployerNameHint')} />
              <TextField path={['applicant', 'employer', 'phone']} label={t('profileEmployerPhone')} type="tel" />
              <TextField path={['applicant', 'employer', 'email']} label={t('profileEmployerEmail')} type="email" />
            </div>
          </fieldset>
          <AddressFields path={['applicant', 'employer', 'address']} legend={t('profileEmployerAddress')} />
          {/* Asked where the applicant lives in a country other than that of their nationality (Annex I, field 17): applying there. */}
          {(stringAt(editor, ['applyingAt']) === 'other-post-legal-residence' || stringAt(editor, ['applyingAt']) === 'other-post-mixed' || getIn(editor.draft, ['applicant', 'residencePermit']) !== undefined) && (
            <fieldset class="group">
              <legend>{t('profileResidencePermit')}</legend>
              <div class="grid">
                <CountryField path={['applicant', 'residencePermit', 'country']} label={t('profileResidencePermitCountry')} />
                <TextField path={['applicant', 'residencePermit', 'number']} label={t('profileResidencePermitNumber')} />
                <DateField path={['applicant', 'residencePermit', 'validUntil']} label={t('profileResidencePermitValidUntil')} />
              </div>
            </fieldset>
          )}
        </Section>
        <Section title={partnerCase ? t('sectionSponsor') : t('sectionFamilyMember')} badge={errorsUnder(errors, 'sponsor')} reveal={revealIn('sponsor')}>
          <div class="grid">
            <TextField path={['sponsor', 'surname']} label={t('surname')} />
            <TextField path={['sponsor', 'givenNames']} label={t('givenNames')} />
            <DateField path={['sponsor', 'birthDate']} label={t('birthDate')} />
            <CountryField path={['sponsor', 'nationality']} label={t('nationality')} />
            <SelectField path={['sponsor', 'status']} label={t('sponsorStatus')} labels={SPONSOR_STATUS} />
            {(getIn(editor.draft, ['sponsor', 'residenceSince']) !== undefined || residenceSinceMatters(stringAt(editor, ['caseType']), stringAt(editor, ['sponsor', 'status']), stringAt(editor, ['applicationDate']))) && (
              partnerCase ? (
                <DateField path={['sponsor', 'residenceSince']} label={t('sponsorResidenceSince')} hint={t('sponsorResidenceSinceHint')} />
              ) : (
                <DateField path={['sponsor', 'residenceSince']} label={t('familyMemberResidenceSince')} />
              )
            )}
            {partnerCase && <SelectField path={['sponsor', 'maritalStatus']} label={t('maritalStatus')} labels={MARITAL_STATUS} />}
            <TextField path={['sponsor', 'postalCode']} label={t('postalCode')} kind="postalCode" inputMode="numeric" maxLength={4} />
            <TextField path={['sponsor', 'email']} label={t('email')} type="email" />
            <TextField path={['sponsor', 'phone']} label={t('phone')} type="tel" />
            {partnerCase && <BooleanField path={['sponsor', 'healthInsurance']} label={t('healthInsurance')} />}
            {partnerCase && <NumberField path={['sponsor', 'householdSize']} label={t('householdSize')} integer />}
          </div>
          <AddressFields path={['sponsor', 'address']} legend={t('profileSponsorAddress')} belgian />
          {partnerCase && (
            <>
              <IncomeLines />
              <div class="grid">
                <NumberField path={['sponsor', 'incomeEvidenceMonths']} label={t('incomeEvidenceMonths')} integer />
                <BooleanField path={['sponsor', 'otherIncomeGiven']} label={t('otherIncomeGiven')} />
              </div>
              <fieldset class="group">
                <legend>{t('housing')}</legend>
                <div class="grid">
                  <SelectField path={['sponsor', 'housing', 'proof']} label={t('housingProof')} labels={HOUSING_PROOF} />
                  <SelectField path={['sponsor', 'housing', 'holder']} label={t('housingHolder')} labels={HOUSING_HOLDER} />
                  <BooleanField path={['sponsor', 'housing', 'currentAddress']} label={t('housingCurrentAddress')} />
                  <BooleanField path={['sponsor', 'housing', 'uninhabitable']} label={t('housingUninhabitable')} />
                </div>
              </fieldset>
            </>
          )}
        </Section>
        <Section title={t('sectionChildren')} badge={errorsUnder(errors, 'children')} reveal={revealIn('children')}>
          <Children />
        </Section>
        <Section title={t('sectionDocuments')} badge={errorsUnder(errors, 'documents')} reveal={revealIn('documents')}>
          <DocumentFields base={[]} caseType={caseType} />
        </Section>
        <Section title={t('sectionPayment')} badge={errorsUnder(errors, 'payment')} reveal={revealIn('payment')}>
          <PaymentFields base={[]} />
        </Section>
      </form>
    </EditorContext.Provider>
  );
}
