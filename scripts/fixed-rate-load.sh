#!/usr/bin/env bash
# HTTP decisions at a fixed arrival rate (Gatling, open model) against the packaged service on loopback:
# builds what is missing, generates a seeded mix of dossiers, starts the service, warms it up at the same rate,
# then measures; prints p50/p75/p95/p99/max and errors, and fails when p99 exceeds the target or a request fails.
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

java -Dquarkus.http.port="$port" -jar rules-api/target/quarkus-app/quarkus-run.jar > target-load/service.log 2>&1 &
service=$!
trap 'kill $service 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$port/q/health/ready" >/dev/null && break
  sleep 1
done

./mvnw -B -q -f rules-load/pom.xml gatling:test -Dcpas.url="http://127.0.0.1:$port" -Dcpas.dossiers="$PWD/$dossiers" \
  -Dcpas.rate="$rate" -Dcpas.seconds="$seconds" -Dcpas.warmup="$warmup" -Dcpas.p99="${P99_MS:-10}"
