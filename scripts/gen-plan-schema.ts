// Writes schema/plan.schema.json from the zod schemas (the single source of
// truth). Run: npx tsx scripts/gen-plan-schema.ts — test/plan/jsonSchema.test.ts
// fails when the file is out of date.
import { mkdirSync, writeFileSync } from 'node:fs';
import { planJsonSchema } from '../src/plan/jsonSchema.js';

mkdirSync('schema', { recursive: true });
writeFileSync('schema/plan.schema.json', `${JSON.stringify(planJsonSchema(), null, 2)}\n`);
process.stdout.write('schema/plan.schema.json written\n');
