//! Web3Signer eth2 remote-signing requests as Lodestar 1.5.1 sends them, parsed into typed duties whose signing roots are recomputed from the message rather than taken from the client.
//!
//! Lodestar 1.5.1 writes `fork_info.fork.epoch` as the epoch of the message's signing slot, not the fork's
//! activation epoch. The consensus rule applied here (previous_version when the message's epoch is before
//! `fork.epoch`) then always picks `current_version`, the version Lodestar signs with, and still gives
//! Web3Signer's answer for clients that send the activation epoch.
//!
//! `fork_info` comes from the client: a signer must check its `genesis_validators_root` is its chain's, or it
//! could be asked to sign for another chain.

use std::str::FromStr;

use serde::de::{DeserializeOwned, Error as _};
use serde::{Deserialize, Deserializer};
use serde_json::{Map, Value};

use crate::ssz::{self, container_root, signature_root, u64_leaf};
use crate::{Error, from_hex};

/// MAX_VALIDATORS_PER_COMMITTEE, the same in both presets: the limit of an attestation's aggregation bits and of
/// an indexed attestation's indices.
const MAX_VALIDATORS_PER_COMMITTEE: usize = 2048;
/// SYNC_COMMITTEE_SUBNET_COUNT.
const SYNC_COMMITTEE_SUBNET_COUNT: usize = 4;
/// MAX_PROPOSER_SLASHINGS.
const MAX_PROPOSER_SLASHINGS: usize = 16;
/// MAX_ATTESTER_SLASHINGS.
const MAX_ATTESTER_SLASHINGS: usize = 2;
/// MAX_ATTESTATIONS.
const MAX_ATTESTATIONS: usize = 128;
/// MAX_DEPOSITS.
const MAX_DEPOSITS: usize = 16;
/// MAX_VOLUNTARY_EXITS.
const MAX_VOLUNTARY_EXITS: usize = 16;
/// DEPOSIT_CONTRACT_TREE_DEPTH + 1: the length of a deposit's Merkle branch.
const DEPOSIT_PROOF_LENGTH: usize = 33;

/// The consensus preset a chain runs: the sizes signing roots depend on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Preset {
    /// The specs' minimal preset (the Lodestar dev chain).
    Minimal,
    /// The mainnet preset (mainnet and the public testnets).
    Mainnet,
}

impl Preset {
    /// SLOTS_PER_EPOCH.
    pub const fn slots_per_epoch(self) -> u64 {
        match self {
            Self::Minimal => 8,
            Self::Mainnet => 32,
        }
    }

    /// SYNC_COMMITTEE_SIZE: the bits of a block's sync aggregate.
    pub const fn sync_committee_size(self) -> usize {
        match self {
            Self::Minimal => 32,
            Self::Mainnet => 512,
        }
    }

    /// SYNC_COMMITTEE_SIZE / SYNC_COMMITTEE_SUBNET_COUNT: the bits of a sync committee contribution.
    pub const fn sync_subcommittee_size(self) -> usize {
        self.sync_committee_size() / SYNC_COMMITTEE_SUBNET_COUNT
    }

    /// compute_epoch_at_slot(slot).
    pub const fn epoch_at_slot(self, slot: u64) -> u64 {
        slot / self.slots_per_epoch()
    }
}

impl FromStr for Preset {
    type Err = Error;

    fn from_str(name: &str) -> Result<Self, Error> {
        match name.trim().to_ascii_lowercase().as_str() {
            "minimal" => Ok(Self::Minimal),
            "mainnet" => Ok(Self::Mainnet),
            _ => Err(Error::Invalid(format!("unknown preset '{}'; use minimal or mainnet", shorten(name)))),
        }
    }
}

/// What a signing root depends on beyond the request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BeaconSpec {
    /// The chain's preset.
    pub preset: Preset,
    /// GENESIS_FORK_VERSION: builder registrations are signed over it, and arrive without fork_info.
    pub genesis_fork_version: [u8; 4],
}

/// A request's `fork_info`: the state's fork and the chain's genesis_validators_root.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ForkInfo {
    /// The fork the client signs in.
    pub fork: Fork,
    /// The chain's genesis_validators_root.
    #[serde(deserialize_with = "hex_array")]
    pub genesis_validators_root: [u8; 32],
}

/// The beacon state's Fork.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fork {
    /// The version before `epoch`.
    #[serde(deserialize_with = "hex_array")]
    pub previous_version: [u8; 4],
    /// The version from `epoch` on.
    #[serde(deserialize_with = "hex_array")]
    pub current_version: [u8; 4],
    /// The epoch `current_version` starts at (Lodestar 1.5.1 sends the message's signing epoch instead).
    #[serde(deserialize_with = "uint")]
    pub epoch: u64,
}

impl ForkInfo {
    /// The fork version that signs a message of `epoch`, as get_domain picks it.
    pub fn fork_version_at(&self, epoch: u64) -> [u8; 4] {
        if epoch < self.fork.epoch { self.fork.previous_version } else { self.fork.current_version }
    }

    /// get_domain(state, domain_type, epoch) for a state with this fork and genesis_validators_root.
    pub fn domain(&self, domain_type: [u8; 4], epoch: u64) -> [u8; 32] {
        ssz::compute_domain(domain_type, self.fork_version_at(epoch), self.genesis_validators_root)
    }
}

/// A parsed remote-signing request: the duty, the fork it is signed in and what the client claims its root is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignRequest {
    /// What to sign.
    pub duty: Duty,
    /// The fork and chain; present whenever the duty's domain needs it.
    pub fork_info: Option<ForkInfo>,
    /// The client's `signingRoot`: only for comparison, never to be signed as is.
    pub claimed_signing_root: Option<[u8; 32]>,
}

impl SignRequest {
    /// Parses the body of `POST /api/v1/eth2/sign/{pubkey}` (the pubkey is in the path, not here).
    pub fn from_json(body: &[u8]) -> Result<Self, Error> {
        let value: Value =
            serde_json::from_slice(body).map_err(|e| malformed(format!("the body is not JSON ({e})")))?;
        let Value::Object(mut fields) = value else {
            return Err(malformed("the body is not a JSON object".into()));
        };
        let kind = match fields.remove("type") {
            Some(Value::String(kind)) => kind,
            Some(_) => return Err(malformed("its `type` is not a string".into())),
            None => return Err(malformed("it has no `type` (ATTESTATION, BLOCK_V2, …)".into())),
        };
        let claimed_signing_root = match fields.remove("signingRoot") {
            None | Some(Value::Null) => None,
            Some(Value::String(text)) => Some(
                from_hex::<32>(&text, &format!("its signingRoot '{}'", shorten(&text)))
                    .map_err(|e| malformed(e.to_string()))?,
            ),
            Some(_) => return Err(malformed("its `signingRoot` is not a string".into())),
        };
        let duty = Duty::from_fields(&kind, &mut fields)?;
        let fork_info = match fields.remove("fork_info") {
            None | Some(Value::Null) => None,
            Some(value) => Some(
                serde_json::from_value::<ForkInfo>(value)
                    .map_err(|e| malformed(format!("the {kind} request's `fork_info` is malformed: {e}")))?,
            ),
        };
        if fork_info.is_none() && duty.needs_fork_info() {
            return Err(missing_fork_info(&kind));
        }
        Ok(Self { duty, fork_info, claimed_signing_root })
    }

