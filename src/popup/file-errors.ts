// A problem of an imported file or an entered amount in the popup's language: the problem is
// worded once in English (`case/error-texts.ts`, what visa-check prints); here its key and
// values are read back and the popup's catalogue words it. A text worded elsewhere stays as it is.
import type { CaseError } from '../case/path';
import { readErrorText } from '../case/error-texts';
import type { Translate } from './translate';

export function fileErrorText(message: string, t: Translate): string {
  const read = readErrorText(message);
  return read ? t(`fileError_${read.key}`, ...read.values) : message;
}

/** `applicant.birthDate: 1990-02-30 n’est pas une date (AAAA-MM-JJ)`. */
export function fileErrorLine(error: CaseError, t: Translate): string {
  return t('fileErrorLine', error.path, fileErrorText(error.message, t));
}
