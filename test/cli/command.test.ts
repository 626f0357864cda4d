// The built command (dist/cli.js) as users meet it: quiet, safe, helpful.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { cchc, cliPath, root, sample, widestLine } from './helpers.js';

const VL = sample('vinh-long-2018.plan.json');
const VL_REPORTS = sample('vinh-long-2018.reports.json');
const CRITERIA = sample('par-sample.criteria.json');
const INPUTS = sample('par-sample.inputs.json');
const tmp = mkdtempSync(join(tmpdir(), 'cchc-command-'));
const file = (name: string, content: string | Uint8Array) => {
  const p = join(tmp, name);
  writeFileSync(p, content);
  return p;
};
const noTrace = (stderr: string) => expect(stderr).not.toMatch(/\n\s+at /);
// biome-ignore lint/suspicious/noControlCharactersInRegex: these tests are about control characters
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/;

describe('a closed pipe', () => {
  it('ends the command quietly: `cchc … --format json | head -1` is exit 0, no EPIPE', () => {
    for (const args of [
      ['status', VL, '--as-of', '2018-06-30', '--reports', VL_REPORTS, '--format', 'json'],
      ['demo', '--format', 'html'],
      ['schema', 'plan'],
    ]) {
      const r = spawnSync(
        'bash',
        [
          '-c',
          `set -o pipefail; "${process.execPath}" "${cliPath}" ${args.map((a) => `'${a}'`).join(' ')} | head -1`,
        ],
        { cwd: root, encoding: 'utf8' },
      );
      expect(r.status, args.join(' ')).toBe(0);
      expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(1);
      expect(r.stderr, args.join(' ')).toBe('');
    }
  });
});

describe('input that is not UTF-8 JSON', () => {
  const xlsx = file(
    'ke-hoach.xlsx',
    Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0, 0x1b, 0x5b, 0x32, 0x4a]),
  );
  const pdf = file('ke-hoach.pdf', '%PDF-1.7\n\u001b[2J binary');
  const latin = file(
    'cp1258.json',
    Uint8Array.from([0x7b, 0x22, 0x74, 0x22, 0x3a, 0x22, 0x4b, 0xea, 0x20, 0xd2, 0x22, 0x7d]),
  );
  const utf16 = file('utf16.json', Uint8Array.from([0xff, 0xfe, 0x7b, 0, 0x7d, 0]));
  const nul = file('nul.json', Uint8Array.from([0x7b, 0, 0x7d]));

  it('is refused with one clear line, Vietnamese or English, and never echoed', () => {
    for (const [path, vi, en] of [
      [xlsx, 'tệp nhị phân', 'binary file'],
      [pdf, 'tệp PDF', 'PDF file'],
      [latin, 'không phải văn bản UTF-8', 'not UTF-8 text'],
      [utf16, 'UTF-16', 'UTF-16'],
      [nul, 'tệp nhị phân', 'binary file'],
    ] as const) {
      // An .xlsx is read as a plan table by validate unless --kind names a JSON kind.
      const kind = path === xlsx ? ['--kind', 'plan'] : [];
      for (const command of [
        ['validate', path, ...kind],
        ['status', path, '--as-of', '2018-06-30'],
        ['score', CRITERIA, path],
      ]) {
        const r = cchc(command);
        expect(r.code, command.join(' ')).toBe(1);
        expect(r.stdout).toBe('');
        expect(r.stderr.trimEnd().split('\n'), r.stderr).toHaveLength(1);
        expect(r.stderr).toContain(vi);
        expect(r.stderr).not.toMatch(CONTROL);
        expect(r.stderr).not.toContain('\ufffd');
      }
      expect(cchc(['validate', path, ...kind, '--lang', 'en']).stderr).toContain(en);
    }
    const table = cchc(['validate', xlsx]);
    expect(table.code).toBe(1);
    expect(table.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(table.stderr).toContain('Không đọc được tệp .xlsx');
    expect(cchc(['validate', '-'], { stdin: Uint8Array.from([0x50, 0x4b, 3, 4, 0]) }).stderr).toContain(
      '(stdin): Đây là tệp nhị phân',
    );
  });

  it('names the line and column of a JSON mistake', () => {
    const r = cchc(['validate', file('sai.json', '{\n  "id": "x",\n  "title": \n}')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/dòng 4, cột 1/);
    expect(cchc(['validate', file('cut.json', '{ "id": '), '--lang', 'en']).stderr).toMatch(
      /line 1, column 9/,
    );
  });
});

