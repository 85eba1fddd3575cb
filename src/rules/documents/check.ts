// Documents of the applicant and of each child travelling along: validity, age of
// certificates, travel insurance, language and legalisation of civil-status documents.
// Which document a case type asks for follows the seeds' lists: marriage B47 and
// cohabitation B48 (seed 003, seed 004), the accompanying minor child (seed 003, seed 004),
// the humanitarian visa (seed 000, "niet-exhaustieve lijst").
import type { Documents, Passport, VisaCase } from '../../case/schema';
import type { CheckContext } from '../context';
import { addDaysIso, addMonthsIso, ageOn, coversMonths, isOlderThanMonths, oldestAllowed, type IsoDate } from '../dates';
import {
  acceptedDocumentLanguages,
  criminalRecordFromAge,
  criminalRecordMaxMonths,
  insuranceMinCoverEur,
  insuranceMinMonthsMarriage,
  insuranceStayMonths,
  marriageDeclarationMaxMonths,
  medicalCertificateMaxMonths,
  municipalityLanguages,
  passportMarginMonths,
  type Parameter,
} from '../parameters';
import type { Person, RawFinding } from '../types';
import { missingField } from '../missing/check';

/** Civil-status documents the case format records language and legalisation for. */
export type CivilStatusDocument = 'unmarriedCertificate' | 'birthCertificate';
const CIVIL_STATUS_DOCUMENTS: readonly CivilStatusDocument[] = ['unmarriedCertificate', 'birthCertificate'];

export interface Subject {
  person: Person;
  isChild: boolean;
  /** `documents` or `children[0].documents`: where `MISSING.<field>` points. */
  docsPath: string;
  passportPath: string;
  docs: Documents | undefined;
  passport: Passport | undefined;
  name: string | undefined;
}

function value<T>(ctx: CheckContext, p: Parameter<T>): T | undefined {
  const found = ctx.param(p);
  return found.covered ? found.value : undefined;
}

/** Marriage and cohabitation (seeds 003/004) share the long document list; the humanitarian one is lighter. */
function isPartnerCase(c: VisaCase): boolean {
  return c.caseType === 'marriage' || c.caseType === 'cohabitation';
}

function arrivalOf(c: VisaCase): IsoDate | undefined {
  return c.arrivalDate ?? c.plannedArrivalDate;
}

function checkPassport(ctx: CheckContext, s: Subject): RawFinding[] {
  const c = ctx.case;
  const expiry = s.passport?.expiryDate;
  if (!expiry) {
    // Seed 000 accepts other proof of identity when no valid travel document can be obtained.
    return isPartnerCase(c) ? [missingField(s.person, `${s.passportPath}.expiryDate`, 'DOC.PASSPORT_EXPIRED')] : [];
  }
  // Seeds 003/004: "een geldig paspoort of een daarmee gelijkgesteld reisdocument".
  if (expiry < ctx.on) return [{ rule: 'DOC.PASSPORT_EXPIRED', person: s.person, params: { name: s.name, expiryDate: expiry, on: ctx.on } }];
  const arrival = arrivalOf(c);
  const margin = value(ctx, passportMarginMonths);
  if (!arrival || margin === undefined || coversMonths(arrival, expiry, margin)) return [];
  return [
    {
      rule: 'DOC.PASSPORT_EXPIRES_DURING_STAY',
      person: s.person,
      params: { name: s.name, expiryDate: expiry, arrival, months: margin, validUntil: addDaysIso(addMonthsIso(arrival, margin), -1) },
    },
  ];
}

function checkMarriageDeclaration(ctx: CheckContext, docs: Documents | undefined): RawFinding[] {
  const date = docs?.marriageDeclaration?.date;
  // Seed 004: "Je moet een kopie voorleggen van de huwelijksaangifte in België. Die moet gebeuren vooraleer je het D-visum kan vragen."
  if (!date) return [{ rule: 'DOC.MARRIAGE_DECLARATION_MISSING', person: 'applicant', params: { on: ctx.on } }];
  if (date > ctx.on) return [{ rule: 'DOC.MARRIAGE_DECLARATION_MISSING', person: 'applicant', params: { date, on: ctx.on } }];
  // Seed 003: "binnen de zes maanden die aan de visumaanvraag voorafgaan".
  const months = value(ctx, marriageDeclarationMaxMonths);
  if (months === undefined || !isOlderThanMonths(date, ctx.on, months)) return [];
  return [{ rule: 'DOC.MARRIAGE_DECLARATION_OLD', person: 'applicant', params: { date, on: ctx.on, months, limit: oldestAllowed(ctx.on, months) } }];
}

