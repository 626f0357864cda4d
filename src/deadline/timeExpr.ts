/**
 * The grammar of dated expressions inside deadline text (internal): a
 * milestone (see part.ts), lists ("Quý II và IV năm 2018", "25/2, 25/5"),
 * ranges ("Giai đoạn 2016-2020", "từ ngày 16-22/11/2025", "Từ 2017 2020")
 * and open starts ("Từ quý IV/2017", "Từ năm 2016 và các năm tiếp theo").
 * A hand-written reader over tokens: linear, never backtracks.
 *
 * @internal
 * @module
 */
import { type Cursor, fail, isFailure, type Failure } from './cursor.js';
import { compareMilestones, sameMilestone } from './milestone.js';
import { ctxPeriod, readPart, type Ctx, type Part } from './part.js';
import { resolveList, resolveRange } from './resolve.js';
import type { Milestone } from './types.js';
import type { Token } from './text.js';

export type { Ctx } from './part.js';

/** What a dated expression says, with years resolved. */
export type TimeExpr =
  | { readonly shape: 'none' }
  | { readonly shape: 'single'; readonly m: Milestone; readonly marker: 'in' | 'from' | 'to' | 'none' }
  | { readonly shape: 'range'; readonly from: Milestone; readonly to: Milestone | null }
  | { readonly shape: 'list'; readonly items: readonly Milestone[] };

/** Words that carry no date meaning around a dated expression. */
const FILLER: ReadonlySet<string> = new Set([
  'hoan',
  'thanh',
  'thuc',
  'hien',
  'trien',
  'khai',
  'vao',
  'cham',
  'nhat',
  'la',
  'xong',
  'cuoi',
  'het',
  'ca',
  'ban',
  'hanh',
  'ke',
  'hoach',
  'tiep',
  'tuc',
  'dung',
  'han',
  'chinh',
  'thuc',
]);

/**
 * Reads a dated expression from `tokens[start..end)`. Returns a failure when
 * a word is not understood or a date or period is impossible.
 */
export function readTimeExpr(c: Cursor, ctx: Ctx): TimeExpr | Failure {
  const items: Part[] = [];
  const seps: ('list' | 'range')[] = [];
  let sep: 'list' | 'range' | null = null;
  let fromMarker = false;
  let toMarker = false;
  let inMarker = false;
  let openEnd = false;
  let giaiDoan = false;
  let pendingBefore = false;
  let stickyBefore = false;
  let explicitNgay = false;

  while (!c.done) {
    const t = c.at() as Token;
    if (t.k === 'p') {
      if (t.v === ',' || t.v === ';' || t.v === '&' || t.v === '+') {
        if (items.length > 0) sep = sep ?? 'list';
      } else if (t.v === '-') {
        if (items.length > 0) sep = 'range';
      }
      c.i++;
      continue;
    }
    if (t.k === 'w') {
      const v = t.v;
      if (v === 'va' || v === 'hoac') {
        if (c.seq(['cac', 'nam', 'tiep', 'theo'], 1) || c.seq(['nhung', 'nam', 'tiep', 'theo'], 1)) {
          openEnd = true;
          c.i += 5;
          continue;
        }
        if (c.seq(['cac', 'nam', 'sau'], 1)) {
          openEnd = true;
          c.i += 4;
          continue;
        }
        if (items.length > 0) sep = 'list';
        c.i++;
        continue;
      }
      if (v === 'den' || v === 'toi') {
        if (items.length === 0) toMarker = true;
        else sep = 'range';
        c.i++;
        continue;
      }
      if (v === 'tu' && c.w('nay', 1)) {
        // "Từ nay đến …": from now on, i.e. by the end
        c.i += 2;
        continue;
      }
      if (v === 'tu') {
        if (items.length > 0) return fail('unrecognised');
        fromMarker = true;
        c.i++;
        continue;
      }
      if (v === 'tro' && c.w('di', 1)) {
        openEnd = true;
        c.i += 2;
        continue;
      }
      if (v === 'bat' && c.w('dau', 1)) {
        c.i += 2;
        continue;
      }
      if (v === 'giai' && c.w('doan', 1)) {
        giaiDoan = true;
        c.i += 2;
        continue;
      }
      if (v === 'truoc') {
        pendingBefore = true;
        c.i++;
        continue;
      }
      if (v === 'trong') {
        if (items.length === 0) inMarker = true;
        c.i++;
        continue;
      }
      if (FILLER.has(v)) {
        c.i++;
        continue;
      }
    }
    // A milestone.
    const prev = items[items.length - 1];
    if (t.k === 'w' && t.v === 'ngay') explicitNgay = true;
    const r = readPart(c, prev?.k ?? null);
    if (isFailure(r)) return r;
    if (r === null) return fail('unrecognised');
    if (r === 'pair') {
      // "20162020": two years with the hyphen lost.
      const a = Number(t.v.slice(0, 4));
      const b = Number(t.v.slice(4, 8));
      if (items.length > 0) seps.push(sep ?? 'list');
      items.push({ k: 'year', y: a, rel: 0, shift: false }, { k: 'year', y: b, rel: 0, shift: false });
      seps.push('range');
      sep = null;
      pendingBefore = false;
      continue;
    }
    if (r.k === 'date') {
      if (pendingBefore) stickyBefore = true;
      else if (explicitNgay) stickyBefore = false;
      r.before = stickyBefore;
    } else if (pendingBefore) {
      r.shift = true;
    }
    pendingBefore = false;
    explicitNgay = false;
    // "Từ 2017 2020": two bare years side by side are a range.
    if (items.length > 0) seps.push(sep ?? (prev?.k === 'year' && r.k === 'year' ? 'range' : 'list'));
    items.push(r);
    sep = null;
  }
  if (pendingBefore && items.length === 0) return fail('unrecognised');

  if (items.length === 0) {
    if (giaiDoan) {
      const p = ctxPeriod(ctx);
      if (p === null) return fail('no-year');
      return { shape: 'range', from: { kind: 'year', year: p.from }, to: { kind: 'year', year: p.to } };
    }
    return { shape: 'none' };
  }
  let allRange = true;
  let allList = true;
  for (const s of seps) {
    if (s === 'range') allList = false;
    else allRange = false;
  }
  if (items.length === 2 && allRange) {
    const r = resolveRange(items[0] as Part, items[1] as Part, ctx);
    if (isFailure(r)) return r;
    if (openEnd) return fail('unrecognised');
    return { shape: 'range', from: r[0], to: r[1] };
  }
  if (giaiDoan) return fail('unrecognised');
  if (items.length === 1) {
    const m = resolveList(items, ctx);
    if (isFailure(m)) return m;
    const one = m[0] as Milestone;
    if (fromMarker || openEnd) return { shape: 'range', from: one, to: null };
    return { shape: 'single', m: one, marker: toMarker ? 'to' : inMarker ? 'in' : 'none' };
  }
  if (!allList || fromMarker || toMarker || openEnd) return fail('unrecognised');
  const ms = resolveList(items, ctx);
  if (isFailure(ms)) return ms;
  const sorted = ms.sort(compareMilestones);
  const unique: Milestone[] = [];
  for (const m of sorted) {
    const last = unique[unique.length - 1];
    if (last === undefined || !sameMilestone(m, last)) unique.push(m);
  }
  if (unique.length === 1) return { shape: 'single', m: unique[0] as Milestone, marker: 'none' };
  return { shape: 'list', items: unique };
}
