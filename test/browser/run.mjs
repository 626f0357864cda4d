// Browser test of the HTML report (`npm run test:browser`): renders reports of
// the built command in Debian's Chromium driven by playwright-core, at a
// phone's width (390 px) and a desktop's (1280 px), and checks that
// - the page is self-contained (no script, no network, UTF-8, NFC);
// - nothing but a table's own box scrolls sideways;
// - every chart is drawn and its text renders at 11 px or more;
// - legends name only the categories a chart draws; a zero is never coloured;
// - a plan without deadlines says so.
// Not part of `npm test` (it needs /usr/bin/chromium); .ci/run runs it when
// Chromium is installed. Screenshots: node_modules/.cache/cchc-browser/.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { cliPath, ensureCli } from '../../scripts/build-cli.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const failures = [];
const check = (ok, what) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures.push(what);
};

if (!existsSync(executablePath)) {
  console.error(`test:browser: ${executablePath} not found (apt-get install chromium)`);
  process.exit(1);
}
ensureCli();

const cchc = (...args) => execFileSync(process.execPath, [cliPath, ...args], { cwd: root, encoding: 'utf8' });
const pages = [
  {
    name: 'demo',
    html: cchc('demo', '--format', 'html'),
    charts: ['chart-compliance', 'chart-months', 'chart-agencies', 'chart-ranking', 'chart-points'],
  },
  {
    name: 'demo-en',
    html: cchc('demo', '--format', 'html', '--lang', 'en'),
    charts: ['chart-compliance', 'chart-ranking'],
  },
  {
    name: 'vinh-yen-2022',
    html: cchc('status', 'samples/vinh-yen-2022.plan.json', '--as-of', '2022-09-30', '--format', 'html'),
    charts: ['chart-agencies'],
    says: '19 nhiệm vụ không ghi thời hạn',
  },
  {
    name: 'quang-nam',
    html: cchc(
      'status',
      'samples/quang-nam-2016-2020.plan.json',
      '--as-of',
      '2017-06-30',
      '--format',
      'html',
    ),
    charts: ['chart-compliance', 'chart-agencies'],
  },
];

const work = mkdtempSync(join(tmpdir(), 'cchc-browser-'));
const shots = join(root, 'node_modules', '.cache', 'cchc-browser');
mkdirSync(shots, { recursive: true });
for (const p of pages) {
  check(p.html === p.html.normalize('NFC'), `${p.name}: HTML text is NFC`);
  check(
    !/<script|<link|@import|url\(|https?:\/\//i.test(
      p.html.replace(/xmlns="http:\/\/www\.w3\.org\/2000\/svg"/g, ''),
    ),
    `${p.name}: no script, stylesheet link, import or external URL`,
  );
  p.file = join(work, `${p.name}.html`);
  writeFileSync(p.file, p.html, 'utf8');
}

