/**
 * Small inline SVG charts for the HTML report: plain strings, no library, no
 * script, no external font. Each returns one `<svg>` element with explicit
 * width, height and viewBox, a `<title>` for screen readers, and a class
 * naming the chart so tests can find it.
 *
 * @module
 */
import { truncate } from './table.js';
import { formatNumberVi, formatRateVi } from './vi.js';

/** Escapes text for XML/HTML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

const FONT =
  "font-family=\"system-ui, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', Arial, sans-serif\" font-size=\"12\"";
const ROW = 26;
const BAR = 16;
const LABEL_W = 270;
const TEXT = '#1f2933';
const TRACK = '#e4e7eb';

function svgOpen(cls: string, title: string, width: number, height: number): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart ${cls}" width="${width}" height="${height}" ` +
    `viewBox="0 0 ${width} ${height}" role="img" ${FONT}><title>${escapeXml(title)}</title>`
  );
}

function label(x: number, y: number, text: string, max = 42, anchor: 'start' | 'end' = 'end'): string {
  const shown = truncate(text, max);
  const full = shown === text ? '' : `<title>${escapeXml(text)}</title>`;
  return `<text x="${x}" y="${y}" text-anchor="${anchor}" fill="${TEXT}">${full}${escapeXml(shown)}</text>`;
}

const r1 = (n: number) => Math.round(n * 10) / 10;

/** A colour for a rate: green from 90%, amber from 70%, red below (the Cà Mau tiers of DOMAIN.md), grey when unknown. */
export function rateColour(rate: number | null): string {
  if (rate === null) return '#9aa5b1';
  if (rate > 0.9) return '#2f855a';
  if (rate >= 0.7) return '#d69e2e';
  return '#c53030';
}

/** One bar per row for a rate in 0..1 (compliance by area); null rates show "—" with no bar. */
export function rateBarChart(opts: {
  readonly title: string;
  readonly rows: readonly { readonly label: string; readonly rate: number | null; readonly note?: string }[];
  readonly width?: number;
  readonly cls?: string;
}): string {
  const width = opts.width ?? 720;
  const plotW = width - LABEL_W - 120;
  const height = opts.rows.length * ROW + 30;
  const parts = [svgOpen(opts.cls ?? 'chart-rates', opts.title, width, height)];
  // Axis ticks at 0, 50, 100 %.
  for (const t of [0, 0.5, 1]) {
    const x = r1(LABEL_W + t * plotW);
    parts.push(`<line x1="${x}" y1="4" x2="${x}" y2="${height - 22}" stroke="${TRACK}"/>`);
    parts.push(`<text x="${x}" y="${height - 8}" text-anchor="middle" fill="#52606d">${t * 100}%</text>`);
  }
  opts.rows.forEach((row, i) => {
    const y = 6 + i * ROW;
    parts.push(label(LABEL_W - 8, y + BAR - 3, row.label));
    parts.push(
      `<rect class="track" x="${LABEL_W}" y="${y}" width="${r1(plotW)}" height="${BAR}" fill="${TRACK}" rx="2"/>`,
    );
    if (row.rate !== null) {
      const w = r1(Math.max(0, Math.min(1, row.rate)) * plotW);
      parts.push(
        `<rect class="bar" x="${LABEL_W}" y="${y}" width="${w}" height="${BAR}" fill="${rateColour(row.rate)}" rx="2"><title>${escapeXml(`${row.label}: ${formatRateVi(row.rate)}`)}</title></rect>`,
      );
    }
    const value = formatRateVi(row.rate) + (row.note ? ` ${row.note}` : '');
    parts.push(label(LABEL_W + plotW + 8, y + BAR - 3, value, 20, 'start'));
  });
  parts.push('</svg>');
  return parts.join('');
}

/** A series of a stacked chart: its name and colour. */
export interface Series {
  readonly label: string;
  readonly colour: string;
}

