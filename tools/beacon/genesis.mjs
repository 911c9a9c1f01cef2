#!/usr/bin/env node
// Build the genesis state of a Lodestar dev chain (`lodestar dev`) whose validators are the interop
// validators PLUS extra validators given as standard deposit data (the JSON array staking-deposit-cli
// and stkr write), for `lodestar dev --genesisStateFile <out>`.
//
//   LODESTAR_PRESET=minimal node tools/beacon/genesis.mjs \
//       --deposit-data deposits.json --genesis-time <unix> --out genesis.ssz \
//       [--validators 8] [--genesis-eth1-hash 0x0b0b…] [--params.SECONDS_PER_SLOT 2] [--params.NAME VALUE]…
//
// The state is the one `lodestar dev --genesisValidators N` builds itself (@lodestar/beacon-node's
// nodeUtils.initDevState: interop deposits 0..N-1, getInteropState, eth1 block hash 0x0b…0b, eth1
// timestamp 2^40, then genesis_time overwritten), with the extra deposits appended after the interop
// ones, so the interop validators keep indices 0..N-1 and `--startValidators 0..N-1` still runs them;
// the extra validators get indices N, N+1, … in file order. With no --deposit-data the output is
// byte-for-byte the state `lodestar dev --genesisValidators N --genesisTime T` builds.
//
// Config: Lodestar 1.5.1's `dev` network is the preset's own chain config (networks/dev.js: with
// LODESTAR_PRESET=minimal, @lodestar/config's minimalChainConfig), plus the --params.* flags given to
// `lodestar dev`. The dev command sets no fork epoch of its own, so with the minimal preset:
//   GENESIS_FORK_VERSION 0x00000001 (deposits are signed over this, with a zero genesis validators root)
//   ALTAIR_FORK_EPOCH 74240 (ALTAIR_FORK_VERSION 0x01000001), BELLATRIX, CAPELLA, EIP4844: Infinity
// i.e. the chain starts in phase0 (fork previous = current = 0x00000001, epoch 0) and, at 2 s slots and
// 8 slots an epoch, would reach Altair only after 74240 * 16 s ≈ 13.7 days. Pass this script the same
// --params.* as `lodestar dev` (at least --params.SECONDS_PER_SLOT 2, which does not change the state but
// is checked and reported; any fork epoch or version override changes the state and MUST be given to
// both). The genesis fork follows the config exactly as Lodestar's own genesis code does.
//
// Extra deposits are checked before anything is built, and any problem exits 1 with a message naming
// the entry: malformed fields, a deposit_message_root / deposit_data_root / fork_version that does not
// match, a pubkey repeated or equal to an interop key (it would be a top-up, not a validator), an amount
// under 32 ETH (the validator would not be active at genesis) and, above all, a signature that does not
// verify over compute_domain(DOMAIN_DEPOSIT, GENESIS_FORK_VERSION, ZERO) — the genesis state transition
// would silently skip such a deposit. After the build each extra validator is checked to be in the state,
// at its index, active from epoch 0.
//
// stdout: one JSON line {genesis_time, genesis_validators_root, deposit_root, deposit_count, validators, interop_validators, extra:
// [{index, pubkey}], fork, fork_version, preset, config: {…}, out}.

import fs from "node:fs";
import process from "node:process";

const USAGE = `usage: LODESTAR_PRESET=minimal node genesis.mjs --genesis-time <unix> --out <genesis.ssz>
         [--deposit-data <deposits.json>] [--validators <interop count, 8>]
         [--genesis-eth1-hash <32-byte hex, 0x0b…0b as lodestar dev>] [--params.<NAME> <value>]...`;

function fail(message) {
  process.stderr.write(`genesis: ${message}\n`);
  process.exit(1);
}

function parseArgs(argv) {
  const args = { params: {} };
  for (let i = 0; i < argv.length; i++) {
    let arg = argv[i];
    if (arg === "-h" || arg === "--help") {
      process.stdout.write(USAGE + "\n");
      process.exit(0);
    }
    if (!arg.startsWith("--")) fail(`unexpected argument '${arg}'\n${USAGE}`);
    arg = arg.slice(2);
    let value;
    const eq = arg.indexOf("=");
    if (eq >= 0) {
      value = arg.slice(eq + 1);
      arg = arg.slice(0, eq);
    } else {
      if (i + 1 >= argv.length) fail(`--${arg} needs a value\n${USAGE}`);
      value = argv[++i];
    }
    if (arg.startsWith("params.")) {
      args.params[arg.slice("params.".length)] = value;
    } else if (["deposit-data", "genesis-time", "out", "validators", "genesis-eth1-hash"].includes(arg)) {
      if (args[arg] !== undefined) fail(`--${arg} given twice`);
      args[arg] = value;
    } else {
      fail(`unknown option --${arg}\n${USAGE}`);
    }
  }
  return args;
}

