/**
 * Writing a processing time back as Vietnamese text, in the form the
 * procedure listings use — the inverse of {@link parseProcessingTime}.
 *
 * @module
 */
import type { ProcessingStep, ProcessingTime } from './processingTime.js';

/** "05", "15", "0,5", "1,5": two digits for whole numbers below 10, a decimal comma. */
function num(n: number): string {
  if (Number.isInteger(n)) return n < 10 ? `0${n}` : String(n);
  return String(n).replace('.', ',');
}

function step(s: ProcessingStep): string {
  switch (s.kind) {
    case 'working_days':
      return s.equivalentHours === undefined
        ? `${num(s.days)} ngày làm việc`
        : `${num(s.days)} ngày làm việc quy đổi ${num(s.equivalentHours)} giờ`;
    case 'calendar_days':
      return `${num(s.days)} ngày`;
    case 'working_hours':
      return `${num(s.hours)} giờ làm việc`;
  }
}

/**
 * Writes a processing time as Vietnamese text ("Không quá 05 ngày làm
 * việc", "Trong ngày; tiếp nhận sau 15 giờ 00 thì trả kết quả trong ngày làm
 * việc tiếp theo", "Hẹn lần 1: …; Hẹn lần 2: …"). Reading the text back with
 * {@link parseProcessingTime} gives the same value (without `raw`).
 *
 * @example
 * ```ts
 * import { formatProcessingTime } from 'cchc';
 * formatProcessingTime({ kind: 'working_days', days: 5 }); // 'Không quá 05 ngày làm việc'
 * formatProcessingTime({
 *   kind: 'mixed',
 *   steps: [{ kind: 'calendar_days', days: 15 }, { kind: 'working_days', days: 8 }],
 *   totalDays: 23,
 * }); // 'Không quá 23 ngày (15 ngày và 08 ngày làm việc)'
 * ```
 */
export function formatProcessingTime(t: ProcessingTime): string {
  switch (t.kind) {
    case 'working_days':
    case 'calendar_days':
      return `Không quá ${step(t)}`;
    case 'working_hours':
      return `Trong ${step(t)}`;
    case 'same_day':
      return t.cutoff === undefined
        ? 'Trong ngày'
        : `Trong ngày; tiếp nhận sau ${t.cutoff.slice(0, 2)} giờ ${t.cutoff.slice(3, 5)} thì trả kết quả trong ngày làm việc tiếp theo`;
    case 'mixed': {
      const parts = t.steps.map(step).join(' và ');
      return t.totalDays === undefined ? parts : `Không quá ${num(t.totalDays)} ngày (${parts})`;
    }
    case 'two_appointments':
      return `Hẹn lần 1: ${formatProcessingTime(t.first)}; Hẹn lần 2: ${formatProcessingTime(t.second)}`;
  }
}
