#!/usr/bin/env bash
# Cold `import('cchc')` from the built package (dist/node, the "node" condition
# of package.json "exports"), each case in a fresh child process, interleaved,
# median of several rounds (IMPORT_TIME_ROUNDS, default 9), wall and CPU time:
#   bare  — node itself, importing nothing;
#   zod   — `import 'zod/mini'`, for comparison: what loading zod costs (the
#           Node build loads it on first use, see tsup.config.ts);
#   cchc  — `import('cchc')`.
# The goal is `import('cchc')` within 60 ms of bare node. Since nothing but
# the library's own modules loads at import, the cost is also timed within
# the process (a difference of two medians would carry the noise of both on a
# busy machine), and that CPU time is held to OWN_CPU_BUDGET_MS (default 60):
# CPU, which a busy machine inflates less than wall time. The check fails when
# dist/node imports a package at load, when importing cchc leaves zod,
# date-fns or immer loaded, when the CPU budget is exceeded, or when dist/node
# answers differently from dist/esm (static imports) once they are loaded.
set -euo pipefail
cd "$(dirname "$0")/../.."
root="$PWD"
[[ -f dist/node/index.js ]] || { echo "import-time: dist/node/index.js missing; run npm run build first" >&2; exit 1; }

# What dist/node imports at load: no package, only node built-ins.
eager="$(grep -ho '^import [^;]*from "[^".][^"]*"\|^import "[^".][^"]*"' dist/node/*.js | sed 's/.*"\(.*\)"/\1/' | sort -u)"
bad="$(grep -v -x -e 'module' -e 'node:module' <<<"$eager" || true)"
if [[ -n "$bad" ]]; then
  echo "import-time: dist/node imports at load: $(tr '\n' ' ' <<<"$bad")— none may be (zod, date-fns and immer load on first use)" >&2
  exit 1
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/node_modules"
ln -s "$root" "$tmp/node_modules/cchc"
for dep in zod date-fns immer; do ln -s "$root/node_modules/$dep" "$tmp/node_modules/$dep"; done
cd "$tmp"

# On first use the Node build loads zod, date-fns and immer and answers as the
# browser build (dist/esm, static imports) does: plans and criteria sets
# loaded, refused with zod's issues, JSON Schemas generated, a stored deadline
# checked, dates written and read, a plan edited (immer produce), amended, and
# its patch history (immer patches).
cat >"$tmp/first-use.mjs" <<'JS'
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
const [lib, plan, criteria] = process.argv.slice(2);
const c = await import(lib);
const refused = c.loadPlan({ schemaVersion: 1, title: 7, agencies: [{ id: 'A' }], groups: 'x', extra: null });
const set = c.loadCriteriaSet(JSON.parse(readFileSync(criteria, 'utf8')));
const badSet = c.loadCriteriaSet({ schemaVersion: 1, id: '', criteria: [{ id: 1 }] });
const json = [c.planJsonSchema(), c.criteriaJsonSchema()].map((s) => JSON.stringify(s).length);
const stored = [
  c.deadlineSchema().safeParse(c.parseDeadline('Quý II/2018')).success,
  c.deadlineSchema().safeParse({ kind: 'quarter', raw: '', year: 2018, quarter: 7 }).error?.issues.map((i) => i.message),
  c.milestoneSchema().safeParse({ kind: 'half', year: 2018, half: 3 }).success,
];
const d = c.isoDate('2018-07-01');
const p = c.loadPlan(JSON.parse(readFileSync(plan, 'utf8')));
if (!p.ok) throw new Error('sample plan did not load');
const group = p.value.groups[0];
const added = c.addTask(p.value, group.id, { id: 'X.1', title: 'Việc mới', lead: [p.value.agencies[0].id], deadline: 'Quý IV/2018' });
const amended = c.amendPlan(p.value, {
  id: 'A1', decidedOn: '2018-09-01', changes: [{ op: 'removeTask', taskId: group.tasks[0].id }],
});
const out = {
  refused: refused.ok || refused.issues,
  set: set.ok ? set.value.leafIds : set.issues,
  badSet: badSet.ok || badSet.issues,
  json,
  stored,
  dates: [c.formatDateVi(d), c.formatDateVi(d, { style: 'weekday' }), c.formatDateVi(d, { style: 'short' })],
  read: [c.parseDateVi('30/06/2018'), c.parseDateVi('31/11/2025').ok, c.isoDateInVietnam(new Date('2018-06-30T17:00:00Z'))],
  added: added.ok && added.value.groups[0].tasks.map((t) => t.id),
  frozen: added.ok && Object.isFrozen(added.value.groups[0].tasks),
  amended: amended.ok ? c.toJSON(amended.value) : amended.issues.map((i) => i.code),
  asOf: amended.ok && c.planAsOf(amended.value, c.isoDate('2018-08-31')).groups[0].tasks.length,
  history: amended.ok && c.planHistory(amended.value),
};
const cache = Object.keys(createRequire(import.meta.url).cache);
const loaded = ['immer', 'zod'].every((p) => cache.some((k) => k.includes(`/node_modules/${p}/`)));
console.log(JSON.stringify({ out, loaded }));
JS
samples=("$root/samples/vinh-long-2018.plan.json" "$root/samples/par-sample.criteria.json")
node_first="$(node "$tmp/first-use.mjs" cchc "${samples[@]}")"
esm_first="$(node "$tmp/first-use.mjs" "$root/dist/esm/index.js" "${samples[@]}")"
if [[ "${node_first%,\"loaded\"*}" != "${esm_first%,\"loaded\"*}" ]] || [[ "$node_first" != *'"loaded":true}' ]]; then
  echo "import-time: on first use dist/node answers otherwise than dist/esm, or did not load zod and immer lazily" >&2
  echo "  node: ${node_first:0:300}" >&2
  echo "  esm:  ${esm_first:0:300}" >&2
  exit 1