const args = parseArgs(process.argv.slice(2));
if (args["genesis-time"] === undefined || args.out === undefined) fail(`--genesis-time and --out are required\n${USAGE}`);
const genesisTime = Number(args["genesis-time"]);
if (!Number.isSafeInteger(genesisTime) || genesisTime <= 0) fail(`--genesis-time must be a unix time in seconds, not '${args["genesis-time"]}'`);
const interopCount = args.validators === undefined ? 8 : Number(args.validators);
if (!Number.isSafeInteger(interopCount) || interopCount < 0) fail(`--validators must be a whole number, not '${args.validators}'`);

// The preset is fixed when @lodestar/params loads, so set it before importing anything of Lodestar's.
if (!process.env.LODESTAR_PRESET) process.env.LODESTAR_PRESET = "minimal";

const { ssz } = await import("@lodestar/types");
const params = await import("@lodestar/params");
const { createIChainForkConfig, createIChainConfig, chainConfigFromJson } = await import("@lodestar/config");
const { minimalChainConfig, mainnetChainConfig } = await import("@lodestar/config/presets");
const { gnosisChainConfig } = await import("@lodestar/config/networks");
const st = await import("@lodestar/state-transition");
const { Tree, toGindex } = await import("@chainsafe/persistent-merkle-tree");
const { digest } = await import("@chainsafe/as-sha256");
const { default: bls } = await import("@chainsafe/bls");
const { CoordType } = await import("@chainsafe/bls/types");

const { ACTIVE_PRESET, PresetName, DOMAIN_DEPOSIT, MAX_EFFECTIVE_BALANCE, BLS_WITHDRAWAL_PREFIX, GENESIS_SLOT } = params;

// ---- config, as `lodestar dev` computes it (getBeaconParams: network "dev" params, then --params.*)
const devChainConfig = { [PresetName.minimal]: minimalChainConfig, [PresetName.mainnet]: mainnetChainConfig, [PresetName.gnosis]: gnosisChainConfig }[ACTIVE_PRESET];
if (!devChainConfig) fail(`preset ${ACTIVE_PRESET} is not supported by lodestar dev`);
let config;
try {
  config = createIChainForkConfig(createIChainConfig({ ...devChainConfig, ...chainConfigFromJson(args.params) }));
} catch (e) {
  fail(`bad --params: ${e.message}`);
}
for (const name of Object.keys(args.params)) {
  if (!(name in devChainConfig)) fail(`unknown config parameter --params.${name}`);
}

// ---- hex helpers (deposit files have hex without 0x)
function parseHex(value, bytes, what) {
  if (typeof value !== "string") throw new Error(`${what} must be a hex string`);
  const hex = value.startsWith("0x") || value.startsWith("0X") ? value.slice(2) : value;
  if (!/^[0-9a-fA-F]*$/.test(hex) || hex.length !== bytes * 2) throw new Error(`${what} must be ${bytes} bytes of hex, not '${value}'`);
  return Uint8Array.from(Buffer.from(hex, "hex"));
}
const toHex = (bytes) => "0x" + Buffer.from(bytes).toString("hex");
const equalBytes = (a, b) => Buffer.from(a).equals(Buffer.from(b));

let eth1BlockHash;
try {
  eth1BlockHash = args["genesis-eth1-hash"] === undefined ? new Uint8Array(32).fill(0x0b) : parseHex(args["genesis-eth1-hash"], 32, "--genesis-eth1-hash");
} catch (e) {
  fail(e.message);
}

const depositDomain = st.computeDomain(DOMAIN_DEPOSIT, config.GENESIS_FORK_VERSION, st.ZERO_HASH);

// ---- interop deposits, exactly as @lodestar/beacon-node's interopDeposits (0x00 BLS credentials)
const interopKeys = st.interopSecretKeys(interopCount);
const interopData = interopKeys.map((secretKey) => {
  const pubkey = secretKey.toPublicKey().toBytes();
  const withdrawalCredentials = digest(pubkey);
  withdrawalCredentials[0] = BLS_WITHDRAWAL_PREFIX;
  const data = { pubkey, withdrawalCredentials, amount: MAX_EFFECTIVE_BALANCE, signature: Buffer.alloc(0) };
  data.signature = secretKey.sign(st.computeSigningRoot(ssz.phase0.DepositMessage, data, depositDomain)).toBytes();
  return data;
});

