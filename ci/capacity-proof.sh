#!/usr/bin/env bash
# A benchmark of the capacity search itself, run on purpose (not part of .ci/run): for each scenario,
# a search (-Dprofile=breakpoint) against the embedded stand-in, configured so that one stand-in
# setting bounds the capacity, must find the capacity that follows from the settings this script
# passes (derived here, formula beside it; never a literal expected figure):
# - found within 15 % of the derived capacity (summary.json capacity.achievedAtCapacity, in the
#   scenario's unit);
# - with the bounding setting doubled (DB pool, workflow slots, AI rate limit), found within 15 % of
#   the doubled derivation;
# - the base search run again agrees with the first within 10 %;
# - every search ends within 10 minutes (capacity.searchSeconds).
# Then a table of derived against found.
#
#   ci/capacity-proof.sh [--quick] [-Dname=value ...]
#
# --quick: NFR3 and scraping, base settings only (about 4 minutes), for CI. Any -D setting after it is
# passed to every search: on a machine other builds keep busy, -DinjectorMaxMachineCpuPercent=100
# stops their CPU from making the steps INVALID (the injector check measures the whole machine).
# CAPACITY_PROOF_RESULTS=dir keeps every search's folder and console there (else a temporary one).
set -uo pipefail
cd "$(dirname "$0")/.."
. ci/lib.sh
require_jq || finish

quick=0
if [ "${1:-}" = --quick ]; then
  quick=1
  shift
fi
extra=("$@")
if [ -n "${CAPACITY_PROOF_RESULTS:-}" ]; then
  results=$CAPACITY_PROOF_RESULTS
  mkdir -p "$results" || finish
else
  new_tmp_dir results
fi
pkg=com.salesmachine.loadtest.simulations
rows=()

