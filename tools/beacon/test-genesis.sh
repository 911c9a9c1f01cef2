#!/usr/bin/env bash
# End-to-end test of genesis.mjs with the pinned Lodestar (tools/beacon/node_modules, 1.5.1):
#
#  1. two fresh BLS keys (A, B) and their deposit data (32 ETH, 0x01 credentials), signed over the dev
#     chain's deposit domain (GENESIS_FORK_VERSION 0x00000001, zero genesis validators root);
#  2. genesis.mjs refuses a bad signature, a signature over another fork version and a file made for
#     another fork version (exit 1, no file written);
#  3. without deposit data, genesis.mjs writes the very bytes `lodestar dev` builds itself;
#  4. genesis with the 8 interop validators + A (index 8) + B (index 9);
#  5. `lodestar dev --genesisStateFile` running interop validators 0..7 in process, a separate
#     `lodestar validator` for A (EIP-2335 keystore) and one for B through a remote signer
#     (--externalSigner.url/--externalSigner.pubkeys, served by a toy EIP-3030 signer);
#  6. the beacon API shows A and B active_ongoing with balances above 32000000000 gwei, and the chain
#     finalizes (finalized epoch >= 1).
#
# usage: tools/beacon/test-genesis.sh     (KEEP=1 keeps the temp dir; TIMEOUT_EPOCHS=14 by default)
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
lodestar="$here/node_modules/.bin/lodestar"
helper="$here/test-genesis-helper.mjs"
export LODESTAR_PRESET=minimal
SLOT=2
SLOTS_PER_EPOCH=8
TIMEOUT_EPOCHS=${TIMEOUT_EPOCHS:-14}

