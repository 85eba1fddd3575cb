// Rule ID → message in the reader's language.
import type { RuleId } from '../../rules/catalogue';
import type { Lang } from '../../rules/types';
import type { MessageFn, RuleMessages } from './types';
import { AGE_MESSAGES } from './ages';
import { CHILD_MESSAGES } from './children';
import { DOCUMENT_MESSAGES } from './documents';
import { missingMessage } from './missing';
import { paymentMessages } from './payment';
import { meansMessages } from './means';
import { housingMessages } from './housing';
import { timelineMessages } from './timeline';
import { humanitarianMessages } from './humanitarian';
import { generalMessages } from './general';
import { FORM_MESSAGES } from './form';

export const RULE_MESSAGES: Partial<Record<string, RuleMessages>> = {
  ...AGE_MESSAGES,
  ...DOCUMENT_MESSAGES,
  ...CHILD_MESSAGES,
  ...paymentMessages,
  ...meansMessages,
  ...housingMessages,
  ...timelineMessages,
  ...humanitarianMessages,
  ...generalMessages,
  ...FORM_MESSAGES,
};

const fallback: MessageFn = () => '';

export function ruleMessage(rule: RuleId, lang: Lang): MessageFn {
  const exact = RULE_MESSAGES[rule];
  if (exact) return exact[lang];
  if (rule.startsWith('MISSING.')) return missingMessage(rule, lang);
  return fallback;
}
