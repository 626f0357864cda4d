/**
 * The PAR scorecard as data: units ranked, with points per area against each
 * area's maximum. Every format renders this.
 *
 * @module
 */
import type { CriteriaSet, RankedUnit } from '../../scoring/index.js';
import type { CriterionNode, NodeScore, ScoreInput } from '../../scoring/types.js';
import { fmtOf } from '../format/locale.js';
import { explainEn } from './explain-en.js';

/** One unit's line of the scorecard. */
export interface ScoreRow {
  readonly unitId: string;
  readonly name: string;
  readonly rank: number;
  readonly total: number;
  readonly max: number;
  readonly index: number;
  readonly className: string | null;
  /** Points and (applicable) maximum per area, in the set's order. */
  readonly areas: readonly { readonly id: string; readonly points: number; readonly max: number }[];
  readonly missing: readonly string[];
}

/** The scorecard. */
export interface ScoreReport {
  readonly set: {
    readonly id: string;
    readonly title: string;
    /** The document the set comes from, in Vietnamese ("2948/QĐ-BNV ngày … của …"). */
    readonly source: string | null;
    /** The same in English. */
    readonly sourceEn: string | null;
  };
  readonly areas: readonly { readonly id: string; readonly title: string; readonly max: number }[];
  readonly units: readonly ScoreRow[];
  /** Every node with points and explanation, when a single unit was scored. */
  readonly details?: readonly DetailRow[];
}

function className(c: string | undefined): string | null {
  return c ?? null;
}

/** Arranges ranked unit scores as a scorecard; `names` maps unit ids to display names. */
export function buildScoreReport(
  set: CriteriaSet,
  ranked: readonly RankedUnit[],
  names: ReadonlyMap<string, string> = new Map(),
): ScoreReport {
  const source = typeof set.source === 'string' ? set.source : sourceText(set.document, 'vi');
  const sourceEn = typeof set.source === 'string' ? set.source : sourceText(set.document, 'en');
  return {
    set: { id: set.id, title: set.title, source, sourceEn },
    areas: set.nodes.map((n) => ({ id: n.id, title: n.title, max: n.max })),
    units: ranked.map((r) => ({
      unitId: r.unitId,
      name: names.get(r.unitId) ?? r.unitId,
      rank: r.rank,
      total: r.score.total,
      max: r.score.max,
      index: r.score.index,
      className: className(r.score.class),
      areas: set.nodes.map((n) => {
        const node = r.score.nodes[n.id];
        return { id: n.id, points: node?.points ?? 0, max: node?.max ?? n.max };
      }),
      missing: r.score.missing,
    })),
  };
}

function sourceText(source: unknown, lang: 'vi' | 'en'): string | null {
  if (source === null || typeof source !== 'object') return null;
  const s = source as Record<string, unknown>;
  if (typeof s['number'] !== 'string') return null;
  const date =
    typeof s['date'] === 'string'
      ? lang === 'en'
        ? ` of ${s['date']}`
        : ` ngày ${fmtOf('vi').longDate(s['date'])}`
      : '';
  const issuer =
    typeof s['issuer'] === 'string' ? (lang === 'en' ? `, ${s['issuer']}` : ` của ${s['issuer']}`) : '';
  return `${s['number']}${date}${issuer}`;
}

/** One node of the tree with its points, for a single unit's detail. */
export interface DetailRow {
  readonly id: string;
  readonly title: string;
  readonly depth: number;
  readonly points: number;
  readonly max: number;
  /** The library's explanation, in Vietnamese. */
  readonly explanation: string;
  /** The same in English; null when the criteria set writes its own explanation for the node (kept as written). */
  readonly explanationEn: string | null;
}

/** Every node of the set, depth first, with the unit's points and the explanation in both languages. */
export function buildScoreDetails(
  set: { readonly nodes: readonly CriterionNode[] },
  nodes: Readonly<Record<string, NodeScore | undefined>>,
  inputs: Readonly<Record<string, ScoreInput>> = {},
): readonly DetailRow[] {
  const out: DetailRow[] = [];
  const inputOf = (id: string): ScoreInput | undefined =>
    Object.hasOwn(inputs, id)
      ? inputs[id]
      : Object.hasOwn(inputs, id.normalize('NFD'))
        ? inputs[id.normalize('NFD')]
        : undefined;
  const walk = (list: readonly CriterionNode[], depth: number) => {
    for (const n of list) {
      const s = nodes[n.id];
      const children = new Map((n.children ?? []).map((c) => [c.id, nodes[c.id]] as const));
      out.push({
        id: n.id,
        title: n.title,
        depth,
        points: s?.points ?? 0,
        max: s?.max ?? n.max,
        explanation: s?.explanation ?? '',
        explanationEn: explainEn(n, s, inputOf(n.id), children),
      });
      if (n.children) walk(n.children, depth + 1);
    }
  };
  walk(set.nodes, 0);
  return out;
}
