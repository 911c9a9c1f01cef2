#!/usr/bin/env python3
"""CLI benchmarks: latency and peak memory of stkr commands against a fresh devnet, checked against targets.

Usage: scripts/bench.py PATH/TO/stkr  (make bench builds a release binary and runs this)
"""
import json
import os
import resource
import socket
import statistics
import subprocess
import sys
import tempfile
import time

RUNS = 30
# Targets: a read command answers well within a human's patience, even on 2 cores; memory stays small.
TARGETS = {
    "params (every value and bound, one round trip)": (["--json", "params"], 150.0),
    "params p-min": (["--json", "params", "p-min"], 150.0),
    "devnet status": (["--json", "devnet", "status"], 150.0),
    "account list": (["--json", "account", "list"], 50.0),
    "--version": (["--version"], 30.0),
    "--help (start-up)": (["--help"], 30.0),
}
MAX_RSS_MB = 48.0


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main():
    stkr = os.path.abspath(sys.argv[1])
    data = tempfile.mkdtemp(prefix="stkr-bench-")
    env = dict(os.environ, STKR_DATA_DIR=data, NO_COLOR="1")
    env.pop("ETH_RPC_URL", None)
    port = free_port()
    subprocess.run([stkr, "-q", "--json", "devnet", "up", "--port", str(port)], env=env, check=True, stdout=subprocess.DEVNULL)
    failures = []
    try:
        print(f"{'command':<48} {'p50 ms':>8} {'p95 ms':>8} {'target':>8}")
        for name, (args, target_ms) in TARGETS.items():
            samples = []
            for _ in range(RUNS):
                start = time.perf_counter()
                subprocess.run([stkr, *args], env=env, check=True, stdout=subprocess.DEVNULL)
                samples.append((time.perf_counter() - start) * 1000)
            samples.sort()
            p50, p95 = statistics.median(samples), samples[int(len(samples) * 0.95) - 1]
            verdict = "ok" if p50 <= target_ms else "SLOW"
            print(f"{name:<48} {p50:>8.1f} {p95:>8.1f} {target_ms:>8.0f}  {verdict}")
            if p50 > target_ms:
                failures.append(f"{name}: p50 {p50:.1f} ms > {target_ms} ms")
        rss_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(f"{'peak RSS of any stkr run':<48} {rss_mb:>8.1f} MB (target {MAX_RSS_MB} MB)")
        if rss_mb > MAX_RSS_MB:
            failures.append(f"peak RSS {rss_mb:.1f} MB > {MAX_RSS_MB} MB")
    finally:
        subprocess.run([stkr, "-q", "devnet", "down"], env=env, stdout=subprocess.DEVNULL)
    if failures:
        print("benchmark targets missed:\n  " + "\n  ".join(failures), file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
