export * from './isoDate.js';
export * from './periods.js';
export * from './lunar.js';
export * from './holidayData.js';
export * from './holidays.js';
export * from './workCalendar.js';
export * from './workingDays.js';
export * from './parseHolidayData.js';
