"""Load figures for the JSON API: requests/s, p50/p95 latency and errors of /api/quotes?q=… under concurrent clients.

Issue 5 asks for these figures with 10 concurrent clients for 30 s on loopback.
The script starts `archive serve` (the real command, uvicorn in its own
process, so the load generator does not share its interpreter) on 127.0.0.1
and a free port, waits until it answers, then runs --clients threads, each with
one keep-alive connection, cycling through the queries until --seconds have
passed. Every non-200 answer or failed request counts as an error. Traffic goes
to 127.0.0.1 only and every loop is bounded in time.

    python scripts/bench_web.py --index /tmp/webidx
    python scripts/bench_web.py --index /tmp/bench/index --seconds 30 --clients 10 --json
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx

DEFAULT_QUERIES = ("police", "secure communities", "immigrants", "trust", "crime", "community", "deport*", '"public safety"', "government", "said")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_server(index: Path, port: int) -> subprocess.Popen:
    command = [sys.executable, "-m", "archive", "serve", "--index", str(index), "--host", "127.0.0.1", "--port", str(port)]
    return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def wait_until_up(base: str, server: subprocess.Popen, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"the server exited: {server.stderr.read().strip()}")
        try:
            if httpx.get(base + "/api/topics", timeout=timeout).status_code == 200:  # also waits out the cache warm-up
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    raise SystemExit(f"the server did not answer within {timeout:.0f} s")


def client_loop(base: str, queries: list[str], page_size: int, offset: int, deadline: float, out: dict, timeout: float) -> None:
    """One client: one connection, requests back to back until the deadline."""
    latencies, errors, statuses = out["latencies"], out["errors"], out["statuses"]
    number = offset
    with httpx.Client(base_url=base, timeout=timeout) as client:
        while time.monotonic() < deadline:
            query = queries[number % len(queries)]
            number += 1
            started = time.perf_counter()
            try:
                response = client.get("/api/quotes", params={"q": query, "page_size": page_size})
                response.read()
                ok = response.status_code == 200
                statuses[response.status_code] = statuses.get(response.status_code, 0) + 1
            except httpx.HTTPError as error:
                ok = False
                statuses[type(error).__name__] = statuses.get(type(error).__name__, 0) + 1
            latencies.append(time.perf_counter() - started)
            if not ok:
                errors.append(query)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))] if ordered else float("nan")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index", type=Path, default=Path("index"), help="index folder [index]")
    parser.add_argument("--seconds", type=float, default=30.0, help="length of the measured run [30]")
    parser.add_argument("--clients", type=int, default=10, help="concurrent clients [10]")
    parser.add_argument("--warmup", type=float, default=2.0, help="unmeasured seconds first [2]")
    parser.add_argument("--page-size", type=int, default=20, help="records per answer [20]")
    parser.add_argument("--timeout", type=float, default=30.0, help="seconds before a request counts as an error [30]")
    parser.add_argument("--query", action="append", help="a query to cycle through (repeatable) [a fixed mix]")
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    args = parser.parse_args()
    if not (0 < args.seconds <= 3600 and 1 <= args.clients <= 256):
        parser.error("--seconds must be in (0, 3600] and --clients in [1, 256]")
    queries = args.query or list(DEFAULT_QUERIES)

    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = start_server(args.index, port)
    try:
        wait_until_up(base, server, timeout=120)
        if args.warmup > 0:
            warm = {"latencies": [], "errors": [], "statuses": {}}
            client_loop(base, queries, args.page_size, 0, time.monotonic() + args.warmup, warm, 120.0)
        results = [{"latencies": [], "errors": [], "statuses": {}} for _ in range(args.clients)]
        started = time.monotonic()
        deadline = started + args.seconds
        threads = [
            threading.Thread(target=client_loop, args=(base, queries, args.page_size, n, deadline, results[n], args.timeout), daemon=True)
            for n in range(args.clients)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=args.seconds + args.timeout + 5)
        elapsed = time.monotonic() - started
    finally:
        server.send_signal(signal.SIGINT)
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()

    latencies = [value for r in results for value in r["latencies"]]
    statuses: dict = {}
    for r in results:
        for key, count in r["statuses"].items():
            statuses[str(key)] = statuses.get(str(key), 0) + count
    figures = {
        "index": str(args.index),
        "clients": args.clients,
        "seconds": round(elapsed, 1),
        "requests": len(latencies),
        "requests_per_second": round(len(latencies) / elapsed, 1) if elapsed else 0.0,
        "p50_ms": round(percentile(latencies, 0.50) * 1000, 1),
        "p95_ms": round(percentile(latencies, 0.95) * 1000, 1),
        "p99_ms": round(percentile(latencies, 0.99) * 1000, 1),
        "mean_ms": round(statistics.fmean(latencies) * 1000, 1) if latencies else float("nan"),
        "max_ms": round(max(latencies, default=float("nan")) * 1000, 1),
        "errors": sum(len(r["errors"]) for r in results),
        "statuses": statuses,
        "queries": queries,
        "cpus": os.cpu_count(),
    }
    if args.json:
        print(json.dumps(figures))
    else:
        print(f"/api/quotes on {figures['index']}: {figures['clients']} clients for {figures['seconds']} s")
        print(f"  {figures['requests']} requests, {figures['requests_per_second']} req/s")
        print(f"  latency p50 {figures['p50_ms']} ms, p95 {figures['p95_ms']} ms, p99 {figures['p99_ms']} ms, max {figures['max_ms']} ms")
        print(f"  errors {figures['errors']}  statuses {figures['statuses']}")
    return 1 if figures["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