    /// The signing root of the duty in the request's fork.
    pub fn signing_root(&self, spec: &BeaconSpec) -> Result<[u8; 32], Error> {
        self.duty.signing_root(self.fork_info.as_ref(), spec)
    }
}

/// What slashing protection must check before a duty is signed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slashable {
    /// A block proposal at `slot`.
    Block {
        /// The block's slot.
        slot: u64,
    },
    /// An attestation vote from `source_epoch` to `target_epoch`.
    Attestation {
        /// attestation_data.source.epoch.
        source_epoch: u64,
        /// attestation_data.target.epoch.
        target_epoch: u64,
    },
}

/// A beacon-chain duty a remote-signing request asks to sign.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Duty {
    /// BLOCK_V2: a block proposal.
    Block {
        /// The fork the block belongs to, as the request names it.
        fork: ForkName,
        /// The block, in full (Phase0, Altair) or as its header (Bellatrix on).
        block: ProposedBlock,
    },
    /// ATTESTATION: an attestation's data.
    Attestation(AttestationData),
    /// AGGREGATION_SLOT: the selection proof of an attestation aggregator for `slot`.
    AggregationSlot {
        /// The slot.
        slot: u64,
    },
    /// AGGREGATE_AND_PROOF: an aggregate attestation with the aggregator's proof.
    AggregateAndProof(AggregateAndProof),
    /// RANDAO_REVEAL: the randao reveal of a proposal in `epoch`.
    RandaoReveal {
        /// The epoch.
        epoch: u64,
    },
    /// VOLUNTARY_EXIT: a voluntary exit.
    VoluntaryExit(VoluntaryExit),
    /// SYNC_COMMITTEE_MESSAGE: a sync committee member's vote for a block root.
    SyncCommitteeMessage(SyncCommitteeMessage),
    /// SYNC_COMMITTEE_SELECTION_PROOF: the selection proof of a sync committee aggregator.
    SyncCommitteeSelectionProof(SyncAggregatorSelectionData),
    /// SYNC_COMMITTEE_CONTRIBUTION_AND_PROOF: a sync committee contribution with the aggregator's proof.
    SyncCommitteeContributionAndProof(ContributionAndProof),
    /// VALIDATOR_REGISTRATION: a builder-API registration (fee recipient, gas limit).
    ValidatorRegistration(ValidatorRegistration),
}

impl Duty {
    /// A short snake_case name for metrics and logs.
    pub fn kind(&self) -> &'static str {
        match self {
            Self::Block { .. } => "block",
            Self::Attestation(_) => "attestation",
            Self::AggregationSlot { .. } => "aggregation_slot",
            Self::AggregateAndProof(_) => "aggregate_and_proof",
            Self::RandaoReveal { .. } => "randao_reveal",
            Self::VoluntaryExit(_) => "voluntary_exit",
            Self::SyncCommitteeMessage(_) => "sync_committee_message",
            Self::SyncCommitteeSelectionProof(_) => "sync_committee_selection_proof",
            Self::SyncCommitteeContributionAndProof(_) => "sync_committee_contribution_and_proof",
            Self::ValidatorRegistration(_) => "validator_registration",
        }
    }

    /// The request `type` it arrives as.
    fn wire_type(&self) -> &'static str {
        match self {
            Self::Block { .. } => "BLOCK_V2",
            Self::Attestation(_) => "ATTESTATION",
            Self::AggregationSlot { .. } => "AGGREGATION_SLOT",
            Self::AggregateAndProof(_) => "AGGREGATE_AND_PROOF",
            Self::RandaoReveal { .. } => "RANDAO_REVEAL",
            Self::VoluntaryExit(_) => "VOLUNTARY_EXIT",
            Self::SyncCommitteeMessage(_) => "SYNC_COMMITTEE_MESSAGE",
            Self::SyncCommitteeSelectionProof(_) => "SYNC_COMMITTEE_SELECTION_PROOF",
            Self::SyncCommitteeContributionAndProof(_) => "SYNC_COMMITTEE_CONTRIBUTION_AND_PROOF",
            Self::ValidatorRegistration(_) => "VALIDATOR_REGISTRATION",
        }
    }

    /// What slashing protection checks for it: blocks and attestations; None for the rest.
    pub fn slashable(&self) -> Option<Slashable> {
        match self {
            Self::Block { block, .. } => Some(Slashable::Block { slot: block.slot() }),
            Self::Attestation(data) => {
                Some(Slashable::Attestation { source_epoch: data.source.epoch, target_epoch: data.target.epoch })
            }
            _ => None,
        }
    }

    /// Whether its domain depends on the fork: all but builder registrations.
    pub fn needs_fork_info(&self) -> bool {
        !matches!(self, Self::ValidatorRegistration(_))
    }

    /// compute_signing_root(message, domain) with the domain the consensus specs give this duty: the fork
    /// version by the message's epoch from `fork_info`, or for a registration the genesis fork version and a
    /// zero genesis_validators_root.
    pub fn signing_root(&self, fork_info: Option<&ForkInfo>, spec: &BeaconSpec) -> Result<[u8; 32], Error> {
        let preset = spec.preset;
        let epoch_at_slot = |slot| preset.epoch_at_slot(slot);
        // (domain type, the epoch get_domain is asked for); None is the builder domain, fork-independent.
        let fork_domain = match self {
            Self::Block { block, .. } => Some((ssz::DOMAIN_BEACON_PROPOSER, epoch_at_slot(block.slot()))),
            Self::Attestation(data) => Some((ssz::DOMAIN_BEACON_ATTESTER, data.target.epoch)),
            Self::AggregationSlot { slot } => Some((ssz::DOMAIN_SELECTION_PROOF, epoch_at_slot(*slot))),
            Self::AggregateAndProof(proof) => {
                Some((ssz::DOMAIN_AGGREGATE_AND_PROOF, epoch_at_slot(proof.aggregate.data.slot)))
            }
            Self::RandaoReveal { epoch } => Some((ssz::DOMAIN_RANDAO, *epoch)),
            // Pre-Deneb (as Lodestar 1.5.1): the fork of the exit's epoch, not EIP-7044's pinned Capella version.
            Self::VoluntaryExit(exit) => Some((ssz::DOMAIN_VOLUNTARY_EXIT, exit.epoch)),
            Self::SyncCommitteeMessage(message) => Some((ssz::DOMAIN_SYNC_COMMITTEE, epoch_at_slot(message.slot))),
            Self::SyncCommitteeSelectionProof(data) => {
                Some((ssz::DOMAIN_SYNC_COMMITTEE_SELECTION_PROOF, epoch_at_slot(data.slot)))
            }
            Self::SyncCommitteeContributionAndProof(proof) => {
                Some((ssz::DOMAIN_CONTRIBUTION_AND_PROOF, epoch_at_slot(proof.contribution.slot)))
            }
            Self::ValidatorRegistration(_) => None,
        };
        let domain = match fork_domain {
            Some((domain_type, epoch)) => {
                fork_info.ok_or_else(|| missing_fork_info(self.wire_type()))?.domain(domain_type, epoch)
            }
            None => ssz::compute_domain(ssz::DOMAIN_APPLICATION_BUILDER, spec.genesis_fork_version, [0u8; 32]),
        };
        Ok(ssz::signing_root(self.object_root(preset)?, domain))
    }

    /// hash_tree_root of the object signed.
    fn object_root(&self, preset: Preset) -> Result<[u8; 32], Error> {
        Ok(match self {
            Self::Block { block, .. } => block.header(preset)?.hash_tree_root(),
            Self::Attestation(data) => data.hash_tree_root(),
            Self::AggregationSlot { slot } => u64_leaf(*slot),
            Self::AggregateAndProof(proof) => proof.hash_tree_root()?,
            Self::RandaoReveal { epoch } => u64_leaf(*epoch),
            Self::VoluntaryExit(exit) => exit.hash_tree_root(),
            // A sync committee message signs the block root itself.
            Self::SyncCommitteeMessage(message) => message.beacon_block_root,
            Self::SyncCommitteeSelectionProof(data) => data.hash_tree_root(),
            Self::SyncCommitteeContributionAndProof(proof) => proof.hash_tree_root(preset)?,
            Self::ValidatorRegistration(registration) => registration.hash_tree_root(),
        })
    }

    /// The duty of a request of type `kind`, taking its payload out of `fields`.
    fn from_fields(kind: &str, fields: &mut Map<String, Value>) -> Result<Self, Error> {
        Ok(match kind {
            "BLOCK_V2" => Self::block(kind, payload(fields, kind, "beacon_block")?)?,
            "ATTESTATION" => Self::Attestation(payload(fields, kind, "attestation")?),
            "AGGREGATION_SLOT" => {
                Self::AggregationSlot { slot: payload::<AggregationSlot>(fields, kind, "aggregation_slot")?.slot }
            }
            "AGGREGATE_AND_PROOF" => Self::AggregateAndProof(payload(fields, kind, "aggregate_and_proof")?),
            "RANDAO_REVEAL" => {
                Self::RandaoReveal { epoch: payload::<RandaoReveal>(fields, kind, "randao_reveal")?.epoch }
            }
            "VOLUNTARY_EXIT" => Self::VoluntaryExit(payload(fields, kind, "voluntary_exit")?),
            "SYNC_COMMITTEE_MESSAGE" => Self::SyncCommitteeMessage(payload(fields, kind, "sync_committee_message")?),
            "SYNC_COMMITTEE_SELECTION_PROOF" => {
                Self::SyncCommitteeSelectionProof(payload(fields, kind, "sync_aggregator_selection_data")?)
            }
            "SYNC_COMMITTEE_CONTRIBUTION_AND_PROOF" => {
                Self::SyncCommitteeContributionAndProof(payload(fields, kind, "contribution_and_proof")?)
            }
            "VALIDATOR_REGISTRATION" => Self::ValidatorRegistration(payload(fields, kind, "validator_registration")?),
            // Types Lodestar 1.5.1 knows but never sends: refused rather than signed unchecked.
            "BLOCK" | "DEPOSIT" | "BLS_TO_EXECUTION_CHANGE" => {
                return Err(malformed(format!(
                    "{kind} requests are not supported (Lodestar 1.5.1 does not send them)"
                )));
            }
            other => {
                return Err(malformed(format!("its type '{}' is not a known signing request type", shorten(other))));
            }
        })
    }

    /// A BLOCK_V2 duty: a full block for Phase0 and Altair, a header from Bellatrix on (what Lodestar 1.5.1
    /// sends), or a header for any of them.
    fn block(kind: &str, request: BlockRequest) -> Result<Self, Error> {
        let fork = ForkName::from_wire(&request.version)?;
        let block = match (request.block, request.block_header) {
            (Some(block), None) => {
                let expects_sync_aggregate = match fork {
                    ForkName::Phase0 => false,
                    ForkName::Altair => true,
                    ForkName::Bellatrix | ForkName::Capella => {
                        return Err(malformed(format!(
                            "a full {} block is not supported; send its block_header (as Lodestar 1.5.1 does)",
                            request.version
                        )));
                    }
                };
                let block: BeaconBlock = serde_json::from_value(block)
                    .map_err(|e| malformed(format!("the {kind} request's block is malformed: {e}")))?;
                if block.body.sync_aggregate.is_some() != expects_sync_aggregate {
                    return Err(malformed(format!(
                        "a {} block {} a sync_aggregate",
                        request.version,
                        if expects_sync_aggregate { "must have" } else { "cannot have" }
                    )));
                }
                ProposedBlock::Full(Box::new(block))
            }
            (None, Some(header)) => ProposedBlock::Header(
                serde_json::from_value(header)
                    .map_err(|e| malformed(format!("the {kind} request's block_header is malformed: {e}")))?,
            ),
            (Some(_), Some(_)) => return Err(malformed("its beacon_block has both a block and a block_header".into())),
            (None, None) => return Err(malformed("its beacon_block has neither a block nor a block_header".into())),
        };
        Ok(Self::Block { fork, block })
    }
}

