#!/usr/bin/env bash
# Proves, through the real `./mvnw gatling:test` command, that bad input ends the run with one
# clear line and a non-zero exit before any load is sent, and that a slow endpoint fails its
# assertion by name.
set -uo pipefail
cd "$(dirname "$0")/.."
. ci/lib.sh

sim=com.salesmachine.loadtest.simulations.Nfr3BenchmarkSimulation
new_tmp_dir tmp
printf '[{"email": "loadtest-user-1@test.sales-machine.com", "password": ' > "$tmp/broken-users.json"

expect_refusal() {
  local label=$1 expected=$2
  shift 2
  local out="$tmp/out.txt" envs=() props=()
  for a in "$@"; do
    case $a in -D*) props+=("$a") ;; *) envs+=("$a") ;; esac
  done
  # Bounded: a refusal ends within seconds, before any load.
  if mvnw_bounded 300 "${envs[@]}" -B -q gatling:test -Dgatling.simulationClass=$sim "${props[@]}" > "$out" 2>&1; then
    fail "$label: the run succeeded"
  elif ! grep -q "^ERROR $expected" "$out"; then
    fail "$label: no line starting 'ERROR $expected'"; tail -20 "$out"
  elif grep -q "Simulation $sim started" "$out"; then
    fail "$label: the simulation started"
  else
    ok "$label: $(grep "^ERROR " "$out" | head -1)"
  fi
}

expect_refusal "unknown profile" "profile: 'nope' is not a profile" -Dprofile=nope
expect_refusal "malformed API_BASE_URL" "API_BASE_URL: 'not-a-url' is not a URL" API_BASE_URL=not-a-url
expect_refusal "malformed users file" "TEST_USERS_FILE: $tmp/broken-users.json is not valid JSON" \
  -DTEST_USERS_FILE="$tmp/broken-users.json"
expect_refusal "non-positive users" "users: '0' is not a positive whole number" USERS=0

# A stand-in slowed on one endpoint must fail the run and name that endpoint's assertion.
out="$tmp/slow.txt"
if mvnw_bounded 600 -B gatling:test -Dgatling.simulationClass=$sim -Dprofile=smoke -Dstandin.latency=dashboard=+600 > "$out" 2>&1; then
  fail "slow dashboard: the run passed"
elif ! grep -q "^SLO FAIL Check the dashboard / Get dashboard: 95th percentile of response time ([a-z ]*) is less than 500 ms" "$out"; then
  fail "slow dashboard: no failed assertion naming the dashboard"; grep -E "percentile|failed events" "$out"
elif grep -E "^SLO FAIL (Work prospects|Manage campaigns) / " "$out"; then
  fail "slow dashboard: another endpoint's assertion failed too"
else
  ok "slow dashboard: $(grep '^SLO FAIL Check the dashboard / Get dashboard' "$out")"
fi

finish
