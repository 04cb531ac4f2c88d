#!/usr/bin/env bash
# Load test of the packaged service on loopback only: starts it, posts the OpenAPI example dossier with
# wrk for a bounded time, prints latency percentiles and the service's own metrics, then stops it.
# Usage: scripts/load-test.sh [duration, default 30s] [connections, default 8]
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${1:-30s}
connections=${2:-8}
port=${PORT:-8089}

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
[ -f rules-api/target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q -DskipTests package

. scripts/start-service.sh
start_service target-load-service.log 60

body=$(cat scripts/load-dossier.json)
cat > /tmp/cpas-post.lua <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = [[$body]]
LUA
# Warm-up, then the measured run.
wrk -t2 -c"$connections" -d10s -s /tmp/cpas-post.lua "http://127.0.0.1:$port/v1/decisions" > /dev/null
wrk -t2 -c"$connections" -d"$duration" --latency -s /tmp/cpas-post.lua "http://127.0.0.1:$port/v1/decisions"
curl -s "http://127.0.0.1:$port/q/metrics" | grep -E '^cpas_decisions_total|^cpas_decision_seconds_(count|sum|max)' || true
