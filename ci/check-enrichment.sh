#!/usr/bin/env bash
# Proves, through real `./mvnw gatling:test` runs of the AI enrichment simulation against the
# embedded stand-in, how the suite behaves under the AI provider's rate limit: with Retry-After in
# seconds, as an HTTP-date, and omitted (back-off), a throttled run passes, every enrichment
# completes, the suite's 429 count equals the stand-in's and the stand-in saw no retry sooner than
# its Retry-After; with a retry cap of 2 some enrichments give up, each a KO with a clear message,
# and the error-rate assertions fail; a path that does not answer is refused before any load,
# naming the seed's path that does. Short runs: a tighter bucket (2 a second, burst 2) than the
# default makes 20 users throttled within seconds.
set -uo pipefail
cd "$(dirname "$0")/.."
. ci/lib.sh
require_jq || finish

sim=com.salesmachine.loadtest.simulations.AiEnrichmentSimulation
new_tmp_dir tmp
group="Enrich the prospect"
throttled=(-Dprofile=quick -Dusers=20 -DrampUp=1s -Dduration=6s -DenrichmentPacing=6s
  -Dstandin.enrichmentRate=120 -Dstandin.enrichmentBurst=2 -Dstandin.enrichmentTime=300)

run() { # label, settings...: runs the simulation into its own results folder, output in $tmp/<label>.out
  local label=$1
  shift
  # Bounded: a 6 s run, plus Maven and compiling.
  mvnw_bounded 600 -B gatling:test -Dgatling.simulationClass=$sim -DresultsDir="$tmp/$label" "$@" > "$tmp/$label.out" 2>&1
}
run_counter() { # label, counter name: its value in the run's summary.json (empty when absent)
  counter "$(ls "$tmp/$1"/*/summary.json 2> /dev/null | head -1)" "$2"
}
error_count() { # output file, message: the count Gatling's console gives that error message
  grep -F "> $2" "$1" | tail -1 | awk '{print $(NF-1)}'
}

# 1-3. A throttled run passes in each Retry-After form, and its 429s reconcile with the stand-in's.
for form in seconds date none; do
  label=$form
  case $form in
    seconds) used="429s with Retry-After in seconds" ;;
    date) used="429s with Retry-After as an HTTP-date" ;;
    none) used="429s without Retry-After (back-off)" ;;
  esac
  if ! run $label "${throttled[@]}" -Dstandin.retryAfter=$form; then
    fail "Retry-After $form: the run failed"; grep -E "^SLO FAIL|^Verdict" "$tmp/$label.out" | tail -12
    continue
  fi
  received=$(run_counter $label "429s received")
  served=$(run_counter $label "429s served (stand-in)")
  early=$(run_counter $label "Retries sooner than Retry-After (stand-in)")
  by_form=$(run_counter $label "$used")
  triggered=$(run_counter $label "Enrichments triggered")
  completed=$(run_counter $label "Enrichments completed")
  gave_up=$(run_counter $label "Enrichments failed after retries")
  if [ -z "$received" ] || [ "$received" -lt 1 ]; then
    fail "Retry-After $form: no 429 received (${received:-none}); the check proves nothing"
  elif [ "$received" != "$served" ]; then
    fail "Retry-After $form: the suite received $received 429s, the stand-in served ${served:-?}"
  elif [ "$by_form" != "$received" ]; then
    fail "Retry-After $form: only ${by_form:-0} of $received 429s counted as '$used'"
  elif [ "$early" != "0" ]; then
    fail "Retry-After $form: the stand-in saw ${early:-?} retries sooner than its Retry-After"
  elif [ "$gave_up" != "0" ] || [ "$completed" != "$triggered" ]; then
    fail "Retry-After $form: $completed of $triggered enrichments completed, $gave_up gave up"
  else
    echo "ok   Retry-After $form: passed; $received 429s received = $served served by the stand-in, 0 retries early, $completed of $triggered enrichments completed"
  fi
done

# 4. A retry cap of 2: enrichments that stay throttled give up, as KOs that say why, and the run fails.
label=capped
message="Rate-limit verdict, found enrichment still throttled (429) after 2 attempts, the cap; giving up"
if run $label "${throttled[@]}" -DrateLimitMaxAttempts=2; then
  fail "retry cap 2: the run passed"
else
  kos=$(error_count "$tmp/$label.out" "$message")
  gave_up=$(run_counter $label "Enrichments failed after retries")
  if [ -z "$kos" ] || [ "$kos" -lt 1 ]; then
    fail "retry cap 2: no KO \"$message\""; grep -E "^> " "$tmp/$label.out" | tail -8
  elif [ "$kos" != "$gave_up" ]; then
    fail "retry cap 2: $kos KOs but ${gave_up:-?} enrichments counted as failed after retries"
  elif ! grep -q "^SLO FAIL $group: share of failed events (whole run) is less than 1 %" "$tmp/$label.out"; then
    fail "retry cap 2: the enrichment error-rate assertion did not fail"
  elif ! grep -q "^SLO PASS $group / Trigger enrichment: 95th percentile of response time ([a-z ]*) is less than 500 ms" "$tmp/$label.out"; then
    fail "retry cap 2: the trigger's p95 assertion failed too"
  else
    echo "ok   retry cap 2: $kos enrichments KO \"$message\"; $(grep "^SLO FAIL $group: share of failed" "$tmp/$label.out")"
  fi
fi

# 5. A path that does not answer: refused before any load, naming the seed's path that answers.
label=path
if run $label -Dprofile=smoke "-Dpath.enrichment=/prospects/{id}/enrich"; then
  fail "wrong path: the run succeeded"
elif ! grep -qE "^ERROR path.enrichment: GET http://127\.0\.0\.1:[0-9]+/prospects/preflight-probe/enrich answered HTTP 404 \(no such endpoint\); of the seed's paths, /prospects/\{id\}/enrichment answers" "$tmp/$label.out"; then
  fail "wrong path: no ERROR line naming the path that answers"; grep -E "ERROR" "$tmp/$label.out" | head -5
elif grep -q "Simulation $sim started" "$tmp/$label.out"; then
  fail "wrong path: the simulation started"
else
  echo "ok   wrong path: $(grep '^ERROR ' "$tmp/$label.out" | head -1)"
fi

finish
