// What a finding asks the applicant to do: the applicant's view groups the
// findings by it and gives each one button that goes where it can be done.
import type { Finding } from '../rules/types';
import type { Translate } from './translate';

/**
 * `fill`: complete the file; `pay`: pay or correct a payment; `document`: get, renew or translate a
 * document; `date`: keep or correct a date; `check`: something to look into before applying;
 * `know`: good to know, nothing to do.
 */
export type ActionKind = 'fill' | 'pay' | 'document' | 'date' | 'check' | 'know';

export const ACTION_ORDER: readonly ActionKind[] = ['fill', 'pay', 'document', 'date', 'check', 'know'];

const DOCUMENT_PREFIXES = ['DOC.', 'INS.', 'HOUSING.', 'MEANS.', 'CHILD.'];

export function actionOf(finding: Pick<Finding, 'rule' | 'severity'>): ActionKind {
  const { rule, severity } = finding;
  if (rule.startsWith('MISSING.')) return 'fill';
  if (severity === 'info') return 'know';
  // The profile disagrees with the passport's machine-readable zone: a record to correct, not a document to get.
  if (rule === 'DOC.MRZ_MISMATCH') return 'check';
  if (rule.startsWith('PAY.')) return 'pay';
  if (DOCUMENT_PREFIXES.some((p) => rule.startsWith(p))) return 'document';
  if (rule.startsWith('TIME.')) return 'date';
  return 'check';
}

export const ACTION_HEADING: Record<ActionKind, (t: Translate) => string> = {
  fill: (t) => t('actionFillHeading'),
  pay: (t) => t('actionPayHeading'),
  document: (t) => t('actionDocumentHeading'),
  date: (t) => t('actionDateHeading'),
  check: (t) => t('actionCheckHeading'),
  know: (t) => t('actionKnowHeading'),
};

/** The label of the one button a finding of this kind gets; `check` and `know` ask for no step in the popup. */
export const ACTION_BUTTON: Record<ActionKind, ((t: Translate) => string) | null> = {
  fill: (t) => t('actionFillButton'),
  pay: (t) => t('actionPayButton'),
  document: (t) => t('actionDocumentButton'),
  date: (t) => t('actionDateButton'),
  check: null,
  know: null,
};
