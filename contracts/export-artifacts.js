#!/usr/bin/env node
// Copies ABI + bytecode of the deployable contracts from forge's out/ into ../core/artifacts/, which the
// stkr binary embeds (so building stkr needs neither node nor forge). With --check, only compares and
// fails when the checked-in files are stale. Run `forge build` first (`make generate` does both).
'use strict';
const fs = require('fs');
const path = require('path');

const CONTRACTS = [
  ['AnkrToken.sol', 'AnkrToken'],
  ['AETH.sol', 'AETH'],
  ['Parameters.sol', 'Parameters'],
  ['Multicall3.sol', 'Multicall3'],
  ['DepositContract.sol', 'DepositContract'],
  ['DepositGuard.sol', 'DepositGuard'],
  ['ProviderRegistry.sol', 'ProviderRegistry'],
  ['InsurancePool.sol', 'InsurancePool'],
  ['RewardPool.sol', 'RewardPool'],
  ['MicroPool.sol', 'MicroPool'],
  ['NodeRegistry.sol', 'NodeRegistry'],
  ['Marketplace.sol', 'Marketplace'],
  ['Governance.sol', 'Governance'],
  ['StakerRewards.sol', 'StakerRewards'],
];

const check = process.argv.includes('--check');
const out = path.join(__dirname, 'out');
const dest = path.join(__dirname, '..', 'core', 'artifacts');

// Sorted keys and two-space indentation keep the files stable and their diffs small.
function sorted(value) {
  if (Array.isArray(value)) return value.map(sorted);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map((k) => [k, sorted(value[k])]));
  }
  return value;
}

const stale = [];
fs.mkdirSync(dest, { recursive: true });
for (const [file, name] of CONTRACTS) {
  const source = path.join(out, file, `${name}.json`);
  if (!fs.existsSync(source)) {
    console.error(`error: ${source} is missing; run \`forge build\` in contracts/ first`);
    process.exit(1);
  }
  const artifact = JSON.parse(fs.readFileSync(source, 'utf8'));
  const trimmed = sorted({
    abi: artifact.abi,
    bytecode: { object: artifact.bytecode.object },
    deployedBytecode: { object: artifact.deployedBytecode.object },
  });
  const text = JSON.stringify(trimmed, null, 2) + '\n';
  const target = path.join(dest, `${name}.json`);
  if (check) {
    if (!fs.existsSync(target) || fs.readFileSync(target, 'utf8') !== text) stale.push(target);
  } else {
    fs.writeFileSync(target, text);
  }
}
const known = new Set(CONTRACTS.map(([, name]) => `${name}.json`));
for (const entry of fs.readdirSync(dest)) {
  if (!known.has(entry)) stale.push(path.join(dest, entry));
}
if (stale.length > 0) {
  console.error(`error: contract artifacts are stale: ${stale.join(', ')}; run \`make generate\` and commit the result`);
  process.exit(1);
}
