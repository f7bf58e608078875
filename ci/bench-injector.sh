#!/usr/bin/env bash
# Benchmark (not part of .ci/run): what the suite's own checks cost on the injector, against bare
# Gatling and wrk, and whether the stand-in keeps up. One run, on an otherwise idle machine:
#
#   ci/bench-injector.sh            # the comparison (about 9 min), then the 10,000-user run (about 4 min)
#   ci/bench-injector.sh --compare  # the comparison only
#   ci/bench-injector.sh --scale    # the 10,000-user run only
#
# The stand-in runs as its own process (java -Xmx512m, service times off: standin.latencyFactor=0)
# on a free loopback port. The comparison, $BENCH_USERS (64) connections or users, no think time,
# $BENCH_SECONDS (30) s each:
#   wrk      GET /dashboard only (wrk from Debian's packages, installed when missing)
#   bare     testing/BareNfr3Simulation: the NFR3 benchmark's six calls, status checks only
#   suite    Nfr3BenchmarkSimulation, every check, feeder and metric on (the soak profile: the users
#            held for the duration, no ramps)
# bare and suite run $BENCH_ROUNDS (3) times each, alternating which goes first, each on a fresh
# stand-in after a one-user run of its class; the goals are judged on the median of the rounds'
# ratios (every round is printed): these machines' speed drifts by a third from minute to minute.
# A simulation's CPU is that of the whole ./mvnw gatling:test process tree (user + system, from
# /usr/bin/time) minus the least of its class's one-user runs (Maven, JVM start-up, the reports), divided
# by the requests beyond that run's (counted from simulation.log); throughput is requests over the
# first request's start to the last one's end. The stand-in's CPU over each run is printed beside.
#
# The 10,000-user run: Nfr3BenchmarkSimulation on the scale profile (10,000 users, 5 s think time,
# 60 s ramp-up, 60 s held) on the pom's injector heap (-Xmx768m), against the stand-in at -Xmx512m:
# its errors, steady p95, the requests it achieved against those its users meant to send over the
# steady window, the injector's heap, and the stand-in's resident memory and heap after it.
#
# Prints the figures and the ratios against the goals (suite CPU per request <= 1.3x bare, suite
# throughput >= 0.9x bare, wrk >= 20,000 req/s; the 10,000-user run without errors, steady p95 under
# 50 ms, at least 98 % of its intended requests, the injector within 768 MB and the stand-in within
# 512 MB); exits 1 when a goal is missed.
set -u
cd "$(dirname "$0")/.."
. ci/lib.sh

USERS=${BENCH_USERS:-64}
SECONDS_EACH=${BENCH_SECONDS:-30}
ROUNDS=${BENCH_ROUNDS:-3}
SCALE_USERS=${BENCH_SCALE_USERS:-10000}
# Extra JVM flags for both simulations' Gatling JVM (comma-separated, as -Dgatling.jvmArgs takes them):
# to measure what a JIT or GC setting does to both, e.g. BENCH_JVM_ARGS=-XX:TieredStopAtLevel=1.
JVM_ARGS=${BENCH_JVM_ARGS:-}
mode=${1:-all}
case $mode in
  all | --compare | --scale) ;;
  *) echo "Usage: ci/bench-injector.sh [--compare | --scale]" >&2; exit 64 ;;
esac

require_jq || finish
if ! command -v wrk > /dev/null; then
  echo "wrk is missing; installing it: apt-get install -y wrk" >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y wrk > /dev/null 2>&1 \
    || { fail "wrk is needed and 'apt-get install -y wrk' did not install it; install wrk and run again"; finish; }
fi
[ -x /usr/bin/time ] || { fail "/usr/bin/time is needed (Debian package time)"; finish; }

new_tmp_dir tmp
echo "Building (test-compile) ..."
mvnw_bounded 600 -B -q test-compile dependency:build-classpath -Dmdep.outputFile="$tmp/cp" -Dmdep.includeScope=test \
  > "$tmp/build.out" 2>&1 || { cat "$tmp/build.out"; fail "the build failed"; finish; }
classpath="target/test-classes:target/classes:$(cat "$tmp/cp")"

