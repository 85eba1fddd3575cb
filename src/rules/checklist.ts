// The document checklist: what each person of the case brings, per case type, from the
// seeds' lists (seed 003: marriage B47, cohabitation B48, the accompanying minor child;
// seed 004: marriage and "Documenten kind"; seed 000: the humanitarian visa's
// "niet-exhaustieve lijst"). An item is `missing` when the file does not record it,
// `problem` when an error or warning of one of its rules concerns that person, else `ok`.
import type { Child, Payment, VisaCase } from '../case/schema';
import { checklistLabels, type ChecklistItemId } from './checklist-labels';
import type { RuleId } from './catalogue';
import type { CheckContext } from './context';
import { ageOn } from './dates';
import { criminalRecordFromAge, feeFromAge, type Parameter } from './parameters';
import type { ChecklistItem, Finding, Lang, Person } from './types';

interface ItemSpec {
  id: ChecklistItemId;
  person: Person;
  rules: RuleId[];
  /** The file records the document (false also where visa-case/1 has no field for it). */
  given: boolean;
  /** Rules shared by several documents (translation, legalisation) count only with this `document` param. */
  document?: string;
  /** A `MISSING.<field>` finding under this path also marks the item as a problem. */
  field?: string;
  ifAvailable?: boolean;
}

const LANGUAGE_RULES: RuleId[] = ['DOC.TRANSLATION_NEEDED', 'DOC.MUNICIPALITY_LANGUAGE', 'DOC.LEGALISATION'];
const PASSPORT_RULES: RuleId[] = ['DOC.PASSPORT_EXPIRED', 'DOC.PASSPORT_EXPIRES_DURING_STAY'];
const INSURANCE_RULES: RuleId[] = [
  'DOC.INSURANCE_COVER',
  'DOC.INSURANCE_TOO_SHORT',
  'DOC.INSURANCE_SHORTER_THAN_STAY',
  'DOC.INSURANCE_NOT_SCHENGEN',
  'DOC.INSURANCE_STARTS_LATE',
];
const PAYMENT_RULES: RuleId[] = ['PAY.NOT_PAID', 'PAY.PARTIAL', 'PAY.REFERENCE_MISMATCH'];
const INCOME_RULES: RuleId[] = ['MEANS.BELOW_REFERENCE', 'MEANS.EXCLUDED_INCOME', 'MEANS.UNSTABLE_INCOME', 'MEANS.SHORT_EVIDENCE', 'MEANS.OTHERS_INCOME'];
const HOUSING_RULES: RuleId[] = ['HOUSING.PROOF_INVALID', 'HOUSING.NOT_CURRENT', 'HOUSING.UNINHABITABLE', 'HOUSING.HOLDER'];
const UNMARRIED_RULES: RuleId[] = ['DOC.UNMARRIED_PROOF', ...LANGUAGE_RULES];
const CHILD_BIRTH_RULES: RuleId[] = ['AGE.CHILD_MAX', 'CHILD.NOT_OWN', ...LANGUAGE_RULES];
const CHILD_UNMARRIED_RULES: RuleId[] = ['CHILD.MARRIED', ...LANGUAGE_RULES];
const CHILD_TIES_RULES: RuleId[] = ['AGE.CHILD_MAX', ...LANGUAGE_RULES];

/**
 * Receives the items in list order and writes each out at once (status and label), so that no list of
 * item descriptions is built first: every report has a dozen items or more.
 */
class Items {
  readonly list: ChecklistItem[] = [];

  constructor(
    private readonly concerns: ReadonlyMap<Person, Concerns>,
    private readonly labels: (id: ChecklistItemId, ifAvailable: boolean) => string,
  ) {}

  push(...items: ItemSpec[]): void {
    for (const item of items) {
      this.list.push({
        id: item.id,
        person: item.person,
        status: !item.given ? 'missing' : isJudged(item, this.concerns.get(item.person)) ? 'problem' : 'ok',
        rules: item.rules,
        label: this.labels(item.id, item.ifAvailable === true),
      });
    }
  }
}

function constantValue(ctx: CheckContext, p: Parameter<number>): number | undefined {
  const found = ctx.param(p);
  return found.covered ? found.value : undefined;
}

/** Whether the applicant is (or may be, when the birth date is not given) at least `age`. */
function mayBeAtLeast(ctx: CheckContext, age: number | undefined): boolean {
  const birth = ctx.case.applicant.birthDate;
  return age === undefined || !birth || ageOn(birth, ctx.on) >= age;
}

