// The open case's due deadlines saved as an .ics file; loaded on demand, as the
// calendar library is only needed when asked.
import type { Report } from '../rules/types';
import { calendarFile } from '../report/calendar';
import { caseTitle } from '../report/report';
import { downloadText, fileNameOf } from './download';
import type { Translate } from './translate';

/** Saves the file; answers why not when no deadline is due. */
export function saveCalendar(storedId: string, c: unknown, report: Report, t: Translate): string | null {
  const made = calendarFile({ case: c, report, t, stamp: Date.now(), storedId });
  if (!made.ok) return made.error;
  downloadText(fileNameOf(caseTitle(c, t), 'ics'), made.text, 'text/calendar');
  return null;
}