ticks=$(getconf CLK_TCK)
cpu_of() { # pid: user + system CPU in seconds so far
  awk -v t="$ticks" '{ print ($14 + $15) / t }' "/proc/$1/stat"
}

standin_pid=
start_standin() { # label, extra java options...
  local label=$1
  shift
  java -Xmx512m "$@" -cp "$classpath" -Dstandin.latencyFactor=0 \
    com.salesmachine.loadtest.standin.StandInMain --port 0 > "$tmp/standin-$label.log" 2>&1 &
  standin_pid=$!
  on_exit "kill $standin_pid 2> /dev/null"
  local i
  for i in $(seq 1 100); do
    base=$(grep -o 'http://127.0.0.1:[0-9]*' "$tmp/standin-$label.log" 2> /dev/null | head -1)
    [ -n "$base" ] && return 0
    sleep 0.2
  done
  cat "$tmp/standin-$label.log"
  fail "the stand-in did not start"
  finish
}
stop_standin() {
  kill "$standin_pid" 2> /dev/null
  wait "$standin_pid" 2> /dev/null
}

token() {
  local user
  user=$(jq -c '.[0] | {email, password}' user-files/resources/test-users.json)
  curl -sf -X POST -H 'Content-Type: application/json' -d "$user" "$base/auth/login" | jq -r .token
}