describe('control characters from input (terminal escape sequences)', () => {
  const plan = JSON.parse(readFileSync(join(root, VL), 'utf8')) as {
    title: string;
    agencies: { name: string }[];
    groups: { tasks: { title: string; lead: string[] }[] }[];
  };
  const evil = structuredClone(plan);
  evil.title = 'Kế hoạch \u001b[2J\u001b]0;pwned\u0007 \u202egnp.exe';
  const a = evil.agencies[0];
  if (a) a.name = 'Sở \u001b[31mĐỎ\u001b[0m';
  const t = evil.groups[1]?.tasks[0];
  if (t) t.title = 'Nhiệm vụ \u001b[1;1H\u001b[J xoá màn hình';
  const path = file('evil.plan.json', JSON.stringify(evil));

  it('are shown as escapes in text and Markdown, and in stderr', () => {
    for (const format of ['text', 'md']) {
      const r = cchc(['status', path, '--as-of', '2018-06-30', '--format', format]);
      expect(r.code, format).toBe(0);
      expect(r.stdout, format).not.toMatch(CONTROL);
      expect(r.stdout, format).toContain(format === 'md' ? '\\x1b\\[2J' : '\\x1b[2J');
    }
    const bad = structuredClone(evil);
    const task = bad.groups[0]?.tasks[0];
    if (task) task.lead = ['\u001b[2Jkhong-co'];
    const r = cchc(['status', file('evil-bad.plan.json', JSON.stringify(bad)), '--as-of', '2018-06-30']);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(CONTROL);
    expect(r.stderr).toContain('\\x1b[2Jkhong-co');
  });
});

describe('mistakes on the command line', () => {
  it('get "did you mean …" in Vietnamese and English, never parseArgs’ raw message', () => {
    const vi = cchc(['status', VL, '--asof', '2018-06-30']);
    expect(vi.code).toBe(2);
    expect(vi.stderr).toContain('không có tùy chọn --asof; có phải ý bạn là --as-of?');
    const en = cchc(['status', VL, '--repots', VL_REPORTS, '--lang', 'en']);
    expect(en.stderr).toContain('unknown option --repots; did you mean --reports?');
    for (const r of [vi, en]) expect(r.stderr).not.toMatch(/ERR_PARSE_ARGS|To specify a positional/);
    expect(cchc(['stauts']).stderr).toContain('Có phải ý bạn là "status"?');
    expect(cchc(['score', CRITERIA, INPUTS, '--format', 'jsn']).stderr).toContain('json?');
  });

  it('refuse --lang other than vi or en in every command', () => {
    for (const args of [
      ['status', VL, '--as-of', '2018-06-30'],
      ['score', CRITERIA, INPUTS],
      ['validate', VL],
      ['deadline', 'Quý II/2018'],
      ['schema', 'plan'],
      ['demo'],
    ]) {
      const r = cchc([...args, '--lang', 'fr']);
      expect(r.code, args[0]).toBe(2);
      expect(r.stdout, args[0]).toBe('');
      expect(r.stderr, args[0]).toContain('--lang phải là vi hoặc en');
      expect(cchc([...args, '--lang', 'en']).code, args[0]).toBe(0);
    }
  });
});

