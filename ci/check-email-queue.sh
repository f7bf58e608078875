#!/usr/bin/env bash
# Proves the email-queue scenario's failure modes through the real `./mvnw gatling:test` command, with
# short runs (20 users x 20 operations over 10 s) against the embedded stand-in:
# - the stand-in's drop fault at 1 % fails the run, and the run says how many emails were lost in
#   which campaigns (exactly 1 % of the emails queued: the fault drops every 100th email drained);
# - a drain rate below the offered rate grows the queue, the run still ends within its bound, and
#   the reconciliation waits, then reports the emails still queued as such, not as lost;
# - a status endpoint too slow to reconcile every campaign in time still ends the run within its
#   bound, with a failed SLO counting the campaigns not reconciled;
# - a smoke run passes however slow the target is to prepare (1.2 s per prospect created): its
#   operation always starts;
# - operations that cannot start in time (a 3 s step in a 200 ms pace) make the run INVALID, with
#   how many in its verdict, summary.json's validity and a failed `Operations not started` SLO;
# - the Redis p95 from the direct probe and from Server-Timing both reach summary.json and
#   report.md, and the store's token appears nowhere.
set -uo pipefail
cd "$(dirname "$0")/.."
. ci/lib.sh
require_jq || finish

sim=com.salesmachine.loadtest.simulations.EmailQueueSimulation
new_tmp_dir results
token=ci-redis-token-7f3a91c2
short=(-Dprofile=quick -Dusers=20 -DrampUp=1s -Dduration=10s -DthinkTime=0s -DresultsDir="$results"
  -Dstandin.redisToken=$token)
smoke=(-Dprofile=smoke -DresultsDir="$results" -Dstandin.redisToken=$token)
# 2 users x 20 operations over 4 s: a 200 ms pace.
few=(-Dprofile=quick -Dusers=2 -DrampUp=1s -Dduration=4s -DthinkTime=0s -DresultsDir="$results"
  -Dstandin.redisToken=$token)

run() { # label, extra settings...; the short shape
  run_as "$1" "${short[@]}" "${@:2}"
}
run_as() { # label, settings...; prints the run's folder, leaves the output in $results/<label>.out
  local label=$1
  shift
  # Bounded: the longest run here has a 2-minute bound, plus Maven and compiling.
  mvnw_bounded 600 -B gatling:test -Dgatling.simulationClass=$sim "$@" > "$results/$label.out" 2>&1
  echo $? > "$results/$label.exit"
  ls -td "$results"/emailqueuesimulation-* 2>/dev/null | head -1
}

# 1. Drop 1 % of queued emails: the run fails, naming the lost emails' campaigns.
dropped=$(run drop -Dstandin.emailDropFraction=1%)
out="$results/drop.out"
if [ -z "$dropped" ] || [ ! -f "$dropped/summary.json" ]; then
  fail "drop fault: no results folder"; tail -30 "$out"
else
  queued=$(counter "$dropped" "Emails queued (as the API answered)")
  lost=$(counter "$dropped" "Emails lost")
  campaigns=$(counter "$dropped" "Campaigns with lost emails")
  # Gatling's console wraps long messages; summary.json keeps each error message whole.
  named=$(summary_field "$dropped" '.errors[].message' \
    | grep -cE "^bodyString\.find\.no email lost, .*EmailsUnaccounted: campaign [0-9a-f-]{36}: [0-9]+ of [0-9]+ emails lost")
  if [ "$(cat "$results/drop.exit")" = 0 ]; then
    fail "drop fault: the run passed"
  elif ! grep -q "^SLO FAIL Reconcile emails / Reconcile campaign emails: count of failed events (whole run) is 0 (actual $campaigns)" "$out"; then
    fail "drop fault: no failed SLO on 'Reconcile campaign emails' for $campaigns campaigns"
    grep -E "^SLO|^Verdict" "$out"
  elif [ "$lost" -lt 1 ] || [ "$lost" != $((queued / 100)) ]; then
    fail "drop fault: $lost emails lost of $queued queued; expected exactly 1 % ($((queued / 100)))"
  elif ! grep -qE "ERROR .*Email reconciliation: .* $lost lost\. LOST $lost emails in $campaigns campaigns: [0-9a-f-]{36} \([0-9]+ of [0-9]+\)" "$out"; then
    fail "drop fault: no reconciliation line naming the campaigns"; grep "Email reconciliation" "$out"
  elif [ "$named" != "$campaigns" ]; then
    fail "drop fault: $named KO messages name a campaign and its lost emails; expected one per campaign ($campaigns)"
  else
    example=$(summary_field "$dropped" '.errors[].message' | grep -oE "campaign [0-9a-f-]{36}: .*" | head -1)
    ok "drop fault 1 %: run failed; $lost of $queued emails lost in $campaigns campaigns, e.g. $example"
  fi
