/**
 * The registry of shipped criteria sets (presets): loaded once, frozen,
 * looked up by id.
 *
 * @module
 */
import { CchcError, fail, issue, ok, type Result } from '../../core/result.js';
import { fromPoints, toPoints } from '../decimal.js';
import { loadCriteriaSet } from '../loadCriteriaSet.js';
import type { CriteriaSet, CriteriaSetJson, SourceDocument } from '../types.js';
import { caMau2013ExcerptJson } from './caMau2013Excerpt.js';
import { vnProvince2017Json } from './vnProvince2017.js';

/**
 * How much of its source a preset holds:
 * - `complete` — the source's whole table, every leaf with its rule;
 * - `structure` — the source's areas and maxima only, each area a `manual`
 *   leaf (the component table was not readable);
 * - `partial` — some criteria of the source, read in full, not the whole set.
 *
 * @example
 * ```ts
 * import type { PresetCompleteness } from 'cchc';
 * const c: PresetCompleteness = 'structure';
 * ```
 */
export type PresetCompleteness = 'complete' | 'structure' | 'partial';

/**
 * The ids of the shipped presets.
 *
 * @example
 * ```ts
 * import type { PresetId } from 'cchc';
 * const id: PresetId = 'vn-province-2017';
 * ```
 */
export type PresetId = 'vn-province-2017' | 'vn-ca-mau-2013-excerpt';

/**
 * What {@link listPresets} says of a preset: its id and title, the source
 * document, how complete it is, and what is missing (Vietnamese and
 * English).
 *
 * @example
 * ```ts
 * import { listPresets, type PresetInfo } from 'cchc';
 * const info: PresetInfo | undefined = listPresets().find((p) => p.id === 'vn-province-2017');
 * info?.completeness; // 'structure'
 * ```
 */
export interface PresetInfo {
  readonly id: PresetId;
  readonly title: string;
  readonly document: SourceDocument;
  readonly completeness: PresetCompleteness;
  /** The total maximum of the preset, in points. */
  readonly max: number;
  readonly leaves: number;
  readonly missing: string;
  readonly missingEn: string;
}

/** A preset's JSON: a criteria set that always names its source document. */
type PresetJson = CriteriaSetJson & { readonly document: SourceDocument };

// Each preset is read and loaded on first use, not at import: the Cà Mau
// excerpt is read from its annex rows, which costs time nobody should pay for
// `import 'cchc'`.
const JSON_BY_ID: Readonly<Record<PresetId, () => PresetJson>> = {
  'vn-province-2017': () => vnProvince2017Json,
  'vn-ca-mau-2013-excerpt': caMau2013ExcerptJson,
};

/** An enumerable property whose value is computed once, when first read. */
function lazy<T>(make: () => T): PropertyDescriptor {
  let value: { readonly v: T } | undefined;
  return {
    enumerable: true,
    get: (): T => {
      value ??= { v: make() };
      return value.v;
    },
  };
}

function load(json: PresetJson): CriteriaSet {
  const r = loadCriteriaSet(json);
  // Shipped data: a failure here is a bug in the library, caught by its tests.
  if (!r.ok) throw new CchcError(r.issues);
  return r.value;
}

/**
 * The shipped criteria sets, loaded (validated, NFC, frozen) and keyed by
 * id. Each carries its source document in `document` and `source` (with a
 * note on what it holds and what it lacks). See docs/presets.md.
 *
 * - `vn-province-2017`: the 8 areas of the provincial PAR Index under
 *   QĐ 2948/QĐ-BNV (28/12/2017) with their maxima (10 · 10 · 14,5 · 11 ·
 *   16 · 7 · 16 · 15,5 = 100), each area one `manual` leaf.
 * - `vn-ca-mau-2013-excerpt`: criteria 1.1 (annual plan, 5 points) and 1.2
 *   (reports, 2 points) of Cà Mau's QĐ 1880/QĐ-UBND (2013), six components
 *   read from the annex's rows by `criteriaFromRows`, ids as the decision
 *   numbers them ("1.1.4"); not a whole area or set.
 *
 * @example
 * ```ts
 * import { presets, scoreUnit, unwrap } from 'cchc';
 * const s = unwrap(scoreUnit(presets['vn-province-2017'], { '1': 9.5, '2': 9, '3': 13, '4': 10, '5': 15, '6': 6.5, '7': 14, '8': 13 }));
 * s.total; // 90
 * ```
 */
