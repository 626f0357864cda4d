#!/usr/bin/env bash
# The README's first command on a fresh clone: a copy of the working tree
# (tracked and new files, no node_modules, no dist), `npm ci` from the npm
# cache, then `npm start`:
# - it prints the report, with only npm's "> cchc@… start" banner before it
#   on stdout; the build's lines go to stderr; the time is shown;
# - `npm start --silent > report.txt` saves the report alone, without a build;
# - an edited source builds again, a touched one does not;
# - npm's own messages stay visible (a mistyped script says so), and
#   `npm run --silent bench -- --json` prints JSON alone.
set -euo pipefail
cd "$(dirname "$0")/../.."
root="$PWD"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
clone="$tmp/cchc"
mkdir "$clone"
git ls-files -co --exclude-standard -z | tar --null -T - -cf - | tar -xf - -C "$clone"
cd "$clone"
[[ ! -e node_modules && ! -e dist ]] || { echo "fresh-clone: the copy has node_modules or dist" >&2; exit 1; }

npm_flags=(--no-audit --no-fund --loglevel=error)
if ! npm ci --offline "${npm_flags[@]}" >"$tmp/ci.log" 2>&1; then
  echo "fresh-clone: offline npm ci failed, retrying with --prefer-offline"
  npm ci --prefer-offline "${npm_flags[@]}" >"$tmp/ci.log" 2>&1 || { cat "$tmp/ci.log" >&2; exit 1; }
fi
echo "fresh-clone: npm ci ok"

started=$EPOCHREALTIME
npm start >"$tmp/start.out" 2>"$tmp/start.err"
seconds=$(awk "BEGIN { print $EPOCHREALTIME - $started }")
expected="$(node dist/cli.js demo)"
banner=$'\n> cchc@'
out="$(cat "$tmp/start.out")"
[[ "$out" == "$banner"*$'\n\n'"$expected" ]] || {
  echo "fresh-clone: npm start printed something besides npm's banner and the report:" >&2
  head -n 8 "$tmp/start.out" >&2
  exit 1
}
grep -q 'building the command' "$tmp/start.err" || { echo "fresh-clone: no build line on stderr" >&2; cat "$tmp/start.err" >&2; exit 1; }
printf 'fresh-clone: npm start printed the report in %.1f s (build lines on stderr)\n' "$seconds"

npm start --silent >"$tmp/report.txt" 2>"$tmp/again.err"
[[ "$(cat "$tmp/report.txt")" == "$expected" && ! -s "$tmp/again.err" ]] || {
  echo "fresh-clone: npm start --silent > report.txt is not the report alone, or it built again" >&2
  cat "$tmp/again.err" >&2
  exit 1
}
echo "fresh-clone: npm start --silent > report.txt saves the report alone, nothing rebuilt"

touch src/cli/help.ts
npm start --silent >/dev/null 2>"$tmp/touched.err"
[[ ! -s "$tmp/touched.err" ]] || { echo "fresh-clone: a touched (unchanged) source was rebuilt" >&2; exit 1; }
printf '\n// edited\n' >>src/cli/help.ts
npm start --silent >/dev/null 2>"$tmp/edited.err"
grep -q 'building the command' "$tmp/edited.err" || { echo "fresh-clone: an edited source was not rebuilt" >&2; exit 1; }
echo "fresh-clone: rebuilt after an edit, not after a touch"

if npm run no-such-script >"$tmp/typo.out" 2>"$tmp/typo.err"; then
  echo "fresh-clone: npm run of a missing script succeeded" >&2; exit 1
fi
grep -q 'Missing script' "$tmp/typo.err" || { echo "fresh-clone: npm hid its own error" >&2; cat "$tmp/typo.err" >&2; exit 1; }
json="$(npm run --silent bench -- --json --only no-such-measure)"
[[ "$json" == "[]" ]] || { echo "fresh-clone: npm run --silent bench -- --json printed more than JSON: $json" >&2; exit 1; }
echo "fresh-clone: npm's messages visible; npm run --silent bench -- --json prints JSON alone"
cd "$root"