fi
echo "import-time: zod, date-fns and immer load on first use; dist/node answers as dist/esm"
node --input-type=module - "${IMPORT_TIME_ROUNDS:-9}" "${OWN_CPU_BUDGET_MS:-60}" <<'JS'
import { execFileSync } from 'node:child_process';
const rounds = Number(process.argv[2]);
const budget = Number(process.argv[3]);
// After importing cchc, nothing of zod, date-fns or immer has been required
// (their ES module imports are ruled out above, from dist/node's import
// statements).
const loadedLater = `
import { createRequire } from 'node:module';
const cached = Object.keys(createRequire(import.meta.url).cache).filter((k) => /[\\\\/](zod|date-fns|immer)[\\\\/]/.test(k));
if (cached.length > 0) { console.error('required at import: ' + cached[0]); process.exit(3); }`;
// The cchc case times its import within the process too (see the top).
const cases = {
  bare: '',
  zod: "await import('zod/mini');",
  cchc: `const u0 = process.cpuUsage(); const t0 = performance.now();
await import('cchc');
const du = process.cpuUsage(u0); console.log(performance.now() - t0, (du.user + du.system) / 1000);
${loadedLater}`,
};
const wall = { bare: [], zod: [], cchc: [] };
const cpu = { bare: [], zod: [], cchc: [] };
const ownWall = [];
const ownCpu = [];
for (let i = 0; i < rounds; i++) {
  for (const [name, code] of Object.entries(cases)) {
    const script = `${code}\nconst u = process.cpuUsage(); console.log((u.user + u.system) / 1000);`;
    const start = process.hrtime.bigint();
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    wall[name].push(Number(process.hrtime.bigint() - start) / 1e6);
    const lines = out.trim().split('\n');
    cpu[name].push(Number(lines.at(-1)));
    if (name === 'cchc') {
      const [w, c] = (lines[0] ?? '').split(' ').map(Number);
      ownWall.push(w);
      ownCpu.push(c);
    }
  }
}
const median = (a) => [...a].sort((x, y) => x - y)[a.length >> 1];
const m = (t) => Object.fromEntries(Object.entries(t).map(([k, v]) => [k, median(v)]));
const w = m(wall);
const c = m(cpu);
const ms = (n) => `${n.toFixed(0)} ms`;
const own = median(ownCpu);
console.log(`import-time: median of ${rounds} rounds, each in a fresh node`);
console.log(`  wall: bare ${ms(w.bare)}; zod/mini +${ms(w.zod - w.bare)}; cchc +${ms(w.cchc - w.bare)} (goal +60 ms on a quiet machine; ${w.cchc - w.bare <= 60 ? 'met' : 'not met'})`);
console.log(`  cpu:  bare ${ms(c.bare)}; zod/mini +${ms(c.zod - c.bare)}; cchc +${ms(c.cchc - c.bare)}`);
console.log(`  import('cchc') timed in the process: ${ms(median(ownWall))} wall, ${ms(own)} cpu (budget ${ms(budget)} cpu)`);
if (own > budget) {
  console.error(`import-time: import('cchc') costs ${ms(own)} of CPU at import (budget ${ms(budget)}). Is dist/node bundled? Does a module do heavy work at import?`);
  process.exit(1);
}
JS
