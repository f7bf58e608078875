# shellcheck shell=bash
# What the ci/ scripts share. Source it from the project root, after the script's `cd`:
#
#   cd "$(dirname "$0")/.."
#   . ci/lib.sh
#
#   ok MESSAGE              prints "ok   MESSAGE"
#   fail MESSAGE            prints "FAIL MESSAGE" and counts a failure; both also work from a subshell,
#                           inside $(...) or with the caller's output redirected (the line goes to the
#                           script's own output, the count to a file)
#   failures                prints how many failures were counted so far
#   finish                  ends the script: exit 1 when a failure was counted, else 0
#   mvnw_bounded SECONDS [NAME=value...] ARGS...
#                           ./mvnw ARGS, with the NAME=value settings in its environment, stopped when
#                           it has not ended within SECONDS; returns Maven's exit status, or 124 when it
#                           was stopped, which counts as a failure with a line saying so
#   new_tmp_dir VAR         creates a temporary directory into $VAR, removed when the script exits
#   on_exit COMMAND         runs COMMAND (eval'd) when the script exits; the last registered runs first
#   require_jq              makes sure jq is there (installs it with apt-get when it is missing);
#                           returns 1 after a failure saying why when it cannot
#   summary_field RUN FILTER [JQ-OPTION...]
#                           jq -r FILTER over RUN's summary.json (RUN: the run's folder, or the file)
#   counter RUN NAME        the value of the counter NAME in metrics.counters; nothing when it is absent
#                           (or there is no summary.json)
#   trend RUN NAME FIELD    the FIELD (p95, max, ...) of the trend NAME in metrics.trends
#
# The script must not set an EXIT trap of its own (use on_exit).

# The script's own output, for lines that must reach it whatever the caller redirected.
exec {_ci_out}>&1
_ci_state=$(mktemp -d) || { echo "FAIL ci/lib.sh: mktemp -d failed"; exit 1; }
_ci_failures=$_ci_state/failures
: > "$_ci_failures"
_ci_cleanups=("rm -rf '$_ci_state'")

_ci_on_exit() {
  local i
  for ((i = ${#_ci_cleanups[@]} - 1; i >= 0; i--)); do eval "${_ci_cleanups[i]}"; done
}
trap _ci_on_exit EXIT

on_exit() { _ci_cleanups+=("$1"); }

new_tmp_dir() { # variable name
  local dir
  dir=$(mktemp -d) || { fail "mktemp -d failed"; finish; }
  on_exit "rm -rf '$dir'"
  printf -v "$1" '%s' "$dir"
}

ok() { echo "ok   $*"; }
fail() {
  echo "FAIL $*" >&"$_ci_out"
  echo x >> "$_ci_failures"
}
failures() { wc -l < "$_ci_failures" | tr -d ' '; }
finish() { exit $(($(failures) > 0)); }

# timeout runs Maven in a process group of its own, where neither Ctrl-C nor a signal to this
# script's group reaches it: while it runs, such a signal stops Maven (TERM: as a background
# command, Maven ignores INT), then ends this shell by the same signal.
_ci_pass_on() { # signal, pid of timeout
  kill -TERM "$2" 2> /dev/null
  wait "$2" 2> /dev/null
  trap - "$1"
  kill -"$1" "$BASHPID"
}
_ci_mvnw_words() { # Maven's arguments without their -D settings (which may hold secrets), the simulation kept
  local words=(./mvnw) a
  for a in "$@"; do
    case $a in
      -Dgatling.simulationClass=*) words+=("(${a##*.})") ;;
      -D*) ;;
      *) words+=("$a") ;;
    esac
  done
  echo "${words[*]}"
}
mvnw_bounded() { # seconds, NAME=value..., Maven arguments...
  local bound=$1 envs=() start=$SECONDS pid code
  shift
  while [[ $# -gt 0 && $1 =~ ^[A-Za-z_][A-Za-z0-9_]*= ]]; do
    envs+=("$1")
    shift
  done
  timeout --kill-after=30 "$bound" env "${envs[@]}" ./mvnw "$@" {_ci_out}>&- &
  pid=$!
  trap "_ci_pass_on INT $pid" INT
  trap "_ci_pass_on TERM $pid" TERM
  trap "_ci_pass_on HUP $pid" HUP
  code=0
  wait "$pid" || code=$? # (so that under set -e too, a failed or stopped call gets here)
  trap - INT TERM HUP
  # 124: stopped by TERM; 137: still running 30 s after it, killed.
  if [ "$code" = 124 ] || { [ "$code" = 137 ] && [ $((SECONDS - start)) -ge "$bound" ]; }; then
    fail "$(_ci_mvnw_words "$@") did not end within $bound s; stopped (timed out)"
    return 124
  fi
  return "$code"
}

require_jq() {
  command -v jq > /dev/null && return 0
  local sudo=() log=$_ci_state/apt-get.log
  [ "$(id -u)" != 0 ] && command -v sudo > /dev/null && sudo=(sudo -n)
  echo "jq is missing (summary.json is read with it); installing it: ${sudo[*]}${sudo[*]:+ }apt-get install -y jq" >&2
  if DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y jq > "$log" 2>&1 && command -v jq > /dev/null; then
    return 0
  fi
  fail "jq is needed to read summary.json, and 'apt-get install -y jq' did not install it ($(tail -1 "$log")); install jq and run again"
  return 1
}

_ci_summary() { # run folder or summary.json
  if [ -d "$1" ]; then echo "$1/summary.json"; else echo "$1"; fi
}
summary_field() { # run, jq filter, jq options...
  jq -r "${@:3}" "$2" "$(_ci_summary "$1")"
}
counter() { # run, counter name
  local file
  file=$(_ci_summary "$1")
  [ -f "$file" ] || return 1
  jq -r --arg n "$2" '[.metrics.counters[]? | select(.name == $n) | .value] | first // empty' "$file"
}
trend() { # run, trend name, field
  jq -r --arg n "$2" --arg f "$3" '.metrics.trends[] | select(.name == $n) | .[$f]' "$(_ci_summary "$1")"
}
