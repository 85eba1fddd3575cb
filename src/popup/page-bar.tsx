// On a vendor page: what the content script recognised there and how it
// compares with the open case, and a button that fills the page from it.
// Elsewhere (no content script answers) nothing is shown.
import { useEffect, useState } from 'preact/hooks';
import type { FormPerson } from '../case/form-person';
import type { FillResult, PageFinding, PageStatus } from '../messages';
import type { Translate } from './translate';
import { useApi } from './context';
import { plural, useI18n } from './translate';

const SITE_NAMES: Record<PageStatus['site'], string> = { vfsglobal: 'VFS Global', tlscontact: 'TLScontact', visaonweb: 'VisaOnWeb' };

const PAGE_TYPES: Record<PageStatus['pageType'], (t: Translate) => string> = {
  login: (t) => t('pageTypeLogin'),
  registration: (t) => t('pageTypeRegistration'),
  'applicant-details': (t) => t('pageTypeApplicantDetails'),
  appointment: (t) => t('pageTypeAppointment'),
  payment: (t) => t('pageTypePayment'),
  other: (t) => t('pageTypeOther'),
};

/** The host in Belgium: the family member in a humanitarian file, else the partner. */
const host = (t: Translate, humanitarian: boolean) => t(humanitarian ? 'sectionFamilyMember' : 'sectionSponsor');

/** A field kind's name in the fill result; `humanitarian`: the host is the family member in Belgium, not a partner. */
const KINDS: Record<string, (t: Translate, humanitarian: boolean) => string> = {
  surname: (t) => t('surname'),
  givenNames: (t) => t('givenNames'),
  fullName: (t) => t('fieldFullName'),
  birthDate: (t) => t('birthDate'),
  birthDay: (t) => t('fieldBirthDay'),
  birthMonth: (t) => t('fieldBirthMonth'),
  birthYear: (t) => t('fieldBirthYear'),
  sex: (t) => t('sex'),
  nationality: (t) => t('nationality'),
  placeOfBirth: (t) => t('placeOfBirth'),
  countryOfBirth: (t) => t('fieldCountryOfBirth'),
  passportNumber: (t) => t('passportNumber'),
  passportIssueDate: (t) => t('passportIssueDate'),
  passportExpiryDate: (t) => t('passportExpiryDate'),
  email: (t) => t('email'),
  phone: (t) => t('phone'),
  phoneCountryCode: (t) => t('fieldPhoneCountryCode'),
  address: (t) => t('fieldAddress'),
  surnameAtBirth: (t) => t('profileSurnameAtBirth'),
  nationalityAtBirth: (t) => t('profileNationalityAtBirth'),
  otherNationality: (t) => t('profileOtherNationalities'),
  nationalIdNumber: (t) => t('profileNationalIdNumber'),
  maritalStatus: (t) => t('maritalStatus'),
  documentType: (t) => t('profileDocumentType'),
  issuingAuthority: (t) => t('profileIssuingAuthority'),
  issuingCountry: (t) => t('passportIssuingCountry'),
  street: (t) => t('profileStreet'),
  houseNumber: (t) => t('profileHouseNumber'),
  addressBox: (t) => t('profileAddressBox'),
  postalCode: (t) => t('profilePostalCode'),
  city: (t) => t('profileCity'),
  addressCountry: (t) => t('profileCountry'),
  region: (t) => t('profileRegion'),
  occupation: (t) => t('profileOccupation'),
  occupationStatus: (t) => t('profileOccupationStatus'),
  employerName: (t) => t('profileEmployerName'),
  employerPhone: (t) => t('profileEmployerPhone'),
  employerEmail: (t) => t('profileEmployerEmail'),
  employerAddress: (t) => t('profileEmployerAddress'),
  employerStreet: (t) => t('profileEmployerAddress'),
  employerHouseNumber: (t) => t('profileEmployerAddress'),
  employerPostalCode: (t) => t('profileEmployerAddress'),
  employerCity: (t) => t('profileEmployerAddress'),
  employerCountry: (t) => t('profileEmployerAddress'),
  residencePermitNumber: (t) => t('profileResidencePermitNumber'),
  residencePermitValidUntil: (t) => t('profileResidencePermit'),
  hostName: host,
  hostSurname: host,
  hostGivenNames: host,
  hostNationality: host,
  hostPhone: host,
  hostEmail: host,
  hostBirthDate: host,
  hostBirthDay: host,
  hostBirthMonth: host,
  hostBirthYear: host,
  hostAddress: (t) => t('profileSponsorAddress'),
  hostStreet: (t) => t('profileSponsorAddress'),
  hostHouseNumber: (t) => t('profileSponsorAddress'),
  hostPostalCode: (t) => t('profileSponsorAddress'),
  hostCity: (t) => t('profileSponsorAddress'),
  parentSurname: (t) => t('profileParentalAuthority'),
  parentGivenNames: (t) => t('profileParentalAuthority'),
  parentAddress: (t) => t('profileParentalAuthority'),
  parentNationality: (t) => t('profileParentalAuthority'),
};