# run_sim LABEL CLASS SETTINGS...: one ./mvnw gatling:test; sets cpu, requests, ko, seconds, standin_cpu
run_sim() {
  local label=$1 class=$2 before after folder counts
  shift 2
  before=$(cpu_of "$standin_pid")
  rm -rf target/gatling/"$(echo "${class##*.}" | tr '[:upper:]' '[:lower:]')"-*
  /usr/bin/time -f '%U %S' -o "$tmp/$label.time" \
    env API_BASE_URL="$base" ./mvnw -B gatling:test -Dgatling.simulationClass="$class" \
    -DresultsDir="$tmp/results" -DinjectorMaxMachineCpuPercent=100 -DinjectorMaxCpuPercent=100 \
    ${JVM_ARGS:+-Dgatling.jvmArgs="$JVM_ARGS"} "$@" \
    > "$tmp/$label.out" 2>&1
  local code=$?
  after=$(cpu_of "$standin_pid")
  standin_cpu=$(echo "$after - $before" | bc -l)
  cpu=$(tail -1 "$tmp/$label.time" | awk '{ print $1 + $2 }')
  folder=$(ls -d target/gatling/"$(echo "${class##*.}" | tr '[:upper:]' '[:lower:]')"-* 2> /dev/null | tail -1)
  if [ -z "$folder" ]; then
    tail -20 "$tmp/$label.out"
    fail "$label wrote no run folder"
    finish
  fi
  counts=$(java -cp "$classpath" com.salesmachine.loadtest.results.LogCountCommand "$folder")
  requests=$(sed -E 's/.*requests=([0-9]+).*/\1/' <<< "$counts")
  ko=$(sed -E 's/.* ko=([0-9]+).*/\1/' <<< "$counts")
  seconds=$(sed -E 's/.*seconds=([0-9.]+).*/\1/' <<< "$counts")
  cp -r "$folder" "$tmp/$label-run"
  echo "  $label: exit $code$(grep -o 'Verdict: [A-Z]*' "$tmp/$label.out" | tail -1 | sed 's/^/, /'); $requests requests, $(printf %.1f "$cpu") s CPU"
}

goal() { # description, condition (bc)
  if [ "$(echo "$2" | bc -l)" = 1 ]; then ok "$1"; else fail "$1"; fi
}

compare() {
  start_standin compare
  echo "Stand-in at $base (java -Xmx512m, standin.latencyFactor=0); $USERS users or connections, ${SECONDS_EACH} s each"
  [ -z "$JVM_ARGS" ] || echo "Both simulations' Gatling JVM with the pom's flags and $JVM_ARGS (BENCH_JVM_ARGS)"
  local t
  t=$(token)
  [ -n "$t" ] && [ "$t" != null ] || { fail "cannot log in to the stand-in"; finish; }
  wrk -t2 -c"$USERS" -d2s -H "Authorization: Bearer $t" "$base/dashboard" > /dev/null # warm-up
  local before
  before=$(cpu_of "$standin_pid")
  /usr/bin/time -f '%U %S' -o "$tmp/wrk.time" \
    wrk -t2 -c"$USERS" -d"${SECONDS_EACH}s" -H "Authorization: Bearer $t" "$base/dashboard" > "$tmp/wrk.out"
  wrk_standin=$(echo "$(cpu_of "$standin_pid") - $before" | bc -l)
  wrk_requests=$(awk '/requests in/ { print $1 }' "$tmp/wrk.out")
  wrk_rate=$(awk '/^Requests\/sec/ { print $2 }' "$tmp/wrk.out")
  wrk_errors=$(awk '/Non-2xx|Socket errors/ { print }' "$tmp/wrk.out")
  wrk_cpu=$(awk '{ print $1 + $2 }' "$tmp/wrk.time")
  echo "  wrk: $wrk_requests requests, $wrk_rate req/s${wrk_errors:+, $wrk_errors}"

  stop_standin
  local sim round order rows=() cpu_ratios=() rate_ratios=() errors=0 class extra reports
  declare -A raw_cpu raw_requests raw_ko raw_rate raw_standin one_cpu one_requests
  for round in $(seq 1 "$ROUNDS"); do
    # Alternate which goes first, so that a drift of the machine does not favour one.
    if [ $((round % 2)) = 1 ]; then order="bare suite"; else order="suite bare"; fi
    for sim in $order; do
      # A fresh stand-in for each run: its store grows with every prospect and campaign created,
      # and a listing's work with its owner's items, so no run inherits another's data. A one-user
      # run of the class first: what a run costs before its load (Maven, JVM start-up, the reports).
      start_standin "$sim-$round"
      sim_settings "$sim"
      run_sim "$sim-one-user-$round" "$class" -Dprofile=smoke "${reports[@]}"
      one_cpu[$sim,$round]=$cpu one_requests[$sim,$round]=$requests
      run_sim "$sim-$round" "$class" "${extra[@]}"
      raw_cpu[$sim,$round]=$cpu raw_requests[$sim,$round]=$requests raw_ko[$sim,$round]=$ko
      raw_rate[$sim,$round]=$(echo "$requests / $seconds" | bc -l) raw_standin[$sim,$round]=$standin_cpu
      errors=$((errors + ko))
      stop_standin
    done
  done

  # What is subtracted: the least CPU of a class's one-user runs. Its work is the same every time,
  # and what these machines add to a run's CPU time from minute to minute (a third, at times twice
  # the run's own) only ever adds, so the least of them is the nearest to what that work costs.
  for sim in bare suite; do
    local least=
    for round in $(seq 1 "$ROUNDS"); do
      if [ -z "$least" ] || [ "$(echo "${one_cpu[$sim,$round]} < ${one_cpu[$sim,$least]}" | bc -l)" = 1 ]; then
        least=$round
      fi
    done
    printf -v "${sim}_base_cpu" %s "${one_cpu[$sim,$least]}"
    printf -v "${sim}_base_requests" %s "${one_requests[$sim,$least]}"
    echo "  $sim one-user runs: $(for round in $(seq 1 "$ROUNDS"); do printf '%.1f s ' "${one_cpu[$sim,$round]}"; done)CPU; subtracted: the least, $(printf %.1f "${one_cpu[$sim,$least]}") s (${one_requests[$sim,$least]} requests)"
  done
  for round in $(seq 1 "$ROUNDS"); do
    for sim in bare suite; do
      local base_cpu=${sim}_base_cpu base_requests=${sim}_base_requests
      base_cpu=${!base_cpu} base_requests=${!base_requests}
      printf -v "${sim}_requests" %s "${raw_requests[$sim,$round]}"
      printf -v "${sim}_ko" %s "${raw_ko[$sim,$round]}"
      printf -v "${sim}_cpu" %s "$(echo "${raw_cpu[$sim,$round]} - $base_cpu" | bc -l)"
      printf -v "${sim}_per" %s "$(echo "(${raw_cpu[$sim,$round]} - $base_cpu) * 1000 / (${raw_requests[$sim,$round]} - $base_requests)" | bc -l)"
      printf -v "${sim}_rate" %s "${raw_rate[$sim,$round]}"
      printf -v "${sim}_standin" %s "${raw_standin[$sim,$round]}"
    done
    rows+=("$(printf '| %d | bare Gatling, the six calls, status checks only | %d | %d | %.1f s | %.3f ms | %.0f req/s | %.1f s |' \
      "$round" "$bare_requests" "$bare_ko" "$bare_cpu" "$bare_per" "$bare_rate" "$bare_standin")")
    rows+=("$(printf '| %d | `Nfr3BenchmarkSimulation`, every check | %d | %d | %.1f s | %.3f ms | %.0f req/s | %.1f s |' \
      "$round" "$suite_requests" "$suite_ko" "$suite_cpu" "$suite_per" "$suite_rate" "$suite_standin")")
    cpu_ratios+=("$(printf %.2f "$(echo "$suite_per / $bare_per" | bc -l)")")
    rate_ratios+=("$(printf %.2f "$(echo "$suite_rate / $bare_rate" | bc -l)")")
    echo "  round $round: suite CPU per request ${cpu_ratios[-1]}x the bare one's, throughput ${rate_ratios[-1]}x"
  done

  echo
  echo "| round | injector | requests | errors | injector CPU | CPU per request | throughput | stand-in CPU |"
  echo "|---:|---|---:|---:|---:|---:|---:|---:|"
  printf '| | wrk, `GET /dashboard` only | %d | %s | %.1f s | %.3f ms | %.0f req/s | %.1f s |\n' \
    "$wrk_requests" "${wrk_errors:+see above}${wrk_errors:-0}" "$wrk_cpu" \
    "$(echo "$wrk_cpu * 1000 / $wrk_requests" | bc -l)" "$wrk_rate" "$wrk_standin"
  printf '%s\n' "${rows[@]}"
  echo
  local cpu_ratio rate_ratio
  cpu_ratio=$(median "${cpu_ratios[@]}")
  rate_ratio=$(median "${rate_ratios[@]}")
  goal "suite CPU per request is ${cpu_ratio}x the bare simulation's, the median of $ROUNDS rounds (${cpu_ratios[*]}) (goal: at most 1.3x)" "$cpu_ratio <= 1.3"
  goal "suite throughput is ${rate_ratio}x the bare simulation's, the median of $ROUNDS rounds (${rate_ratios[*]}) (goal: at least 0.9x)" "$rate_ratio >= 0.9"
  goal "stand-in served wrk $(printf %.0f "$wrk_rate") req/s on /dashboard (goal: at least 20,000)" "$wrk_rate >= 20000"
  goal "bare and suite runs without errors ($errors failed requests in all)" "$errors == 0"
}

# sim_settings bare|suite: sets class, extra (the loaded run's settings) and reports for run_sim.
sim_settings() {
  if [ "$1" = suite ]; then
    class=com.salesmachine.loadtest.simulations.Nfr3BenchmarkSimulation
    reports=()
    extra=(-Dprofile=soak -DrampUp=0s -DthinkTime=0s -Dusers="$USERS" -Dduration="${SECONDS_EACH}s")
  else
    class=com.salesmachine.loadtest.testing.BareNfr3Simulation
    # The pom turns Gatling's own reports off (the suite writes its HTML report itself, from the
    # reading its summary comes from): the bare simulation gets them back, so both write one.
    reports=(-Dgatling.noReports=false)
    extra=(-Dusers="$USERS" -Dduration="${SECONDS_EACH}s" "${reports[@]}")
  fi
}

median() { # numbers...: the middle one (the lower middle of an even count)
  printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
}

scale() {
  start_standin scale
  echo "Stand-in at $base (java -Xmx512m, standin.latencyFactor=0); the scale profile: $SCALE_USERS users, 5 s think time, 60 s ramp-up, 60 s held"
  local out=$tmp/scale.out
  env API_BASE_URL="$base" ./mvnw -B gatling:test -Dgatling.simulationClass=com.salesmachine.loadtest.simulations.Nfr3BenchmarkSimulation \
    -DresultsDir="$tmp/results-scale" -Dprofile=scale -Dusers="$SCALE_USERS" > "$out" 2>&1
  local code=$?
  local rss heap_mb
  rss=$(awk '/VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$standin_pid/status")
  jcmd "$standin_pid" GC.run > /dev/null 2>&1
  heap_mb=$(curl -sf "$base/metrics" | awk '/^jvm_memory_used_bytes\{area="heap"/ { sum += $2 } END { printf "%.0f", sum / 1048576 }')
  stop_standin
  local run
  run=$(ls -d "$tmp"/results-scale/*/ 2> /dev/null | tail -1)
  if [ -z "$run" ] || [ ! -f "$run/summary.json" ]; then
    tail -30 "$out"
    fail "the $SCALE_USERS-user run wrote no summary.json (exit $code)"
    return
  fi
  local requests errors p95 steady_count steady_seconds dashboards logins per_pass intended achieved_pct
  local heap_pct injector_heap_mb xmx_mb
  requests=$(summary_field "$run" .global.count)
  errors=$(summary_field "$run" .global.ko)
  p95=$(summary_field "$run" .steady.global.p95)
  steady_count=$(summary_field "$run" .steady.global.count)
  steady_seconds=$(summary_field "$run" '.steady.toSeconds - .steady.fromSeconds')
  # What the users meant to send over the steady window: each pass is six think times (5 s mean) and
  # its requests, and each session (two passes) one log-in more.
  dashboards=$(summary_field "$run" '[.requests[] | select(.name == "Get dashboard") | .stats.count] | add')
  logins=$(summary_field "$run" '[.requests[] | select(.name == "Log in") | .stats.count] | add // 0')
  per_pass=$(echo "($requests - $logins) / $dashboards" | bc -l)
  intended=$(echo "$SCALE_USERS * $steady_seconds * ($per_pass / 30 + 1 / 60)" | bc -l)
  achieved_pct=$(printf %.1f "$(echo "100 * $steady_count / $intended" | bc -l)")
  heap_pct=$(summary_field "$run" .injector.heapMaxPercent)
  xmx_mb=$(grep -o -- '-Xmx[0-9]*m' pom.xml | head -1 | tr -dc 0-9)
  injector_heap_mb=$(printf %.0f "$(echo "$heap_pct * $xmx_mb / 100" | bc -l)")
  echo
  echo "  $(grep -E '^Verdict' "$out" | tail -1) (exit $code)"
  echo "  requests $requests, errors $errors; steady: $steady_count requests in $steady_seconds s, p95 $p95 ms"
  echo "  intended over the steady window $(printf %.0f "$intended") requests ($(printf %.2f "$per_pass") a pass, six 5 s think times, a log-in every two passes): achieved $achieved_pct %"
  echo "  injector: $(summary_field "$run" '"CPU \(.injector.cpuMeanPercent) % of \(.injector.cores) cores"'), heap after GC at most $heap_pct % of -Xmx${xmx_mb}m ($injector_heap_mb MB)"
  echo "  stand-in: peak resident memory $rss MB, heap after a full GC $heap_mb MB (of -Xmx512m)"
  goal "the $SCALE_USERS-user run ended without errors ($errors of $requests requests)" "$errors == 0 && $requests > 0"
  goal "its steady p95 is $p95 ms (goal: under 50 ms)" "$p95 < 50"
  goal "it achieved $achieved_pct % of the requests intended over the steady window (goal: at least 98 %)" "$achieved_pct >= 98"
  goal "the injector's heap stayed within its -Xmx${xmx_mb}m (goal: at most 768 MB; at most $injector_heap_mb MB after GC)" "$xmx_mb <= 768 && $heap_pct < 100"
  goal "the stand-in held it at -Xmx512m (heap $heap_mb MB after a full GC)" "$heap_mb > 0 && $heap_mb <= 512"
}

case $mode in
  all) compare; scale ;;
  --compare) compare ;;
  --scale) scale ;;
esac
finish
