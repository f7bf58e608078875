#!/usr/bin/env bash
# Proves the capacity profiles through the real `./mvnw gatling:test` command against the embedded
# stand-in (about 90 s):
# - stop criteria: a stress run with the dashboard slowed to 700 ms (SLO: p95 < 500 ms) stops its own
#   injection within its sliding window plus a few seconds, far before its staircase would end, with
#   the STOPPED verdict and exit code 3 (in summary.json; Maven itself exits 1), a console line saying
#   when and why, summary.json's `stopped` and `steps`, report.md and slo-junit.xml saying it too, and
#   the watchdog's users in no figure;
# - the spike profile: a short spike on a stand-in with two database connections reports its spike
#   and a recovery time in summary.json and report.md.
set -uo pipefail
cd "$(dirname "$0")/.."
. ci/lib.sh
require_jq || finish

new_tmp_dir results
nfr3=com.salesmachine.loadtest.simulations.Nfr3BenchmarkSimulation
run() { # label, settings...; prints the run's folder, leaves the output in $results/<label>.out
  local label=$1
  shift
  mvnw_bounded 300 -B gatling:test -Dgatling.simulationClass="$nfr3" -DresultsDir="$results/$label" "$@" \
    > "$results/$label.out" 2>&1
  echo $? > "$results/$label.exit"
  ls -td "$results/$label"/*/ 2>/dev/null | head -1
}

# 1. A stress run that breaks NFR3's dashboard SLO from its first step: 1 s ramp-up, steps of 10 s
# (7 planned: 71 s of injection), a 5 s window.
ramp=1 window=5 planned=71
stress=$(run stress -Dprofile=stress -Dusers=12 -DthinkTime=200ms -DrampUp=${ramp}s -DstressStep=10s \
  -DstopWindow=${window}s -Dstandin.fixedLatency=dashboard:700)
out="$results/stress.out"
if [ -z "$stress" ] || [ ! -f "$stress/summary.json" ]; then
  fail "stress: no results folder"; tail -30 "$out"
else
  verdict=$(summary_field "$stress" .verdict)
  code=$(summary_field "$stress" .exitCode)
  maven=$(cat "$results/stress.exit")
  after=$(summary_field "$stress" .stopped.afterSeconds)
  reason=$(summary_field "$stress" .stopped.reason)
  line=$(grep -E '^Stopped at [0-9]{2}:[0-9]{2}:[0-9]{2}: ' "$out" | tail -1)
  if [ "$verdict" != STOPPED ] || [ "$code" != 3 ] || [ "$maven" = 0 ]; then
    fail "stress: verdict $verdict, exitCode $code, Maven exit $maven (want STOPPED, 3, non-zero)"; grep -E '^(SLO|Verdict)' "$out"
  elif [ "$after" = null ] || [ "$(jq -n --argjson a "$after" --argjson b $((ramp + window + 6)) '$a <= $b')" != true ]; then
    fail "stress: stopped ${after} s after the injection's start; want within the ramp-up ($ramp s), the window ($window s) and 6 s"
  elif [ -z "$line" ] || [ "$line" != "Stopped at ${line:11:8}: $reason" ] \
    || ! [[ $reason =~ ^p95\ of\ Check\ the\ dashboard\ /\ Get\ dashboard\ [0-9]+\ ms\ over\ 5\ s\ at\ [0-9]+\ users$ ]]; then
    fail "stress: the console's stop line '${line}' does not say the summary's reason '${reason}'"
  elif ! grep -q "^Verdict: STOPPED at ${line:11:8}: $reason\$" "$out"; then
    fail "stress: no 'Verdict: STOPPED ...' line naming the stop"
  else
    ok "stress: $line (after $after s of a planned $planned s); summary.json STOPPED, exitCode 3, Maven exit $maven"
  fi
  duration=$(summary_field "$stress" .durationSeconds)
  steps=$(summary_field "$stress" '.steps | length')
  first=$(summary_field "$stress" '.steps[0] | "\(.intendedUsers) intended, \(.achievedUsers) achieved"')
  sessions=$(summary_field "$stress" '.work[] | select(.name == "sessions finished") | "\(.intended) \(.judged)"')
  peak=$(summary_field "$stress" .concurrency.peakUsers)
  if [ "$(jq -n --argjson d "$duration" --argjson p "$planned" '$d < $p / 2')" != true ]; then
    fail "stress: the run lasted $duration s, not much shorter than its planned $planned s of injection"
  elif [ "$steps" != 7 ]; then
    fail "stress: summary.json has $steps steps, want the 7 planned"
  elif [ "${sessions#* }" != false ] || [ "${sessions%% *}" -gt 200 ] || [ "$peak" -gt 100 ]; then
    fail "stress: the watchdog's users count in the figures (sessions: $sessions, peak users $peak)"
  else
    ok "stress: lasted $duration s; steps in summary.json (first: $first); users started ${sessions%% *}, peak $peak: no watchdog user counted"
  fi
  if ! grep -q '^\*\*Verdict: STOPPED\*\*: stop criteria stopped the injection at ' "$stress/report.md" \
    || ! grep -q '^## Steps' "$stress/report.md"; then
    fail "stress: report.md does not say STOPPED with its steps"
  elif ! grep -q 'type="STOPPED"' "$stress/slo-junit.xml"; then
    fail "stress: slo-junit.xml has no STOPPED failure"
  else
    ok "stress: report.md says STOPPED with its steps, slo-junit.xml fails its stop case"
  fi
fi

# 2. A short spike (4 to 20 users) on two database connections: the spike and a recovery time.
spike=$(run spike -Dprofile=spike -Dusers=4 -DthinkTime=200ms -DrampUp=1s -DspikeHold=4s -DspikeRecovery=15s \
  -DstopWindow=${window}s -Dstandin.dbPoolSize=2)
if [ -z "$spike" ] || [ ! -f "$spike/summary.json" ]; then
  fail "spike: no results folder"; tail -30 "$results/spike.out"
else
  recovery=$(summary_field "$spike" .spike.recoverySeconds)
  words=$(summary_field "$spike" .spike.recovery)
  peak_step=$(summary_field "$spike" '.steps[1] | "\(.intendedUsers) users, p95 \(.p95Ms) ms"')
  if [ "$recovery" = null ] || [ -z "$recovery" ]; then
    fail "spike: no recovery time in summary.json (${words:-no spike})"
  elif ! grep -qF "**Recovery**: $words." "$spike/report.md"; then
    fail "spike: report.md does not give the recovery ($words)"
  else
    ok "spike: $words (spike step: $peak_step); in summary.json and report.md"
  fi
fi
finish
