import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildJsonSchemaText, SCHEMA_FILE } from '../../scripts/docs';

const committed = readFileSync(resolve(__dirname, '../..', SCHEMA_FILE), 'utf8');

describe('schema/visa-case-1.schema.json', () => {
  it('is the JSON Schema generated from src/case/schema.ts', () => {
    expect(committed === buildJsonSchemaText(), `${SCHEMA_FILE} is out of date: run \`npm run schema\` and commit the result`).toBe(true);
  });

  it('requires what the format requires and keeps unknown keys', () => {
    const schema = JSON.parse(committed);
    expect(schema.required).toEqual(['format', 'caseType', 'applicant']);
    expect(schema.properties.format.const).toBe('visa-case/1');
    expect(schema.additionalProperties).toEqual({});
    expect(schema.properties.applicant.additionalProperties).toEqual({});
  });

  it('describes dates as YYYY-MM-DD everywhere', () => {
    const schema = JSON.parse(committed);
    expect(schema.properties.applicant.properties.birthDate).toMatchObject({ type: 'string', format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
    expect(schema.properties.children.items.properties.passport.properties.expiryDate.format).toBe('date');
    expect(schema.properties.documents.properties.travelInsurance.properties.start.format).toBe('date');
  });
});
