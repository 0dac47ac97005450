#!/usr/bin/env bash
# The demo: installs what it needs (scripts/setup.sh), then runs the whole pipeline on the local
# testbed (moto for CloudWatch, real k6, analysis, PDF) and prints the report's path.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
printf '\n==> demo\n'
node bin/moodle-capacity.mjs demo "$@"
