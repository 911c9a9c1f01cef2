//! Remote-signing roots checked against the pinned Lodestar 1.5.1: each request here is, as JSON, exactly what
//! Lodestar's validator client sends for its message, and each root stkr computes is the one Lodestar signs and
//! the one the specs give from the request's fork_info. tools/beacon/lodestar-signing-roots.mjs works all of that
//! out with Lodestar's own code: its ValidatorStore, its types and its domain functions.

use std::collections::BTreeSet;
use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};

use serde_json::{Value, json};
use stkr_validator::remote_signing::{BeaconSpec, Preset, SignRequest, Slashable};

/// The test chain: every fork a distinct version, Altair, Bellatrix and Capella one epoch apart, so that
/// messages fall on both sides of every boundary.
const GENESIS_FORK_VERSION: [u8; 4] = [0x01, 0x02, 0x03, 0x04];
/// (version, activation epoch) of Phase0, Altair, Bellatrix, Capella.
const FORKS: [([u8; 4], u64); 4] = [
    (GENESIS_FORK_VERSION, 0),
    ([0x11, 0x12, 0x13, 0x14], 1),
    ([0x21, 0x22, 0x23, 0x24], 2),
    ([0x31, 0x32, 0x33, 0x34], 3),
];
const GENESIS_VALIDATORS_ROOT_SEED: u8 = 0x5a;
/// The key Lodestar's store signs with (registrations sign for their own pubkey).
const SIGNER_SEED: u8 = 0x77;

/// `len` bytes of a pattern picked by `seed`, as 0x hex: distinct per seed, and few of them zero.
fn bytes(len: usize, seed: u8) -> String {
    let pattern: Vec<u8> =
        (0..len).map(|i| seed.wrapping_mul(37).wrapping_add((i as u8).wrapping_mul(11)) | 0x01).collect();
    format!("0x{}", hex::encode(pattern))
}

fn version_hex(version: [u8; 4]) -> String {
    format!("0x{}", hex::encode(version))
}

/// A serialized bitlist of `bits` bits set in a pattern by `seed`, its length bit included.
fn bitlist(bits: usize, seed: u8) -> String {
    let mut serialized = vec![0u8; bits / 8 + 1];
    for bit in 0..bits {
        if (bit * 7 + usize::from(seed)) % 3 != 0 {
            serialized[bit / 8] |= 1 << (bit % 8);
        }
    }
    serialized[bits / 8] |= 1 << (bits % 8);
    format!("0x{}", hex::encode(serialized))
}

/// The requests of one preset's chain.
struct Chain {
    preset: Preset,
}

impl Chain {
    fn slots_per_epoch(&self) -> u64 {
        self.preset.slots_per_epoch()
    }

    fn slot(&self, epoch: u64, offset: u64) -> u64 {
        epoch * self.slots_per_epoch() + offset
    }

    /// The fork_info Lodestar 1.5.1 sends for a message signed at `signing_epoch`: the fork scheduled there, the
    /// one before it, and (its quirk) the signing epoch as `epoch`.
    fn lodestar_fork_info(&self, signing_epoch: u64) -> Value {
        let at = FORKS.iter().rposition(|(_, activation)| *activation <= signing_epoch).unwrap_or(0);
        let previous = FORKS[at.saturating_sub(1)].0;
        Self::fork_info(previous, FORKS[at].0, signing_epoch)
    }

    fn fork_info(previous: [u8; 4], current: [u8; 4], epoch: u64) -> Value {
        json!({
            "fork": {
                "previous_version": version_hex(previous),
                "current_version": version_hex(current),
                "epoch": epoch.to_string(),
            },
            "genesis_validators_root": bytes(32, GENESIS_VALIDATORS_ROOT_SEED),
        })
    }

    fn epoch_of(&self, slot: u64) -> u64 {
        slot / self.slots_per_epoch()
    }

