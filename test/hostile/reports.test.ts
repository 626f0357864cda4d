/**
 * The text and SVG reports on very long tables: the widest cell and the
 * biggest bar are found with loops (a `Math.max(...rows)` spread overflowed
 * the stack at about 125,000 rows).
 */
import { describe, expect, it } from 'vitest';
import { pointsChart, rankingChart } from '../../src/cli/format/svg.js';
import { renderTable } from '../../src/cli/format/table.js';

const N = 150_000;

describe('reports on 150,000 rows', () => {
  it('renders a text table', () => {
    const cells = Array.from({ length: N }, (_, i) => [`Đơn vị ${i}`, String(i)]);
    const text = renderTable(['Đơn vị', 'Điểm'], cells, ['left', 'right']);
    expect(text.split('\n').length).toBeGreaterThan(N);
  });

  it('renders SVG charts', () => {
    const rows = Array.from({ length: N }, (_, i) => ({
      label: `u${i}`,
      points: i % 7,
      max: 7,
      rank: i + 1,
      index: 50,
    }));
    expect(pointsChart({ title: 'Điểm', rows }).length).toBeGreaterThan(N);
    expect(rankingChart({ title: 'Xếp hạng', rows }).length).toBeGreaterThan(N);
  });
});
