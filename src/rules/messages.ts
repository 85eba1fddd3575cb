// Rule ID → message in the reader's language.
import type { RuleId } from './catalogue';
import type { Lang, MessageFn, RuleMessages } from './types';
import { AGE_MESSAGES } from './ages/messages';
import { CHILD_MESSAGES } from './children/messages';
import { DOCUMENT_MESSAGES } from './documents/messages';
import { missingMessage } from './missing/messages';
import { paymentMessages } from './payment/messages';
import { meansMessages } from './means/messages';
import { housingMessages } from './housing/messages';
import { timelineMessages } from './timeline/messages';
import { humanitarianMessages } from './humanitarian/messages';
import { generalMessages } from './general/messages';
import { FORM_MESSAGES } from './form/messages';
import { MRZ_MESSAGES } from './mrz/messages';

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
  ...MRZ_MESSAGES,
};

const fallback: MessageFn = () => '';

export function ruleMessage(rule: RuleId, lang: Lang): MessageFn {
  const exact = RULE_MESSAGES[rule];
  if (exact) return exact[lang];
  if (rule.startsWith('MISSING.')) return missingMessage(rule, lang);
  return fallback;
}
