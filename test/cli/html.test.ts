import { describe, expect, it } from 'vitest';
import { assertIsoDate, evaluatePlan, loadPlan, unwrap } from '../../src/index.js';
import { renderHtml } from '../../src/cli/report/html.js';
import { statusToMarkdown } from '../../src/cli/report/markdown.js';
import { buildStatusReport } from '../../src/cli/report/status-model.js';
import { statusToCsv } from '../../src/cli/report/machine.js';
import { statusToText } from '../../src/cli/report/status-text.js';

const hostile = '<script>alert("x")</script> & "Sở" | a,b \u001b[2J\u001b]0;pwned\u0007 [x](javascript:y)';
const plan = unwrap(
  loadPlan({
    schemaVersion: 1,
    id: 'x',
    title: `Kế hoạch ${hostile}`,
    year: 2018,
    agencies: [{ id: 'snv', name: `Sở Nội vụ ${hostile}` }],
    classes: [],
    groups: [
      {
        id: 'I',
        title: 'Chỉ đạo',
        area: 'direction',
        tasks: [{ id: 'I.1', title: hostile, lead: ['snv'], deadline: 'Quý I/2018' }],
      },
    ],
  }),
);
const report = buildStatusReport(plan, evaluatePlan(plan, { asOf: assertIsoDate('2018-06-30') }), {
  asOf: '2018-06-30',
  dueSoonDays: 7,
});

describe('reports keep users’ text as text', () => {
  it('HTML escapes every name and title (no markup from data)', () => {
    const html = renderHtml({ status: report });
    expect(html).not.toContain('<script');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;Sở&quot;');
    expect(html).not.toContain('\u001b');
  });

  it('Markdown escapes HTML, pipes, links and control characters; CSV quotes commas and quotes', () => {
    const md = statusToMarkdown(report);
    expect(md).not.toContain('<script');
    expect(md).toContain('&lt;script&gt;alert("x")&lt;/script&gt; &amp; "Sở" \\| a,b');
    expect(md).toContain('\\[x\\](javascript:y)');
    expect(md).not.toContain('\u001b');
    expect(md).not.toContain('\u0007');
    const csv = statusToCsv(report);
    expect(csv).toContain('"<script>alert(""x"")</script> & ""Sở"" | a,b');
  });

  it('the text report shows terminal escape sequences as text, never sends them', () => {
    const text = statusToText(report);
    expect(text).not.toContain('\u001b');
    expect(text).not.toContain('\u0007');
    expect(text).toContain('\\x1b[2J');
    expect(statusToText(report, undefined, { lang: 'en' })).not.toContain('\u001b');
  });

  it('NFD input comes out NFC', () => {
    const nfd = unwrap(
      loadPlan({
        schemaVersion: 1,
        id: 'y',
        title: 'Kế hoạch cải cách hành chính'.normalize('NFD'),
        year: 2018,
        agencies: [{ id: 'snv', name: 'Sở Nội vụ'.normalize('NFD') }],
        classes: [],
        groups: [
          {
            id: 'I',
            title: 'Chỉ đạo',
            tasks: [
              {
                id: 'I.1',
                title: 'Tập huấn'.normalize('NFD'),
                lead: ['snv'],
                deadline: 'Quý I/2018'.normalize('NFD'),
              },
            ],
          },
        ],
      }),
    );
    const r = buildStatusReport(nfd, evaluatePlan(nfd, { asOf: assertIsoDate('2018-06-30') }), {
      asOf: '2018-06-30',
      dueSoonDays: 7,
    });
    const html = renderHtml({ status: r });
    expect(html).toBe(html.normalize('NFC'));
    expect(html).toContain('Kế hoạch cải cách hành chính');
    expect(r.overdueByAgency[0]?.overdue[0]?.dueDate).toBe('2018-03-31');
  });
});
