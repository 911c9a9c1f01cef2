//! Beacon chain encodings stkr needs: withdrawal credentials and the SSZ root of a deposit.

use alloy::primitives::{Address, B256};
use sha2::{Digest, Sha256};

/// 0x01 withdrawal credentials paying out to `address` (an execution-layer contract or account).
pub fn withdrawal_credentials(address: Address) -> B256 {
    let mut credentials = [0u8; 32];
    credentials[0] = 0x01;
    credentials[12..].copy_from_slice(address.as_slice());
    B256::from(credentials)
}

fn sha256(parts: &[&[u8]]) -> [u8; 32] {
    let mut hasher = Sha256::new();
    for part in parts {
        hasher.update(part);
    }
    hasher.finalize().into()
}

/// The SSZ hash tree root of a phase0 `DepositData` (what the deposit contract checks).
pub fn deposit_data_root(pubkey: &[u8; 48], credentials: B256, amount_gwei: u64, signature: &[u8; 96]) -> B256 {
    let pubkey_root = sha256(&[pubkey, &[0u8; 16]]);
    let signature_root = sha256(&[&sha256(&[&signature[..64]]), &sha256(&[&signature[64..], &[0u8; 32]])]);
    let amount = amount_gwei.to_le_bytes();
    let root =
        sha256(&[&sha256(&[&pubkey_root, credentials.as_slice()]), &sha256(&[&amount, &[0u8; 24], &signature_root])]);
    B256::from(root)
}

#[cfg(test)]
mod tests {
    use alloy::primitives::{address, b256};

    use super::*;

    #[test]
    fn credentials_are_0x01_and_the_address() {
        let credentials = withdrawal_credentials(address!("5615deb798bb3e4dfa0139dfa1b3d433cc23b72f"));
        assert_eq!(credentials, b256!("0100000000000000000000005615deb798bb3e4dfa0139dfa1b3d433cc23b72f"));
    }

    /// The vector the forge test of the deposit contract also checks, computed outside both with
    /// generic SSZ merkleization in Python.
    #[test]
    fn deposit_root_matches_the_independent_vector() {
        let mut pubkey = [0u8; 48];
        pubkey.iter_mut().enumerate().for_each(|(i, b)| *b = (i + 1) as u8);
        let mut signature = [0u8; 96];
        signature.iter_mut().enumerate().for_each(|(i, b)| *b = ((i * 7) % 256) as u8);
        let credentials = withdrawal_credentials(address!("5615deb798bb3e4dfa0139dfa1b3d433cc23b72f"));
        assert_eq!(
            deposit_data_root(&pubkey, credentials, 32_000_000_000, &signature),
            b256!("179ec98d14260fad5e40b3e7aeccc62a70fec17d9c2364e524aa369102412a42")
        );
    }
}
