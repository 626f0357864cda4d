#!/usr/bin/env bash
# Imports point down the house (core → … → cli) and form no cycle.
set -euo pipefail
cd "$(dirname "$0")/../.."
node scripts/checks/layers.mjs
