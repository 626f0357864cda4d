import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/args.js';
import { todayInVietnam } from '../../src/cli/output.js';
import { run } from '../../src/cli/run.js';
import { fakeIo, widestLine } from './helpers.js';

const VL = 'samples/vinh-long-2018.plan.json';
const VL_REPORTS = 'samples/vinh-long-2018.reports.json';

describe('run (in process)', () => {
  it('dispatches help topics and versions', async () => {
    const io = fakeIo();
    expect(await run(['help', 'score'], io)).toBe(0);
    expect(io.out.join('')).toContain('cchc score <criteria.json | preset-id>');
    expect(io.out.join('')).toContain('vn-province-2017');
    const v = fakeIo();
    expect(await run(['--version'], v)).toBe(0);
    expect(v.out.join('').trim()).toMatch(/^(\d+\.\d+\.\d+|dev)$/);
  });

  it('looks help topics up by name only: __proto__, constructor and toString are unknown commands', async () => {
    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'main']) {
      const io = fakeIo();
      expect(await run(['help', name], io), name).toBe(EXIT.usage);
      expect(io.out, name).toEqual([]);
      expect(io.err.join(''), name).not.toContain('[object Object]');
      const direct = fakeIo();
      expect(await run([name], direct), name).toBe(EXIT.usage);
    }
  });

  it('keeps stdout empty and answers 1 on invalid input, with English messages on request', async () => {
    const io = fakeIo({ stdin: '{"schemaVersion": 1}' });
    expect(await run(['validate', '-', '--lang', 'en'], io)).toBe(1);
    expect(io.out).toEqual([]);
    expect(io.err.join('')).toMatch(/^\(stdin\): /);
    expect(io.err.join('')).toContain('invalid plan');
  });

  it('runs the demo from the samples folder', async () => {
    const io = fakeIo();
    expect(await run(['demo', '--format', 'json'], io)).toBe(0);
    const v = JSON.parse(io.out.join('')) as {
      status: { asOf: string; taskCount: number };
      score: { units: unknown[] };
    };
    expect(v.status.asOf).toBe('2018-06-30');
    expect(v.status.taskCount).toBe(42);
    expect(v.score.units).toHaveLength(5);
  });

  it('answers an unexpected error with one line and exit 70; --debug adds the trace', async () => {
    const boom = (argv: string[]) => {
      const io = fakeIo();
      const err: string[] = [];
      return run(argv, {
        ...io,
        stdout: () => {
          throw new TypeError('boom \u001b[2J');
        },
        stderr: (t) => void err.push(t),
      }).then((code) => ({ code, err: err.join('') }));
    };
    const plain = await boom(['deadline', 'Quý II/2018']);
    expect(plain.code).toBe(EXIT.internal);
    expect(plain.err.trimEnd().split('\n')).toHaveLength(1);
    expect(plain.err).toContain('TypeError: boom');
    expect(plain.err).toContain('--debug');
    expect(plain.err).not.toContain('\u001b');
    expect(plain.err).not.toMatch(/\n\s+at /);
    const debug = await boom(['deadline', 'Quý II/2018', '--debug']);
    expect(debug.code).toBe(EXIT.internal);
    expect(debug.err).toMatch(/\n\s+at /);
  });

  it('fits the text report to the terminal width it is given', async () => {
    for (const columns of [60, 80, 100, 120]) {
      const io = fakeIo({ tty: true, columns });
      expect(await run(['status', VL, '--as-of', '2018-06-30', '--reports', VL_REPORTS], io)).toBe(0);
      const text = io.out.join('');
      expect(widestLine(text).width, `${columns}: ${widestLine(text).line}`).toBeLessThanOrEqual(columns);
      if (columns >= 100) expect(widestLine(text).width).toBeGreaterThan(80); // the room is used
    }
  });

  it('writes any format to the -o file, nothing to stdout', async () => {
    for (const format of ['text', 'json', 'csv', 'md', 'html']) {
      const io = fakeIo({ tty: true, columns: 150 });
      const path = `/tmp/out.${format}`;
      expect(await run(['status', VL, '--as-of', '2018-06-30', '--format', format, '-o', path], io)).toBe(0);
      expect(io.out).toEqual([]);
      const written = io.written.get(path) ?? '';
      expect(written.length, format).toBeGreaterThan(100);
      expect(written).not.toContain('\u001b['); // no colours in a file
      if (format === 'text') expect(widestLine(written).width).toBeLessThanOrEqual(80);
    }
  });

  it('reports as of today in Vietnam when --as-of is left out, and says so', async () => {
    // 30/06/2018 17:30 UTC is already 01/07/2018 in Vietnam.
    const io = fakeIo({ now: Date.UTC(2018, 5, 30, 17, 30) });
    expect(await run(['status', VL, '--format', 'json'], io)).toBe(0);
    const v = JSON.parse(io.out.join('')) as { asOf: string; asOfIsToday: boolean };
    expect(v).toMatchObject({ asOf: '2018-07-01', asOfIsToday: true });
    const text = fakeIo({ now: Date.UTC(2018, 5, 30, 16, 59) });
    await run(['status', VL], text);
    expect(text.out.join('')).toContain(
      'Tính đến ngày 30 tháng 6 năm 2018 (hôm nay theo giờ Việt Nam, UTC+7)',
    );
    const given = fakeIo();
    await run(['status', VL, '--as-of', '2018-06-30'], given);
    expect(given.out.join('')).not.toContain('hôm nay');
  });
});

