import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildRulesTable, README_FILE, withRulesTable } from '../../scripts/docs';
import { RULES, RULE_IDS } from '../../src/rules/catalogue';

const readme = readFileSync(resolve(__dirname, '../..', README_FILE), 'utf8');

describe('README, "Where the rules come from"', () => {
  it('holds the rules table generated from src/rules/catalogue.ts', () => {
    const updated = withRulesTable(readme);
    expect(updated, 'README.md lost its rules-table markers').not.toBeNull();
    expect(updated === readme, 'the rules table in README.md is out of date: run `npm run schema` and commit the result').toBe(true);
  });

  it('lists every rule ID once with its severity', () => {
    const table = buildRulesTable();
    for (const id of RULE_IDS) {
      const rows = table.split('\n').filter((line) => line.startsWith(`| \`${id}\` |`));
      expect(rows, id).toHaveLength(1);
      expect(rows[0]).toContain(`| ${RULES[id].severity} |`);
    }
  });
});
