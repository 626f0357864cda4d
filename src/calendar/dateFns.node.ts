/**
 * `dateFns.ts` for the Node build (dist/node, see tsup.config.ts): the same
 * functions, loaded from date-fns's CommonJS files on first use instead of at
 * import, so that `import('cchc')` does not pay for date-fns (about 40 ms of
 * module loading) until a date is formatted or parsed. Internal.
 *
 * Every call passes its locale and options explicitly, so date-fns's global
 * defaults (`setDefaultOptions`) of an app's own copy play no part in either
 * build.
 *
 * @internal
 * @module
 */
import { createRequire } from 'node:module';
import type * as Static from './dateFns.js';

interface Loaded {
  readonly format: typeof Static.format;
  readonly parse: typeof Static.parse;
  readonly isValid: typeof Static.isValid;
  readonly vi: ReturnType<typeof Static.dateFnsVi>;
}

let loaded: Loaded | undefined;

function load(): Loaded {
  if (loaded === undefined) {
    const require = createRequire(import.meta.url);
    loaded = {
      format: (require('date-fns/format') as Pick<Loaded, 'format'>).format,
      parse: (require('date-fns/parse') as Pick<Loaded, 'parse'>).parse,
      isValid: (require('date-fns/isValid') as Pick<Loaded, 'isValid'>).isValid,
      vi: (require('date-fns/locale/vi') as Pick<Loaded, 'vi'>).vi,
    };
  }
  return loaded;
}

/** date-fns `format`, loaded on first use. @internal */
export const format: typeof Static.format = (date, formatStr, options) =>
  load().format(date, formatStr, options);

/** date-fns `parse`, loaded on first use. @internal */
export const parse: typeof Static.parse = (dateStr, formatStr, referenceDate, options) =>
  load().parse(dateStr, formatStr, referenceDate, options);

/** date-fns `isValid`, loaded on first use. @internal */
export const isValid: typeof Static.isValid = (date) => load().isValid(date);

/** date-fns's `vi` locale, loaded on first use. @internal */
export const dateFnsVi: typeof Static.dateFnsVi = () => load().vi;
