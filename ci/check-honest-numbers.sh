#!/usr/bin/env bash
# Proves that the run's numbers mean what a reader takes them to mean, through the real
# `./mvnw gatling:test` command against the embedded stand-in:
# - a fixed latency (standin.fixedLatency=dashboard:100, service times off) reads back as the
#   dashboard's steady-window p50 within 2 ms and p95 within 6 ms of 100 ms;
# - with the dashboard's SLO threshold where its p95 lands (sloApiP95Ms=105: a 100 ms call's p95 is
#   104-106 ms here), the exit code, the console, summary.json, report.md and slo-junit.xml give the
#   same verdict (OneVerdictTest forces the exact borderline on a written log);
# - a polling scenario's global figures are its API calls alone: no "Poll back-off" in summary.json,
#   the HTML report or the compare table, and the workflow's end-to-end time is still an SLO;
# - a run cut short by maxDuration with sessions outstanding is INVALID, with the counts;
# - a run whose injector is starved (a test-only simulation burning every core) is INVALID with
#   "generator saturated" and the measured CPU.
set -uo pipefail
cd "$(dirname "$0")/.."
. ci/lib.sh
require_jq || finish

new_tmp_dir results
pkg=com.salesmachine.loadtest
run() { # label, simulation class, settings...; prints the run's folder, leaves the output in $results/<label>.out
  local label=$1 class=$2
  shift 2
  mvnw_bounded 600 -B gatling:test -Dgatling.simulationClass="$class" -DresultsDir="$results/$label" "$@" \
    > "$results/$label.out" 2>&1
  echo $? > "$results/$label.exit"
  ls -td "$results/$label"/*/ 2>/dev/null | head -1
}
steady_request() { # run, path, field
  summary_field "$1" ".steady.requests[] | select(.path == \$p) | .stats.$3" --arg p "$2"
}

# 1 and 2. A 100 ms dashboard, its SLO threshold at 105 ms; the ramp-up (left out) holds the JIT's warm-up.
dashboard="Check the dashboard / Get dashboard"
fixed=$(run fixed "$pkg.simulations.Nfr3BenchmarkSimulation" -Dprofile=quick -Dusers=10 -DrampUp=5s -Dduration=20s \
  -DthinkTime=100ms -Dstandin.latencyFactor=0 -Dstandin.fixedLatency=dashboard:100 -DsloApiP95Ms=105)
out="$results/fixed.out"
if [ -z "$fixed" ] || [ ! -f "$fixed/summary.json" ]; then
  fail "fixed latency: no results folder"; tail -30 "$out"
else
  p50=$(steady_request "$fixed" "$dashboard" p50)
  p95=$(steady_request "$fixed" "$dashboard" p95)
  whole_p99=$(summary_field "$fixed" ".requests[] | select(.path == \$p) | .stats.p99" --arg p "$dashboard")
  steady_p99=$(steady_request "$fixed" "$dashboard" p99)
  if [ -z "$p50" ] || [ $((p50 < 98 || p50 > 102)) = 1 ] || [ $((p95 < 100 || p95 > 106)) = 1 ]; then
    fail "fixed latency 100 ms: steady p50 ${p50:-none}, p95 ${p95:-none} (want p50 within 2 ms, p95 within 6 ms)"
  else
    ok "fixed latency 100 ms: steady p50 $p50 ms, p95 $p95 ms, p99 $steady_p99 ms (whole run p99 $whole_p99 ms)"
  fi

  # One verdict everywhere.
  verdict=$(summary_field "$fixed" .verdict)
  code=$(summary_field "$fixed" .exitCode)
  maven=$(cat "$results/fixed.exit")
  slo_passed=$(summary_field "$fixed" '.slos[] | select(.scope == $p) | .passed' --arg p "$dashboard")
  slo_actual=$(summary_field "$fixed" '.slos[] | select(.scope == $p) | .actual' --arg p "$dashboard")
  console=$(sed -n 's/^Verdict: \([A-Z]*\).*/\1/p' "$out" | tail -1)
  console_slo=$(grep -c "^SLO $([ "$slo_passed" = true ] && echo PASS || echo FAIL) $dashboard: " "$out")
  report=$(sed -n 's/^\*\*Verdict: \([A-Z]*\)\*\*.*/\1/p' "$fixed/report.md")
  junit_failures=$(sed -n 's/.*<testsuite[^>]* failures="\([0-9]*\)".*/\1/p' "$fixed/slo-junit.xml" | head -1)
  expected_code=$(case $verdict in PASS) echo 0 ;; FAIL) echo 2 ;; *) echo 4 ;; esac)
  maven_passed=$([ "$maven" = 0 ] && echo PASS || echo not-PASS)
  summary_passed=$([ "$verdict" = PASS ] && echo PASS || echo not-PASS)
  if [ "$console" != "$verdict" ] || [ "$report" != "$verdict" ] || [ "$code" != "$expected_code" ] \
    || [ "$maven_passed" != "$summary_passed" ]; then
    fail "one verdict: summary $verdict (exitCode $code), console $console, report $report, Maven exit $maven"
  elif [ "$console_slo" != 1 ]; then
    fail "one verdict: the console's line for the dashboard SLO does not say passed=$slo_passed"
  elif { [ "$verdict" = PASS ] && [ "$junit_failures" != 0 ]; } || { [ "$verdict" != PASS ] && [ "${junit_failures:-0}" = 0 ]; }; then
    fail "one verdict: slo-junit.xml has $junit_failures failures for a $verdict run"
  else
    near=$(( ${slo_actual%.*} >= 103 && ${slo_actual%.*} <= 107 ))
    ok "one verdict: $verdict in summary.json (exit $code), console, report.md and slo-junit.xml ($junit_failures failures), Maven exit $maven; dashboard p95 $slo_actual ms against < 105 ms$([ "$near" = 1 ] && echo ", within 2 ms" || echo ", NOT within 2 ms of the threshold")"
  fi
