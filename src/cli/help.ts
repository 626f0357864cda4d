/**
 * Help texts: one per command, each with examples that work where the
 * command is installed (the sample files are named by their real path).
 * Vietnamese first, English below; lines fit 80 columns (but the examples).
 *
 * @module
 */

import { CRITERIA_HELP } from './commands/criteria.js';

const COMMON = `
Chung / common:
  -h, --help          trợ giúp / this help
  --lang vi|en        ngôn ngữ của báo cáo và thông báo (vi)
                      / language of reports and messages
  -o, --output <tệp>  ghi kết quả vào tệp, định dạng nào cũng được
                      / write the result to a file, any format
  --debug             khi có lỗi nội bộ, in chi tiết / on an internal error,
                      print its trace
Tệp "-" là đầu vào chuẩn / "-" reads standard input.

Mã thoát / exit codes:
  0   xong / done
  1   dữ liệu không hợp lệ, không đọc được, hoặc không ghi được tệp kết quả
      / invalid or unreadable input, or the output file cannot be written
  2   sai cú pháp lệnh (tùy chọn lạ, thiếu tham số)
      / usage error (unknown option, missing argument)
  70  lỗi nội bộ của cchc: chạy lại với --debug và báo lỗi
      / internal error in cchc: run again with --debug and report it

Màu chỉ khi in ra terminal, không bao giờ khi có NO_COLOR.
Colours only on a terminal, never with NO_COLOR.`;