function checkMedicalCertificate(ctx: CheckContext, s: Subject): RawFinding[] {
  const cert = s.docs?.medicalCertificate;
  if (!cert) return [missingField(s.person, `${s.docsPath}.medicalCertificate`, 'DOC.MEDICAL_CERT_OLD')];
  if (!cert.date) return [missingField(s.person, `${s.docsPath}.medicalCertificate.date`, 'DOC.MEDICAL_CERT_OLD')];
  // Seed 003: "een medisch attest ... dat minder dan zes maanden oud is"; seed 004: "Het mag niet ouder zijn dan 6 maanden."
  const months = value(ctx, medicalCertificateMaxMonths);
  if (months === undefined || !isOlderThanMonths(cert.date, ctx.on, months)) return [];
  return [{ rule: 'DOC.MEDICAL_CERT_OLD', person: s.person, params: { name: s.name, date: cert.date, on: ctx.on, months, limit: oldestAllowed(ctx.on, months) } }];
}

function checkCriminalRecord(ctx: CheckContext, docs: Documents | undefined): RawFinding[] {
  const c = ctx.case;
  const from = value(ctx, criminalRecordFromAge);
  if (from === undefined) return [];
  const birthDate = c.applicant.birthDate;
  // Seed 004: "Vanaf 18 jaar moet je bewijzen dat je geen gevaar vormt voor de openbare orde"; seed 000:
  // "uittreksel uit het strafregister indien je meerderjarig bent". A marriage or cohabitation applicant
  // is at least 18 anyway (AGE.APPLICANT_MIN), so an unknown birth date only matters for humanitarian cases.
  if (!birthDate) {
    if (!isPartnerCase(c)) return [missingField('applicant', 'applicant.birthDate', 'DOC.CRIMINAL_RECORD_REQUIRED')];
  } else if (ageOn(birthDate, ctx.on) < from) return [];
  const record = docs?.criminalRecord;
  if (!record) return [{ rule: 'DOC.CRIMINAL_RECORD_REQUIRED', person: 'applicant', params: { from, on: ctx.on } }];
  // The 6-month window is in seeds 003/004; seed 000's humanitarian list names none.
  if (!isPartnerCase(c)) return [];
  if (!record.date) return [missingField('applicant', 'documents.criminalRecord.date', 'DOC.CRIMINAL_RECORD_OLD')];
  const months = value(ctx, criminalRecordMaxMonths);
  if (months === undefined || !isOlderThanMonths(record.date, ctx.on, months)) return [];
  return [{ rule: 'DOC.CRIMINAL_RECORD_OLD', person: 'applicant', params: { date: record.date, on: ctx.on, months, limit: oldestAllowed(ctx.on, months) } }];
}