fi

# 3. A polling scenario: only API calls are requests; the end-to-end time is still judged.
polled=$(run polled "$pkg.simulations.LinkedInScrapingSimulation" -Dprofile=quick -Dusers=5 -DrampUp=2s \
  -Dduration=15s -DthinkTime=1s)
out="$results/polled.out"
if [ -z "$polled" ] || [ ! -f "$polled/summary.json" ]; then
  fail "polling: no results folder"; tail -30 "$out"
else
  sum=$(summary_field "$polled" '[.requests[].stats.count] | add')
  global=$(summary_field "$polled" .global.count)
  pseudo=$(summary_field "$polled" '[.requests[], (.steady.requests // [])[] | select(.name == "Poll back-off")] | length')
  e2e=$(summary_field "$polled" '.slos[] | select(.scope == "Scrape a LinkedIn profile" and .metric == "durationPercentile95") | .actual')
  mvnw_bounded 300 -B -q test-compile exec:java@compare -Dsummary="$polled" -Dbaseline="$polled" > "$results/compare.out" 2>&1
  if [ "$pseudo" != 0 ] || grep -q "Poll back-off" "$polled/index.html" "$polled/comparison.md" "$polled/report.md"; then
    fail "polling: a 'Poll back-off' pseudo-request is still reported"
  elif [ "$sum" != "$global" ]; then
    fail "polling: global count $global is not the sum of the requests' ($sum)"
  elif [ ! -f "$polled/comparison.md" ]; then
    fail "polling: the compare command wrote no table"; tail -5 "$results/compare.out"
  elif [ -z "$e2e" ] || [ "$e2e" = null ]; then
    fail "polling: no end-to-end SLO on 'Scrape a LinkedIn profile'"
  else
    ok "polling: $global requests, all API calls (no pseudo-request in summary.json, HTML, report, compare); end-to-end p95 ${e2e} ms judged"
  fi
fi

expect_invalid() { # what, label, run folder, the reason's words: INVALID in summary.json and the console, a non-zero exit
  local what=$1 label=$2 folder=$3 words=$4 reason
  if [ -z "$folder" ] || [ ! -f "$folder/summary.json" ]; then
    fail "$what: no results folder"; tail -30 "$results/$label.out"
    return
  fi
  reason=$(summary_field "$folder" '.validity.reasons[]' | grep -- "$words")
  if [ "$(summary_field "$folder" .verdict)" != INVALID ] || [ -z "$reason" ]; then
    fail "$what: verdict $(summary_field "$folder" .verdict), reasons: $(summary_field "$folder" '.validity.reasons | join("; ")')"
  elif [ "$(cat "$results/$label.exit")" = 0 ]; then
    fail "$what: the command exited 0"
  elif ! grep -q -- "^Verdict: INVALID: .*$words" "$results/$label.out"; then
    fail "$what: the console does not say INVALID with '$words'"
  else
    ok "$what: INVALID, exit $(cat "$results/$label.exit"): $reason"
  fi
}

# 4. Cut short by maxDuration: each pass waits 18 s on two 9 s calls, the bound is about 25 s.
cut=$(run cut "$pkg.simulations.Nfr3BenchmarkSimulation" -Dprofile=quick -Dusers=4 -DrampUp=0s -Dduration=5s \
  -DthinkTime=0s -Dstandin.fixedLatency=dashboard:9000,prospects.list:9000)
expect_invalid "cut short" cut "$cut" "sessions finished"

# 5. A starved injector: every core busy in the injector's own JVM.
starved=$(run starved "$pkg.testing.StarvedInjectorSimulation" -Dprofile=quick -Dusers=5 -DrampUp=1s -Dduration=10s)
expect_invalid "starved injector" starved "$starved" "generator saturated: "

finish
