import { describe, expect, it } from 'vitest';
import {
  escapeXml,
  pointsChart,
  rankingChart,
  rateBarChart,
  rateColour,
  stackedBarChart,
} from '../../src/cli/format/svg.js';

/** Widths in percent of the rects of a class, in order. */
const widths = (html: string, cls: string) =>
  [...html.matchAll(new RegExp(`<rect class="${cls}" x="([\\d.]+)%" y="0" width="([\\d.]+)%"`, 'g'))].map(
    (m) => ({
      x: Number(m[1]),
      w: Number(m[2]),
    }),
  );

describe('charts', () => {
  it('escapes text for XML, control characters shown as escapes', () => {
    expect(escapeXml(`Sở <Tư> "pháp" & 'x'`)).toBe('Sở &lt;Tư&gt; &quot;pháp&quot; &amp; &#39;x&#39;');
    expect(escapeXml('a\u001b[31mb\u0007')).toBe('a\\x1b[31mb\\x07');
  });

  it('draws one bar per known rate, proportional to it, none for an unknown rate', () => {
    const html = rateBarChart({
      title: 'Tỷ lệ hoàn thành theo lĩnh vực',
      rows: [
        { label: 'Cải cách thể chế', rate: 1 },
        { label: 'Cải cách thủ tục hành chính', rate: 0.5 },
        { label: 'Tác động', rate: null },
      ],
    });
    expect(widths(html, 'bar').map((b) => b.w)).toEqual([100, 50]);
    expect(widths(html, 'track')).toHaveLength(3);
    expect(html).toContain('50,0%');
    expect(html).toContain('—');
    expect(html).toContain('aria-label="Tỷ lệ hoàn thành theo lĩnh vực"');
    // Sized in percent of the row: no fixed pixel width, no viewBox that would shrink the text.
    expect(html).not.toMatch(/viewBox|width="\d+"/);
  });

  it('writes names and values as HTML text, which wraps and keeps its size', () => {
    const html = rateBarChart({
      title: 'T',
      rows: [{ label: 'Hiện đại hóa hành chính, chính quyền số', rate: 0.9 }],
    });
    expect(html).toContain('<span class="name">Hiện đại hóa hành chính, chính quyền số</span>');
    expect(html).toContain('<span class="value">90,0%</span>');
    expect(html).not.toContain('<text');
  });

  it('colours rates by the 90% / 70% tiers', () => {
    expect(rateColour(0.95)).not.toBe(rateColour(0.8));
    expect(rateColour(0.8)).not.toBe(rateColour(0.5));
    expect(rateColour(0.9)).toBe(rateColour(0.7)); // "từ 70% đến 90%" is one tier
  });

  it('stacks segments so each row is proportional to its total, legend only for drawn series', () => {
    const html = stackedBarChart({
      title: 'Tình trạng theo cơ quan',
      series: [
        { label: 'Quá hạn', colour: '#c00' },
        { label: 'Đúng hạn', colour: '#0a0' },
        { label: 'Trễ hạn', colour: '#9a9' },
      ],
      rows: [
        { label: 'Sở Nội vụ', values: [2, 2, 0] },
        { label: 'Sở Tư pháp', values: [0, 2, 0] },
      ],
    });
    const w = widths(html, 'bar');
    expect(w).toEqual([
      { x: 0, w: 50 },
      { x: 50, w: 50 },
      { x: 0, w: 50 },
    ]); // zero segments are not drawn; the widest row fills its box
    expect((html.match(/<rect class="legend"/g) ?? []).length).toBe(2);
    expect(html).not.toContain('Trễ hạn'); // no legend for an empty category
  });

  it('draws points against the maximum, never past it', () => {
    const html = pointsChart({
      title: 'Điểm theo lĩnh vực',
      rows: [
        { label: '1. Chỉ đạo', points: 3, max: 6 },
        { label: '2. TTHC', points: 8, max: 8 },
        { label: '3. Lỗi', points: 9, max: 2 },
      ],
    });
    const tracks = widths(html, 'track').map((t) => t.w);
    const bars = widths(html, 'bar').map((b) => b.w);
    expect(tracks).toEqual([75, 100, 25]);
    expect(bars).toEqual([37.5, 100, 25]);
    expect(html).toContain('3/6');
  });

  it('ranks with bars proportional to the index out of 100', () => {
    const html = rankingChart({
      title: 'Xếp hạng',
      rows: [
        { rank: 1, label: 'Sở Nội vụ', index: 90.5 },
        { rank: 2, label: 'Sở Tư pháp', index: 45.25 },
      ],
    });
    expect(widths(html, 'bar').map((b) => b.w)).toEqual([90.5, 45.25]);
    expect(html).toContain('90,50');
    expect(html).toContain('1. Sở Nội vụ');
  });

  // Math.max(...rows) overflows the stack from about 130,000 rows.
  it('draws 150,000 rows without running out of stack (no spread of the rows)', () => {
    const rows = Array.from({ length: 150_000 }, (_, i) => ({ label: '', values: [i % 7, 1] }));
    const html = stackedBarChart({ title: 'T', series: [{ label: 'a', colour: '#000' }], rows });
    expect(html.split('<div class="row">')).toHaveLength(150_001);
  });
});