/// The forks Lodestar 1.5.1 signs blocks in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ForkName {
    /// PHASE0.
    Phase0,
    /// ALTAIR.
    Altair,
    /// BELLATRIX.
    Bellatrix,
    /// CAPELLA.
    Capella,
}

impl ForkName {
    /// The fork of a BLOCK_V2 `version` (Web3Signer's upper-case names).
    fn from_wire(version: &str) -> Result<Self, Error> {
        match version {
            "PHASE0" => Ok(Self::Phase0),
            "ALTAIR" => Ok(Self::Altair),
            "BELLATRIX" => Ok(Self::Bellatrix),
            "CAPELLA" => Ok(Self::Capella),
            other => Err(malformed(format!(
                "its block version '{}' is not one of PHASE0, ALTAIR, BELLATRIX, CAPELLA",
                shorten(other)
            ))),
        }
    }
}

/// A proposed block as the request carries it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProposedBlock {
    /// The block's header (its body only as body_root).
    Header(BeaconBlockHeader),
    /// The whole block.
    Full(Box<BeaconBlock>),
}

impl ProposedBlock {
    /// The block's slot.
    pub fn slot(&self) -> u64 {
        match self {
            Self::Header(header) => header.slot,
            Self::Full(block) => block.slot,
        }
    }

    /// The block's header, whose root is the block's root.
    pub fn header(&self, preset: Preset) -> Result<BeaconBlockHeader, Error> {
        match self {
            Self::Header(header) => Ok(*header),
            Self::Full(block) => Ok(BeaconBlockHeader {
                slot: block.slot,
                proposer_index: block.proposer_index,
                parent_root: block.parent_root,
                state_root: block.state_root,
                body_root: block.body.hash_tree_root(preset)?,
            }),
        }
    }
}

/// BLOCK_V2's `beacon_block`; the block stays JSON until its version says whether it can be parsed.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct BlockRequest {
    version: String,
    block: Option<Value>,
    block_header: Option<Value>,
}

/// AGGREGATION_SLOT's payload.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AggregationSlot {
    #[serde(deserialize_with = "uint")]
    slot: u64,
}

/// RANDAO_REVEAL's payload.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RandaoReveal {
    #[serde(deserialize_with = "uint")]
    epoch: u64,
}

/// Checkpoint.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Checkpoint {
    /// The epoch.
    #[serde(deserialize_with = "uint")]
    pub epoch: u64,
    /// The epoch boundary block's root.
    #[serde(deserialize_with = "hex_array")]
    pub root: [u8; 32],
}

