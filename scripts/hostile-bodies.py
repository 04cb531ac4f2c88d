#!/usr/bin/env python3
"""The hostile bodies of the attack report (docs/reliability.md), posted to a running service on loopback:
prints each answer's status, its wall time and, with --pid, the CPU the service spent on it.

    python3 scripts/hostile-bodies.py [--url http://127.0.0.1:8080] [--pid <service pid>] [--times 5]
"""
import argparse
import ipaddress
import json
import os
import socket
import time
import urllib.error
import urllib.parse
import urllib.request

# The valid dossier the load test also posts: each hostile body is built on it.
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "load-dossier.json"), encoding="utf-8") as valid:
    VALID_DOSSIER = json.load(valid)


def body(**changes):
    dossier = dict(VALID_DOSSIER)
    dossier.update(changes)
    return json.dumps(dossier).encode()


def bodies():
    unknown = {"x%d" % i: 0 for i in range(8000)}
    yield "8000 unknown fields + 20000 empty list items", body(resources=[{}] * 20000, **unknown)
    member = {"relation": "PARTNER", "resources": [{}] * 50}
    yield "30 members x 50 empty resources + 8000 unknown fields", body(household=[member] * 30, **unknown)
    yield "30 members x 50 empty resources", body(household=[member] * 30)
    yield "3000-item list under a misspelt key", body(housHold=[{"relation": "PARTNER", "birthDate": "1980-01-01"}] * 3000)
    yield "requestDate +999999999-12-31", body(requestDate="+999999999-12-31")
    yield "netAmount 9999999.999999999999", body(resources=[{"type": "WAGES", "netAmount": 1, "periodicity": "MONTHLY"}]) \
        .replace(b'"netAmount": 1', b'"netAmount": 9999999.999999999999')


def cpu_seconds(pid):
    with open("/proc/%d/stat" % pid) as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def post(url, data):
    request = urllib.request.Request(url + "/v1/decisions", data=data, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status
    except urllib.error.HTTPError as e:
        return e.code


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url", default="http://127.0.0.1:8080")
    parser.add_argument("--pid", type=int)
    parser.add_argument("--times", type=int, default=5)
    args = parser.parse_args()
    host = urllib.parse.urlparse(args.url).hostname
    if not ipaddress.ip_address(socket.gethostbyname(host)).is_loopback:
        raise SystemExit("refused: %s is not a loopback address" % host)
    for name, data in bodies():
        post(args.url, data)  # warm-up
        cpu_before, start = (cpu_seconds(args.pid) if args.pid else 0), time.monotonic()
        statuses = {post(args.url, data) for _ in range(args.times)}
        wall = (time.monotonic() - start) / args.times * 1000
        cpu = (cpu_seconds(args.pid) - cpu_before) / args.times * 1000 if args.pid else float("nan")
        print("%-55s %6d bytes  status %s  %7.1f ms wall  %7.1f ms service CPU (mean of %d)"
              % (name, len(data), sorted(statuses), wall, cpu, args.times))


if __name__ == "__main__":
    main()