function checkInsurance(ctx: CheckContext, s: Subject): RawFinding[] {
  const c = ctx.case;
  const path = `${s.docsPath}.travelInsurance`;
  const ins = s.docs?.travelInsurance;
  if (!ins) return [missingField(s.person, path, 'DOC.INSURANCE_COVER')];
  const out: RawFinding[] = [];
  const base = { name: s.name };

  // Seeds 003/004: "ter hoogte van 30 000 EUR (minimale dekking)".
  const minCover = value(ctx, insuranceMinCoverEur);
  if (ins.coverEur === undefined) out.push(missingField(s.person, `${path}.coverEur`, 'DOC.INSURANCE_COVER'));
  else if (minCover !== undefined && ins.coverEur < minCover) out.push({ rule: 'DOC.INSURANCE_COVER', person: s.person, params: { name: s.name, cover: ins.coverEur, min: minCover } });

  // Seed 004: "De verzekering moet geldig zijn op het grondgebied van alle Schengenlanden".
  if (ins.schengen === undefined) out.push(missingField(s.person, `${path}.schengen`, 'DOC.INSURANCE_NOT_SCHENGEN'));
  else if (!ins.schengen) out.push({ rule: 'DOC.INSURANCE_NOT_SCHENGEN', person: s.person, params: base });

  if (!ins.start) out.push(missingField(s.person, `${path}.start`, 'DOC.INSURANCE_TOO_SHORT'));
  if (!ins.end) out.push(missingField(s.person, `${path}.end`, 'DOC.INSURANCE_TOO_SHORT'));
  const stay = value(ctx, insuranceStayMonths);
  if (ins.start && ins.end && stay !== undefined) {
    // The params are written out field by field, in the order the report shows them: spreading a shared base
    // object measured as the slowest line of the document checks.
    if (c.caseType === 'marriage' && !s.isChild) {
      // The sources disagree for the marriage applicant. Seed 003: "een medische reisverzekering die gedurende
      // drie maanden geldig is (minimale duur)"; seed 004: "voor de hele duur van je verblijf (= zes maanden)".
      const min = value(ctx, insuranceMinMonthsMarriage);
      if (min !== undefined && !coversMonths(ins.start, ins.end, min)) {
        out.push({ rule: 'DOC.INSURANCE_TOO_SHORT', person: s.person, params: { name: s.name, start: ins.start, end: ins.end, stayMonths: stay, months: min, neededEnd: addDaysIso(addMonthsIso(ins.start, min), -1), marriage: true } });
      } else if (!coversMonths(ins.start, ins.end, stay)) {
        out.push({ rule: 'DOC.INSURANCE_SHORTER_THAN_STAY', person: s.person, params: { name: s.name, start: ins.start, end: ins.end, stayMonths: stay, min, neededEnd: addDaysIso(addMonthsIso(ins.start, stay), -1) } });
      }
    } else if (!coversMonths(ins.start, ins.end, stay)) {
      // Seed 003, cohabitation and child: "die gedurende de volledige duur van het verblijf in België geldig is".
      out.push({ rule: 'DOC.INSURANCE_TOO_SHORT', person: s.person, params: { name: s.name, start: ins.start, end: ins.end, stayMonths: stay, months: stay, neededEnd: addDaysIso(addMonthsIso(ins.start, stay), -1), marriage: false } });
    }
  }

  const arrival = arrivalOf(c);
  if (ins.start && arrival && ins.start > arrival) {
    out.push({ rule: 'DOC.INSURANCE_STARTS_LATE', person: s.person, params: { name: s.name, start: ins.start, arrival } });
  }
  return out;
}

/** The languages the municipality of a Belgian postal code works in (parameters/language.ts). */
export function municipalityLanguagesOf(ctx: CheckContext, postalCode: string): readonly string[] | undefined {
  const table = value(ctx, municipalityLanguages);
  const code = Number(postalCode);
  return table?.find((r) => code >= r.from && code <= r.to)?.languages;
}

/**
 * Seed 004: the municipality where the partner lives must use the unmarried certificate ("Je moet het
 * bewijs van ongehuwdheid ook voorleggen aan de Belgische gemeente waar je partner woont") and transcribe
 * the child's birth certificate ("Je buitenlandse akte moet ook overgeschreven worden in de registers van de
 * Belgische gemeente"), only "als het vertaald is in de taal van die gemeente". The seed speaks of a marriage;
 * a declaration of legal cohabitation is made at the same municipality, so cohabitation cases are checked too.
 */
function municipalityUses(s: Subject, document: CivilStatusDocument): boolean {
  return s.isChild ? document === 'birthCertificate' : document === 'unmarriedCertificate';
}

function checkCivilStatusDocuments(ctx: CheckContext, s: Subject, postalCodeMissing: { reported: boolean }): RawFinding[] {
  const c = ctx.case;
  const out: RawFinding[] = [];
  const accepted: readonly string[] = value(ctx, acceptedDocumentLanguages) ?? [];
  for (const document of CIVIL_STATUS_DOCUMENTS) {
    const doc = s.docs?.[document];
    if (!doc) continue;
    const base = { name: s.name, document };
    const municipal = isPartnerCase(c) && municipalityUses(s, document);
    if (!doc.language) {
      if (municipal) out.push(missingField(s.person, `${s.docsPath}.${document}.language`, 'DOC.TRANSLATION_NEEDED'));
    } else {
      // Seed 004: "Als de akte in een andere taal opgesteld is dan het Nederlands, Frans, Duits of Engels, moet een
      // beëdigd vertaler de akte vertalen"; seed 000: "vertaald worden naar één van de drie landstalen of het Engels".
      if (!accepted.includes(doc.language) && doc.translated !== true) {
        out.push({ rule: 'DOC.TRANSLATION_NEEDED', person: s.person, params: { name: s.name, document, language: doc.language } });
      }
      if (municipal) {
        const postalCode = c.sponsor?.postalCode;
        if (!postalCode) {
          if (!postalCodeMissing.reported) out.push(missingField('sponsor', 'sponsor.postalCode', 'DOC.MUNICIPALITY_LANGUAGE'));
          postalCodeMissing.reported = true;
        } else {
          const languages = municipalityLanguagesOf(ctx, postalCode);
          if (languages && !languages.includes(doc.language)) {
            out.push({
              rule: 'DOC.MUNICIPALITY_LANGUAGE',
              person: s.person,
              params: { name: s.name, document, language: doc.language, postalCode, municipalityLanguages: languages.join(','), translated: doc.translated === true },
            });
          }
        }
      }
    }
    // Seed 004: "Heb je een buitenlands attest of buitenlandse akte? Dan moet je die eventueel laten legaliseren of
    // voorzien van een apostille"; seed 000: "Buitenlandse aktes van de burgerlijke stand ... gelegaliseerd of geapostilleerd".
    if (doc.legalised === false) out.push({ rule: 'DOC.LEGALISATION', person: s.person, params: base });
  }
  return out;
}

