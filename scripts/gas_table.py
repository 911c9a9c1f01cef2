#!/usr/bin/env python3
"""Prints the transaction gas of every user operation (from the isolated forge gas benchmark) against
the targets of the staking core, and fails when one is missed.

Usage: scripts/gas_table.py contracts/snapshots/GasBenchTest.json
"""
import json
import sys

TARGETS = {
    "provider register (apply)": 200_000,
    "add collateral": 70_000,
    "stake ETH (next staker)": 110_000,
    "activate (3 attestations)": 270_000,
    "settle (permissionless)": 200_000,
    "redeem aETH": 60_000,
    "claim (3 stakers)": 60_000,
    "claim (301 stakers)": 60_000,
    "sidecar report, k = 3": 80_000,
    "vote": 60_000,
    "sealed bid": 80_000,
    "reveal": 60_000,
    "settle auction": 160_000,
    "reward claim (10 participants)": 60_000,
    "reward claim (10000 participants)": 60_000,
    "distribute rewards": 250_000,
}
ORDER = [
    "provider register (apply)",
    "add collateral",
    "open pool",
    "stake ETH (first staker)",
    "stake ETH (next staker)",
    "unstake",
    "activate (first ever, 3 attestations)",
    "activate (3 attestations)",
    "force exit (EIP-7002)",
    "settle (permissionless)",
    "claim (3 stakers)",
    "redeem aETH",
    "claim (301 stakers)",
    "register node",
    "sidecar report, k = 3 (first of period)",
    "sidecar report, k = 3",
    "stake on sidecar",
    "apply as candidate",
    "propose",
    "vote",
    "execute (3 governors)",
    "elect (transition, 1 candidate)",
    "quote (call)",
    "submit project",
    "deposit bond",
    "sealed bid (topping up the bond)",
    "sealed bid",
    "reveal (first)",
    "reveal",
    "settle auction",
    "complete project",
    "distribute rewards",
    "reward claim (10 participants)",
    "reward claim (10000 participants)",
]


def main():
    gas = {name: int(value) for name, value in json.load(open(sys.argv[1])).items()}
    missed = []
    print(f"{'operation (one transaction)':<42} {'gas':>9} {'target':>9}")
    for name in ORDER + sorted(set(gas) - set(ORDER)):
        if name not in gas:
            print(f"{name:<42} {'-':>9}  not measured in this run")
            continue
        target = TARGETS.get(name)
        verdict = ""
        if target is not None:
            verdict = "ok" if gas[name] <= target else "MISSED"
            if gas[name] > target:
                missed.append(f"{name}: {gas[name]} > {target}")
        print(f"{name:<42} {gas[name]:>9} {target if target else '':>9}  {verdict}")
    if missed:
        print("gas targets missed:\n  " + "\n  ".join(missed), file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