describe('cchc deadline without a year', () => {
  it('says that --year is needed, instead of a bare "not understood"', () => {
    const r = cchc(['deadline', 'Tháng 6']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Văn bản không ghi năm: thêm --year <năm>');
    expect(r.stdout).not.toContain('không đoán');
    const en = cchc(['deadline', 'Quý II', '--lang', 'en']);
    expect(en.stdout).toContain('The text names no year: add --year <year>');
    const json = JSON.parse(cchc(['deadline', 'Tháng 6', '--format', 'json']).stdout) as {
      needsYear: boolean;
    };
    expect(json.needsYear).toBe(true);
    const given = cchc(['deadline', 'Tháng 6', '--year', '2019']);
    expect(given.stdout).toContain('Hạn hoàn thành: 30/06/2019');
    expect(given.stdout).not.toContain('--year');
    expect(cchc(['deadline', 'Định kỳ hàng quý']).stdout).toContain('--year');
    expect(cchc(['deadline', 'Quý II/2018']).stdout).not.toContain('--year');
  });
});

describe('cchc validate tells the kind of file', () => {
  it('reads a reports file and an inputs file as such, not as a broken plan', () => {
    const reports = cchc(['validate', VL_REPORTS]);
    expect(reports.code).toBe(0);
    expect(reports.stdout).toContain('báo cáo tiến độ đúng hình thức: 12 báo cáo');
    expect(reports.stderr).toBe('');
    const inputs = cchc(['validate', INPUTS, '--lang', 'en']);
    expect(inputs.code).toBe(0);
    expect(inputs.stdout).toContain('score inputs well formed: 5 units');
    const json = JSON.parse(cchc(['validate', INPUTS, '--format', 'json']).stdout) as {
      kind: string;
      valid: boolean;
    };
    expect(json).toMatchObject({ kind: 'inputs', valid: true });
    expect(
      (JSON.parse(cchc(['validate', CRITERIA, '--format', 'json']).stdout) as { kind: string }).kind,
    ).toBe('criteria');
  });

  it('checks reports against a plan with --plan, inputs against a set with --criteria', () => {
    const ok = cchc(['validate', VL_REPORTS, '--plan', VL]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('hợp lệ với kế hoạch');
    const bad = file('bad.reports.json', JSON.stringify([{ taskId: 'XX.9', completedOn: '2018-03-01' }]));
    const r = cchc(['validate', bad, '--plan', VL]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^.*bad\.reports\.json: \[0\]\.taskId: /m);
    expect(r.stderr).toContain('tệp báo cáo tiến độ không hợp lệ, 1 lỗi');
    const shape = cchc([
      'validate',
      file('shape.reports.json', '[{"taskId":"I.1","completedOn":"2018-02-30"},{"x":1}]'),
    ]);
    expect(shape.code).toBe(1);
    expect(shape.stderr).toContain('[0].completedOn');
    expect(shape.stderr).toContain('[1]: ');
    const scored = cchc(['validate', INPUTS, '--criteria', CRITERIA]);
    expect(scored.code).toBe(0);
    expect(scored.stdout).toContain('hợp lệ với bộ tiêu chí');
    const wrong = file(
      'wrong.inputs.json',
      JSON.stringify({ units: [{ id: 'a', inputs: { '1.1': 'sớm', '9.9': 1 } }] }),
    );
    const w = cchc(['validate', wrong, '--criteria', CRITERIA, '--lang', 'en']);
    expect(w.code).toBe(1);
    expect(w.stderr).toContain('units[0].inputs');
    expect(w.stderr).toContain('invalid score inputs file');
  });

  it('takes --kind, and says when it cannot tell', () => {
    const asPlan = cchc(['validate', VL_REPORTS, '--kind', 'plan']);
    expect(asPlan.code).toBe(1);
    expect(asPlan.stderr).toContain('kế hoạch không hợp lệ');
    const unknown = cchc(['validate', file('empty.json', '{}')]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('--kind plan|reports|criteria|inputs');
    expect(cchc(['validate', VL, '--kind', 'report']).code).toBe(2);
    expect(cchc(['validate', VL, '--plan', VL]).code).toBe(2);
  });
});

describe('reports in English', () => {
  it('translate every heading, label and number of text, Markdown and HTML', () => {
    const words = /Tính đến|nhiệm vụ|Quá hạn|Tỷ lệ|Cơ quan|Lĩnh vực|Xếp hạng|Điểm|Tháng|Chưa|hoàn thành|ngày/;
    const text = cchc(['demo', '--lang', 'en']).stdout;
    // What stays Vietnamese is the users' data: plan and task titles, agency and unit names.
    const ours = text
      .split('\n')
      .filter(
        (l) =>
          !/Kế hoạch|Sở |UBND|Văn phòng|Xây dựng|Ban hành|Tập huấn|Bộ tiêu chí|Cải cách|Công tác|Hiện đại|Sự hài lòng|xã hội học|minh họa|Cà Mau|luật|mục đã|25\/10|hiện Nghị|giá thủ tục|trên địa bàn/.test(
            l,
          ),
      );
    for (const line of ours) expect(line, line).not.toMatch(words);
    expect(text).toContain('As of 2018-06-30');
    expect(text).toContain('Done rate: 73.3%; on-time rate: 53.3%.');
    expect(text).toContain('Institutional reform');
    const md = cchc(['status', VL, '--as-of', '2018-06-30', '--format', 'md', '--lang', 'en']).stdout;
    expect(md).toContain('# Progress report on the public administration reform plan');
    expect(md).toContain('| Reform area | Due | Done | On time | Overdue | Done rate | On-time rate |');
    const html = cchc(['demo', '--format', 'html', '--lang', 'en']).stdout;
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('Compliance by reform area');
    expect(html).not.toMatch(/Tính đến|Tỷ lệ hoàn thành|Xếp hạng/);
  });
});

describe('the text report fits 80 columns when not a terminal', () => {
  it.each([
    ['demo', ['demo']],
    ['demo en', ['demo', '--lang', 'en']],
    ['status VL', ['status', VL, '--as-of', '2018-06-30', '--reports', VL_REPORTS]],
    ['status agency', ['status', VL, '--as-of', '2018-06-30', '--agency', 'stttt']],
    ['status QN', ['status', sample('quang-nam-2016-2020.plan.json'), '--as-of', '2017-06-30']],
    ['status VY', ['status', sample('vinh-yen-2022.plan.json'), '--as-of', '2022-09-30']],
    [
      'status HB en',
      ['status', sample('hoa-binh-2016-2020.plan.json'), '--as-of', '2018-12-31', '--lang', 'en'],
    ],
    ['score', ['score', CRITERIA, INPUTS]],
    ['score one', ['score', CRITERIA, '-']],
    ['deadline', ['deadline', 'Định kỳ hàng quý (trước ngày 15 của tháng cuối quý)', '--year', '2019']],
    ['help', ['status', '--help']],
  ])('%s', (_, args) => {
    const r = cchc(args, { stdin: JSON.stringify({ '1.1': 'đúng hạn', '1.2': 95 }) });
    expect(r.code).toBe(0);
    // Help keeps each example command on one line, however long the samples' path.
    const text = args[1] === '--help' ? r.stdout.replace(/^ {2}cchc .*$/gm, '') : r.stdout;
    const widest = widestLine(text);
    expect(widest.width, widest.line).toBeLessThanOrEqual(80);
  });
});

describe('plans whose tasks have no deadline', () => {
  // The sources give most of these tasks no deadline (Vinh Yên: 19 of 20; Hòa Bình: 26 of 30).
  it.each([
    ['vinh-yen-2022', '2022-09-30', 19, 20],
    ['hoa-binh-2016-2020', '2018-12-31', 26, 30],
  ])('%s counts them instead of printing bare zeros', (id, asOf, n, total) => {
    const text = cchc(['status', sample(`${id}.plan.json`), '--as-of', asOf]).stdout;
    expect(text).toContain(`${n} nhiệm vụ không ghi thời hạn`);
    expect(cchc(['status', sample(`${id}.plan.json`), '--as-of', asOf, '--lang', 'en']).stdout).toContain(
      `${n} tasks have no deadline`,
    );
    const json = JSON.parse(
      cchc(['status', sample(`${id}.plan.json`), '--as-of', asOf, '--format', 'json']).stdout,
    ) as {
      undated: number;
      taskCount: number;
    };
    expect(json.undated).toBe(n);
    expect(json.taskCount).toBe(total);
  });

  it('says so in one sentence when no task of the plan has a deadline', () => {
    const plan = JSON.parse(readFileSync(sample('vinh-yen-2022.plan.json'), 'utf8')) as {
      groups: { tasks: { deadline?: string }[] }[];
    };
    for (const g of plan.groups) for (const t of g.tasks) t.deadline = '';
    const r = cchc(['status', '-', '--as-of', '2022-09-30'], { stdin: JSON.stringify(plan) });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      '20 nhiệm vụ không ghi thời hạn: kế hoạch không ghi thời hạn cho nhiệm vụ nào',
    );
    expect(r.stdout).not.toContain('đến hạn 0, đã hoàn thành 0');
  });
});

describe('CSV', () => {
  it('--excel: a UTF-8 byte-order mark, Vietnamese headings, roles and statuses', () => {
    const r = cchc(['status', VL, '--as-of', '2018-06-30', '--reports', VL_REPORTS, '--excel']);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('\uFEFFMã nhiệm vụ,Nhiệm vụ,Thời hạn,Hạn,')).toBe(true);
    const rows = Papa.parse<Record<string, string>>(r.stdout.slice(1).trim(), { header: true }).data;
    expect(new Set(rows.map((x) => x['Vai trò']))).toEqual(new Set(['Chủ trì', 'Phối hợp']));
    expect(rows.map((x) => x['Tình trạng'])).toContain('Quá hạn');
    expect(rows.map((x) => x['Tình trạng'])).not.toContain('overdue');
    const en = cchc(['status', VL, '--as-of', '2018-06-30', '--excel', '--lang', 'en']).stdout;
    expect(en.startsWith('\uFEFFTask id,Task,Deadline,Due date,')).toBe(true);
    expect(en).toContain(',Lead,Overdue,');
    const score = cchc(['score', CRITERIA, INPUTS, '--excel']).stdout;
    expect(score.startsWith('\uFEFFMã đơn vị,Đơn vị,Hạng,Điểm,')).toBe(true);
    // Plain CSV stays for programs: no BOM, English codes.
    const plain = cchc(['status', VL, '--as-of', '2018-06-30', '--format', 'csv']).stdout;
    expect(plain.startsWith('taskId,title,')).toBe(true);
    expect(plain).toContain(',lead,overdue,');
    expect(cchc(['status', VL, '--as-of', '2018-06-30', '--excel', '--format', 'html']).code).toBe(2);
  });

  it('neutralises formulas from the plan: =, +, -, @ get an apostrophe', () => {
    const plan = JSON.parse(readFileSync(join(root, VL), 'utf8')) as {
      groups: { tasks: { title: string }[] }[];
    };
    // (A tab or CR at the start of a title is trimmed by loadPlan; csvCell's own test covers them.)
    const titles = ['=HYPERLINK("http://x","bấm")', '+84 912', '-1+1', '@SUM(A1)'];
    titles.forEach((title, i) => {
      const t = plan.groups[0]?.tasks[i];
      if (t) t.title = title;
    });
    const path = file('formula.plan.json', JSON.stringify(plan));
    for (const extra of [[], ['--excel']]) {
      const csv = cchc(['status', path, '--as-of', '2018-06-30', '--format', 'csv', ...extra]).stdout.replace(
        /^\uFEFF/,
        '',
      );
      const cells = Papa.parse<string[]>(csv.trim(), { newline: '\r\n' }).data.map((r) => r[1]);
      for (const title of titles) {
        expect(cells).toContain(`'${title}`);
        expect(cells).not.toContain(title);
      }
    }
  });
});

describe('-o FILE', () => {
  it('writes any format to the file, nothing to stdout; an unwritable file is exit 1', () => {
    for (const [format, start] of [
      ['text', 'BÁO CÁO'],
      ['json', '{'],
      ['csv', 'taskId'],
      ['md', '# Báo cáo'],
      ['html', '<!DOCTYPE html>'],
    ] as const) {
      const out = join(tmp, `bao-cao.${format}`);
      const r = cchc(['status', VL, '--as-of', '2018-06-30', '--format', format, '-o', out]);
      expect(r.code, format).toBe(0);
      expect(r.stdout, format).toBe('');
      expect(r.stderr, format).toBe('');
      expect(readFileSync(out, 'utf8').startsWith(start), format).toBe(true);
    }
    const excel = join(tmp, 'tien-do.csv');
    expect(cchc(['status', VL, '--as-of', '2018-06-30', '--excel', '--output', excel]).code).toBe(0);
    expect(readFileSync(excel).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    for (const args of [
      ['deadline', 'Quý II/2018'],
      ['schema', 'criteria'],
      ['score', CRITERIA, INPUTS],
      ['validate', VL],
    ]) {
      const out = join(tmp, `${args[0]}.out`);
      expect(cchc([...args, '-o', out]).stdout, args[0]).toBe('');
      expect(existsSync(out), args[0]).toBe(true);
    }
    const bad = cchc(['demo', '-o', join(tmp, 'khong-co', 'thu-muc', 'x.txt')]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('Không ghi được tệp kết quả (ENOENT)');
    noTrace(bad.stderr);
  });
});

describe('--as-of defaults to today in Vietnam, whatever the process time zone', () => {
  it('the same date under UTC−8 and UTC+14, stated in the report', () => {
    const vietnam = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
    const before = vietnam();
    const asOf = (TZ: string) =>
      JSON.parse(cchc(['status', VL, '--format', 'json'], { env: { TZ } }).stdout) as {
        asOf: string;
        asOfIsToday: boolean;
      };
    const la = asOf('America/Los_Angeles');
    const kiritimati = asOf('Pacific/Kiritimati');
    const after = vietnam();
    expect([before, after]).toContain(la.asOf);
    expect(kiritimati.asOf).toBe(la.asOf);
    expect(la.asOfIsToday).toBe(true);
    const text = cchc(['status', VL]).stdout;
    expect(text).toContain('(hôm nay theo giờ Việt Nam, UTC+7)');
  });
});

describe('the samples for an installed user', () => {
  it('help names them by a path that exists', () => {
    for (const topic of ['--help', 'status', 'demo']) {
      const r = topic === '--help' ? cchc(['--help']) : cchc([topic, '--help']);
      const paths = [...r.stdout.matchAll(/(\S+\/vinh-long-2018\.plan\.json)/g)].map((m) => m[1] ?? '');
      expect(paths.length, topic).toBeGreaterThan(0);
      for (const p of paths.filter((x) => !x.startsWith('mau/')))
        expect(existsSync(join(root, p)), p).toBe(true);
    }
    // From another folder the path is absolute and still exists.
    const elsewhere = cchc(['--help'], { cwd: tmp });
    const line = /Tệp mẫu \/ sample files: (.+)/.exec(elsewhere.stdout)?.[1] ?? '';
    expect(existsSync(join(line.replace(/^"|"$/g, ''), 'vinh-long-2018.plan.json')), line).toBe(true);
  });

  it('cchc demo --save DIR writes them out, and the commands it suggests work', () => {
    const dir = join(tmp, 'mau');
    const r = cchc(['demo', '--save', dir]);
    expect(r.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(readdirSync(join(root, 'samples')).sort());
    expect(readFileSync(join(dir, 'vinh-long-2018.plan.json'), 'utf8')).toBe(
      readFileSync(join(root, VL), 'utf8'),
    );
    const suggested = r.stdout.split('\n').filter((l) => l.startsWith('  cchc '));
    expect(suggested.length).toBe(4);
    for (const l of suggested) {
      const args = l.trim().split(/\s+/).slice(1);
      expect(cchc(args).code, l).toBe(0);
    }
    const again = cchc(['demo', '--save', dir]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('không ghi đè');
  });
});

describe('never a stack trace', () => {
  it('a table of 125,000 rows renders (no Math.max(...rows))', () => {
    const tasks = Array.from({ length: 125_000 }, (_, i) => ({
      id: `T${i}`,
      title: `Nhiệm vụ ${i}`,
      lead: ['snv'],
      deadline: 'Tháng 12/2017',
    }));
    const path = file(
      'big.plan.json',
      JSON.stringify({
        schemaVersion: 1,
        id: 'big',
        title: 'Kế hoạch lớn',
        year: 2018,
        agencies: [{ id: 'snv', name: 'Sở Nội vụ' }],
        classes: [],
        groups: [{ id: 'I', title: 'Chỉ đạo', area: 'direction', tasks }],
      }),
    );
    const r = cchc(['status', path, '--as-of', '2018-06-30']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('125000 nhiệm vụ quá hạn');
  });

  it('an input that breaks cchc gives one line and a documented exit code; --debug adds the trace', () => {
    // 5,000 nested criteria: deeper than the reader's recursion allowed when this test was written.
    const depth = 5000;
    const leaf = '{"id":"x","title":"x","max":1,"rule":{"kind":"binary"}}';
    let node = leaf;
    for (let i = 0; i < depth; i++) node = `{"id":"n${i}","title":"t","max":1,"children":[${node}]}`;
    const path = file('deep.criteria.json', `{"schemaVersion":1,"id":"d","title":"d","nodes":[${node}]}`);
    const r = cchc(['validate', path]);
    expect([1, 70]).toContain(r.code);
    noTrace(r.stderr);
    if (r.code === 70) {
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain('--debug');
      expect(cchc(['validate', path, '--debug']).stderr).toMatch(/\n\s+at /);
    }
  });

  it('the help documents the exit codes', () => {
    const help = cchc(['--help']).stdout;
    for (const line of [
      /^ {2}0 {3}xong/m,
      /^ {2}1 {3}dữ liệu không hợp lệ/m,
      /^ {2}2 {3}sai cú pháp/m,
      /^ {2}70 {2}lỗi nội bộ/m,
    ])
      expect(help).toMatch(line);
  });
});
