#!/usr/bin/env bash
# Time from `java -jar` to a ready service (/q/health/ready answers 200), polled every 0.1 s, on the packaged app,
# started as the README starts it: from its folder, with the class data archive the package step wrote
# (NO_CDS=1: without it, as before the archive).
# Starts the jar on a free port, prints the milliseconds and the service's own start lines (Quarkus' "started in",
# the rule pack's pieces), then stops it. Repeats the given number of times (default 5).
# Usage: scripts/ready-time.sh [runs] [extra JVM options...]   (build first: ./mvnw -B -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
shift || true
app=rules-api/target/quarkus-app
[ -f "$app/quarkus-run.jar" ] || { echo "no $app/quarkus-run.jar: run ./mvnw -B -DskipTests package" >&2; exit 1; }
archive=()
[ -n "${NO_CDS:-}" ] || archive=(-XX:SharedArchiveFile=app-cds.jsa)
log=$(mktemp)
trap 'rm -f "$log"' EXIT
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
for run in $(seq 1 "$runs"); do
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
  start=$(date +%s%N)
  (cd "$app" && exec java "${archive[@]}" "$@" -Dquarkus.http.port="$port" -jar quarkus-run.jar) > "$log" 2>&1 &
  service=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$port/q/health/ready"; do
    kill -0 "$service" 2>/dev/null || { echo "the service stopped:" >&2; cat "$log" >&2; exit 1; }
    sleep 0.1
  done
  ready=$(( ($(date +%s%N) - start) / 1000000 ))
  kill "$service"; wait "$service" 2>/dev/null || true
  echo "run $run: ready in $ready ms"
  grep -oE 'started in [0-9.]+s|Building the rule pack, [0-9]+ ms after the JVM started|Engine of .* in [0-9]+ ms: .*|Rule pack (loaded|compiled).*after the JVM started|\[warning\]\[cds.*' "$log" \
    | sed -E 's#Engine of [^ ]+ #Engine #; s#^#    #'
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
