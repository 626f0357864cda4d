/**
 * The PAR scorecard as text, in Vietnamese: decimal comma, index with two decimals.
 *
 * @module
 */
import type { Paint } from '../format/color.js';
import { paint as makePaint } from '../format/color.js';
import { renderTable, truncate } from '../format/table.js';
import { decimalsFor, formatNumberVi } from '../format/vi.js';
import type { ScoreReport } from './score-model.js';

/** Renders the ranking and the points per area of every unit. */
export function scoreToText(r: ScoreReport, p: Paint = makePaint(false)): string {
  const td2 = decimalsFor(r.units.map((u) => u.total));
  const out: string[] = [];
  out.push(p.bold(`CHỈ SỐ CẢI CÁCH HÀNH CHÍNH (PAR INDEX) — ${r.set.title}`));
  if (r.set.source) out.push(`Bộ tiêu chí: ${r.set.source}`);
  out.push('');
  out.push(p.bold('Xếp hạng'));
  out.push(
    renderTable(
      ['Hạng', 'Đơn vị', 'Điểm', 'Tối đa', 'Chỉ số', 'Xếp loại'],
      r.units.map((u) => [
        String(u.rank),
        truncate(u.name, 40),
        formatNumberVi(u.total, td2),
        formatNumberVi(u.max),
        p.bold(formatNumberVi(u.index, 2)),
        u.className ?? '—',
      ]),
      ['right', 'left', 'right', 'right', 'right', 'left'],
    ),
  );
  out.push('');
  out.push(p.bold('Điểm theo lĩnh vực (điểm đạt/điểm tối đa)'));
  out.push(
    renderTable(
      ['Lĩnh vực', ...r.units.map((u) => truncate(u.name, 18))],
      r.areas.map((a, i) => [
        truncate(`${a.id}. ${a.title}`, 44),
        ...r.units.map((u) => {
          const s = u.areas[i];
          return s ? `${formatNumberVi(s.points)}/${formatNumberVi(s.max)}` : '—';
        }),
      ]),
      ['left', ...r.units.map(() => 'right' as const)],
    ),
  );
  const missing = r.units.filter((u) => u.missing.length > 0);
  if (missing.length > 0) {
    out.push('');
    for (const u of missing)
      out.push(
        p.yellow(
          `  ${u.name}: thiếu số liệu ${u.missing.length} tiêu chí (${u.missing.join(', ')}) — tính 0 điểm.`,
        ),
      );
  }
  return out.join('\n') + '\n';
}

/** The per-node detail of a single unit: indented tree, points/max, explanation. */
export function detailsToText(r: ScoreReport): string {
  if (!r.details) return '';
  const rows = r.details.map((d) => [
    `${'  '.repeat(d.depth)}${d.id}`,
    truncate(d.title, 50 - 2 * d.depth),
    `${formatNumberVi(d.points)}/${formatNumberVi(d.max)}`,
    truncate(d.explanation, 70),
  ]);
  return (
    '\n' +
    'Chi tiết theo tiêu chí' +
    '\n' +
    renderTable(['Mã', 'Tiêu chí', 'Điểm', 'Giải thích'], rows, ['left', 'left', 'right', 'left']) +
    '\n'
  );
}