    fn attestation_data(&self, slot: u64, source: u64, target: u64, seed: u8) -> Value {
        json!({
            "slot": slot.to_string(), "index": (u64::from(seed) % 4).to_string(), "beacon_block_root": bytes(32, seed),
            "source": {"epoch": source.to_string(), "root": bytes(32, seed.wrapping_add(1))},
            "target": {"epoch": target.to_string(), "root": bytes(32, seed.wrapping_add(2))},
        })
    }

    fn header(&self, slot: u64, seed: u8) -> Value {
        json!({
            "slot": slot.to_string(), "proposer_index": (u64::from(seed) * 3).to_string(),
            "parent_root": bytes(32, seed),
            "state_root": bytes(32, seed.wrapping_add(1)),
            "body_root": bytes(32, seed.wrapping_add(2)),
        })
    }

    fn indexed_attestation(&self, indices: &[u64], data: Value, seed: u8) -> Value {
        let indices: Vec<String> = indices.iter().map(u64::to_string).collect();
        json!({"attesting_indices": indices, "data": data, "signature": bytes(96, seed)})
    }

    /// A block with one or two of every operation, so every list and container of the body is hashed.
    fn block(&self, slot: u64, with_sync_aggregate: bool) -> Value {
        let epoch = self.epoch_of(slot);
        let previous = epoch.saturating_sub(1);
        let conflicting = self.attestation_data(slot - 1, previous, epoch, 60);
        let mut body = json!({
            "randao_reveal": bytes(96, 10),
            "eth1_data": {"deposit_root": bytes(32, 11), "deposit_count": "77", "block_hash": bytes(32, 12)},
            "graffiti": bytes(32, 13),
            "proposer_slashings": [{
                "signed_header_1": {"message": self.header(slot - 1, 20), "signature": bytes(96, 21)},
                "signed_header_2": {"message": self.header(slot - 1, 22), "signature": bytes(96, 23)},
            }],
            "attester_slashings": [{
                "attestation_1": self.indexed_attestation(&[1, 5, 9, 300], conflicting.clone(), 30),
                "attestation_2":
                    self.indexed_attestation(&[5, 2047], self.attestation_data(slot - 1, previous, epoch, 61), 31),
            }],
            "attestations": [
                {
                    "aggregation_bits": bitlist(10, 1),
                    "data": self.attestation_data(slot - 1, previous, epoch, 40),
                    "signature": bytes(96, 41),
                },
                {
                    "aggregation_bits": bitlist(799, 2),
                    "data": self.attestation_data(slot - 1, previous, epoch, 42),
                    "signature": bytes(96, 43),
                },
            ],
            "deposits": [{
                "proof": (0..33).map(|i| bytes(32, 50 + i)).collect::<Vec<_>>(),
                "data": {
                    "pubkey": bytes(48, 90),
                    "withdrawal_credentials": bytes(32, 91),
                    "amount": "32000000000",
                    "signature": bytes(96, 92),
                },
            }],
            "voluntary_exits": [{
                "message": {"epoch": previous.to_string(), "validator_index": "21"},
                "signature": bytes(96, 93),
            }],
        });
        if with_sync_aggregate {
            body["sync_aggregate"] = json!({
                "sync_committee_bits": bytes(self.preset.sync_committee_size() / 8, 94),
                "sync_committee_signature": bytes(96, 95),
            });
        }
        json!({
            "slot": slot.to_string(), "proposer_index": "13",
            "parent_root": bytes(32, 14), "state_root": bytes(32, 15), "body": body,
        })
    }

    fn full_block_request(&self, version: &str, slot: u64) -> Value {
        json!({
            "type": "BLOCK_V2",
            "fork_info": self.lodestar_fork_info(self.epoch_of(slot)),
            "beacon_block": {"version": version, "block": self.block(slot, version != "PHASE0")},
        })
    }

    fn header_request(&self, version: &str, slot: u64, fork_info: Value) -> Value {
        let block = json!({"version": version, "block_header": self.header(slot, 70)});
        json!({"type": "BLOCK_V2", "fork_info": fork_info, "beacon_block": block})
    }