function sponsorItems(items: Items, c: VisaCase, ifAvailable: boolean): void {
  const s = c.sponsor;
  // Seed 003: "een kopie van de Belgische identiteitskaart of de verblijfstitel".
  items.push({ id: 'sponsor-id-copy', person: 'sponsor', rules: [], given: c.documents?.sponsorIdCopy === true });
  // Seed 000: "bewijs internationale beschermingsstatus + asieldossier ... indien relevant".
  if (c.caseType === 'humanitarian' && s?.status === 'protection') {
    items.push({ id: 'protection-status-proof', person: 'sponsor', rules: [], given: c.documents?.protectionStatusProof === true });
  }
  items.push(
    { id: 'sponsor-health-insurance', person: 'sponsor', rules: ['INS.SPONSOR_HEALTH'], given: s?.healthInsurance === true, field: 'sponsor.healthInsurance', ifAvailable },
    {
      id: 'sponsor-housing',
      person: 'sponsor',
      rules: HOUSING_RULES,
      given: s?.housing?.proof !== undefined && s.housing.proof !== 'none',
      field: 'sponsor.housing',
      ifAvailable,
    },
    // Seed 004 (marriage) and seed 003 (child list) ask for the partner's means; seed 003 adds that DVZ checks the
    // family-reunification conditions in the visa application ("aangezien de Dienst Vreemdelingenzaken de
    // voorwaarden voor de gezinshereniging in het kader van de visumaanvraag gecontroleerd heeft").
    { id: 'sponsor-income', person: 'sponsor', rules: INCOME_RULES, given: (s?.income?.length ?? 0) > 0, field: 'sponsor.income', ifAvailable },
  );
}

/** Recorded as in the payment family: an amount above zero, or a payment date without an amount. */
function paymentRecorded(p: Payment | undefined): boolean {
  return (p?.amountPaid ?? 0) > 0 || (p?.amountPaid === undefined && p?.paidOn !== undefined);
}

/** The payment family's PAY.FEE says whether a person pays; `undefined` when it gave no verdict. */
function feeExempt(findings: readonly Finding[], person: Person): boolean | undefined {
  const fee = findings.find((f) => f.rule === 'PAY.FEE' && f.person === person);
  return fee ? fee.params.exempt === true : undefined;
}

function paymentItem(person: Person, payment: Payment | undefined, field: string): ItemSpec {
  return { id: 'payment-proof', person, rules: PAYMENT_RULES, given: paymentRecorded(payment), field };
}

/** A child of 18 or more pays its own fee (case format: "a child's payment ... goes in that child's own `payment`"). */
function childPaymentItems(items: Items, findings: readonly Finding[], child: Child, i: number): void {
  if (feeExempt(findings, `children[${i}]`) === false) items.push(paymentItem(`children[${i}]`, child.payment, `children[${i}].payment`));
}

function partnerCaseItems(items: Items, ctx: CheckContext, findings: readonly Finding[]): void {
  const c = ctx.case;
  const d = c.documents;
  if (feeExempt(findings, 'applicant') !== true) items.push(paymentItem('applicant', c.payment, 'payment'));
  items.push(
    { id: 'passport', person: 'applicant', rules: PASSPORT_RULES, given: hasPassport(c.applicant.passport), field: 'applicant.passport' },
    {
      id: 'unmarried-certificate',
      person: 'applicant',
      rules: UNMARRIED_RULES,
      given: d?.unmarriedCertificate !== undefined,
      document: 'unmarriedCertificate',
      field: 'documents.unmarriedCertificate',
    },
    { id: 'sponsor-unmarried-proof', person: 'sponsor', rules: ['DOC.UNMARRIED_PROOF'], given: d?.sponsorUnmarriedProof === true },
  );
  if (c.caseType === 'marriage') {
    items.push(
      {
        id: 'marriage-declaration',
        person: 'applicant',
        rules: ['DOC.MARRIAGE_DECLARATION_MISSING', 'DOC.MARRIAGE_DECLARATION_OLD'],
        given: d?.marriageDeclaration?.date !== undefined,
      },
      { id: 'relationship-history', person: 'applicant', rules: ['DOC.RELATIONSHIP_HISTORY'], given: d?.relationshipHistory === true },
    );
  }
  sponsorItems(items, c, false);
  items.push(
    { id: 'travel-insurance', person: 'applicant', rules: INSURANCE_RULES, given: d?.travelInsurance !== undefined, field: 'documents.travelInsurance' },
    { id: 'medical-certificate', person: 'applicant', rules: ['DOC.MEDICAL_CERT_OLD'], given: d?.medicalCertificate !== undefined, field: 'documents.medicalCertificate' },
    {
      id: 'criminal-record',
      person: 'applicant',
      rules: ['DOC.CRIMINAL_RECORD_REQUIRED', 'DOC.CRIMINAL_RECORD_OLD'],
      given: d?.criminalRecord !== undefined,
      field: 'documents.criminalRecord',
    },
  );
  (c.children ?? []).forEach((child, i) => {
    childPaymentItems(items, findings, child, i);
    partnerCaseChildItems(items, child, i);
  });
}

