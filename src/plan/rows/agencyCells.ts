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
import { resolveAgencies } from '../agencies/resolve.js';
import { msg } from '../messages.js';
import type { AgencyJson, ClassJson } from '../schema.js';
import { slug } from './cells.js';

/** The ids a cell names, and its generic phrases. @internal */
export interface CellAgencies {
  readonly ids: readonly string[];
  readonly generic: readonly string[];
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
 * and a warning; with 'issue', an error.
 *
 * @internal
 */
export function agencyCells(
  known: readonly AgencyJson[],
  classes: readonly ClassJson[],
  mode: 'create' | 'issue',
  issues: Issue[],
  warnings: Issue[],
): AgencyCells {
  const agencies: AgencyJson[] = [...known];
  const registry = createAgencyRegistry(known, classes);
  const usedIds = new Set<string>([...known.map((a) => a.id), ...classes.map((c) => c.id)]);
  const created = new Map<string, string>();
  return {
    agencies,
    read: (text, path) => {
      if (text === '') return { ids: [], generic: [] };
      const res = resolveAgencies(text, registry);
      const ids = [...res.ids];
      for (const name of res.unmatched) {
        const clean = name.replace(/[.;,:]+$/u, '').trim();
        const key = agencyNameKey(clean);
        const found = created.get(key) ?? findAgency(clean, registry);
        if (found !== undefined) {
          if (!ids.includes(found)) ids.push(found);
        } else if (mode === 'issue') {
          issues.push(msg.unknownAgencyName(path, clean));
        } else {
          let id = slug(clean);
          for (let n = 2; usedIds.has(id); n++) id = `${slug(clean)}-${n}`;
          usedIds.add(id);
          created.set(key, id);
          agencies.push({ id, name: clean });
          warnings.push(msg.agencyCreated(path, clean, id));
          ids.push(id);
        }
      }
      return { ids, generic: res.generic };
    },
  };
}
