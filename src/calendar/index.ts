// isoDate.ts also holds internal helpers (formatYmd, dayNumberOrNaN,
// weekdayOfDayNumber) that other modules import directly; only these are public.
export {
  type IsoDate,
  type Weekday,
  isLeapYear,
  daysInMonth,
  isValidYmd,
  isIsoDate,
  parseIsoDate,
  assertIsoDate,
  isoDate,
  ymd,
  dayNumberFromYmd,
  ymdFromDayNumber,
  toDayNumber,
  fromDayNumber,
  addDays,
  daysBetween,
  dayOfWeek,
  compareIsoDates,
  lastDayOfMonth,
} from './isoDate.js';
export * from './periods.js';
export * from './lunar.js';
export * from './holidayData.js';
export * from './holidays.js';
export * from './workCalendar.js';
export * from './workingDays.js';
export * from './parseHolidayData.js';
export * from './vietnamDates.js';
export { CALENDAR_ISSUE_CODES, type CalendarIssue, type CalendarIssueCode } from './messages.js';
