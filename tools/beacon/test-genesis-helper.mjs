#!/usr/bin/env node
// Test helper for test-genesis.sh (not for production keys: secrets are written in the clear).
//
//   key <dir>                         a fresh BLS key: <dir>/secret.hex, pubkey.txt, an EIP-2335
//                                     keystore.json (pbkdf2) and its password.txt
//   deposit <out.json> <keydir>... [--sign-with <keydir>] [--sign-fork-version <hex>]
//           [--fork-version <hex>] [--address <20-byte hex>]
//                                     a staking-deposit-cli style deposit data array, 32 ETH each,
//                                     0x01 credentials (0x01, 11 zero bytes, the address); the
//                                     signature is over compute_domain(DOMAIN_DEPOSIT, 0x00000001, 0)
//                                     unless --sign-fork-version; --sign-with signs with another key
//                                     (an invalid signature with consistent roots)
//   devstate --genesis-time <t> --validators <n> --out <file> [--params.X v]...
//                                     the state `lodestar dev` itself builds (its own config code and
//                                     @lodestar/beacon-node's nodeUtils.initDevState), for comparison
//   signer <port-file> <keydir>...    a toy EIP-3030 remote signer on 127.0.0.1 (GET /upcheck,
//                                     GET /api/v1/eth2/publicKeys, POST /api/v1/eth2/sign/<pubkey>
//                                     signing the request's signingRoot); writes its port to port-file
import fs from "node:fs";
import path from "node:path";
import http from "node:http";
import { fileURLToPath, pathToFileURL } from "node:url";

if (!process.env.LODESTAR_PRESET) process.env.LODESTAR_PRESET = "minimal";
const { default: bls } = await import("@chainsafe/bls");
const { ssz } = await import("@lodestar/types");
const { DOMAIN_DEPOSIT } = await import("@lodestar/params");
const { computeDomain, computeSigningRoot, ZERO_HASH } = await import("@lodestar/state-transition");

const here = path.dirname(fileURLToPath(import.meta.url));
const hex = (bytes) => Buffer.from(bytes).toString("hex");
const unhex = (s) => Uint8Array.from(Buffer.from(s.replace(/^0x/, ""), "hex"));
const readKey = (dir) => bls.SecretKey.fromBytes(unhex(fs.readFileSync(path.join(dir, "secret.hex"), "utf8").trim()));

function options(argv) {
  const opts = { _: [] };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i].startsWith("--")) opts[argv[i].slice(2)] = argv[++i];
    else opts._.push(argv[i]);
  }
  return opts;
}

const [command, ...rest] = process.argv.slice(2);
const opts = options(rest);