/// AttestationData.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AttestationData {
    /// The slot.
    #[serde(deserialize_with = "uint")]
    pub slot: u64,
    /// The committee index.
    #[serde(deserialize_with = "uint")]
    pub index: u64,
    /// The head vote (LMD GHOST).
    #[serde(deserialize_with = "hex_array")]
    pub beacon_block_root: [u8; 32],
    /// The source checkpoint (FFG).
    pub source: Checkpoint,
    /// The target checkpoint (FFG).
    pub target: Checkpoint,
}

impl AttestationData {
    /// hash_tree_root(AttestationData).
    pub fn hash_tree_root(&self) -> [u8; 32] {
        container_root(&[
            u64_leaf(self.slot),
            u64_leaf(self.index),
            self.beacon_block_root,
            ssz::checkpoint_root(self.source.epoch, self.source.root),
            ssz::checkpoint_root(self.target.epoch, self.target.root),
        ])
    }
}

/// Attestation (phase0 layout, as up to Deneb).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Attestation {
    /// Bitlist[MAX_VALIDATORS_PER_COMMITTEE] in its SSZ serialization (delimiter bit included).
    #[serde(deserialize_with = "hex_vec")]
    pub aggregation_bits: Vec<u8>,
    /// What is attested.
    pub data: AttestationData,
    /// The aggregate signature.
    #[serde(deserialize_with = "hex_array")]
    pub signature: [u8; 96],
}

impl Attestation {
    /// hash_tree_root(Attestation); an error when the aggregation bits are not a Bitlist[2048].
    pub fn hash_tree_root(&self) -> Result<[u8; 32], Error> {
        let bits = bitlist_root(&self.aggregation_bits, MAX_VALIDATORS_PER_COMMITTEE, "aggregation_bits")?;
        Ok(container_root(&[bits, self.data.hash_tree_root(), signature_root(&self.signature)]))
    }
}

/// AggregateAndProof.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AggregateAndProof {
    /// The aggregator's validator index.
    #[serde(deserialize_with = "uint")]
    pub aggregator_index: u64,
    /// The aggregate attestation.
    pub aggregate: Attestation,
    /// The aggregator's selection proof.
    #[serde(deserialize_with = "hex_array")]
    pub selection_proof: [u8; 96],
}

impl AggregateAndProof {
    /// hash_tree_root(AggregateAndProof).
    pub fn hash_tree_root(&self) -> Result<[u8; 32], Error> {
        Ok(container_root(&[
            u64_leaf(self.aggregator_index),
            self.aggregate.hash_tree_root()?,
            signature_root(&self.selection_proof),
        ]))
    }
}

/// VoluntaryExit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VoluntaryExit {
    /// The earliest epoch it may be processed in.
    #[serde(deserialize_with = "uint")]
    pub epoch: u64,
    /// The exiting validator.
    #[serde(deserialize_with = "uint")]
    pub validator_index: u64,
}

impl VoluntaryExit {
    /// hash_tree_root(VoluntaryExit).
    pub fn hash_tree_root(&self) -> [u8; 32] {
        ssz::voluntary_exit_root(self.epoch, self.validator_index)
    }
}

/// A SYNC_COMMITTEE_MESSAGE's payload: the block root voted for at `slot`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SyncCommitteeMessage {
    /// The head block root (what is signed).
    #[serde(deserialize_with = "hex_array")]
    pub beacon_block_root: [u8; 32],
    /// The slot (it picks the fork).
    #[serde(deserialize_with = "uint")]
    pub slot: u64,
}

/// SyncAggregatorSelectionData.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SyncAggregatorSelectionData {
    /// The slot.
    #[serde(deserialize_with = "uint")]
    pub slot: u64,
    /// The sync subcommittee.
    #[serde(deserialize_with = "uint")]
    pub subcommittee_index: u64,
}

impl SyncAggregatorSelectionData {
    /// hash_tree_root(SyncAggregatorSelectionData).
    pub fn hash_tree_root(&self) -> [u8; 32] {
        container_root(&[u64_leaf(self.slot), u64_leaf(self.subcommittee_index)])
    }
}

/// SyncCommitteeContribution.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SyncCommitteeContribution {
    /// The slot.
    #[serde(deserialize_with = "uint")]
    pub slot: u64,
    /// The block root the subcommittee signed.
    #[serde(deserialize_with = "hex_array")]
    pub beacon_block_root: [u8; 32],
    /// The sync subcommittee.
    #[serde(deserialize_with = "uint")]
    pub subcommittee_index: u64,
    /// Bitvector[SYNC_COMMITTEE_SIZE / SYNC_COMMITTEE_SUBNET_COUNT] in its SSZ serialization.
    #[serde(deserialize_with = "hex_vec")]
    pub aggregation_bits: Vec<u8>,
    /// The aggregate signature.
    #[serde(deserialize_with = "hex_array")]
    pub signature: [u8; 96],
}

impl SyncCommitteeContribution {
    /// hash_tree_root(SyncCommitteeContribution); the preset fixes the aggregation bits' length.
    pub fn hash_tree_root(&self, preset: Preset) -> Result<[u8; 32], Error> {
        let bits = bitvector_root(&self.aggregation_bits, preset.sync_subcommittee_size(), "aggregation_bits")?;
        Ok(container_root(&[
            u64_leaf(self.slot),
            self.beacon_block_root,
            u64_leaf(self.subcommittee_index),
            bits,
            signature_root(&self.signature),
        ]))
    }
}

/// ContributionAndProof.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ContributionAndProof {
    /// The aggregator's validator index.
    #[serde(deserialize_with = "uint")]
    pub aggregator_index: u64,
    /// The contribution.
    pub contribution: SyncCommitteeContribution,
    /// The aggregator's selection proof.
    #[serde(deserialize_with = "hex_array")]
    pub selection_proof: [u8; 96],
}

impl ContributionAndProof {
    /// hash_tree_root(ContributionAndProof).
    pub fn hash_tree_root(&self, preset: Preset) -> Result<[u8; 32], Error> {
        Ok(container_root(&[
            u64_leaf(self.aggregator_index),
            self.contribution.hash_tree_root(preset)?,
            signature_root(&self.selection_proof),
        ]))
    }
}

/// ValidatorRegistrationV1 (builder API).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ValidatorRegistration {
    /// The execution address to be paid.
    #[serde(deserialize_with = "hex_array")]
    pub fee_recipient: [u8; 20],
    /// The gas limit asked of builders.
    #[serde(deserialize_with = "uint")]
    pub gas_limit: u64,
    /// Unix seconds of the registration.
    #[serde(deserialize_with = "uint")]
    pub timestamp: u64,
    /// The validator's public key.
    #[serde(deserialize_with = "hex_array")]
    pub pubkey: [u8; 48],
}

impl ValidatorRegistration {
    /// hash_tree_root(ValidatorRegistrationV1).
    pub fn hash_tree_root(&self) -> [u8; 32] {
        container_root(&[
            ssz::short_bytes_leaf(&self.fee_recipient),
            u64_leaf(self.gas_limit),
            u64_leaf(self.timestamp),
            ssz::pubkey_root(&self.pubkey),
        ])
    }
}

/// BeaconBlockHeader.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BeaconBlockHeader {
    /// The slot.
    #[serde(deserialize_with = "uint")]
    pub slot: u64,
    /// The proposer.
    #[serde(deserialize_with = "uint")]
    pub proposer_index: u64,
    /// The parent block's root.
    #[serde(deserialize_with = "hex_array")]
    pub parent_root: [u8; 32],
    /// The post-state root.
    #[serde(deserialize_with = "hex_array")]
    pub state_root: [u8; 32],
    /// hash_tree_root of the body.
    #[serde(deserialize_with = "hex_array")]
    pub body_root: [u8; 32],
}

