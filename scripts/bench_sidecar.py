#!/usr/bin/env python3
"""The sidecar's resident memory and CPU while it idles and reports: a demo devnet (three nodes, a
sidecar each, 2-minute report periods), sampled from /proc for BENCH_SIDECAR_SECONDS (default 600),
plus the gas of every report mined meanwhile.

Usage: bench_sidecar.py STKR [CAST]"""

import json
import os
import subprocess
import sys
import tempfile
import time
import urllib.request

from bench_scale import free_port

# Targets: what a small VPS beside a node can spare.
MAX_RSS_MB = 40.0
MAX_CPU_PERCENT = 2.0
SAMPLE_EVERY = 5.0
TICKS = os.sysconf("SC_CLK_TCK")


def rss_mb(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def cpu_seconds(pid):
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS


def rpc(url, method, params):
    body = json.dumps({"jsonrpc": "2.0", "id": 1, "method": method, "params": params}).encode()
    request = urllib.request.Request(url, body, {"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=10) as answer:
        return json.load(answer)["result"]


def main():
    stkr = os.path.abspath(sys.argv[1])
    seconds = float(os.environ.get("BENCH_SIDECAR_SECONDS", "600"))
    with tempfile.TemporaryDirectory() as data:
        env = dict(os.environ, STKR_DATA_DIR=data, NO_COLOR="1")
        env.pop("STKR_PASSWORD_FILE", None)
        port = free_port()
        up = subprocess.run([stkr, "--json", "-q", "devnet", "up", "--demo", "--port", str(port)],
                            env=env, capture_output=True, text=True, check=True)
        devnet = json.loads(up.stdout)
        url = devnet["rpc_url"]
        sidecars = devnet["sidecars"]
        try:
            start = {s["pid"]: cpu_seconds(s["pid"]) for s in sidecars}
            began = time.monotonic()
            peak = {s["pid"]: 0.0 for s in sidecars}
            while time.monotonic() - began < seconds:
                for pid in peak:
                    peak[pid] = max(peak[pid], rss_mb(pid))
                time.sleep(SAMPLE_EVERY)
            elapsed = time.monotonic() - began
            cpu = {pid: (cpu_seconds(pid) - start[pid]) / elapsed * 100 for pid in start}
            gas = []
            for s in sidecars:
                status = subprocess.run([stkr, "--json", "sidecar", "status", "--config", s["config"]],
                                        env=env, capture_output=True, text=True, check=True)
                state = os.path.join(os.path.dirname(s["config"]), f"node-{s['node_id']}", "state")
                with open(os.path.join(state, "reports.jsonl")) as records:
                    for line in records:
                        record = json.loads(line)
                        receipt = rpc(url, "eth_getTransactionReceipt", [record["tx_hash"]])
                        gas.append((len(record["audits"]), int(receipt["gasUsed"], 16)))
                json.loads(status.stdout)
        finally:
            subprocess.run([stkr, "devnet", "down"], env=env, capture_output=True)

    worst_rss = max(peak.values())
    worst_cpu = max(cpu.values())
    print(f"sidecar, {len(peak)} processes over {elapsed:.0f} s of idle reporting (2-minute periods):")
    print(f"  {'peak resident memory':<28} {worst_rss:8.1f} MB   target <= {MAX_RSS_MB:.0f} MB"
          f"   {'ok' if worst_rss <= MAX_RSS_MB else 'MISSED'}")
    print(f"  {'CPU, busiest sidecar':<28} {worst_cpu:8.2f} %    target <= {MAX_CPU_PERCENT:.0f} %"
          f"    {'ok' if worst_cpu <= MAX_CPU_PERCENT else 'MISSED'}")
    for k in sorted({k for k, _ in gas}):
        used = [g for kk, g in gas if kk == k]
        print(f"  gas per report with k = {k:<5} {sum(used) // len(used):8d}      ({len(used)} reports; "
              f"k = 3 is in the gas table: 'sidecar report, k = 3')")
    return 0 if worst_rss <= MAX_RSS_MB and worst_cpu <= MAX_CPU_PERCENT else 1


if __name__ == "__main__":
    sys.exit(main())
