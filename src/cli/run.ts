// visa-check without Node: every effect goes through `io`, so tests run the
// whole command in-process and main.ts only wires argv, the file system and
// the exit code.
import { decodeCaseBytes, MAX_FILE_BYTES } from '../case/decode';
import { describeErrors, parseCaseText, type CaseError } from '../case/parse';
import type { VisaCase } from '../case/schema';
import { parseParamsText, type ParamsResult } from '../case/params-file';
import type { UserValue } from '../rules/parameters';
import { CLI_STRINGS, USAGE } from './strings';
import { punctuation } from '../i18n/format';
import { checkCase } from '../rules/engine';
import { paymentReference, type CommunicationProblem } from '../rules/payment';
import type { Report } from '../rules/types';
import { parseArgs, type CheckCommand, type ReferenceCommand } from './args';
import { formatHuman } from './format-human';
import { runCalendar, runCsv, runReport } from './report-run';

export interface CliIo {
  /** The file's bytes: they are decoded here, so a file that is not UTF-8 is refused with the offset. */
  readFile(path: string): Promise<Uint8Array>;
  /** `null` when the path does not exist. */
  stat(path: string): Promise<{ isDirectory: boolean; size: number } | null>;
  readDir(path: string): Promise<string[]>;
  stdout(text: string): void;
  stderr(text: string): void;
  isTTY: boolean;
  env: Readonly<Record<string, string | undefined>>;
  /** The caller's calendar day, `YYYY-MM-DD`. */
  today: string;
}

export const EXIT_OK = 0;
export const EXIT_ERROR_FINDING = 1;
export const EXIT_INVALID = 2;

/** The `--json` object of spec/case-format.md, with exactly its keys. */
export function reportJson(report: Report) {
  return {
    findings: report.findings.map((f) => ({ rule: f.rule, severity: f.severity, person: f.person, message: f.message, source: f.source })),
    payments: report.payments.map((p) => ({
      person: p.person,
      amountEur: p.amountEur,
      exempt: p.exempt,
      reason: p.reason,
      communication: p.communication,
      epcQr: p.epcQr,
    })),
    deadlines: report.deadlines.map((d) => ({ rule: d.rule, date: d.date, status: d.status, doneOn: d.doneOn ?? null, note: d.note })),
    checklist: report.checklist.map((c) => ({ id: c.id, person: c.person, status: c.status, rules: c.rules })),
  };
}

/** Files read ahead of the one being checked in a folder run. */
const READ_AHEAD = 16;

export type Loaded = { file: string; ok: true; value: VisaCase } | { file: string; ok: false; errors: CaseError[] };

function joinPath(dir: string, name: string): string {
  return dir.endsWith('/') || dir.endsWith('\\') ? dir + name : `${dir}/${name}`;
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The files to check: each argument, or every `*.json` of a folder, sorted. */
export async function listFiles(paths: readonly string[], io: CliIo): Promise<{ files: string[]; folder: boolean; errors: string[] }> {
  const files: string[] = [];
  const errors: string[] = [];
  let folder = false;
  for (const path of paths) {
    const st = await io.stat(path);
    if (st?.isDirectory) {
      folder = true;
      const names = (await io.readDir(path)).filter((n) => n.toLowerCase().endsWith('.json')).sort(byCodePoint);
      if (!names.length) errors.push(`${path}: holds no *.json file`);
      for (const name of names) files.push(joinPath(path, name));
    } else {
      files.push(path);
    }
  }
  return { files, folder, errors };
}

export async function loadCase(file: string, io: CliIo): Promise<Loaded> {
  const st = await io.stat(file);
  if (!st) return { file, ok: false, errors: [{ path: '(file)', message: 'does not exist' }] };
  if (st.isDirectory) return { file, ok: false, errors: [{ path: '(file)', message: 'is a folder' }] };
  // Bytes, not characters: a generous bound that spares reading a huge file at all.
  if (st.size > MAX_FILE_BYTES * 4) {
    return { file, ok: false, errors: [{ path: '(file)', message: `is larger than ${MAX_FILE_BYTES / 1_000_000} MB; a case file is a few kilobytes` }] };
  }
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(file);
  } catch (error) {
    return { file, ok: false, errors: [{ path: '(file)', message: `cannot be read (${(error as Error).message})` }] };
  }
  const decoded = decodeCaseBytes(bytes);
  if (!decoded.ok) return { file, ok: false, errors: decoded.errors };
  const parsed = parseCaseText(decoded.text);
  return parsed.ok ? { file, ok: true, value: parsed.value } : { file, ok: false, errors: parsed.errors };
}

function errorLines(file: string, errors: readonly CaseError[]): string {
  return `${describeErrors(errors)
    .split('\n')
    .map((line) => `${file}: ${line}`)
    .join('\n')}\n`;
}

/** The `--params` file, read and checked before any case: a bad one stops the run with the field named. */
export async function readParams(path: string, io: CliIo): Promise<ParamsResult> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(path);
  } catch (e) {
    return { ok: false, errors: [{ path: '(file)', message: `cannot be read (${(e as Error).message})` }] };
  }
  const decoded = decodeCaseBytes(bytes);
  return decoded.ok ? parseParamsText(decoded.text) : decoded;
}