impl BeaconBlockHeader {
    /// hash_tree_root(BeaconBlockHeader): also the root of the block it heads.
    pub fn hash_tree_root(&self) -> [u8; 32] {
        container_root(&[
            u64_leaf(self.slot),
            u64_leaf(self.proposer_index),
            self.parent_root,
            self.state_root,
            self.body_root,
        ])
    }
}

/// SignedBeaconBlockHeader (inside proposer slashings).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SignedBeaconBlockHeader {
    /// The header.
    pub message: BeaconBlockHeader,
    /// The proposer's signature.
    #[serde(deserialize_with = "hex_array")]
    pub signature: [u8; 96],
}

impl SignedBeaconBlockHeader {
    fn hash_tree_root(&self) -> [u8; 32] {
        container_root(&[self.message.hash_tree_root(), signature_root(&self.signature)])
    }
}

/// ProposerSlashing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProposerSlashing {
    /// The first header.
    pub signed_header_1: SignedBeaconBlockHeader,
    /// The conflicting header.
    pub signed_header_2: SignedBeaconBlockHeader,
}

/// IndexedAttestation (inside attester slashings).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IndexedAttestation {
    /// List[ValidatorIndex, MAX_VALIDATORS_PER_COMMITTEE].
    #[serde(deserialize_with = "uint_vec")]
    pub attesting_indices: Vec<u64>,
    /// What was attested.
    pub data: AttestationData,
    /// The aggregate signature.
    #[serde(deserialize_with = "hex_array")]
    pub signature: [u8; 96],
}

impl IndexedAttestation {
    fn hash_tree_root(&self) -> Result<[u8; 32], Error> {
        check_count(self.attesting_indices.len(), MAX_VALIDATORS_PER_COMMITTEE, "attesting_indices")?;
        Ok(container_root(&[
            ssz::u64_list_root(&self.attesting_indices, MAX_VALIDATORS_PER_COMMITTEE),
            self.data.hash_tree_root(),
            signature_root(&self.signature),
        ]))
    }
}

/// AttesterSlashing.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AttesterSlashing {
    /// The first attestation.
    pub attestation_1: IndexedAttestation,
    /// The conflicting attestation.
    pub attestation_2: IndexedAttestation,
}

/// Eth1Data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Eth1Data {
    /// The deposit contract's root.
    #[serde(deserialize_with = "hex_array")]
    pub deposit_root: [u8; 32],
    /// The deposit contract's deposit count.
    #[serde(deserialize_with = "uint")]
    pub deposit_count: u64,
    /// The execution block voted for.
    #[serde(deserialize_with = "hex_array")]
    pub block_hash: [u8; 32],
}

/// DepositData (inside a block's deposits).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DepositData {
    /// The validator's public key.
    #[serde(deserialize_with = "hex_array")]
    pub pubkey: [u8; 48],
    /// The withdrawal credentials.
    #[serde(deserialize_with = "hex_array")]
    pub withdrawal_credentials: [u8; 32],
    /// The amount in Gwei.
    #[serde(deserialize_with = "uint")]
    pub amount: u64,
    /// The deposit signature.
    #[serde(deserialize_with = "hex_array")]
    pub signature: [u8; 96],
}

/// Deposit.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Deposit {
    /// Vector[Bytes32, DEPOSIT_CONTRACT_TREE_DEPTH + 1]: the Merkle branch to the deposit root.
    #[serde(deserialize_with = "hex_array_vec")]
    pub proof: Vec<[u8; 32]>,
    /// The deposit.
    pub data: DepositData,
}

impl Deposit {
    fn hash_tree_root(&self) -> Result<[u8; 32], Error> {
        if self.proof.len() != DEPOSIT_PROOF_LENGTH {
            return Err(malformed(format!(
                "a deposit proof has {} roots, not the {DEPOSIT_PROOF_LENGTH} it must",
                self.proof.len()
            )));
        }
        let data = &self.data;
        let data_root =
            ssz::deposit_data_root(&data.pubkey, &data.withdrawal_credentials, data.amount, &data.signature);
        Ok(container_root(&[ssz::merkleize(&self.proof, DEPOSIT_PROOF_LENGTH), data_root]))
    }
}

/// SignedVoluntaryExit (inside a block).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SignedVoluntaryExit {
    /// The exit.
    pub message: VoluntaryExit,
    /// The validator's signature.
    #[serde(deserialize_with = "hex_array")]
    pub signature: [u8; 96],
}

/// SyncAggregate (Altair on).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SyncAggregate {
    /// Bitvector[SYNC_COMMITTEE_SIZE] in its SSZ serialization.
    #[serde(deserialize_with = "hex_vec")]
    pub sync_committee_bits: Vec<u8>,
    /// The aggregate signature.
    #[serde(deserialize_with = "hex_array")]
    pub sync_committee_signature: [u8; 96],
}

/// BeaconBlock (Phase0 or Altair).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BeaconBlock {
    /// The slot.
    #[serde(deserialize_with = "uint")]
    pub slot: u64,
    /// The proposer.
    #[serde(deserialize_with = "uint")]
    pub proposer_index: u64,
    /// The parent block's root.
    #[serde(deserialize_with = "hex_array")]
    pub parent_root: [u8; 32],
    /// The post-state root.
    #[serde(deserialize_with = "hex_array")]
    pub state_root: [u8; 32],
    /// The body.
    pub body: BeaconBlockBody,
}

/// BeaconBlockBody of Phase0, or of Altair when it has a sync aggregate.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BeaconBlockBody {
    /// The proposer's randao reveal.
    #[serde(deserialize_with = "hex_array")]
    pub randao_reveal: [u8; 96],
    /// The eth1 vote.
    pub eth1_data: Eth1Data,
    /// Free bytes.
    #[serde(deserialize_with = "hex_array")]
    pub graffiti: [u8; 32],
    /// At most MAX_PROPOSER_SLASHINGS.
    pub proposer_slashings: Vec<ProposerSlashing>,
    /// At most MAX_ATTESTER_SLASHINGS.
    pub attester_slashings: Vec<AttesterSlashing>,
    /// At most MAX_ATTESTATIONS.
    pub attestations: Vec<Attestation>,
    /// At most MAX_DEPOSITS.
    pub deposits: Vec<Deposit>,
    /// At most MAX_VOLUNTARY_EXITS.
    pub voluntary_exits: Vec<SignedVoluntaryExit>,
    /// Altair's addition; None in Phase0.
    #[serde(default)]
    pub sync_aggregate: Option<SyncAggregate>,
}

