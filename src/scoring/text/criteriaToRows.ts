/**
 * `criteriaToRows`: a criteria set back into the annex table a scoring
 * office prints and signs; `guessCriteriaColumns` finds an annex's columns
 * from its header row.
 *
 * @module
 */
import { deepFreeze } from '../../core/freeze.js';
import { formatThousandths, parseThousandths } from '../decimal.js';
import type { CriteriaSetJson, CriterionNode } from '../types.js';
import type { CriteriaColumns } from './criteriaFromRows.js';
import { formatRule } from './formatRule.js';
import { cellsOf, headerKey, readItemNumber } from './table.js';

/**
 * The header names {@link criteriaToRows} writes, which
 * {@link guessCriteriaColumns} (and so `cchc criteria import`) finds again.
 *
 * @example
 * ```ts
 * import { CRITERIA_TABLE_HEADERS } from 'cchc';
 * CRITERIA_TABLE_HEADERS.max; // 'Điểm tối đa'
 * ```
 */
export const CRITERIA_TABLE_HEADERS = Object.freeze({
  number: 'STT',
  title: 'Lĩnh vực/Tiêu chí/Tiêu chí thành phần',
  max: 'Điểm tối đa',
  rule: 'Cách chấm',
  id: 'Mã',
  survey: 'Điều tra XHH',
  evidence: 'Tài liệu kiểm chứng',
  note: 'Ghi chú',
} as const);

function pointsText(v: number): string {
  const t = parseThousandths(v);
  return t === null ? String(v).replace('.', ',') : formatThousandths(t);
}

/**
 * Writes a criteria set as an annex table: a header row, then one row per
 * node in document order — STT (the ids when they are the dotted numbering
 * "1.1", "1.1.2"; else by position, with the ids in a "Mã" column), title,
 * maximum with a decimal comma, and each leaf's rule as {@link formatRule}
 * writes it (one outcome per line). Columns are added only when the set
 * needs them: "Mã" when an id is not its position's number, "Điều tra XHH"
 * (an "x") for survey leaves, "Tài liệu kiểm chứng", "Ghi chú".
 * `criteriaFromRows` reads the table back to the same nodes.
 *
 * @example
 * ```ts
 * import { criteriaToRows, presets } from 'cchc';
 * const rows = criteriaToRows(presets['vn-ca-mau-2013-excerpt']);
 * rows[0]; // ['STT', 'Lĩnh vực/Tiêu chí/Tiêu chí thành phần', 'Điểm tối đa', 'Cách chấm']
 * rows[2]; // ['1.1.1', 'Ban hành kế hoạch CCHC năm', '1', 'Ban hành kịp thời: 1 điểm\nBan hành không kịp thời: 0,5 điểm\nKhông ban hành: 0 điểm']
 * ```
 */
export function criteriaToRows(set: Pick<CriteriaSetJson, 'nodes'>): readonly (readonly string[])[] {
  const flat: { node: CriterionNode; number: string }[] = [];
  const todo: { node: CriterionNode; number: string }[] = [];
  const roots = set.nodes;
  for (let i = roots.length - 1; i >= 0; i--)
    todo.push({ node: roots[i] as CriterionNode, number: String(i + 1) });
  while (todo.length > 0) {
    const item = todo.pop() as { node: CriterionNode; number: string };
    flat.push(item);
    const kids = item.node.children ?? [];
    for (let i = kids.length - 1; i >= 0; i--)
      todo.push({ node: kids[i] as CriterionNode, number: `${item.number}.${i + 1}` });
  }
  // Ids that are the decision's own dotted numbering ("1.1", "1.1.2") are printed as the STT.
  const parentOf = new Map<CriterionNode, CriterionNode>();
  for (const { node } of flat) for (const k of node.children ?? []) parentOf.set(k, node);
  const ownNumbers = flat.every(({ node }) => {
    const n = readItemNumber(node.id);
    if (n === null || !n.style.startsWith('arabic')) return false;
    const parent = parentOf.get(node);
    return parent === undefined || node.id.startsWith(`${parent.id}.`);
  });
  if (ownNumbers) for (const f of flat) f.number = f.node.id;
  const withId = flat.some((f) => f.node.id !== f.number);
  const withSurvey = flat.some((f) => f.node.source === 'survey');
  const withEvidence = flat.some((f) => f.node.evidence !== undefined);
  const withNote = flat.some((f) => f.node.note !== undefined && f.node.note !== '');
  const H = CRITERIA_TABLE_HEADERS;
  const header: string[] = [H.number, H.title, H.max, H.rule];
  if (withId) header.push(H.id);
  if (withSurvey) header.push(H.survey);
  if (withEvidence) header.push(H.evidence);
  if (withNote) header.push(H.note);
  const rows: string[][] = [header];
  for (const { node, number } of flat) {
    const rule =
      node.children === undefined && node.rule !== undefined ? formatRule(node.rule, { max: node.max }) : '';
    const row = [number, node.title, pointsText(node.max), rule];
    if (withId) row.push(node.id);
    if (withSurvey) row.push(node.source === 'survey' ? 'x' : '');
    if (withEvidence) row.push(node.evidence?.items?.join('\n') ?? '');
    if (withNote) row.push(node.note ?? '');
    rows.push(row);
  }
  return deepFreeze(rows);
}