fi

# 2. Drain 20 emails/s while about 110/s are offered: the queue grows, the run ends in its bound,
#    and what has not drained after the 5 s wait is reported as still queued, not lost.
slow=$(run slow-drain -Dstandin.emailDrainRate=20 -DreconcileTimeout=5s)
out="$results/slow-drain.out"
if [ -z "$slow" ] || [ "$slow" = "$dropped" ] || [ ! -f "$slow/summary.json" ]; then
  fail "slow drain: no results folder"; tail -30 "$out"
else
  still=$(counter "$slow" "Emails still queued")
  lost=$(counter "$slow" "Emails lost")
  depth=$(trend "$slow" "Email queue depth" max)
  took=$(summary_field "$slow" .durationSeconds)
  bound=$(summary_field "$slow" .load.maxDurationSeconds)
  if [ "$(cat "$results/slow-drain.exit")" != 0 ]; then
    fail "slow drain: the run failed"; grep -E "^SLO FAIL|^Verdict|ERROR" "$out"
  elif [ "$lost" != 0 ] || [ "${still:-0}" -lt 100 ]; then
    fail "slow drain: $still still queued and $lost lost; expected hundreds still queued and none lost"
  elif ! grep -qE "INFO .*Email reconciliation: .* 0 lost\. [0-9,]+ emails were still queued when the wait ended: unfinished, not lost" "$out"; then
    fail "slow drain: no reconciliation line reporting the emails still queued"; grep "Email reconciliation" "$out"
  elif ! summary_field "$slow" '.metrics.trends[] | select(.name == "Email queue depth") | .max > 300' -e > /dev/null; then
    fail "slow drain: the queue depth did not grow (max $depth)"
  elif ! summary_field "$slow" '.durationSeconds <= .load.maxDurationSeconds' -e > /dev/null; then
    fail "slow drain: the run took ${took}s, past its bound of ${bound}s"
  else
    ok "slow drain: queue depth grew to ${depth%%.*}; $still emails still queued, 0 lost; run took ${took}s of its ${bound}s bound"
  fi
fi

# 3. A queue status so slow (3 s) that not every campaign can be reconciled in time: the run still
#    ends within its bound, and a failed SLO counts the campaigns not reconciled.
late=$(run slow-status -DreconcileTimeout=2s -Dstandin.latency=campaigns.queue=+3000)
out="$results/slow-status.out"
if [ -z "$late" ] || [ "$late" = "$slow" ] || [ ! -f "$late/summary.json" ]; then
  fail "slow status: no results folder"; tail -30 "$out"
else
  left=$(counter "$late" "Campaigns not reconciled")
  took=$(summary_field "$late" .durationSeconds)
  bound=$(summary_field "$late" .load.maxDurationSeconds)
  if [ "$(cat "$results/slow-status.exit")" = 0 ]; then
    fail "slow status: the run passed"
  elif [ "${left:-0}" -lt 1 ] || ! grep -q "^SLO FAIL Campaigns not reconciled: value (whole run) is 0 (actual $left)" "$out"; then
    fail "slow status: $left campaigns not reconciled, but no failed SLO says so"; grep -E "^SLO|^Verdict" "$out"
  elif ! summary_field "$late" '.durationSeconds <= .load.maxDurationSeconds' -e > /dev/null; then
    fail "slow status: the run took ${took}s, past its bound of ${bound}s"
  else
    ok "slow status: run failed in ${took}s of its ${bound}s bound: $left campaigns not reconciled"
  fi
fi

# 4. A smoke run against a target that takes 1.2 s per prospect created (6 s to prepare): the one
#    operation still starts and the run passes, every assertion with stats.
prepared=$(run_as slow-prepare "${smoke[@]}" -Dstandin.latency=prospects.create=+1200)
out="$results/slow-prepare.out"
if [ -z "$prepared" ] || [ "$prepared" = "$late" ] || [ ! -f "$prepared/summary.json" ]; then
  fail "slow preparation: no results folder"; tail -30 "$out"
