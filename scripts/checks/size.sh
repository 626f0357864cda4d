#!/usr/bin/env bash
# Bundle-size budgets: for each entry of scripts/checks/size-budget.json, a
# browser app that imports only those functions from the built package
# (esbuild, minified, browser platform, tree-shaken), gzipped. Prints each
# size; fails when one exceeds its budget.
set -euo pipefail
cd "$(dirname "$0")/../.."
root="$PWD"
[[ -f dist/esm/index.js ]] || { echo "size: dist/esm/index.js missing; run npm run build first" >&2; exit 1; }
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
# A scratch app that depends on the package as installed (a symlink, so the
# package's own exports map and its dependencies resolve as for a user).
mkdir -p "$tmp/node_modules"
ln -s "$root" "$tmp/node_modules/cchc"
budgets="$root/scripts/checks/size-budget.json"
failed=0
while IFS=$'\t' read -r name imports; do
  slug="${name//[^A-Za-z0-9]/_}"
  printf "import { %s } from 'cchc';\nglobalThis.cchcSize = [%s];\n" "$imports" "$imports" >"$tmp/$slug.js"
  npx --no-install esbuild "$tmp/$slug.js" --bundle --minify --platform=browser --format=esm \
    --log-level=warning --outfile="$tmp/$slug.out.js"
  node --input-type=module - "$tmp/$slug.out.js" "$budgets" "$name" <<'JS' || failed=1
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
const [bundlePath, budgetPath, name] = process.argv.slice(2);
const bundle = readFileSync(bundlePath);
const gzip = gzipSync(bundle, { level: 9 }).length;
const entry = JSON.parse(readFileSync(budgetPath, 'utf8'))[name];
const budget = entry.maxGzipBytes;
const kb = (n) => (n / 1024).toFixed(1) + ' KiB';
console.log(`size: import { ${entry.imports.join(', ')} } → ${kb(bundle.length)} minified, ${kb(gzip)} gzip (${gzip} B); budget ${kb(budget)} (${budget} B)`);
if (gzip > budget) {
  console.error(`size: "${name}" over budget by ${gzip - budget} B. Find what the import pulls in (esbuild --metafile) before raising scripts/checks/size-budget.json.`);
  process.exit(1);
}
JS
done < <(node -e 'for (const [k, v] of Object.entries(require(process.argv[1]))) console.log(k + "\t" + v.imports.join(", "))' "$budgets")
exit "$failed"