function hasPassport(p: { number?: string; expiryDate?: string } | undefined): boolean {
  return Boolean(p?.number || p?.expiryDate);
}

/** Seed 003 "Het minderjarig kind moet de volgende documenten voorleggen"; seed 004 "Documenten kind". */
function partnerCaseChildItems(items: Items, child: Child, i: number): void {
  const person: Person = `children[${i}]`;
  const d = child.documents;
  const path = `children[${i}]`;
  items.push(
    { id: 'passport', person, rules: PASSPORT_RULES, given: hasPassport(child.passport), field: `${path}.passport` },
    // "het bewijs dat hij jonger is dan 18 jaar" and "het bewijs dat hij afstamt van de vreemdeling": birth or adoption certificate.
    {
      id: 'birth-certificate',
      person,
      rules: CHILD_BIRTH_RULES,
      given: d?.birthCertificate !== undefined,
      document: 'birthCertificate',
      field: `${path}.documents.birthCertificate`,
    },
    // "het bewijs dat hij ongehuwd is".
    {
      id: 'unmarried-certificate',
      person,
      rules: CHILD_UNMARRIED_RULES,
      given: d?.unmarriedCertificate !== undefined,
      document: 'unmarriedCertificate',
      field: `${path}.documents.unmarriedCertificate`,
    },
    // "het bewijs dat de vreemdeling die een visum aanvraagt ... over het hoederecht beschikt".
    { id: 'custody-proof', person, rules: ['CHILD.CUSTODY'], given: child.custody === 'exclusive' || child.custody === 'shared', field: `${path}.custody` },
  );
  // "de toestemming van de andere houder van het hoederecht, indien het hoederecht gedeeld wordt".
  if (child.custody === 'shared') {
    items.push({ id: 'other-parent-consent', person, rules: ['CHILD.CONSENT'], given: child.otherParentConsent === true });
  }
  items.push(
    { id: 'travel-insurance', person, rules: INSURANCE_RULES, given: d?.travelInsurance !== undefined, field: `${path}.documents.travelInsurance` },
    { id: 'medical-certificate', person, rules: ['DOC.MEDICAL_CERT_OLD'], given: d?.medicalCertificate !== undefined, field: `${path}.documents.medicalCertificate` },
  );
}

