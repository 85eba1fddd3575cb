// Rule ID → message in the reader's language.
import type { RuleId } from '../../rules/catalogue';
import type { Lang } from '../../rules/types';
import type { MessageFn, RuleMessages } from './types';

export const RULE_MESSAGES: Partial<Record<string, RuleMessages>> = {};

const fallback: MessageFn = () => '';

export function ruleMessage(rule: RuleId, lang: Lang): MessageFn {
  const exact = RULE_MESSAGES[rule];
  if (exact) return exact[lang];
  return fallback;
}