if (command === "key") {
  const { Keystore } = await import("@chainsafe/bls-keystore");
  const dir = opts._[0];
  fs.mkdirSync(dir, { recursive: true });
  const sk = bls.SecretKey.fromKeygen();
  const pubkey = sk.toPublicKey().toBytes();
  const password = "stkr-test-" + hex(bls.SecretKey.fromKeygen().toBytes()).slice(0, 16);
  const keystore = await Keystore.create(password, sk.toBytes(), pubkey, "m/12381/3600/0/0/0");
  fs.writeFileSync(path.join(dir, "secret.hex"), hex(sk.toBytes()) + "\n", { mode: 0o600 });
  fs.writeFileSync(path.join(dir, "pubkey.txt"), "0x" + hex(pubkey) + "\n");
  fs.writeFileSync(path.join(dir, "keystore.json"), keystore.stringify(), { mode: 0o600 });
  fs.writeFileSync(path.join(dir, "password.txt"), password, { mode: 0o600 });
  process.stdout.write("0x" + hex(pubkey) + "\n");
} else if (command === "deposit") {
  const [out, ...keyDirs] = opts._;
  const address = unhex(opts.address ?? "0x5ca1ab1e00000000000000000000000000c0ffee");
  const signFork = unhex(opts["sign-fork-version"] ?? "00000001");
  const declaredFork = opts["fork-version"] ?? "00000001";
  const entries = keyDirs.map((dir) => {
    const sk = readKey(dir);
    const signer = opts["sign-with"] ? readKey(opts["sign-with"]) : sk;
    const withdrawalCredentials = new Uint8Array(32);
    withdrawalCredentials[0] = 0x01;
    withdrawalCredentials.set(address, 12);
    const data = { pubkey: sk.toPublicKey().toBytes(), withdrawalCredentials, amount: 32000000000, signature: new Uint8Array(96) };
    const domain = computeDomain(DOMAIN_DEPOSIT, signFork, ZERO_HASH);
    data.signature = signer.sign(computeSigningRoot(ssz.phase0.DepositMessage, data, domain)).toBytes();
    return {
      pubkey: hex(data.pubkey),
      withdrawal_credentials: hex(withdrawalCredentials),
      amount: data.amount,
      signature: hex(data.signature),
      deposit_message_root: hex(ssz.phase0.DepositMessage.hashTreeRoot(data)),
      deposit_data_root: hex(ssz.phase0.DepositData.hashTreeRoot(data)),
      fork_version: declaredFork,
      network_name: "devnet",
      deposit_cli_version: "2.7.0",
    };
  });
  fs.writeFileSync(out, JSON.stringify(entries, null, 2) + "\n");
} else if (command === "devstate") {
  // Lodestar's own code paths: cmds/dev/handler.js → getBeaconConfigFromArgs → nodeUtils.initDevState
  const lib = path.join(here, "node_modules/@chainsafe/lodestar/lib");
  const { getBeaconConfigFromArgs } = await import(pathToFileURL(path.join(lib, "config/beaconParams.js")).href);
  const { nodeUtils } = await import("@lodestar/beacon-node/node");
  const args = { network: "dev" };
  for (const [k, v] of Object.entries(opts)) if (k.startsWith("params.")) args[k] = v;
  const { config } = getBeaconConfigFromArgs(args);
  const { state } = nodeUtils.initDevState(config, Number(opts.validators ?? 8), {
    genesisTime: Number(opts["genesis-time"]),
    eth1BlockHash: Buffer.alloc(32, 0x0b),
  });
  fs.writeFileSync(opts.out, state.serialize());
} else if (command === "signer") {
  const [portFile, ...keyDirs] = opts._;
  const keys = new Map(keyDirs.map((dir) => {
    const sk = readKey(dir);
    return ["0x" + hex(sk.toPublicKey().toBytes()), sk];
  }));
  const counts = {};
  const send = (res, status, body) => {
    res.writeHead(status, { "Content-Type": "application/json" });
    res.end(JSON.stringify(body));
  };
  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => (body += chunk));
    req.on("end", () => {
      if (req.method === "GET" && req.url === "/upcheck") return send(res, 200, { status: "OK" });
      if (req.method === "GET" && req.url === "/api/v1/eth2/publicKeys") return send(res, 200, [...keys.keys()]);
      const m = req.url.match(/^\/api\/v1\/eth2\/sign\/(0x[0-9a-fA-F]{96})$/);
      if (req.method === "POST" && m) {
        const sk = keys.get(m[1].toLowerCase());
        if (!sk) return send(res, 404, { error: `unknown pubkey ${m[1]}` });
        let request;
        try {
          request = JSON.parse(body);
        } catch (e) {
          return send(res, 400, { error: "bad JSON" });
        }
        counts[request.type] = (counts[request.type] ?? 0) + 1;
        process.stderr.write(`signer: ${request.type} ${JSON.stringify(counts)}\n`);
        return send(res, 200, { signature: "0x" + hex(sk.sign(unhex(request.signingRoot)).toBytes()) });
      }
      send(res, 404, { error: "not found" });
    });
  });
  server.listen(0, "127.0.0.1", () => {
    fs.writeFileSync(portFile, String(server.address().port));
    process.stderr.write(`signer: listening on 127.0.0.1:${server.address().port} for ${[...keys.keys()].join(",")}\n`);
  });
  for (const signal of ["SIGTERM", "SIGINT"]) process.on(signal, () => server.close(() => process.exit(0)));
} else {
  process.stderr.write("usage: test-genesis-helper.mjs key|deposit|devstate|signer ...\n");
  process.exit(2);
}
