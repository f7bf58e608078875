#!/usr/bin/env bash
# Proves, through real `./mvnw gatling:test` runs of the LinkedIn scraping simulation against the
# embedded stand-in, its failure modes: a wrong webhook stops the run before any load with one line
# naming the URL; a slow workflow (median 8 s) fails the end-to-end assertion, which names the
# group; a hanging workflow still lets the run end by itself, its time-outs KO with a clear
# message; failing workflows (ratio 0.2) are KO with their error status, not time-outs.
set -uo pipefail
cd "$(dirname "$0")/.."
. ci/lib.sh

sim=com.salesmachine.loadtest.simulations.LinkedInScrapingSimulation
new_tmp_dir tmp
group="Scrape a LinkedIn profile"

run() { # label, settings...: runs the simulation, keeps its output in $tmp/<label>.out
  local label=$1
  shift
  # Bounded: each of these smoke runs ends by itself in under a minute (its own bound is shorter).
  mvnw_bounded 600 -B gatling:test -Dgatling.simulationClass=$sim -DresultsDir="$tmp/results" "$@" > "$tmp/$label.out" 2>&1
}
seconds() { # 1m30s -> 90
  local text=$1 total=0
  [[ $text =~ ([0-9]+)m ]] && total=$((total + 60 * BASH_REMATCH[1]))
  [[ $text =~ ([0-9]+)s ]] && total=$((total + BASH_REMATCH[1]))
  echo "$total"
}
error_count() { # output file, message: the count Gatling's console gives that error message
  grep -E "^> $2 +[0-9]+ " "$1" | tail -1 | awk '{print $(NF-1)}'
}

# 1. A webhook that is not there: refused before any load, one line naming the URL and the status.
if run webhook -Dprofile=smoke -DN8N_WEBHOOK_URL=/webhook/no-such-workflow/x; then
  fail "wrong webhook: the run succeeded"
elif ! grep -qE "^ERROR N8N_WEBHOOK_URL: POST http://127\.0\.0\.1:[0-9]+/webhook/no-such-workflow/x answered HTTP 404" "$tmp/webhook.out"; then
  fail "wrong webhook: no ERROR line naming the webhook URL"; tail -20 "$tmp/webhook.out"
elif grep -q "Simulation $sim started" "$tmp/webhook.out"; then
  fail "wrong webhook: the simulation started"
else
  echo "ok   wrong webhook: $(grep '^ERROR ' "$tmp/webhook.out" | head -1)"
fi

# 2. Workflows with a median of 8 s: the end-to-end assertion fails and names the group.
out="$tmp/slow.out"
if run slow -Dprofile=smoke -Dusers=10 -Dstandin.workflowTime=8000; then
  fail "slow workflows: the run passed"
elif ! grep -q "^SLO FAIL $group: 95th percentile of duration ([a-z ]*) is less than 5000 ms" "$out"; then
  fail "slow workflows: no failed end-to-end assertion naming '$group'"; grep -E "percentile|failed events" "$out"
elif ! grep -q "^SLO PASS $group / Trigger LinkedIn scraping: 95th percentile of response time ([a-z ]*) is less than 500 ms" "$out"; then
  fail "slow workflows: the trigger assertion failed too (the webhook must still answer at once)"
else
  echo "ok   slow workflows: $(grep "^SLO FAIL $group: 95th" "$out")"
fi

# 3. Workflows that hang: every one times out as a KO with a clear message, and the run ends by itself.
out="$tmp/hang.out"
users=5
if run hang -Dprofile=smoke -Dusers=$users -Dstandin.workflowHangRatio=1 -DworkflowTimeout=5s; then
  fail "hanging workflows: the run passed"
else
  timeouts=$(error_count "$out" "Polling verdict, found workflow not finished within 5s: status 'running'")
  bound=$(seconds "$(grep -oE 'max duration [0-9ms]+' "$out" | head -1 | cut -d' ' -f3)")
  elapsed=$(grep -oE '[0-9]+s elapsed' "$out" | tail -1 | grep -oE '^[0-9]+')
  if [ "${timeouts:-0}" != "$users" ]; then
    fail "hanging workflows: $users time-outs expected in Gatling's errors, found '${timeouts:-none}'"; grep -E "^> " "$out" | tail -8
  elif [ -z "$elapsed" ] || [ "$bound" -eq 0 ] || [ "$elapsed" -ge "$bound" ]; then
    fail "hanging workflows: the run took ${elapsed:-?} s, not less than its bound of $bound s"
  elif ! grep -q "^SLO FAIL $group: share of failed events (whole run) is less than 1 %" "$out"; then
    fail "hanging workflows: the workflow error-rate assertion did not fail"
  else
    echo "ok   hanging workflows: $timeouts time-outs KO as \"workflow not finished within 5s: status 'running'\", run ended by itself after $elapsed s (bound $bound s)"
  fi
fi

# 4. A failure ratio of 0.2: failed workflows are KO with their error status, and none is taken for a hang.
out="$tmp/failing.out"
users=50
if run failing -Dprofile=smoke -Dusers=$users -Dstandin.workflowFailureRatio=0.2 -Dstandin.workflowConcurrency=$users; then
  fail "failing workflows: the run passed"
else
  failed=$(error_count "$out" "Polling verdict, found workflow failed: status 'error'")
  if [ -z "$failed" ] || [ "$failed" -lt 1 ] || [ "$failed" -gt 25 ]; then
    fail "failing workflows: about $((users / 5)) KOs \"workflow failed: status 'error'\" expected, found ${failed:-none}"; grep -E "^> " "$out" | tail -8
  elif grep -q "not finished within" "$out"; then
    fail "failing workflows: some were reported as time-outs"
  elif ! grep -q "^SLO FAIL $group: share of failed events (whole run) is less than 1 %" "$out"; then
    fail "failing workflows: the workflow error-rate assertion did not fail"
  else
    echo "ok   failing workflows: $failed of $users KO as \"workflow failed: status 'error'\", no time-outs; $(grep "^SLO FAIL $group: share of failed" "$out")"
  fi
fi

finish
