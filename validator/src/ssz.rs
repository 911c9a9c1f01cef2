//! The few SSZ hash tree roots and signing roots the beacon chain defines for deposits and exits.

use sha2::{Digest, Sha256};

/// DOMAIN_DEPOSIT.
pub const DOMAIN_DEPOSIT: [u8; 4] = [0x03, 0x00, 0x00, 0x00];
/// DOMAIN_VOLUNTARY_EXIT.
pub const DOMAIN_VOLUNTARY_EXIT: [u8; 4] = [0x04, 0x00, 0x00, 0x00];

pub(crate) fn sha256(parts: &[&[u8]]) -> [u8; 32] {
    let mut hasher = Sha256::new();
    for part in parts {
        hasher.update(part);
    }
    hasher.finalize().into()
}

/// A uint64 as an SSZ leaf.
fn u64_leaf(value: u64) -> [u8; 32] {
    let mut leaf = [0u8; 32];
    leaf[..8].copy_from_slice(&value.to_le_bytes());
    leaf
}

/// The root of a 48-byte BLS public key (two chunks).
fn pubkey_root(pubkey: &[u8; 48]) -> [u8; 32] {
    sha256(&[pubkey, &[0u8; 16]])
}

/// The root of a 96-byte BLS signature (three chunks, padded to four).
fn signature_root(signature: &[u8; 96]) -> [u8; 32] {
    sha256(&[&sha256(&[&signature[..64]]), &sha256(&[&signature[64..], &[0u8; 32]])])
}

/// hash_tree_root(DepositMessage(pubkey, withdrawal_credentials, amount)).
pub fn deposit_message_root(pubkey: &[u8; 48], credentials: &[u8; 32], amount_gwei: u64) -> [u8; 32] {
    sha256(&[&sha256(&[&pubkey_root(pubkey), credentials]), &sha256(&[&u64_leaf(amount_gwei), &[0u8; 32]])])
}

/// hash_tree_root(DepositData(pubkey, withdrawal_credentials, amount, signature)): what the deposit
/// contract checks.
pub fn deposit_data_root(
    pubkey: &[u8; 48],
    credentials: &[u8; 32],
    amount_gwei: u64,
    signature: &[u8; 96],
) -> [u8; 32] {
    sha256(&[
        &sha256(&[&pubkey_root(pubkey), credentials]),
        &sha256(&[&u64_leaf(amount_gwei), &signature_root(signature)]),
    ])
}

/// hash_tree_root(VoluntaryExit(epoch, validator_index)).
pub fn voluntary_exit_root(epoch: u64, validator_index: u64) -> [u8; 32] {
    sha256(&[&u64_leaf(epoch), &u64_leaf(validator_index)])
}

/// compute_fork_data_root(current_version, genesis_validators_root).
pub fn fork_data_root(fork_version: [u8; 4], genesis_validators_root: [u8; 32]) -> [u8; 32] {
    let mut version = [0u8; 32];
    version[..4].copy_from_slice(&fork_version);
    sha256(&[&version, &genesis_validators_root])
}

/// compute_domain(domain_type, fork_version, genesis_validators_root).
pub fn compute_domain(domain_type: [u8; 4], fork_version: [u8; 4], genesis_validators_root: [u8; 32]) -> [u8; 32] {
    let mut domain = [0u8; 32];
    domain[..4].copy_from_slice(&domain_type);
    domain[4..].copy_from_slice(&fork_data_root(fork_version, genesis_validators_root)[..28]);
    domain
}

/// The deposit domain of a chain: deposits are valid across forks, so it uses the genesis fork version
/// and a zero genesis_validators_root.
pub fn deposit_domain(genesis_fork_version: [u8; 4]) -> [u8; 32] {
    compute_domain(DOMAIN_DEPOSIT, genesis_fork_version, [0u8; 32])
}

/// compute_signing_root(object, domain): hash_tree_root(SigningData(object_root, domain)).
pub fn signing_root(object_root: [u8; 32], domain: [u8; 32]) -> [u8; 32] {
    sha256(&[&object_root, &domain])
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The mainnet deposit domain every deposit tool uses: 0x03000000 then the first 28 bytes of
    /// fork_data_root(0x00000000, 0x00…00) = f5a5fd42d16a2030….
    #[test]
    fn mainnet_deposit_domain() {
        assert_eq!(
            hex::encode(deposit_domain([0; 4])),
            "03000000f5a5fd42d16a20302798ef6ed309979b43003d2320d9f0e8ea9831a9"
        );
    }
}
