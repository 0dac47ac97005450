#!/usr/bin/env bash
# The whole test suite: installs what it needs (scripts/setup.sh), type-checks the tool and the k6
# scenarios, then runs every test (unit and integration: real k6, real moto, real PDFs).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
printf '\n==> type-checking (tsc --noEmit: tool, then scenarios against @types/k6)\n'
npx tsc --noEmit -p tsconfig.json
npx tsc --noEmit -p scenarios/tsconfig.json
printf '\n==> tests (vitest)\n'
npx vitest run "$@"