async function runCheck(cmd: CheckCommand, io: CliIo): Promise<number> {
  const { files, folder, errors } = await listFiles(cmd.paths, io);
  if (errors.length) {
    io.stderr(`${errors.join('\n')}\n`);
    return EXIT_INVALID;
  }
  const color = io.isTTY && !io.env.NO_COLOR;
  let userValues: UserValue[] = [];
  if (cmd.params !== undefined) {
    const read = await readParams(cmd.params, io);
    if (!read.ok) {
      io.stderr(errorLines(cmd.params, read.errors));
      return EXIT_INVALID;
    }
    userValues = read.values;
  }
  const options = { today: io.today, on: cmd.on, lang: cmd.lang, userValues };

  if (files.length === 1 && !folder) {
    const loaded = await loadCase(files[0]!, io);
    if (!loaded.ok) {
      io.stderr(errorLines(loaded.file, loaded.errors));
      return EXIT_INVALID;
    }
    const report = checkCase(loaded.value, options);
    io.stdout(cmd.json ? `${JSON.stringify(reportJson(report), null, 2)}\n` : formatHuman(loaded.value, report, { lang: cmd.lang, color }));
    return report.findings.some((f) => f.severity === 'error') ? EXIT_ERROR_FINDING : EXIT_OK;
  }

  // Several files: the worst outcome decides (an unreadable file over an error finding).
  let exit = EXIT_OK;
  const out: string[] = [];
  let printed = 0;
  // With an asynchronous `io`, reading a few files ahead keeps the disk busy while the rules run.
  const ahead = new Map<number, Promise<Loaded>>();
  for (let i = 0; i < files.length; i++) {
    for (let j = i; j < Math.min(files.length, i + READ_AHEAD); j++) if (!ahead.has(j)) ahead.set(j, loadCase(files[j]!, io));
    const loaded = await ahead.get(i)!;
    ahead.delete(i);
    const file = loaded.file;
    if (!loaded.ok) {
      exit = EXIT_INVALID;
      if (cmd.json) out.push(`${JSON.stringify({ file, ok: false, error: describeErrors(loaded.errors) })}\n`);
      else io.stderr(errorLines(file, loaded.errors));
      continue;
    }
    const report = checkCase(loaded.value, options);
    const errorCount = report.findings.filter((f) => f.severity === 'error').length;
    if (errorCount && exit === EXIT_OK) exit = EXIT_ERROR_FINDING;
    if (cmd.json) {
      const warnings = report.findings.filter((f) => f.severity === 'warning').length;
      out.push(`${JSON.stringify({ file, ok: true, errors: errorCount, warnings, ...reportJson(report) })}\n`);
    } else {
      const rule = '─'.repeat(Math.min(60, file.length + 4));
      out.push(`${printed++ ? '\n' : ''}${rule}\n  ${file}\n${rule}\n${formatHuman(loaded.value, report, { lang: cmd.lang, color })}`);
    }
    // Written in batches: one write per file costs more than the check itself for big folders.
    if (out.length >= 256) io.stdout(out.splice(0).join(''));
  }
  if (out.length) io.stdout(out.join(''));
  return exit;
}

const REFERENCE_OPTION: Record<CommunicationProblem['field'], string> = {
  surname: '--surname',
  givenNames: '--given',
  nationality: '--nationality',
  birthDate: '--birth',
};

const REFERENCE_PROBLEM: Record<CommunicationProblem['code'], string> = {
  missing: 'is needed for the communication',
  'non-latin': "is not in Latin letters; use the spelling of the passport's machine-readable zone",
  'unknown-country': 'is not a known ISO 3166-1 country code (XX for stateless)',
  'invalid-date': 'is not a date (YYYY-MM-DD)',
};

function runReference(cmd: ReferenceCommand, io: CliIo): number {
  const ref = paymentReference(
    { surname: cmd.surname, givenNames: cmd.given, nationality: cmd.nationality, birthDate: cmd.birth },
    { countryLang: cmd.countryLang },
  );
  if (!ref.ok) {
    io.stderr(`${ref.problems.map((p) => `${REFERENCE_OPTION[p.field]}: ${REFERENCE_PROBLEM[p.code]}`).join('\n')}\n`);
    return EXIT_INVALID;
  }
  if (cmd.json) {
    io.stdout(`${JSON.stringify({ compact: ref.compact, spaced: ref.spaced, shortened: ref.shortened })}\n`);
    return EXIT_OK;
  }
  const t = CLI_STRINGS[cmd.lang];
  const colon = punctuation(':', cmd.lang);
  const lines = [`${t.reference}${colon} ${ref.compact}`, `${t.referenceSpaced}${colon} ${ref.spaced}`];
  if (ref.shortened) lines.push(t.referenceShortened);
  io.stdout(`${lines.join('\n')}\n`);
  return EXIT_OK;
}

/** Runs one command line; returns the exit status. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv);
  if (!args.ok) {
    io.stderr(`visa-check: ${args.error}\n\n${USAGE}`);
    return EXIT_INVALID;
  }
  const cmd = args.value;
  if (cmd.command === 'help') {
    io.stdout(USAGE);
    return EXIT_OK;
  }
  if (cmd.command === 'reference') return runReference(cmd, io);
  if (cmd.command === 'report') return runReport(cmd, io);
  if (cmd.command === 'calendar') return runCalendar(cmd, io);
  return cmd.csv ? runCsv(cmd, io) : runCheck(cmd, io);
}
