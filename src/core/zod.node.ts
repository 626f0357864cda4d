/**
 * `zod/mini` for the Node build (dist/node and the `cchc` command, see
 * tsup.config.ts, which resolves the library's `import * as z from 'zod/mini'`
 * to this module): the same functions, loaded from zod's CommonJS build on
 * first use instead of at import. zod's mini entry loads its whole core,
 * including some 250 locale files the library never uses, which costs
 * 60–90 ms of a cold `import('cchc')`; with this module an app pays for zod
 * when it first loads a plan or a criteria set, and an app that only reads
 * deadlines, counts working days or checks dossiers never does. Internal; the
 * browser and CommonJS builds import zod statically.
 *
 * The schemas come from the copy of zod that `require('zod/mini')` loads,
 * which in an ES module app is a second instance beside the app's own
 * `import 'zod'`. zod 4 schemas compose across instances (they are read
 * through their `_zod` internals, not `instanceof`), so a schema from
 * `deadlineSchema()` can sit inside an app's own `z.object(...)`.
 *
 * @internal
 * @module
 */
import type * as Zod from 'zod/mini';
import { firstUse } from './firstUse.node.js';

/** zod's function `name`, loaded on the first call of any. */
const lazy = firstUse<typeof Zod>('zod/mini');

// One wrapper per function the library calls. A name missing here fails the
// Node build (the plugin in tsup.config.ts turns esbuild's "no matching
// export" warning into an error), never a user's call.
export const array = lazy('array');
export const boolean = lazy('boolean');
export const custom = lazy('custom');
export const discriminatedUnion = lazy('discriminatedUnion');
export const extend = lazy('extend');
export const gte = lazy('gte');
export const int = lazy('int');
export const literal = lazy('literal');
export const lte = lazy('lte');
export const minLength = lazy('minLength');
export const nullable = lazy('nullable');
export const number = lazy('number');
export const object = lazy('object');
export const omit = lazy('omit');
export const optional = lazy('optional');
export const partial = lazy('partial');
export const partialRecord = lazy('partialRecord');
export const positive = lazy('positive');
export const record = lazy('record');
export const refine = lazy('refine');
export const regex = lazy('regex');
export const registry = lazy('registry');
export const strictObject = lazy('strictObject');
export const string = lazy('string');
export const superRefine = lazy('superRefine');
export const toJSONSchema = lazy('toJSONSchema');
export const trim = lazy('trim');
export const tuple = lazy('tuple');
export const union = lazy('union');
const enumSchema = lazy('enum');
const lazySchema = lazy('lazy');
export { enumSchema as enum, lazySchema as lazy };