/** Seed 000: "Hieronder volgt een niet-exhaustieve lijst van documenten die voorgelegd kunnen worden". */
function humanitarianItems(items: Items, ctx: CheckContext, findings: readonly Finding[]): void {
  const c = ctx.case;
  const d = c.documents;
  // "bewijs van betaling van de administratieve bijdrage indien je meerderjarig bent"; no fee either for a spouse
  // in an unrecognised religious or customary marriage with a protection beneficiary ("Je moet geen administratieve bijdrage betalen").
  // The payment family's verdict comes first; without one, the same two exemptions are read here.
  const exempt =
    feeExempt(findings, 'applicant') ??
    ((c.humanitarianSituation === 'unrecognised-marriage' && c.sponsor?.status === 'protection') || !mayBeAtLeast(ctx, constantValue(ctx, feeFromAge)));
  if (!exempt) items.push(paymentItem('applicant', c.payment, 'payment'));
  items.push(
    // "ondertekend visumaanvraagformulier + twee conforme pasfoto's".
    { id: 'visa-form', person: 'applicant', rules: [], given: d?.applicationForm === true },
    { id: 'passport', person: 'applicant', rules: PASSPORT_RULES, given: hasPassport(c.applicant.passport), field: 'applicant.passport' },
    // "bewijs familiebanden: geboorteakte, huwelijksakte, adoptieakte, vervangend vonnis, andere geldige bewijzen".
    {
      id: 'family-ties-proof',
      person: 'applicant',
      rules: LANGUAGE_RULES,
      given: d?.birthCertificate !== undefined,
      document: 'birthCertificate',
      field: 'documents.birthCertificate',
    },
  );
  // "celibaatsattest voor kinderen op huwbare leeftijd": the adult child or sibling shows being unmarried.
  if (c.humanitarianSituation === 'adult-child' || c.humanitarianSituation === 'adult-sibling-of-uam') {
    items.push({
      id: 'unmarried-certificate',
      person: 'applicant',
      rules: LANGUAGE_RULES,
      given: d?.unmarriedCertificate !== undefined,
      document: 'unmarriedCertificate',
      field: 'documents.unmarriedCertificate',
    });
  }
  items.push({ id: 'medical-certificate', person: 'applicant', rules: [], given: d?.medicalCertificate !== undefined });
  // "uittreksel uit het strafregister indien je meerderjarig bent".
  if (mayBeAtLeast(ctx, constantValue(ctx, criminalRecordFromAge))) {
    items.push({ id: 'criminal-record', person: 'applicant', rules: ['DOC.CRIMINAL_RECORD_REQUIRED'], given: d?.criminalRecord !== undefined });
  }
  // "bewijs van jouw affectieve afhankelijkheidsbanden" and "financiële afhankelijkheidsbanden met de referentiepersoon".
  items.push({ id: 'dependency-proof', person: 'applicant', rules: [], given: d?.dependencyProof === true });
  // "kopie verblijfsdocument referentiepersoon"; means, mutuality and housing "indien voorhanden" / "eventueel".
  sponsorItems(items, c, true);
  (c.children ?? []).forEach((child, i) => {
    const person: Person = `children[${i}]`;
    const path = `children[${i}]`;
    childPaymentItems(items, findings, child, i);
    items.push(
      { id: 'passport', person, rules: PASSPORT_RULES, given: hasPassport(child.passport), field: `${path}.passport` },
      {
        id: 'family-ties-proof',
        person,
        rules: CHILD_TIES_RULES,
        given: child.documents?.birthCertificate !== undefined,
        document: 'birthCertificate',
        field: `${path}.documents.birthCertificate`,
      },
      { id: 'medical-certificate', person, rules: [], given: child.documents?.medicalCertificate !== undefined },
    );
    // "indien je minderjarig bent en jouw andere ouder niet meekomt: ouderlijke toestemming, overlijdensakte andere
    // ouder of vonnis exclusief hoederecht referentiepersoon".
    if (child.custody === 'shared') {
      items.push({ id: 'other-parent-consent', person, rules: ['CHILD.CONSENT'], given: child.otherParentConsent === true });
    }
  });
}

/** The errors and warnings of one person: `MISSING.*` apart from the others. */
interface Concerns {
  missing: Finding[];
  others: Finding[];
}

/** Whether a finding of the item's person, not an info, marks the item as a problem. */
function isJudged(item: ItemSpec, concerns: Concerns | undefined): boolean {
  if (!concerns) return false;
  const path = item.field;
  if (path !== undefined) {
    for (const f of concerns.missing) {
      const field = f.params.field;
      // The item's own path or one under it (`documents.travelInsurance.start`), without writing out `${path}.`.
      if (typeof field === 'string' && field.startsWith(path) && (field.length === path.length || field.charCodeAt(path.length) === 46)) return true;
    }
  }
  // A person has a handful of findings and an item a few rules: a scan beats a lookup table built per report.
  for (const f of concerns.others) {
    if (!item.rules.includes(f.rule)) continue;
    const document = f.params.document;
    if (item.document === undefined || document === undefined || document === item.document) return true;
  }
  return false;
}

export function buildChecklist(ctx: CheckContext, findings: readonly Finding[], lang: Lang): ChecklistItem[] {
  const humanitarian = ctx.case.caseType === 'humanitarian';
  // Errors and warnings by person, gathered once: each item then looks among its person's own.
  const concerns = new Map<Person, Concerns>();
  for (const f of findings) {
    if (f.severity === 'info') continue;
    let mine = concerns.get(f.person);
    if (!mine) concerns.set(f.person, (mine = { missing: [], others: [] }));
    if (f.rule.startsWith('MISSING.')) mine.missing.push(f);
    else mine.others.push(f);
  }
  const items = new Items(concerns, checklistLabels(lang, humanitarian ? 'family' : 'partner'));
  if (humanitarian) humanitarianItems(items, ctx, findings);
  else partnerCaseItems(items, ctx, findings);
  return items.list;
}
