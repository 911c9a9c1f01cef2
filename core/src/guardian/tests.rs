use alloy::primitives::{Address, address, b256};
use stkr_validator::SecretKey;

use super::*;
use crate::{
    beacon,
    codes::PoolStatus,
    pool::{DEPOSIT_GWEI, PoolState, VALIDATOR_ETH},
};

const GUARD: Address = address!("5FbDB2315678afecb367f032d93F642f64180aa3");

/// A devnet deposit of 32 ETH signed by a real BLS key, to the credentials of `pool`.
fn deposit_for(pool: Address) -> (Deposit, FixedBytes<96>) {
    let key = SecretKey::from_bytes(&[0x2a; 32]).expect("key");
    let credentials = beacon::withdrawal_credentials(pool);
    let data = stkr_validator::deposit::DepositData::sign(
        &key,
        credentials.0,
        DEPOSIT_GWEI,
        crate::network::Network::Devnet.deposit_chain(),
    )
    .expect("signs");
    let pubkey = FixedBytes(data.pubkey_bytes().expect("pubkey"));
    let signature = FixedBytes(data.signature_bytes().expect("signature"));
    let deposit_data_root = beacon::deposit_data_root(&pubkey.0, credentials, DEPOSIT_GWEI, &signature.0);
    (Deposit { pool_id: 3, pubkey, withdrawal_credentials: credentials, deposit_data_root }, signature)
}

fn block() -> AttestedBlock {
    AttestedBlock {
        deposit_root: b256!("d70a234731285c6804c2a4f56711ddb8c82c99740f207854891028af34e27e5e"),
        block_number: 41,
        block_hash: B256::repeat_byte(0x41),
    }
}

#[test]
fn the_type_string_is_the_contracts() {
    use alloy::sol_types::SolStruct;
    let expected = "DepositAttestation(uint256 poolId,bytes pubkey,bytes32 withdrawalCredentials,bytes32 depositDataRoot,bytes32 depositRoot,uint256 blockNumber,bytes32 blockHash)";
    assert_eq!(DepositAttestation::eip712_encode_type(), expected);
}

#[test]
fn signatures_recover_to_their_guardian_and_assemble_in_signer_order() {
    let (deposit, _) = deposit_for(Address::repeat_byte(0x11));
    let signers: Vec<PrivateKeySigner> =
        (1u8..=3).map(|i| PrivateKeySigner::from_bytes(&B256::repeat_byte(i)).expect("key")).collect();
    let signed: Vec<_> =
        signers.iter().map(|s| sign(s, 31337, GUARD, deposit.clone(), block()).expect("signs")).collect();
    for (signer, attestation) in signers.iter().zip(&signed) {
        assert_eq!(attestation.signature.len(), 64);
        assert_eq!(signer_of(31337, GUARD, attestation), Some(signer.address()));
        // Another chain, another contract or another deposit recovers someone else.
        assert_ne!(signer_of(1, GUARD, attestation), Some(signer.address()));
        let mut moved = attestation.clone();
        moved.deposit.pool_id = 4;
        assert_ne!(signer_of(31337, GUARD, &moved), Some(signer.address()));
    }
    let assembled = assemble(&block(), signed.iter().rev().cloned().collect());
    assert_eq!(assembled.signatures.len(), 3);
    let mut order: Vec<_> = signers.iter().map(|s| s.address()).collect();
    order.sort();
    let by_signature: Vec<Address> = assembled
        .signatures
        .iter()
        .map(|sig| {
            signed.iter().find(|a| a.signature[..32] == sig.r[..]).map(|a| a.guardian).expect("a signature of the set")
        })
        .collect();
    assert_eq!(by_signature, order);
    assert_eq!(assembled.blockNumber, U256::from(41));
}

#[test]
fn deposit_data_is_checked_for_the_pools_credentials() {
    let pool = Address::repeat_byte(0x11);
    let (deposit, signature) = deposit_for(pool);
    assert!(check_deposit_data(&deposit, &signature, crate::network::Network::Devnet.deposit_chain()).is_ok());
    let error = check_deposit_data(&deposit, &signature, crate::network::Network::Mainnet.deposit_chain())
        .expect_err("wrong fork");
    assert_eq!(
        error.to_string(),
        "the deposit signature does not verify under the pubkey for the deposit domain of mainnet (fork version 0x00000000), so the beacon chain would never credit the 32 ETH"
    );
    let mut elsewhere = deposit.clone();
    elsewhere.withdrawal_credentials = beacon::withdrawal_credentials(Address::repeat_byte(0x22));
    let error =
        check_deposit_data(&elsewhere, &signature, crate::network::Network::Devnet.deposit_chain()).expect_err("root");
    assert!(error.to_string().starts_with("the deposit data root 0x"), "{error}");
    assert!(matches!(error, Refusal::Refused(_)));
}

#[test]
fn only_a_pending_full_running_pool_is_attested() {
    let pool = PoolState {
        id: 3,
        status: PoolStatus::Pending,
        total_staked: VALIDATOR_ETH,
        end_time: 1_000,
        ..PoolState::default()
    };
    assert!(check_pool(&pool, 999).is_ok());
    let sentence = |p: &PoolState, now| check_pool(p, now).expect_err("refused").to_string();
    assert_eq!(
        sentence(&pool, 1_000),
        "pool 3 ended on 1970-01-01 00:16 UTC: its validator can no longer be deposited"
    );
    let half = PoolState { total_staked: VALIDATOR_ETH / U256::from(2), ..pool.clone() };
    assert_eq!(sentence(&half, 0), "pool 3 holds 16 ETH: its validator is deposited only once it holds 32 ETH");
    let active = PoolState { status: PoolStatus::Active, ..pool };
    assert_eq!(sentence(&active, 0), "pool 3 is active: only a pending pool's validator is deposited");
}

#[test]
fn the_index_remembers_the_first_deposit_of_each_pubkey() {
    let mut index = DepositIndex::new(31337, Address::repeat_byte(0xdc), 1);
    let pubkey = FixedBytes([7u8; 48]);
    assert_eq!(index.deposited(&pubkey), None);
    index.deposits.insert(alloy::hex::encode_prefixed(pubkey), Deposited { block: 9 });
    let text = serde_json::to_string(&index).expect("json");
    let back: DepositIndex = serde_json::from_str(&text).expect("parse");
    assert_eq!(back.deposited(&pubkey), Some(Deposited { block: 9 }));
}

#[test]
fn requests_read_as_plain_json() {
    let (deposit, signature) = deposit_for(Address::repeat_byte(0x11));
    let request = DepositRequest {
        pool_id: 3,
        pubkey: deposit.pubkey,
        signature,
        deposit_data_root: deposit.deposit_data_root,
        block_number: None,
    };
    let text = serde_json::to_string(&request).expect("json");
    assert!(text.starts_with("{\"pool_id\":3,\"pubkey\":\"0x"), "{text}");
    assert_eq!(serde_json::from_str::<DepositRequest>(&text).expect("parse"), request);
    assert!(serde_json::from_str::<DepositRequest>(&text.replace("\"pool_id\"", "\"pool\"")).is_err());
}
