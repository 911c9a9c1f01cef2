#!/usr/bin/env python3
"""Reads at scale: RPC round trips and wall time of `stkr status`, `stkr pool list` and one dashboard refresh
(`stkr dashboard --once`, the reads of every new block) with 10, 500 and 1,000 pools on a devnet, and of
`stkr history` over HISTORY_BLOCKS blocks mined around the demo's events (with its number of `eth_getLogs` calls);
fails when a target is missed. (Start-up time is in bench.py; frame render time in tui/examples/render_bench.rs.)

Round trips are counted by a small HTTP proxy between stkr and anvil. The pools are opened by a trusted
bench provider (k = 0), qualified by impersonating the Governance contract on anvil.

Usage: scripts/bench_scale.py PATH/TO/stkr PATH/TO/cast
"""
import collections
import glob
import gzip
import http.server
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request

from bench import free_port

SIZES = (10, 500, 1000)
RUNS = 5
# A handful of round trips whatever the number of pools, and an answer within a second.
MAX_ROUND_TRIPS = {
    None: 8,
    # Connecting and checking the deployment (3), then the refresh itself: three batched reads plus one per
    # 1,000 further calls (the followed account's stake and claim in every pool make three calls a pool).
    "stkr dashboard refresh": 9,
}
MAX_MS = {10: 300.0, 500: 1000.0, 1000: 1500.0}
# `stkr history` over this many blocks mined around the demo's events, within this time on loopback.
# Mining them takes minutes (anvil mines some tens of blocks a second here), on an anvil that keeps no state
# history (see restart_pruned), so its memory stays flat.
HISTORY_BLOCKS = 100_000
HISTORY_MAX_S = 10.0
DEV3 = "0x90F79bf6EB2c4f870365E785982E1f101E93b906"
PROVIDER = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8"  # dev account 1


def rpc(url, method, params):
    body = json.dumps({"jsonrpc": "2.0", "id": 1, "method": method, "params": params}).encode()
    request = urllib.request.Request(url, body, {"Content-Type": "application/json"})
    with urllib.request.urlopen(request) as response:
        answer = json.load(response)
    if "error" in answer:
        raise RuntimeError(f"{method}: {answer['error']}")
    return answer["result"]


class Counter:
    """Forwards JSON-RPC to anvil and counts the HTTP requests (round trips)."""

    def __init__(self, upstream):
        self.upstream = upstream
        self.count = 0
        self.methods = collections.Counter()
        counter = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                counter.count += 1
                try:
                    calls = json.loads(body)
                except ValueError:
                    calls = []
                for call in calls if isinstance(calls, list) else [calls]:
                    if isinstance(call, dict):
                        counter.methods[call.get("method")] += 1
                request = urllib.request.Request(counter.upstream, body, {"Content-Type": "application/json"})
                with urllib.request.urlopen(request) as response:
                    answer = response.read()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(answer)))
                self.end_headers()
                self.wfile.write(answer)

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()


def send(cast, url, sender, to, signature, *args):
    subprocess.run(
        [cast, "send", "--async", "--unlocked", "--from", sender, "--rpc-url", url, to, signature, *args],
        check=True,
        stdout=subprocess.DEVNULL,
    )


def mine(url, blocks):
    """Mine `blocks` empty blocks 12 s apart, 10,000 per call (anvil answers when all are mined)."""
    while blocks > 0:
        step = min(blocks, 10_000)
        rpc(url, "anvil_mine", [hex(step), "0xc"])
        blocks -= step


def anvil_path(cast):
    """The anvil beside `cast` in the pinned toolchain, else STKR_ANVIL or the one on PATH."""
    real = os.path.realpath(cast)
    for candidate in glob.glob(os.path.join(os.path.dirname(os.path.dirname(real)), "anvil-*", "bin", "anvil")):
        return candidate
    return os.environ.get("STKR_ANVIL") or shutil.which("anvil") or "anvil"


