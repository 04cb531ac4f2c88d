#!/usr/bin/env bash
# HTTP decisions at a fixed arrival rate (Gatling, open model) against the packaged service on loopback:
# builds what is missing, generates a seeded mix of dossiers, starts the service, warms it up (wrk, then Gatling at
# the same rate), then measures; prints p50/p75/p95/p99/max and errors, and fails when p99 exceeds the target or a request fails.
# Usage: scripts/fixed-rate-load.sh [rate, default 2000] [seconds, default 60] [warm-up seconds, default 30]
set -euo pipefail
cd "$(dirname "$0")/.."
rate=${1:-2000}
seconds=${2:-60}
warmup=${3:-30}
port=${PORT:-8089}
dossiers=target-load/dossiers.jsonl

[ -f rules-api/target/quarkus-app/quarkus-run.jar ] && [ -f rules-cli/target/cpas.jar ] || ./mvnw -B -q -DskipTests package
mkdir -p target-load
[ -f "$dossiers" ] || java -jar rules-cli/target/cpas.jar generate -n 10000 --seed 1 > "$dossiers"

. scripts/start-service.sh
start_service target-load/service.log

# The service is first warmed up in a closed model (wrk, WARM_SECONDS, default 60): the engine reaches its steady
# state after about 100 000 decisions, and an open model at the target rate would pile up connections on a cold JVM.
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
wrk -t1 -c8 -d"${WARM_SECONDS:-60}s" -s scripts/dossiers.lua "http://127.0.0.1:$port/v1/decisions" -- "$PWD/$dossiers" | grep -E 'requests in|Non-2xx' || true

# Gatling runs on the same cores as the service: the CPU of each (utime + stime from /proc; Gatling's is Maven's
# and its forked JVM's, counted by /usr/bin/time) is printed after the run, with the load average.
cpu() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
before=$(cpu "$service")
status=0
/usr/bin/time -f "%U %S" -o target-load/gatling.cpu ./mvnw -B -q -f rules-load/pom.xml gatling:test \
  -Dcpas.url="http://127.0.0.1:$port" -Dcpas.dossiers="$PWD/$dossiers" \
  -Dcpas.rate="$rate" -Dcpas.seconds="$seconds" -Dcpas.warmup="$warmup" -Dcpas.p99="${P99_MS:-10}" || status=$?
ticks=$(getconf CLK_TCK)
read -r user system < <(tail -1 target-load/gatling.cpu)
echo "CPU over warm-up and measured run ($((warmup + seconds)) s at $rate/s): service $(( ($(cpu "$service") - before) / ticks )) s," \
  "Gatling (with Maven) $(echo "$user + $system" | bc) s; load average $(cut -d' ' -f1-3 /proc/loadavg)"
exit $status