export const presets: Readonly<Record<PresetId, CriteriaSet>> = Object.freeze(
  Object.defineProperties({} as Record<PresetId, CriteriaSet>, {
    'vn-province-2017': lazy(() => load(JSON_BY_ID['vn-province-2017']())),
    'vn-ca-mau-2013-excerpt': lazy(() => load(JSON_BY_ID['vn-ca-mau-2013-excerpt']())),
  }),
);

const INFO: Readonly<
  Record<PresetId, { completeness: PresetCompleteness; missing: string; missingEn: string }>
> = {
  'vn-province-2017': {
    completeness: 'structure',
    missing:
      'Bảng tiêu chí và tiêu chí thành phần (38 tiêu chí, 81 tiêu chí thành phần) của QĐ 2948/QĐ-BNV chưa đọc được; mỗi lĩnh vực nhập điểm trực tiếp.',
    missingEn:
      'The table of criteria and components of QĐ 2948/QĐ-BNV (38 criteria, 81 components) was not readable; each area takes its points directly.',
  },
  'vn-ca-mau-2013-excerpt': {
    completeness: 'partial',
    missing:
      'Từ tiêu chí 1.3 (Kiểm tra công tác CCHC, 3 điểm) trở đi, các lĩnh vực khác và ngày ban hành của QĐ 1880/QĐ-UBND chưa đọc được; lĩnh vực 1 có 20 điểm, bản trích giữ 7.',
    missingEn:
      'Criterion 1.3 (Kiểm tra công tác CCHC, 3 points) onwards, the other areas and the date of QĐ 1880/QĐ-UBND were not readable; area 1 has 20 points, the excerpt holds 7.',
  },
};

function countLeaves(set: CriteriaSet): number {
  return set.leafIds.length;
}

function total(set: CriteriaSet): number {
  return toPoints(set.nodes.reduce((n, node) => n + fromPoints(node.max), 0));
}

let list: readonly PresetInfo[] | undefined;

function presetInfos(): readonly PresetInfo[] {
  list ??= Object.freeze(
    (Object.keys(presets) as PresetId[]).map((id) => {
      const set = presets[id];
      const info = INFO[id];
      return Object.freeze({
        id,
        title: set.title,
        document: set.document ?? JSON_BY_ID[id]().document,
        completeness: info.completeness,
        max: total(set),
        leaves: countLeaves(set),
        missing: info.missing,
        missingEn: info.missingEn,
      });
    }),
  );
  return list;
}

/**
 * Lists the shipped presets with their source document, completeness and
 * what they lack, in a fixed order.
 *
 * @example
 * ```ts
 * import { listPresets } from 'cchc';
 * for (const p of listPresets()) console.log(p.id, p.document.number, p.completeness);
 * // vn-province-2017 2948/QĐ-BNV structure
 * // vn-ca-mau-2013-excerpt 1880/QĐ-UBND partial
 * ```
 */
export function listPresets(): readonly PresetInfo[] {
  return presetInfos();
}

/**
 * Looks a preset up by id (NFC-normalised, trimmed). An unknown id is an
 * issue (`unknown_preset`) naming the ids there are.
 *
 * @example
 * ```ts
 * import { getPreset, scoreUnit, unwrap } from 'cchc';
 * const set = unwrap(getPreset('vn-ca-mau-2013-excerpt'));
 * const s = unwrap(scoreUnit(set, { '1.1.4': 85 }));
 * s.nodes['1.1.4']?.points; // 1
 * ```
 */
export function getPreset(id: string): Result<CriteriaSet> {
  const key = typeof id === 'string' ? id.normalize('NFC').trim() : '';
  if (Object.hasOwn(presets, key)) return ok(presets[key as PresetId]);
  const known = Object.keys(presets).join(', ');
  return fail([
    issue(
      ['id'],
      'unknown_preset',
      `Không có bộ tiêu chí mẫu "${String(id)}". Các bộ có sẵn: ${known}.`,
      `No preset "${String(id)}". Available: ${known}.`,
    ),
  ]);
}
