/**
 * Words that every JavaScript object inherits a property for ("constructor")
 * are words like any other: no period, weekday or count of a rule.
 */
import { describe, expect, it } from 'vitest';
import { parseDeadline } from '../../src/deadline/index.js';

describe('parseDeadline: "constructor" is an unknown word', () => {
  it.each([
    'Hằng constructor',
    'constructor, năm',
    'Định kỳ constructor',
    'thứ constructor hằng tuần',
    'Mỗi tháng constructor kỳ',
  ])('%s', (text) => {
    const d = parseDeadline(text, { year: 2018 });
    expect(d).toEqual({ kind: 'unknown', raw: text, reason: 'unrecognised' });
  });
});
