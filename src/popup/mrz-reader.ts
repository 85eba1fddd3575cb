// What the MRZ field loads on first use: the reader with the `mrz` library, and the wording of a
// wrong check digit shared with the rule messages.
import type { MrzProblem } from '../case/mrz';
import { checkDigitText } from '../rules/mrz/messages';
import type { Lang } from '../rules/types';

export { compareWithMrz, readMrz } from '../case/mrz';

/** "The check digit of the date of birth does not match: 900315 gives 1, the line has 7." */
export function problemSentence(p: Extract<MrzProblem, { code: 'checkDigit' | 'invalid' }>, lang: Lang): string {
  const text = checkDigitText(p, lang);
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}
