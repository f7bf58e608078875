#!/usr/bin/env bash
# Proves the suite keeps its word against servers it did not write, through real `./mvnw` runs
# against the embedded stand-in with the knobs that make it behave like them: ETags with 304s on
# every GET (Express's default), a server that never answers a request carrying `Upgrade: h2c`
# (N8N's), N8N's own execution answers, a fixed-window rate limiter whose Retry-After goes down to 0
# (express-rate-limit's), each Server-Timing entry on a line of its own. Each simulation's smoke run passes with all of them on; the NFR3, email-
# queue and AI-enrichment runs pass with ETags on and 0 errors; the AI enrichment passes under the
# fixed window with its 429s reconciled; the conformance check finds nothing against the stand-in
# with every knob on, and names a deliberately broken endpoint in one line.
set -uo pipefail
cd "$(dirname "$0")/.."
. ci/lib.sh
require_jq || finish

new_tmp_dir tmp
pkg=com.salesmachine.loadtest.simulations
knobs=(-Dstandin.etags=true -Dstandin.hangOnH2c=true -Dstandin.n8nFlavor=n8n -Dstandin.enrichmentLimiter=window
  -Dstandin.splitServerTiming=true)

run() { # label, settings...: one Maven run into its own results folder; output in $tmp/<label>.out
  local label=$1
  shift
  mvnw_bounded 900 -B gatling:test -DresultsDir="$tmp/$label" "$@" > "$tmp/$label.out" 2>&1
}
summaries() { ls "$tmp/$1"/*/summary.json 2> /dev/null; }
ko() { summary_field "$1" .global.ko; } # summary.json: the run's failed requests
verdict() { summary_field "$1" .verdict; }

# 1. Every simulation's smoke run, with every knob on.
if run smoke -Dprofile=smoke "${knobs[@]}"; then
  n=$(summaries smoke | wc -l)
  [ "$n" = 4 ] || fail "smoke with every knob: $n summaries, expected 4"
  for s in $(summaries smoke); do
    [ "$(verdict "$s")" = PASS ] || fail "smoke with every knob: $(summary_field "$s" .simulation) is $(verdict "$s")"
  done
  echo "ok   smoke with every knob on: $n simulations passed"
else
  fail "smoke with every knob: the run failed"; grep -E "^SLO FAIL|^Verdict|^ERROR" "$tmp/smoke.out" | tail -15
fi

# 2. NFR3, the email queue and the AI enrichment with ETags on: 0 errors (they were all 304s). NFR3's
#    stand-in also writes each Server-Timing entry on a line of its own: both are read from every answer.
short=(-Dusers=10 -DrampUp=2s -Dduration=8s -DthinkTime=200ms)
for sim in Nfr3BenchmarkSimulation EmailQueueSimulation AiEnrichmentSimulation; do
  label=etags-$sim
  extra=("${short[@]}")
  # The email queue's users run their 20 operations over the steady time: one every 750 ms, no think time.
  [ $sim = EmailQueueSimulation ] && extra=(-Dusers=10 -DrampUp=2s -Dduration=15s -DthinkTime=0)
  [ $sim = AiEnrichmentSimulation ] && extra=(-Dusers=10 -DrampUp=2s -Dduration=20s -DenrichmentPacing=20s)
  [ $sim = Nfr3BenchmarkSimulation ] && extra+=(-Dstandin.splitServerTiming=true)
  if ! run "$label" -Dgatling.simulationClass=$pkg.$sim -Dstandin.etags=true "${extra[@]}"; then
    fail "$sim with ETags: the run failed"; grep -E "^SLO FAIL|^Verdict|^ERROR" "$tmp/$label.out" | tail -12
    continue
  fi
  s=$(summaries "$label" | head -1)
  errors=$(ko "$s")
  if [ "$errors" != 0 ]; then fail "$sim with ETags: $errors failed requests"; else
    echo "ok   $sim with ETags on: $(verdict "$s"), 0 failed requests of $(summary_field "$s" .global.count)"
  fi
  if [ $sim = Nfr3BenchmarkSimulation ]; then
    dashboards=$(summary_field "$s" '[.requests[] | select(.name == "Get dashboard") | .stats.count] | add')
    db=$(trend "$s" "Database time: Get dashboard" count)
    wait=$(trend "$s" "Connection wait: Get dashboard" count)
    if [ -n "$dashboards" ] && [ "$db" = "$dashboards" ] && [ "$wait" = "$dashboards" ]; then
      echo "ok   Server-Timing on two lines: both read from all $dashboards dashboard answers"
    else
      fail "Server-Timing on two lines: $dashboards dashboard answers, database time from ${db:-none}, connection wait from ${wait:-none}"
    fi
  fi
done

# 3. The AI enrichment under a fixed window (4 a 3 s window: Retry-After from 3 down to 0).
window=(-Dgatling.simulationClass=$pkg.AiEnrichmentSimulation -Dusers=20 -DrampUp=1s -Dduration=6s
  -DenrichmentPacing=6s -Dstandin.enrichmentLimiter=window -Dstandin.enrichmentWindow=3s
  -Dstandin.enrichmentRate=4 -Dstandin.enrichmentTime=300)
if run window "${window[@]}"; then
  s=$(summaries window | head -1)
  received=$(counter "$s" "429s received")
  served=$(counter "$s" "429s served (stand-in)")
  early=$(counter "$s" "Retries sooner than Retry-After (stand-in)")
  if [ -z "$received" ] || [ "$received" -lt 1 ]; then fail "fixed window: no 429 received; the check proves nothing"
  elif [ "$received" != "$served" ] || [ "$early" != 0 ]; then
    fail "fixed window: 429s received $received, served $served, early retries $early"
  else echo "ok   fixed window: passed, 429s received = served = $received, no early retry, $(ko "$s") failed requests"; fi
else
  fail "fixed window: the run failed"; grep -E "^SLO FAIL|^Verdict|^ERROR" "$tmp/window.out" | tail -12
fi

# 4. Conformance: nothing found with every knob on.
conformance() { # label, settings...
  local label=$1
  shift
  mvnw_bounded 300 -B -q test-compile exec:java@conformance "$@" > "$tmp/$label.out" 2>&1
}
if conformance conforming "${knobs[@]}"; then echo "ok   conformance with every knob on: $(tail -1 "$tmp/conforming.out")"
else fail "conformance with every knob on: exit $?"; tail -12 "$tmp/conforming.out"; fi

# 5. Conformance names a deliberately broken endpoint in one line, and fails on it.
conformance broken -Dstandin.break=prospects.create
code=$?
line='DEVIATION POST /prospects: expected "createdAt" (string), got no such field'
if [ "$code" = 1 ] && grep -qxF "$line" "$tmp/broken.out"; then echo "ok   conformance with a broken endpoint: exit 1, $line"
else fail "conformance with a broken endpoint: exit $code"; tail -12 "$tmp/broken.out"; fi

finish
