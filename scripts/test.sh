#!/usr/bin/env bash
# The one test command (`npm test`): build, type-check, unit + property tests
# with coverage (and the date tests again under four time zones), examples,
# docs, package checks, the tarball and a fresh clone.
set -euo pipefail
cd "$(dirname "$0")/.."
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "lint and format (biome)"
npx biome ci --error-on-warnings .

step "build (tsup: ESM + CJS + d.ts; its errors go to stderr)"
npm run --silent build >/dev/null

step "typecheck (tsc strict, with the type tests test/**/*.test-d.ts)"
npx tsc --noEmit -p tsconfig.json

step "unit and property tests, with coverage (thresholds in vitest.config.ts)"
npx vitest run --coverage

# No result may depend on the process time zone: the date-touching suites run
# again under the zones of this list that differ from the machine's own (the
# first run used that one). The growth tests time CPU, not dates: not again.
own_tz="$(node -p 'Intl.DateTimeFormat().resolvedOptions().timeZone')"
for tz in UTC Asia/Ho_Chi_Minh America/Los_Angeles Pacific/Kiritimati; do
  if [[ "$tz" == "$own_tz" || ( "$tz" == UTC && "$own_tz" == Etc/UTC ) ]]; then
    step "time-zone matrix: TZ=$tz is the machine's own zone, run above"
    continue
  fi
  step "time-zone matrix: TZ=$tz"
  TZ="$tz" npx vitest run --passWithNoTests --reporter=dot --exclude '**/growth.test.ts' \
    test/calendar test/deadline test/evaluate test/dossier test/tz
done

step "examples (each runs; output compared with examples/expected/ when present)"
node scripts/run-examples.mjs

step "docs (typedoc, warnings are errors)"
npx typedoc --emit none --treatWarningsAsErrors

step "package checks (publint, attw)"
npx publint --strict
npx attw --pack . --profile node16 --format ascii

for extra in scripts/checks/*.sh; do
  [[ -f "$extra" ]] || continue
  step "$(basename "$extra" .sh)"
  bash "$extra"
done

step "all checks passed"
