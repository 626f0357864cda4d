import { describe, expect, it } from 'vitest';
import {
  columnChart,
  escapeXml,
  pointsChart,
  rankingChart,
  rateBarChart,
  rateColour,
  stackedBarChart,
} from '../../src/cli/format/svg.js';

const attr = (svg: string, re: RegExp) => [...svg.matchAll(re)].map((m) => Number(m[1]));
const barWidths = (svg: string) => attr(svg, /<rect class="bar" x="[\d.]+" y="[\d.]+" width="([\d.]+)"/g);
const size = (svg: string) => {
  const m = /<svg [^>]*width="(\d+)" height="(\d+)" viewBox="0 0 (\d+) (\d+)"/.exec(svg);
  return m ? { w: Number(m[1]), h: Number(m[2]), vw: Number(m[3]), vh: Number(m[4]) } : null;
};

describe('SVG charts', () => {
  it('escapes text for XML', () => {
    expect(escapeXml(`Sở <Tư> "pháp" & 'x'`)).toBe('Sở &lt;Tư&gt; &quot;pháp&quot; &amp; &#39;x&#39;');
  });

  it('draws one bar per known rate, proportional to it, none for an unknown rate', () => {
    const svg = rateBarChart({
      title: 'Tỷ lệ hoàn thành theo lĩnh vực',
      rows: [
        { label: 'Cải cách thể chế', rate: 1 },
        { label: 'Cải cách thủ tục hành chính', rate: 0.5 },
        { label: 'Tác động', rate: null },
      ],
      width: 720,
    });
    const [full, half, ...rest] = barWidths(svg);
    expect(rest).toHaveLength(0);
    expect(full).toBeGreaterThan(0);
    expect(half).toBeCloseTo((full ?? 0) / 2, 0);
    expect(svg).toContain('50,0%');
    expect(svg).toContain('—');
    const s = size(svg);
    expect(s).toEqual({ w: 720, h: 3 * 26 + 30, vw: 720, vh: 3 * 26 + 30 });
    expect(svg).toContain('<title>Tỷ lệ hoàn thành theo lĩnh vực</title>');
  });

  it('colours rates by the 90% / 70% tiers', () => {
    expect(rateColour(0.95)).not.toBe(rateColour(0.8));
    expect(rateColour(0.8)).not.toBe(rateColour(0.5));
    expect(rateColour(0.9)).toBe(rateColour(0.7)); // "từ 70% đến 90%" is one tier
  });

  it('stacks segments so each row is proportional to its total', () => {
    const svg = stackedBarChart({
      title: 'Tình trạng theo cơ quan',
      series: [
        { label: 'Quá hạn', colour: '#c00' },
        { label: 'Đúng hạn', colour: '#0a0' },
      ],
      rows: [
        { label: 'Sở Nội vụ', values: [2, 2] },
        { label: 'Sở Tư pháp', values: [0, 2] },
      ],
    });
    const w = barWidths(svg);
    expect(w).toHaveLength(3); // the zero segment is not drawn
    const [a = 0, b = 0, c = 0] = w;
    expect(a + b).toBeCloseTo(2 * c, 0);
    expect((svg.match(/class="legend"/g) ?? []).length).toBe(2);
  });

  it('draws points against the maximum, never past it', () => {
    const svg = pointsChart({
      title: 'Điểm theo lĩnh vực',
      rows: [
        { label: '1. Chỉ đạo', points: 3, max: 6 },
        { label: '2. TTHC', points: 8, max: 8 },
        { label: '3. Lỗi', points: 9, max: 2 },
      ],
    });
    const tracks = attr(svg, /<rect class="track" x="[\d.]+" y="[\d.]+" width="([\d.]+)"/g);
    const bars = barWidths(svg);
    expect(bars[0]).toBeCloseTo((tracks[0] ?? 0) / 2, 0);
    expect(bars[1]).toBe(tracks[1]);
    expect(bars[2]).toBe(tracks[2]);
    expect(svg).toContain('3/6');
  });

  it('ranks with bars proportional to the index out of 100', () => {
    const svg = rankingChart({
      title: 'Xếp hạng',
      rows: [
        { rank: 1, label: 'Sở Nội vụ', index: 90.5 },
        { rank: 2, label: 'Sở Tư pháp', index: 45.25 },
      ],
    });
    const [a = 0, b = 0] = barWidths(svg);
    expect(b / a).toBeCloseTo(0.5, 2);
    expect(svg).toContain('90,50');
    expect(svg).toContain('1. Sở Nội vụ');
  });
});

describe('column chart', () => {
  it('stacks each period to its total, tallest column for the largest total', () => {
    const svg = columnChart({
      title: 'Theo tháng',
      series: [
        { label: 'Đúng hạn', colour: '#0a0' },
        { label: 'Quá hạn', colour: '#c00' },
      ],
      columns: [
        { label: '12/2017', values: [4, 4] },
        { label: '01/2018', values: [0, 0] },
        { label: '03/2018', values: [2, 2] },
      ],
    });
    const heights = attr(svg, /<rect class="bar" x="[\d.]+" y="[\d.]+" width="[\d.]+" height="([\d.]+)"/g);
    expect(heights).toHaveLength(4);
    const [a = 0, b = 0, c = 0, d = 0] = heights;
    expect(a + b).toBeCloseTo(2 * (c + d), 0);
    expect(svg).toContain('>12/2017<');
    expect(svg).toContain('>01/2018<'); // empty months keep their place
  });
});
