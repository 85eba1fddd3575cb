import { expect } from 'vitest';
import { baseMarriageCase } from './base';
import type { Scenario } from './scenario';

export const scenarios: Scenario[] = [
  {
    name: 'A complete marriage file with a Belgian partner raises no error and no warning',
    case: baseMarriageCase(),
    expect: (report) => {
      expect(report.findings.filter((f) => f.severity !== 'info').map((f) => `${f.rule}: ${f.message}`)).toEqual([]);
      expect(report.checkedOn).toBe('2025-03-10');
    },
  },
];
