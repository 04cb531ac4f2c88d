#!/usr/bin/env bash
# HTTP decisions at a fixed rate with h2load (nghttp2's load generator, written in C, from Debian), for when the load
# generator must leave the service's cores alone: Gatling (fixed-rate-load.sh) takes about 0.65 of a core at 2 000/s
# on the same 2 cores, h2load a small fraction of that. h2load posts one body per process, so the mix is $MIX
# processes (default 8), each posting another generated dossier (seed 1) at rate/$MIX per second over HTTP/1.1,
# $CONNECTIONS connections each (default 10; each connection then sends a request every $MIX*$CONNECTIONS/rate s).
# Prints p50/p99/p99.9/max over every request of the measured run (h2load's per-request log), the errors, and the
# CPU of the service and of h2load; fails when p99 exceeds P99_MS (10) or a request fails.
# Usage: scripts/fixed-rate-h2load.sh [rate, default 2000] [seconds, default 60]
set -euo pipefail
cd "$(dirname "$0")/.."
rate=${1:-2000}
seconds=${2:-60}
port=${PORT:-8089}
mix=${MIX:-8}
connections=${CONNECTIONS:-10}
dossiers=target-load/dossiers.jsonl
out=target-load/h2load

[ -f rules-api/target/quarkus-app/quarkus-run.jar ] && [ -f rules-cli/target/cpas.jar ] || ./mvnw -B -q -DskipTests package
command -v h2load >/dev/null || { apt-get update -qq && apt-get install -y -qq nghttp2-client; }
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
mkdir -p "$out"
[ -f "$dossiers" ] || java -jar rules-cli/target/cpas.jar generate -n 10000 --seed 1 > "$dossiers"
rm -f "$out"/*
for i in $(seq 1 "$mix"); do sed -n "${i}p" "$dossiers" > "$out/dossier-$i.json"; done

. scripts/start-service.sh
start_service target-load/service.log

# Steady state first (about 100 000 decisions, closed model), as in fixed-rate-load.sh.
wrk -t1 -c8 -d"${WARM_SECONDS:-60}s" -s scripts/dossiers.lua "http://127.0.0.1:$port/v1/decisions" -- "$PWD/$dossiers" | grep -E 'requests in|Non-2xx' || true

cpu() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
ticks=$(getconf CLK_TCK)
before=$(cpu "$service")
per_connection=$(echo "scale=3; $rate / $mix / $connections" | bc)
# Each process opens its connections one by one over one request interval (-r1 --rate-period), so that the requests of
# all connections are spread over time instead of leaving together; h2load then paces each connection at --rps.
spread=$(awk -v r="$per_connection" -v c="$connections" 'BEGIN { ms = int(1000 / r / c + 0.5); printf "%dms", ms < 1 ? 1 : ms }')
requests=$(( rate * seconds / mix ))
for i in $(seq 1 "$mix"); do
  /usr/bin/time -f "%U %S" -o "$out/cpu-$i" h2load --h1 -t1 -c"$connections" -r1 --rate-period="$spread" \
    --rps="$per_connection" -n"$requests" -H 'Content-Type: application/json' -d "$out/dossier-$i.json" \
    --log-file="$out/requests-$i.tsv" "http://127.0.0.1:$port/v1/decisions" > "$out/h2load-$i.txt" 2>&1 &
done
wait $(jobs -p | grep -v "^$service\$") 2>/dev/null || true
service_cpu=$(echo "scale=1; ($(cpu "$service") - $before) / $ticks" | bc)
h2load_cpu=$(cat "$out"/cpu-* | awk '{ s += $1 + $2 } END { printf "%.1f", s }')

# h2load's log: start (µs since the epoch), status, µs until the end of the answer; one line per measured request.
cat "$out"/requests-*.tsv | python3 -c '
import sys
rows = [line.split("\t") for line in sys.stdin if line.strip()]
times = sorted(int(r[2]) / 1000 for r in rows)
failed = sum(1 for r in rows if r[1] != "200")
def pct(p): return times[min(len(times) - 1, int(len(times) * p / 100))]
start = min(int(r[0]) for r in rows) / 1e6; end = max(int(r[0]) / 1e6 for r in rows)
print(f"requests {len(times)} in {end - start:.1f} s ({len(times) / (end - start):.0f}/s), failed {failed}; "
      f"p50 {pct(50):.1f} ms, p99 {pct(99):.1f} ms, p99.9 {pct(99.9):.1f} ms, max {times[-1]:.1f} ms")
p99 = pct(99); limit = float(sys.argv[1])
sys.exit(0 if failed == 0 and p99 <= limit else 1)
' "${P99_MS:-10}" && status=0 || status=$?
grep -h 'requests:' "$out"/h2load-*.txt | awk '{ t += $2; s += $8; f += $10 } END { print "h2load: " t " requests, " s " succeeded, " f " failed " }'
echo "CPU over the run ($seconds s at $rate/s): service $service_cpu s, h2load $h2load_cpu s;" \
  "load average $(cut -d' ' -f1-3 /proc/loadavg)"
exit $status
