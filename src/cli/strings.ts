// The words of the visa-check command around the findings (which have their own
// messages beside each rule family in src/rules). One object per language, same keys (tests/meta).
import type { CaseType } from '../case/schema';
import type { Lang, Person, Severity } from '../rules/types';

export interface CliStrings {
  severityHeading: Record<Severity, string>;
  payments: string;
  deadlines: string;
  checklist: string;
  noFindings: string;
  caseHeading: (label: string, caseType: string, checkedOn: string) => string;
  caseType: Record<CaseType, string>;
  summary: (errors: number, warnings: number, infos: number) => string;
  /** The person a line is about; the person in Belgium is named after the case type (a family member in a humanitarian file). */
  person: (p: Person, caseType: CaseType) => string;
  source: string;
  amount: string;
  exempt: (reason: string | null) => string;
  amountUnknown: string;
  communication: string;
  communicationSpaced: string;
  account: string;
  shortened: string;
  checklistStatus: Record<'ok' | 'missing' | 'problem', string>;
  reference: string;
  referenceSpaced: string;
  referenceShortened: string;
  invalidFile: string;
}

function childNumber(p: Person): number | null {
  const m = /^children\[(\d+)\]$/.exec(p);
  return m ? Number(m[1]) + 1 : null;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export const CLI_STRINGS: Record<Lang, CliStrings> = {
  nl: {
    severityHeading: { error: 'Fouten', warning: 'Waarschuwingen', info: 'Goed om te weten' },
    payments: 'Betaling',
    deadlines: 'Termijnen',
    checklist: 'Documenten',
    noFindings: 'Geen opmerkingen.',
    caseHeading: (label, caseType, checkedOn) => `${label} (${caseType}), gecontroleerd voor ${checkedOn}`,
    caseType: { marriage: 'huwelijk', cohabitation: 'wettelijke samenwoning', humanitarian: 'humanitair visum' },
    summary: (e, w, i) => `${plural(e, 'fout', 'fouten')}, ${plural(w, 'waarschuwing', 'waarschuwingen')}, ${i} ter info`,
    person: (p, caseType) => {
      const n = childNumber(p);
      if (n !== null) return `kind ${n}`;
      return p === 'applicant' ? 'aanvrager' : p === 'sponsor' ? (caseType === 'humanitarian' ? 'familielid in België' : 'partner in België') : 'dossier';
    },
    source: 'bron',
    amount: 'bedrag',
    exempt: (reason) => (reason ? `vrijgesteld (${reason})` : 'vrijgesteld'),
    amountUnknown: 'onbekend',
    communication: 'mededeling',
    communicationSpaced: 'of, met spaties',
    account: 'rekening',
    shortened: 'ingekort tot 140 tekens: voornamen als initialen',
    checklistStatus: { ok: 'in orde', missing: 'ontbreekt', problem: 'probleem' },
    reference: 'Mededeling',
    referenceSpaced: 'Met spaties',
    referenceShortened: 'Ingekort tot 140 tekens: de voornamen staan er als initialen in.',
    invalidFile: 'is geen geldig dossierbestand',
  },
  fr: {
    severityHeading: { error: 'Erreurs', warning: 'Avertissements', info: 'Bon à savoir' },
    payments: 'Paiement',
    deadlines: 'Délais',
    checklist: 'Documents',
    noFindings: 'Aucune remarque.',
    caseHeading: (label, caseType, checkedOn) => `${label} (${caseType}), vérifié pour le ${checkedOn}`,
    caseType: { marriage: 'mariage', cohabitation: 'cohabitation légale', humanitarian: 'visa humanitaire' },
    summary: (e, w, i) => `${plural(e, 'erreur', 'erreurs')}, ${plural(w, 'avertissement', 'avertissements')}, ${i} pour info`,
    person: (p, caseType) => {
      const n = childNumber(p);
      if (n !== null) return `enfant ${n}`;
      return p === 'applicant' ? 'demandeur' : p === 'sponsor' ? (caseType === 'humanitarian' ? 'membre de la famille en Belgique' : 'partenaire en Belgique') : 'dossier';
    },
    source: 'source',
    amount: 'montant',
    exempt: (reason) => (reason ? `exempté (${reason})` : 'exempté'),
    amountUnknown: 'inconnu',
    communication: 'communication',
    communicationSpaced: 'ou, avec espaces',
    account: 'compte',
    shortened: 'raccourcie à 140 caractères : prénoms en initiales',
    checklistStatus: { ok: 'en ordre', missing: 'manquant', problem: 'problème' },
    reference: 'Communication',
    referenceSpaced: 'Avec espaces',
    referenceShortened: 'Raccourcie à 140 caractères : les prénoms y figurent en initiales.',
    invalidFile: 'n’est pas un fichier de dossier valide',
  },
  en: {
    severityHeading: { error: 'Errors', warning: 'Warnings', info: 'Good to know' },
    payments: 'Payment',
    deadlines: 'Deadlines',
    checklist: 'Documents',
    noFindings: 'Nothing to report.',
    caseHeading: (label, caseType, checkedOn) => `${label} (${caseType}), checked for ${checkedOn}`,
    caseType: { marriage: 'marriage', cohabitation: 'legal cohabitation', humanitarian: 'humanitarian visa' },
    summary: (e, w, i) => `${plural(e, 'error', 'errors')}, ${plural(w, 'warning', 'warnings')}, ${i} for information`,
    person: (p, caseType) => {
      const n = childNumber(p);
      if (n !== null) return `child ${n}`;
      return p === 'applicant' ? 'applicant' : p === 'sponsor' ? (caseType === 'humanitarian' ? 'family member in Belgium' : 'partner in Belgium') : 'case';
    },
    source: 'source',
    amount: 'amount',
    exempt: (reason) => (reason ? `exempt (${reason})` : 'exempt'),
    amountUnknown: 'unknown',
    communication: 'communication',
    communicationSpaced: 'or, spaced',
    account: 'account',
    shortened: 'shortened to 140 characters: given names as initials',
    checklistStatus: { ok: 'ok', missing: 'missing', problem: 'problem' },
    reference: 'Communication',
    referenceSpaced: 'Spaced',
    referenceShortened: 'Shortened to 140 characters: the given names are written as initials.',
    invalidFile: 'is not a valid case file',
  },
};

/** The usage text stays in English, like the option names it explains. */
export const USAGE = `Usage:
  visa-check check CASE.json|FOLDER... [--on YYYY-MM-DD] [--lang nl|fr|en] [--json] [--params FILE]
  visa-check check CASE.json|FOLDER... --csv [--on YYYY-MM-DD] [--lang nl|fr|en] > cases.csv
  visa-check report CASE.json|FOLDER [--on YYYY-MM-DD] [--lang nl|fr|en] > report.html
  visa-check calendar CASE.json [--on YYYY-MM-DD] [--lang nl|fr|en] > deadlines.ics
  visa-check reference --surname S --given G --nationality CC --birth YYYY-MM-DD
                       [--country-lang nl|fr|en] [--lang nl|fr|en] [--json]
  visa-check --help

check      Checks case files (format visa-case/1). A folder means every *.json in it.
           --on    the application date to check for when a file has none (default: today)
           --lang  language of the messages (default: en)
           --json  one JSON object; with several files, one JSON line per file
           --params  amounts you have verified (visa-params/1, as the extension's
                     settings export them): used from their start date
           --csv   one row per file (UTF-8 with a byte-order mark, RFC 4180)
report     A printable HTML report of a case (styles and QR code inside the file);
           of a folder, a sortable overview linking to NAME.html beside each NAME.json.
calendar   The due deadlines of a case as an iCalendar (.ics) file.
reference  Prints the payment communication for the visa fee.
           --country-lang  language of the country name (default: nl, as the
                           Immigration Office's example uses)

Exit status: 0 no error found, 1 at least one error finding,
             2 a file that cannot be read or is not a case file, a --params file
               that does not match its format, or bad arguments.
`;
