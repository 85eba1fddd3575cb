// visa-check report, calendar and check --csv: the files a caseworker keeps or
// hands over, made by the same renderers as the extension's.
import { describeErrors } from '../case/parse';
import { checkCase } from '../rules/engine';
import { calendarFile } from '../report/calendar';
import { overviewHtmlFile } from '../report/overview';
import { reportHtmlFile } from '../report/report';
import { brokenRow, caseRow, casesCsv, type CaseRow } from '../report/table';
import type { CheckCommand } from './args';
import { cliI18n } from './catalogs';
import type { ReportCommand } from './report-args';
import { EXIT_ERROR_FINDING, EXIT_INVALID, EXIT_OK, listFiles, loadCase, readParams, type CliIo, type Loaded } from './run';

function errorLines(file: string, loaded: Pick<Extract<Loaded, { ok: false }>, 'errors'>): string {
  return `${describeErrors(loaded.errors)
    .split('\n')
    .map((line) => `${file}: ${line}`)
    .join('\n')}\n`;
}

/** Every file of the arguments, checked or with the reason it could not be; broken files never stop the run. */
async function tableRows(paths: readonly string[], options: Parameters<typeof checkCase>[1], io: CliIo) {
  const { files, folder, errors } = await listFiles(paths, io);
  const rows: CaseRow[] = [];
  let broken = false;
  for (const file of files) {
    const loaded = await loadCase(file, io);
    if (!loaded.ok) {
      broken = true;
      rows.push(brokenRow(file, describeErrors(loaded.errors).replace(/\n/g, '; ')));
      continue;
    }
    rows.push(caseRow(file, loaded.value, checkCase(loaded.value, options)));
  }
  return { rows, broken, folder, errors };
}

export async function runCsv(cmd: CheckCommand, io: CliIo): Promise<number> {
  let userValues: Extract<Awaited<ReturnType<typeof readParams>>, { ok: true }>['values'] = [];
  if (cmd.params !== undefined) {
    const read = await readParams(cmd.params, io);
    if (!read.ok) {
      io.stderr(errorLines(cmd.params, read));
      return EXIT_INVALID;
    }
    userValues = read.values;
  }
  const { rows, broken, errors } = await tableRows(cmd.paths, { today: io.today, on: cmd.on, lang: cmd.lang, userValues }, io);
  if (errors.length) {
    io.stderr(`${errors.join('\n')}\n`);
    return EXIT_INVALID;
  }
  io.stdout(casesCsv(rows));
  return broken ? EXIT_INVALID : rows.some((r) => r.errors) ? EXIT_ERROR_FINDING : EXIT_OK;
}

/** `cases/marriage.json` → `marriage.html`: the name `visa-check report cases/marriage.json > cases/marriage.html` gives. */
export function reportFileName(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return `${base.replace(/\.json$/i, '')}.html`;
}

export async function runReport(cmd: ReportCommand, io: CliIo): Promise<number> {
  const { t } = cliI18n(cmd.lang);
  const options = { today: io.today, on: cmd.on, lang: cmd.lang };
  const path = cmd.paths[0]!;
  const st = await io.stat(path);
  if (st?.isDirectory) {
    const { rows, broken, errors } = await tableRows([path], options, io);
    if (errors.length) {
      io.stderr(`${errors.join('\n')}\n`);
      return EXIT_INVALID;
    }
    const linked = rows.map((r) => ({ ...r, file: r.file.split(/[\\/]/).pop() ?? r.file, href: reportFileName(r.file) }));
    io.stdout(overviewHtmlFile({ folder: path, rows: linked, lang: cmd.lang, t }));
    return broken ? EXIT_INVALID : EXIT_OK;
  }
  const loaded = await loadCase(path, io);
  if (!loaded.ok) {
    io.stderr(errorLines(path, loaded));
    return EXIT_INVALID;
  }
  const report = checkCase(loaded.value, options);
  io.stdout(reportHtmlFile({ case: loaded.value, report, lang: cmd.lang, t }));
  return EXIT_OK;
}

function utcMillis(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
}

export async function runCalendar(cmd: ReportCommand, io: CliIo): Promise<number> {
  const { t } = cliI18n(cmd.lang);
  const path = cmd.paths[0]!;
  const loaded = await loadCase(path, io);
  if (!loaded.ok) {
    io.stderr(errorLines(path, loaded));
    return EXIT_INVALID;
  }
  const report = checkCase(loaded.value, { today: io.today, on: cmd.on, lang: cmd.lang });
  const made = calendarFile({ case: loaded.value, report, t, stamp: utcMillis(io.today) });
  if (!made.ok) {
    io.stderr(`${path}: ${made.error}\n`);
    return EXIT_OK;
  }
  io.stdout(made.text);
  return EXIT_OK;
}
