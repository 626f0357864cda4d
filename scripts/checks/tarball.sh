#!/usr/bin/env bash
# The package as users get it: `npm pack`, install the tarball into a scratch
# project (a real `npm install`, from the local npm cache when it can), then
# import it from ESM, require it from CommonJS, call it, and run the `cchc` bin.
set -euo pipefail
cd "$(dirname "$0")/../.."
root="$PWD"
[[ -f dist/esm/index.js && -f dist/index.cjs && -f dist/cli.js ]] || { echo "tarball: dist/ incomplete; run npm run build first" >&2; exit 1; }
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
npm pack --silent --pack-destination "$tmp" >"$tmp/pack.txt" 2>/dev/null
tarball="$tmp/$(tail -n1 "$tmp/pack.txt")"
echo "tarball: packed $(basename "$tarball") ($(wc -c <"$tarball") B)"
mkdir "$tmp/app"
cd "$tmp/app"
printf '{ "name": "cchc-tarball-check", "version": "0.0.0", "private": true }\n' >package.json
npm_flags=(--no-audit --no-fund --no-package-lock --loglevel=error)
# Offline first (the runtime dependencies are in the npm cache after `npm ci`);
# fall back to the registry only when the cache lacks them.
if ! npm install --offline "${npm_flags[@]}" "$tarball" >"$tmp/install.log" 2>&1; then
  echo "tarball: offline install failed, retrying with --prefer-offline"
  npm install --prefer-offline "${npm_flags[@]}" "$tarball" >"$tmp/install.log" 2>&1 || {
    cat "$tmp/install.log" >&2; exit 1; }
fi

cat >esm.mjs <<'JS'
import { parseDeadline, dueDate, loadPlan } from 'cchc';
import assert from 'node:assert/strict';
assert.equal(dueDate(parseDeadline('Quý II/2018')), '2018-06-30');
assert.equal(typeof loadPlan, 'function');
const bad = loadPlan({});
assert.equal(bad.ok, false);
console.log('tarball: ESM import ok');
JS
cat >cjs.cjs <<'JS'
const { parseDeadline, dueDate, formatPath } = require('cchc');
const assert = require('node:assert/strict');
assert.equal(dueDate(parseDeadline('trước ngày 15/11/2022')), '2022-11-15');
assert.equal(formatPath(['groups', 2, 'tasks', 4]), 'groups[2].tasks[4]');
console.log('tarball: CJS require ok');
JS
# The subpath exports (cchc/calendar, …) hand out the root's own functions,
# from ESM and from CommonJS alike (one CchcError class, not a copy per entry).
cat >subpaths.mjs <<'JS'
import * as root from 'cchc';
import assert from 'node:assert/strict';
const names = { calendar: 'isoDate', deadline: 'parseDeadline', plan: 'loadPlan', evaluate: 'evaluatePlan', dossier: 'dossierStatus', scoring: 'scoreUnits' };
for (const [sub, fn] of Object.entries(names)) {
  const mod = await import(`cchc/${sub}`);
  assert.equal(mod[fn], root[fn], `cchc/${sub} ${fn}`);
}
console.log('tarball: ESM subpaths ok');
JS
cat >subpaths.cjs <<'JS'
const root = require('cchc');
const assert = require('node:assert/strict');
const names = { calendar: 'isoDate', deadline: 'parseDeadline', plan: 'loadPlan', evaluate: 'evaluatePlan', dossier: 'dossierStatus', scoring: 'scoreUnits' };
for (const [sub, fn] of Object.entries(names)) assert.equal(require(`cchc/${sub}`)[fn], root[fn], `cchc/${sub} ${fn}`);
assert.throws(() => require('cchc/calendar').assertIsoDate('2023-02-29'), root.CchcError);
console.log('tarball: CJS subpaths ok');
JS
node esm.mjs
node cjs.cjs
node subpaths.mjs
node subpaths.cjs
out="$(./node_modules/.bin/cchc deadline 'Quý II/2018' --format json)"
node -e 'const o = JSON.parse(process.argv[1]); if (o.dueDate !== "2018-06-30") { console.error(o); process.exit(1); }' "$out"
./node_modules/.bin/cchc --help >/dev/null
demo="$(./node_modules/.bin/cchc demo)"
[[ "$demo" == *'Tính đến ngày 30 tháng 6 năm 2018'* ]] || { echo "tarball: cchc demo failed from the installed package" >&2; exit 1; }
# The help names the samples by a path that exists here, and its examples run.
samples="$(./node_modules/.bin/cchc --help | sed -n 's#^Tệp mẫu / sample files: ##p')"
[[ -f "$samples/vinh-long-2018.plan.json" ]] || { echo "tarball: help names samples at '$samples', which is not there" >&2; exit 1; }
./node_modules/.bin/cchc status "$samples/vinh-long-2018.plan.json" --as-of 30/06/2018 --reports "$samples/vinh-long-2018.reports.json" >/dev/null
./node_modules/.bin/cchc demo --save mau >/dev/null
./node_modules/.bin/cchc status mau/vinh-long-2018.plan.json --as-of 30/06/2018 >/dev/null
echo "tarball: cchc bin ok (cchc deadline 'Quý II/2018' → 2018-06-30; cchc demo, help's sample paths and demo --save work)"
[[ -f node_modules/cchc/LICENSE ]] || { echo "tarball: LICENSE not shipped" >&2; exit 1; }

# README: "from a clone: npm ci && npm run build, then npm install /path/to/cchc".
mkdir "$tmp/from-folder"
cd "$tmp/from-folder"
printf '{ "name": "cchc-folder-check", "version": "0.0.0", "private": true }\n' >package.json
npm install --offline "${npm_flags[@]}" "$root" >"$tmp/folder.log" 2>&1 || { cat "$tmp/folder.log" >&2; exit 1; }
node --input-type=module -e "import { dueDate, parseDeadline } from 'cchc'; if (dueDate(parseDeadline('Quý II/2018')) !== '2018-06-30') process.exit(1);"
[[ "$(./node_modules/.bin/cchc --version)" == "$(node -p "require('$root/package.json').version")" ]]
echo "tarball: npm install /path/to/cchc (a built clone) works too"
cd "$tmp/app"
# Nothing but what users need is shipped.
if tar -tzf "$tarball" | grep -E '^package/(src|test|scripts|bench|examples|etc|docs|node_modules)/'; then
  echo "tarball: unexpected files shipped (above)" >&2; exit 1
fi
