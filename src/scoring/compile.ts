/**
 * A criteria set turned into integer thousandths once, so scoring many
 * units does no parsing: every max, level, tier, floor in thousandths, tiers
 * sorted from the worst to the best.
 *
 * @internal
 * @module
 */
import type { Issue } from '../core/result.js';
import { foldKey, toNfc } from '../core/text.js';
import { MAX_THOUSANDTHS, parseThousandths } from './decimal.js';
import { KeySlots } from './readInput.js';
import { compileTemplate, type TemplatePart } from './templates.js';
import { boundsOf, resolveTiers, type TierInterval } from './tierIntervals.js';
import type {
  Adjustment,
  CriteriaSet,
  CriterionNode,
  EvidenceRequirement,
  Rule,
  TargetSpec,
} from './types.js';

/** A tier as a range with both ends (±Infinity when open), points in thousandths. @internal */
export type CTier = TierInterval;

/** @internal */
export type CRule =
  | { readonly kind: 'binary' }
  | {
      readonly kind: 'levels';
      readonly levels: ReadonlyMap<string, number>;
      /** Names in lower case with even spaces → the name as written (one each: duplicates are refused on load). */
      readonly cased: ReadonlyMap<string, string>;
      /** Folded names (`foldKey`: no case, diacritics or spacing) → the name as written, when no two names fold alike. */
      readonly folded: ReadonlyMap<string, string>;
      readonly names: readonly string[];
    }
  | {
      readonly kind: 'tiers';
      readonly lower: boolean;
      /** Worst first. */
      readonly tiers: readonly CTier[];
      readonly unit: string;
    }
  | { readonly kind: 'proportional'; readonly scale: number; readonly whenEmpty: number | undefined }
  | { readonly kind: 'deduction'; readonly per: number; readonly floor: number }
  | { readonly kind: 'manual' }
  | { readonly kind: 'survey'; readonly low: number; readonly high: number }
  | { readonly kind: 'allOf'; readonly conditions: readonly string[] }
  | {
      readonly kind: 'target';
      readonly target: TargetSpec;
      readonly partial: 'none' | 'proportional' | number;
    };

/** @internal */
export interface LeafMemo {
  yes?: { readonly ok: true; readonly points: number; readonly explanation: string };
  no?: { readonly ok: true; readonly points: number; readonly explanation: string };
  levels?: Map<string, { readonly ok: true; readonly points: number; readonly explanation: string }>;
  /** The range of each tier, worst first. */
  tierText?: readonly string[];
}

/** @internal */
export interface CLeaf {
  readonly leaf: true;
  /** Position in document (pre-)order, an index into per-unit arrays. */
  readonly ix: number;
  readonly id: string;
  readonly title: string;
  readonly max: number;
  readonly rule: CRule;
  readonly source: Rule;
  readonly survey: boolean;
  readonly evidence: EvidenceRequirement | undefined;
  readonly parts: readonly TemplatePart[];
  /** `[id]`, the issue path of a plain input. */
  readonly idPath: readonly string[];
  /**
   * Texts and outcomes that depend only on the rule, filled on first use
   * during this compiled set's life (one `scoreUnit` / `scoreUnits` call).
   */
  readonly memo: LeafMemo;
  /** `max` as a number of points (max / 1000). */
  readonly maxPoints: number;
}

/** @internal */
export interface CInner {
  readonly leaf: false;
  readonly ix: number;
  readonly id: string;
  readonly title: string;
  readonly max: number;
  readonly children: readonly CNode[];
}

/** @internal */
export type CNode = CLeaf | CInner;

/** @internal */
export interface CAdjustment {
  readonly id: string;
  readonly title: string;
  readonly kind: 'bonus' | 'penalty';
  readonly max: number;
  readonly per: number | undefined;
  /** Its input's slot in a unit's slots (after the nodes'). */
  readonly slot: number;
}

/** The slot of a parent's id in {@link Compiled.slots}: an input there is refused. @internal */
export const INNER_SLOT = -1;

/** @internal */
export interface Compiled {
  readonly set: CriteriaSet;
  readonly roots: readonly CNode[];
  readonly byId: ReadonlyMap<string, CNode>;
  /** Every node in document (pre-)order: `nodes[n.ix] === n`. */
  readonly nodes: readonly CNode[];
  /** The leaves, in document order. */
  readonly leaves: readonly CLeaf[];
  /** The inner nodes, in document order (each before its descendants). */
  readonly inners: readonly CInner[];
  /**
   * Per-node points and maxima of the unit being scored (thousandths):
   * working space reused unit after unit within one synchronous call.
   */
  readonly scratch: {
    readonly pts: number[];
    readonly mx: number[];
    /** The lists of the unit being scored, emptied before each unit and copied out when not empty. */
    readonly missing: string[];
    readonly notApplicable: string[];
    readonly warnings: Issue[];
    readonly issues: Issue[];
  };
  readonly adjustments: ReadonlyMap<string, CAdjustment>;
  /**
   * Where each input key goes, so a unit's inputs are read in one pass with
   * one lookup per key: a leaf id → its `ix`, an adjustment id → a slot after
   * the nodes (`nodes.length` + its place in `adjustments`), a parent's id →
   * {@link INNER_SLOT}. Ids absent are unknown (or not in NFC). One slot per
   * node (parents' stay empty), then one per adjustment.
   */
  readonly slots: KeySlots;
  /** Thousandths per rounding step of computed points (1 for 3 decimals, 1000 for 0). */
  readonly step: number;
  /**
   * Whether some unit's sums could pass 2^53 − 1 thousandths (the leaves'
   * largest possible points, floors below zero and adjustments added up):
   * such a set is refused when scoring, so the engine's sums need no check.
   */
  readonly tooLarge: boolean;
}

