#!/usr/bin/env bash
# Every runtime dependency is imported by something the package ships.
set -euo pipefail
cd "$(dirname "$0")/../.."
[[ -d dist ]] || { echo "deps: dist/ missing; run npm run build first" >&2; exit 1; }
node scripts/checks/deps.mjs