impl BeaconBlockBody {
    /// hash_tree_root(BeaconBlockBody) of Phase0, or of Altair with a sync aggregate.
    pub fn hash_tree_root(&self, preset: Preset) -> Result<[u8; 32], Error> {
        check_count(self.proposer_slashings.len(), MAX_PROPOSER_SLASHINGS, "proposer_slashings")?;
        check_count(self.attester_slashings.len(), MAX_ATTESTER_SLASHINGS, "attester_slashings")?;
        check_count(self.attestations.len(), MAX_ATTESTATIONS, "attestations")?;
        check_count(self.deposits.len(), MAX_DEPOSITS, "deposits")?;
        check_count(self.voluntary_exits.len(), MAX_VOLUNTARY_EXITS, "voluntary_exits")?;
        let eth1 = &self.eth1_data;
        let proposer_slashings: Vec<[u8; 32]> = self
            .proposer_slashings
            .iter()
            .map(|s| container_root(&[s.signed_header_1.hash_tree_root(), s.signed_header_2.hash_tree_root()]))
            .collect();
        let attester_slashings = self
            .attester_slashings
            .iter()
            .map(|s| Ok(container_root(&[s.attestation_1.hash_tree_root()?, s.attestation_2.hash_tree_root()?])))
            .collect::<Result<Vec<_>, Error>>()?;
        let attestations = self.attestations.iter().map(Attestation::hash_tree_root).collect::<Result<Vec<_>, _>>()?;
        let deposits = self.deposits.iter().map(Deposit::hash_tree_root).collect::<Result<Vec<_>, _>>()?;
        let voluntary_exits: Vec<[u8; 32]> = self
            .voluntary_exits
            .iter()
            .map(|e| container_root(&[e.message.hash_tree_root(), signature_root(&e.signature)]))
            .collect();
        let mut fields = vec![
            signature_root(&self.randao_reveal),
            container_root(&[eth1.deposit_root, u64_leaf(eth1.deposit_count), eth1.block_hash]),
            self.graffiti,
            ssz::composite_list_root(&proposer_slashings, MAX_PROPOSER_SLASHINGS),
            ssz::composite_list_root(&attester_slashings, MAX_ATTESTER_SLASHINGS),
            ssz::composite_list_root(&attestations, MAX_ATTESTATIONS),
            ssz::composite_list_root(&deposits, MAX_DEPOSITS),
            ssz::composite_list_root(&voluntary_exits, MAX_VOLUNTARY_EXITS),
        ];
        if let Some(aggregate) = &self.sync_aggregate {
            let bits =
                bitvector_root(&aggregate.sync_committee_bits, preset.sync_committee_size(), "sync_committee_bits")?;
            fields.push(container_root(&[bits, signature_root(&aggregate.sync_committee_signature)]));
        }
        Ok(container_root(&fields))
    }
}

fn malformed(reason: String) -> Error {
    Error::RemoteSigning(reason)
}

fn missing_fork_info(kind: &str) -> Error {
    malformed(format!("the {kind} request has no fork_info, which its signing domain needs"))
}

/// At most 40 characters of client text, so an error never carries a whole request.
fn shorten(text: &str) -> String {
    const LIMIT: usize = 40;
    match text.char_indices().nth(LIMIT) {
        Some((end, _)) => format!("{}…", &text[..end]),
        None => text.to_string(),
    }
}

fn check_count(count: usize, limit: usize, what: &str) -> Result<(), Error> {
    if count > limit {
        return Err(malformed(format!("its {what} has {count} entries, more than the {limit} allowed")));
    }
    Ok(())
}

/// hash_tree_root(Bitlist[limit]) of a serialization, checked.
fn bitlist_root(serialized: &[u8], limit: usize, what: &str) -> Result<[u8; 32], Error> {
    let not_a_bitlist = || malformed(format!("its {what} is not a bitlist (it lacks the length bit in its last byte)"));
    let bits = ssz::bitlist_len(serialized).ok_or_else(not_a_bitlist)?;
    if bits > limit {
        return Err(malformed(format!("its {what} holds {bits} bits, more than the {limit} allowed")));
    }
    ssz::bitlist_root(serialized, limit).ok_or_else(not_a_bitlist)
}

/// hash_tree_root(Bitvector[bits]) of a serialization, checked: the preset fixes the length.
fn bitvector_root(serialized: &[u8], bits: usize, what: &str) -> Result<[u8; 32], Error> {
    let bytes = bits.div_ceil(8);
    if serialized.len() != bytes {
        return Err(malformed(format!(
            "its {what} has {} bytes, but a Bitvector[{bits}] has {bytes} (a request from a chain of another preset?)",
            serialized.len()
        )));
    }
    // Bits past the length in the last byte must be zero.
    if !bits.is_multiple_of(8) && serialized.last().is_some_and(|last| last >> (bits % 8) != 0) {
        return Err(malformed(format!("its {what} has bits set past its {bits} bits")));
    }
    Ok(ssz::bitvector_root(serialized, bits))
}

/// The payload `key` of a request of type `kind`.
fn payload<T: DeserializeOwned>(fields: &mut Map<String, Value>, kind: &str, key: &str) -> Result<T, Error> {
    let value = fields.remove(key).ok_or_else(|| malformed(format!("the {kind} request has no `{key}`")))?;
    serde_json::from_value(value).map_err(|e| malformed(format!("the {kind} request's `{key}` is malformed: {e}")))
}

/// A uint64 as the Beacon API writes it: a decimal string.
fn parse_uint(text: &str) -> Result<u64, String> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!("'{}' is not a uint64 as a decimal string", shorten(text)));
    }
    text.parse().map_err(|_| format!("'{}' is larger than a uint64", shorten(text)))
}

fn uint<'de, D: Deserializer<'de>>(deserializer: D) -> Result<u64, D::Error> {
    parse_uint(&String::deserialize(deserializer)?).map_err(D::Error::custom)
}

fn uint_vec<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<u64>, D::Error> {
    Vec::<String>::deserialize(deserializer)?.iter().map(|text| parse_uint(text).map_err(D::Error::custom)).collect()
}

fn parse_hex_array<const N: usize>(text: &str) -> Result<[u8; N], String> {
    from_hex::<N>(text, &format!("'{}'", shorten(text))).map_err(|e| e.to_string())
}

fn hex_array<'de, D: Deserializer<'de>, const N: usize>(deserializer: D) -> Result<[u8; N], D::Error> {
    parse_hex_array(&String::deserialize(deserializer)?).map_err(D::Error::custom)
}

fn hex_array_vec<'de, D: Deserializer<'de>, const N: usize>(deserializer: D) -> Result<Vec<[u8; N]>, D::Error> {
    Vec::<String>::deserialize(deserializer)?
        .iter()
        .map(|text| parse_hex_array(text).map_err(D::Error::custom))
        .collect()
}

