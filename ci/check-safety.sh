#!/usr/bin/env bash
# Proves the production guard and the pre-load checks through the real `./mvnw gatling:test` command,
# with logging HTTP listeners on loopback that count every request they get: a webhook on a listed
# host, a listed alias of the API's host, a login redirected elsewhere and a wrong API key are each
# refused in one line with no load sent (nothing, or only the preflight's one check); the refusal
# leaves target/refused.txt for wrapper scripts; a simulation class that is not one and a duration
# too large for a number end in one line, not a stack trace.
set -uo pipefail
cd "$(dirname "$0")/.."
. ci/lib.sh

new_tmp_dir tmp
pids=()
# Runs before the directory is removed (the last registered runs first).
on_exit 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null; done'

# Starts a listener named $1 with the given modes; sets port_$1 and the log at $tmp/$1.log.
listener() {
  local name=$1
  shift
  java ci/CountingListener.java "$tmp/$name.port" "$tmp/$name.log" "$@" > "$tmp/$name.out" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 100); do [ -s "$tmp/$name.port" ] && break; sleep 0.2; done
  [ -s "$tmp/$name.port" ] || { fail "listener $name did not start"; cat "$tmp/$name.out"; finish; }
  printf -v "port_$name" '%s' "$(cat "$tmp/$name.port")"
}
requests() { wc -l < "$tmp/$1.log" | tr -d ' '; }
logins() { grep -c "/auth/login" "$tmp/$1.log"; }

nfr3=com.salesmachine.loadtest.simulations.Nfr3BenchmarkSimulation
scraping=com.salesmachine.loadtest.simulations.LinkedInScrapingSimulation

# expect_refused label simulation expected-line-start env... [-D...]
expect_refused() {
  local label=$1 sim=$2 expected=$3
  shift 3
  local out="$tmp/out.txt" envs=() props=()
  for a in "$@"; do case $a in -D*) props+=("$a") ;; *) envs+=("$a") ;; esac; done
  rm -f target/refused.txt
  if mvnw_bounded 300 "${envs[@]}" -B -q gatling:test -Dgatling.simulationClass="$sim" "${props[@]}" > "$out" 2>&1; then
    fail "$label: the run succeeded"; return
  fi
  local lines
  lines=$(grep -c "^ERROR " "$out")
  if ! grep -q "^ERROR $expected" "$out"; then
    fail "$label: no line starting 'ERROR $expected'"; tail -20 "$out"
  elif grep -q "Simulation $sim started" "$out"; then
    fail "$label: the simulation started"
  elif grep -qE "^\s+at [a-z]" "$out"; then
    fail "$label: a stack trace"; grep -m3 -E "^\s+at " "$out"
  elif [ "$lines" != 1 ]; then
    fail "$label: $lines ERROR lines from the suite"; grep "^ERROR " "$out"
  elif ! grep -q "^ERROR $expected" target/refused.txt 2>/dev/null; then
    fail "$label: target/refused.txt does not hold the refusal"
  elif grep -qE "$secrets" "$out"; then
    fail "$label: a secret in the output"
  else
    echo "ok   $label: $(grep "^ERROR " "$out" | cut -c1-200)"
  fi
}
secrets='sk-ci-7f3a9c2e|hunter22secret|pw-ci-5e6f7a8b'
# The external API's test accounts (a fresh clone has no users file).
printf '[{"email": "loadtest-user-1@test.sales-machine.com", "password": "pw-ci-5e6f7a8b"}]' > "$tmp/users.json"
export TEST_USERS_FILE="$tmp/users.json"

# 1. An absolute webhook on a listed host: refused before the scraping preflight sends its scrape.
listener n8n
expect_refused "webhook on a listed host" $scraping "N8N_WEBHOOK_URL: host 127.0.0.1" \
  N8N_WEBHOOK_URL="http://127.0.0.1:$port_n8n/webhook/linkedin-scraper/x" PRODUCTION_HOSTS=localhost
[ "$(requests n8n)" = 0 ] || fail "webhook on a listed host: the webhook got $(requests n8n) requests"

# 2. The API's host listed under another spelling ([::1] for 127.0.0.1): nothing is sent.
listener api
expect_refused "API host listed as an alias" $nfr3 "API_BASE_URL: host 127.0.0.1" \
  API_BASE_URL="http://admin:hunter22secret@127.0.0.1:$port_api" PRODUCTION_HOSTS="[::1]" API_KEY=sk-ci-7f3a9c2e
[ "$(requests api)" = 0 ] || fail "API host listed as an alias: the API got $(requests api) requests"

# 3. A login answered with a redirect elsewhere: not followed, the credentials stay home.
listener elsewhere
listener redirecting "login=307:http://localhost:$port_elsewhere/auth/login"
expect_refused "login redirected" $nfr3 "path.login: POST " API_BASE_URL="http://127.0.0.1:$port_redirecting"
[ "$(requests elsewhere)" = 0 ] || fail "login redirected: the redirect's target got $(requests elsewhere) requests"
[ "$(logins redirecting)" = 1 ] || fail "login redirected: $(logins redirecting) logins, expected the preflight's one"

# 4. A wrong API key: one refused call, not a load of rejected logins.
listener keyed key=the-right-key
expect_refused "wrong API key" $nfr3 "API_KEY: GET " API_BASE_URL="http://127.0.0.1:$port_keyed" API_KEY=sk-ci-7f3a9c2e \
  -Dusers=5 -Dprofile=quick
[ "$(requests keyed)" = 1 ] || fail "wrong API key: the API got $(requests keyed) requests, expected the preflight's one"

# 5. A rejected login (wrong password): the preflight's one login, then one line.
listener rejecting login=401
expect_refused "rejected login" $nfr3 "TEST_USERS_FILE: POST " API_BASE_URL="http://127.0.0.1:$port_rejecting" -Dusers=5
[ "$(logins rejecting)" = 1 ] || fail "rejected login: $(logins rejecting) logins, expected 1"

# 6. One line, not a stack trace.
expect_refused "unknown simulation class" com.example.NoSuchSimulation "gatling.simulationClass: 'com.example.NoSuchSimulation'"
expect_refused "duration too large for a number" $nfr3 "duration: '99999999999999999999'" -Dduration=99999999999999999999

finish
