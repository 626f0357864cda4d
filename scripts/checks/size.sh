#!/usr/bin/env bash
# Bundle-size budget: a browser app that imports only `parseDeadline` from the
# built package (esbuild, minified, browser platform, tree-shaken), gzipped.
# Prints the size; fails when it exceeds scripts/checks/size-budget.json.
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
cat > "$tmp/entry.js" <<'JS'
import { parseDeadline } from 'cchc';
globalThis.cchcParse = parseDeadline;
JS
npx --no-install esbuild "$tmp/entry.js" --bundle --minify --platform=browser --format=esm \
  --log-level=warning --outfile="$tmp/out.js"
node --input-type=module - "$tmp/out.js" "$root/scripts/checks/size-budget.json" <<'JS'
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
const [bundlePath, budgetPath] = process.argv.slice(2);
const bundle = readFileSync(bundlePath);
const gzip = gzipSync(bundle, { level: 9 }).length;
const budget = JSON.parse(readFileSync(budgetPath, 'utf8')).parseDeadline.maxGzipBytes;
const kb = (n) => (n / 1024).toFixed(1) + ' KiB';
console.log(`size: import { parseDeadline } → ${kb(bundle.length)} minified, ${kb(gzip)} gzip (${gzip} B); budget ${kb(budget)} (${budget} B)`);
if (gzip > budget) {
  console.error(`size: over budget by ${gzip - budget} B. Find what the import pulls in (esbuild --metafile) before raising scripts/checks/size-budget.json.`);
  process.exit(1);
}
JS
