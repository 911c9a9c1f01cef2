//! `stkr unstake`: ETH out of a pool that has not activated, ANKR off a sidecar or out of reward shares —
//! each checked by core first.

use alloy::primitives::{Address, B256, U256, Uint};
use eyre::{Result, eyre};
use serde::Serialize;
use stkr_core::{
    bindings::{AETH, MicroPool, NodeRegistry, StakerRewards},
    output::{Render, Style, rows},
    receipt::{event, events},
    stake::{PoolUnstakeFacts, SidecarUnstakeFacts, check_pool_unstake, check_rewards_unstake, check_sidecar_unstake},
    tx::request,
    units::{AmountView, format_amount},
};

use super::StakePlace;
use crate::Context;

/// What an unstake did.
#[derive(Debug, Serialize)]
pub struct UnstakeReport {
    /// Where from.
    #[serde(flatten)]
    pub place: StakePlace,
    /// What came back: ETH from a pool, ANKR otherwise.
    pub amount: AmountView,
    /// aETH burned (pool stakes).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub aeth_burned: Option<AmountView>,
    /// The share of the ANKR fee refunded (pool stakes).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fee_refund: Option<AmountView>,
    /// Unclaimed ETH rewards forfeited to the reward pool (sidecar stakes on a running node).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub forfeited_eth: Option<AmountView>,
    /// Unclaimed ANKR rewards forfeited to the reward pool (sidecar stakes on a running node).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub forfeited_ankr: Option<AmountView>,
    /// The staker's stake left there.
    pub remaining: AmountView,
    /// The transaction.
    pub transaction: B256,
}

impl Render for UnstakeReport {
    fn render(&self, style: &Style) -> String {
        let mut lines: Vec<(&str, String)> = vec![("withdrawn", format!("{} from {}", self.amount, self.place))];
        if let Some(burned) = &self.aeth_burned {
            lines.push(("aETH burned", burned.formatted.replace("ETH", "aETH")));
        }
        if let Some(refund) = &self.fee_refund {
            lines.push(("fee refunded", refund.to_string()));
        }
        if let (Some(eth), Some(ankr)) = (&self.forfeited_eth, &self.forfeited_ankr) {
            lines.push(("rewards forfeited", format!("{eth} and {ankr}, to the reward pool")));
        }
        lines.push(("your stake left", self.remaining.to_string()));
        lines.push(("transaction", self.transaction.to_string()));
        rows(style, &lines)
    }
}

/// `stkr unstake --pool`: ETH out of a pending or cancelled pool (or one migrated into such), burning aETH.
pub(super) async fn pool(ctx: &Context, id: u64, amount: Option<U256>) -> Result<()> {
    let session = ctx.session().await?;
    let (chain, c, from) = (&session.chain, &session.contracts, session.from);
    let pool_id = U256::from(id);
    let facts = PoolUnstakeFacts::read(chain, c, from, id).await?;
    let unstake = check_pool_unstake(&facts, amount)?;
    let held = facts.held;
    let amount = unstake.amount;
    ctx.out.status(format!(
        "Taking {} ETH out of pool {id}: {} aETH is burned and {} ANKR of your fee comes back.",
        format_amount(amount),
        format_amount(amount),
        format_amount(unstake.fee_refund)
    ));
    let tx = ctx.transactor(chain, from);
    let amount96 = Uint::<96, 2>::saturating_from(amount);
    let Some(receipt) = tx
        .send(
            format!("unstake {} ETH from pool {id}", format_amount(amount)),
            request(c.micro_pool, MicroPool::unstakeCall { poolId: pool_id, amount: amount96 }),
        )
        .await?
    else {
        return Ok(());
    };
    let unstaked = event::<MicroPool::Unstaked>(&receipt, c.micro_pool)?;
    let burned: U256 = events::<AETH::Transfer>(&receipt, c.aeth)
        .iter()
        .filter(|t| t.from == from && t.to == Address::ZERO)
        .map(|t| t.value)
        .sum();
    ctx.out.result(&UnstakeReport {
        place: StakePlace::pool(from, id),
        amount: AmountView::eth(unstaked.amount),
        aeth_burned: Some(AmountView::eth(burned)),
        fee_refund: Some(AmountView::ankr(unstaked.feeRefund)),
        forfeited_eth: None,
        forfeited_ankr: None,
        remaining: AmountView::eth(held.principal - unstaked.amount),
        transaction: receipt.transaction_hash,
    })?;
    Ok(())
}

