// `MISSING.<field>` (rules.md): a field the case type requires and a rule needs is absent.
// The ID drops array indices (`MISSING.children.birthDate`) so it stays stable; the exact
// path (`children[1].birthDate`) and the rule that needed it travel in the params.
import type { RuleId } from '../catalogue';
import type { Person, RawFinding } from '../types';

export function missingRuleId(field: string): RuleId {
  return `MISSING.${field.replace(/\[\d+\]/g, '')}`;
}

export function missingField(person: Person, field: string, neededBy: RuleId): RawFinding {
  return { rule: missingRuleId(field), person, params: { field, neededBy } };
}
