#!/usr/bin/env bash
# One nightly job: run one simulation, compare it with the baseline history, write what the
# workflow publishes. The GitHub Actions nightly runs exactly this; run it locally to reproduce a job.
#
#   ci/nightly.sh <Simulation>            e.g. ci/nightly.sh Nfr3BenchmarkSimulation
#
# Environment (all optional):
#   PROFILE        load profile (default: load)
#   BASELINE_DIR   baseline history: summaries of earlier passing runs (default: .nightly/baseline)
#   OUT_DIR        what the job publishes (default: .nightly/out)
#   BASELINE_RUNS  how many of the newest baseline runs make the median (default: 5)
#   HISTORY_KEEP   how many passing runs the history keeps (default: 10)
#   and every suite setting (API_BASE_URL, API_KEY, TEST_USERS_FILE, ...; see the README).
#
# Writes OUT_DIR/run/ (the run's results folder: HTML report, summary.json, report.md,
# slo-junit.xml, comparison.md), OUT_DIR/job-summary.md (report and comparison, for the job
# summary) and OUT_DIR/outcome (one word).
# Exit: 0 passed; 2 an SLO failed; 3 p95 regressed against the baseline; 4 the run is INVALID (it
# achieved less than it intended, or the injector was saturated: summary.json's validity says why); 64 bad arguments;
# 1 the run or the comparison could not be made, or did not end in time (the log's ERROR line says why).
set -uo pipefail
cd "$(dirname "$0")/.."
. ci/lib.sh

simulation=${1:-}
profile=${PROFILE:-load}
baseline_dir=${BASELINE_DIR:-.nightly/baseline}
out_dir=${OUT_DIR:-.nightly/out}
baseline_runs=${BASELINE_RUNS:-5}
history_keep=${HISTORY_KEEP:-10}
results_dir=${RESULTS_DIR:-results}
# Bounds of the ./mvnw calls. The suite stops each run itself (the longest, LinkedIn scraping on the
# load profile, after about 11 minutes); 35 leave room for Maven and its downloads, and end before
# the job's own 40-minute time-out, so the job still publishes what it has.
run_bound=2100
# The summary.json schema versions this suite reads (docs/RESULTS.md: it writes 3, and reads 2 too);
# the baseline keeps only those.
summary_schemas='[2, 3]'
compare_bound=300

end_job() { # outcome, exit code
  echo "$1" > "$out_dir/outcome"
  echo "nightly: $simulation ($profile): $1"
  exit "$2"
}

mkdir -p "$out_dir" "$baseline_dir"
rm -rf "${out_dir:?}/run" "$out_dir/job-summary.md" "$out_dir/outcome"
if ! ci/list-simulations.sh "$simulation" > /dev/null || [ -z "$simulation" ]; then
  [ -z "$simulation" ] && echo "ERROR usage: ci/nightly.sh <Simulation>; one of $(ci/list-simulations.sh all)" >&2
  end_job bad-input 64
fi
for n in "$baseline_runs" "$history_keep"; do
  if ! [[ "$n" =~ ^[1-9][0-9]*$ ]]; then
    echo "ERROR BASELINE_RUNS and HISTORY_KEEP must be positive whole numbers, got '$n'" >&2
    end_job bad-input 64
  fi
done
require_jq || end_job run-failed 1

# 1. The run. Its results folder is the one whose summary.json is newer than this marker.
marker="$out_dir/.started"
touch "$marker"
sleep 1
mvnw_bounded $run_bound -B gatling:test -Dgatling.simulationClass="com.salesmachine.loadtest.simulations.$simulation" \
  -Dprofile="$profile"
gatling_exit=$?
if [ "$gatling_exit" = 124 ]; then
  echo "ERROR the run did not end within $run_bound s and was stopped" >&2
  end_job run-failed 1
fi
# Maven exits 1 for a refusal and for a failed SLO alike; the suite leaves its refusal line here.
if [ "$gatling_exit" != 0 ] && [ target/refused.txt -nt "$marker" ]; then
  echo "nightly: refused before any load: $(cat target/refused.txt)" >&2
  end_job bad-input 64
fi
run=$(find "$results_dir" -mindepth 2 -maxdepth 2 -name summary.json -newer "$marker" 2>/dev/null \
  | grep -i "/${simulation}-" | sort | tail -1 | xargs -r dirname)
if [ -z "$run" ]; then
  echo "ERROR no results folder for $simulation in $results_dir after the run (Maven exit $gatling_exit)" >&2
  end_job run-failed 1
fi
cp -r "$run" "$out_dir/run"
verdict=$(summary_field "$run" .verdict)
passed=false
[ "$verdict" = PASS ] && passed=true

# 2. The comparison with earlier passing runs of the same simulation and profile.
has_baseline=false
for s in "$baseline_dir"/*/summary.json; do
  [ -f "$s" ] || continue
  # Summaries of another schema version (an older suite's) cannot be compared with; they are skipped.
  if summary_field "$s" '.simulation == $s and .profile == $p and (.schemaVersion | IN($v[]))' -e --arg s "$simulation" --arg p "$profile" --argjson v "$summary_schemas" > /dev/null 2>&1; then
    has_baseline=true
  fi
done
compare_exit=0
if $has_baseline; then
  mvnw_bounded $compare_bound -B -q test-compile exec:java@compare -Dsummary="$run" -DresultsDir="$baseline_dir" \
    -DbaselineRuns="$baseline_runs" > "$out_dir/compare.out" 2>&1
  compare_exit=$?
  cat "$out_dir/compare.out"
  cp "$run/comparison.md" "$out_dir/run/comparison.md" 2>/dev/null
else
  printf 'No baseline yet: no earlier passing %s run on profile `%s` in the history.\n' \
    "$simulation" "$profile" > "$out_dir/run/comparison.md"
fi

# 3. What the job publishes.
{
  cat "$run/report.md"
  printf '\n## Comparison with earlier nightly runs\n\n'
  cat "$out_dir/run/comparison.md" 2>/dev/null || sed -n '/^ERROR/p' "$out_dir/compare.out"
} > "$out_dir/job-summary.md"

# 4. A passing run without regression joins the baseline history (only its summary is kept).
if $passed && [ "$compare_exit" = 0 ]; then
  mkdir -p "$baseline_dir/$(basename "$run")"
  cp "$run/summary.json" "$baseline_dir/$(basename "$run")/summary.json"
  ls -d "$baseline_dir"/*/ 2>/dev/null | sort -t- -k2 -r | tail -n +"$((history_keep + 1))" | xargs -r rm -rf
fi

if [ "$verdict" = INVALID ]; then end_job invalid 4; fi
if ! $passed; then end_job slo-failed 2; fi
case $compare_exit in
  0) end_job passed 0 ;;
  3) end_job regression 3 ;;
  *) echo "ERROR the comparison could not be made (exit $compare_exit)" >&2; end_job compare-failed 1 ;;
esac