export function statusLine(status: PageStatus, t: Translate, lang: Parameters<typeof plural>[0]): string {
  const site = SITE_NAMES[status.site];
  const page = PAGE_TYPES[status.pageType](t);
  if (status.fields === 0) return t('pageStatusNoFields', site, page);
  const fields = plural(lang, status.fields, t('pageFieldsOne'), t('pageFields', status.fields));
  const agreement = status.disagree === 0 ? t('pageAgreementNone') : plural(lang, status.disagree, t('pageAgreementOne'), t('pageAgreement', status.disagree));
  return t('pageStatus', site, page, fields, agreement);
}

export function fillLine(result: FillResult, t: Translate, humanitarian = false): string {
  if (result.skipped.length === 0) return t('pageFillResultAll', result.filled);
  const names = [...new Set(result.skipped.map((s) => KINDS[s.kind]?.(t, humanitarian) ?? s.kind))].join(', ');
  return t('pageFillResult', result.filled, result.skipped.length, names);
}

/** A person who fills in an application form of their own, named as the findings name them ("Child 1 (Yasmine El Amrani)"). */
export interface FormPersonChoice {
  person: FormPerson;
  label: string;
}

/**
 * `beforeFill` stores what was typed in the popup and not yet saved: a fill takes the case as
 * stored, so a passport number corrected a moment ago, or a child just added, is what it writes.
 */
export function PageBar({
  caseId,
  caseLabel,
  people = [],
  humanitarian = false,
  beforeFill,
}: {
  caseId: string;
  caseLabel: string;
  people?: readonly FormPersonChoice[];
  humanitarian?: boolean;
  beforeFill?: () => Promise<void>;
}) {
  const api = useApi();
  const { t, lang } = useI18n();
  const [person, setPerson] = useState<FormPerson>('applicant');
  const [status, setStatus] = useState<PageStatus | null>(null);
  const [details, setDetails] = useState<PageFinding[]>([]);
  const [result, setResult] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const refresh = async () => {
    if (!api.sendToPage) return null;
    const next = await api.sendToPage({ type: 'bg-cs/page-status' });
    setStatus(next);
    setDetails(next && next.disagree > 0 && api.pageFindings ? await api.pageFindings() : []);
    return next;
  };

  useEffect(() => {
    void (async () => {
      const next = await refresh();
      // The page is compared with whoever it was last filled as: that person stays chosen when the popup opens again.
      if (next && people.length > 1 && api.formPerson) setPerson(await api.formPerson(caseId, next.origin));
    })();
  }, [api, caseId]);

  if (!status) return null;
  return (
    <section class="page-bar" aria-label={SITE_NAMES[status.site]}>
      <p class="page-status" role="status">
        {statusLine(status, t, lang)}
      </p>
      {details.length > 0 && (
        <ul class="page-findings">
          {details.map((f) => (
            <li key={`${f.rule}|${f.selector}`} class={f.severity}>
              {f.message}
            </li>
          ))}
        </ul>
      )}
      {status.fields > 0 && people.length > 1 && (
        <p class="page-person">
          <label for="page-fill-person">{t('pageFillPerson')}</label>
          <select id="page-fill-person" value={person} onChange={(e) => setPerson((e.currentTarget as HTMLSelectElement).value as FormPerson)}>
            {people.map((p) => (
              <option key={p.person} value={p.person}>
                {p.label}
              </option>
            ))}
          </select>
        </p>
      )}
      {status.fields > 0 && (
        <button
          type="button"
          class="page-fill"
          disabled={busy}
          onClick={async () => {
            setBusy(true);
            try {
              await beforeFill?.();
              // The background gives this case's values to that page once, for this fill only.
              const grant = api.grantFill ? await api.grantFill(caseId, status.origin, person) : null;
              const answer = grant ? await api.sendToPage!({ type: 'bg-cs/fill', caseId, grant }) : null;
              setResult(!answer ? t('pageFillFailed', '—') : answer.ok ? fillLine(answer.result, t, humanitarian) : t('pageFillFailed', answer.error));
              await refresh();
            } finally {
              setBusy(false);
            }
          }}
        >
          {t('pageFillFrom', caseLabel)}
        </button>
      )}
      {result && (
        <p class="page-fill-result" role="status">
          {result}
        </p>
      )}
    </section>
  );
}
