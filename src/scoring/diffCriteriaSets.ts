/**
 * `diffCriteriaSets`: what changed between two criteria sets (two years).
 *
 * @module
 */
import type { CriteriaSet, CriterionNode, Rule } from './types.js';

/**
 * The changes from set `a` to set `b`, matched by node id:
 * `added` / `removed` nodes, `repointed` (max changed), `reruled` (rule
 * changed, or a leaf became a parent or back), `moved` (parent changed),
 * `retitled`.
 *
 * @example
 * ```ts
 * import type { CriteriaDiff } from 'cchc';
 * declare const d: CriteriaDiff;
 * d.repointed.map((r) => `${r.id}: ${r.from} → ${r.to}`);
 * ```
 */
export interface CriteriaDiff {
  readonly added: readonly {
    readonly id: string;
    readonly title: string;
    readonly max: number;
    readonly parent: string | null;
  }[];
  readonly removed: readonly {
    readonly id: string;
    readonly title: string;
    readonly max: number;
    readonly parent: string | null;
  }[];
  readonly repointed: readonly { readonly id: string; readonly from: number; readonly to: number }[];
  readonly reruled: readonly { readonly id: string; readonly from: Rule | null; readonly to: Rule | null }[];
  readonly moved: readonly {
    readonly id: string;
    readonly from: string | null;
    readonly to: string | null;
  }[];
  readonly retitled: readonly { readonly id: string; readonly from: string; readonly to: string }[];
}

interface Flat {
  readonly node: CriterionNode;
  readonly parent: string | null;
}

function flatten(
  nodes: readonly CriterionNode[],
  parent: string | null,
  out: Map<string, Flat>,
): Map<string, Flat> {
  for (const n of nodes) {
    out.set(n.id, { node: n, parent });
    if (n.children !== undefined) flatten(n.children, n.id, out);
  }
  return out;
}

function canonical(v: unknown): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v) ?? 'undefined';
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  const keys = Object.keys(v).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`).join(',')}}`;
}

/**
 * Compares two criteria sets node by node (by id) — criteria change almost
 * every year. Lists are in the order of `b` (added and changed) and `a`
 * (removed).
 *
 * @example
 * ```ts
 * import { loadCriteriaSet, diffCriteriaSets, unwrap } from 'cchc';
 * const y1 = unwrap(loadCriteriaSet({ schemaVersion: 1, id: 'y1', title: '2023',
 *   nodes: [{ id: 'a', title: 'A', max: 1, rule: { kind: 'binary' } }] }));
 * const y2 = unwrap(loadCriteriaSet({ schemaVersion: 1, id: 'y2', title: '2024',
 *   nodes: [{ id: 'a', title: 'A', max: 2, rule: { kind: 'manual' } }] }));
 * const d = diffCriteriaSets(y1, y2);
 * d.repointed; // [{ id: 'a', from: 1, to: 2 }]
 * d.reruled[0]?.to; // { kind: 'manual' }
 * ```
 */
export function diffCriteriaSets(a: CriteriaSet, b: CriteriaSet): CriteriaDiff {
  const fa = flatten(a.nodes, null, new Map());
  const fb = flatten(b.nodes, null, new Map());
  const added: CriteriaDiff['added'][number][] = [];
  const repointed: CriteriaDiff['repointed'][number][] = [];
  const reruled: CriteriaDiff['reruled'][number][] = [];
  const moved: CriteriaDiff['moved'][number][] = [];
  const retitled: CriteriaDiff['retitled'][number][] = [];
  for (const [id, y] of fb) {
    const x = fa.get(id);
    if (x === undefined) {
      added.push(Object.freeze({ id, title: y.node.title, max: y.node.max, parent: y.parent }));
      continue;
    }
    if (x.node.max !== y.node.max) repointed.push(Object.freeze({ id, from: x.node.max, to: y.node.max }));
    const rx = x.node.rule ?? null;
    const ry = y.node.rule ?? null;
    if (canonical(rx) !== canonical(ry)) reruled.push(Object.freeze({ id, from: rx, to: ry }));
    if (x.parent !== y.parent) moved.push(Object.freeze({ id, from: x.parent, to: y.parent }));
    if (x.node.title !== y.node.title)
      retitled.push(Object.freeze({ id, from: x.node.title, to: y.node.title }));
  }
  const removed = [...fa]
    .filter(([id]) => !fb.has(id))
    .map(([id, x]) => Object.freeze({ id, title: x.node.title, max: x.node.max, parent: x.parent }));
  return Object.freeze({
    added: Object.freeze(added),
    removed: Object.freeze(removed),
    repointed: Object.freeze(repointed),
    reruled: Object.freeze(reruled),
    moved: Object.freeze(moved),
    retitled: Object.freeze(retitled),
  });
}
