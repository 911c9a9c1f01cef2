//! The devnet's reproducible validator keys and deposits, for pools and sidecars.

use alloy::primitives::Address;
use eyre::Result;
use stkr_core::Error;
use stkr_core::network::Network;
use stkr_validator::{deposit, deposit::DepositData, derive, mnemonic};

use super::input;

/// The devnet's validator mnemonic: anvil's well-known one, so devnet deposit data is reproducible. Never
/// use it for anything of value: everyone knows it.
pub(super) const DEVNET_MNEMONIC: &str = "test test test test test test test test test test test junk";

/// The devnet deposit of pool `pool_id`'s validator: the key at m/12381/3600/POOL/0/0 of the devnet
/// mnemonic, withdrawals to `vault` (the pool's own), signed for the devnet's deposit domain.
pub(crate) fn devnet_deposit(pool_id: u64, vault: Address) -> Result<DepositData, Error> {
    let index = u32::try_from(pool_id)
        .map_err(|_| Error::InvalidInput(format!("pool {pool_id} is beyond the devnet's key tree (2^32 keys)")))?;
    let words = mnemonic::parse(DEVNET_MNEMONIC).map_err(input)?;
    let key =
        derive::derive_path(mnemonic::seed(&words).as_slice(), &derive::signing_key_path(index)).map_err(input)?;
    DepositData::sign(
        &key,
        deposit::withdrawal_credentials(vault.0.0),
        deposit::FULL_DEPOSIT_GWEI,
        Network::Devnet.deposit_chain(),
    )
    .map_err(input)
}

/// Deposit data for interop validator `index` of a beacon dev chain (`devnet up --beacon`), paying out to
/// `vault` (its pool's): the pool's validator is then one the dev chain runs, with a live balance.
pub(crate) fn interop_deposit(index: u64, vault: Address) -> Result<DepositData, Error> {
    let key = stkr_validator::derive::interop_secret_key(index).map_err(input)?;
    DepositData::sign(
        &key,
        deposit::withdrawal_credentials(vault.0.0),
        deposit::FULL_DEPOSIT_GWEI,
        Network::Devnet.deposit_chain(),
    )
    .map_err(input)
}

/// The genesis deposit of interop validator `index` on the beacon dev chain: BLS withdrawal credentials,
/// as Lodestar's interop genesis makes it. BLS signatures are deterministic, so these are the very deposits
/// the dev chain's genesis counted, and the deposit contract that replays them has the genesis deposit root.
pub(crate) fn interop_genesis_deposit(index: u64) -> Result<DepositData, Error> {
    let key = stkr_validator::derive::interop_secret_key(index).map_err(input)?;
    let pubkey = key.public_key().map_err(input)?;
    DepositData::sign(
        &key,
        deposit::bls_withdrawal_credentials(&pubkey),
        deposit::FULL_DEPOSIT_GWEI,
        Network::Devnet.deposit_chain(),
    )
    .map_err(input)
}

/// The 0x-hex pubkey of interop validator `index`.
pub(crate) fn interop_pubkey(index: u64) -> Result<String, Error> {
    let key = stkr_validator::derive::interop_secret_key(index).map_err(input)?;
    Ok(format!("0x{}", alloy::hex::encode(key.public_key().map_err(input)?)))
}