const GUESS: readonly { readonly field: keyof CriteriaColumns; readonly test: (k: string) => boolean }[] = [
  { field: 'number', test: (k) => k === 'stt' || k === 'tt' || k === 'so tt' || k === 'so thu tu' },
  {
    field: 'max',
    test: (k) => k.includes('diem toi da') || k === 'toi da' || k === 'thang diem' || k === 'diem chuan',
  },
  {
    field: 'rule',
    test: (k) =>
      k.includes('cach cham') ||
      k.includes('cach tinh') ||
      k.includes('huong dan cham') ||
      k.includes('phuong phap cham') ||
      k.includes('cach danh gia') ||
      k.includes('cach cho diem'),
  },
  { field: 'evidence', test: (k) => k.includes('kiem chung') },
  { field: 'note', test: (k) => k.includes('ghi chu') },
  { field: 'survey', test: (k) => k.includes('xhh') || k.includes('xa hoi hoc') },
  { field: 'id', test: (k) => k === 'ma' || k === 'ma tieu chi' },
  {
    field: 'title',
    test: (k) =>
      k.includes('tieu chi') || k.includes('linh vuc') || k === 'noi dung' || k.includes('noi dung danh gia'),
  },
];

/**
 * Finds an annex's columns from its header row, among the first 20 rows:
 * "STT"/"TT", a title column ("Lĩnh vực/Tiêu chí…", "Nội dung"), "Điểm
 * tối đa", and when present the rule ("Cách chấm", "Cách tính điểm",
 * "Hướng dẫn chấm điểm"), "Mã", survey ("Điều tra XHH"), evidence ("Tài
 * liệu kiểm chứng") and note ("Ghi chú") columns. Null when no row has the
 * number, title and max columns.
 *
 * @example
 * ```ts
 * import { guessCriteriaColumns } from 'cchc';
 * guessCriteriaColumns([['STT', 'Tiêu chí', 'Điểm tối đa', 'Cách chấm']]);
 * // { headerRow: 0, columns: { number: 0, title: 1, max: 2, rule: 3 } }
 * ```
 */
export function guessCriteriaColumns(
  rows: readonly (readonly unknown[])[],
): { readonly headerRow: number; readonly columns: CriteriaColumns } | null {
  const n = Array.isArray(rows) ? Math.min(rows.length, 20) : 0;
  for (let r = 0; r < n; r++) {
    const keys = cellsOf(rows[r]).map(headerKey);
    const found: Partial<Record<keyof CriteriaColumns, number>> = {};
    keys.forEach((k, c) => {
      if (k === '') return;
      const g = GUESS.find((x) => found[x.field] === undefined && x.test(k));
      if (g !== undefined) found[g.field] = c;
    });
    const { number, title, max } = found;
    if (number === undefined || title === undefined || max === undefined) continue;
    const columns: Record<string, number> = { number, title, max };
    for (const f of ['rule', 'id', 'survey', 'evidence', 'note'] as const) {
      const c = found[f];
      if (c !== undefined) columns[f] = c;
    }
    return deepFreeze({ headerRow: r, columns: columns as unknown as CriteriaColumns });
  }
  return null;
}