else
  reconciled=$(counter "$prepared" "Campaigns reconciled")
  if [ "$(cat "$results/slow-prepare.exit")" != 0 ]; then
    fail "slow preparation: the smoke run failed (exit $(cat "$results/slow-prepare.exit"))"
    grep -E "^SLO|^Verdict|ERROR" "$out"
  elif grep -q "^SLO .*not measured" "$out"; then
    fail "slow preparation: SLOs without data"; grep "^SLO .*not measured" "$out"
  elif ! grep -q "^SLO PASS Operations not started (time limit): value (whole run) is 0 (actual 0)" "$out"; then
    fail "slow preparation: no passing 'Operations not started' SLO"; grep -E "^SLO|^Verdict" "$out"
  elif [ "$(counter "$prepared" "Operations not started (time limit)")" != 0 ] || [ "$reconciled" != 1 ]; then
    fail "slow preparation: $(counter "$prepared" "Operations not started (time limit)") operations not started, $reconciled campaigns reconciled"
  else
    ok "slow preparation: the smoke run passed; its operation started, 1 campaign reconciled"
  fi
fi

# 5. Adding prospects takes 3 s where the pace is 200 ms: operations more than 5 s late are not
#    started, and the run is INVALID saying how many, without stretching past its bound.
unstarted=$(run_as not-started "${few[@]}" -Dstandin.latency=campaigns.prospects=+3000)
out="$results/not-started.out"
if [ -z "$unstarted" ] || [ "$unstarted" = "$prepared" ] || [ ! -f "$unstarted/summary.json" ]; then
  fail "not started: no results folder"; tail -30 "$out"
else
  left=$(counter "$unstarted" "Operations not started (time limit)")
  took=$(summary_field "$unstarted" .durationSeconds)
  bound=$(summary_field "$unstarted" .load.maxDurationSeconds)
  reasons=$(summary_field "$unstarted" '.validity.reasons[]')
  if [ "$(cat "$results/not-started.exit")" = 0 ]; then
    fail "not started: the run passed"
  elif [ "$(cat "$results/not-started.exit")" = 124 ]; then
    fail "not started: the run did not end within 600 s"
  elif [ "$(summary_field "$unstarted" .verdict)" != INVALID ] || ! grep -q "^Verdict: INVALID: achieved less than intended: operations started: $((40 - left)) of 40 operations" "$out"; then
    fail "not started: $left of 40 not started, but the run is not INVALID with that count"; grep -E "^SLO|^Verdict" "$out"
  elif ! echo "$reasons" | grep -q "operations started: $((40 - left)) of 40 operations"; then
    fail "not started: summary.json's validity does not count them: $reasons"
  elif [ "${left:-0}" -lt 1 ] || ! grep -q "^SLO FAIL Operations not started (time limit): value (whole run) is 0 (actual $left)" "$out"; then
    fail "not started: $left operations not started, but no failed SLO counts them"
  elif ! grep -qE "ERROR .*Operations: $left of 40 operations not started" "$out"; then
    fail "not started: no log line counting them"; grep "not started" "$out"
  elif grep -q "^SLO .*not measured" "$out"; then
    fail "not started: SLOs without data"; grep "^SLO .*not measured" "$out"
  elif ! summary_field "$unstarted" '.durationSeconds <= .load.maxDurationSeconds' -e > /dev/null; then
    fail "not started: the run took ${took}s, past its bound of ${bound}s"
  else
    ok "not started: run INVALID in ${took}s of its ${bound}s bound: $left of 40 operations not started"
  fi
fi

# 6. Both Redis p95s reach summary.json and report.md; the store's token is nowhere.
for folder in "$dropped" "$slow"; do
  [ -n "$folder" ] && [ -f "$folder/summary.json" ] || continue
  for name in "Redis operation duration (direct probe)" "Redis operation duration (Server-Timing)"; do
    p95=$(trend "$folder" "$name" p95)
    if [ -z "$p95" ] || [ "$p95" = null ]; then
      fail "$(basename "$folder"): no p95 for '$name' in summary.json"
    elif ! grep -qF "| $name |" "$folder/report.md"; then
      fail "$(basename "$folder"): '$name' missing from report.md"
    else
      ok "$(basename "$folder"): $name p95 ${p95} ms in summary.json and report.md"
    fi
  done
done
if line=$(grep -hE "Redis operation duration p95: [0-9.]+ ms \([0-9,]+ operations\) from Server-Timing; [0-9.]+ ms \([0-9,]+ commands\) from the direct probe" "$results/slow-drain.out"); then
  ok "the console says both: ${line#*INFO  }"
else
  fail "the console does not give both Redis p95s"
fi
if grep -rlF "$token" "$results" | grep -q .; then
  fail "the store's token was printed: $(grep -rlF "$token" "$results" | head -3 | paste -sd ' ' -)"
else
  ok "the store's token appears in no output, summary, report or HTML page"
fi

finish
