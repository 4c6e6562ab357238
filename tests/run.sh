#!/usr/bin/env bash
# npm test: every check there is, in one order. Each step prints its time, so a slow step shows itself.
set -euo pipefail
cd "$(dirname "$0")/.."

step() {
  local started=$SECONDS
  "$@"
  echo "npm test: $* took $((SECONDS - started)) s" >&2
}

# The browser tests' database starts from the seed; the builds and servers get the test password and secret.
rm -rf tests/artifacts/reactions-data
set -a && . ./tests/fixtures/reactions.env && set +a

# tsc and ESLint each keep one core busy: side by side, they take the time of the slower; the seed goes in meanwhile.
(step npm run reactions:import -- tests/fixtures/reactions/seed.json && step npm run typecheck) &
typecheck=$!
trap 'kill "$typecheck" 2>/dev/null || true' EXIT
step npm run lint
wait "$typecheck"

# Unit tests, the date tests again in two far-apart time zones (vitest.config.ts).
step npm run test:unit
# One build (types were checked above) and the export derived from it, then the browser tests against both.
# The suite builds for this machine on purpose: the address is given, so the build does not refuse localhost.
SITE_URL=http://localhost:3000 step npm run build:static
# The browser tests of the two outputs side by side (each waits on Chromium and its server much of the time): the
# export's run writes to a log, printed once both are done.
mkdir -p tests/artifacts
static_log=tests/artifacts/e2e-static.log
step npm run test:e2e:static >"$static_log" 2>&1 &
static=$!
trap 'kill "$typecheck" "$static" 2>/dev/null || true' EXIT
server_status=0
step npm run test:e2e:server || server_status=$?
static_status=0
wait "$static" || static_status=$?
cat "$static_log"
[ "$server_status" -eq 0 ] && [ "$static_status" -eq 0 ]
