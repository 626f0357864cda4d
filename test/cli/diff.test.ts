import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { fakeIo } from './helpers.js';

const OLD = {
  schemaVersion: 1,
  id: 'vd',
  title: 'Kế hoạch CCHC năm 2018',
  year: 2018,
  agencies: [{ id: 'snv', name: 'Sở Nội vụ' }],
  classes: [],
  groups: [
    {
      id: 'II',
      title: 'Cải cách thể chế',
      tasks: [
        { id: 'II.3', title: 'Rà soát văn bản', lead: ['snv'], deadline: 'Quý II/2018' },
        { id: 'II.4', title: 'Kiểm tra', lead: ['snv'], deadline: 'Quý I/2018' },
      ],
    },
  ],
};
const NEW = {
  ...OLD,
  amendments: [
    {
      id: 'sd-1',
      decidedOn: '2018-06-15',
      document: { number: '1520/QĐ-UBND', date: '2018-06-15' },
      changes: [
        { op: 'setDeadline', taskId: 'II.3', deadline: 'Quý III/2018' },
        { op: 'removeTask', taskId: 'II.4' },
      ],
    },
  ],
};

function io() {
  const x = fakeIo({ columns: 200 });
  x.written.set('old.json', JSON.stringify(OLD));
  x.written.set('new.json', JSON.stringify(NEW));
  return x;
}

describe('cchc diff', () => {
  it('prints one line per change, naming the decision', async () => {
    const x = io();
    expect(await run(['diff', 'old.json', 'new.json'], x)).toBe(0);
    const text = x.out.join('');
    expect(text).toContain('2 thay đổi:');
    expect(text).toContain('Nhiệm vụ II.3: thời hạn Quý II/2018 → Quý III/2018, theo Quyết định số');
    const en = io();
    expect(await run(['diff', 'old.json', 'new.json', '--lang', 'en'], en)).toBe(0);
    expect(en.out.join('')).toContain('Task II.4: removed');
  });

  it('compares as in force on a date, and writes JSON', async () => {
    const x = io();
    expect(await run(['diff', 'old.json', 'new.json', '--as-of', '14/06/2018'], x)).toBe(0);
    expect(x.out.join('')).toBe('Không có thay đổi.\n');
    const j = io();
    expect(await run(['diff', 'old.json', 'new.json', '--format', 'json'], j)).toBe(0);
    const parsed = JSON.parse(j.out.join('')) as { changes: unknown[]; lines: unknown[] };
    expect(parsed.changes).toHaveLength(2);
    expect(parsed.lines).toHaveLength(2);
  });

  it('has help in Vietnamese and English, and needs two files', async () => {
    const h = fakeIo();
    expect(await run(['diff', '--help'], h)).toBe(0);
    expect(h.out.join('')).toContain('What changed between two versions of a plan');
    expect(await run(['diff', 'old.json'], io())).toBe(2);
  });

  it('status lists the amendments in force and marks an extended task', async () => {
    const x = io();
    expect(await run(['status', 'new.json', '--as-of', '2018-09-25'], x)).toBe(0);
    const text = x.out.join('');
    expect(text).toMatch(/theo 1 văn bản đang có hiệu lực:\s+1520\/QĐ-UBND \(15\/06\/2018\)/);
    expect(text).toContain('[gia hạn: Quý II/2018 →');
    expect(text).toContain('Quý III/2018 (1520/QĐ-UBND)]');
    const html = io();
    expect(
      await run(['status', 'new.json', '--as-of', '2018-09-25', '--format', 'html', '--lang', 'en'], html),
    ).toBe(0);
    expect(html.out.join('')).toContain('extended: Quý II/2018 → Quý III/2018');
  });
});
