//! The report of a provider's or governance's pool transaction: what changed, and the pool afterwards.

use alloy::{primitives::B256, rpc::types::TransactionReceipt};
use eyre::Result;
use serde::Serialize;
use stkr_core::{
    batch::Batch,
    chain::Chain,
    codes::PoolStatus,
    deploy::Contracts,
    output::{Render, Style, rows},
    pool::read_pool,
    time::utc,
    units::AmountView,
};

/// A transaction a provider or governance sent, and what it changed.
#[derive(Debug, Serialize)]
pub struct PoolTxReport {
    /// open, top-up, activate, cancel, complete or migrate.
    pub action: &'static str,
    /// The pool.
    pub pool_id: u64,
    /// What changed, as (name, value) pairs for people.
    #[serde(skip)]
    pub lines: Vec<(&'static str, String)>,
    /// The pool's status afterwards.
    pub status: PoolStatus,
    /// ETH in the pool afterwards.
    pub total_staked: AmountView,
    /// The provider's own ETH added (open, top-up), or refunded (cancel).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub provider_eth: Option<AmountView>,
    /// When the staking period ends (unix time).
    pub end_time: u64,
    /// The same as a UTC date.
    pub end_time_utc: String,
    /// Activation: the validator's public key.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub validator_pubkey: Option<String>,
    /// Activation: ANKR fees sent to the reward pool.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fees_to_reward_pool: Option<AmountView>,
    /// Activation: ANKR fees paid to the provider.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fees_to_provider: Option<AmountView>,
    /// The transaction.
    pub transaction: B256,
}

impl Render for PoolTxReport {
    fn render(&self, style: &Style) -> String {
        let mut lines = self.lines.clone();
        lines.push(("status", self.status.to_string()));
        lines.push(("filled", format!("{} of 32 ETH", self.total_staked)));
        lines.push(("ends", self.end_time_utc.clone()));
        lines.push(("transaction", self.transaction.to_string()));
        rows(style, &lines)
    }
}

/// The pool as it stands after a transaction.
pub(super) async fn report_after(
    chain: &Chain,
    contracts: &Contracts,
    action: &'static str,
    id: u64,
    receipt: &TransactionReceipt,
) -> Result<PoolTxReport> {
    let (pool, _, _) = read_pool(chain, contracts, id, Batch::new()).await?;
    Ok(PoolTxReport {
        action,
        pool_id: id,
        lines: Vec::new(),
        status: pool.status,
        total_staked: AmountView::eth(pool.total_staked),
        provider_eth: None,
        end_time: pool.end_time,
        end_time_utc: utc(pool.end_time),
        validator_pubkey: None,
        fees_to_reward_pool: None,
        fees_to_provider: None,
        transaction: receipt.transaction_hash,
    })
}
