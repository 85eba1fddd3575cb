import type { CheckContext } from './context';
import type { ChecklistItem, Finding, Lang } from './types';

export function buildChecklist(_ctx: CheckContext, _findings: readonly Finding[], _lang: Lang): ChecklistItem[] {
  return [];
}