def restart_pruned(data, url, port, cast):
    """Swap the demo devnet's anvil for one that keeps no state history, loaded with the demo's blocks,
    transactions and state: an anvil keeping history holds about 0.25 MB a block of this state in memory
    (25 GB for 100,000 blocks, even with --prune-history 256), one with --prune-history alone stays near
    60 MB. The demo needs history only while its guardians attest; reading logs needs none."""
    dumped = rpc(url, "anvil_dumpState", [])
    state = gzip.decompress(bytes.fromhex(dumped.removeprefix("0x")))
    path = os.path.join(data, "anvil-state.json")
    with open(path, "wb") as f:
        f.write(state)
    record = os.path.join(data, "devnet", "devnet.json")
    with open(record) as f:
        devnet = json.load(f)
    os.kill(devnet["pid"], signal.SIGTERM)
    deadline = time.monotonic() + 30
    while os.path.exists(f"/proc/{devnet['pid']}") and time.monotonic() < deadline:
        time.sleep(0.2)
    anvil = subprocess.Popen([anvil_path(cast), "--prune-history", "--load-state", path, "--host", "127.0.0.1",
                              "--port", str(port), "--silent"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                             start_new_session=True)
    devnet["pid"] = anvil.pid
    with open(record, "w") as f:
        json.dump(devnet, f)
    while True:
        try:
            rpc(url, "eth_blockNumber", [])
            return
        except OSError:
            if time.monotonic() > deadline:
                raise RuntimeError("the pruned anvil never answered")
            time.sleep(0.2)


def bench_history(stkr, cast):
    """`stkr history` of dev 3 on a demo devnet with HISTORY_BLOCKS empty blocks mined around its actions: the time
    it takes and its `eth_getLogs` calls; a list of failures."""
    data = tempfile.mkdtemp(prefix="stkr-bench-history-")
    env = dict(os.environ, STKR_DATA_DIR=data, NO_COLOR="1")
    env.pop("ETH_RPC_URL", None)
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    up = [stkr, "-q", "--json", "devnet", "up", "--port", str(port), "--demo", "--no-sidecars"]
    subprocess.run(up, env=env, check=True, stdout=subprocess.DEVNULL)
    try:
        status = json.loads(subprocess.run([stkr, "--json", "devnet", "status"], env=env, check=True, capture_output=True).stdout)
        restart_pruned(data, url, port, cast)
        half = HISTORY_BLOCKS // 2
        mine(url, half)
        # One more action of dev 3 between the two stretches (the demo approved MicroPool's fees for it).
        subprocess.run([cast, "send", "--unlocked", "--from", DEV3, "--rpc-url", url, "--value", "1ether",
                        status["contracts"]["micro_pool"], "stake(uint256)", "2"], check=True, stdout=subprocess.DEVNULL)
        mine(url, HISTORY_BLOCKS - half)
        proxy = Counter(url)
        start = time.perf_counter()
        result = subprocess.run([stkr, "--rpc-url", proxy.url, "--json", "history", "--address", DEV3], env=env,
                                capture_output=True)
        seconds = time.perf_counter() - start
        if result.returncode != 0:
            raise RuntimeError(f"stkr history failed: {result.stderr.decode()}")
        history = json.loads(result.stdout)
        blocks = history["to_block"] - history["from_block"] + 1
        kinds = [a["kind"] for a in history["actions"]]
        get_logs = proxy.methods["eth_getLogs"]
        ok = seconds <= HISTORY_MAX_S and kinds == ["stake", "settle", "sidecar_stake", "stake"]
        print(f"\n{'stkr history (devnet, release build)':<38} {'blocks':>8} {'actions':>8} {'eth_getLogs':>12} "
              f"{'round trips':>12} {'s':>6} {'target s':>9}")
        print(f"{'stkr history --address dev3':<38} {blocks:>8} {len(kinds):>8} {get_logs:>12} {proxy.count:>12} "
              f"{seconds:>6.2f} {HISTORY_MAX_S:>9.0f}  {'ok' if ok else 'MISSED'}")
        if not ok:
            return [f"stkr history over {blocks} blocks: {seconds:.2f} s, actions {kinds}"]
        return []
    finally:
        subprocess.run([stkr, "-q", "devnet", "down"], env=env, stdout=subprocess.DEVNULL)


def main():
    stkr, cast = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    data = tempfile.mkdtemp(prefix="stkr-bench-scale-")
    env = dict(os.environ, STKR_DATA_DIR=data, NO_COLOR="1")
    env.pop("ETH_RPC_URL", None)
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    subprocess.run([stkr, "-q", "--json", "devnet", "up", "--port", str(port)], env=env, check=True, stdout=subprocess.DEVNULL)
    failures = []
    try:
        status = json.loads(subprocess.run([stkr, "--json", "devnet", "status"], env=env, check=True, capture_output=True).stdout)
        c = status["contracts"]
        send(cast, url, PROVIDER, c["provider_registry"], "register(string,uint128,(uint32,uint32,uint32,uint32),uint16)",
             "Bench Staking", "20000000000000000000000", "(16,64,4000,1000)", "2000")
        send(cast, url, PROVIDER, c["ankr_token"], "approve(address,uint256)", c["provider_registry"], "1000000000000000000000000")
        send(cast, url, PROVIDER, c["provider_registry"], "depositCollateral(uint128)", "100000000000000000000000")
        governance = c["governance"]
        rpc(url, "anvil_impersonateAccount", [governance])
        rpc(url, "anvil_setBalance", [governance, hex(10**18)])
        send(cast, url, governance, c["provider_registry"], "qualify(address,uint8)", PROVIDER, "2")
        now = int(rpc(url, "eth_getBlockByNumber", ["latest", False])["timestamp"], 16)
        open_pool = subprocess.run([cast, "calldata", "openPool(uint40)", str(now + 20 * 86_400)], check=True,
                                   capture_output=True, text=True).stdout.strip()
        proxy = Counter(url)
        print(f"{'read (devnet, release build)':<34} {'pools':>6} {'round trips':>12} {'p50 ms':>8} {'target ms':>10}")
        opened = 0
        for size in SIZES:
            while opened < size:
                rpc(url, "eth_sendTransaction", [{"from": PROVIDER, "to": c["micro_pool"], "data": open_pool}])
                opened += 1
            for name, args in (
                ("stkr status", ["--json", "status", "--address", PROVIDER]),
                ("stkr pool list", ["--json", "pool", "list"]),
                # Connecting and checking the deployment happen once per dashboard; a refresh is the rest.
                ("stkr dashboard refresh", ["--json", "dashboard", "--once", "--address", PROVIDER]),
            ):
                samples, trips = [], []
                for _ in range(RUNS):
                    before = proxy.count
                    start = time.perf_counter()
                    result = subprocess.run([stkr, "--rpc-url", proxy.url, *args], env=env, capture_output=True)
                    samples.append((time.perf_counter() - start) * 1000)
                    trips.append(proxy.count - before)
                    if result.returncode != 0:
                        raise RuntimeError(f"{name} failed: {result.stderr.decode()}")
                p50, round_trips = statistics.median(samples), max(trips)
                ok = p50 <= MAX_MS[size] and round_trips <= MAX_ROUND_TRIPS.get(name, MAX_ROUND_TRIPS[None])
                print(f"{name:<34} {size:>6} {round_trips:>12} {p50:>8.1f} {MAX_MS[size]:>10.0f}  {'ok' if ok else 'MISSED'}")
                if not ok:
                    failures.append(f"{name} at {size} pools: {round_trips} round trips, p50 {p50:.1f} ms")
    finally:
        subprocess.run([stkr, "-q", "devnet", "down"], env=env, stdout=subprocess.DEVNULL)
    failures += bench_history(stkr, cast)
    if failures:
        print("scale targets missed:\n  " + "\n  ".join(failures), file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
