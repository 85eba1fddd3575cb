// npm run schema: writes schema/visa-case-1.schema.json and the README's rules table.
import { readFileSync, writeFileSync } from 'node:fs';
import { buildJsonSchemaText, README_FILE, SCHEMA_FILE, withRulesTable } from './docs';

writeFileSync(SCHEMA_FILE, buildJsonSchemaText());
process.stdout.write(`wrote ${SCHEMA_FILE}\n`);

const readme = readFileSync(README_FILE, 'utf8');
const updated = withRulesTable(readme);
if (updated === null) {
  process.stderr.write(`${README_FILE} has no rules-table markers; add them where the table belongs\n`);
  process.exitCode = 1;
} else if (updated !== readme) {
  writeFileSync(README_FILE, updated);
  process.stdout.write(`updated the rules table in ${README_FILE}\n`);
}