dir=$(mktemp -d /tmp/stkr-genesis-test.XXXXXX)
pids=()
log() { printf '[%s] %s\n' "$(date +%T)" "$*"; }
now_ms() { date +%s%3N; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# Each process runs in its own process group (setsid) and is stopped by its own pid only.
stop_all() {
  local pid
  for pid in "${pids[@]}"; do kill -TERM -- "-$pid" 2>/dev/null || true; done
  for _ in $(seq 1 150); do
    local alive=0
    for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null && alive=1; done
    [ $alive = 0 ] && break
    sleep 0.1
  done
  for pid in "${pids[@]}"; do kill -KILL -- "-$pid" 2>/dev/null || true; done
  pids=()
}
cleanup() {
  local rc=$?
  stop_all
  if [ "${KEEP:-0}" = 1 ] || [ $rc != 0 ]; then log "kept $dir"; else rm -rf "$dir"; fi
  exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM
fail() { log "FAIL: $*"; exit 1; }

# --- 1. keys and deposit data
t0=$(now_ms)
pubkey_a=$(node "$helper" key "$dir/keys/a")
pubkey_b=$(node "$helper" key "$dir/keys/b")
node "$helper" key "$dir/keys/x" >/dev/null
node "$helper" deposit "$dir/deposits.json" "$dir/keys/a" "$dir/keys/b"
log "keys A=$pubkey_a B=$pubkey_b ($(( $(now_ms) - t0 )) ms)"

# --- 2. bad deposits are refused, loudly
node "$helper" deposit "$dir/bad-signature.json" "$dir/keys/a" --sign-with "$dir/keys/x"
node "$helper" deposit "$dir/bad-fork-signed.json" "$dir/keys/a" --sign-fork-version 00000000
node "$helper" deposit "$dir/other-fork.json" "$dir/keys/a" --sign-fork-version 00000000 --fork-version 00000000
for bad in bad-signature bad-fork-signed other-fork; do
  if node "$here/genesis.mjs" --deposit-data "$dir/$bad.json" --genesis-time 1700000000 --out "$dir/$bad.ssz" \
    --params.SECONDS_PER_SLOT $SLOT 2>"$dir/$bad.err"; then
    fail "genesis.mjs accepted $bad.json"
  fi
  grep -q "signature does not verify" "$dir/$bad.err" || fail "$bad.json: unexpected message: $(cat "$dir/$bad.err")"
  [ ! -e "$dir/$bad.ssz" ] || fail "$bad.json: a genesis file was written"
  log "refused $bad.json: $(sed -n 2p "$dir/$bad.err" | cut -c1-160)…"
done

# --- 3. without extra deposits: the same bytes as lodestar dev's own genesis
node "$here/genesis.mjs" --genesis-time 1700000000 --out "$dir/interop.ssz" --params.SECONDS_PER_SLOT $SLOT >/dev/null
node "$helper" devstate --genesis-time 1700000000 --validators 8 --out "$dir/interop-lodestar.ssz" --params.SECONDS_PER_SLOT $SLOT
cmp "$dir/interop.ssz" "$dir/interop-lodestar.ssz" || fail "the interop-only state differs from lodestar dev's"
log "interop-only genesis is byte-identical to lodestar dev's (nodeUtils.initDevState)"

# --- 4. the genesis state with A and B
genesis_time=$(( $(date +%s) + ${GENESIS_DELAY:-30} ))
t0=$(now_ms)
node "$here/genesis.mjs" --deposit-data "$dir/deposits.json" --genesis-time $genesis_time \
  --out "$dir/genesis.ssz" --validators 8 --params.SECONDS_PER_SLOT $SLOT >"$dir/genesis.json"
log "genesis.mjs: $(( $(now_ms) - t0 )) ms: $(cat "$dir/genesis.json")"
index_a=$(jq -r --arg p "$pubkey_a" '.extra[] | select(.pubkey == $p) | .index' "$dir/genesis.json")
index_b=$(jq -r --arg p "$pubkey_b" '.extra[] | select(.pubkey == $p) | .index' "$dir/genesis.json")
[ "$index_a" = 8 ] && [ "$index_b" = 9 ] || fail "unexpected indices A=$index_a B=$index_b"

# --- 5. the dev beacon node with the interop validators, then the two validator clients
rest=$(free_port)
p2p=$(free_port)
url="http://127.0.0.1:$rest"
beacon_cmd=("$lodestar" dev --genesisStateFile "$dir/genesis.ssz" --startValidators 0..7 --reset
  --dataDir "$dir/beacon" --rest.address 127.0.0.1 --rest.port "$rest" --server "$url"
  --listenAddress 127.0.0.1 --port "$p2p" --discv5 false --params.SECONDS_PER_SLOT $SLOT
  --logLevel info --logFile none)
log "LODESTAR_PRESET=minimal ${beacon_cmd[*]}"
t0=$(now_ms)
(cd "$dir" && exec setsid "${beacon_cmd[@]}" </dev/null >"$dir/beacon.log" 2>&1) &
pids+=($!)
until curl -sf "$url/eth/v1/node/health" -o /dev/null; do
  kill -0 "${pids[0]}" 2>/dev/null || fail "lodestar dev exited: $(tail -5 "$dir/beacon.log")"
  [ $(( $(now_ms) - t0 )) -lt 90000 ] || fail "lodestar dev did not serve its API in 90 s"
  sleep 0.25
done
log "beacon API up after $(( $(now_ms) - t0 )) ms; genesis in $(( genesis_time - $(date +%s) )) s"
api_root=$(curl -sf "$url/eth/v1/beacon/genesis" | jq -r .data.genesis_validators_root)
[ "$api_root" = "$(jq -r .genesis_validators_root "$dir/genesis.json")" ] || fail "the node's genesis validators root is $api_root"

# A validator client without the dev chain's --params.SECONDS_PER_SLOT has the minimal preset's 6 s
# slots and refuses the node (assertEqualParams on /eth/v1/config/spec) instead of running on a wrong clock.
t0=$(now_ms)
if (cd "$dir" && timeout 60 "$lodestar" validator --dataDir "$dir/validator-mismatch" --server "$url" \
  --interopIndexes 0..0 --logFile none </dev/null >"$dir/validator-mismatch.log" 2>&1); then
  fail "a validator without --params.SECONDS_PER_SLOT $SLOT ran"
fi
grep -q "SECONDS_PER_SLOT different value: 6 != $SLOT" "$dir/validator-mismatch.log" \
  || fail "unexpected mismatch output: $(tail -3 "$dir/validator-mismatch.log")"
log "without --params.SECONDS_PER_SLOT the validator exits ($(( $(now_ms) - t0 )) ms): $(grep -m1 'SECONDS_PER_SLOT different' "$dir/validator-mismatch.log")"

validator_a_cmd=("$lodestar" validator --dataDir "$dir/validator-a" --server "$url" --params.SECONDS_PER_SLOT $SLOT
  --importKeystores "$dir/keys/a/keystore.json" --importKeystoresPassword "$dir/keys/a/password.txt"
  --logLevel info --logFile none)
log "LODESTAR_PRESET=minimal ${validator_a_cmd[*]}"
t0=$(now_ms)
(cd "$dir" && exec setsid "${validator_a_cmd[@]}" </dev/null >"$dir/validator-a.log" 2>&1) &
pids+=($!)

(exec setsid node "$helper" signer "$dir/signer.port" "$dir/keys/b" </dev/null >"$dir/signer.log" 2>&1) &
pids+=($!)
until [ -s "$dir/signer.port" ]; do sleep 0.1; done
signer_url="http://127.0.0.1:$(cat "$dir/signer.port")"
validator_b_cmd=("$lodestar" validator --dataDir "$dir/validator-b" --server "$url" --params.SECONDS_PER_SLOT $SLOT
  --externalSigner.url "$signer_url" --externalSigner.pubkeys "$pubkey_b"
  --logLevel info --logFile none)
log "LODESTAR_PRESET=minimal ${validator_b_cmd[*]}"
(cd "$dir" && exec setsid "${validator_b_cmd[@]}" </dev/null >"$dir/validator-b.log" 2>&1) &
pids+=($!)
for v in a b; do
  until grep -q "Verified connected beacon node and validator have same the config" "$dir/validator-$v.log"; do
    grep -qi "error" "$dir/validator-$v.log" && fail "validator $v: $(grep -i error "$dir/validator-$v.log" | head -3)"
    [ $(( $(now_ms) - t0 )) -lt 90000 ] || fail "validator $v did not connect in 90 s"
    sleep 0.25
  done
done
log "both validator clients connected after $(( $(now_ms) - t0 )) ms"

# --- 6. wait for A and B to earn rewards, and for the chain of 10 validators to finalize
deadline=$(( genesis_time + TIMEOUT_EPOCHS * SLOTS_PER_EPOCH * SLOT ))
ok=0
while [ "$(date +%s)" -lt $deadline ]; do
  sleep $(( SLOTS_PER_EPOCH * SLOT / 2 ))
  head=$(curl -sf "$url/eth/v1/beacon/headers/head" | jq -r .data.header.message.slot || echo "?")
  fin=$(curl -sf "$url/eth/v1/beacon/states/head/finality_checkpoints" | jq -r .data.finalized.epoch || echo "?")
  line="head slot $head (epoch $(( ${head/\?/0} / SLOTS_PER_EPOCH ))), finalized epoch $fin"
  ok=1
  for index in $index_a $index_b; do
    v=$(curl -sf "$url/eth/v1/beacon/states/head/validators/$index" || echo '{}')
    status=$(jq -r '.data.status // "?"' <<<"$v")
    balance=$(jq -r '.data.balance // "0"' <<<"$v")
    line="$line; validator $index $status $balance"
    { [ "$status" = active_ongoing ] && [ "$balance" -gt 32000000000 ]; } || ok=0
  done
  log "$line"
  [ "$fin" != "?" ] && [ "$fin" -ge 1 ] || ok=0
  [ $ok = 1 ] && break
done
[ $ok = 1 ] || fail "validators $index_a and $index_b did not both earn rewards (or no finality) by epoch $TIMEOUT_EPOCHS"

log "validator A published: $(grep -c 'Published attestations' "$dir/validator-a.log") attestation batches, $(grep -c 'Published block' "$dir/validator-a.log") blocks"
log "validator B published: $(grep -c 'Published attestations' "$dir/validator-b.log") attestation batches, $(grep -c 'Published block' "$dir/validator-b.log") blocks; $(tail -1 "$dir/signer.log")"
log "state dir layout:"
(cd "$dir" && find . -maxdepth 3 -not -path './beacon/chain-db/*' -not -path '*/validator-db/*' | sort | sed 's/^/    /')
t0=$(now_ms)
stop_all
log "stopped all processes in $(( $(now_ms) - t0 )) ms"
log "PASS: extra validators $index_a and $index_b active with balances above 32 ETH"
