#!/usr/bin/env bash
# Proves the report and compare commands on real runs: a run compared with itself is clean (exit 0); a run with
# the stand-in's dashboard slowed by 200 ms is flagged on exactly that endpoint (exit 3); a corrupt
# or missing summary is unusable input (exit 64).
set -uo pipefail
cd "$(dirname "$0")/.."
. ci/lib.sh

sim=com.salesmachine.loadtest.simulations.Nfr3BenchmarkSimulation
new_tmp_dir results
# Service times without spread, so the two runs differ by the 200 ms and by machine noise only.
steady="login=30/30,prospects.list=40/40,prospects.create=30/30,prospects.get=15/15"
steady="$steady,campaigns.list=40/40,campaigns.create=50/50,dashboard=80/80"
load=(-Dprofile=quick -Dusers=10 -DrampUp=2s -Dduration=8s -DthinkTime=200ms -DresultsDir="$results")

run() { # label, extra stand-in latency: sets $folder to the run's results folder; a failed run ends the script
  # Bounded: a 10 s run, plus Maven and compiling.
  if ! mvnw_bounded 600 -B -q gatling:test -Dgatling.simulationClass=$sim "${load[@]}" "-Dstandin.latency=$steady$2" \
      > "$results/$1.out" 2>&1; then
    fail "the $1 run failed"; tail -30 "$results/$1.out"; finish
  fi
  folder=$(ls -td "$results"/nfr3benchmarksimulation-* | head -1)
}
compare() { # summary, baseline
  mvnw_bounded 300 -B -q test-compile exec:java@compare -Dsummary="$1" -Dbaseline="$2" -DresultsDir="$results" 2>&1
}

check() { # label, expected exit, actual exit, output
  if [ "$2" = "$3" ]; then echo "ok   $1 (exit $3)"; else
    fail "$1: exit $3, expected $2"; echo "$4" | tail -25; fi
}

# Not inside $(...): a failed run must end this script, not a subshell.
run baseline ""
baseline=$folder
run slowed ",dashboard=+200"
slowed=$folder

out=$(compare "$baseline" "$baseline"); code=$?
check "a run against itself" 0 $code "$out"

out=$(compare "$slowed" "$baseline"); code=$?
check "the dashboard slowed by 200 ms" 3 $code "$out"
# Table rows: | Kind | Path | Baseline | Current | Delta | Delta % | Verdict |
flagged=$(echo "$out" | awk -F' [|] ' '/^[|] (request|group) [|]/ && /REGRESSION/ {print $1 ": " $2}' | sed 's/^| //')
requests=$(echo "$flagged" | sed -n 's/^request: //p')
groups=$(echo "$flagged" | sed -n 's/^group: //p')
# The dashboard's own group (it holds only that request) regresses with it; nothing else may.
if [ "$requests" != "Check the dashboard / Get dashboard" ] || [ "$groups" != "Check the dashboard" ]; then
  fail "flagged requests [$requests] and groups [$groups]; expected only the dashboard and its group"
  echo "$out"
else
  echo "ok   flagged: $(echo "$flagged" | paste -sd ';' -)"
fi

rm -f "$baseline/report.md"
out=$(mvnw_bounded 300 -B -q test-compile exec:java@report -Dsummary="$baseline" 2>&1); code=$?
if [ -s "$baseline/report.md" ] && ! grep -q TBD "$baseline/report.md"; then
  check "report rebuilds report.md" 0 $code "$out"
else
  fail "report did not rebuild $baseline/report.md"
fi

corrupt="$results/corrupt"; mkdir -p "$corrupt"; echo '{"schemaVersion": 1, "simulation": ' > "$corrupt/summary.json"
out=$(compare "$corrupt" "$baseline"); code=$?
check "a corrupt summary: $(echo "$out" | grep '^ERROR' | head -1)" 64 $code "$out"
out=$(compare "$results/absent" "$baseline"); code=$?
check "a missing summary: $(echo "$out" | grep '^ERROR' | head -1)" 64 $code "$out"

finish
