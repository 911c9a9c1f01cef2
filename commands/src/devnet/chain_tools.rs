//! The devnet's chain: deposit data for pools, validator withdrawals, and moving time forward.

use std::path::{Path, PathBuf};

use alloy::{
    primitives::{Address, U256},
    providers::Provider,
};
use eyre::Result;
use serde::Serialize;
use stkr_core::{
    Error, chain,
    devnet::DevnetState,
    network::Network,
    output::{Render, Style},
};

use crate::Context;

/// What `deposit-data` wrote.
#[derive(Debug, Serialize)]
pub(super) struct DepositDataReport {
    pub(super) file: PathBuf,
    pub(super) pool_id: u64,
    pubkey: String,
    pub(super) withdrawal_address: Address,
}

impl Render for DepositDataReport {
    fn render(&self, _style: &Style) -> String {
        format!(
            "wrote {} for pool {}'s validator 0x{}…, withdrawals to {}",
            self.file.display(),
            self.pool_id,
            &self.pubkey.get(..16).unwrap_or(&self.pubkey),
            self.withdrawal_address
        )
    }
}

pub(super) async fn deposit_data(ctx: &Context, pool: u64, out: &Path) -> Result<()> {
    let state = DevnetState::load_running(&ctx.data)?.ok_or(Error::DevnetNotRunning)?;
    let chain = chain::connect(&state.rpc_url, None, Some(Network::Devnet)).await?;
    let contracts = ctx.deployment(&chain).await?.contracts;
    stkr_core::pool::read_pool(&chain, &contracts, pool, stkr_core::batch::Batch::new()).await?;
    let deposit = crate::validator::devnet_deposit(pool, stkr_core::pool::vault_of(contracts.micro_pool, pool))?;
    let document = serde_json::to_string(&[&deposit]).map_err(|e| Error::Other(format!("encoding JSON: {e}")))?;
    std::fs::write(out, format!("{document}\n")).map_err(Error::io(format!("writing {}", out.display())))?;
    ctx.out.result(&DepositDataReport {
        file: out.to_path_buf(),
        pool_id: pool,
        pubkey: deposit.pubkey,
        withdrawal_address: stkr_core::pool::vault_of(contracts.micro_pool, pool),
    })?;
    Ok(())
}

/// What `withdrawals` did.
#[derive(Debug, Serialize)]
pub(super) struct WithdrawalsReport {
    pub(super) pool_id: u64,
    pub(super) vault: Address,
    pub(super) arrived: stkr_core::units::AmountView,
    pub(super) balance: stkr_core::units::AmountView,
}

impl Render for WithdrawalsReport {
    fn render(&self, _style: &Style) -> String {
        format!(
            "{} arrived at pool {}'s vault {} (it now holds {})",
            self.arrived, self.pool_id, self.vault, self.balance
        )
    }
}

pub(super) async fn withdrawals(ctx: &Context, pool_id: u64, amount: U256) -> Result<()> {
    let state = DevnetState::load_running(&ctx.data)?.ok_or(Error::DevnetNotRunning)?;
    let chain = chain::connect(&state.rpc_url, None, Some(Network::Devnet)).await?;
    let contracts = ctx.deployment(&chain).await?.contracts;
    stkr_core::pool::read_pool(&chain, &contracts, pool_id, stkr_core::batch::Batch::new()).await?;
    let pool = stkr_core::pool::vault_of(contracts.micro_pool, pool_id);
    let rpc =
        |e: alloy::transports::RpcError<alloy::transports::TransportErrorKind>| chain::transport_error(&chain.url, &e);
    let balance = chain.provider.get_balance(pool).await.map_err(rpc)?.saturating_add(amount);
    let _: serde_json::Value =
        chain.provider.raw_request("anvil_setBalance".into(), (pool, balance)).await.map_err(rpc)?;
    ctx.out.result(&WithdrawalsReport {
        pool_id,
        vault: pool,
        arrived: stkr_core::units::AmountView::eth(amount),
        balance: stkr_core::units::AmountView::eth(balance),
    })?;
    Ok(())
}

/// What `advance` did.
#[derive(Debug, Serialize)]
pub(super) struct AdvanceReport {
    /// Seconds moved forward.
    pub(super) advanced_by: u64,
    /// The new block.
    pub(super) block: u64,
    /// Its timestamp.
    pub(super) timestamp: u64,
}

impl Render for AdvanceReport {
    fn render(&self, _style: &Style) -> String {
        format!(
            "devnet clock moved {} forward: block {} at {}",
            stkr_core::params::display_duration(self.advanced_by),
            self.block,
            stkr_core::time::utc(self.timestamp)
        )
    }
}

pub(super) async fn advance(ctx: &Context, seconds: u64) -> Result<()> {
    let state = DevnetState::load_running(&ctx.data)?.ok_or(Error::DevnetNotRunning)?;
    let chain = chain::connect(&state.rpc_url, None, Some(Network::Devnet)).await?;
    let rpc =
        |e: alloy::transports::RpcError<alloy::transports::TransportErrorKind>| chain::transport_error(&chain.url, &e);
    let _: serde_json::Value = chain.provider.raw_request("evm_increaseTime".into(), (seconds,)).await.map_err(rpc)?;
    let _: serde_json::Value = chain.provider.raw_request("evm_mine".into(), ()).await.map_err(rpc)?;
    if state.beacon_url.is_some() {
        ctx.out.status(
            "note: the beacon dev chain runs on the wall clock and counts only deposits in blocks behind it; \
             it sees no new deposit until the wall clock reaches the devnet's",
        );
    }
    let block = chain
        .provider
        .get_block_by_number(alloy::eips::BlockNumberOrTag::Latest)
        .await
        .map_err(rpc)?
        .ok_or_else(|| eyre::eyre!("the devnet returned no latest block"))?;
    ctx.out.result(&AdvanceReport {
        advanced_by: seconds,
        block: block.header.number,
        timestamp: block.header.timestamp,
    })?;
    Ok(())
}
