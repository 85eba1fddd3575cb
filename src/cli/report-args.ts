// The command lines of `visa-check report` and `visa-check calendar`.
import { isIsoDate } from '../case/iso-date';
import type { Lang } from '../rules/types';
import { isLang, readLang, type ParsedArgs } from './args';

interface ReportOptions {
  paths: string[];
  on?: string;
  lang: Lang;
}

/** `report`: an HTML report of a case, or an overview of a folder; `calendar`: the due deadlines of a case as iCalendar. */
export type ReportCommand = (ReportOptions & { command: 'report' }) | (ReportOptions & { command: 'calendar' });

const OPTIONS = ['--on', '--lang'];

export function parseReportArgs(command: ReportCommand['command'], rest: readonly string[]): ParsedArgs {
  const options = new Map<string, string>();
  const paths: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (!arg.startsWith('--')) {
      paths.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (!OPTIONS.includes(name)) return { ok: false, error: `${name} is not an option of ${command}` };
    const value = eq > 0 ? arg.slice(eq + 1) : rest[++i];
    if (value === undefined || (eq < 0 && value.startsWith('--'))) return { ok: false, error: `${name} needs a value` };
    if (options.has(name)) return { ok: false, error: `${name} is given twice` };
    options.set(name, value);
  }
  const lang = readLang(options.get('--lang'), '--lang');
  if (!isLang(lang)) return { ok: false, error: lang };
  const on = options.get('--on');
  if (on !== undefined && !isIsoDate(on)) return { ok: false, error: `--on: ${on} is not a date (YYYY-MM-DD)` };
  if (paths.length !== 1) return { ok: false, error: command === 'report' ? 'report needs one case file or one folder' : 'calendar needs one case file' };
  return { ok: true, value: command === 'report' ? { command, paths, on, lang } : { command, paths, on, lang } };
}
