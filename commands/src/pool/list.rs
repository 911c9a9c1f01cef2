//! `stkr pool list`: every micro-pool with its status, provider and fill.

use alloy::primitives::{Address, U256};
use eyre::Result;
use serde::Serialize;
use stkr_core::{
    codes::PoolStatus,
    output::{Render, Style},
    pool::{self, PoolState},
    time::utc,
    units::{AmountView, format_amount},
};

use crate::Context;

/// One pool in a list.
#[derive(Debug, Serialize)]
pub struct PoolSummary {
    /// The pool id.
    pub id: u64,
    /// pending, active, completed, cancelled or migrated.
    pub status: PoolStatus,
    /// Whether it was settled as a failure.
    pub failed: bool,
    /// The provider running it.
    pub provider: Address,
    /// The provider's own ETH in it.
    pub provider_stake: AmountView,
    /// ETH in the pool (provider and stakers).
    pub total_staked: AmountView,
    /// ETH still to stake before it is full.
    pub room_left: AmountView,
    /// total_staked / 32 ETH, in percent.
    pub fill_percent: f64,
    /// When the staking period ends (unix time).
    pub end_time: u64,
    /// The same as a UTC date.
    pub end_time_utc: String,
    /// Whether the end time has passed.
    pub ended: bool,
}

impl PoolSummary {
    /// The status for people, marked when the pool was settled as a failure.
    pub(super) fn status_text(&self) -> String {
        if self.failed { format!("{} (failed)", self.status) } else { self.status.to_string() }
    }

    pub(super) fn new(pool: &PoolState, now: u64) -> Self {
        Self {
            id: pool.id,
            status: pool.status,
            failed: pool.failed,
            provider: pool.provider,
            provider_stake: AmountView::eth(pool.provider_stake),
            total_staked: AmountView::eth(pool.total_staked),
            room_left: AmountView::eth(pool.room()),
            fill_percent: pool.fill_percent(),
            end_time: pool.end_time,
            end_time_utc: utc(pool.end_time),
            ended: now >= pool.end_time,
        }
    }
}

/// `stkr pool list`.
#[derive(Debug, Serialize)]
pub struct PoolList {
    /// The chain.
    pub chain_id: u64,
    /// The micro-pool contract.
    pub micro_pool: Address,
    /// How many pools exist.
    pub pool_count: u64,
    /// The pools shown (all, or those matching the filters).
    pub pools: Vec<PoolSummary>,
}

impl Render for PoolList {
    fn render(&self, style: &Style) -> String {
        if self.pools.is_empty() {
            return if self.pool_count == 0 {
                "no pools yet; a qualified provider opens one with `stkr pool open`".into()
            } else {
                format!("none of the {} pools match", self.pool_count)
            };
        }
        let mut lines =
            vec![style.bold(&format!("{:>4}  {:<10} {:<22} {:<42}  {}", "ID", "STATUS", "FILLED", "PROVIDER", "ENDS"))];
        for p in &self.pools {
            let filled = format!("{}/32 ETH ({:.1} %)", format_amount(parse_wei(&p.total_staked)), p.fill_percent);
            let ends = if p.ended { format!("{} (ended)", p.end_time_utc) } else { p.end_time_utc.clone() };
            lines.push(format!("{:>4}  {:<10} {:<22} {:<42}  {}", p.id, p.status_text(), filled, p.provider, ends));
        }
        lines.join("\n")
    }
}

fn parse_wei(amount: &AmountView) -> U256 {
    amount.wei.parse().unwrap_or_default()
}

/// `stkr pool list`: every pool in a few batched round trips, filtered by status and provider.
pub(super) async fn run(ctx: &Context, status: Option<PoolStatus>, provider: Option<Address>) -> Result<()> {
    let (chain, contracts) = ctx.reader().await?;
    let (count, now) = pool::count_and_now(&chain, &contracts).await?;
    let pools = pool::scan(&chain, &contracts, count, None).await?;
    let pools = pools
        .iter()
        .map(|(pool, _)| pool)
        .filter(|p| status.is_none_or(|s| s == p.status))
        .filter(|p| provider.is_none_or(|a| a == p.provider))
        .map(|p| PoolSummary::new(p, now))
        .collect();
    ctx.out.result(&PoolList {
        chain_id: chain.chain_id,
        micro_pool: contracts.micro_pool,
        pool_count: count,
        pools,
    })?;
    Ok(())
}
