// The same command lines run twice: by the built command (dist/cli.js, a child
// process) and in this process through run() — the answers must be the same,
// byte for byte, with the same exit code. This catches a stale build and lets
// coverage see the command's code.
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { cchc, fakeIo, sample } from './helpers.js';

const VL = sample('vinh-long-2018.plan.json');
const VL_REPORTS = sample('vinh-long-2018.reports.json');
const QN = sample('quang-nam-2016-2020.plan.json');
const VY = sample('vinh-yen-2022.plan.json');
const CRITERIA = sample('par-sample.criteria.json');
const INPUTS = sample('par-sample.inputs.json');
const ONE_UNIT = JSON.stringify({
  '1.1': 'đúng hạn',
  '1.2': 95,
  '2.1': 'n/a',
  '3.2': { self: 1, appraised: 0.5 },
});

const cases: readonly (readonly [string, readonly string[], string?])[] = [
  ['status text', ['status', VL, '--as-of', '2018-06-30', '--reports', VL_REPORTS]],
  ['status en', ['status', VL, '--as-of', '30/06/2018', '--reports', VL_REPORTS, '--lang', 'en']],
  ['status md', ['status', QN, '--as-of', '2017-06-30', '--format', 'md']],
  ['status md en', ['status', VY, '--as-of', '2022-09-30', '--format', 'md', '--lang', 'en']],
  ['status html', ['status', VL, '--as-of', '2018-06-30', '--format', 'html', '--agency', 'snv']],
  ['status csv', ['status', VL, '--as-of', '2018-06-30', '--format', 'csv']],
  ['status excel en', ['status', VL, '--as-of', '2018-06-30', '--excel', '--lang', 'en']],
  ['status json agency', ['status', VL, '--as-of', '2018-06-30', '--agency', 'stttt', '--format', 'json']],
  ['status unknown agency', ['status', VL, '--as-of', '2018-06-30', '--agency', 'khong-co']],
  ['status early', ['status', VL, '--as-of', '2017-01-01', '--due-soon', '400']],
  ['score text', ['score', CRITERIA, INPUTS]],
  ['score en', ['score', CRITERIA, INPUTS, '--lang', 'en']],
  ['score md', ['score', CRITERIA, INPUTS, '--format', 'md', '--lang', 'en']],
  ['score html', ['score', CRITERIA, INPUTS, '--format', 'html']],
  ['score csv', ['score', CRITERIA, INPUTS, '--format', 'csv']],
  ['score excel', ['score', CRITERIA, INPUTS, '--excel']],
  ['score one unit', ['score', CRITERIA, '-'], ONE_UNIT],
  ['score one unit en', ['score', CRITERIA, '-', '--lang', 'en'], ONE_UNIT],
  ['score preset', ['score', 'vn-province-2017', '-', '--format', 'json'], '{"1": 8, "2": 9}'],
  ['score unknown preset', ['score', 'khong-co', INPUTS]],
  [
    'score bad inputs',
    ['score', CRITERIA, '-'],
    '{"units": [{"id": "a", "inputs": {"1.1": "sớm"}}, {"id": "a"}]}',
  ],
  ['score inputs not object', ['score', CRITERIA, '-'], '[1]'],
  ['score units not array', ['score', CRITERIA, '-'], '{"units": 3}'],
  ['schema plan', ['schema', 'plan']],
  ['schema criteria', ['schema', 'criteria']],
  ['schema typo', ['schema', 'plna']],
  ['validate plan', ['validate', VL]],
  ['validate plan json', ['validate', VL, '--format', 'json']],
  ['validate criteria en', ['validate', CRITERIA, '--lang', 'en']],
  ['validate reports', ['validate', VL_REPORTS]],
  ['validate reports en', ['validate', VL_REPORTS, '--plan', VL, '--lang', 'en']],
  ['validate bad reports', ['validate', '-', '--plan', VL], '[{"taskId": "XX"}, 5]'],
  [
    'validate reports shape',
    ['validate', '-', '--kind', 'reports'],
    '{"reports": [{"taskId": "I.1", "agencyId": 5, "reportedOn": "x"}]}',
  ],
  ['validate reports not list', ['validate', '-', '--kind', 'reports', '--lang', 'en'], '{"x": 1}'],
  ['validate inputs', ['validate', INPUTS, '--criteria', CRITERIA, '--lang', 'en']],
  ['validate one unit', ['validate', '-'], ONE_UNIT],
  ['validate bad inputs', ['validate', '-', '--kind', 'inputs'], '{"units": []}'],
  ['validate bad plan en', ['validate', '-', '--lang', 'en'], '{"schemaVersion": 1, "groups": 3}'],
  ['validate plan with warnings', ['validate', QN]],
  ['validate unknown kind', ['validate', '-'], '"text"'],
  ['validate stdin not json', ['validate', '-'], '{ "a": tru }'],
  ['deadline quarter', ['deadline', 'Quý II/2018']],
  ['deadline multi en', ['deadline', 'Quý II và IV năm 2018', '--lang', 'en']],
  [
    'deadline recurring',
    ['deadline', 'Định kỳ hàng quý (trước ngày 15 của tháng cuối quý)', '--year', '2019'],
  ],
  ['deadline recurring no year', ['deadline', 'Định kỳ hàng quý']],
  ['deadline continuous', ['deadline', 'Thường xuyên']],
  ['deadline event en', ['deadline', 'Khi có văn bản pháp luật mới', '--lang', 'en']],
  ['deadline unknown', ['deadline', '30/02/2019']],
  ['deadline no year json', ['deadline', 'Tháng 6', '--format', 'json']],
  ['deadline bad year', ['deadline', 'Tháng 6', '--year', '19']],
  ['deadline empty', ['deadline', ' ']],
  ['demo', ['demo']],
  ['demo en', ['demo', '--lang', 'en']],
  ['demo md', ['demo', '--format', 'md']],
  ['demo html en', ['demo', '--format', 'html', '--lang', 'en']],
  ['demo json', ['demo', '--format', 'json']],
  ['demo save and format', ['demo', '--save', 'x', '--format', 'md']],
  ['help', ['--help']],
  ['help topic', ['help', 'validate']],
  ['help unknown', ['help', 'stauts', '--lang', 'en']],
  ['help in English', ['help', '--lang', 'en']],
  ['no command', []],
  ['unknown command', ['frobnicate']],
  ['command help', ['deadline', '-h']],
  ['two stdin', ['status', '-', '--reports', '-']],
  ['missing value', ['status', VL, '--as-of']],
  ['boolean with value', ['status', VL, '--excel=1']],
  ['bad date', ['status', VL, '--as-of', '31/02/2019', '--lang', 'en']],
  ['bad count', ['status', VL, '--as-of', '2018-06-30', '--due-soon', 'bảy']],
  ['missing file', ['validate', 'khong-co.json']],
  ['folder', ['validate', 'samples']],
];

describe('the built command and run() answer the same', () => {
  const table = cases.map(([name, argv, stdin]) => ({ name, argv, stdin }));
  it.each(table)('$name', async ({ argv, stdin }) => {
    const child = cchc(argv, stdin === undefined ? {} : { stdin });
    const io = fakeIo(stdin === undefined ? {} : { stdin });
    const code = await run(argv, io);
    expect({ code, stdout: io.out.join(''), stderr: io.err.join('') }).toEqual({
      code: child.code,
      stdout: child.stdout,
      stderr: child.stderr,
    });
  });
});
