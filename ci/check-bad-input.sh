#!/usr/bin/env bash
# Proves, through the real `./mvnw gatling:test` command, that bad input ends the run with one
# clear line and a non-zero exit before any load is sent.
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

exit $((failures > 0))
