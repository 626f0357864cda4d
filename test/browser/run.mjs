// Browser test of the HTML report (`npm run test:browser`): renders the demo
// report (`cchc demo --format html`, the built CLI) in Debian's Chromium driven
// by playwright-core, takes a screenshot, and checks that the page is
// self-contained and its SVG charts are present and sized.
// Not part of `npm test` (it needs /usr/bin/chromium); .ci/run runs it when
// Chromium is installed. Screenshot: node_modules/.cache/cchc-browser/report.png
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

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
if (!existsSync(join(root, 'dist', 'cli.js')))
  execFileSync('npx', ['tsup', '--silent'], { cwd: root, stdio: 'inherit' });

const html = execFileSync(process.execPath, [join(root, 'dist', 'cli.js'), 'demo', '--format', 'html'], {
  cwd: root,
  encoding: 'utf8',
});
const work = mkdtempSync(join(tmpdir(), 'cchc-browser-'));
const page = join(work, 'bao-cao.html');
writeFileSync(page, html, 'utf8');
check(html === html.normalize('NFC'), 'HTML text is NFC');
check(
  !/<script|<link|@import|url\(|https?:\/\//i.test(
    html.replace(/xmlns="http:\/\/www\.w3\.org\/2000\/svg"/g, ''),
  ),
  'no script, stylesheet link, import or external URL in the file',
);

const userDataDir = join(work, 'profile');
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath,
  headless: true,
  viewport: { width: 1100, height: 900 },
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
  await tab.goto(pathToFileURL(page).href, { waitUntil: 'load' });
  check(external.length === 0, `no network request (${external.length})`);
  check((await tab.evaluate(() => document.characterSet)) === 'UTF-8', 'document is UTF-8');
  const title = await tab.title();
  check(title.includes('Vĩnh Long'), `title names the plan ("${title}")`);
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text, as a reader sees it
  const text = await tab.evaluate(() => document.body.innerText);
  check(text.includes('Tính đến') || text.includes('tính đến'), 'status section present');
  check(/\d{2}\/\d{2}\/\d{4}/.test(text), 'dates in dd/mm/yyyy');
  check(/\d,\d%/.test(text), 'rates with a decimal comma');

  for (const [cls, minCount] of [
    ['chart-compliance', 1],
    ['chart-months', 1],
    ['chart-agencies', 1],
    ['chart-ranking', 1],
    ['chart-points', 2],
  ]) {
    const charts = await tab.$$(`svg.${cls}`);
    check(charts.length >= minCount, `svg.${cls}: ${charts.length} chart(s)`);
    for (const [i, chart] of charts.entries()) {
      const box = await chart.boundingBox();
      check(
        box !== null && box.width >= 300 && box.height >= 20,
        `svg.${cls}[${i}] sized ${box ? `${Math.round(box.width)}×${Math.round(box.height)}` : 'none'}`,
      );
      const bars = await chart.$$eval('rect.bar', (rs) => rs.map((r) => r.getBoundingClientRect().width));
      check(bars.length > 0 && bars.some((w) => w > 1), `svg.${cls}[${i}] has ${bars.length} drawn bar(s)`);
      const labels = await chart.$$eval('text', (ts) => ts.filter((t) => t.getBBox().width > 0).length);
      check(labels > 0, `svg.${cls}[${i}] has ${labels} rendered label(s)`);
      if (i >= 1) break; // two per kind is enough
    }
  }
  const tables = await tab.$$eval('table', (ts) => ts.length);
  check(tables >= 3, `${tables} tables`);
  const out = join(root, 'node_modules', '.cache', 'cchc-browser');
  mkdirSync(out, { recursive: true });
  await tab.screenshot({ path: join(out, 'report.png'), fullPage: false });
  await tab.screenshot({ path: join(out, 'report-full.png'), fullPage: true });
  await tab.locator('#score').screenshot({ path: join(out, 'score.png') });
  console.log(
    `screenshot: ${join(out, 'report.png')} (first screen), report-full.png (whole page), score.png (the scorecard)`,
  );
} finally {
  await context.close();
  rmSync(work, { recursive: true, force: true });
}
if (failures.length > 0) {
  console.error(`test:browser: ${failures.length} check(s) failed`);
  process.exit(1);
}
console.log('test:browser: all checks passed');
