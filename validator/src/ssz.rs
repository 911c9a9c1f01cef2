//! SSZ hash tree roots (merkleization, lists, bitfields) and the signing roots and domains the beacon chain defines.

use sha2::{Digest, Sha256};

/// DOMAIN_BEACON_PROPOSER.
pub const DOMAIN_BEACON_PROPOSER: [u8; 4] = [0x00, 0x00, 0x00, 0x00];
/// DOMAIN_BEACON_ATTESTER.
pub const DOMAIN_BEACON_ATTESTER: [u8; 4] = [0x01, 0x00, 0x00, 0x00];
/// DOMAIN_RANDAO.
pub const DOMAIN_RANDAO: [u8; 4] = [0x02, 0x00, 0x00, 0x00];
/// DOMAIN_DEPOSIT.
pub const DOMAIN_DEPOSIT: [u8; 4] = [0x03, 0x00, 0x00, 0x00];
/// DOMAIN_VOLUNTARY_EXIT.
pub const DOMAIN_VOLUNTARY_EXIT: [u8; 4] = [0x04, 0x00, 0x00, 0x00];
/// DOMAIN_SELECTION_PROOF.
pub const DOMAIN_SELECTION_PROOF: [u8; 4] = [0x05, 0x00, 0x00, 0x00];
/// DOMAIN_AGGREGATE_AND_PROOF.
pub const DOMAIN_AGGREGATE_AND_PROOF: [u8; 4] = [0x06, 0x00, 0x00, 0x00];
/// DOMAIN_SYNC_COMMITTEE.
pub const DOMAIN_SYNC_COMMITTEE: [u8; 4] = [0x07, 0x00, 0x00, 0x00];
/// DOMAIN_SYNC_COMMITTEE_SELECTION_PROOF.
pub const DOMAIN_SYNC_COMMITTEE_SELECTION_PROOF: [u8; 4] = [0x08, 0x00, 0x00, 0x00];
/// DOMAIN_CONTRIBUTION_AND_PROOF.
pub const DOMAIN_CONTRIBUTION_AND_PROOF: [u8; 4] = [0x09, 0x00, 0x00, 0x00];
/// DOMAIN_APPLICATION_BUILDER (builder-API validator registrations): the spec's 0x00000001 as bytes.
pub const DOMAIN_APPLICATION_BUILDER: [u8; 4] = [0x00, 0x00, 0x00, 0x01];

pub(crate) fn sha256(parts: &[&[u8]]) -> [u8; 32] {
    let mut hasher = Sha256::new();
    for part in parts {
        hasher.update(part);
    }
    hasher.finalize().into()
}

/// A uint64 as an SSZ leaf.
pub(crate) fn u64_leaf(value: u64) -> [u8; 32] {
    let mut leaf = [0u8; 32];
    leaf[..8].copy_from_slice(&value.to_le_bytes());
    leaf
}

/// A byte vector of at most 32 bytes (a fork version, an execution address) as an SSZ leaf: right-padded
/// with zeros.
pub(crate) fn short_bytes_leaf<const N: usize>(bytes: &[u8; N]) -> [u8; 32] {
    const { assert!(N <= 32, "a leaf holds at most 32 bytes") };
    let mut leaf = [0u8; 32];
    leaf[..N].copy_from_slice(bytes);
    leaf
}

/// The root of a 48-byte BLS public key (two chunks).
pub(crate) fn pubkey_root(pubkey: &[u8; 48]) -> [u8; 32] {
    sha256(&[pubkey, &[0u8; 16]])
}

/// The root of a 96-byte BLS signature (three chunks, padded to four).
pub(crate) fn signature_root(signature: &[u8; 96]) -> [u8; 32] {
    sha256(&[&sha256(&[&signature[..64]]), &sha256(&[&signature[64..], &[0u8; 32]])])
}