/** Help per command, `main` the overview; `{samples}` stands for the samples folder. */
const TEXTS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    criteria: `${CRITERIA_HELP}${COMMON}`,
    main: `cchc — kế hoạch cải cách hành chính (CCHC) và Chỉ số CCHC (PAR Index)
Vietnam's public administration reform plans, deadlines, compliance and
PAR-Index scoring.

Cách dùng / usage: cchc <lệnh / command> [tùy chọn / options]

Lệnh / commands:
  status    tiến độ kế hoạch tại một ngày / a plan's status at a date
  score     chấm điểm, xếp hạng / score units and rank them
  validate  kiểm tra kế hoạch, bảng phụ lục (.csv, .xlsx), báo cáo, bộ tiêu chí,
            điểm / check a plan, a plan table, reports, a criteria set, inputs
  deadline  đọc một thời hạn / read a deadline text
  diff      so sánh hai phiên bản kế hoạch / what changed between two plans
  schema    in JSON Schema / print a JSON Schema
  criteria  đọc bảng phụ lục thành bộ tiêu chí, in lại
            / read an annex table into a criteria set, print it back
  demo      báo cáo mẫu Vĩnh Long 2018 / the built-in Vĩnh Long 2018 report

Tệp mẫu / sample files: {samples}
  (chép ra để thử / copy them out to try: cchc demo --save mau)

Ví dụ / example:
  cchc demo
  cchc status {samples}/vinh-long-2018.plan.json --as-of 30/06/2018 --reports {samples}/vinh-long-2018.reports.json
  cchc <command> --help
${COMMON}`,
    status: `cchc status <plan.json> [--as-of <ngày>] [--reports <reports.json>]
            [--due-soon 7] [--agency <mã>] [--format text|json|csv|md|html]
            [--excel] [-o <tệp>]

Tình hình thực hiện kế hoạch tại một ngày: nhiệm vụ quá hạn (số ngày quá hạn)
theo cơ quan, sắp đến hạn, đã hoàn thành; mức độ hoàn thành theo lĩnh vực và
theo cơ quan.
A plan's status at a date: overdue (with days overdue), due-soon and done tasks
by agency; compliance by area and agency.

  --as-of <ngày>      ngày tính (2018-06-30 hoặc 30/06/2018); mặc định hôm nay
                      theo giờ Việt Nam / the date; default: today in Vietnam
                      (UTC+7)
  --reports <tệp>     báo cáo tiến độ / progress reports:
                      [{ "taskId", "agencyId"?, "completedOn"? }]
                      hoặc / or { "reports": [...] }
  --due-soon <n>      "sắp đến hạn" trong n ngày / due soon within n days (7)
  --agency <mã>       chỉ nhiệm vụ chủ trì của một cơ quan (mã hoặc tên)
                      / one agency's own view (its id, e.g. snv, or its name)
  --format <f>        text (mặc định), json, csv (một dòng mỗi phân công
                      / one row per assignment), md, html
  --excel             CSV cho Excel: có BOM UTF-8, tiêu đề và tình trạng bằng
                      chữ / CSV for Excel: UTF-8 byte-order mark, headings and
                      statuses in words

Ví dụ / example:
  cchc status {samples}/vinh-long-2018.plan.json --as-of 2018-06-30 --reports {samples}/vinh-long-2018.reports.json
  cchc status {samples}/vinh-long-2018.plan.json --as-of 30/06/2018 --format html -o bao-cao.html
  cchc status {samples}/vinh-long-2018.plan.json --as-of 30/06/2018 --excel -o tien-do.csv
  cchc status {samples}/vinh-long-2018.plan.json --as-of 30/06/2018 --reports {samples}/vinh-long-2018.reports.json --agency stttt
${COMMON}`,
    score: `cchc score <criteria.json | preset-id> <inputs.json>
           [--format text|json|csv|md|html] [--excel] [-o <tệp>]

Chấm điểm Chỉ số CCHC cho một hoặc nhiều đơn vị; nhiều đơn vị thì xếp hạng.
Score one unit or many against a criteria set (a file or a built-in preset id);
many units are ranked.

  inputs.json, một đơn vị / one unit:
    { "1.1": true, "1.2": "đúng hạn", "2.1": 85 }
  nhiều đơn vị / many units:
    { "units": [ { "id": "snv", "name": "Sở Nội vụ", "inputs": { … } } ] }
  --format <f>        text (mặc định), json, csv, md, html
  --excel             CSV cho Excel (BOM UTF-8, tiêu đề bằng chữ)
                      / CSV for Excel (byte-order mark, headings in words)

Ví dụ / example:
  cchc score {samples}/par-sample.criteria.json {samples}/par-sample.inputs.json
  cchc score {samples}/par-sample.criteria.json - --format csv < {samples}/par-sample.inputs.json
${COMMON}`,
    validate: `cchc validate <tệp / file> [--kind plan|reports|criteria|inputs|table]
              [--plan <plan.json>] [--criteria <criteria.json | preset-id>]
              [--year <năm>] [--agencies <plan.json>] [--sheet <tên|số>]
              [--format text|json]

Kiểm tra một tệp: mọi lỗi kèm đường dẫn; mã thoát 1 khi không hợp lệ.
Check a file: every issue with its path; exit code 1 when invalid.
Loại tệp đoán theo nội dung, hoặc chỉ định bằng --kind
/ the kind is told from the content, or given with --kind:
  plan      kế hoạch / a plan ("groups")
  reports   báo cáo tiến độ / progress reports ([{ "taskId", … }]);
            với --plan: đối chiếu với kế hoạch / with --plan: checked
            against the plan
  criteria  bộ tiêu chí / a criteria set ("nodes")
  inputs    điểm đầu vào / score inputs ({ "1.1": … } or { "units": [...] });
            với --criteria: chấm thử / with --criteria: scored
  table     bảng phụ lục nhiệm vụ của kế hoạch (.csv, .tsv, .xlsx) / a plan's
            appendix table: báo cáo đọc — thời hạn, chỉ tiêu, tên cơ quan
            chưa đọc được, theo dòng, kèm lý do / the reading report:
            deadlines, targets and agency names not read, by row, with why.
            --year: năm của kế hoạch (mặc định: đọc từ tiêu đề hoặc tên tệp)
            / the plan's year (default: from the title or the file name);
            --agencies: đối chiếu tên cơ quan với một kế hoạch / match agency
            names against a plan's; --sheet: trang tính .xlsx / the sheet

Ví dụ / example:
  cchc validate {samples}/vinh-long-2018.plan.json
  cchc validate {samples}/vinh-long-2018.reports.json --plan {samples}/vinh-long-2018.plan.json
  cchc validate {samples}/par-sample.inputs.json --criteria {samples}/par-sample.criteria.json --lang en
  cchc validate {samples}/vinh-long-2018.appendix.csv --agencies {samples}/vinh-long-2018.plan.json
${COMMON}`,
    deadline: `cchc deadline "<thời hạn>" [--year 2019] [--format text|json]

Đọc một thời hạn như trong kế hoạch: loại, cách hiểu chuẩn, ngày hết hạn,
các mốc.
Read a deadline as written in a plan: its kind, canonical reading, due date
and milestones.

  --year <năm>        năm ngữ cảnh khi văn bản không ghi năm
                      / context year when the text names none
  --format <f>        text (mặc định) hoặc json

Ví dụ / example:
  cchc deadline "Quý II/2018"
  cchc deadline "Tháng 6" --year 2019
  cchc deadline "Định kỳ hàng quý (trước ngày 15 của tháng cuối quý)" --year 2019
${COMMON}`,
    diff: `cchc diff <cũ.json / old.json> <mới.json / new.json> [--as-of <ngày>]
          [--format text|json] [-o <tệp>]

Những thay đổi giữa hai phiên bản của một kế hoạch: nhiệm vụ bổ sung, bãi bỏ,
gia hạn, giao lại cơ quan chủ trì, phối hợp; mỗi thay đổi một dòng, kèm số văn
bản sửa đổi khi biết.
What changed between two versions of a plan: tasks added or removed, deadlines
extended, leads and supporting agencies reassigned; one line per change, with
the amending decision when it is known.

Mỗi tệp được so sánh với mọi văn bản sửa đổi của nó đã có hiệu lực, hoặc như
tại một ngày với --as-of.
Each file is compared with all its amendments in force, or as in force on a
date with --as-of.

  --as-of <ngày>      so sánh hai kế hoạch như tại ngày này (2018-06-30 hoặc
                      30/06/2018) / compare both plans as in force on this date
  --format <f>        text (mặc định) hoặc json ({ changes, lines })
                      / text (default) or json

Ví dụ / example:
  cchc diff ke-hoach-2018.json ke-hoach-2018-sua-doi.json
  cchc diff ke-hoach-2018.json ke-hoach-2018-sua-doi.json --lang en --format json
${COMMON}`,
    schema: `cchc schema plan|criteria [-o <tệp>]

In JSON Schema của tệp kế hoạch hoặc bộ tiêu chí, để hệ thống khác kiểm tra.
Print the JSON Schema of plan or criteria files, for other systems to check
their data against.

Ví dụ / example:
  cchc schema plan -o plan.schema.json
${COMMON}`,
    demo: `cchc demo [--format text|md|html|json] [-o <tệp>] [--save <thư mục>]

Báo cáo mẫu: Kế hoạch CCHC năm 2018 của tỉnh Vĩnh Long với báo cáo tiến độ
mẫu tại 30/06/2018, và bảng điểm Chỉ số CCHC của một số đơn vị mẫu.
(Đây là lệnh của "npm start".)
The built-in report: Vĩnh Long's 2018 plan with sample progress reports at
30/06/2018, and a PAR scorecard for a few sample units. ("npm start" runs it.)

  --save <thư mục>    chép các tệp mẫu ra thư mục để thử các lệnh khác
                      / copy the sample files into a folder, to try the
                      other commands on them

Tệp mẫu / sample files: {samples}

Ví dụ / example:
  cchc demo
  cchc demo --format html -o bao-cao-mau.html
  cchc demo --save mau && cchc status mau/vinh-long-2018.plan.json --as-of 30/06/2018
${COMMON}`,
  }),
);

/** A help text with the samples folder filled in; undefined for an unknown topic. */
export function helpText(topic: string, samples: string): string | undefined {
  return TEXTS.get(topic)?.replaceAll('{samples}', samples);
}
