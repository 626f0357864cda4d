/**
 * Charts for the HTML report: plain strings, no library, no script, no
 * external font. Each chart is a `<figure class="chart …">` of rows; a row's
 * name and value are HTML text (they wrap and keep their size on a phone) and
 * its bar is a small inline `<svg>` whose rectangles are sized in percent of
 * the row (so they fit any width, and print, unlike CSS backgrounds).
 * Legends list only the series a chart draws.
 *
 * @module
 */
import { escapeControls } from './safe.js';
import { formatNumberVi, formatRateVi } from './vi.js';

const XML_ESCAPES = new Map([
  ['&', '&amp;'],
  ['<', '&lt;'],
  ['>', '&gt;'],
  ['"', '&quot;'],
  ["'", '&#39;'],
]);

/** Escapes text for XML/HTML content and attribute values (control characters shown as escapes). */
export function escapeXml(text: string): string {
  return escapeControls(text).replace(/[&<>"']/g, (c) => XML_ESCAPES.get(c) ?? c);
}

const BAR_H = 14;
const TRACK = '#e4e7eb';

const pct = (n: number) => `${Math.round(Math.max(0, Math.min(1, n)) * 10000) / 100}%`;

function figure(cls: string, title: string, body: readonly string[], legend = ''): string {
  return `<figure class="chart ${cls}" aria-label="${escapeXml(title)}">${legend}${body.join('')}</figure>`;
}

function row(name: string, value: string, bars: string, tip: string): string {
  return (
    `<div class="row"><div class="label"><span class="name">${escapeXml(name)}</span>` +
    `<span class="value">${escapeXml(value)}</span></div>` +
    `<svg class="bars" width="100%" height="${BAR_H}" role="img"><title>${escapeXml(tip)}</title>${bars}</svg></div>`
  );
}

const rect = (cls: string, x: number, width: number, fill: string) =>
  `<rect class="${cls}" x="${pct(x)}" y="0" width="${pct(width)}" height="${BAR_H}" fill="${fill}"/>`;

/** A colour for a rate: green above 90 %, amber from 70 %, red below, grey when unknown. */
export function rateColour(rate: number | null): string {
  if (rate === null) return '#9aa5b1';
  if (rate > 0.9) return '#2f855a';
  if (rate >= 0.7) return '#d69e2e';
  return '#c53030';
}

/** One bar per row for a rate in 0..1 (compliance by area); a null rate shows "—" and no bar. */
export function rateBarChart(opts: {
  readonly title: string;
  readonly rows: readonly { readonly label: string; readonly rate: number | null; readonly note?: string }[];
  readonly cls?: string;
  readonly formatRate?: (rate: number | null) => string;
}): string {
  const formatRate = opts.formatRate ?? formatRateVi;
  const body = opts.rows.map((r) => {
    const value = formatRate(r.rate) + (r.note ? ` ${r.note}` : '');
    const bar = r.rate === null ? '' : rect('bar', 0, r.rate, rateColour(r.rate));
    return row(r.label, value, rect('track', 0, 1, TRACK) + bar, `${r.label}: ${value}`);
  });
  return figure(opts.cls ?? 'chart-rates', opts.title, body);
}

/** A series of a stacked chart: its name and colour. */
export interface Series {
  readonly label: string;
  readonly colour: string;
}

function legendOf(series: readonly Series[], used: readonly boolean[]): string {
  const items = series
    .filter((_, k) => used[k])
    .map(
      (s) =>
        `<li><svg width="12" height="12" aria-hidden="true"><rect class="legend" width="12" height="12" fill="${s.colour}"/></svg>${escapeXml(s.label)}</li>`,
    );
  return items.length === 0 ? '' : `<ul class="legend">${items.join('')}</ul>`;
}

/**
 * Stacked bars, one row each (status counts by agency, tasks due by month),
 * scaled to the largest row total; the total is the row's value. The legend
 * names only the series with a count somewhere.
 */
export function stackedBarChart(opts: {
  readonly title: string;
  readonly series: readonly Series[];
  readonly rows: readonly { readonly label: string; readonly values: readonly number[] }[];
  readonly cls?: string;
  /** The value shown for a row (its total by default). */
  readonly valueText?: (total: number) => string;
}): string {
  let maxTotal = 1;
  const used = opts.series.map(() => false);
  for (const r of opts.rows) {
    let total = 0;
    r.values.forEach((v, k) => {
      if (v > 0) {
        total += v;
        used[k] = true;
      }
    });
    if (total > maxTotal) maxTotal = total;
  }
  const body = opts.rows.map((r) => {
    let x = 0;
    let total = 0;
    const parts: string[] = [];
    const tip: string[] = [];
    r.values.forEach((v, k) => {
      if (v <= 0) return;
      const s = opts.series[k];
      parts.push(rect('bar', x / maxTotal, v / maxTotal, s?.colour ?? '#999'));
      tip.push(`${s?.label ?? ''}: ${v}`);
      x += v;
      total += v;
    });
    const value = opts.valueText ? opts.valueText(total) : String(total);
    return row(r.label, value, parts.join(''), `${r.label} — ${tip.join(', ') || value}`);
  });
  return figure(opts.cls ?? 'chart-stacked', opts.title, body, legendOf(opts.series, used));
}

/** Points against the maximum per row (score by area for one unit): a grey track for the maximum, a bar for the points. */
export function pointsChart(opts: {
  readonly title: string;
  readonly rows: readonly { readonly label: string; readonly points: number; readonly max: number }[];
  readonly cls?: string;
  readonly formatNumber?: (n: number) => string;
}): string {
  const num = opts.formatNumber ?? ((n: number) => formatNumberVi(n));
  let biggest = 1e-9;
  for (const r of opts.rows) if (r.max > biggest) biggest = r.max;
  const body = opts.rows.map((r) => {
    const rate = r.max > 0 ? r.points / r.max : null;
    const value = `${num(r.points)}/${num(r.max)}`;
    const bars =
      rect('track', 0, r.max / biggest, TRACK) +
      rect('bar', 0, Math.max(0, Math.min(r.points, r.max)) / biggest, rateColour(rate));
    return row(r.label, value, bars, `${r.label}: ${value}`);
  });
  return figure(opts.cls ?? 'chart-points', opts.title, body);
}

/** The ranking: one bar per unit for its index (0..100), labelled with rank and name. */
export function rankingChart(opts: {
  readonly title: string;
  readonly rows: readonly { readonly rank: number; readonly label: string; readonly index: number }[];
  readonly formatIndex?: (n: number) => string;
}): string {
  const num = opts.formatIndex ?? ((n: number) => formatNumberVi(n, 2));
  const body = opts.rows.map((r) => {
    const value = num(r.index);
    return row(
      `${r.rank}. ${r.label}`,
      value,
      rect('track', 0, 1, TRACK) + rect('bar', 0, r.index / 100, '#2b6cb0'),
      `${r.label}: ${value}`,
    );
  });
  return figure('chart-ranking', opts.title, body);
}

/** The charts' CSS, for the report's `<style>`. */
export const CHART_CSS =
  'figure.chart{margin:8px 0 16px}.chart .row{margin:0 0 8px}' +
  '.chart .label{display:flex;justify-content:space-between;gap:12px;font-size:13px;line-height:1.3}' +
  '.chart .name{min-width:0;overflow-wrap:anywhere}.chart .value{white-space:nowrap;font-variant-numeric:tabular-nums}' +
  'svg.bars{display:block;margin-top:2px}' +
  'ul.legend{list-style:none;padding:0;margin:4px 0 10px;display:flex;flex-wrap:wrap;gap:4px 16px;font-size:13px}' +
  'ul.legend li{display:flex;align-items:center;gap:6px}';
