//! Beacon chain encodings stkr needs: withdrawal credentials and the SSZ root of a deposit.

use alloy::primitives::{Address, B256};

/// 0x01 withdrawal credentials paying out to `address` (an execution-layer contract or account).
pub fn withdrawal_credentials(address: Address) -> B256 {
    let mut credentials = [0u8; 32];
    credentials[0] = 0x01;
    credentials[12..].copy_from_slice(address.as_slice());
    B256::from(credentials)
}

/// The SSZ hash tree root of a phase0 `DepositData` (what the deposit contract checks).
pub fn deposit_data_root(pubkey: &[u8; 48], credentials: B256, amount_gwei: u64, signature: &[u8; 96]) -> B256 {
    B256::from(stkr_validator::ssz::deposit_data_root(pubkey, &credentials.0, amount_gwei, signature))
}

/// The SSZ hash tree root of a `DepositMessage` (pubkey, credentials, amount): what the validator key
/// signs, and the `deposit_message_root` of a deposit data file.
pub fn deposit_message_root(pubkey: &[u8; 48], credentials: B256, amount_gwei: u64) -> B256 {
    B256::from(stkr_validator::ssz::deposit_message_root(pubkey, &credentials.0, amount_gwei))
}

/// Whether a deposit's BLS signature verifies under its pubkey for the deposit domain of a chain with
/// `genesis_fork_version` (what the beacon chain checks before it credits the deposit).
pub fn deposit_signature_verifies(
    pubkey: &[u8; 48],
    credentials: B256,
    amount_gwei: u64,
    signature: &[u8; 96],
    genesis_fork_version: [u8; 4],
) -> bool {
    stkr_validator::deposit::signature_verifies(pubkey, &credentials.0, amount_gwei, signature, genesis_fork_version)
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

    /// A deposit data file written by the official deposit CLI (2.7.0) for a real validator key: both
    /// roots computed here match the ones it wrote.
    #[test]
    fn roots_match_a_deposit_cli_file() {
        let pubkey: [u8; 48] = alloy::hex::decode(
            "98db81971df910a5d46314d21320f897060d76fdf137d22f0eb91a8693a4767d2a22730a3aaa955f07d13ad604f968e9",
        )
        .ok()
        .and_then(|v| v.try_into().ok())
        .expect("48 bytes");
        let signature: [u8; 96] = alloy::hex::decode(
            "a20d736d6807720cb2a2f48526eb3df83162b387b806bdf7d0d08bb31d3d4e4daaf4a11120dc194b188035e9e5c9bdbf\
             00c3be3ca68adec9c4fb2fb59d936337b750ae08a9e7add56fb82526792876066456010a64c5629b7f1f564f9923ff8e",
        )
        .ok()
        .and_then(|v| v.try_into().ok())
        .expect("96 bytes");
        let credentials = withdrawal_credentials(address!("468c15d616b52fcef0b932bf89d42157984be2a5"));
        assert_eq!(credentials, b256!("010000000000000000000000468c15d616b52fcef0b932bf89d42157984be2a5"));
        assert_eq!(
            deposit_message_root(&pubkey, credentials, 32_000_000_000),
            b256!("2304faca7c177b307c224757df6e8a955026c613c86045ea569ba5547f8d104c")
        );
        assert_eq!(
            deposit_data_root(&pubkey, credentials, 32_000_000_000, &signature),
            b256!("e6260302845906138ebe075e9977e6086f02fc1c5142590bebdf54579c806bd3")
        );
        // Its BLS signature verifies under the deposit domain of the file's chain (a custom devnet with
        // genesis fork version 0x20000089) and under no other, such as mainnet's 0x00000000: the domain and
        // the proof-of-possession ciphersuite are the beacon chain's.
        let custom = [0x20, 0x00, 0x00, 0x89];
        assert!(deposit_signature_verifies(&pubkey, credentials, 32_000_000_000, &signature, custom));
        assert!(!deposit_signature_verifies(&pubkey, credentials, 32_000_000_000, &signature, [0, 0, 0, 0]));
        assert!(!deposit_signature_verifies(&pubkey, credentials, 31_000_000_000, &signature, custom));
        // The whole file, as the deposit CLI wrote it, passes every check of `stkr validator verify`.
        let file = serde_json::json!([{
            "pubkey": alloy::hex::encode(pubkey),
            "withdrawal_credentials": alloy::hex::encode(credentials),
            "amount": 32_000_000_000u64,
            "signature": alloy::hex::encode(signature),
            "deposit_message_root": "2304faca7c177b307c224757df6e8a955026c613c86045ea569ba5547f8d104c",
            "deposit_data_root": "e6260302845906138ebe075e9977e6086f02fc1c5142590bebdf54579c806bd3",
            "fork_version": "20000089",
            "network_name": "custom",
            "deposit_cli_version": "2.7.0"
        }]);
        let expect = stkr_validator::deposit::Expectations {
            known: &crate::network::DEPOSIT_CHAINS,
            chain: None,
            withdrawal_address: Some(address!("468c15d616b52fcef0b932bf89d42157984be2a5").0.0),
        };
        let (count, problems) = stkr_validator::deposit::check_file(&file.to_string(), expect).expect("parses");
        assert_eq!((count, problems), (1, Vec::<String>::new()));
        // Made for mainnet it is not: the check says so.
        let mainnet = stkr_validator::deposit::Expectations {
            chain: Some(crate::network::Network::Mainnet.deposit_chain()),
            ..expect
        };
        let (_, problems) = stkr_validator::deposit::check_file(&file.to_string(), mainnet).expect("parses");
        assert!(problems.iter().any(|p| p.ends_with("it was made for custom, not mainnet")), "{problems:?}");
    }
}