function th(v: number): number {
  // The set is validated: every points value has ≤ 3 decimals.
  return parseThousandths(v) ?? Math.round(v * 1000);
}

/**
 * A level name with case and spacing evened (Unicode NFC, lower case, runs
 * of spaces as one, trimmed): two names with the same key are the same
 * level written twice.
 *
 * @internal
 */
export function levelKey(name: string): string {
  return toNfc(name).toLowerCase().split(/\s+/u).join(' ').trim();
}

function compileRule(rule: Rule): CRule {
  switch (rule.kind) {
    case 'binary':
    case 'manual':
      return { kind: rule.kind };
    case 'levels': {
      const levels = new Map<string, number>();
      for (const [name, p] of Object.entries(rule.levels)) levels.set(name.trim(), th(p));
      const cased = new Map<string, string>();
      const folded = new Map<string, string>();
      const clash = new Set<string>();
      for (const name of levels.keys()) {
        cased.set(levelKey(name), name);
        const f = foldKey(name);
        if (folded.has(f)) clash.add(f);
        folded.set(f, name);
      }
      for (const f of clash) folded.delete(f);
      return { kind: 'levels', levels, cased, folded, names: [...levels.keys()] };
    }
    case 'tiers': {
      const lower = rule.direction === 'lower-is-better';
      const bounds = rule.tiers.map((t, i) => boundsOf(t, th(t.points), i)).filter((b) => b !== null);
      // The set is validated: the tiers resolve without problems.
      const tiers = resolveTiers(bounds, lower).intervals;
      return { kind: 'tiers', lower, tiers, unit: rule.unit ?? '%' };
    }
    case 'proportional':
      return {
        kind: 'proportional',
        scale: rule.scale ?? 1,
        whenEmpty: rule.whenEmpty === undefined ? undefined : th(rule.whenEmpty),
      };
    case 'deduction':
      return { kind: 'deduction', per: th(rule.per), floor: rule.floor === undefined ? 0 : th(rule.floor) };
    case 'survey':
      return { kind: 'survey', low: rule.scale[0], high: rule.scale[1] };
    case 'allOf':
      return { kind: 'allOf', conditions: rule.conditions };
    case 'target':
      return {
        kind: 'target',
        target: rule.target,
        partial:
          rule.partial === undefined
            ? 'none'
            : rule.partial.kind === 'fixed'
              ? th(rule.partial.points)
              : 'proportional',
      };
  }
}

function compileNode(n: CriterionNode, byId: Map<string, CNode>, order: CNode[]): CNode {
  let c: CNode;
  const ix = order.length;
  order.push(undefined as unknown as CNode); // reserve the pre-order slot
  if (n.children !== undefined) {
    c = {
      leaf: false,
      ix,
      id: n.id,
      title: n.title,
      max: th(n.max),
      children: n.children.map((k) => compileNode(k, byId, order)),
    };
  } else {
    const rule = n.rule ?? { kind: 'manual' };
    c = {
      leaf: true,
      ix,
      id: n.id,
      title: n.title,
      max: th(n.max),
      rule: compileRule(rule),
      source: rule,
      survey: n.source === 'survey' || rule.kind === 'survey',
      evidence: n.evidence,
      parts: compileTemplate(rule, n.title, th(n.max)),
      memo: {},
      idPath: Object.freeze([n.id]),
      maxPoints: th(n.max) / 1000,
    };
  }
  byId.set(n.id, c);
  order[ix] = c;
  return c;
}

/** @internal */
export function compile(set: CriteriaSet): Compiled {
  const byId = new Map<string, CNode>();
  const order: CNode[] = [];
  const roots = set.nodes.map((n) => compileNode(n, byId, order));
  const adjustments = new Map<string, CAdjustment>();
  for (const a of set.adjustments ?? ([] as readonly Adjustment[])) {
    adjustments.set(a.id, {
      id: a.id,
      title: a.title,
      kind: a.kind,
      max: th(a.max),
      per: a.per === undefined ? undefined : th(a.per),
      slot: order.length + adjustments.size,
    });
  }
  const leaves = order.filter((n): n is CLeaf => n.leaf);
  const inners = order.filter((n): n is CInner => !n.leaf);
  const idSlots = new Map<string, number>();
  for (const n of order) idSlots.set(n.id, n.leaf ? n.ix : INNER_SLOT);
  // Ids are unique across nodes and adjustments (the loader refuses duplicates).
  for (const a of adjustments.values()) idSlots.set(a.id, a.slot);
  // The most any unit's sum can reach in size. Every term is a non-negative
  // safe integer, so once the float sum passes 2^53 − 1 it stays past it.
  let bound = 0;
  for (const n of order) {
    if (!n.leaf) continue;
    const floor = n.rule.kind === 'deduction' ? Math.abs(n.rule.floor) : 0;
    bound += Math.max(Math.abs(n.max), floor);
  }
  for (const a of adjustments.values()) bound += Math.abs(a.max);
  const scratch = {
    pts: new Array<number>(order.length).fill(0),
    mx: new Array<number>(order.length).fill(0),
    missing: [],
    notApplicable: [],
    warnings: [],
    issues: [],
  };
  return {
    set,
    roots,
    byId,
    nodes: order,
    leaves,
    inners,
    scratch,
    adjustments,
    slots: new KeySlots(idSlots, order.length + adjustments.size),
    step: 10 ** (3 - (set.precision ?? 3)),
    tooLarge: !(bound <= MAX_THOUSANDTHS),
  };
}
