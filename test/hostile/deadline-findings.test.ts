/**
 * Defects found in the deadline functions by the hostile-input review. One is
 * still `it.fails`: the comment says what the behaviour should be. When it is
 * fixed, its `it.fails` fails — turn it into `it`.
 */
import { describe, expect, it } from 'vitest';
import { isoDate } from '../../src/calendar/index.js';
import { CchcError } from '../../src/core/index.js';
import { dueDate, formatDeadline, occurrences, parseDeadline } from '../../src/deadline/index.js';

describe('deadline findings', () => {
  // "Quý I/-2018" is read as a range "Quý I – 2018" whose due date is 31/12/2018:
  // nine months after the quarter. Expected: the quarter (2018-03-31), or `unknown`
  // ("never a guess") — not a date the text does not say.
  it.fails('reads "Quý I/-2018" as the quarter or as unknown, never as a range to 31/12/2018', () => {
    const d = parseDeadline('Quý I/-2018', { year: 2018 });
    expect(dueDate(d)).not.toBe('2018-12-31');
  });

  // dueDate, occurrences and formatDeadline given a value that is not a Deadline
  // (null, a plain object from JSON that lost its fields) throw a TypeError from
  // inside. Expected: a CchcError naming the value, as the other functions that
  // take library values do.
  it('answers a value that is not a Deadline with a CchcError, not a TypeError', () => {
    for (const call of [
      () => dueDate(null as never),
      () => occurrences(null as never, { from: isoDate('2018-01-01'), to: isoDate('2018-12-31') }),
      () => formatDeadline(null as never),
    ]) {
      expect(call).toThrow(CchcError);
    }
  });

  // occurrences(d, window, { strictBefore: 'yes' }) reads a strictBefore that is not a
  // boolean as false without a word. Expected: a CchcError (invalid_option), as the
  // other functions now do for a misspelt option or choice.
  it('refuses a strictBefore that is not a boolean', () => {
    const d = parseDeadline('trước ngày 15 hằng tháng', { year: 2018 });
    expect(() =>
      occurrences(d, { from: isoDate('2018-01-01'), to: isoDate('2018-02-28') }, {
        strictBefore: 'yes',
      } as never),
    ).toThrow(CchcError);
  });
});
