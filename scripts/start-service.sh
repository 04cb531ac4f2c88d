# Sourced by the load scripts: starts the packaged service on 127.0.0.1:$port, logging to $1, stops it on exit, and
# waits until it is ready (at most $2 seconds, default 120). Sets $service to its process id. JVM options: SERVICE_OPTS,
# by default ParallelGC as the README's start command and the container image (docs/performance.md, "The service's
# CPU per decision"); SERVICE_OPTS= (set, empty) starts it with the JVM's defaults.
start_service() {
  # shellcheck disable=SC2086 # SERVICE_OPTS holds several options
  java ${SERVICE_OPTS--XX:+UseParallelGC} -Dquarkus.http.port="$port" -jar rules-api/target/quarkus-app/quarkus-run.jar > "$1" 2>&1 &
  service=$!
  trap 'kill $service 2>/dev/null || true' EXIT
  for _ in $(seq 1 "${2:-120}"); do
    curl -sf "http://127.0.0.1:$port/q/health/ready" >/dev/null && return 0
    sleep 1
  done
  echo "the service was not ready after ${2:-120} s (log: $1)" >&2
  return 1
}
