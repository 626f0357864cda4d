// Hostile and careless use of the built command: names that are Object's own,
// an error nobody expected, HTML and control characters in users' text, every
// format written with -o, and 80 columns when the output is not a terminal.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cchc, cliPath, root, sample, widestLine } from './helpers.js';

const tmp = mkdtempSync(join(tmpdir(), 'cchc-safety-'));
const file = (name: string, text: string) => {
  const p = join(tmp, name);
  writeFileSync(p, text, 'utf8');
  return p;
};
const VL = sample('vinh-long-2018.plan.json');
const CRITERIA = sample('par-sample.criteria.json');
const INPUTS = sample('par-sample.inputs.json');
// biome-ignore lint/suspicious/noControlCharactersInRegex: the point is to find them
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const TRACE = /\n\s+at /;

describe("names that are Object's own", () => {
  it('cchc help __proto__ and cchc constructor are unknown commands, exit 2', () => {
    for (const args of [
      ['help', '__proto__'],
      ['help', 'constructor'],
      ['help', 'toString'],
      ['__proto__'],
      ['hasOwnProperty', '--help'],
    ]) {
      const r = cchc(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout, args.join(' ')).toBe('');
      expect(r.stderr, args.join(' ')).toMatch(/^cchc: không có lệnh "/);
      expect(r.stderr).not.toContain('[object');
    }
  });
});

describe('an error nobody expected', () => {
  // A fault injected into the built command: String.prototype.normalize throws
  // on one marked text, where cchc reads its input (the command has no such bug
  // to find; this stands for one).
  const preload = `data:text/javascript,${encodeURIComponent(
    "const n = String.prototype.normalize; String.prototype.normalize = function (f) { if (this.includes('__cchc_fault__')) throw new RangeError('injected fault'); return n.call(this, f); };",
  )}`;
  const path = file('fault.json', '{"note": "__cchc_fault__"}');
  const run = (args: readonly string[]) => {
    const r = spawnSync(process.execPath, ['--import', preload, cliPath, ...args], {
      cwd: root,
      encoding: 'utf8',
      env: { PATH: process.env['PATH'] ?? '' },
    });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };

  it('is one line and exit 70, never a trace; --debug adds the trace', () => {
    const r = run(['validate', path]);
    expect(r.code).toBe(70);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('cchc: lỗi không mong đợi (mã thoát 70): RangeError: injected fault');
    expect(r.stderr).toContain('--debug');
    expect(r.stderr).not.toMatch(TRACE);
    const en = run(['validate', path, '--lang', 'en']);
    expect(en.stderr).toContain('cchc: unexpected error (exit 70): RangeError: injected fault');
    const debug = run(['validate', path, '--debug']);
    expect(debug.code).toBe(70);
    expect(debug.stderr).toMatch(TRACE);
  });

  it('exit 70 is documented in the help and the README', () => {
    expect(cchc(['validate', '--help']).stdout).toContain('70  lỗi nội bộ của cchc');
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    expect(readme).toMatch(/\b70\b/);
  });
});

describe('HTML and control characters in users’ text', () => {
  const plan = JSON.parse(readFileSync(join(root, VL), 'utf8')) as {
    title: string;
    groups: { tasks: { title: string }[] }[];
  };
  plan.title = 'Kế hoạch <script>alert(1)</script> \u001b[2J';
  const task = plan.groups[0]?.tasks[0];
  if (task) task.title = '<img src=x onerror=alert(1)> nhiệm vụ \u001b]0;x\u0007';
  const planPath = file('html.plan.json', JSON.stringify(plan));
  const set = JSON.parse(readFileSync(join(root, CRITERIA), 'utf8')) as { title: string };
  set.title = 'Bộ <b onclick=x>tiêu chí</b> \u001b[31m';
  const setPath = file('html.criteria.json', JSON.stringify(set));

  it('Markdown escapes HTML and shows control characters as escapes, in every command', () => {
    for (const args of [
      ['status', planPath, '--as-of', '30/06/2018', '--format', 'md'],
      ['score', setPath, INPUTS, '--format', 'md'],
      ['criteria', 'show', setPath, '--format', 'md'],
    ]) {
      const r = cchc(args);
      expect(r.code, args.join(' ')).toBe(0);
      expect(r.stdout, args.join(' ')).not.toMatch(/<script|<img|<b /);
      expect(r.stdout, args.join(' ')).not.toMatch(CONTROL);
      expect(r.stdout).toMatch(/&lt;(script|b onclick)/);
    }
  });

  it('text shows control characters as escapes, in every command', () => {
    for (const args of [
      ['status', planPath, '--as-of', '30/06/2018'],
      ['score', setPath, INPUTS],
      ['criteria', 'show', setPath],
      ['validate', planPath],
      ['deadline', 'Quý II/2018 \u001b[2J'],
      [
        'validate',
        file('esc.csv', 'TT,Nội dung,Cơ quan chủ trì,Thời gian\n1,Việc \u001b[2J,Sở \u001b[31mX,Giữa năm\n'),
      ],
    ]) {
      const r = cchc(args);
      expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(0);
      expect(r.stdout, args.join(' ')).not.toMatch(CONTROL);
      expect(r.stderr, args.join(' ')).not.toMatch(CONTROL);
      expect(r.stdout + r.stderr, args.join(' ')).toContain('\\x1b');
    }
  });
});

describe('-o FILE for every command and format', () => {
  const cases: [string, string[], string][] = [
    ['demo text', ['demo'], 'BÁO CÁO'],
    ['demo md', ['demo', '--format', 'md'], '# '],
    ['demo html', ['demo', '--format', 'html'], '<!DOCTYPE html>'],
    ['demo json', ['demo', '--format', 'json'], '{'],
    ['score text', ['score', CRITERIA, INPUTS], 'CHỈ SỐ'],
    ['score csv', ['score', CRITERIA, INPUTS, '--format', 'csv'], 'unitId'],
    ['score excel', ['score', CRITERIA, INPUTS, '--excel'], '\uFEFFMã đơn vị'],
    ['score md', ['score', CRITERIA, INPUTS, '--format', 'md'], '# '],
    ['score html', ['score', CRITERIA, INPUTS, '--format', 'html'], '<!DOCTYPE html>'],
    ['score json', ['score', CRITERIA, INPUTS, '--format', 'json'], '{'],
    ['validate json', ['validate', VL, '--format', 'json'], '{'],
    ['validate table', ['validate', sample('vinh-long-2018.appendix.csv')], 'samples/'],
    ['deadline json', ['deadline', 'Quý II/2018', '--format', 'json'], '{'],
    ['schema', ['schema', 'plan'], '{'],
    ['criteria show text', ['criteria', 'show', 'vn-ca-mau-2013-excerpt'], 'Cà Mau'],
    ['criteria show csv', ['criteria', 'show', 'vn-ca-mau-2013-excerpt', '--format', 'csv'], 'STT,'],
    ['criteria show md', ['criteria', 'show', 'vn-ca-mau-2013-excerpt', '--format', 'md'], '# '],
    ['criteria show json', ['criteria', 'show', 'vn-ca-mau-2013-excerpt', '--format', 'json'], '{'],
  ];
  it.each(cases)('%s', (name, args, start) => {
    const out = join(tmp, `${name.replace(/\s+/g, '-')}.out`);
    const r = cchc([...args, '-o', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    expect(existsSync(out)).toBe(true);
    expect(readFileSync(out, 'utf8').startsWith(start), readFileSync(out, 'utf8').slice(0, 40)).toBe(true);
  });
});

describe('80 columns when not a terminal', () => {
  it.each([
    ['criteria show', ['criteria', 'show', 'vn-ca-mau-2013-excerpt']],
    ['criteria show en', ['criteria', 'show', 'vn-ca-mau-2013-excerpt', '--lang', 'en']],
    ['validate table', ['validate', sample('vinh-long-2018.appendix.csv')]],
    ['validate plan', ['validate', sample('quang-nam-2016-2020.plan.json')]],
    ['validate inputs', ['validate', INPUTS, '--criteria', CRITERIA, '--lang', 'en']],
    ['deadline unknown', ['deadline', 'Giữa năm 2019']],
    ['score one en', ['score', CRITERIA, '-', '--lang', 'en']],
  ])('%s', (_, args) => {
    const r = cchc(args, { stdin: JSON.stringify({ '1.1': 'đúng hạn', '1.2': 95, '2.1': 99 }) });
    expect(r.code, r.stderr).toBe(0);
    const widest = widestLine(r.stdout);
    expect(widest.width, widest.line).toBeLessThanOrEqual(80);
  });
});

describe('--agency', () => {
  it('takes an id or a name, with or without diacritics, and names the id meant', () => {
    const byId = cchc(['status', VL, '--as-of', '30/06/2018', '--agency', 'snv']);
    expect(byId.code).toBe(0);
    expect(byId.stdout).toContain('Cơ quan: Sở Nội vụ (nhiệm vụ chủ trì)');
    for (const name of ['Sở Nội vụ', 'so noi vu', 'SỞ NỘI VỤ'.normalize('NFD')])
      expect(cchc(['status', VL, '--as-of', '30/06/2018', '--agency', name]).stdout, name).toBe(byId.stdout);
    const typo = cchc(['status', VL, '--as-of', '30/06/2018', '--agency', 'snvv']);
    expect(typo.code).toBe(1);
    expect(typo.stderr).toContain('có phải ý bạn là snv?');
    expect(
      cchc(['status', VL, '--as-of', '30/06/2018', '--agency', 'snvv', '--lang', 'en']).stderr,
    ).toContain('did you mean snv?');
  });
});

describe('the help’s examples, as an installed user runs them', () => {
  it('every example of every command works from an empty folder, in order', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cchc-examples-'));
    const topics = ['--help', 'status', 'score', 'validate', 'deadline', 'schema', 'demo', 'criteria'];
    let ran = 0;
    for (const topic of topics) {
      const help =
        topic === '--help' ? cchc(['--help'], { cwd: dir }) : cchc([topic, '--help'], { cwd: dir });
      const examples = help.stdout
        .split('\n')
        .filter((l) => l.startsWith('  cchc ') && !l.includes('<command>'))
        .map((l) => l.trim());
      expect(examples.length, topic).toBeGreaterThan(0);
      for (const example of examples) {
        // The shell runs the line as typed, `cchc` being the built command.
        const line = example.replace(/(^|&& )cchc /g, `$1"${process.execPath}" "${cliPath}" `);
        const r = spawnSync('bash', ['-c', line], {
          cwd: dir,
          encoding: 'utf8',
          env: { PATH: process.env['PATH'] ?? '' },
        });
        expect(r.status, `${example}\n${r.stderr}`).toBe(0);
        ran++;
      }
    }
    expect(ran).toBeGreaterThanOrEqual(20);
    // About 25 runs of the command: more than the default limit on a loaded machine.
  }, 180_000);
});
