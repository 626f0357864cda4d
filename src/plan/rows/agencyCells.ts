/**
 * Reading the lead and support cells of a table against the registry, adding
 * agencies for names it does not know (or reporting them).
 *
 * @internal
 * @module
 */
import type { Issue, IssuePath } from '../../core/result.js';
import { agencyNameKey } from '../agencies/nameKey.js';
import { createAgencyRegistry, findAgency } from '../agencies/registry.js';
import { reorganisedName } from '../agencies/reorganised.js';
import { type ShortFormIndex, shortFormIndex, shortFormOf } from '../agencies/shortForms.js';
import { resolveAgencies } from '../agencies/resolve.js';
import type { AgencyJson, ClassJson } from '../schema.js';
import { slug } from './cells.js';
import { rowsMsg } from './messages.js';

/** The ids a cell names, and its generic phrases. @internal */
export interface CellAgencies {
  readonly ids: readonly string[];
  readonly generic: readonly string[];
  /**
   * Names not in the registry, with the id of the agency added for each (null in 'issue' mode),
   * and `ended` when the name is one the 2025 reorganisation did away with (a plan of 2026 or later).
   */
  readonly unknown: readonly {
    readonly text: string;
    readonly id: string | null;
    readonly ended?: 'department' | 'district';
    /** A registry department the name may be the short form of ("Sở NV": Sở Nội vụ); a suggestion only. */
    readonly maybe?: { readonly id: string; readonly name: string };
  }[];
}

/** @internal */
export interface AgencyCells {
  /** The agencies: the registry's, then those added. */
  readonly agencies: readonly AgencyJson[];
  /** Reads one cell; `path` is where unknown names are reported. */
  read(text: string, path: IssuePath): CellAgencies;
}

/**
 * A reader of agency cells. With `mode` 'create', a name not in the registry
 * becomes an agency with a slug id (unique, reused for the same name later)
 * and a warning; with 'issue', an error. With `afterReorganisation` (a plan
 * for 2026 or later, or issued from 1/7/2025), a name of a department or a
 * district committee the 2025 reorganisation did away with says so in its
 * warning or error: who holds its tasks is the province's decision, never
 * guessed.
 *
 * @internal
 */
export function agencyCells(
  known: readonly AgencyJson[],
  classes: readonly ClassJson[],
  mode: 'create' | 'issue',
  issues: Issue[],
  warnings: Issue[],
  afterReorganisation = false,
): AgencyCells {
  const agencies: AgencyJson[] = [...known];
  const registry = createAgencyRegistry(known, classes);
  const usedIds = new Set<string>([...known.map((a) => a.id), ...classes.map((c) => c.id)]);
  const created = new Map<string, string>();
  const suffixes = new Map<string, number>();
  // Built on the first name not in the registry: a table whose names are all known never pays for it.
  let shorts: ShortFormIndex | undefined;
  return {
    agencies,
    read: (text, path) => {
      if (text === '') return { ids: [], generic: [], unknown: [] };
      const res = resolveAgencies(text, registry);
      const ids = [...res.ids];
      const seen = new Set(ids);
      const unknown: {
        text: string;
        id: string | null;
        ended?: 'department' | 'district';
        maybe?: { id: string; name: string };
      }[] = [];
      for (const name of res.unmatched) {
        const clean = trimEndPunctuation(name);
        const key = agencyNameKey(clean);
        const made = created.get(key);
        const found = made ?? findAgency(clean, registry);
        // Not in the registry (added for an earlier cell, or not found now): say what is known of it.
        const outside = made !== undefined || found === undefined;
        const ended = afterReorganisation && outside ? reorganisedName(clean) : null;
        if (outside && shorts === undefined) shorts = shortFormIndex(known);
        const maybe = outside && shorts !== undefined ? shortFormOf(clean, shorts) : undefined;
        const entry = (id: string | null) => ({
          text: clean,
          id,
          ...(ended === null ? {} : { ended }),
          ...(maybe === undefined ? {} : { maybe }),
        });
        if (made !== undefined) unknown.push(entry(made));
        if (found !== undefined) {
          if (!seen.has(found)) {
            seen.add(found);
            ids.push(found);
          }
        } else if (mode === 'issue') {
          issues.push(rowsMsg.unknownAgencyName(path, clean, ended, maybe));
          unknown.push(entry(null));
        } else {
          const base = slug(clean);
          let id = base;
          // Count up from the last suffix given to this base: names that share a slug cost no rescan.
          for (let n = suffixes.get(base) ?? 2; usedIds.has(id); n++) {
            id = `${base}-${n}`;
            suffixes.set(base, n + 1);
          }
          usedIds.add(id);
          seen.add(id);
          created.set(key, id);
          agencies.push({ id, name: clean });
          warnings.push(rowsMsg.agencyCreated(path, clean, id, ended, maybe));
          ids.push(id);
          unknown.push(entry(id));
        }
      }
      return { ids, generic: res.generic, unknown };
    },
  };
}

/** The name without the ".", ";", ",", ":" it ends with (a loop: a regex anchored at the end rescans runs). */
function trimEndPunctuation(name: string): string {
  const s = name.trimEnd();
  let end = s.length;
  while (end > 0 && '.;,:'.includes(s.charAt(end - 1))) end--;
  return s.slice(0, end).trim();
}