const context = await chromium.launchPersistentContext(join(work, 'profile'), {
  executablePath,
  headless: true,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
try {
  const tab = context.pages()[0] ?? (await context.newPage());
  const external = [];
  await tab.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:')) return route.continue();
    external.push(url);
    return route.abort();
  });
  for (const p of pages) {
    for (const width of [390, 1280]) {
      const at = `${p.name} @${width}px`;
      await tab.setViewportSize({ width, height: 900 });
      await tab.goto(pathToFileURL(p.file).href, { waitUntil: 'load' });
      if (width === 390) {
        check((await tab.evaluate(() => document.characterSet)) === 'UTF-8', `${p.name}: UTF-8`);
        check((await tab.title()).length > 10, `${p.name}: has a title`);
      }
      const layout = await tab.evaluate(() => {
        const vw = document.documentElement.clientWidth;
        const outside = [];
        for (const el of document.body.querySelectorAll('*')) {
          if (el.closest('.table')) continue;
          const r = el.getBoundingClientRect();
          if (r.width > 0 && (r.right > vw + 0.5 || r.left < -0.5))
            outside.push(
              `${el.tagName.toLowerCase()}.${el.className?.baseVal ?? el.className} (${Math.round(r.left)}–${Math.round(r.right)})`,
            );
        }
        const boxes = [...document.querySelectorAll('.table')].map((b) => ({
          wide: b.scrollWidth > b.clientWidth + 0.5,
          scrolls: getComputedStyle(b).overflowX === 'auto',
          inside: b.getBoundingClientRect().right <= vw + 0.5,
        }));
        return { pageWidth: document.documentElement.scrollWidth, vw, outside: outside.slice(0, 5), boxes };
      });
      check(
        layout.pageWidth <= layout.vw,
        `${at}: no horizontal scroll (page ${layout.pageWidth} px in ${layout.vw} px)`,
      );
      check(
        layout.outside.length === 0,
        `${at}: nothing outside a table box overflows ${layout.outside.join(', ')}`,
      );
      check(
        layout.boxes.every((b) => b.inside && (!b.wide || b.scrolls)),
        `${at}: ${layout.boxes.filter((b) => b.wide).length} wide table(s) scroll inside their own box`,
      );
      const text = await tab.evaluate(() => {
        const small = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const el = n.parentElement;
          if (!el || n.textContent.trim() === '' || el.closest('title')) continue;
          const r = el.getBoundingClientRect();
          if (r.width === 0) continue;
          // The rendered size: the font size times the scale an SVG viewBox may apply.
          const scale = el instanceof SVGGraphicsElement ? (el.getScreenCTM()?.a ?? 1) : 1;
          const px = Number.parseFloat(getComputedStyle(el).fontSize) * scale;
          if (px < 11) small.push(`${n.textContent.trim().slice(0, 30)} (${px.toFixed(1)} px)`);
        }
        return small;
      });
      check(text.length === 0, `${at}: all text renders at 11 px or more ${text.slice(0, 3).join('; ')}`);
      for (const cls of p.charts) {
        const charts = await tab.$$(`figure.${cls}`);
        check(charts.length > 0, `${at}: figure.${cls} (${charts.length})`);
        for (const [i, chart] of charts.slice(0, 2).entries()) {
          const c = await chart.evaluate((f) => {
            const box = f.getBoundingClientRect();
            const bars = [...f.querySelectorAll('rect.bar')];
            // Every bar of a non-zero value is drawn (a 0 % done rate is a bar of no width).
            const drawn = bars.filter((r) => r.getBoundingClientRect().width > 1);
            const nonZero = bars.filter((r) => r.getAttribute('width') !== '0%');
            const fills = new Set(bars.map((r) => r.getAttribute('fill')));
            const legend = [...f.querySelectorAll('rect.legend')].map((r) => r.getAttribute('fill'));
            const labels = [...f.querySelectorAll('.name')].filter(
              (s) => s.getBoundingClientRect().width > 0,
            ).length;
            return {
              w: box.width,
              bars: bars.length,
              drawn: drawn.length,
              nonZero: nonZero.length,
              legend,
              fills: [...fills],
              labels,
            };
          });
          check(
            c.w >= 300 && c.bars > 0 && c.drawn === c.nonZero && c.labels > 0,
            `${at}: figure.${cls}[${i}] ${Math.round(c.w)} px wide, ${c.drawn}/${c.bars} bars drawn, ${c.labels} labels`,
          );
          check(
            c.legend.every((f) => c.fills.includes(f)),
            `${at}: figure.${cls}[${i}] legend names only drawn categories (${c.legend.length})`,
          );
        }
      }
      const zeros = await tab.$$eval(
        '.good, .bad',
        (els) => els.filter((e) => e.textContent.trim() === '0').length,
      );
      check(zeros === 0, `${at}: no coloured zero`);
      if (p.says) {
        // biome-ignore lint/performance/useDomNodeTextContent: the rendered text, as a reader sees it
        const body = await tab.evaluate(() => document.body.innerText);
        check(body.includes(p.says), `${at}: says "${p.says}"`);
      }
      await tab.screenshot({ path: join(shots, `${p.name}-${width}.png`), fullPage: true });
    }
  }
  check(external.length === 0, `no network request (${external.length})`);
  console.log(`screenshots: ${shots}/<page>-<width>.png`);
} finally {
  await context.close();
  rmSync(work, { recursive: true, force: true });
}
if (failures.length > 0) {
  console.error(`test:browser: ${failures.length} check(s) failed`);
  process.exit(1);
}
console.log('test:browser: all checks passed');