    fn attestation_request(&self, source: u64, target: u64, fork_info: Value) -> Value {
        let data = self.attestation_data(self.slot(target, 5), source, target, 80);
        json!({"type": "ATTESTATION", "fork_info": fork_info, "attestation": data})
    }

    fn aggregate_request(&self, epoch: u64) -> Value {
        let slot = self.slot(epoch, 2);
        json!({"type": "AGGREGATE_AND_PROOF", "fork_info": self.lodestar_fork_info(epoch), "aggregate_and_proof": {
            "aggregator_index": "4242",
            "aggregate": {
                "aggregation_bits": bitlist(130, 3),
                "data": self.attestation_data(slot, epoch.saturating_sub(1), epoch, 100),
                "signature": bytes(96, 101),
            },
            "selection_proof": bytes(96, 102),
        }})
    }

    fn contribution_request(&self, epoch: u64) -> Value {
        let slot = self.slot(epoch, 3);
        let fork_info = self.lodestar_fork_info(epoch);
        json!({"type": "SYNC_COMMITTEE_CONTRIBUTION_AND_PROOF", "fork_info": fork_info, "contribution_and_proof": {
            "aggregator_index": "99",
            "contribution": {
                "slot": slot.to_string(), "beacon_block_root": bytes(32, 110), "subcommittee_index": "2",
                "aggregation_bits": bytes(self.preset.sync_subcommittee_size() / 8, 111), "signature": bytes(96, 112),
            },
            "selection_proof": bytes(96, 113),
        }})
    }

    /// (request, whether it is exactly what Lodestar sends): one of every kind, on both sides of fork
    /// boundaries, each also with fork_info as the Web3Signer spec means it (see `activation_variants`), and
    /// two more of those by hand.
    fn requests(&self) -> Vec<(Value, bool)> {
        let mut requests = self.lodestar_and_hand_made_requests();
        let variants: Vec<(Value, bool)> = requests
            .iter()
            .filter(|(_, lodestar_sends_it)| *lodestar_sends_it)
            .flat_map(|(request, _)| activation_variants(request))
            .map(|request| (request, false))
            .collect();
        requests.extend(variants);
        requests
    }

    fn lodestar_and_hand_made_requests(&self) -> Vec<(Value, bool)> {
        let lodestar = |request: Value| (request, true);
        let at_epoch = |epoch| self.lodestar_fork_info(epoch);
        let capella_activation = Self::fork_info(FORKS[2].0, FORKS[3].0, FORKS[3].1);
        vec![
            lodestar(self.full_block_request("PHASE0", self.slot(0, self.slots_per_epoch() - 1))),
            lodestar(self.full_block_request("ALTAIR", self.slot(1, 0))),
            lodestar(self.header_request("BELLATRIX", self.slot(2, 5), at_epoch(2))),
            lodestar(self.header_request("CAPELLA", self.slot(3, 0), at_epoch(3))),
            lodestar(self.attestation_request(0, 0, at_epoch(0))),
            lodestar(self.attestation_request(0, 1, at_epoch(1))),
            lodestar(self.attestation_request(2, 5, at_epoch(5))),
            lodestar(json!({"type": "AGGREGATION_SLOT", "fork_info": at_epoch(0),
                "aggregation_slot": {"slot": self.slot(0, 6).to_string()}})),
            lodestar(json!({"type": "AGGREGATION_SLOT", "fork_info": at_epoch(2),
                "aggregation_slot": {"slot": self.slot(2, 1).to_string()}})),
            lodestar(self.aggregate_request(1)),
            lodestar(self.aggregate_request(3)),
            lodestar(json!({"type": "RANDAO_REVEAL", "fork_info": at_epoch(0), "randao_reveal": {"epoch": "0"}})),
            lodestar(json!({"type": "RANDAO_REVEAL", "fork_info": at_epoch(2), "randao_reveal": {"epoch": "2"}})),
            lodestar(json!({"type": "VOLUNTARY_EXIT", "fork_info": at_epoch(1),
                "voluntary_exit": {"epoch": "1", "validator_index": "7"}})),
            lodestar(json!({"type": "VOLUNTARY_EXIT", "fork_info": at_epoch(4),
                "voluntary_exit": {"epoch": "4", "validator_index": "123456"}})),
            lodestar(json!({"type": "SYNC_COMMITTEE_MESSAGE", "fork_info": at_epoch(1),
                "sync_committee_message": {"beacon_block_root": bytes(32, 120), "slot": self.slot(1, 4).to_string()}})),
            lodestar(json!({"type": "SYNC_COMMITTEE_MESSAGE", "fork_info": at_epoch(3),
                "sync_committee_message": {"beacon_block_root": bytes(32, 121), "slot": self.slot(3, 1).to_string()}})),
            lodestar(json!({"type": "SYNC_COMMITTEE_SELECTION_PROOF", "fork_info": at_epoch(1),
                "sync_aggregator_selection_data": {"slot": self.slot(1, 7).to_string(), "subcommittee_index": "3"}})),
            lodestar(json!({"type": "SYNC_COMMITTEE_SELECTION_PROOF", "fork_info": at_epoch(2),
                "sync_aggregator_selection_data": {"slot": self.slot(2, 0).to_string(), "subcommittee_index": "1"}})),
            lodestar(self.contribution_request(1)),
            lodestar(self.contribution_request(3)),
            lodestar(json!({"type": "VALIDATOR_REGISTRATION", "validator_registration": {
                "fee_recipient": bytes(20, 130), "gas_limit": "30000000",
                "timestamp": "1700000123", "pubkey": bytes(48, 131),
            }})),
            // Epoch 2 is before Capella's activation: Bellatrix's version signs, as Lodestar does.
            (self.attestation_request(1, 2, capella_activation.clone()), false),
            // Epoch 4 is after it: Capella's version signs.
            (self.header_request("CAPELLA", self.slot(4, 2), capella_activation), false),
        ]
    }

