import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decimalsFor,
  formatDateVi,
  formatNumberVi,
  formatRateVi,
  roundHalfUp,
} from '../../src/cli/format/vi.js';
import { areaLabel } from '../../src/cli/format/labels.js';

describe('Vietnamese conventions', () => {
  it('writes dates dd/mm/yyyy, including 29/02 and 31/12', () => {
    expect(formatDateVi('2018-06-30')).toBe('30/06/2018');
    expect(formatDateVi('2020-02-29')).toBe('29/02/2020');
    expect(formatDateVi('2017-12-31')).toBe('31/12/2017');
    expect(formatDateVi(null)).toBe('—');
  });

  it('uses a decimal comma and a dot between thousands', () => {
    expect(formatNumberVi(85.5)).toBe('85,5');
    expect(formatNumberVi(1234567.25, 2)).toBe('1.234.567,25');
    expect(formatNumberVi(0.125)).toBe('0,125');
    expect(formatNumberVi(30)).toBe('30');
    expect(formatNumberVi(-2.5)).toBe('-2,5');
    expect(formatNumberVi(-0.0001, 2)).toBe('0,00');
  });

  it('rounds half up on the decimal value, not the binary one', () => {
    expect(roundHalfUp(85.405, 2)).toBe(85.41);
    expect(roundHalfUp(1.005, 2)).toBe(1.01);
    expect(roundHalfUp(2.675, 2)).toBe(2.68);
    // Half-up means towards +∞ at exactly .5, for negatives too: the rule of
    // the scoring module (formatIndexVi, formatPointsVi), so the command and
    // the library never print one value two ways.
    expect(roundHalfUp(-1.005, 2)).toBe(-1);
    expect(roundHalfUp(-1.0051, 2)).toBe(-1.01);
    expect(roundHalfUp(-2.5, 0)).toBe(-2);
  });

  it('formats rates as percentages and finds the decimals a column needs', () => {
    expect(formatRateVi(6 / 7)).toBe('85,7%');
    expect(formatRateVi(1)).toBe('100,0%');
    expect(formatRateVi(null)).toBe('—');
    expect(decimalsFor([28.45, 23.1, 18])).toBe(2);
    expect(decimalsFor([0.125, 1])).toBe(3);
    expect(decimalsFor([30, 29])).toBe(0);
  });

  it('reads back to the same number (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -10_000_000, max: 10_000_000 }),
        fc.integer({ min: 0, max: 3 }),
        (n, digits) => {
          const value = n / 1000;
          const text = formatNumberVi(value, digits);
          const back = Number(text.replace(/\./g, '').replace(',', '.'));
          expect(back).toBe(roundHalfUp(value, digits) === 0 ? 0 : roundHalfUp(value, digits));
          expect(text).not.toMatch(/\d\.\d{1,2}$|\.\d{4,}/); // never a dot decimal
        },
      ),
    );
  });

  it('names areas in Vietnamese, English on request', () => {
    expect(areaLabel('procedures')).toBe('Cải cách thủ tục hành chính');
    expect(areaLabel('procedures', 'en')).toBe('Administrative procedure reform');
    expect(areaLabel('something-else')).toBe('something-else');
  });
});