// ---- extra deposits: parse and check every entry, collecting every problem before failing
function readExtraDeposits(file) {
  let entries;
  try {
    entries = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (e) {
    fail(`cannot read deposit data ${file}: ${e.message}`);
  }
  if (!Array.isArray(entries)) fail(`deposit data ${file} must be a JSON array of deposits`);
  const problems = [];
  const seen = new Map(interopData.map((d, i) => [toHex(d.pubkey), `interop validator ${i}`]));
  const datas = [];
  entries.forEach((entry, n) => {
    const where = `deposit ${n} of ${file}`;
    let pubkeyText = "";
    const say = (message) => problems.push(`${where}${pubkeyText}: ${message}`);
    if (entry === null || typeof entry !== "object" || Array.isArray(entry)) {
      problems.push(`${where}: not a JSON object`);
      return;
    }
    const field = (name, bytes) => {
      try {
        return parseHex(entry[name], bytes, `'${name}'`);
      } catch (e) {
        say(entry[name] === undefined ? `has no '${name}'` : e.message);
        return undefined;
      }
    };
    const pubkey = field("pubkey", 48);
    if (pubkey) pubkeyText = ` (pubkey ${toHex(pubkey)})`;
    const withdrawalCredentials = field("withdrawal_credentials", 32);
    const signature = field("signature", 96);
    let amount = entry.amount;
    if (typeof amount === "string" && /^[0-9]+$/.test(amount)) amount = Number(amount);
    if (!Number.isSafeInteger(amount) || amount <= 0) {
      say(`'amount' must be a whole number of gwei such as 32000000000, not ${JSON.stringify(entry.amount)}`);
      amount = undefined;
    } else if (amount < MAX_EFFECTIVE_BALANCE) {
      say(`the amount ${amount} gwei is under ${MAX_EFFECTIVE_BALANCE} gwei: the validator would not be active at genesis`);
    }
    if (withdrawalCredentials) {
      const prefix = withdrawalCredentials[0];
      if (prefix === 0x01 && withdrawalCredentials.subarray(1, 12).some((b) => b !== 0)) {
        say(`0x01 withdrawal credentials must be 0x01, 11 zero bytes and an address, not ${toHex(withdrawalCredentials)}`);
      } else if (prefix !== 0x00 && prefix !== 0x01) {
        say(`withdrawal credentials ${toHex(withdrawalCredentials)} have an unknown prefix 0x${prefix.toString(16).padStart(2, "0")}`);
      }
    }
    if (entry.fork_version !== undefined) {
      try {
        const version = parseHex(entry.fork_version, 4, "'fork_version'");
        if (!equalBytes(version, config.GENESIS_FORK_VERSION)) {
          const network = entry.network_name ? ` (network_name '${entry.network_name}')` : "";
          say(`it was made for fork_version ${toHex(version)}${network}, but the dev chain's GENESIS_FORK_VERSION is ${toHex(config.GENESIS_FORK_VERSION)}: its signature cannot verify here`);
        }
      } catch (e) {
        say(e.message);
      }
    }
    if (!pubkey || !withdrawalCredentials || !signature || amount === undefined) return;
    const data = { pubkey, withdrawalCredentials, amount, signature };
    const messageRoot = ssz.phase0.DepositMessage.hashTreeRoot(data);
    if (entry.deposit_message_root !== undefined) {
      try {
        if (!equalBytes(parseHex(entry.deposit_message_root, 32, "'deposit_message_root'"), messageRoot)) {
          say(`deposit_message_root ${entry.deposit_message_root} is not the root of its pubkey, credentials and amount (${toHex(messageRoot).slice(2)})`);
        }
      } catch (e) {
        say(e.message);
      }
    }
    const dataRoot = ssz.phase0.DepositData.hashTreeRoot(data);
    if (entry.deposit_data_root !== undefined) {
      try {
        if (!equalBytes(parseHex(entry.deposit_data_root, 32, "'deposit_data_root'"), dataRoot)) {
          say(`deposit_data_root ${entry.deposit_data_root} is not the root of its data (${toHex(dataRoot).slice(2)})`);
        }
      } catch (e) {
        say(e.message);
      }
    }
    // The check processDeposit makes (and silently skips the deposit on failure): key and signature
    // validated (subgroup, not infinity), signature over the deposit domain of GENESIS_FORK_VERSION.
    let verified = false;
    try {
      const publicKey = bls.PublicKey.fromBytes(pubkey, CoordType.affine, true);
      const sig = bls.Signature.fromBytes(signature, CoordType.affine, true);
      verified = sig.verify(publicKey, st.computeSigningRoot(ssz.phase0.DepositMessage, data, depositDomain));
    } catch (e) {
      say(`its pubkey or signature is not a valid BLS point: ${e.message}`);
      return;
    }
    if (!verified) {
      say(`the signature does not verify for the deposit domain of GENESIS_FORK_VERSION ${toHex(config.GENESIS_FORK_VERSION)} (zero genesis validators root): the validator would be silently left out of genesis`);
    }
    const key = toHex(pubkey);
    if (seen.has(key)) {
      say(`the pubkey is already ${seen.get(key)}: a second deposit would only top it up`);
    } else {
      seen.set(key, where);
    }
    datas.push(data);
  });
  if (problems.length > 0) fail(`${problems.length} problem(s) in the deposit data; no genesis written:\n  ${problems.join("\n  ")}`);
  return datas;
}

const extraData = args["deposit-data"] === undefined ? [] : readExtraDeposits(args["deposit-data"]);

// ---- deposits with proofs against the growing deposit tree, as interopDeposits builds them
const depositDataRootList = ssz.phase0.DepositDataRootList.defaultViewDU();
const deposits = [...interopData, ...extraData].map((data, i) => {
  depositDataRootList.push(ssz.phase0.DepositData.hashTreeRoot(data));
  depositDataRootList.commit();
  return { proof: new Tree(depositDataRootList.node).getSingleProof(toGindex(depositDataRootList.type.depth, BigInt(i))), data };
});

// ---- genesis state, as @lodestar/beacon-node's getInteropState
const started = Date.now();
const fork = config.getForkName(GENESIS_SLOT);
const headerType = fork !== "phase0" && fork !== "altair" ? ssz.allForksExecution[fork].ExecutionPayloadHeader : ssz.bellatrix.ExecutionPayloadHeader;
const latestPayloadHeader = headerType.defaultViewDU();
latestPayloadHeader.blockHash = eth1BlockHash;
latestPayloadHeader.timestamp = 2 ** 40;
latestPayloadHeader.prevRandao = eth1BlockHash;
latestPayloadHeader.gasLimit = 30000000;
latestPayloadHeader.baseFeePerGas = BigInt(1000000000);
const state = st.initializeBeaconStateFromEth1(
  config,
  st.createEmptyEpochContextImmutableData(config, { genesisValidatorsRoot: Buffer.alloc(32, 0) }),
  eth1BlockHash,
  2 ** 40,
  deposits,
  undefined,
  latestPayloadHeader
);
state.genesisTime = genesisTime;
state.commit();

// ---- every validator must be there, at its index, active from genesis
if (state.validators.length !== interopCount + extraData.length) {
  fail(`the genesis state has ${state.validators.length} validators, not ${interopCount} interop + ${extraData.length} extra: a deposit was skipped`);
}
const extra = extraData.map((data, n) => {
  const index = interopCount + n;
  const validator = state.validators.getReadonly(index);
  if (!equalBytes(validator.pubkey, data.pubkey) || validator.activationEpoch !== 0) {
    fail(`extra validator ${toHex(data.pubkey)} is not active at index ${index} of the genesis state`);
  }
  return { index, pubkey: toHex(data.pubkey) };
});
for (let i = 0; i < state.validators.length; i++) {
  if (state.validators.getReadonly(i).activationEpoch !== 0) fail(`validator ${i} is not active at genesis`);
}

try {
  fs.writeFileSync(args.out, state.serialize());
} catch (e) {
  fail(`cannot write ${args.out}: ${e.message}`);
}

const configValue = (v) => (v === Infinity ? "Infinity" : v instanceof Uint8Array ? toHex(v) : v);
const shown = ["CONFIG_NAME", "PRESET_BASE", "SECONDS_PER_SLOT", "GENESIS_FORK_VERSION", "ALTAIR_FORK_EPOCH", "BELLATRIX_FORK_EPOCH", "CAPELLA_FORK_EPOCH", "EIP4844_FORK_EPOCH"];
process.stdout.write(
  JSON.stringify({
    genesis_time: state.genesisTime,
    genesis_validators_root: toHex(state.genesisValidatorsRoot),
    deposit_root: toHex(state.eth1Data.depositRoot),
    deposit_count: state.eth1Data.depositCount,
    validators: state.validators.length,
    interop_validators: interopCount,
    extra,
    fork,
    fork_version: toHex(state.fork.currentVersion),
    preset: ACTIVE_PRESET,
    slots_per_epoch: params.SLOTS_PER_EPOCH,
    config: Object.fromEntries(shown.map((k) => [k, configValue(config[k])])),
    build_ms: Date.now() - started,
    out: args.out,
  }) + "\n"
);
