//! `stkr stake`, `stkr unstake`, `stkr rewards` and `stkr claim`: ETH into micro-pools for aETH, ANKR on
//! sidecars and for reward shares, and every payout and reward an account has, read and claimed at once.
//! This file holds the clap arguments and the dispatch; one file per command.

mod claim;
mod put;
mod redeem;
mod rewards;
mod unstake;

use alloy::primitives::{Address, U256};
use clap::{ArgGroup, Args};
use eyre::Result;
use serde::Serialize;
use stkr_core::{
    Error, claims,
    input::{parse_address, parse_id},
    tx::Allowance,
    units::{Token, format_amount, parse_amount},
};

use crate::{Context, common::address_or_account};

pub use claim::{ClaimReport, ClaimedView};
pub use put::StakeReport;
pub use redeem::RedeemReport;
pub use rewards::{ClaimableView, PoolStakeView, RewardPoolView, RewardStakesView, RewardsReport, Totals};
pub use unstake::UnstakeReport;

/// Stake ETH in a micro-pool, or ANKR on a node's sidecar or for reward shares.
#[derive(Debug, Args)]
#[command(group(ArgGroup::new("target").required(true).args(["pool", "sidecar", "rewards"])))]
pub struct StakeArgs {
    /// Stake ETH in this pending pool: you receive aETH 1:1 and pay its ANKR fee (stake/32 x FP).
    #[arg(long, value_name = "ID", value_parser = parse_id)]
    pool: Option<u64>,
    /// Stake ANKR on this node's sidecar, for a share of the reward pool's sidecar cut and votes to
    /// delegate.
    #[arg(long, value_name = "NODE", value_parser = parse_id)]
    sidecar: Option<u64>,
    /// Stake ANKR for reward shares (providers' and requesters' share of the reward pool).
    #[arg(long)]
    rewards: bool,
    /// ETH for --pool (4, 0.5eth, 500000000gwei); ANKR for --sidecar and --rewards (5000, 2500ankr).
    amount: String,
}

/// Take stake back: ETH from a pool that has not activated, ANKR from a sidecar or reward shares.
#[derive(Debug, Args)]
#[command(group(ArgGroup::new("target").required(true).args(["pool", "sidecar", "rewards"])))]
pub struct UnstakeArgs {
    /// Take ETH out of this pool (pending, cancelled, or migrated into a pending pool): your aETH is
    /// burned, the ETH and a pro-rata share of your ANKR fee come back.
    #[arg(long, value_name = "ID", value_parser = parse_id)]
    pool: Option<u64>,
    /// Withdraw ANKR from this node's sidecar. While the node runs, this forfeits the withdrawn part's
    /// unclaimed sidecar rewards to the reward pool.
    #[arg(long, value_name = "NODE", value_parser = parse_id)]
    sidecar: Option<u64>,
    /// Withdraw ANKR staked for reward shares; rewards earned so far stay claimable.
    #[arg(long)]
    rewards: bool,
    /// How much [default: all of it]: ETH for --pool, ANKR for --sidecar and --rewards.
    amount: Option<String>,
}

/// Show every amount an account can claim.
#[derive(Debug, Args)]
pub struct RewardsArgs {
    /// The account to look at [default: --account's address].
    #[arg(long, value_name = "ADDR", value_parser = parse_address)]
    address: Option<Address>,
}

/// Redeem aETH for ETH of settled principal, or pay a queued redemption.
#[derive(Debug, Args)]
pub struct RedeemArgs {
    /// Pay this queued redemption ticket to its owner (anyone may, once settlements cover it).
    #[arg(long, value_name = "ID", value_parser = parse_id, conflicts_with = "amount")]
    ticket: Option<u64>,
    /// The aETH to redeem (4, 0.5) [default: all of --account's aETH].
    amount: Option<String>,
}

impl RedeemArgs {
    /// Redeem, or pay a ticket.
    pub async fn run(self, ctx: &Context) -> Result<()> {
        match (self.ticket, self.amount) {
            (Some(id), _) => redeem::ticket(ctx, id).await,
            (None, amount) => redeem::redeem(ctx, amount.map(|a| amount_arg(&a, Token::Eth)).transpose()?).await,
        }
    }
}

