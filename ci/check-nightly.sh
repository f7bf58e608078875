#!/usr/bin/env bash
# Proves the nightly can be trusted: the workflow passes actionlint, and ci/nightly.sh (what each
# matrix job runs) produces the run folder, job summary, baseline history and exit codes the
# workflow acts on, against the stand-in (short runs with real concurrency, so p95s are stable).
set -uo pipefail
cd "$(dirname "$0")/.."
. ci/lib.sh

npm ci --prefix ci --no-fund --no-audit --loglevel=error > /dev/null || { fail "npm ci --prefix ci"; finish; }
if out=$(node ci/validate-workflows.mjs .github/workflows/*.yml); then echo "ok   $out"; else fail "$out"; fi

new_tmp_dir work

# The local reproduction as a developer runs it first: smoke profile, stand-in, empty history.
if PROFILE=smoke BASELINE_DIR="$work/smoke-baseline" OUT_DIR="$work/smoke-out" \
    bash ci/nightly.sh Nfr3BenchmarkSimulation > "$work/smoke.log" 2>&1; then
  echo "ok   smoke reproduction: $(tail -1 "$work/smoke.log")"
else
  fail "smoke reproduction: exit $?"; tail -30 "$work/smoke.log"
fi
export PROFILE=quick USERS=10 RAMP_UP=2s DURATION=8s THINK_TIME=200ms
export BASELINE_DIR="$work/baseline" OUT_DIR="$work/out"
# Service times without spread, so runs differ only by what a case changes (and machine noise).
steady="login=30/30,prospects.list=40/40,prospects.create=30/30,prospects.get=15/15"
steady="$steady,campaigns.list=40/40,campaigns.create=50/50,dashboard=80/80"

nightly() { # label, expected exit, extra stand-in latency
  STANDIN_LATENCY="$steady$3" bash ci/nightly.sh Nfr3BenchmarkSimulation > "$work/$1.log" 2>&1
  local code=$?
  if [ "$code" = "$2" ]; then echo "ok   $1: exit $code, $(tail -1 "$work/$1.log")"; else
    fail "$1: exit $code, expected $2"; tail -30 "$work/$1.log"; fi
}
history() { ls -d "$BASELINE_DIR"/*/ 2>/dev/null | wc -l; }

nightly "first run, no baseline yet" 0 ""
for f in run/index.html run/summary.json run/report.md run/slo-junit.xml job-summary.md outcome; do
  [ -s "$OUT_DIR/$f" ] || fail "first run: $OUT_DIR/$f is missing"
done
grep -q "No baseline yet" "$OUT_DIR/job-summary.md" || fail "first run: the job summary does not say there is no baseline"
[ "$(history)" = 1 ] || fail "first run: the history holds $(history) runs, expected 1"

nightly "second run, same service times" 0 ""
grep -q "p95 comparison" "$OUT_DIR/job-summary.md" || fail "second run: no comparison in the job summary"
[ "$(history)" = 2 ] || fail "second run: the history holds $(history) runs, expected 2"

nightly "dashboard 200 ms slower" 3 ",dashboard=+200"
grep -q "REGRESSION" "$OUT_DIR/job-summary.md" || fail "regression: the job summary shows no regression"
[ "$(history)" = 2 ] || fail "regression: a regressed run joined the history"

nightly "dashboard 600 ms slower" 2 ",dashboard=+600"
grep -q "Verdict: FAIL" "$OUT_DIR/job-summary.md" || fail "SLO failure: the job summary does not say FAIL"
[ "$(history)" = 2 ] || fail "SLO failure: a failing run joined the history"

# Bad input reaches the nightly's caller as 64 (bad-input), not as 2 (an SLO failed), although Maven exits 1 for both.
USERS=0 bash ci/nightly.sh Nfr3BenchmarkSimulation > "$work/refused.log" 2>&1
code=$?
if [ "$code" = 64 ] && grep -qx "bad-input" "$OUT_DIR/outcome"; then
  echo "ok   refused settings: exit 64, $(grep '^nightly: refused' "$work/refused.log" | head -1)"
else
  fail "refused settings: exit $code, outcome $(cat "$OUT_DIR/outcome" 2>/dev/null), expected 64 and bad-input"
  tail -20 "$work/refused.log"
fi

if bash ci/nightly.sh NoSuchSimulation > "$work/bad.log" 2>&1; then fail "an unknown simulation was accepted"
else echo "ok   unknown simulation: exit $?, $(grep '^ERROR' "$work/bad.log" | head -1)"; fi

finish
