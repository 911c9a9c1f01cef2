//! The deposit guardians' rules: what a guardian signs, what it checks before signing, and how a provider gathers a quorum.
//!
//! The attestation is the EIP-712 `DepositAttestation` of `DepositGuard`: the pool, its validator's
//! deposit (pubkey, withdrawal credentials, deposit data root) and the deposit contract's root at a recent
//! block. A deposit for the same pubkey sent after that block moves the root and voids the attestation.

mod checks;
mod collect;
mod index;

use alloy::{
    primitives::{Address, B256, Bytes, FixedBytes, U256},
    signers::{SignerSync, local::PrivateKeySigner},
    sol_types::{Eip712Domain, SolStruct, eip712_domain},
};
use serde::{Deserialize, Serialize};

pub use checks::{Refusal, beacon_chain, check_deposit_data, check_pool, check_request, pool_withdrawal_credentials};
pub use collect::{Committee, Member, collect, committee};
pub use index::{DepositIndex, Deposited, REORG_DEPTH, scan_start};

use crate::{Error, Result, bindings::IDepositGuard, chain::Chain, deploy::Contracts};

/// How many blocks old an attestation's block may be when `activate` checks it (`DepositGuard`'s
/// `MAX_ATTESTATION_AGE`).
pub const MAX_ATTESTATION_AGE: u64 = 200;

/// The oldest block a guardian attests, in blocks behind its own head: the rest of
/// `MAX_ATTESTATION_AGE` is the provider's time to collect the quorum and send `activate`.
pub const MAX_REQUEST_LAG: u64 = 32;

/// The path every guardian daemon serves attestations at, below its registered URL.
pub const ATTESTATIONS_PATH: &str = "/v1/attestations";

alloy::sol! {
    /// The EIP-712 type a guardian signs (`DepositGuard.ATTESTATION_TYPEHASH`).
    #[derive(Debug)]
    struct DepositAttestation {
        uint256 poolId;
        bytes pubkey;
        bytes32 withdrawalCredentials;
        bytes32 depositDataRoot;
        bytes32 depositRoot;
        uint256 blockNumber;
        bytes32 blockHash;
    }
}

/// What a provider asks a guardian to attest: its pool's validator deposit, and optionally the block to
/// attest (all guardians must sign the same block for their signatures to combine).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DepositRequest {
    /// The pool whose validator is deposited.
    pub pool_id: u64,
    /// The validator's BLS public key.
    pub pubkey: FixedBytes<48>,
    /// The deposit's BLS signature.
    pub signature: FixedBytes<96>,
    /// The deposit's `deposit_data_root`.
    pub deposit_data_root: B256,
    /// The block to attest; the guardian's head when left out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub block_number: Option<u64>,
}

/// The deposit an attestation covers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Deposit {
    /// The pool.
    pub pool_id: u64,
    /// The validator's BLS public key.
    pub pubkey: FixedBytes<48>,
    /// The credentials the deposit carries: the pool's withdrawal address.
    pub withdrawal_credentials: B256,
    /// The deposit's `deposit_data_root`.
    pub deposit_data_root: B256,
}

/// The deposit contract's root a guardian saw, and where.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct AttestedBlock {
    /// `get_deposit_root()` at the block.
    pub deposit_root: B256,
    /// The block.
    pub block_number: u64,
    /// Its hash.
    pub block_hash: B256,
}

/// One guardian's signed attestation, as its daemon answers it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GuardianAttestation {
    /// The guardian's address.
    pub guardian: Address,
    /// The deposit it attests.
    pub deposit: Deposit,
    /// The root and block it saw.
    #[serde(flatten)]
    pub block: AttestedBlock,
    /// Its EIP-712 signature in ERC-2098 compact form (r ‖ vs, 64 bytes).
    pub signature: Bytes,
}

/// The EIP-712 domain of the `DepositGuard` at `guard` on chain `chain_id`.
pub fn domain(chain_id: u64, guard: Address) -> Eip712Domain {
    eip712_domain! {
        name: "stkr DepositGuard",
        version: "1",
        chain_id: chain_id,
        verifying_contract: guard,
    }
}

/// The digest a guardian signs for `deposit` at `block` (`DepositGuard.attestationDigest`).
pub fn digest(chain_id: u64, guard: Address, deposit: &Deposit, block: &AttestedBlock) -> B256 {
    DepositAttestation {
        poolId: U256::from(deposit.pool_id),
        pubkey: Bytes::copy_from_slice(deposit.pubkey.as_slice()),
        withdrawalCredentials: deposit.withdrawal_credentials,
        depositDataRoot: deposit.deposit_data_root,
        depositRoot: block.deposit_root,
        blockNumber: U256::from(block.block_number),
        blockHash: block.block_hash,
    }
    .eip712_signing_hash(&domain(chain_id, guard))
}

/// `signer`'s attestation of `deposit` at `block`.
pub fn sign(
    signer: &PrivateKeySigner,
    chain_id: u64,
    guard: Address,
    deposit: Deposit,
    block: AttestedBlock,
) -> Result<GuardianAttestation> {
    let hash = digest(chain_id, guard, &deposit, &block);
    let signature = signer.sign_hash_sync(&hash).map_err(|e| Error::Other(format!("signing the attestation: {e}")))?;
    Ok(GuardianAttestation {
        guardian: signer.address(),
        deposit,
        block,
        signature: Bytes::copy_from_slice(&signature.as_erc2098()),
    })
}

/// Check `request` as the guardian `signer` and sign it: its attestation, or why it refuses.
pub async fn attest(
    chain: &Chain,
    contracts: &Contracts,
    index: &DepositIndex,
    signer: &PrivateKeySigner,
    request: &DepositRequest,
) -> std::result::Result<GuardianAttestation, Refusal> {
    let (deposit, block) = check_request(chain, contracts, index, request).await?;
    Ok(sign(signer, chain.chain_id, contracts.deposit_guard, deposit, block)?)
}

/// Who signed `attestation`, if its signature is a valid compact signature of what it claims to attest.
pub fn signer_of(chain_id: u64, guard: Address, attestation: &GuardianAttestation) -> Option<Address> {
    let compact: [u8; 64] = attestation.signature.as_ref().try_into().ok()?;
    let signature = alloy::primitives::Signature::from_erc2098(&compact);
    signature.recover_address_from_prehash(&digest(chain_id, guard, &attestation.deposit, &attestation.block)).ok()
}

/// The contract's `Attestation` from guardians' signatures of the same deposit and block, ordered by
/// signer as `checkDeposit` requires.
pub fn assemble(block: &AttestedBlock, mut signed: Vec<GuardianAttestation>) -> IDepositGuard::Attestation {
    signed.sort_by_key(|a| a.guardian);
    signed.dedup_by_key(|a| a.guardian);
    IDepositGuard::Attestation {
        depositRoot: block.deposit_root,
        blockNumber: U256::from(block.block_number),
        blockHash: block.block_hash,
        signatures: signed
            .iter()
            .filter(|a| a.signature.len() == 64)
            .map(|a| IDepositGuard::Signature {
                r: B256::from_slice(&a.signature[..32]),
                vs: B256::from_slice(&a.signature[32..]),
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests;