/// Bytes of any length (bitfields) from hex with `0x`.
fn hex_vec<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<u8>, D::Error> {
    let text = String::deserialize(deserializer)?;
    let digits = text.strip_prefix("0x").unwrap_or(&text);
    hex::decode(digits).map_err(|_| D::Error::custom(format!("'{}' is not valid hex", shorten(&text))))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const SPEC: BeaconSpec = BeaconSpec { preset: Preset::Minimal, genesis_fork_version: [0, 0, 0, 1] };

    fn hex_of(byte: u8, len: usize) -> String {
        format!("0x{}", hex::encode(vec![byte; len]))
    }

    fn fork_info(previous: u8, current: u8, epoch: u64) -> Value {
        json!({
            "fork": {
                "previous_version": hex_of(previous, 4),
                "current_version": hex_of(current, 4),
                "epoch": epoch.to_string(),
            },
            "genesis_validators_root": hex_of(0x42, 32),
        })
    }

    fn attestation_data(slot: u64, source: u64, target: u64) -> Value {
        json!({
            "slot": slot.to_string(), "index": "1", "beacon_block_root": hex_of(1, 32),
            "source": {"epoch": source.to_string(), "root": hex_of(2, 32)},
            "target": {"epoch": target.to_string(), "root": hex_of(3, 32)},
        })
    }

    fn attestation_request(fork: Value) -> Value {
        json!({"type": "ATTESTATION", "fork_info": fork, "attestation": attestation_data(17, 1, 2)})
    }

    fn parse(request: &Value) -> Result<SignRequest, Error> {
        SignRequest::from_json(request.to_string().as_bytes())
    }

    /// The error message of parsing `request` (or of computing its root, when it parses).
    fn error_of(request: &Value) -> String {
        match parse(request).and_then(|r| r.signing_root(&SPEC)) {
            Ok(root) => panic!("{request} gave the root {}", hex::encode(root)),
            Err(e) => e.to_string(),
        }
    }

    fn assert_error(request: &Value, expected: &str) {
        let message = error_of(request);
        assert!(message.contains(expected), "expected '{expected}' in: {message}");
        assert!(message.starts_with("not a usable remote-signing request: "), "{message}");
    }

    #[test]
    fn an_attestation_gives_its_kind_slashing_epochs_and_claimed_root() {
        let mut request = attestation_request(fork_info(1, 2, 2));
        request["signingRoot"] = json!(hex_of(9, 32));
        let parsed = parse(&request).expect("parses");
        assert_eq!(parsed.duty.kind(), "attestation");
        assert_eq!(parsed.duty.slashable(), Some(Slashable::Attestation { source_epoch: 1, target_epoch: 2 }));
        assert_eq!(parsed.claimed_signing_root, Some([9; 32]));
    }

    /// get_domain: a message before fork.epoch is signed with previous_version, from it with current_version.
    #[test]
    fn the_fork_version_follows_the_message_epoch() {
        let signing_root = |fork: Value| parse(&attestation_request(fork)).and_then(|r| r.signing_root(&SPEC));
        let at_fork = signing_root(fork_info(1, 2, 2)).expect("root");
        let before_fork = signing_root(fork_info(1, 2, 3)).expect("root");
        assert_ne!(at_fork, before_fork);
        assert_eq!(before_fork, signing_root(fork_info(1, 7, 3)).expect("root"), "current_version unused");
        assert_eq!(at_fork, signing_root(fork_info(7, 2, 2)).expect("root"), "previous_version unused");
    }

    #[test]
    fn a_registration_needs_no_fork_info_and_uses_the_genesis_fork_version() {
        let request = json!({"type": "VALIDATOR_REGISTRATION", "validator_registration": {
            "fee_recipient": hex_of(5, 20), "gas_limit": "30000000", "timestamp": "1700000000", "pubkey": hex_of(6, 48),
        }});
        let parsed = parse(&request).expect("parses");
        assert_eq!(parsed.duty.kind(), "validator_registration");
        assert_eq!(parsed.duty.slashable(), None);
        let root = parsed.signing_root(&SPEC).expect("root");
        let other_chain = BeaconSpec { genesis_fork_version: [0, 0, 0, 2], ..SPEC };
        assert_ne!(root, parsed.signing_root(&other_chain).expect("root"));
    }

    #[test]
    fn presets_have_their_sizes() {
        assert_eq!((Preset::Minimal.slots_per_epoch(), Preset::Minimal.sync_subcommittee_size()), (8, 8));
        assert_eq!((Preset::Mainnet.slots_per_epoch(), Preset::Mainnet.sync_subcommittee_size()), (32, 128));
        assert_eq!(Preset::Minimal.epoch_at_slot(17), 2);
        assert_eq!(Preset::Mainnet.epoch_at_slot(17), 0);
        assert_eq!("Mainnet".parse::<Preset>().ok(), Some(Preset::Mainnet));
        assert!("gnosis".parse::<Preset>().is_err());
    }

    #[test]
    fn bodies_that_are_not_requests_are_refused() {
        for (body, expected) in [
            (&b"{not json"[..], "the body is not JSON"),
            (b"[1, 2]", "the body is not a JSON object"),
            (b"{}", "it has no `type`"),
            (br#"{"type": 7}"#, "its `type` is not a string"),
        ] {
            let message = SignRequest::from_json(body).map(|_| ()).expect_err("refused").to_string();
            assert!(message.contains(expected), "expected '{expected}' in: {message}");
        }
    }

    #[test]
    fn unknown_and_unsupported_types_are_refused() {
        assert_error(&json!({"type": "TELEPORT"}), "its type 'TELEPORT' is not a known signing request type");
        assert_error(&json!({"type": "DEPOSIT", "deposit": {}}), "DEPOSIT requests are not supported");
        assert_error(&json!({"type": "BLOCK", "block": {}}), "BLOCK requests are not supported");
        let long = "X".repeat(500);
        let message = error_of(&json!({ "type": long }));
        assert!(message.len() < 200, "the error repeats the whole type: {message}");
    }

    #[test]
    fn missing_or_malformed_parts_are_named() {
        assert_error(&json!({"type": "ATTESTATION", "fork_info": fork_info(1, 2, 0)}), "has no `attestation`");
        assert_error(
            &json!({"type": "ATTESTATION", "attestation": attestation_data(1, 0, 0)}),
            "the ATTESTATION request has no fork_info",
        );
        let mut numeric_slot = attestation_request(fork_info(1, 2, 0));
        numeric_slot["attestation"]["slot"] = json!(17);
        assert_error(&numeric_slot, "the ATTESTATION request's `attestation` is malformed");
        let mut negative = attestation_request(fork_info(1, 2, 0));
        negative["attestation"]["index"] = json!("-1");
        assert_error(&negative, "'-1' is not a uint64 as a decimal string");
        let mut too_large = attestation_request(fork_info(1, 2, 0));
        too_large["attestation"]["index"] = json!("18446744073709551616");
        assert_error(&too_large, "larger than a uint64");
        let mut short_root = attestation_request(fork_info(1, 2, 0));
        short_root["attestation"]["beacon_block_root"] = json!("0x1234");
        assert_error(&short_root, "must be 32 bytes, not 2");
        let mut bad_hex = attestation_request(fork_info(1, 2, 0));
        bad_hex["attestation"]["target"]["root"] = json!(format!("0x{}", "zz".repeat(32)));
        assert_error(&bad_hex, "is not valid hex");
        let mut extra = attestation_request(fork_info(1, 2, 0));
        extra["attestation"]["committee_bits"] = json!("0x01");
        assert_error(&extra, "unknown field `committee_bits`");
        let mut bad_fork = attestation_request(fork_info(1, 2, 0));
        bad_fork["fork_info"]["fork"]["current_version"] = json!("0x0102");
        assert_error(&bad_fork, "`fork_info` is malformed");
        let mut bad_claim = attestation_request(fork_info(1, 2, 0));
        bad_claim["signingRoot"] = json!("0xabc");
        assert_error(&bad_claim, "its signingRoot '0xabc' is not valid hex");
    }

    fn aggregate_request(aggregation_bits: &str) -> Value {
        json!({"type": "AGGREGATE_AND_PROOF", "fork_info": fork_info(1, 2, 0), "aggregate_and_proof": {
            "aggregator_index": "3",
            "aggregate": {
                "aggregation_bits": aggregation_bits,
                "data": attestation_data(1, 0, 0),
                "signature": hex_of(4, 96),
            },
            "selection_proof": hex_of(5, 96),
        }})
    }

    #[test]
    fn bitlists_need_their_length_bit_and_fit_their_limit() {
        assert!(parse(&aggregate_request("0x0501")).and_then(|r| r.signing_root(&SPEC)).is_ok());
        assert_error(&aggregate_request("0x"), "its aggregation_bits is not a bitlist");
        assert_error(&aggregate_request("0x0500"), "its aggregation_bits is not a bitlist");
        // 2049 bits: 2048 ones and a 1 below the delimiter of a 257th byte.
        let over = format!("0x{}03", "ff".repeat(256));
        assert_error(&aggregate_request(&over), "holds 2049 bits, more than the 2048 allowed");
        // Exactly 2048 bits: the delimiter alone in a 257th byte.
        let at_limit = format!("0x{}01", "ff".repeat(256));
        assert!(parse(&aggregate_request(&at_limit)).and_then(|r| r.signing_root(&SPEC)).is_ok());
    }

    fn contribution_request(aggregation_bits: &str) -> Value {
        let fork = fork_info(1, 2, 0);
        json!({"type": "SYNC_COMMITTEE_CONTRIBUTION_AND_PROOF", "fork_info": fork, "contribution_and_proof": {
            "aggregator_index": "3",
            "contribution": {
                "slot": "9", "beacon_block_root": hex_of(1, 32), "subcommittee_index": "2",
                "aggregation_bits": aggregation_bits, "signature": hex_of(4, 96),
            },
            "selection_proof": hex_of(5, 96),
        }})
    }

    #[test]
    fn a_contribution_has_its_presets_bitvector() {
        let minimal = parse(&contribution_request("0xa5")).expect("parses");
        assert!(minimal.signing_root(&SPEC).is_ok());
        let mainnet = BeaconSpec { preset: Preset::Mainnet, ..SPEC };
        let message = minimal.signing_root(&mainnet).map(|_| ()).expect_err("refused").to_string();
        assert!(message.contains("has 1 bytes, but a Bitvector[128] has 16"), "{message}");
        let wide = parse(&contribution_request(&format!("0x{}", "a5".repeat(16)))).expect("parses");
        assert!(wide.signing_root(&mainnet).is_ok());
        assert!(wide.signing_root(&SPEC).is_err());
    }

    fn header() -> Value {
        json!({
            "slot": "9", "proposer_index": "4",
            "parent_root": hex_of(1, 32), "state_root": hex_of(2, 32), "body_root": hex_of(3, 32),
        })
    }

    fn block(sync_aggregate: Option<Value>, attestations: usize) -> Value {
        let attestation =
            json!({"aggregation_bits": "0x03", "data": attestation_data(8, 0, 1), "signature": hex_of(4, 96)});
        let mut body = json!({
            "randao_reveal": hex_of(5, 96),
            "eth1_data": {"deposit_root": hex_of(6, 32), "deposit_count": "3", "block_hash": hex_of(7, 32)},
            "graffiti": hex_of(8, 32),
            "proposer_slashings": [], "attester_slashings": [],
            "attestations": vec![attestation; attestations],
            "deposits": [], "voluntary_exits": [],
        });
        if let Some(aggregate) = sync_aggregate {
            body["sync_aggregate"] = aggregate;
        }
        json!({
            "slot": "9", "proposer_index": "4",
            "parent_root": hex_of(1, 32), "state_root": hex_of(2, 32), "body": body,
        })
    }

    fn block_request(beacon_block: Value) -> Value {
        json!({"type": "BLOCK_V2", "fork_info": fork_info(1, 2, 1), "beacon_block": beacon_block})
    }

    #[test]
    fn blocks_come_as_lodestar_sends_them() {
        let sync_aggregate = json!({"sync_committee_bits": "0xffff0000", "sync_committee_signature": hex_of(9, 96)});
        let altair =
            parse(&block_request(json!({"version": "ALTAIR", "block": block(Some(sync_aggregate.clone()), 2)})))
                .expect("parses");
        assert_eq!(altair.duty.kind(), "block");
        assert_eq!(altair.duty.slashable(), Some(Slashable::Block { slot: 9 }));
        assert!(altair.signing_root(&SPEC).is_ok());
        let bellatrix =
            parse(&block_request(json!({"version": "BELLATRIX", "block_header": header()}))).expect("parses");
        assert_eq!(bellatrix.duty.slashable(), Some(Slashable::Block { slot: 9 }));

        assert_error(
            &block_request(json!({"version": "ALTAIR", "block": block(None, 0)})),
            "must have a sync_aggregate",
        );
        assert_error(
            &block_request(json!({"version": "PHASE0", "block": block(Some(sync_aggregate), 0)})),
            "cannot have a sync_aggregate",
        );
        assert_error(
            &block_request(json!({"version": "CAPELLA", "block": block(None, 0)})),
            "a full CAPELLA block is not supported",
        );
        assert_error(&block_request(json!({"version": "DENEB", "block_header": header()})), "'DENEB' is not one of");
        assert_error(
            &block_request(json!({"version": "PHASE0", "block": block(None, 0), "block_header": header()})),
            "both a block and a block_header",
        );
        assert_error(&block_request(json!({"version": "PHASE0"})), "neither a block nor a block_header");
        assert_error(
            &block_request(json!({"version": "PHASE0", "block": block(None, MAX_ATTESTATIONS + 1)})),
            "its attestations has 129 entries, more than the 128 allowed",
        );
        let wrong_bits = json!({"sync_committee_bits": "0xff", "sync_committee_signature": hex_of(9, 96)});
        assert_error(
            &block_request(json!({"version": "ALTAIR", "block": block(Some(wrong_bits), 0)})),
            "its sync_committee_bits has 1 bytes, but a Bitvector[32] has 4",
        );
    }

    #[test]
    fn every_kind_has_its_name() {
        let fork = fork_info(1, 2, 0);
        let requests = [
            (
                json!({"type": "AGGREGATION_SLOT", "fork_info": fork, "aggregation_slot": {"slot": "3"}}),
                "aggregation_slot",
            ),
            (json!({"type": "RANDAO_REVEAL", "fork_info": fork, "randao_reveal": {"epoch": "3"}}), "randao_reveal"),
            (
                json!({"type": "VOLUNTARY_EXIT", "fork_info": fork,
                       "voluntary_exit": {"epoch": "3", "validator_index": "4"}}),
                "voluntary_exit",
            ),
            (
                json!({"type": "SYNC_COMMITTEE_MESSAGE", "fork_info": fork,
                       "sync_committee_message": {"beacon_block_root": hex_of(1, 32), "slot": "3"}}),
                "sync_committee_message",
            ),
            (
                json!({"type": "SYNC_COMMITTEE_SELECTION_PROOF", "fork_info": fork,
                       "sync_aggregator_selection_data": {"slot": "3", "subcommittee_index": "1"}}),
                "sync_committee_selection_proof",
            ),
            (contribution_request("0x01"), "sync_committee_contribution_and_proof"),
            (aggregate_request("0x01"), "aggregate_and_proof"),
        ];
        for (request, kind) in requests {
            let parsed = parse(&request).expect("parses");
            assert_eq!(parsed.duty.kind(), kind);
            assert_eq!(parsed.duty.slashable(), None);
            assert!(parsed.signing_root(&SPEC).is_ok());
        }
    }
}
