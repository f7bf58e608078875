#!/usr/bin/env bash
# Proves that a run split over injectors merges into one run (ci/distributed.sh, `exec:java@merge`):
# - two shards of Nfr3BenchmarkSimulation against one stand-in merge into one run folder whose request
#   count is the sum of the shards' and whose steady window's count and p50/p95/p99 (exact nearest
#   ranks) equal those of both shards' logs' requests in that window, read on their own
#   (LogCountCommand --window); the shard table lists both, valid, under one run id; report.md has it;
# - merging one shard of two makes the merged run INVALID (exit 4), naming the missing shard;
# - the Kubernetes manifests under ci/k8s pass the Kubernetes schemas (ci/validate-k8s.mjs), and a
#   broken copy does not (the workflow, .github/workflows/distributed.yml, is linted by check-nightly.sh).
set -uo pipefail
cd "$(dirname "$0")/.."
. ci/lib.sh
require_jq || finish

new_tmp_dir tmp
[ -d ci/node_modules/kubernetes-models ] || npm ci --prefix ci --no-fund --no-audit --loglevel=error > /dev/null \
  || { fail "npm ci --prefix ci"; finish; }
if out=$(node ci/validate-k8s.mjs ci/k8s/*.yaml); then ok "$out"; else fail "$out"; fi
sed 's/completions: 4/completions: four/' ci/k8s/shards-job.yaml > "$tmp/broken.yaml"
if out=$(node ci/validate-k8s.mjs "$tmp/broken.yaml"); then
  fail "a Job whose completions is not a number passed the Kubernetes schemas: $out"
else
  ok "a broken manifest is refused: $(head -1 <<< "$out" | sed "s|$tmp/||")"
fi
out=$tmp/run
OUT=$out SHARD_BOUND=240 bash ci/distributed.sh 2 -Dprofile=quick -Dusers=10 -Dduration=12s > "$tmp/distributed.out" 2>&1
code=$?
merged=$(ls -d "$out"/merged/*/ 2> /dev/null | head -1)
if [ -z "$merged" ] || [ ! -f "$merged/summary.json" ]; then
  tail -40 "$tmp/distributed.out"
  fail "two shards: no merged run folder (exit $code)"
  finish
fi
shard_runs=("$out"/shard-0/*/ "$out"/shard-1/*/)
sum=0
for run in "${shard_runs[@]}"; do
  sum=$((sum + $(summary_field "$run" .global.count)))
done
count=$(summary_field "$merged" .global.count)
read -r p50 p95 p99 <<< "$(summary_field "$merged" '[.global.p50, .global.p95, .global.p99] | @tsv')"
# The merged steady window's figures are exact (nearest ranks): they must be those of both logs' requests
# that started in that window, read here on their own. (The whole run's are Gatling's t-digest, which
# can differ from one reading of the same records to the next: shown beside, not judged.)
read -r from to steady_count s50 s95 s99 <<< "$(summary_field "$merged" \
  '[.steady.fromSeconds, .steady.toSeconds, .steady.global.count, .steady.global.p50, .steady.global.p95, .steady.global.p99] | @tsv')"
line=$(java -cp "target/test-classes:target/classes:$(cat "$out/classpath")" \
  com.salesmachine.loadtest.results.LogCountCommand --gatling --window "$from" "$to" "${shard_runs[@]}")
field() { sed -E "s/.*[ ^]$1=([0-9]+).*/\1/" <<< " $line"; }
shards=$(summary_field "$merged" '[.shards[] | select(.missing == false and .valid == true)] | length')
run_ids=$(jq -r .runId "$merged/summary.json" "${shard_runs[0]}summary.json" "${shard_runs[1]}summary.json" | sort -u | wc -l)
if [ "$code" != 0 ]; then
  tail -20 "$tmp/distributed.out"
  fail "two shards: the merged run is not PASS (exit $code)"
elif [ "$count" != "$sum" ] || [ "$count" != "$(field requests)" ]; then
  fail "two shards: the merged run has $count requests; the shards' summaries $sum, their logs $(field requests)"
elif [ "$steady_count/$s50/$s95/$s99" != "$(field windowRequests)/$(field windowP50)/$(field windowP95)/$(field windowP99)" ]; then
  fail "two shards: merged steady window ($from-$to s) $steady_count requests, p50/p95/p99 $s50/$s95/$s99 ms; both logs' requests in it $(field windowRequests), $(field windowP50)/$(field windowP95)/$(field windowP99) ms"
elif [ "$shards" != 2 ] || [ "$run_ids" != 1 ]; then
  fail "two shards: $shards valid shards in the shard table, $run_ids run ids among the merged run and its shards"
elif ! grep -q "^## Shards" "$merged/report.md" || [ ! -f "$merged/index.html" ]; then
  fail "two shards: report.md has no Shards section, or the HTML report is missing"
else
  ok "two shards: $count requests = $sum of the shards; steady window $steady_count requests, p50/p95/p99 $s50/$s95/$s99 ms = both logs' requests in it; whole run $p50/$p95/$p99 ms (Gatling's; another reading of both logs $(field gatlingP50)/$(field gatlingP95)/$(field gatlingP99), exact ranks $(field p50)/$(field p95)/$(field p99) ms); one run id, both shards valid"
fi

mvnw_bounded 120 -q -B exec:java@merge -Dshards="$out/shard-0" -DshardCount=2 -DresultsDir="$tmp/missing" > "$tmp/missing.out" 2>&1
code=$?
if [ "$code" = 4 ] && grep -q "^Verdict: INVALID: shard 1 of 2 is missing" "$tmp/missing.out"; then
  ok "one shard of two: INVALID, exit 4: $(grep -o 'shard 1 of 2 is missing[^;]*' "$tmp/missing.out" | head -1)"
else
  tail -10 "$tmp/missing.out"
  fail "one shard of two: exit $code, not INVALID naming shard 1"
fi

finish