    /// The chain in Lodestar's config keys.
    fn lodestar_config(&self) -> Value {
        let names = ["GENESIS", "ALTAIR", "BELLATRIX", "CAPELLA"];
        let mut config = serde_json::Map::new();
        for (name, (version, epoch)) in names.iter().zip(FORKS) {
            config.insert(format!("{name}_FORK_VERSION"), json!(version_hex(version)));
            if *name != "GENESIS" {
                config.insert(format!("{name}_FORK_EPOCH"), json!(epoch));
            }
        }
        Value::Object(config)
    }
}

/// A version no fork of the test chain has: signing with it gives a root nobody expects.
const UNUSED_VERSION: [u8; 4] = [0xde, 0xad, 0xbe, 0xef];

/// A Lodestar request with fork_info meaning what the Web3Signer spec means (`epoch` the fork's activation), in
/// the two states around the message's epoch E (Lodestar's `fork.epoch`): a fork of another version activating
/// at E + 1, so the version Lodestar signs with must be taken as previous_version, and one activated at E with
/// another previous_version. Both must give Lodestar's root, which pins the epoch each duty's domain is taken
/// at: Lodestar's own fork_info only catches an epoch taken too early.
fn activation_variants(request: &Value) -> Vec<Value> {
    let Some(fork) = request.get("fork_info").map(|info| &info["fork"]) else {
        return Vec::new();
    };
    let epoch: u64 = fork["epoch"].as_str().and_then(|text| text.parse().ok()).expect("fork_info epoch");
    let current = &fork["current_version"];
    let with_fork = |previous: &Value, current: &Value, epoch: u64| {
        let mut variant = request.clone();
        variant["fork_info"]["fork"] =
            json!({"previous_version": previous, "current_version": current, "epoch": epoch.to_string()});
        variant
    };
    let unused = json!(version_hex(UNUSED_VERSION));
    vec![with_fork(current, &unused, epoch + 1), with_fork(&unused, current, epoch)]
}

/// tools/beacon, where `make beacon-toolchain` installs the pinned Lodestar.
fn beacon_dir() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tools/beacon");
    assert!(
        dir.join("node_modules/@lodestar/validator/package.json").is_file(),
        "the pinned Lodestar is not installed under {}; run `make beacon-toolchain`",
        dir.join("node_modules").display()
    );
    dir
}

