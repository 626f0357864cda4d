import { describe, expect, it } from 'vitest';
import { parseBudget } from '../../src/plan/index.js';

describe('parseBudget', () => {
  it.each([
    ['50tr/huyện', { amount: 50, unit: 'tr', amountVnd: 50_000_000, per: 'huyện' }],
    ['05tr/kỳ', { amount: 5, unit: 'tr', amountVnd: 5_000_000, per: 'kỳ' }],
    ['40 tr', { amount: 40, unit: 'tr', amountVnd: 40_000_000 }],
    ['80 triệu đồng', { amount: 80, unit: 'triệu đồng', amountVnd: 80_000_000 }],
    ['1.200 triệu đồng', { amount: 1200, unit: 'triệu đồng', amountVnd: 1_200_000_000 }],
    ['2,5 tỷ đồng', { amount: 2.5, unit: 'tỷ đồng', amountVnd: 2_500_000_000 }],
    ['300.000 đồng', { amount: 300_000, unit: 'đồng', amountVnd: 300_000 }],
  ])('reads the amount of %s', (text, expected) => {
    expect(parseBudget(text)).toEqual({ text, ...expected });
  });

  it('keeps a budget note without inventing an amount', () => {
    for (const text of ['Kinh phí tự chủ', 'Theo Kế hoạch', '2018', '50 người', '1.00.0 tr', '']) {
      expect(parseBudget(text)).toEqual({ text });
    }
  });

  it('keeps the funding source, NFC and frozen', () => {
    const b = parseBudget('50tr/huyện'.normalize('NFD'), 'NS tỉnh'.normalize('NFD'));
    expect(b).toEqual({
      text: '50tr/huyện',
      amount: 50,
      unit: 'tr',
      amountVnd: 50_000_000,
      per: 'huyện',
      source: 'NS tỉnh',
    });
    expect(Object.isFrozen(b)).toBe(true);
  });
});
