import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planJsonSchema } from '../../src/plan/index.js';

describe('planJsonSchema', () => {
  it('matches the committed schema/plan.schema.json (regenerate with npx tsx scripts/gen-plan-schema.ts)', () => {
    const file = JSON.parse(readFileSync('schema/plan.schema.json', 'utf8')) as unknown;
    expect(file).toEqual(JSON.parse(JSON.stringify(planJsonSchema())));
  });

  it('describes strict objects, the area names and schemaVersion 1', () => {
    const s = planJsonSchema() as {
      $schema: string;
      additionalProperties: boolean;
      required: string[];
      properties: Record<
        string,
        {
          const?: number;
          items?: {
            properties: {
              tasks: { items: { additionalProperties: boolean; required: string[] } };
              area: { enum: string[] };
            };
          };
        }
      >;
    };
    expect(s.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(s.additionalProperties).toBe(false);
    expect(s.required).toEqual(['schemaVersion', 'id', 'title', 'agencies', 'classes', 'groups']);
    expect(s.properties['schemaVersion']?.const).toBe(1);
    const group = s.properties['groups']?.items?.properties;
    expect(group?.area.enum).toEqual([
      'direction',
      'communication',
      'institutions',
      'procedures',
      'organisation',
      'civil-service',
      'public-finance',
      'digital-government',
      'impact',
    ]);
    expect(group?.tasks.items.additionalProperties).toBe(false);
    expect(group?.tasks.items.required).toEqual(['id', 'title', 'lead', 'deadline']);
    expect(Object.isFrozen(s)).toBe(true);
  });
});
