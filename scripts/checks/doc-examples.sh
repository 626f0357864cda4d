#!/usr/bin/env bash
# Every ```ts example in the TSDoc comments of src/ and in docs/*.md compiles
# against the built package (see scripts/checks/doc-examples.mjs for the
# conventions: `declare const` for values a block does not build, ```ts nocheck
# for intentional pseudo-code).
set -euo pipefail
cd "$(dirname "$0")/../.."
node scripts/checks/doc-examples.mjs "$@"
