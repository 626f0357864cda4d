/**
 * The agency registry: agencies and classes by id and by name, and class
 * membership.
 *
 * @module
 */
import { deepFreeze } from '../../core/freeze.js';
import type { Plan } from '../types.js';
import { agencyNameKey } from './nameKey.js';

/**
 * An agency as the registry needs it: a loaded {@link Agency} or an
 * `AgencyJson` (aliases and classes optional).
 *
 * @example
 * ```ts
 * import type { AgencyEntry } from 'cchc';
 * const a: AgencyEntry = { id: 'snv', name: 'Sở Nội vụ', aliases: ['SNV'] };
 * ```
 */
export interface AgencyEntry {
  readonly id: string;
  readonly name: string;
  readonly aliases?: readonly string[] | undefined;
  readonly classes?: readonly string[] | undefined;
}

/**
 * A class as the registry needs it: a loaded {@link AgencyClass} or a `ClassJson`.
 *
 * @example
 * ```ts
 * import type { ClassEntry } from 'cchc';
 * const c: ClassEntry = { id: 'ubnd-huyen', name: 'UBND cấp huyện' };
 * ```
 */
export interface ClassEntry {
  readonly id: string;
  readonly name: string;
  readonly aliases?: readonly string[] | undefined;
}

/**
 * A frozen lookup of a plan's agencies and classes. The records have no
 * prototype, so any id or name is safe to look up.
 *
 * @example
 * ```ts
 * import { createAgencyRegistry } from 'cchc';
 * const reg = createAgencyRegistry([{ id: 'snv', name: 'Sở Nội vụ', classes: ['so'] }], [{ id: 'so', name: 'Các sở' }]);
 * reg.members['so']; // ['snv']
 * ```
 */
export interface AgencyRegistry {
  /** Agency id → its name. */
  readonly agencies: Readonly<Record<string, string>>;
  /** Class id → its name. */
  readonly classes: Readonly<Record<string, string>>;
  /** Class id → member agency ids, in the order the agencies are listed. */
  readonly members: Readonly<Record<string, readonly string[]>>;
  /** {@link agencyNameKey} of every name, alias and id → the agency or class id (the first one listed wins). */
  readonly byName: Readonly<Record<string, string>>;
}

function record<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/**
 * Builds a registry from agencies and classes. Names and aliases of agencies
 * are indexed before those of classes; when two entries share a name key the
 * first keeps it. Ids are indexed too, after every name.
 *
 * @example
 * ```ts
 * import { createAgencyRegistry, findAgency } from 'cchc';
 * const reg = createAgencyRegistry(
 *   [{ id: 'vp-ubnd', name: 'Văn phòng UBND tỉnh' }, { id: 'stttt', name: 'Sở Thông tin và Truyền thông' }],
 *   [{ id: 'ubnd-huyen', name: 'UBND cấp huyện' }],
 * );
 * findAgency('VP Uỷ ban nhân dân tỉnh', reg); // 'vp-ubnd'
 * findAgency('Sở TT&TT', reg);                // 'stttt'
 * ```
 */
export function createAgencyRegistry(
  agencies: readonly AgencyEntry[],
  classes: readonly ClassEntry[],
): AgencyRegistry {
  const agencyNames = record<string>();
  const classNames = record<string>();
  const members = record<string[]>();
  const byName = record<string>();
  const index = (name: string, id: string): void => {
    const key = agencyNameKey(name);
    if (key !== '' && !Object.hasOwn(byName, key)) byName[key] = id;
  };
  for (const c of classes) {
    if (!Object.hasOwn(classNames, c.id)) classNames[c.id] = c.name;
    if (!Object.hasOwn(members, c.id)) members[c.id] = [];
  }
  // Membership seen, "class\u0000agency": a Set, not a search of the list (linear in the registry).
  const memberOf = new Set<string>();
  for (const a of agencies) {
    if (!Object.hasOwn(agencyNames, a.id)) agencyNames[a.id] = a.name;
    for (const cls of a.classes ?? []) {
      const list = Object.hasOwn(members, cls) ? members[cls] : undefined;
      const pair = `${cls}\u0000${a.id}`;
      if (list !== undefined && !memberOf.has(pair)) {
        memberOf.add(pair);
        list.push(a.id);
      }
    }
  }
  for (const a of agencies) {
    index(a.name, a.id);
    for (const alias of a.aliases ?? []) index(alias, a.id);
  }
  for (const c of classes) {
    index(c.name, c.id);
    for (const alias of c.aliases ?? []) index(alias, c.id);
  }
  for (const a of agencies) index(a.id, a.id);
  for (const c of classes) index(c.id, c.id);
  return deepFreeze({ agencies: agencyNames, classes: classNames, members, byName });
}

/**
 * The registry of a loaded plan's agencies and classes.
 *
 * @example
 * ```ts
 * import { agencyRegistry, loadPlan, unwrap } from 'cchc';
 * declare const json: unknown;
 * const reg = agencyRegistry(unwrap(loadPlan(json)));
 * ```
 */
export function agencyRegistry(plan: Pick<Plan, 'agencies' | 'classes'>): AgencyRegistry {
  return createAgencyRegistry(plan.agencies, plan.classes);
}

/**
 * The id of the agency or class a written name stands for, or `undefined`.
 * Matching uses {@link agencyNameKey}: case, diacritics, spacing, "Ủy"/"Uỷ"
 * and the common abbreviations do not matter.
 *
 * @example
 * ```ts
 * import { createAgencyRegistry, findAgency } from 'cchc';
 * const reg = createAgencyRegistry([{ id: 'sldtbxh', name: 'Sở Lao động - Thương binh và Xã hội' }], []);
 * findAgency('Sở LĐ-TB&XH', reg); // 'sldtbxh'
 * findAgency('so lao dong thuong binh va xa hoi', reg); // 'sldtbxh'
 * ```
 */
export function findAgency(name: string, registry: AgencyRegistry): string | undefined {
  const key = agencyNameKey(name);
  return key === '' || !Object.hasOwn(registry.byName, key) ? undefined : registry.byName[key];
}

/**
 * Expands agency and class ids to agency ids: a class stands for its member
 * agencies (a class with no members stands for itself, so no assignment is
 * lost); an agency id, or an id the registry does not know, is kept.
 * Duplicates are removed, first occurrence kept.
 *
 * @example
 * ```ts
 * import { createAgencyRegistry, expandAgencies } from 'cchc';
 * const reg = createAgencyRegistry(
 *   [{ id: 'snv', name: 'Sở Nội vụ', classes: ['so'] }, { id: 'stp', name: 'Sở Tư pháp', classes: ['so'] }],
 *   [{ id: 'so', name: 'Các sở' }],
 * );
 * expandAgencies(['stp', 'so'], reg); // ['stp', 'snv']
 * ```
 */
export function expandAgencies(ids: readonly string[], registry: AgencyRegistry): readonly string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (id: string): void => {
    if (!seen.has(id)) {
      seen.add(id);
      out.push(id);
    }
  };
  for (const id of ids) {
    const list = Object.hasOwn(registry.members, id) ? registry.members[id] : undefined;
    if (list !== undefined && list.length > 0 && !Object.hasOwn(registry.agencies, id)) list.forEach(add);
    else add(id);
  }
  return Object.freeze(out);
}
