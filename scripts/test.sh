#!/usr/bin/env bash
# The one test command (npm test): type check, lint, unit, conformance against real OpenSSL, build, browser tests.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh || exit 1
bash scripts/ensure-system.sh || exit 1
failed=()
passed=0
stage() {
  local name="$1"; shift
  echo; echo "=== $name"
  if "$@"; then echo "=== $name: ok"; passed=$((passed + 1)); else echo "=== $name: FAILED"; failed+=("$name"); fi
}
stage "type check" npm run -s check
stage "lint" npm run -s lint
stage "unit tests" npx vitest run
stage "conformance (real OpenSSL vs simulation)" npx tsx conformance/run.ts --real
stage "build" npm run -s build
stage "browser tests" npx playwright test
echo
if [ ${#failed[@]} -ne 0 ]; then echo "FAILED stages: ${failed[*]}"; fi
echo "stages: ${passed} passed, ${#failed[@]} failed"
[ ${#failed[@]} -eq 0 ]
