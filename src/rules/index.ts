export { checkCase, type CheckOptions } from './engine';
export * from './types';
export { RULES, RULE_IDS, type RuleId } from './catalogue';