/** Stacked horizontal bars (status counts by agency), scaled to the largest row total, with a legend. */
export function stackedBarChart(opts: {
  readonly title: string;
  readonly series: readonly Series[];
  readonly rows: readonly { readonly label: string; readonly values: readonly number[] }[];
  readonly width?: number;
  readonly cls?: string;
}): string {
  const width = opts.width ?? 720;
  const plotW = width - LABEL_W - 50;
  const legendH = 22 * Math.ceil(opts.series.length / 3);
  const height = legendH + opts.rows.length * ROW + 8;
  const maxTotal = Math.max(1, ...opts.rows.map((r) => r.values.reduce((a, b) => a + b, 0)));
  const parts = [svgOpen(opts.cls ?? 'chart-stacked', opts.title, width, height)];
  opts.series.forEach((s, i) => {
    const x = 10 + (i % 3) * 230;
    const y = 4 + Math.floor(i / 3) * 22;
    parts.push(`<rect class="legend" x="${x}" y="${y}" width="12" height="12" fill="${s.colour}"/>`);
    parts.push(label(x + 18, y + 11, s.label, 34, 'start'));
  });
  opts.rows.forEach((row, i) => {
    const y = legendH + 4 + i * ROW;
    parts.push(label(LABEL_W - 8, y + BAR - 3, row.label));
    let x = LABEL_W;
    row.values.forEach((v, k) => {
      if (v <= 0) return;
      const w = r1((v / maxTotal) * plotW);
      const s = opts.series[k];
      parts.push(
        `<rect class="bar" x="${r1(x)}" y="${y}" width="${w}" height="${BAR}" fill="${s?.colour ?? '#999'}"><title>${escapeXml(`${row.label} — ${s?.label ?? ''}: ${v}`)}</title></rect>`,
      );
      x += w;
    });
    const total = row.values.reduce((a, b) => a + b, 0);
    parts.push(label(r1(x) + 6, y + BAR - 3, String(total), 6, 'start'));
  });
  parts.push('</svg>');
  return parts.join('');
}

/** Points against the maximum per row (score by area for one unit): a grey track for the maximum, a bar for the points. */
export function pointsChart(opts: {
  readonly title: string;
  readonly rows: readonly { readonly label: string; readonly points: number; readonly max: number }[];
  readonly width?: number;
  readonly cls?: string;
}): string {
  const width = opts.width ?? 720;
  const plotW = width - LABEL_W - 90;
  const height = opts.rows.length * ROW + 8;
  const biggest = Math.max(1e-9, ...opts.rows.map((r) => r.max));
  const parts = [svgOpen(opts.cls ?? 'chart-points', opts.title, width, height)];
  opts.rows.forEach((row, i) => {
    const y = 4 + i * ROW;
    const trackW = r1((row.max / biggest) * plotW);
    const barW = r1((Math.max(0, Math.min(row.points, row.max)) / biggest) * plotW);
    const rate = row.max > 0 ? row.points / row.max : null;
    parts.push(label(LABEL_W - 8, y + BAR - 3, row.label));
    parts.push(
      `<rect class="track" x="${LABEL_W}" y="${y}" width="${trackW}" height="${BAR}" fill="${TRACK}" rx="2"/>`,
    );
    parts.push(
      `<rect class="bar" x="${LABEL_W}" y="${y}" width="${barW}" height="${BAR}" fill="${rateColour(rate)}" rx="2"><title>${escapeXml(`${row.label}: ${formatNumberVi(row.points)}/${formatNumberVi(row.max)}`)}</title></rect>`,
    );
    parts.push(
      label(
        LABEL_W + trackW + 6,
        y + BAR - 3,
        `${formatNumberVi(row.points)}/${formatNumberVi(row.max)}`,
        14,
        'start',
      ),
    );
  });
  parts.push('</svg>');
  return parts.join('');
}

