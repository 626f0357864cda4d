#!/usr/bin/env bash
# Cold `import('cchc')` from the built package, against bare node and against
# importing only cchc's runtime dependencies (zod/mini, date-fns, immer), each
# in a fresh child process, interleaved, median of several rounds. Prints wall
# and CPU times. The goal is ≤ +60 ms over bare node on a quiet machine; the
# check only fails, generously, when cchc's own code (cchc − dependencies,
# CPU time, which a busy machine inflates less than wall time) costs more than
# the dependencies themselves: a sign that dist/node was unbundled or that a
# module does heavy work at import.
set -euo pipefail
cd "$(dirname "$0")/../.."
root="$PWD"
[[ -f dist/node/index.js ]] || { echo "import-time: dist/node/index.js missing; run npm run build first" >&2; exit 1; }
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/node_modules"
ln -s "$root" "$tmp/node_modules/cchc"
for dep in zod date-fns immer; do ln -s "$root/node_modules/$dep" "$tmp/node_modules/$dep"; done
cat >"$tmp/deps.mjs" <<'JS'
import 'zod/mini';
import 'date-fns/format';
import 'date-fns/parse';
import 'date-fns/isValid';
import 'date-fns/locale/vi';
import 'immer';
JS
cd "$tmp"
node --input-type=module - "${IMPORT_TIME_ROUNDS:-9}" <<'JS'
import { execFileSync } from 'node:child_process';
const rounds = Number(process.argv[2]);
const cases = { bare: '', deps: "await import('./deps.mjs');", cchc: "await import('cchc');" };
const wall = { bare: [], deps: [], cchc: [] };
const cpu = { bare: [], deps: [], cchc: [] };
for (let i = 0; i < rounds; i++) {
  for (const [name, code] of Object.entries(cases)) {
    const script = `${code} const u = process.cpuUsage(); console.log((u.user + u.system) / 1000);`;
    const start = process.hrtime.bigint();
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    wall[name].push(Number(process.hrtime.bigint() - start) / 1e6);
    cpu[name].push(Number(out));
  }
}
const median = (a) => [...a].sort((x, y) => x - y)[a.length >> 1];
const m = (t) => Object.fromEntries(Object.entries(t).map(([k, v]) => [k, median(v)]));
const w = m(wall);
const c = m(cpu);
const ms = (n) => `${n.toFixed(0)} ms`;
console.log(`import-time: median of ${rounds} rounds, each in a fresh node`);
console.log(`  wall: bare ${ms(w.bare)}, dependencies +${ms(w.deps - w.bare)}, cchc +${ms(w.cchc - w.bare)} (×${(w.cchc / w.bare).toFixed(2)} of bare; goal +60 ms on a quiet machine)`);
console.log(`  cpu:  bare ${ms(c.bare)}, dependencies +${ms(c.deps - c.bare)}, cchc +${ms(c.cchc - c.bare)}; cchc's own code ${ms(c.cchc - c.deps)}`);
const own = c.cchc - c.deps;
const deps = c.deps - c.bare;
if (own > Math.max(deps, 60)) {
  console.error(`import-time: cchc's own code costs ${ms(own)} of CPU at import, more than its dependencies (${ms(deps)}). Is dist/node bundled? Does a module do heavy work at import?`);
  process.exit(1);
}
JS
