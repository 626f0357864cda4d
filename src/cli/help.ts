/**
 * Help texts: one per command, each with an example. Vietnamese first, English beside.
 *
 * @module
 */

import { CRITERIA_HELP } from './commands/criteria.js';

const COMMON = `
Chung / common:
  -h, --help        trợ giúp / this help
  --lang vi|en      ngôn ngữ thông báo lỗi / language of error messages (vi)
Tệp "-" là đầu vào chuẩn / "-" reads standard input.
Mã thoát / exit codes: 0 ổn / ok · 1 dữ liệu không hợp lệ / invalid input · 2 sai cú pháp lệnh / usage error.
Màu chỉ dùng khi in ra terminal và không có NO_COLOR / colours only on a terminal, never with NO_COLOR.`;

/** Help per command; `main` is the overview. */
export const HELP: Readonly<Record<string, string>> = {
  criteria: `${CRITERIA_HELP}${COMMON}`,
  main: `cchc — kế hoạch cải cách hành chính (CCHC) và Chỉ số CCHC (PAR Index)
Vietnam's public administration reform plans, deadlines, compliance and PAR-Index scoring.

Cách dùng / usage: cchc <lệnh / command> [tùy chọn / options]

Lệnh / commands:
  status    tiến độ kế hoạch tại một ngày / a plan's status at a date
  score     chấm điểm, xếp hạng / score units and rank them
  validate  kiểm tra tệp kế hoạch hoặc bộ tiêu chí / check a plan or criteria file
  deadline  đọc một thời hạn / read a deadline text
  schema    in JSON Schema / print a JSON Schema
  criteria  đọc bảng phụ lục thành bộ tiêu chí, in lại / read an annex table into a criteria set, print it back
  demo      báo cáo mẫu Vĩnh Long 2018 / the built-in Vĩnh Long 2018 report

Ví dụ / example:
  cchc demo
  cchc status samples/vinh-long-2018.plan.json --as-of 30/06/2018 --reports samples/vinh-long-2018.reports.json
  cchc <command> --help
${COMMON}`,
  status: `cchc status <plan.json> --as-of <ngày> [--reports <reports.json>] [--due-soon 7] [--agency <mã>] [--format text|json|csv|md|html]

Tình hình thực hiện kế hoạch tại một ngày: nhiệm vụ quá hạn (số ngày quá hạn) theo cơ quan,
sắp đến hạn, đã hoàn thành; mức độ hoàn thành theo lĩnh vực và theo cơ quan.
A plan's status at a date: overdue (with days overdue), due-soon and done tasks by agency;
compliance by area and agency.

  --as-of <ngày>      ngày tính / the date (2018-06-30 or 30/06/2018) — bắt buộc / required
  --reports <tệp>     báo cáo tiến độ / progress reports: [{ "taskId", "agencyId"?, "completedOn"? }]
                      (một mảng, hoặc { "reports": [...] } / an array or { "reports": [...] })
  --due-soon <n>      "sắp đến hạn" trong n ngày / due soon within n days (7)
  --agency <mã>       chỉ nhiệm vụ chủ trì của một cơ quan / one agency's own view (e.g. snv)
  --format <f>        text (mặc định), json, csv (một dòng mỗi phân công / one row per assignment), md, html

Ví dụ / example:
  cchc status samples/vinh-long-2018.plan.json --as-of 2018-06-30 --reports samples/vinh-long-2018.reports.json
  cchc status plan.json --as-of 30/06/2018 --format html > bao-cao.html
  cchc status samples/vinh-long-2018.plan.json --as-of 30/06/2018 --reports samples/vinh-long-2018.reports.json --agency stttt
${COMMON}`,
  score: `cchc score <criteria.json | preset-id> <inputs.json> [--format text|json|csv|md|html]

Chấm điểm Chỉ số CCHC cho một hoặc nhiều đơn vị; nhiều đơn vị thì xếp hạng.
Score one unit or many against a criteria set (a file or a built-in preset id); many → ranking.

  inputs.json, một đơn vị / one unit:   { "1.1": true, "1.2": "đúng hạn", "2.1": 85 }
  nhiều đơn vị / many units:            { "units": [ { "id": "snv", "name": "Sở Nội vụ", "inputs": { … } } ] }
  --format <f>        text (mặc định), json, csv, md, html

Ví dụ / example:
  cchc score samples/par-sample.criteria.json samples/par-sample.inputs.json
  cchc score samples/par-sample.criteria.json - --format csv < inputs.json
${COMMON}`,
  validate: `cchc validate <plan.json | criteria.json> [--kind plan|criteria] [--format text|json] [--lang en]

Kiểm tra một tệp kế hoạch hoặc bộ tiêu chí: liệt kê mọi lỗi kèm đường dẫn; mã thoát 1 khi không hợp lệ.
Check a plan or a criteria set: every issue with its path; exit code 1 when invalid.
Loại tệp đoán theo nội dung ("nodes" → bộ tiêu chí), hoặc chỉ định bằng --kind.
The kind is guessed from the content ("nodes" → criteria) unless --kind says it.

Ví dụ / example:
  cchc validate samples/vinh-long-2018.plan.json
  cchc validate my-plan.json --lang en
${COMMON}`,
  deadline: `cchc deadline "<thời hạn>" [--year 2019] [--format text|json]

Đọc một thời hạn như trong kế hoạch: loại, cách hiểu chuẩn, ngày hết hạn, các mốc.
Read a deadline as written in a plan: its kind, canonical reading, due date and milestones.

  --year <năm>        năm ngữ cảnh khi văn bản không ghi năm / context year when the text has none
  --format <f>        text (mặc định) hoặc json

Ví dụ / example:
  cchc deadline "Quý II/2018"
  cchc deadline "Định kỳ hàng quý (trước ngày 15 của tháng cuối quý)" --year 2019
${COMMON}`,
  schema: `cchc schema plan|criteria

In JSON Schema của tệp kế hoạch hoặc bộ tiêu chí, để hệ thống khác kiểm tra dữ liệu.
Print the JSON Schema of plan or criteria files, for other systems to validate against.

Ví dụ / example:
  cchc schema plan > plan.schema.json
${COMMON}`,
  demo: `cchc demo [--format text|md|html|json]

Báo cáo mẫu: Kế hoạch CCHC năm 2018 của tỉnh Vĩnh Long với báo cáo tiến độ mẫu tại 30/06/2018,
và bảng điểm Chỉ số CCHC của một số đơn vị mẫu. (Đây là lệnh của "npm start".)
The built-in report: Vĩnh Long's 2018 plan with sample progress reports at 30/06/2018, and a
PAR scorecard for a few sample units. (This is what "npm start" runs.)

Ví dụ / example:
  cchc demo
  cchc demo --format html > bao-cao-mau.html
${COMMON}`,
};
