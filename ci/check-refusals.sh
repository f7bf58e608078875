#!/usr/bin/env bash
# Proves, through the real `./mvnw gatling:test` command, that bad input ends the run with one
# clear line and a non-zero exit before any load is sent, and that a slow endpoint fails its
# assertion by name.
set -uo pipefail
cd "$(dirname "$0")/.."

sim=com.salesmachine.loadtest.simulations.Nfr3BenchmarkSimulation
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf '[{"email": "loadtest-user-1@test.sales-machine.com", "password": ' > "$tmp/broken-users.json"

failures=0
expect_refusal() {
  local label=$1 expected=$2
  shift 2
  local out="$tmp/out.txt" envs=() props=()
  for a in "$@"; do
    case $a in -D*) props+=("$a") ;; *) envs+=("$a") ;; esac
  done
  if env "${envs[@]}" ./mvnw -B -q gatling:test -Dgatling.simulationClass=$sim "${props[@]}" > "$out" 2>&1; then
    echo "FAIL $label: the run succeeded"
    failures=$((failures + 1))
  elif ! grep -q "^ERROR $expected" "$out"; then
    echo "FAIL $label: no line starting 'ERROR $expected'"; tail -20 "$out"
    failures=$((failures + 1))
  elif grep -q "Simulation $sim started" "$out"; then
    echo "FAIL $label: the simulation started"
    failures=$((failures + 1))
  else
    echo "ok   $label: $(grep "^ERROR " "$out" | head -1)"
  fi
}

expect_refusal "unknown profile" "profile: 'nope' is not a profile" -Dprofile=nope
expect_refusal "malformed API_BASE_URL" "API_BASE_URL: 'not-a-url' is not a URL" API_BASE_URL=not-a-url
expect_refusal "malformed users file" "TEST_USERS_FILE: $tmp/broken-users.json is not valid JSON" \
  -DTEST_USERS_FILE="$tmp/broken-users.json"
expect_refusal "non-positive users" "users: '0' is not a positive whole number" USERS=0

# A stand-in slowed on one endpoint must fail the run and name that endpoint's assertion.
out="$tmp/slow.txt"
if ./mvnw -B gatling:test -Dgatling.simulationClass=$sim -Dprofile=smoke -Dstandin.latency=dashboard=+600 > "$out" 2>&1; then
  echo "FAIL slow dashboard: the run passed"
  failures=$((failures + 1))
elif ! grep -q "^Check the dashboard / Get dashboard: 95th percentile of response time is less than 500.0 : false" "$out"; then
  echo "FAIL slow dashboard: no failed assertion naming the dashboard"; grep -E "percentile|failed events" "$out"
  failures=$((failures + 1))
elif grep -E "^(Work prospects|Manage campaigns) / .* : false" "$out"; then
  echo "FAIL slow dashboard: another endpoint's assertion failed too"
  failures=$((failures + 1))
else
  echo "ok   slow dashboard: $(grep '^Check the dashboard / Get dashboard: 95th' "$out")"
fi

exit $((failures > 0))
