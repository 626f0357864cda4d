/**
 * The legal regime of a dossier, chosen by the date it was received.
 *
 * @module
 */
import type { IsoDate } from '../calendar/isoDate.js';

/**
 * The rule sets for one-stop dossiers (cơ chế một cửa, một cửa liên thông):
 *
 * - `nd61-2018` — Nghị định 61/2018/NĐ-CP (23/4/2018), amended by Nghị định
 *   107/2021/NĐ-CP, guided by Thông tư 01/2018/TT-VPCP; for dossiers received
 *   until 30/6/2025.
 * - `nd118-2025` — Nghị định 118/2025/NĐ-CP, guided by Thông tư
 *   03/2025/TT-VPCP; for dossiers received from 1/7/2025 (it replaced
 *   Nghị định 61/2018 on that date).
 *
 * @example
 * ```ts
 * import type { DossierRegimeId } from 'cchc';
 * const r: DossierRegimeId = 'nd118-2025';
 * ```
 */
export type DossierRegimeId = 'nd61-2018' | 'nd118-2025';

/**
 * One rule set with the documents it rests on.
 *
 * @example
 * ```ts
 * import { dossierRegime, assertIsoDate } from 'cchc';
 * dossierRegime(assertIsoDate('2025-07-01')).sources; // ['Nghị định 118/2025/NĐ-CP', 'Thông tư 03/2025/TT-VPCP']
 * ```
 */
export interface DossierRegime {
  readonly id: DossierRegimeId;
  /** First day of receipt the regime applies to (inclusive), or null. */
  readonly from: IsoDate | null;
  /** Last day of receipt the regime applies to (inclusive), or null. */
  readonly to: IsoDate | null;
  /** The decree, its amendments and guidance, by number. */
  readonly sources: readonly string[];
}

// Sources: Nghị định 61/2018/NĐ-CP (one-stop mechanism, cơ chế một cửa) with
// Thông tư 01/2018/TT-VPCP, amended by Nghị định 107/2021/NĐ-CP; replaced by
// Nghị định 118/2025/NĐ-CP from 1 July 2025, guided by Thông tư 03/2025/TT-VPCP.
const ND61: DossierRegime = Object.freeze({
  id: 'nd61-2018' as const,
  from: null,
  to: '2025-06-30' as IsoDate,
  sources: Object.freeze(['Nghị định 61/2018/NĐ-CP', 'Nghị định 107/2021/NĐ-CP', 'Thông tư 01/2018/TT-VPCP']),
});
const ND118: DossierRegime = Object.freeze({
  id: 'nd118-2025' as const,
  from: '2025-07-01' as IsoDate,
  to: null,
  sources: Object.freeze(['Nghị định 118/2025/NĐ-CP', 'Thông tư 03/2025/TT-VPCP']),
});

/**
 * The rule set that governs a dossier received on a date: Nghị định
 * 61/2018/NĐ-CP (as amended) for receipts until 30/6/2025, Nghị định
 * 118/2025/NĐ-CP from 1/7/2025.
 *
 * @example
 * ```ts
 * import { dossierRegime, assertIsoDate } from 'cchc';
 * dossierRegime(assertIsoDate('2025-06-30')).id; // 'nd61-2018'
 * dossierRegime(assertIsoDate('2025-07-01')).id; // 'nd118-2025'
 * ```
 */
export function dossierRegime(receivedOn: IsoDate): DossierRegime {
  return receivedOn < '2025-07-01' ? ND61 : ND118;
}
