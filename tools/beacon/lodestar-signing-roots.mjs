// What the pinned Lodestar 1.5.1 does with Web3Signer remote-signing requests, for stkr's cross-check
// (validator/tests/remote_signing.rs): for each request on stdin it replays the message through Lodestar's own
// ValidatorStore with a remote signer and captures the request Lodestar sends (its signingRoot included),
// and computes the signing root the consensus specs give from the request's own fork_info with Lodestar's types.
//
// stdin: {"preset": "minimal" | "mainnet", "chain": {GENESIS_FORK_VERSION, ALTAIR_FORK_VERSION, ALTAIR_FORK_EPOCH,
//          BELLATRIX_…, CAPELLA_…}, "genesis_validators_root": "0x…", "pubkey": "0x…", "requests": [request, …]}
// stdout: [{"lodestar_request": {…}, "spec_signing_root": "0x…"}, …] in the order of the requests.
import http from "node:http";

const input = JSON.parse(await readStdin());
// @lodestar/params reads the preset once, when first imported: set it before any Lodestar import.
process.env.LODESTAR_PRESET = input.preset;
const params = await import("@lodestar/params");
const { ssz } = await import("@lodestar/types");
const { createIBeaconConfig } = await import("@lodestar/config");
const { computeDomain, computeSigningRoot, computeStartSlotAtEpoch, ZERO_HASH } = await import(
  "@lodestar/state-transition"
);
const { ValidatorStore, SignerType } = await import("@lodestar/validator");
const { fromHexString, toHexString } = await import("@chainsafe/ssz");

if (params.ACTIVE_PRESET !== input.preset) {
  fail(`Lodestar runs the ${params.ACTIVE_PRESET} preset, not ${input.preset}`);
}

const chainConfig = {};
for (const [key, value] of Object.entries(input.chain)) {
  chainConfig[key] = key.endsWith("_VERSION") ? fromHexString(value) : value;
}
const genesisValidatorsRoot = fromHexString(input.genesis_validators_root);
const config = createIBeaconConfig(chainConfig, genesisValidatorsRoot);

