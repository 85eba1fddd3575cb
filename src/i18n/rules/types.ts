import type { Params, Lang } from '../../rules/types';
import type { Formatter } from '../format';

export type MessageFn = (p: Params, f: Formatter) => string;

/** One rule's message in every language, side by side so translations stay in step. */
export type RuleMessages = Record<Lang, MessageFn>;
