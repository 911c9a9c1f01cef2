//! What a mined transaction logged: its events, decoded, from the contract that logged them.

use alloy::{primitives::Address, rpc::types::TransactionReceipt, sol_types::SolEvent};

use crate::{Error, Result};

/// The events of type `E` that `contract` logged in `receipt`, in order.
pub fn events<E: SolEvent>(receipt: &TransactionReceipt, contract: Address) -> Vec<E> {
    receipt
        .inner
        .logs()
        .iter()
        .filter(|log| log.address() == contract)
        .filter_map(|log| log.log_decode::<E>().ok())
        .map(|log| log.inner.data)
        .collect()
}

/// The first event of type `E` that `contract` logged in `receipt`. A transaction that went through
/// without it ran against a contract other than the one stkr expects, so its absence is an error.
pub fn event<E: SolEvent>(receipt: &TransactionReceipt, contract: Address) -> Result<E> {
    events::<E>(receipt, contract).into_iter().next().ok_or_else(|| {
        let name = E::SIGNATURE.split('(').next().unwrap_or(E::SIGNATURE);
        Error::Other(format!("the transaction {} went through but logged no {name} event", receipt.transaction_hash))
    })
}
