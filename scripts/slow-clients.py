#!/usr/bin/env python3
"""Slow clients must not starve the decisions (docs/reliability.md).

Opens N connections to a running service that each announce a dossier and send its body one byte a second,
and meanwhile posts normal decisions from one client, then reports what each got.

    python3 scripts/slow-clients.py [--connections 300] [--seconds 20] [--url http://127.0.0.1:8080]

Loopback only: the script refuses any other host.
"""
import argparse
import asyncio
import ipaddress
import json
import os
import socket
import statistics
import time
import urllib.parse
import urllib.request

# The valid dossier the load test also posts.
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "load-dossier.json"), "rb") as valid:
    DOSSIER = valid.read()


async def slow_client(host, port, seconds, outcomes):
    """Announces the dossier's length, then sends it a byte a second; records how the connection ended."""
    try:
        reader, writer = await asyncio.open_connection(host, port)
    except OSError as e:
        outcomes.append("connect failed: " + type(e).__name__)
        return
    head = ("POST /v1/decisions HTTP/1.1\r\nHost: %s:%d\r\nContent-Type: application/json\r\n"
            "Content-Length: %d\r\n\r\n" % (host, port, len(DOSSIER))).encode()
    writer.write(head)
    deadline = time.monotonic() + seconds
    sent = 0
    outcome = "still open at the end"
    try:
        while time.monotonic() < deadline and sent < len(DOSSIER):
            writer.write(DOSSIER[sent:sent + 1])
            sent += 1
            await writer.drain()
            try:
                answer = await asyncio.wait_for(reader.read(200), timeout=1.0)
                if answer:
                    outcome = "answered " + answer.split(b"\r\n", 1)[0].decode(errors="replace")
                else:
                    outcome = "closed by the server"
                break
            except asyncio.TimeoutError:
                pass
    except (ConnectionError, OSError):
        outcome = "closed by the server"
    outcomes.append(outcome)
    writer.close()


def normal_decision(url):
    request = urllib.request.Request(url + "/v1/decisions", data=DOSSIER,
                                     headers={"Content-Type": "application/json"}, method="POST")
    start = time.monotonic()
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            status = response.status
    except urllib.error.HTTPError as e:
        status = e.code
    except OSError as e:
        status = type(e).__name__
    return status, (time.monotonic() - start) * 1000


async def normal_client(url, seconds, results):
    loop = asyncio.get_running_loop()
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        results.append(await loop.run_in_executor(None, normal_decision, url))
        await asyncio.sleep(0.2)


async def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--connections", type=int, default=300)
    parser.add_argument("--seconds", type=int, default=20)
    parser.add_argument("--url", default="http://127.0.0.1:8080")
    args = parser.parse_args()
    target = urllib.parse.urlparse(args.url)
    if not ipaddress.ip_address(socket.gethostbyname(target.hostname)).is_loopback:
        raise SystemExit("refused: %s is not a loopback address" % target.hostname)
    host, port = target.hostname, target.port or 80

    outcomes, results = [], []
    slow = [asyncio.create_task(slow_client(host, port, args.seconds, outcomes)) for _ in range(args.connections)]
    await asyncio.sleep(2)  # let every slow connection be open before the normal client starts
    await normal_client(args.url, args.seconds - 2, results)
    await asyncio.gather(*slow)

    ok = [ms for status, ms in results if status == 200]
    print("slow connections: %d, each sending 1 byte/s for up to %d s" % (args.connections, args.seconds))
    for outcome in sorted(set(outcomes)):
        print("  %4d %s" % (outcomes.count(outcome), outcome))
    print("normal decisions meanwhile: %d sent, %d answered 200" % (len(results), len(ok)))
    if ok:
        print("  latency ms: median %.1f, max %.1f" % (statistics.median(ok), max(ok)))
    failed = [status for status, _ in results if status != 200]
    if failed:
        print("  failures: %s" % sorted(set(map(str, failed))))
    raise SystemExit(0 if results and not failed else 1)


if __name__ == "__main__":
    asyncio.run(main())
