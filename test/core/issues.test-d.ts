// Issue codes are one union: a misspelt code is a type error where an issue
// is built and where one is matched.
import {
  CALENDAR_ISSUE_CODES,
  type CalendarIssue,
  type DossierIssueCode,
  type Issue,
  type IssueCode,
  issue,
  loadPlan,
  PLAN_ISSUE_CODES,
  type PlanIssueCode,
  type ScoringIssueCode,
} from '../../src/index.js';

issue(['date'], 'invalid_date', 'Ngày không tồn tại', 'Date does not exist');
// @ts-expect-error 'invalid_dat' is not an issue code
issue(['date'], 'invalid_dat', 'Ngày không tồn tại', 'Date does not exist');

const r = loadPlan({});
if (!r.ok) {
  const first = r.issues[0];
  // @ts-expect-error no issue has the code 'unknwon_agency', so the comparison cannot be true
  if (first?.code === 'unknwon_agency') console.log(first);
  if (first?.code === PLAN_ISSUE_CODES.unknownAgency) console.log(first.code satisfies PlanIssueCode);
}

// An Issue<C> carries exactly its code.
const one: Issue<'invalid_lunar_date'> = issue([], CALENDAR_ISSUE_CODES.invalidLunarDate, 'vi', 'en');
// @ts-expect-error an invalid_date issue is not an invalid_lunar_date issue
const other: Issue<'invalid_lunar_date'> = issue([], 'invalid_date', 'vi', 'en');
const cal: CalendarIssue = one;

// Each module's codes are part of the one union.
const codes: IssueCode[] = [
  'processing_time_empty' satisfies DossierIssueCode,
  'max_not_sum' satisfies ScoringIssueCode,
  'unknown_task' satisfies PlanIssueCode,
];
console.log(other, cal, codes);
