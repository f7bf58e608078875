#!/usr/bin/env bash
# ci/distributed.sh N [Maven -D options...]: one run split over N injector processes on this machine,
# against one stand-in started as its own process, then merged into one run folder.
#
#   ci/distributed.sh 2 -Dprofile=quick -Dusers=20
#
# Each shard is a `./mvnw -B gatling:test` with SHARD_INDEX=i, SHARD_COUNT=N and the same RUN_ID; the
# options after N go to every shard (the users given are the whole run's; each shard takes its share).
# The shards share target/gatling, so each starts once the one before has begun its run (a run finds its
# own log as the first to start after it). Then `./mvnw exec:java@merge` joins their folders.
# Settings: SIMULATION (a simple name under simulations/, default Nfr3BenchmarkSimulation), OUT (the folder
# for the shards' and the merged results, default results/distributed-<run id>), SHARD_BOUND (the most
# seconds a shard may take, default 900). Exits with the merge's code: 0 PASS, 2 FAIL, 3 STOPPED,
# 4 INVALID, 64 bad input.
set -uo pipefail
cd "$(dirname "$0")/.."
. ci/lib.sh

n=${1:-}
if ! [[ $n =~ ^[1-9][0-9]*$ ]] || [ "$n" -gt 16 ]; then
  echo "Usage: ci/distributed.sh N [Maven -D options...]  (N: 1 to 16 shards)" >&2
  exit 64
fi
shift
simulation=${SIMULATION:-Nfr3BenchmarkSimulation}
class=com.salesmachine.loadtest.simulations.$simulation
[ -f "src/test/java/${class//.//}.java" ] || { echo "SIMULATION: '$simulation' is not a simulation under src/test/java/com/salesmachine/loadtest/simulations" >&2; exit 64; }
bound=${SHARD_BOUND:-900}
run_id="lt-$(date -u +%Y%m%d-%H%M%S)-$(printf %04x $((RANDOM % 65536)))"
out=${OUT:-results/distributed-$run_id}
mkdir -p "$out" || { echo "OUT: '$out' cannot be created" >&2; exit 64; }

echo "Building (test-compile) ..."
mvnw_bounded 600 -B -q test-compile dependency:build-classpath -Dmdep.outputFile="$out/classpath" -Dmdep.includeScope=test \
  > "$out/build.out" 2>&1 || { cat "$out/build.out"; echo "the build failed" >&2; exit 1; }
classpath="target/test-classes:target/classes:$(cat "$out/classpath")"

# The stand-in as its own process, with the accounts the shards log in with.
java -Xmx512m -cp "$classpath" com.salesmachine.loadtest.standin.StandInMain --port 0 > "$out/standin.log" 2>&1 &
standin=$!
on_exit "kill $standin 2> /dev/null"
base=
for _ in $(seq 1 150); do
  base=$(grep -o 'http://127.0.0.1:[0-9]*' "$out/standin.log" 2> /dev/null | head -1)
  [ -n "$base" ] && break
  sleep 0.2
done
[ -n "$base" ] || { cat "$out/standin.log"; echo "the stand-in did not start" >&2; exit 1; }
echo "Stand-in at $base; run $run_id over $n shards of $simulation; results in $out"

pids=()
for i in $(seq 0 $((n - 1))); do
  log=$out/shard-$i.out
  timeout --kill-after=30 "$bound" env API_BASE_URL="$base" RUN_ID="$run_id" SHARD_INDEX="$i" SHARD_COUNT="$n" \
    ./mvnw -B gatling:test -Dgatling.simulationClass="$class" -DresultsDir="$out/shard-$i" "$@" > "$log" 2>&1 &
  pids+=($!)
  on_exit "kill ${pids[$i]} 2> /dev/null"
  # The next shard starts once this one's run has begun (or ended, having failed).
  for _ in $(seq 1 900); do
    grep -q "started\.\.\.\|^Verdict: \|BUILD FAILURE\|^ERROR " "$log" 2> /dev/null && break
    kill -0 "${pids[$i]}" 2> /dev/null || break
    sleep 0.2
  done
  echo "  shard $i started ($(grep -c . "$log") lines of output so far)"
done
for i in $(seq 0 $((n - 1))); do
  code=0
  wait "${pids[$i]}" || code=$?
  echo "  shard $i: Maven exit $code$(grep -o '^Verdict: .*' "$out/shard-$i.out" | tail -1 | sed 's/^/, /')"
done

shards=$(seq -s, -f "$out/shard-%g" 0 $((n - 1)))
timeout 300 ./mvnw -q -B exec:java@merge -Dshards="$shards" -DshardCount="$n" -DresultsDir="$out/merged"
