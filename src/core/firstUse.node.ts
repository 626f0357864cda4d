/**
 * The first-use loading shared by the Node build's stand-ins for zod and immer
 * (src/core/zod.node.ts, src/core/immer.node.ts): a package's CommonJS build,
 * required the first time one of its functions is called, never at import.
 *
 * @internal
 * @module
 */
import { createRequire } from 'node:module';

/**
 * A maker of wrappers for the functions of package `id`: `fn('produce')` is a
 * function that requires the package on its first call (once for all its
 * wrappers) and passes every call through to the package's own function.
 *
 * @internal
 */
export function firstUse<M extends object>(id: string): <K extends keyof M>(name: K) => M[K] {
  let loaded: M | undefined;
  const load = (): M => (loaded ??= createRequire(import.meta.url)(id) as M);
  return (name) => ((...args: unknown[]) => (load()[name] as (...a: unknown[]) => unknown)(...args)) as never;
}