function checkUnmarriedProof(docs: Documents | undefined): RawFinding[] {
  const out: RawFinding[] = [];
  // Seed 003: "het bewijs dat de aanvrager en de toekomstige gezinshereniger ongehuwd zijn (bewijs van ongehuwde staat)".
  if (!docs?.unmarriedCertificate) out.push({ rule: 'DOC.UNMARRIED_PROOF', person: 'applicant', params: { party: 'applicant' } });
  if (docs?.sponsorUnmarriedProof !== true) out.push({ rule: 'DOC.UNMARRIED_PROOF', person: 'sponsor', params: { party: 'sponsor' } });
  return out;
}

/**
 * Seed 004: "Jullie moeten beiden ongehuwd zijn." A person recorded as `married` cannot marry
 * or register a cohabitation; `divorced` and `widowed` are fine, proven by the divorce judgment
 * or death certificate that DOC.UNMARRIED_PROOF asks for.
 */
function checkMaritalStatus(c: VisaCase): RawFinding[] {
  const out: RawFinding[] = [];
  if (c.applicant.maritalStatus === 'married') out.push({ rule: 'DOC.MARITAL_STATUS', person: 'applicant', params: { party: 'applicant', caseType: c.caseType } });
  if (c.sponsor?.maritalStatus === 'married') out.push({ rule: 'DOC.MARITAL_STATUS', person: 'sponsor', params: { party: 'sponsor', caseType: c.caseType } });
  return out;
}

export function documentSubjects(c: VisaCase): Subject[] {
  const subjects: Subject[] = [
    { person: 'applicant', isChild: false, docsPath: 'documents', passportPath: 'applicant.passport', docs: c.documents, passport: c.applicant.passport, name: undefined },
  ];
  (c.children ?? []).forEach((child, i) => {
    subjects.push({
      person: `children[${i}]`,
      isChild: true,
      docsPath: `children[${i}].documents`,
      passportPath: `children[${i}].passport`,
      docs: child.documents,
      passport: child.passport,
      name: child.givenNames ?? `${i + 1}`,
    });
  });
  return subjects;
}

export function checkDocuments(ctx: CheckContext): RawFinding[] {
  const c = ctx.case;
  const out: RawFinding[] = [];
  const partnerCase = isPartnerCase(c);
  const postalCodeMissing = { reported: false };
  for (const s of documentSubjects(c)) {
    out.push(...checkPassport(ctx, s));
    if (partnerCase) {
      // Seed 000 asks a medical certificate but names no age limit and no travel insurance.
      out.push(...checkMedicalCertificate(ctx, s));
      out.push(...checkInsurance(ctx, s));
    }
    out.push(...checkCivilStatusDocuments(ctx, s, postalCodeMissing));
  }
  out.push(...checkCriminalRecord(ctx, c.documents));
  if (partnerCase) out.push(...checkMaritalStatus(c), ...checkUnmarriedProof(c.documents));
  if (c.caseType === 'marriage') {
    out.push(...checkMarriageDeclaration(ctx, c.documents));
    // Seed 004: "DVZ vraagt een chronologisch overzicht van je relatie."
    if (c.documents?.relationshipHistory !== true) out.push({ rule: 'DOC.RELATIONSHIP_HISTORY', person: 'applicant' });
  }
  return out;
}