search() { # label, simulation, settings...; prints the search's folder (its output in $results/<label>.out)
  local label=$1 class=$2
  shift 2
  mvnw_bounded 720 -B gatling:test -Dgatling.simulationClass="$pkg.$class" -Dprofile=breakpoint \
    -DresultsDir="$results/$label" "$@" "${extra[@]}" > "$results/$label.out" 2>&1
  ls -td "$results/$label"/*/ 2> /dev/null | head -1
}
field() { # search folder, field of capacity
  summary_field "$1" ".capacity.$2 // empty" 2> /dev/null
}
within() { # found, derived, percent: exit 0 when |found - derived| <= percent % of derived
  awk -v f="$1" -v d="$2" -v p="$3" 'BEGIN { exit !(f != "" && d > 0 && (f - d) <= d * p / 100 && (d - f) <= d * p / 100) }'
}
pct() { # found, derived: found's distance from derived in %, signed
  awk -v f="$1" -v d="$2" 'BEGIN { printf "%+.1f", (f - d) * 100 / d }'
}

# One scenario's proof: the base search, the doubled one, the base again.
#   prove NAME SIMULATION UNIT BASE_DERIVED DOUBLED_DERIVED BASE_SETTINGS DOUBLED_SETTINGS
# (the settings as one string each, split on spaces; the derivations from the same numbers)
prove() {
  local name=$1 class=$2 unit=$3 derived=$4 derived2=$5 base=$6 doubled=$7
  local -a base_args doubled_args
  read -r -a base_args <<< "$base"
  read -r -a doubled_args <<< "$doubled"
  local runs=(base) label folder found users seconds
  [ "$quick" = 0 ] && runs+=(doubled repeat)
  local found_base="" found_repeat=""
  for run in "${runs[@]}"; do
    label="$name-$run"
    local want=$derived args=("${base_args[@]}")
    if [ "$run" = doubled ]; then
      want=$derived2
      args=("${doubled_args[@]}")
    fi
    folder=$(search "$label" "$class" "${args[@]}")
    found=$( [ -n "$folder" ] && field "$folder" achievedAtCapacity)
    users=$( [ -n "$folder" ] && field "$folder" capacity)
    seconds=$( [ -n "$folder" ] && field "$folder" searchSeconds)
    if [ -z "$found" ]; then
      fail "$label: no capacity found; $(grep -E '^(Capacity|First failing|Search):' "$results/$label.out" | tr '\n' ' ')"
      tail -5 "$results/$label.out"
      rows+=("$label|$want|none|-|-|${seconds:--}")
      continue
    fi
    rows+=("$label|$want|$found|$users|$(pct "$found" "$want")|$seconds")
    if [ "$run" = repeat ]; then
      found_repeat=$found
    else
      if within "$found" "$want" 15; then
        ok "$label: $found $unit at $users users, derived $want ($(pct "$found" "$want") %)"
      else
        fail "$label: $found $unit at $users users, derived $want ($(pct "$found" "$want") %, want within 15 %)"
      fi
    fi
    [ "$run" = base ] && found_base=$found
    if [ "$run" = doubled ] && [ -n "$found_base" ]; then
      echo "     $label: doubling the bound moved the capacity $(awk -v a="$found_base" -v b="$found" 'BEGIN { printf "%.2f", b / a }')x"
    fi
    if awk -v s="$seconds" 'BEGIN { exit !(s != "" && s <= 600) }'; then
      ok "$label: the search ended in $seconds s (of 600 s)"
    else
      fail "$label: the search took ${seconds:-an unknown number of} s, over 10 minutes"
    fi
  done
  if [ "$quick" = 0 ]; then
    if [ -n "$found_base" ] && [ -n "$found_repeat" ] && within "$found_repeat" "$found_base" 10; then
      ok "$name: two base searches agree: $found_base and $found_repeat $unit ($(pct "$found_repeat" "$found_base") %)"
    else
      fail "$name: two base searches disagree: ${found_base:-none} and ${found_repeat:-none} $unit (want within 10 %)"
    fi
  fi
}

# NFR3 (closed, zero think time): every call of the six takes s ms of one of c pooled connections, so
# with N users each call waits N*s/c; its p95 stays under T (sloApiP95Ms) up to N = c*T/s users.
latency=login,dashboard,prospects.list,prospects.create,campaigns.list,campaigns.create
s=100 T=500 c=4
nfr3() { # pool size
  local l="" k
  for k in ${latency//,/ }; do l+="${l:+,}$k=$s/$s"; done
  echo "-DthinkTime=0 -DsloApiP95Ms=$T -Dstandin.dbPoolSize=$1 -Dstandin.latency=$l -DbreakpointStart=8 -DbreakpointWarmUp=3s -DbreakpointWindow=8s"
}
prove nfr3 Nfr3BenchmarkSimulation "concurrent users" $((c * T / s)) $((2 * c * T / s)) "$(nfr3 $c)" "$(nfr3 $((2 * c)))"

# Scraping: N8N runs `slots` workflows at once, each exactly `ms` long: slots*60000/ms workflows a minute.
slots=2 ms=1000
scraping() { # slots
  echo "-DthinkTime=0 -Dstandin.workflowConcurrency=$1 -Dstandin.workflowTime=$ms/$ms/$ms -DbreakpointStart=4 -DbreakpointWarmUp=4s -DbreakpointWindow=12s"
}
prove scraping LinkedInScrapingSimulation "workflows per minute" $((slots * 60000 / ms)) $((2 * slots * 60000 / ms)) \
  "$(scraping $slots)" "$(scraping $((2 * slots)))"

if [ "$quick" = 0 ]; then
  # Email queue (open, paced): an operation is four database calls (create the campaign, add its
  # prospects, send, read its queue status) on `pool` connections, so the API takes pool*1000/sum(ms)
  # operations a second; each has two queue operations (the send and the status read). Users arrive
  # over the warm-up w and run their operations over the window W from then on, so the steady window
  # ([w, w+W]) holds the full rate for all but the last w/2 on average: 2*pool*1000/sum * (1 - w/(2W)).
  # Logins and prospects (before the operations), Redis and the hand-off take 1 ms; the sender drains
  # far more than is offered, so the database pool is the bound. A user runs one operation at a time,
  # so past the bound at most N calls queue for the pool: each waits about N * (sum/4) / pool ms, a
  # quarter of the pace (W/20) at the bound; W = 40 s makes that the 500 ms of the p95 objective.
  create=40 prospects=40 send=10 status=10 w=2 W=40 pool=2
  sum=$((create + prospects + send + status))
  email() { # pool size
    echo "-DthinkTime=0 -Dstandin.dbPoolSize=$1 -Dstandin.emailDrainRate=5000 -Dstandin.latency=login=1/1,prospects.create=1/1,campaigns.create=$create/$create,campaigns.prospects=$prospects/$prospects,campaigns.send=$send/$send,campaigns.queue=$status/$status,redis=1/1,email.send=1/1 -DbreakpointStart=12 -DbreakpointWarmUp=${w}s -DbreakpointWindow=${W}s"
  }
  derive() { awk -v c="$1" -v s="$sum" -v w="$w" -v W="$W" 'BEGIN { printf "%.2f", 2 * c * 1000 / s * (1 - w / (2 * W)) }'; }
  prove email EmailQueueSimulation "queue operations per second" "$(derive $pool)" "$(derive $((2 * pool)))" \
    "$(email $pool)" "$(email $((2 * pool)))"

  # AI enrichment (closed, one enrichment per user per pacing slot): the provider's token bucket lets
  # through `rate` a minute; beyond it triggers wait out 429s, and once a wait passes
  # rateLimitMaxWait the enrichment fails after retries (the group's error rate, < 1 %). The capacity
  # in enrichments a minute is the bucket's rate.
  rate=300 burst=5
  enrichment() { # rate a minute
    echo "-DthinkTime=0 -DenrichmentPacing=4s -DrateLimitMaxWait=2s -Dstandin.enrichmentRate=$1 -Dstandin.enrichmentBurst=$burst -Dstandin.enrichmentTime=200/200/200 -DbreakpointStart=8 -DbreakpointWarmUp=4s -DbreakpointWindow=16s"
  }
  prove enrichment AiEnrichmentSimulation "enrichments per minute" $rate $((2 * rate)) \
    "$(enrichment $rate)" "$(enrichment $((2 * rate)))"
fi

echo
printf '%-20s %10s %10s %7s %8s %9s\n' search derived found users "vs" seconds
for row in "${rows[@]}"; do
  IFS='|' read -r label want found users diff seconds <<< "$row"
  printf '%-20s %10s %10s %7s %7s%% %9s\n' "$label" "$want" "$found" "$users" "$diff" "$seconds"
done
finish