/** The ranking: one bar per unit for its index (0..100), labelled with rank and name. */
export function rankingChart(opts: {
  readonly title: string;
  readonly rows: readonly { readonly rank: number; readonly label: string; readonly index: number }[];
  readonly width?: number;
}): string {
  const width = opts.width ?? 720;
  const plotW = width - LABEL_W - 70;
  const height = opts.rows.length * ROW + 8;
  const parts = [svgOpen('chart-ranking', opts.title, width, height)];
  opts.rows.forEach((row, i) => {
    const y = 4 + i * ROW;
    const w = r1((Math.max(0, Math.min(100, row.index)) / 100) * plotW);
    parts.push(label(LABEL_W - 8, y + BAR - 3, `${row.rank}. ${row.label}`));
    parts.push(
      `<rect class="track" x="${LABEL_W}" y="${y}" width="${r1(plotW)}" height="${BAR}" fill="${TRACK}" rx="2"/>`,
    );
    parts.push(
      `<rect class="bar" x="${LABEL_W}" y="${y}" width="${w}" height="${BAR}" fill="#2b6cb0" rx="2"><title>${escapeXml(`${row.label}: ${formatNumberVi(row.index, 2)}`)}</title></rect>`,
    );
    parts.push(label(LABEL_W + plotW + 6, y + BAR - 3, formatNumberVi(row.index, 2), 10, 'start'));
  });
  parts.push('</svg>');
  return parts.join('');
}

/** Stacked columns over time (compliance by month): one column per period, a legend, the total above each column. */
export function columnChart(opts: {
  readonly title: string;
  readonly series: readonly Series[];
  readonly columns: readonly { readonly label: string; readonly values: readonly number[] }[];
  readonly width?: number;
  readonly cls?: string;
}): string {
  const width = opts.width ?? 720;
  const legendH = 22 * Math.ceil(opts.series.length / 3);
  const plotH = 160;
  const top = legendH + 18;
  const height = top + plotH + 24;
  const left = 36;
  const slot = (width - left - 10) / Math.max(1, opts.columns.length);
  const barW = Math.max(4, Math.min(40, slot * 0.6));
  const maxTotal = Math.max(1, ...opts.columns.map((c) => c.values.reduce((a, b) => a + b, 0)));
  const parts = [svgOpen(opts.cls ?? 'chart-columns', opts.title, width, height)];
  opts.series.forEach((s, i) => {
    const x = 10 + (i % 3) * 230;
    const y = 4 + Math.floor(i / 3) * 22;
    parts.push(`<rect class="legend" x="${x}" y="${y}" width="12" height="12" fill="${s.colour}"/>`);
    parts.push(label(x + 18, y + 11, s.label, 34, 'start'));
  });
  const base = top + plotH;
  parts.push(`<line x1="${left}" y1="${base}" x2="${width - 10}" y2="${base}" stroke="#9aa5b1"/>`);
  parts.push(`<text x="${left - 6}" y="${top + 4}" text-anchor="end" fill="#52606d">${maxTotal}</text>`);
  parts.push(`<text x="${left - 6}" y="${base}" text-anchor="end" fill="#52606d">0</text>`);
  opts.columns.forEach((c, i) => {
    const x = r1(left + i * slot + (slot - barW) / 2);
    let y = base;
    c.values.forEach((v, k) => {
      if (v <= 0) return;
      const h = r1((v / maxTotal) * plotH);
      y = r1(y - h);
      const s = opts.series[k];
      parts.push(
        `<rect class="bar" x="${x}" y="${y}" width="${r1(barW)}" height="${h}" fill="${s?.colour ?? '#999'}"><title>${escapeXml(`${c.label} — ${s?.label ?? ''}: ${v}`)}</title></rect>`,
      );
    });
    const total = c.values.reduce((a, b) => a + b, 0);
    if (total > 0)
      parts.push(
        `<text x="${r1(x + barW / 2)}" y="${r1(y - 4)}" text-anchor="middle" fill="${TEXT}">${total}</text>`,
      );
    parts.push(
      `<text x="${r1(x + barW / 2)}" y="${base + 16}" text-anchor="middle" fill="#52606d">${escapeXml(c.label)}</text>`,
    );
  });
  parts.push('</svg>');
  return parts.join('');
}