/// merkleize(chunks, limit): the root of the binary tree over `chunks` padded with zero chunks to the next
/// power of two of `limit` (or of the chunk count, if larger). Padding is hashed one zero subtree per layer, so
/// large limits cost their depth, not their width.
pub(crate) fn merkleize(chunks: &[[u8; 32]], limit: usize) -> [u8; 32] {
    let width = limit.max(chunks.len()).max(1).next_power_of_two();
    let mut layer = chunks.to_vec();
    let mut zero_subtree = [0u8; 32];
    for _ in 0..width.trailing_zeros() {
        if layer.len() % 2 == 1 {
            layer.push(zero_subtree);
        }
        layer = layer.chunks_exact(2).map(|pair| sha256(&[&pair[0], &pair[1]])).collect();
        zero_subtree = sha256(&[&zero_subtree, &zero_subtree]);
    }
    layer.first().copied().unwrap_or(zero_subtree)
}

/// mix_in_length(root, length): how a list's (or bitlist's) length enters its root.
pub(crate) fn mix_in_length(root: [u8; 32], length: usize) -> [u8; 32] {
    sha256(&[&root, &u64_leaf(length as u64)])
}

/// hash_tree_root of a container from its fields' roots, in declaration order.
pub(crate) fn container_root(field_roots: &[[u8; 32]]) -> [u8; 32] {
    merkleize(field_roots, field_roots.len())
}

/// Bytes packed into 32-byte chunks, the last right-padded with zeros.
fn pack(bytes: &[u8]) -> Vec<[u8; 32]> {
    bytes
        .chunks(32)
        .map(|piece| {
            let mut chunk = [0u8; 32];
            chunk[..piece.len()].copy_from_slice(piece);
            chunk
        })
        .collect()
}

/// The number of chunks `bits` bits pack into.
fn bit_chunks(bits: usize) -> usize {
    bits.div_ceil(256)
}

/// hash_tree_root(List[uint64, limit]).
pub(crate) fn u64_list_root(values: &[u64], limit: usize) -> [u8; 32] {
    let bytes: Vec<u8> = values.iter().flat_map(|value| value.to_le_bytes()).collect();
    mix_in_length(merkleize(&pack(&bytes), (limit * 8).div_ceil(32)), values.len())
}

/// hash_tree_root(List[C, limit]) of composite elements from their roots.
pub(crate) fn composite_list_root(element_roots: &[[u8; 32]], limit: usize) -> [u8; 32] {
    mix_in_length(merkleize(element_roots, limit), element_roots.len())
}

/// hash_tree_root(Bitvector[bits]) from its SSZ serialization (ceil(bits / 8) bytes, the caller checked).
pub(crate) fn bitvector_root(serialized: &[u8], bits: usize) -> [u8; 32] {
    merkleize(&pack(serialized), bit_chunks(bits))
}

/// The number of bits in a Bitlist from its SSZ serialization: everything below the delimiter (the highest
/// set bit of the last byte). None when there is no delimiter (empty, or a zero last byte).
pub(crate) fn bitlist_len(serialized: &[u8]) -> Option<usize> {
    let last = *serialized.last()?;
    let delimiter = usize::try_from(last.checked_ilog2()?).ok()?;
    Some((serialized.len() - 1) * 8 + delimiter)
}

/// hash_tree_root(Bitlist[limit]) from its SSZ serialization; None when it has no delimiter bit.
pub(crate) fn bitlist_root(serialized: &[u8], limit: usize) -> Option<[u8; 32]> {
    let bits = bitlist_len(serialized)?;
    // The delimiter is not part of the value: clear it (it may be alone in the last byte, which then goes).
    let mut data = serialized[..bits.div_ceil(8)].to_vec();
    if let Some(last) = data.last_mut()
        && !bits.is_multiple_of(8)
    {
        *last &= (1u8 << (bits % 8)) - 1;
    }
    Some(mix_in_length(merkleize(&pack(&data), bit_chunks(limit)), bits))
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

/// hash_tree_root(Checkpoint(epoch, root)).
pub fn checkpoint_root(epoch: u64, root: [u8; 32]) -> [u8; 32] {
    sha256(&[&u64_leaf(epoch), &root])
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