/// What Lodestar makes of `requests`: per request, the request it sends and the specs' root.
fn ask_lodestar(preset: &str, chain: &Chain, requests: &[Value]) -> Vec<Value> {
    let dir = beacon_dir();
    let input = json!({
        "preset": preset,
        "chain": chain.lodestar_config(),
        "genesis_validators_root": bytes(32, GENESIS_VALIDATORS_ROOT_SEED),
        "pubkey": bytes(48, SIGNER_SEED),
        "requests": requests,
    });
    let mut node = Command::new("node")
        .arg("lodestar-signing-roots.mjs")
        .current_dir(&dir)
        .env("LODESTAR_PRESET", preset)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("running node (Node.js must be on PATH for the Lodestar cross-check)");
    node.stdin.take().expect("node's stdin").write_all(input.to_string().as_bytes()).expect("writing to node");
    let output = node.wait_with_output().expect("waiting for node");
    assert!(output.status.success(), "lodestar-signing-roots.mjs failed: {}", String::from_utf8_lossy(&output.stderr));
    let answers: Vec<Value> = serde_json::from_slice(&output.stdout).expect("lodestar-signing-roots.mjs printed JSON");
    assert_eq!(answers.len(), requests.len(), "one answer per request");
    answers
}

fn check_against_lodestar(preset: Preset, name: &str) {
    let chain = Chain { preset };
    let spec = BeaconSpec { preset, genesis_fork_version: GENESIS_FORK_VERSION };
    let cases = chain.requests();
    let requests: Vec<Value> = cases.iter().map(|(request, _)| request.clone()).collect();
    let answers = ask_lodestar(name, &chain, &requests);
    let mut kinds = BTreeSet::new();
    for (index, ((request, lodestar_sends_it), answer)) in cases.into_iter().zip(answers).enumerate() {
        let parsed = SignRequest::from_json(request.to_string().as_bytes())
            .unwrap_or_else(|e| panic!("request {index} does not parse: {e}\n{request:#}"));
        let kind = parsed.duty.kind();
        kinds.insert(kind);
        let root = parsed.signing_root(&spec).unwrap_or_else(|e| panic!("request {index} ({kind}) has no root: {e}"));
        let root = format!("0x{}", hex::encode(root));
        let lodestar_request = &answer["lodestar_request"];
        assert_eq!(
            root, answer["spec_signing_root"],
            "request {index} ({kind}): not the specs' root from its fork_info"
        );
        assert_eq!(root, lodestar_request["signingRoot"], "request {index} ({kind}): not the root Lodestar signs");
        if lodestar_sends_it {
            let mut expected = request.clone();
            expected["signingRoot"] = json!(root);
            assert_eq!(
                lodestar_request, &expected,
                "request {index} ({kind}) is not what Lodestar sends:\n\
                 Lodestar: {lodestar_request:#}\nfixture: {expected:#}"
            );
        }
        if let Some(Slashable::Block { slot }) = parsed.duty.slashable() {
            let block = &request["beacon_block"];
            let written = block["block"]["slot"].as_str().or(block["block_header"]["slot"].as_str());
            assert_eq!(written, Some(slot.to_string().as_str()), "request {index}: the block's slot");
        }
    }
    let every_kind = [
        "aggregate_and_proof",
        "aggregation_slot",
        "attestation",
        "block",
        "randao_reveal",
        "sync_committee_contribution_and_proof",
        "sync_committee_message",
        "sync_committee_selection_proof",
        "validator_registration",
        "voluntary_exit",
    ];
    assert_eq!(kinds.into_iter().collect::<Vec<_>>(), every_kind, "every kind of duty is checked");
}

#[test]
fn minimal_preset_roots_are_lodestars() {
    check_against_lodestar(Preset::Minimal, "minimal");
}

#[test]
fn mainnet_preset_roots_are_lodestars() {
    check_against_lodestar(Preset::Mainnet, "mainnet");
}
