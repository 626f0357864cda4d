/**
 * Names of agencies the 2025 reorganisation did away with, as a plan table
 * may still write them: a provincial department not among those every
 * province has since then, or a district-level committee.
 *
 * @internal
 * @module
 */
import { agencyNameKey } from './nameKey.js';

/**
 * Departments that are not among the provincial departments Nghị định
 * 45/2025/NĐ-CP (28/2/2025) lists (source of the list: hdnd.dongnai.gov.vn):
 * Sở Kế hoạch và Đầu tư, Sở Lao động - Thương binh và Xã hội, Sở Thông tin
 * và Truyền thông, Sở Tài nguyên và Môi trường, Sở Nông nghiệp và Phát triển
 * nông thôn, Sở Giao thông vận tải. Which department took over each of their
 * tasks, and from which day, is set by each province's own decisions: this
 * list says only that the name is no longer a department's.
 */
const FORMER_DEPARTMENT_NAMES = [
  'Sở Kế hoạch và Đầu tư',
  'Sở Lao động - Thương binh và Xã hội',
  'Sở Thông tin và Truyền thông',
  'Sở Tài nguyên và Môi trường',
  'Sở Nông nghiệp và Phát triển nông thôn',
  'Sở Giao thông vận tải',
];

/** Their keys, built on first use: importing the library costs nothing for them. */
let formerDepartments: ReadonlySet<string> | undefined;

/**
 * A district committee's key: "UBND huyện X", "UBND (các) huyện, thị xã…",
 * "UBND cấp huyện", "UBND quận, huyện" ("các" after "Ủy ban nhân dân" is not
 * in keys). Not "UBND xã Huyền Hội": a commune whose name folds to "huyen".
 */
const DISTRICT_COMMITTEE = /^uy ban nhan dan (?:cap )?(?:quan )?huyen(?: |$)/;

/**
 * What a name not in the registry names, when the 2025 reorganisation ended
 * it: `'department'` (a department not among those of Nghị định
 * 45/2025/NĐ-CP) or `'district'` (a district-level People's Committee: the
 * district level ends from 1/7/2025 — Nghị quyết 203/2025/QH15 amending the
 * Constitution, of 16/6/2025 as reported by doanthanhnien.vn, and by
 * vietnamnet.vn on 17/6/2025 and nhansu.vn);
 * `null` otherwise. Linear in the name.
 *
 * @internal
 */
export function reorganisedName(name: string): 'department' | 'district' | null {
  const key = agencyNameKey(name);
  formerDepartments ??= new Set(FORMER_DEPARTMENT_NAMES.map(agencyNameKey));
  if (formerDepartments.has(key)) return 'department';
  if (DISTRICT_COMMITTEE.test(key)) return 'district';
  return null;
}
