#!/usr/bin/env python3
"""CPU per decision: the packaged service over HTTP against the engine in process, on the same dossiers.

Both are measured the same way: the process's CPU (utime + stime of /proc/<pid>/stat, every thread: rules, HTTP,
JSON, GC, JIT) over the measured decisions, after a warm-up counted in decisions. The dossiers are the generated mix
(target-load/dossiers.jsonl, 10 000 dossiers, seed 1, as scripts/fixed-rate-load.sh uses), decided in turn in French.
The service is driven by wrk (closed model, a few connections; wrk's own CPU is not counted, it is another process).

Usage: scripts/service-cpu.py [--warmup 100000] [--measured 50000] [--threads 2] [--connections 8]
                              [--service-opts='-XX:...'] [--in-process-opts='-XX:...'] [--only service|in-process] [--profile stacks.collapsed]
                              [--service-app DIR] [--bench-jar JAR]
Prints each side's CPU per decision, the ratio (target: at most 1.5) and the load average.

Two builds of the service, in alternating runs (the machine's speed moves between minutes; only pairs count):
    cp -r rules-api/target/quarkus-app /tmp/before   # then build the change
    for i in 1 2 3; do for app in /tmp/before rules-api/target/quarkus-app; do
        scripts/service-cpu.py --only service --warmup 60000 --measured 40000 --service-app $app; done; done
"""
import argparse
import os
import re
import subprocess
import sys
import time
import urllib.request

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..'))
SERVICE_JAR = 'rules-api/target/quarkus-app/quarkus-run.jar'
CLI_JAR = 'rules-cli/target/cpas.jar'
BENCH_JAR = 'rules-bench/target/benchmarks.jar'
DOSSIERS = 'target-load/dossiers.jsonl'
TICKS = os.sysconf('SC_CLK_TCK')
GC = '-XX:+UseParallelGC'  # the service's launch (README, scripts/start-service.sh, the container image's run-java.sh)

LUA = 'scripts/dossiers.lua'  # posts the dossiers of a JSON Lines file in turn