/// Claim every payout and reward of --account, each its own transaction, in one confirmed plan.
#[derive(Debug, Args)]
pub struct ClaimArgs {}

fn amount_arg(text: &str, token: Token) -> Result<U256, Error> {
    let amount = parse_amount(text, token)?;
    if amount.is_zero() {
        return Err(Error::InvalidInput(format!("invalid amount '{text}': it must be more than zero")));
    }
    Ok(amount)
}

impl StakeArgs {
    /// Stake.
    pub async fn run(self, ctx: &Context) -> Result<()> {
        match (self.pool, self.sidecar) {
            (Some(id), _) => put::pool(ctx, id, amount_arg(&self.amount, Token::Eth)?).await,
            (_, Some(node)) => put::sidecar(ctx, node, amount_arg(&self.amount, Token::Ankr)?).await,
            _ => put::rewards(ctx, amount_arg(&self.amount, Token::Ankr)?).await,
        }
    }
}

impl UnstakeArgs {
    /// Unstake.
    pub async fn run(self, ctx: &Context) -> Result<()> {
        let token = if self.pool.is_some() { Token::Eth } else { Token::Ankr };
        let amount = self.amount.as_deref().map(|a| amount_arg(a, token)).transpose()?;
        match (self.pool, self.sidecar) {
            (Some(id), _) => unstake::pool(ctx, id, amount).await,
            (_, Some(node)) => unstake::sidecar(ctx, node, amount).await,
            _ => unstake::rewards(ctx, amount).await,
        }
    }
}

impl RewardsArgs {
    /// Show what can be claimed.
    pub async fn run(self, ctx: &Context) -> Result<()> {
        let missing = "name the account to look at: pass --address ADDR or --account NAME";
        let address = address_or_account(ctx, self.address, missing)?;
        let (chain, contracts) = ctx.reader().await?;
        let claims = claims::gather(&chain, &contracts, address).await?;
        ctx.out.result(&rewards::report(&claims, address))?;
        Ok(())
    }
}

impl ClaimArgs {
    /// Claim everything.
    pub async fn run(self, ctx: &Context) -> Result<()> {
        claim::run(ctx).await
    }
}

/// How the approval for `allowance` reads in the plan.
fn approve_label(allowance: &Allowance, spender_name: &str) -> String {
    format!("approve {} ANKR for the {spender_name} ({})", format_amount(allowance.needed), allowance.spender)
}

/// Where a stake is, at the head of stake and unstake reports: a pool, a node's sidecar, or reward shares.
#[derive(Debug, Serialize)]
pub struct StakePlace {
    /// pool, sidecar or rewards.
    pub target: &'static str,
    /// The staker.
    pub account: Address,
    /// The pool, for pool stakes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pool_id: Option<u64>,
    /// The node, for sidecar stakes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub node_id: Option<u64>,
}

impl StakePlace {
    pub(crate) fn pool(account: Address, id: u64) -> Self {
        Self { target: "pool", account, pool_id: Some(id), node_id: None }
    }

    pub(crate) fn sidecar(account: Address, node: u64) -> Self {
        Self { target: "sidecar", account, pool_id: None, node_id: Some(node) }
    }

    pub(crate) fn rewards(account: Address) -> Self {
        Self { target: "rewards", account, pool_id: None, node_id: None }
    }
}

impl std::fmt::Display for StakePlace {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match (self.pool_id, self.node_id) {
            (Some(id), _) => write!(f, "pool {id}"),
            (_, Some(node)) => write!(f, "node {node}'s sidecar"),
            _ => f.write_str("reward shares"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zero_and_malformed_amounts_are_refused() {
        let msg = |s: &str, t| amount_arg(s, t).err().map(|e| e.to_string()).unwrap_or_default();
        assert_eq!(msg("0", Token::Eth), "invalid amount '0': it must be more than zero");
        assert_eq!(
            msg("1eth", Token::Ankr),
            "invalid amount '1eth': ANKR amounts take no unit other than ankr, e.g. 2500ankr"
        );
        assert_eq!(amount_arg("1.5", Token::Eth).ok(), Some(U256::from(1_500_000_000_000_000_000u128)));
    }
}