describe("today in Vietnam (UTC+7), from the instant and not the process's time zone", () => {
  it('turns at 17:00 UTC, across a year end and a leap day', () => {
    expect(todayInVietnam(Date.UTC(2018, 5, 29, 16, 59, 59, 999))).toBe('2018-06-29');
    expect(todayInVietnam(Date.UTC(2018, 5, 29, 17))).toBe('2018-06-30');
    expect(todayInVietnam(Date.UTC(2017, 11, 31, 17))).toBe('2018-01-01');
    expect(todayInVietnam(Date.UTC(2020, 1, 28, 17))).toBe('2020-02-29');
    expect(todayInVietnam(Date.UTC(2020, 1, 29, 16, 59))).toBe('2020-02-29');
  });
});

describe('cchc demo --save (in process)', () => {
  it('writes every sample, never over an existing file', async () => {
    const io = fakeIo();
    expect(await run(['demo', '--save', 'mau'], io)).toBe(0);
    expect([...io.written.keys()].sort()).toEqual(
      [
        'hoa-binh-2016-2020.plan.json',
        'par-sample.criteria.json',
        'par-sample.inputs.json',
        'quang-nam-2016-2020.plan.json',
        'vinh-long-2018.appendix.csv',
        'vinh-long-2018.plan.json',
        'vinh-long-2018.reports.json',
        'vinh-yen-2022.plan.json',
      ].map((f) => `mau/${f}`),
    );
    expect(io.out.join('')).toContain('cchc status mau/vinh-long-2018.plan.json --as-of 30/06/2018');
    const again = fakeIo();
    for (const [k, v] of io.written) again.written.set(k, v);
    expect(await run(['demo', '--save', 'mau', '--lang', 'en'], again)).toBe(EXIT.invalid);
    expect(again.err.join('')).toContain('The file exists; it is not replaced.');
    const noFolder = {
      ...fakeIo(),
      mkdir: () => Promise.reject(Object.assign(new Error('x'), { code: 'EACCES' })),
    };
    expect(await run(['demo', '--save', '/khong-duoc'], noFolder)).toBe(EXIT.invalid);
  });

  it('says where it wrote -o when stderr is a terminal', async () => {
    const io = { ...fakeIo(), stderrIsTTY: true };
    const err: string[] = [];
    expect(
      await run(['deadline', 'Quý II/2018', '-o', 'x.txt'], { ...io, stderr: (t) => void err.push(t) }),
    ).toBe(0);
    expect(err.join('')).toBe('cchc: đã ghi / wrote x.txt\n');
  });
});
