// The version of the rule data a report was made with: the start date of the
// newest dated value among the parameters (fees, amounts, ages, windows), which
// changes whenever a maintainer adds a figure.
import * as parameters from '../rules/parameters';
import type { Parameter } from '../rules/parameters';

function isParameter(value: unknown): value is Parameter<unknown> {
  return typeof value === 'object' && value !== null && 'values' in value && 'indexation' in value && 'id' in value;
}

let newest: string | undefined;

export function ruleDataVersion(): string {
  newest ??= Object.values(parameters as Record<string, unknown>)
    .filter(isParameter)
    .flatMap((p) => p.values.map((v) => v.since))
    .reduce((a, b) => (b > a ? b : a), '');
  return newest;
}
