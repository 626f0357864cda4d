#!/usr/bin/env bash
# The docs stand alone: no citation of files users do not have, no sentence
# about how the docs were written, no raw link tag in a Markdown guide, no date
# cast in guides, examples or doc comments (the rules are in the .mjs).
# Files of branches still open are listed, not failed on (PENDING in the .mjs).
set -euo pipefail
cd "$(dirname "$0")/../.."
node scripts/checks/docs-standalone.mjs