/// `stkr unstake --sidecar`: ANKR off a node's sidecar; on a running node that forfeits rewards, said first.
pub(super) async fn sidecar(ctx: &Context, node: u64, amount: Option<U256>) -> Result<()> {
    let session = ctx.session().await?;
    let (chain, c, from) = (&session.chain, &session.contracts, session.from);
    let registry = c.node_registry;
    let facts = SidecarUnstakeFacts::read(chain, c, from, node).await?;
    let unstake = check_sidecar_unstake(&facts, amount)?;
    let holding = facts.holding;
    let amount = unstake.amount;
    if let Some((eth, ankr)) = unstake.forfeits {
        ctx.out.warn(format!(
            "node {node} has not finished: withdrawing {} of your {} ANKR on its sidecar now forfeits that share of what the stake earned there (rewards vest only when the node finishes), {} ETH and {} ANKR, to the reward pool",
            format_amount(amount),
            format_amount(holding.on_node),
            format_amount(eth),
            format_amount(ankr)
        ));
    }
    let tx = ctx.transactor(chain, from);
    let Some(receipt) = tx
        .send(
            format!("withdraw {} ANKR from node {node}'s sidecar", format_amount(amount)),
            request(registry, NodeRegistry::unstakeFromSidecarCall { nodeId: U256::from(node), amount }),
        )
        .await?
    else {
        return Ok(());
    };
    let unstaked = event::<NodeRegistry::SidecarUnstaked>(&receipt, registry)?;
    let forfeited = events::<NodeRegistry::RewardForfeited>(&receipt, registry);
    let (eth, ankr) = forfeited.iter().fold((U256::ZERO, U256::ZERO), |(e, a), f| (e + f.eth, a + f.ankr));
    ctx.out.result(&UnstakeReport {
        place: StakePlace::sidecar(from, node),
        amount: AmountView::ankr(unstaked.amount),
        aeth_burned: None,
        fee_refund: None,
        forfeited_eth: Some(AmountView::eth(eth)),
        forfeited_ankr: Some(AmountView::ankr(ankr)),
        remaining: AmountView::ankr(holding.on_node - unstaked.amount),
        transaction: receipt.transaction_hash,
    })?;
    Ok(())
}

/// `stkr unstake --rewards`: ANKR out of reward shares; rewards earned so far stay claimable.
pub(super) async fn rewards(ctx: &Context, amount: Option<U256>) -> Result<()> {
    let session = ctx.session().await?;
    let (chain, c, from) = (&session.chain, &session.contracts, session.from);
    let staked = StakerRewards::new(c.staker_rewards, &chain.provider)
        .stakeOf(from)
        .call()
        .await
        .map_err(|e| eyre!("reading the reward stake: {e}"))?;
    let amount = check_rewards_unstake(from, staked, amount)?;
    let tx = ctx.transactor(chain, from);
    let Some(receipt) = tx
        .send(
            format!("withdraw {} ANKR of reward stake", format_amount(amount)),
            request(c.staker_rewards, StakerRewards::unstakeCall { amount }),
        )
        .await?
    else {
        return Ok(());
    };
    let withdrawn = event::<StakerRewards::RewardStakeWithdrawn>(&receipt, c.staker_rewards)?;
    ctx.out.result(&UnstakeReport {
        place: StakePlace::rewards(from),
        amount: AmountView::ankr(withdrawn.amount),
        aeth_burned: None,
        fee_refund: None,
        forfeited_eth: None,
        forfeited_ankr: None,
        remaining: AmountView::ankr(withdrawn.staked),
        transaction: receipt.transaction_hash,
    })?;
    Ok(())
}
