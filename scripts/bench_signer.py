#!/usr/bin/env python3
"""Signing latency of one attestation through the whole distributed-validator path on loopback: a validator
client's Web3Signer request to `stkr signer run`, which recomputes the signing root, records it in its
EIP-3076 store, signs with the provider's share, asks the demo's three guardians (each recomputes the root,
checks and records it, signs with its share), combines two partials with its own and verifies the result.
The key is made by `stkr validator dkg` on a demo devnet. Fails when the 95th percentile misses the target.

Usage: bench_signer.py STKR"""

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

from bench import free_port

# Well inside a slot's 4 s attestation deadline, leaving the rest to the network.
MAX_P95_MS = 50.0
WARMUP = 5
SAMPLES = 200
GVR = "0x" + "ab" * 32


def attestation(epoch):
    root = lambda b: "0x" + b * 32
    return json.dumps({
        "type": "ATTESTATION",
        "fork_info": {
            "fork": {"previous_version": "0x00000001", "current_version": "0x00000001", "epoch": str(epoch + 1)},
            "genesis_validators_root": GVR,
        },
        "attestation": {
            "slot": str((epoch + 1) * 8), "index": "0", "beacon_block_root": root("11"),
            "source": {"epoch": str(epoch), "root": root("22")},
            "target": {"epoch": str(epoch + 1), "root": root("33")},
        },
    }).encode()


def sign(url, body):
    request = urllib.request.Request(url, body, {"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=10) as answer:
        return json.load(answer)["signature"]


def main():
    stkr = os.path.abspath(sys.argv[1])
    with tempfile.TemporaryDirectory() as data:
        password = os.path.join(data, "dev.pass")
        with open(password, "w") as f:
            f.write("dev-secret\n")
        env = dict(os.environ, STKR_DATA_DIR=data, NO_COLOR="1", STKR_PASSWORD_FILE=password)
        run = lambda *args: subprocess.run([stkr, *args], env=env, capture_output=True, text=True, check=True).stdout
        port = free_port()
        run("--json", "-q", "devnet", "up", "--demo", "--no-sidecars", "--port", str(port))
        signer = None
        try:
            run("--json", "devnet", "import-accounts")
            keys = os.path.join(data, "validator_keys")
            made = json.loads(run("--json", "--yes", "--account", "dev2", "validator", "dkg", "--pool", "2",
                                  "--keystore-password-file", password, "--kdf", "pbkdf2", "--out", keys))
            listen = f"127.0.0.1:{free_port()}"
            config = os.path.join(data, "signer.toml")
            run("--json", "--password-file", password, "signer", "init", "--key", made["key_file"],
                "--share", made["share_keystore"], "--account-keystore", os.path.join(data, "keystores", "dev2"),
                "--listen", listen, "--state-dir", os.path.join(data, "signer-state"), "--out", config)
            signer = subprocess.Popen([stkr, "signer", "run", "--config", config], env=env,
                                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            base = f"http://{listen}"
            deadline = time.monotonic() + 30
            while True:
                try:
                    urllib.request.urlopen(f"{base}/upcheck", timeout=2)
                    break
                except (urllib.error.URLError, ConnectionError):
                    if time.monotonic() > deadline:
                        raise RuntimeError("the signer never answered /upcheck")
                    time.sleep(0.2)
            url = f"{base}/api/v1/eth2/sign/{made['validator']}"
            for epoch in range(WARMUP):
                sign(url, attestation(epoch))
            samples = []
            for epoch in range(WARMUP, WARMUP + SAMPLES):
                body = attestation(epoch)
                start = time.perf_counter()
                sign(url, body)
                samples.append((time.perf_counter() - start) * 1000)
            samples.sort()
            p50 = statistics.median(samples)
            p95 = samples[int(len(samples) * 0.95) - 1]
            ok = p95 <= MAX_P95_MS
            print(f"\n{'threshold signing (release, loopback)':<44} {'n':>5} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} {'target':>8}")
            print(f"{'attestation: provider + 2 of 3 guardians':<44} {len(samples):>5} {p50:>8.1f} {p95:>8.1f} "
                  f"{samples[-1]:>8.1f} {MAX_P95_MS:>8.0f}  {'ok' if ok else 'MISSED'}")
            return 0 if ok else 1
        finally:
            if signer is not None:
                signer.terminate()
                signer.wait()
            subprocess.run([stkr, "-q", "devnet", "down"], env=env, stdout=subprocess.DEVNULL)


if __name__ == "__main__":
    sys.exit(main())
