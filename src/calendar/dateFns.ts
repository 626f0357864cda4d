/**
 * The date-fns functions the library uses, in one place: `format`, `parse`
 * and `isValid`, and the `vi` locale. Internal.
 *
 * The Node build (dist/node) replaces this module with `dateFns.node.ts`,
 * which loads the same functions on first use, so that `import('cchc')` does
 * not pay for date-fns until a date is formatted or parsed. Every other build
 * imports them statically here, so that bundlers keep only what an app uses.
 *
 * @internal
 * @module
 */
import type { Locale } from 'date-fns';
import { format } from 'date-fns/format';
import { isValid } from 'date-fns/isValid';
import { vi } from 'date-fns/locale/vi';
import { parse } from 'date-fns/parse';

export { format, isValid, parse };

/** date-fns's `vi` locale. @internal */
export function dateFnsVi(): Locale {
  return vi;
}
