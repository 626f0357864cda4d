/**
 * `immer` for the Node build (dist/node, see tsup.config.ts, which resolves
 * the library's `import … from 'immer'` to this module): the same functions,
 * loaded from immer's CommonJS build on first use instead of at import, so
 * that `import('cchc')` does not pay for immer until a plan is edited or
 * amended. Internal; the browser and CommonJS builds import immer statically.
 *
 * The functions come from the copy of immer that `require('immer')` loads,
 * which in an ES module app is a second instance beside the app's own
 * `import 'immer'`. Drafts and the `nothing` and `immerable` markers are
 * shared between instances (immer keys them with `Symbol.for`); immer's global
 * settings are not: an app's `setAutoFreeze(false)` or `enableMapSet()` does
 * not change how the library edits plans, whose results stay frozen.
 *
 * @internal
 * @module
 */
import type * as Immer from 'immer';
import { firstUse } from './firstUse.node.js';

/** immer's function `name`, loaded on the first call of any. */
const lazy = firstUse<typeof Immer>('immer');

// One wrapper per function the library imports. A name missing here fails the
// Node build (esbuild: "No matching export"), never a user's call.

/** immer `produce`, loaded on first use. @internal */
export const produce = lazy('produce');

/** immer `produceWithPatches`, loaded on first use. @internal */
export const produceWithPatches = lazy('produceWithPatches');

/** immer `applyPatches`, loaded on first use. @internal */
export const applyPatches = lazy('applyPatches');

/** immer `enablePatches`, loaded on first use. @internal */
export const enablePatches = lazy('enablePatches');

/** immer `enableMapSet`, loaded on first use. @internal */
export const enableMapSet = lazy('enableMapSet');

/** immer `isDraft`, loaded on first use. @internal */
export const isDraft = lazy('isDraft');

/** immer `original`, loaded on first use. @internal */
export const original = lazy('original');

/** immer `current`, loaded on first use. @internal */
export const current = lazy('current');

/** immer `castDraft`: the identity, typed; needs no immer. @internal */
export const castDraft: typeof Immer.castDraft = (value) => value as never;

/** immer `castImmutable`: the identity, typed; needs no immer. @internal */
export const castImmutable: typeof Immer.castImmutable = (value) => value as never;

/** immer's `nothing` marker (`Symbol.for('immer-nothing')`, shared by every instance). @internal */
export const nothing = Symbol.for('immer-nothing') as typeof Immer.nothing;

/** immer's `immerable` marker (`Symbol.for('immer-draftable')`, shared by every instance). @internal */
export const immerable = Symbol.for('immer-draftable') as typeof Immer.immerable;
