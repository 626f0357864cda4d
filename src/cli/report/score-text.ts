/**
 * The PAR scorecard as text, in Vietnamese (decimal comma) or English, fitted
 * to a width: the points by area are split into several tables when the
 * units do not fit side by side.
 *
 * @module
 */
import type { Paint } from '../format/color.js';
import { paint as makePaint } from '../format/color.js';
import { fmtOf, pick } from '../format/locale.js';
import { oneLine } from '../format/safe.js';
import { renderTable, textWidth, wrapText } from '../format/table.js';
import { decimalsFor } from '../format/vi.js';
import type { ScoreReport } from './score-model.js';
import { DEFAULT_WIDTH, type TextOptions } from './status-text.js';

/** Renders the ranking and the points per area of every unit. */
export function scoreToText(r: ScoreReport, p: Paint = makePaint(false), opts: TextOptions = {}): string {
  const lang = opts.lang ?? 'vi';
  const width = opts.width ?? DEFAULT_WIDTH;
  const f = fmtOf(lang);
  let totals = 0;
  for (const u of r.units) totals = Math.max(totals, decimalsFor([u.total]));
  const out: string[] = [];
  out.push(
    p.bold(
      wrapText(
        pick(lang, `CHỈ SỐ CẢI CÁCH HÀNH CHÍNH (PAR INDEX) — ${r.set.title}`, `PAR INDEX — ${r.set.title}`),
        width,
      ),
    ),
  );
  const source = pick(lang, r.set.source, r.set.sourceEn);
  if (source) out.push(wrapText(pick(lang, `Bộ tiêu chí: ${source}`, `Criteria set: ${source}`), width));
  out.push('');
  out.push(p.bold(pick(lang, 'Xếp hạng', 'Ranking')));
  out.push(
    renderTable(
      pick(
        lang,
        ['Hạng', 'Mã', 'Đơn vị', 'Điểm', 'Tối đa', 'Chỉ số', 'Xếp loại'],
        ['Rank', 'Id', 'Unit', 'Points', 'Max', 'Index', 'Class'],
      ),
      r.units.map((u) => [
        String(u.rank),
        u.unitId,
        u.name,
        f.number(u.total, totals),
        f.number(u.max),
        { text: f.number(u.index, 2), style: p.bold },
        u.className ?? '—',
      ]),
      ['right', 'left', 'left', 'right', 'right', 'right', 'left'],
      '  ',
      { width, flex: [1, 2, 6] },
    ),
  );
  out.push('');
  out.push(
    p.bold(
      wrapText(
        pick(
          lang,
          'Điểm theo lĩnh vực (điểm đạt/điểm tối đa; mỗi cột một đơn vị, theo mã)',
          'Points by area (points/maximum; one column per unit, by id)',
        ),
        width,
      ),
    ),
  );
  // As many units side by side as fit beside an area column of 24 columns.
  const cell = (u: ScoreReport['units'][number], i: number) => {
    const s = u.areas[i];
    return s ? `${f.number(s.points)}/${f.number(s.max)}` : '—';
  };
  const unitWidth = r.units.map((u) => {
    let w = textWidth(oneLine(u.unitId));
    for (let i = 0; i < r.areas.length; i++) w = Math.max(w, textWidth(cell(u, i)));
    return Math.min(w, 16);
  });
  const groups: number[][] = [];
  let used = 2 + 24;
  for (let k = 0; k < r.units.length; k++) {
    const w = (unitWidth[k] ?? 0) + 2;
    const last = groups[groups.length - 1];
    if (last && used + w <= width) {
      last.push(k);
      used += w;
    } else {
      groups.push([k]);
      used = 2 + 24 + w;
    }
  }
  groups.forEach((g, n) => {
    if (n > 0) out.push('');
    out.push(
      renderTable(
        [pick(lang, 'Lĩnh vực', 'Area'), ...g.map((k) => r.units[k]?.unitId ?? '')],
        r.areas.map((a, i) => [
          `${a.id}. ${a.title}`,
          ...g.map((k) => (r.units[k] ? cell(r.units[k], i) : '—')),
        ]),
        ['left', ...g.map(() => 'right' as const)],
        '  ',
        { width, flex: [0, ...g.map((_, j) => j + 1)], minWidth: 8 },
      ),
    );
  });
  const missing = r.units.filter((u) => u.missing.length > 0);
  if (missing.length > 0) {
    out.push('');
    for (const u of missing)
      out.push(
        p.yellow(
          wrapText(
            pick(
              lang,
              `${u.name}: thiếu số liệu ${u.missing.length} tiêu chí (${u.missing.join(', ')}) — tính 0 điểm.`,
              `${u.name}: no input for ${u.missing.length} ${u.missing.length === 1 ? 'criterion' : 'criteria'} (${u.missing.join(', ')}) — counted as 0 points.`,
            ),
            width,
            '  ',
            '    ',
          ),
        ),
      );
  }
  return out.join('\n') + '\n';
}

/** The per-node detail of a single unit: points/max and the explanation, in the report's language. */
export function detailsToText(r: ScoreReport, opts: TextOptions = {}): string {
  if (!r.details) return '';
  const lang = opts.lang ?? 'vi';
  const width = opts.width ?? DEFAULT_WIDTH;
  const f = fmtOf(lang);
  const rows = r.details.map((d) => [
    d.id,
    d.title,
    `${f.number(d.points)}/${f.number(d.max)}`,
    lang === 'en' ? (d.explanationEn ?? d.explanation) : d.explanation,
  ]);
  const setWords = lang === 'en' && r.details.some((d) => d.explanationEn === null);
  return (
    '\n' +
    pick(
      lang,
      'Chi tiết theo tiêu chí',
      setWords
        ? 'Detail by criterion (explanations the criteria set writes itself stay as written)'
        : 'Detail by criterion',
    ) +
    '\n' +
    renderTable(
      pick(lang, ['Mã', 'Tiêu chí', 'Điểm', 'Giải thích'], ['Id', 'Criterion', 'Points', 'Explanation']),
      rows,
      ['left', 'left', 'right', 'left'],
      '  ',
      { width, flex: [1, 3] },
    ) +
    '\n'
  );
}
