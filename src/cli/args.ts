// The command line of visa-check (spec/case-format.md, "Command-line checker"),
// read into a typed command or a message saying which argument is wrong.
import { isIsoDate } from '../case/iso-date';
import { LANGS, type Lang } from '../rules/types';
import { parseReportArgs, type ReportCommand } from './report-args';

export interface CheckCommand {
  command: 'check';
  paths: string[];
  on?: string;
  lang: Lang;
  json: boolean;
  /** A `visa-params/1` file of amounts the user has verified. */
  params?: string;
  /** One CSV row per file (src/report/table.ts). */
  csv?: boolean;
}

export interface ReferenceCommand {
  command: 'reference';
  surname: string;
  given: string;
  nationality: string;
  birth: string;
  lang: Lang;
  countryLang: Lang;
  json: boolean;
}

export interface HelpCommand {
  command: 'help';
}

export type Command = CheckCommand | ReferenceCommand | ReportCommand | HelpCommand;

export type ParsedArgs = { ok: true; value: Command } | { ok: false; error: string };

const VALUE_OPTIONS: Record<'check' | 'reference', readonly string[]> = {
  check: ['--on', '--lang', '--params'],
  reference: ['--surname', '--given', '--nationality', '--birth', '--lang', '--country-lang'],
};
const FLAG_OPTIONS = ['--json', '--csv'];

export function readLang(value: string | undefined, option: string): Lang | string {
  if (value === undefined) return 'en';
  return (LANGS as readonly string[]).includes(value) ? (value as Lang) : `${option}: ${value} is not one of ${LANGS.join(', ')}`;
}

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}

/** Reads `argv` without the node and script entries. */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  if (argv.length === 0) return { ok: false, error: 'no command given' };
  if (argv.includes('--help') || argv.includes('-h') || argv[0] === 'help') return { ok: true, value: { command: 'help' } };
  const [command, ...rest] = argv as [string, ...string[]];
  if (command === 'report' || command === 'calendar') return parseReportArgs(command, rest);
  if (command !== 'check' && command !== 'reference') return { ok: false, error: `${command} is not a command (check, report, calendar, reference)` };

  const options = new Map<string, string>();
  const flags = new Set<string>();
  const positional: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = eq > 0 ? arg.slice(0, eq) : arg;
      if (FLAG_OPTIONS.includes(name)) {
        if (eq > 0) return { ok: false, error: `${name} takes no value` };
        flags.add(name);
        continue;
      }
      if (!VALUE_OPTIONS[command].includes(name)) return { ok: false, error: `${name} is not an option of ${command}` };
      const value = eq > 0 ? arg.slice(eq + 1) : rest[++i];
      if (value === undefined || (eq < 0 && value.startsWith('--'))) return { ok: false, error: `${name} needs a value` };
      if (options.has(name)) return { ok: false, error: `${name} is given twice` };
      options.set(name, value);
    } else {
      positional.push(arg);
    }
  }

  const lang = readLang(options.get('--lang'), '--lang');
  if (!isLang(lang)) return { ok: false, error: lang };
  const json = flags.has('--json');
  const csv = flags.has('--csv');
  if (csv && command !== 'check') return { ok: false, error: `--csv is not an option of ${command}` };
  if (csv && json) return { ok: false, error: '--csv and --json exclude each other' };

  if (command === 'check') {
    if (positional.length === 0) return { ok: false, error: 'check needs a case file or a folder' };
    const on = options.get('--on');
    if (on !== undefined && !isIsoDate(on)) return { ok: false, error: `--on: ${on} is not a date (YYYY-MM-DD)` };
    const params = options.get('--params');
    return { ok: true, value: { command, paths: positional, on, lang, json, ...(params === undefined ? {} : { params }), ...(csv ? { csv } : {}) } };
  }

  if (positional.length > 0) return { ok: false, error: `reference takes no file (${positional[0]})` };
  // `--given ""` is allowed: some passports carry a surname only.
  const missing = ['--surname', '--given', '--nationality', '--birth'].filter((o) => (o === '--given' ? !options.has(o) : !options.get(o)?.trim()));
  if (missing.length) return { ok: false, error: `reference needs ${missing.join(', ')}` };
  const nationality = options.get('--nationality')!.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(nationality)) return { ok: false, error: `--nationality: ${nationality} is not a two-letter country code (ISO 3166-1, XX for stateless)` };
  const birth = options.get('--birth')!.trim();
  if (!isIsoDate(birth)) return { ok: false, error: `--birth: ${birth} is not a date (YYYY-MM-DD)` };
  const countryLang = options.has('--country-lang') ? readLang(options.get('--country-lang'), '--country-lang') : 'nl';
  if (!isLang(countryLang)) return { ok: false, error: countryLang };
  return {
    ok: true,
    value: {
      command,
      surname: options.get('--surname')!.trim(),
      given: options.get('--given')!.trim(),
      nationality,
      birth,
      lang,
      countryLang,
      json,
    },
  };
}