def cpu_seconds(pid):
    """utime + stime of every thread of the process, in seconds."""
    with open(f'/proc/{pid}/stat') as stat:
        fields = stat.read().rsplit(')', 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS


def load():
    with open('/proc/loadavg') as f:
        return ' '.join(f.read().split()[:3])


def prepare():
    if not all(os.path.exists(p) for p in (SERVICE_JAR, CLI_JAR, BENCH_JAR)):
        subprocess.run(['./mvnw', '-B', '-o', '-q', '-DskipTests', 'package', '-pl', 'rules-api,rules-cli,rules-bench', '-am'],
                       check=True)
    os.makedirs('target-load', exist_ok=True)
    if not os.path.exists(DOSSIERS):
        with open(DOSSIERS, 'w') as out:
            subprocess.run(['java', '-jar', CLI_JAR, 'generate', '-n', '10000', '--seed', '1'], stdout=out, check=True)


def in_process(args):
    process = subprocess.Popen(['java', *args.in_process_opts.split(), '-cp', args.bench_jar, 'be.cpas.rules.bench.InProcessDecisions',
                                DOSSIERS, str(args.threads), str(args.warmup), str(args.measured)],
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        for line in process.stdout:
            if line.strip() == 'WARM':
                break
        if args.profile:  # written when the JVM exits, right after the measured run
            profiler(process.pid, f'start,event=cpu,interval=1ms,collapsed,file={os.path.abspath(args.profile)}')
        before = cpu_seconds(process.pid)
        start = time.monotonic()
        process.stdin.write('go\n')
        process.stdin.flush()
        done = next(line for line in process.stdout if line.startswith('DONE ')).split()  # the profiler writes here too
        after = cpu_seconds(process.pid)
        wall = time.monotonic() - start
        if args.profile:
            process.wait(timeout=60)
        decisions, failed = int(done[1]), int(done[2])
        return decisions, failed, after - before, wall
    finally:
        process.kill()
        process.wait()


def wrk(args, url, seconds, latency=False):
    command = ['wrk', '-t1', f'-c{args.connections}', f'-d{seconds}s', '-s', LUA]
    if latency:
        command.append('--latency')
    output = subprocess.run([*command, url, '--', os.path.abspath(DOSSIERS)], capture_output=True, text=True, check=True).stdout
    requests = int(re.search(r'(\d+) requests in', output).group(1))
    bad = re.search(r'Non-2xx or 3xx responses: (\d+)', output)
    errors = re.search(r'Socket errors: (.*)', output)
    return requests, int(bad.group(1)) if bad else 0, errors.group(1) if errors else None, output


def profiler(pid, command):
    """async-profiler attached to the running service (jcmd loads the agent; ASYNC_PROFILER names the library)."""
    library = os.environ.get('ASYNC_PROFILER', '/work/ap/linux-x64/libasyncProfiler.so')
    subprocess.run(['jcmd', str(pid), 'JVMTI.agent_load', library, f'"{command}"'], check=True, capture_output=True)


def service(args):
    port = args.port
    log = open('target-load/service-cpu.log', 'w')
    process = subprocess.Popen(['java', *args.service_opts.split(), f'-Dquarkus.http.port={port}', '-jar',
                                os.path.join(args.service_app, 'quarkus-run.jar')],
                               stdout=log, stderr=subprocess.STDOUT)
    try:
        base = f'http://127.0.0.1:{port}'
        for _ in range(600):
            try:
                if urllib.request.urlopen(base + '/q/health/ready', timeout=2).status == 200:
                    break
            except Exception:
                time.sleep(0.2)
        else:
            sys.exit('the service never got ready: see target-load/service-cpu.log')
        warmed, rate = 0, 1000
        while warmed < args.warmup:
            requests, bad, _, _ = wrk(args, base + '/v1/decisions', 10)
            warmed, rate = warmed + requests, requests / 10
        seconds = max(10, round(args.measured / rate))
        if args.profile:
            profiler(process.pid, 'start,event=cpu,interval=1ms')
        before = cpu_seconds(process.pid)
        start = time.monotonic()
        requests, bad, errors, output = wrk(args, base + '/v1/decisions', seconds, latency=True)
        after = cpu_seconds(process.pid)
        if args.profile:
            profiler(process.pid, f'stop,collapsed,file={os.path.abspath(args.profile)}')
        wall = time.monotonic() - start
        if args.verbose:
            print(output)
        return requests, bad, after - before, wall, errors
    finally:
        process.terminate()
        process.wait()
        log.close()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('--warmup', type=int, default=100_000, help='decisions before measuring (default 100 000)')
    parser.add_argument('--measured', type=int, default=50_000, help='decisions measured (the service: about as many)')
    parser.add_argument('--threads', type=int, default=2, help='in-process threads deciding (default 2, the cores)')
    parser.add_argument('--connections', type=int, default=8, help='wrk connections to the service (default 8)')
    parser.add_argument('--port', type=int, default=int(os.environ.get('PORT', 8089)))
    parser.add_argument('--service-opts', default=os.environ.get('SERVICE_OPTS', GC),
                        help=f'JVM options of the service (default {GC}, as the README starts it)')
    parser.add_argument('--in-process-opts', default=os.environ.get('IN_PROCESS_OPTS', GC),
                        help=f'JVM options in process (default {GC}: both sides the same)')
    parser.add_argument('--service-app',
                        help=f'the packaged service to run, a quarkus-app folder (default {os.path.dirname(SERVICE_JAR)})')
    parser.add_argument('--bench-jar', help=f'the benchmarks jar deciding in process (default {BENCH_JAR})')
    parser.add_argument('--only', choices=['service', 'in-process'])
    parser.add_argument('--profile', help="write the collapsed CPU stacks of the measured run to this file: the service's, or with --only the side measured")
    parser.add_argument('--verbose', action='store_true', help="print wrk's output of the measured run")
    args = parser.parse_args()
    args.service_app = os.path.abspath(args.service_app) if args.service_app else os.path.join(ROOT, os.path.dirname(SERVICE_JAR))
    args.bench_jar = os.path.abspath(args.bench_jar) if args.bench_jar else os.path.join(ROOT, BENCH_JAR)
    os.chdir(ROOT)
    prepare()
    print(f'load average before: {load()}')
    own = None
    if args.only != 'service':
        decisions, failed, cpu, wall = in_process(args)
        own = cpu / decisions * 1e6
        print(f'in process: {decisions} decisions ({failed} failed) on {args.threads} threads, {cpu:.1f} s CPU in {wall:.1f} s: '
              f'{own:.0f} us CPU/decision, {decisions / wall:.0f} decisions/s (load {load()})')
    if args.only != 'in-process':
        requests, bad, cpu, wall, errors = service(args)
        served = cpu / requests * 1e6
        print(f'service: {requests} requests ({bad} not 2xx{", socket errors " + errors if errors else ""}) on '
              f'{args.connections} connections, {cpu:.1f} s CPU in {wall:.1f} s: {served:.0f} us CPU/decision, '
              f'{requests / wall:.0f} decisions/s (load {load()})')
        if own:
            print(f'ratio service / in process: {served / own:.2f} (target: at most 1.5)')


if __name__ == '__main__':
    main()
