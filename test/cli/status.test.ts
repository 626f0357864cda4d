import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { cchc, cliPath, expectGolden, root, sample } from './helpers.js';

const VL = sample('vinh-long-2018.plan.json');
const VL_REPORTS = sample('vinh-long-2018.reports.json');
const tmp = mkdtempSync(join(tmpdir(), 'cchc-status-'));

describe('cchc demo (npm start)', () => {
  it('prints the Vĩnh Long 2018 report at 30/06/2018 with the scorecard (golden)', () => {
    const r = cchc(['demo']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('Tính đến ngày 30 tháng 6 năm 2018');
    expect(r.stdout).toContain('NHIỆM VỤ QUÁ HẠN THEO CƠ QUAN CHỦ TRÌ');
    expect(r.stdout).toContain('CHỈ SỐ CẢI CÁCH HÀNH CHÍNH');
    expectGolden('demo.txt', r.stdout);
  });

  it('writes one self-contained NFC HTML file', () => {
    const r = cchc(['demo', '--format', 'html']);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(r.stdout).toBe(r.stdout.normalize('NFC'));
    expect(r.stdout).not.toMatch(/<script|<link |src="http|href="http/);
    expect((r.stdout.match(/<svg /g) ?? []).length).toBeGreaterThanOrEqual(4);
  });

  // A pseudo-terminal comes from util-linux `script`, present on Debian and most Linux machines.
  const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
  it.skipIf(!hasScript)('colours on a terminal, never with NO_COLOR', () => {
    const tty = (env: string) =>
      spawnSync(
        'script',
        ['-qec', `${env} ${JSON.stringify(process.execPath)} ${JSON.stringify(cliPath)} demo`, '/dev/null'],
        {
          cwd: root,
          encoding: 'utf8',
          env: { PATH: process.env['PATH'] ?? '', TERM: 'xterm' },
        },
      ).stdout;
    expect(tty('')).toContain('\u001b[1m');
    expect(tty('NO_COLOR=1')).not.toContain('\u001b[');
    expect(cchc(['demo']).stdout).not.toContain('\u001b['); // a pipe is not a terminal
  });
});

describe('cchc status on the seed plans', () => {
  it('Vĩnh Long 2018 at 30/06/2018 with the sample reports (golden text and CSV)', () => {
    const text = cchc(['status', VL, '--as-of', '30/06/2018', '--reports', VL_REPORTS]);
    expect(text.code).toBe(0);
    expectGolden('status-vinh-long-2018.txt', text.stdout);
    const csv = cchc(['status', VL, '--as-of', '2018-06-30', '--reports', VL_REPORTS, '--format', 'csv']);
    expectGolden('status-vinh-long-2018.csv', csv.stdout);
    const rows = Papa.parse<Record<string, string>>(csv.stdout.trim(), { header: true }).data;
    for (const row of rows) {
      expect(row['dueDate'] === '' || /^\d{4}-\d{2}-\d{2}$/.test(row['dueDate'] ?? '')).toBe(true);
      expect(['lead', 'support']).toContain(row['role']);
    }
  });

  it.each([
    ['quang-nam-2016-2020', '2017-06-30'],
    ['vinh-yen-2022', '2022-09-30'],
    ['hoa-binh-2016-2020', '2018-12-31'],
  ])('%s at %s, no reports yet (golden markdown)', (id, asOf) => {
    const r = cchc(['status', sample(`${id}.plan.json`), '--as-of', asOf, '--format', 'md']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expectGolden(`status-${id}.md`, r.stdout);
  });

  it('reads the plan from stdin with "-" and answers the same', () => {
    const fromFile = cchc(['status', VL, '--as-of', '2018-06-30', '--format', 'json']);
    const fromStdin = cchc(['status', '-', '--as-of', '2018-06-30', '--format', 'json'], {
      stdin: readFileSync(join(root, VL), 'utf8'),
    });
    expect(fromStdin.code).toBe(0);
    expect(fromStdin.stdout).toBe(fromFile.stdout);
  });

  it('reads NFD input the same as NFC', () => {
    const nfd = join(tmp, 'nfd.plan.json');
    writeFileSync(nfd, readFileSync(join(root, VL), 'utf8').normalize('NFD'));
    const a = cchc(['status', VL, '--as-of', '2018-06-30']).stdout;
    const b = cchc(['status', nfd, '--as-of', '2018-06-30']).stdout;
    expect(b).toBe(a);
  });

  it('writes machine JSON with ISO dates and numeric rates', () => {
    const r = cchc(['status', VL, '--as-of', '2018-06-30', '--reports', VL_REPORTS, '--format', 'json']);
    const v = JSON.parse(r.stdout) as {
      asOf: string;
      compliance: { doneRate: number | null };
      overdueByAgency: { overdue: { dueDate: string; daysOverdue: number }[] }[];
    };
    expect(v.asOf).toBe('2018-06-30');
    expect(typeof v.compliance.doneRate).toBe('number');
    for (const a of v.overdueByAgency)
      for (const t of a.overdue)
        expect(t.daysOverdue).toBe((Date.parse('2018-06-30') - Date.parse(t.dueDate)) / 86_400_000);
  });

  it('gives the same answer in every time zone', () => {
    const args = ['status', VL, '--as-of', '2018-06-30', '--reports', VL_REPORTS, '--format', 'json'];
    const base = cchc(args, { env: { TZ: 'UTC' } }).stdout;
    for (const TZ of ['Asia/Ho_Chi_Minh', 'America/Los_Angeles', 'Pacific/Kiritimati'])
      expect(cchc(args, { env: { TZ } }).stdout).toBe(base);
  });

  it('widens the due-soon window with --due-soon', () => {
    const dueSoon = (days: string) =>
      (
        JSON.parse(
          cchc(['status', VL, '--as-of', '2018-03-20', '--due-soon', days, '--format', 'json']).stdout,
        ) as { dueSoon: { taskId: string; daysLeft: number }[] }
      ).dueSoon;
    expect(dueSoon('0')).toEqual([]);
    const week = dueSoon('7');
    const month = dueSoon('30');
    expect(week).toEqual([]); // Quý I/2018 ends 11 days after 20/03
    expect(month.map((t) => t.taskId)).toEqual(expect.arrayContaining(['II.2', 'III.6', 'VI.3', 'VII.4']));
    for (const t of month) expect(t.daysLeft).toBeLessThanOrEqual(30);
  });

  it('shows one agency its own lead tasks with --agency', () => {
    const all = JSON.parse(
      cchc(['status', VL, '--as-of', '2018-06-30', '--reports', VL_REPORTS, '--format', 'json']).stdout,
    ) as {
      agencies: { agencyId: string; compliance: unknown; counts: Record<string, number> }[];
    };
    const r = cchc([
      'status',
      VL,
      '--as-of',
      '2018-06-30',
      '--reports',
      VL_REPORTS,
      '--agency',
      'stttt',
      '--format',
      'json',
    ]);
    expect(r.code).toBe(0);
    const v = JSON.parse(r.stdout) as {
      agency: { id: string; name: string };
      taskCount: number;
      compliance: unknown;
      areas: unknown[];
      overdueByAgency: { agencyId: string }[];
      assignments: { agencyId: string }[];
      months: { compliance: { due: number } }[];
    };
    const row = all.agencies.find((a) => a.agencyId === 'stttt');
    expect(v.agency).toEqual({ id: 'stttt', name: 'Sở Thông tin và Truyền thông' });
    expect(v.compliance).toEqual(row?.compliance);
    expect(v.taskCount).toBe(Object.values(row?.counts ?? {}).reduce((a, b) => a + b, 0));
    expect(v.areas).toEqual([]);
    for (const a of v.overdueByAgency) expect(a.agencyId).toBe('stttt');
    for (const a of v.assignments) expect(a.agencyId).toBe('stttt');
    expect(v.months.reduce((n, m) => n + m.compliance.due, 0)).toBe(
      (row?.compliance as { due: number } | undefined)?.due,
    );
    const text = cchc(['status', VL, '--as-of', '2018-06-30', '--agency', 'stttt']).stdout;
    expect(text).toContain('Cơ quan: Sở Thông tin và Truyền thông (nhiệm vụ chủ trì)');
    expect(text).not.toContain('THEO LĨNH VỰC');
    const bad = cchc(['status', VL, '--as-of', '2018-06-30', '--agency', 'so-khong-co']);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain('so-khong-co');
  });

  it('validates each seed plan', () => {
    for (const id of ['vinh-long-2018', 'quang-nam-2016-2020', 'vinh-yen-2022', 'hoa-binh-2016-2020']) {
      const r = cchc(['validate', sample(`${id}.plan.json`)]);
      expect(r.code, id).toBe(0);
      expect(r.stdout, id).toContain('kế hoạch hợp lệ');
    }
  });
});

describe('cchc status with bad input', () => {
  const plan = JSON.parse(readFileSync(join(root, VL), 'utf8')) as {
    groups: { tasks: { lead: string[] }[] }[];
  };

  it('names every problem of a bad plan with its path, exit 1, nothing on stdout', () => {
    const bad = structuredClone(plan);
    const task = bad.groups[2]?.tasks[4];
    if (task) task.lead = ['so-tu-phap'];
    const path = join(tmp, 'bad.plan.json');
    writeFileSync(path, JSON.stringify(bad));
    const r = cchc(['status', path, '--as-of', '2018-06-30']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('groups[2].tasks[4].lead[0]');
    expect(r.stderr).toContain('so-tu-phap');
    const en = cchc(['status', path, '--as-of', '2018-06-30', '--lang', 'en']);
    expect(en.stderr).toContain('groups[2].tasks[4].lead[0]');
    expect(en.stderr).not.toBe(r.stderr);
  });

  it('names reports for unknown tasks and impossible dates, exit 1', () => {
    const path = join(tmp, 'bad.reports.json');
    writeFileSync(
      path,
      JSON.stringify({
        reports: [
          { taskId: 'XX.9', completedOn: '2018-03-01' },
          { taskId: 'I.1', completedOn: '2018-02-30' },
        ],
      }),
    );
    const r = cchc(['status', VL, '--as-of', '2018-06-30', '--reports', path]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('reports[0].taskId');
    expect(r.stderr).toContain('reports[1].completedOn');
  });

  it('refuses two files on stdin', () => {
    expect(cchc(['status', '-', '--as-of', '2018-06-30', '--reports', '-']).code).toBe(2);
  });
});