// The remote signer Lodestar talks to: it records each request and answers with a dummy signature.
let captured = null;
const server = http.createServer((req, res) => {
  let body = "";
  req.on("data", (chunk) => (body += chunk));
  req.on("end", () => {
    captured = JSON.parse(body);
    res.setHeader("Content-Type", "application/json");
    res.end(JSON.stringify({ signature: toHexString(new Uint8Array(96)) }));
  });
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const signerUrl = `http://127.0.0.1:${server.address().port}`;

const results = [];
try {
  for (const [index, request] of input.requests.entries()) {
    try {
      captured = null;
      await replay(request);
      if (captured === null) throw Error("Lodestar sent no request");
      results.push({ lodestar_request: captured, spec_signing_root: toHexString(specSigningRoot(request)) });
    } catch (e) {
      fail(`request ${index} (${request.type}): ${e.stack ?? e}`);
    }
  }
} finally {
  server.close();
}
process.stdout.write(JSON.stringify(results));

/** A ValidatorStore signing for `pubkey` through the recording signer; slashing protection is not under test. */
function storeFor(pubkey, storeConfig = config) {
  const slashingProtection = { checkAndInsertBlockProposal: async () => {}, checkAndInsertAttestation: async () => {} };
  const indicesService = { index2pubkey: new Map(), getAllLocalIndices: () => [] };
  const signers = [{ type: SignerType.Remote, pubkey, url: signerUrl }];
  return new ValidatorStore(storeConfig, slashingProtection, indicesService, null, null, signers, undefined, genesisValidatorsRoot);
}

/** Has Lodestar's validator client sign the message of `request`, as its duties services call the store. */
async function replay(request) {
  const pubkey = input.pubkey;
  const store = storeFor(pubkey);
  switch (request.type) {
    case "BLOCK_V2": {
      const { version, block, block_header: header } = request.beacon_block;
      if (block !== undefined) {
        const slot = ssz.Slot.fromJson(block.slot);
        const forkName = config.getForkName(slot);
        if (forkName.toUpperCase() !== version) throw Error(`a block at slot ${slot} is ${forkName}, not ${version}`);
        await store.signBlock(pubkey, config.getForkTypes(slot).BeaconBlock.fromJson(block), slot);
      } else {
        // From Bellatrix Lodestar sends only the header, so no block can be rebuilt from the request: the
        // store gets the header's fields and a config whose body type hashes to the header's body_root; the rest
        // (block root, domain, fork_info, serialisation) is Lodestar's own code.
        const parsed = ssz.phase0.BeaconBlockHeader.fromJson(header);
        const headerConfig = Object.create(config);
        headerConfig.getForkTypes = () => ({
          BeaconBlock: { hashTreeRoot: () => ssz.phase0.BeaconBlockHeader.hashTreeRoot(parsed) },
          BeaconBlockBody: { hashTreeRoot: () => parsed.bodyRoot },
        });
        const { bodyRoot, ...fields } = parsed;
        await storeFor(pubkey, headerConfig).signBlock(pubkey, { ...fields, body: {} }, parsed.slot);
      }
      return;
    }
    case "ATTESTATION": {
      const data = ssz.phase0.AttestationData.fromJson(request.attestation);
      const duty = { pubkey, slot: data.slot, committeeIndex: data.index, committeeLength: 8, validatorCommitteeIndex: 3 };
      await store.signAttestation(duty, data, data.target.epoch);
      return;
    }
    case "AGGREGATION_SLOT":
      await store.signAttestationSelectionProof(pubkey, ssz.Slot.fromJson(request.aggregation_slot.slot));
      return;
    case "AGGREGATE_AND_PROOF": {
      const message = ssz.phase0.AggregateAndProof.fromJson(request.aggregate_and_proof);
      const { slot, index } = message.aggregate.data;
      const duty = { pubkey, slot, committeeIndex: index, validatorIndex: message.aggregatorIndex };
      await store.signAggregateAndProof(duty, message.selectionProof, message.aggregate);
      return;
    }
    case "RANDAO_REVEAL":
      // Lodestar signs the randao reveal of the block at `slot`: any slot of the epoch.
      await store.signRandao(pubkey, computeStartSlotAtEpoch(ssz.Epoch.fromJson(request.randao_reveal.epoch)) + 1);
      return;
    case "VOLUNTARY_EXIT": {
      const exit = ssz.phase0.VoluntaryExit.fromJson(request.voluntary_exit);
      await store.signVoluntaryExit(pubkey, exit.validatorIndex, exit.epoch);
      return;
    }
    case "SYNC_COMMITTEE_MESSAGE": {
      const { beacon_block_root: root, slot } = request.sync_committee_message;
      await store.signSyncCommitteeSignature(pubkey, 0, ssz.Slot.fromJson(slot), ssz.Root.fromJson(root));
      return;
    }
    case "SYNC_COMMITTEE_SELECTION_PROOF": {
      const data = ssz.altair.SyncAggregatorSelectionData.fromJson(request.sync_aggregator_selection_data);
      await store.signSyncCommitteeSelectionProof(pubkey, data.slot, data.subcommitteeIndex);
      return;
    }
    case "SYNC_COMMITTEE_CONTRIBUTION_AND_PROOF": {
      const message = ssz.altair.ContributionAndProof.fromJson(request.contribution_and_proof);
      await store.signContributionAndProof({ pubkey, validatorIndex: message.aggregatorIndex }, message.selectionProof, message.contribution);
      return;
    }
    case "VALIDATOR_REGISTRATION": {
      const registration = ssz.bellatrix.ValidatorRegistrationV1.fromJson(request.validator_registration);
      const registrant = toHexString(registration.pubkey);
      // Lodestar stamps the registration with the clock: make the clock say the request's timestamp.
      const now = Date.now;
      Date.now = () => registration.timestamp * 1000;
      try {
        const attributes = { feeRecipient: toHexString(registration.feeRecipient), gasLimit: registration.gasLimit };
        await storeFor(registrant).signValidatorRegistration(registrant, attributes, 0);
      } finally {
        Date.now = now;
      }
      return;
    }
    default:
      throw Error(`no replay for type ${request.type}`);
  }
}

/** compute_signing_root(message, get_domain(fork_info, domain_type, epoch)) straight from the request. */
function specSigningRoot(request) {
  const epochAtSlot = (slot) => Math.floor(slot / params.SLOTS_PER_EPOCH);
  let type, value, domainType, epoch;
  switch (request.type) {
    case "BLOCK_V2": {
      const { version, block, block_header: header } = request.beacon_block;
      type = block !== undefined ? ssz[version.toLowerCase()].BeaconBlock : ssz.phase0.BeaconBlockHeader;
      value = type.fromJson(block ?? header);
      [domainType, epoch] = [params.DOMAIN_BEACON_PROPOSER, epochAtSlot(value.slot)];
      break;
    }
    case "ATTESTATION":
      [type, value] = [ssz.phase0.AttestationData, ssz.phase0.AttestationData.fromJson(request.attestation)];
      [domainType, epoch] = [params.DOMAIN_BEACON_ATTESTER, value.target.epoch];
      break;
    case "AGGREGATION_SLOT":
      [type, value] = [ssz.Slot, ssz.Slot.fromJson(request.aggregation_slot.slot)];
      [domainType, epoch] = [params.DOMAIN_SELECTION_PROOF, epochAtSlot(value)];
      break;
    case "AGGREGATE_AND_PROOF":
      [type, value] = [ssz.phase0.AggregateAndProof, ssz.phase0.AggregateAndProof.fromJson(request.aggregate_and_proof)];
      [domainType, epoch] = [params.DOMAIN_AGGREGATE_AND_PROOF, epochAtSlot(value.aggregate.data.slot)];
      break;
    case "RANDAO_REVEAL":
      [type, value] = [ssz.Epoch, ssz.Epoch.fromJson(request.randao_reveal.epoch)];
      [domainType, epoch] = [params.DOMAIN_RANDAO, value];
      break;
    case "VOLUNTARY_EXIT":
      [type, value] = [ssz.phase0.VoluntaryExit, ssz.phase0.VoluntaryExit.fromJson(request.voluntary_exit)];
      [domainType, epoch] = [params.DOMAIN_VOLUNTARY_EXIT, value.epoch];
      break;
    case "SYNC_COMMITTEE_MESSAGE":
      [type, value] = [ssz.Root, ssz.Root.fromJson(request.sync_committee_message.beacon_block_root)];
      [domainType, epoch] = [params.DOMAIN_SYNC_COMMITTEE, epochAtSlot(ssz.Slot.fromJson(request.sync_committee_message.slot))];
      break;
    case "SYNC_COMMITTEE_SELECTION_PROOF":
      type = ssz.altair.SyncAggregatorSelectionData;
      value = type.fromJson(request.sync_aggregator_selection_data);
      [domainType, epoch] = [params.DOMAIN_SYNC_COMMITTEE_SELECTION_PROOF, epochAtSlot(value.slot)];
      break;
    case "SYNC_COMMITTEE_CONTRIBUTION_AND_PROOF":
      [type, value] = [ssz.altair.ContributionAndProof, ssz.altair.ContributionAndProof.fromJson(request.contribution_and_proof)];
      [domainType, epoch] = [params.DOMAIN_CONTRIBUTION_AND_PROOF, epochAtSlot(value.contribution.slot)];
      break;
    case "VALIDATOR_REGISTRATION": {
      type = ssz.bellatrix.ValidatorRegistrationV1;
      const domain = computeDomain(params.DOMAIN_APPLICATION_BUILDER, config.GENESIS_FORK_VERSION, ZERO_HASH);
      return computeSigningRoot(type, type.fromJson(request.validator_registration), domain);
    }
    default:
      throw Error(`no signing root for type ${request.type}`);
  }
  const { fork, genesis_validators_root: root } = request.fork_info;
  const version = epoch < Number(fork.epoch) ? fork.previous_version : fork.current_version;
  return computeSigningRoot(type, value, computeDomain(domainType, fromHexString(version), fromHexString(root)));
}

async function readStdin() {
  let text = "";
  for await (const chunk of process.stdin) text += chunk;
  return text;
}

function fail(message) {
  process.stderr.write(`lodestar-signing-roots: ${message}\n`);
  process.exit(1);
}
