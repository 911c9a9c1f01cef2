//! `stkr stake`: ETH in a pending pool for aETH, or ANKR on a sidecar or for reward shares — each checked
//! by core first, so that no approval goes out for a stake that would fail.

use alloy::{
    network::TransactionBuilder,
    primitives::{Address, B256, U256},
};
use eyre::{Result, eyre};
use serde::Serialize;
use stkr_core::{
    batch::Batch,
    bindings::{AETH, AnkrToken, MicroPool, NodeRegistry, StakerRewards},
    output::{Render, Style, rows},
    pool::{self, PoolState},
    receipt::{event, events},
    stake::{Means, SidecarStakeFacts, check_pool_stake, check_rewards_stake, check_sidecar_stake},
    tx::{Allowance, UnsignedApproval, request},
    units::{AmountView, format_amount},
};

use super::{StakePlace, approve_label};
use crate::Context;

/// What a stake did.
#[derive(Debug, Serialize)]
pub struct StakeReport {
    /// Where.
    #[serde(flatten)]
    pub place: StakePlace,
    /// What was staked: ETH in a pool, ANKR otherwise.
    pub amount: AmountView,
    /// aETH minted to the staker (pool stakes).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub aeth_received: Option<AmountView>,
    /// The ANKR fee paid (pool stakes).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fee_paid: Option<AmountView>,
    /// ANKR approved first, when the allowance was short.
    pub approved: Option<AmountView>,
    /// The staker's stake there now.
    pub your_stake: AmountView,
    /// All stake there now: ETH in the pool, ANKR on the sidecar, or all reward shares.
    pub total: AmountView,
    /// How full the pool is now, in percent (pool stakes).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fill_percent: Option<f64>,
    /// The transactions sent, in order.
    pub transactions: Vec<B256>,
}

impl Render for StakeReport {
    fn render(&self, style: &Style) -> String {
        let mut lines: Vec<(&str, String)> = vec![("staked", format!("{} in {}", self.amount, self.place))];
        if let Some(aeth) = &self.aeth_received {
            lines.push(("aETH received", aeth.formatted.replace("ETH", "aETH")));
        }
        if let Some(fee) = &self.fee_paid {
            lines.push(("fee paid", fee.to_string()));
        }
        if let Some(approved) = &self.approved {
            lines.push(("approved first", approved.to_string()));
        }
        lines.push(("your stake", self.your_stake.to_string()));
        let total = match self.fill_percent {
            Some(fill) => format!("{} of 32 ETH ({fill:.2} %)", self.total),
            None => self.total.to_string(),
        };
        lines.push(("total", total));
        for hash in &self.transactions {
            lines.push(("transaction", hash.to_string()));
        }
        rows(style, &lines)
    }
}

/// `stkr stake --pool`: ETH in a pending pool, its ANKR fee approved first when the allowance is short.
pub(super) async fn pool(ctx: &Context, id: u64, amount: U256) -> Result<()> {
    let session = ctx.session().await?;
    let (chain, c, from) = (&session.chain, &session.contracts, session.from);
    let pool_id = U256::from(id);
    let mut batch = Batch::new();
    let stake = batch.add(c.micro_pool, MicroPool::getStakeCall { poolId: pool_id, staker: from });
    let means = Means::add(&mut batch, c, from);
    let allowance = batch.add(c.ankr_token, AnkrToken::allowanceCall { owner: from, spender: c.micro_pool });
    let (pool, now, answers) = pool::read_pool(chain, c, id, batch).await?;
    let stake = answers.get(stake)?;
    let means = means.read(&answers)?;
    // Everything the contract checks, checked first: an approval must not go out for a stake that fails.
    let fee = check_pool_stake(&pool, now, amount, means)?;
    ctx.out.status(format!(
        "Staking {} ETH in pool {id}: you receive {} aETH and pay a fee of {} ANKR ({} ANKR per ETH).",
        format_amount(amount),
        format_amount(amount),
        format_amount(fee),
        format_amount(pool.fee_per_eth())
    ));
    let tx = ctx.transactor(chain, from);
    let label = format!("stake {} ETH in pool {id} (fee {} ANKR)", format_amount(amount), format_amount(fee));
    let allowance =
        Allowance { token: c.ankr_token, spender: c.micro_pool, needed: fee, current: answers.get(allowance)? };
    let stake_request = request(c.micro_pool, MicroPool::stakeCall { poolId: pool_id }).with_value(amount);
    let approve = approve_label(&allowance, "micro-pool contract");
    let Some(sent) =
        tx.approve_then(&allowance, approve, label, stake_request, UnsignedApproval::Both).await?.send().await?
    else {
        return Ok(());
    };
    let staked = event::<MicroPool::Staked>(&sent.receipt, c.micro_pool)?;
    let minted: U256 = events::<AETH::Transfer>(&sent.receipt, c.aeth)
        .iter()
        .filter(|t| t.from == Address::ZERO && t.to == from)
        .map(|t| t.value)
        .sum();
    let total = PoolState { total_staked: staked.totalStaked, ..pool };
    ctx.out.result(&StakeReport {
        place: StakePlace::pool(from, id),
        amount: AmountView::eth(staked.amount),
        aeth_received: Some(AmountView::eth(minted)),
        fee_paid: Some(AmountView::ankr(staked.fee)),
        approved: sent.approved().map(AmountView::ankr),
        your_stake: AmountView::eth(U256::from(stake.principal) + staked.amount),
        total: AmountView::eth(staked.totalStaked),
        fill_percent: Some(total.fill_percent()),
        transactions: sent.transactions(),
    })?;
    Ok(())
}

/// `stkr stake --sidecar`: ANKR on a running node's sidecar, approved first when the allowance is short.
pub(super) async fn sidecar(ctx: &Context, node: u64, amount: U256) -> Result<()> {
    let session = ctx.session().await?;
    let (chain, c, from) = (&session.chain, &session.contracts, session.from);
    let facts = SidecarStakeFacts::read(chain, c, from, node).await?;
    check_sidecar_stake(&facts, amount)?;
    ctx.out.status(format!(
        "Staking {} ANKR on node {node}'s sidecar (it holds {} ANKR of stake now).",
        format_amount(amount),
        format_amount(facts.sidecar_stake)
    ));
    let tx = ctx.transactor(chain, from);
    let label = format!("stake {} ANKR on node {node}'s sidecar", format_amount(amount));
    let current = facts.allowance;
    let allowance = Allowance { token: c.ankr_token, spender: c.node_registry, needed: amount, current };
    let stake_request = request(c.node_registry, NodeRegistry::stakeOnSidecarCall { nodeId: U256::from(node), amount });
    let approve = approve_label(&allowance, "node registry");
    let Some(sent) =
        tx.approve_then(&allowance, approve, label, stake_request, UnsignedApproval::Both).await?.send().await?
    else {
        return Ok(());
    };
    let staked_event = event::<NodeRegistry::SidecarStaked>(&sent.receipt, c.node_registry)?;
    ctx.out.result(&StakeReport {
        place: StakePlace::sidecar(from, node),
        amount: AmountView::ankr(staked_event.amount),
        aeth_received: None,
        fee_paid: None,
        approved: sent.approved().map(AmountView::ankr),
        your_stake: AmountView::ankr(facts.staked + staked_event.amount),
        total: AmountView::ankr(staked_event.sidecarStake),
        fill_percent: None,
        transactions: sent.transactions(),
    })?;
    Ok(())
}

/// `stkr stake --rewards`: ANKR for reward shares, approved first when the allowance is short.
pub(super) async fn rewards(ctx: &Context, amount: U256) -> Result<()> {
    let session = ctx.session().await?;
    let (chain, c, from) = (&session.chain, &session.contracts, session.from);
    let mut batch = Batch::new();
    let ankr = batch.add(c.ankr_token, AnkrToken::balanceOfCall { account: from });
    let allowance = batch.add(c.ankr_token, AnkrToken::allowanceCall { owner: from, spender: c.staker_rewards });
    let total_before = batch.add(c.staker_rewards, StakerRewards::totalRewardSharesCall {});
    let answers = batch.run(chain, c.multicall3).await?;
    check_rewards_stake(from, answers.get(ankr)?, amount)?;
    ctx.out.status(format!(
        "Staking {} ANKR for reward shares (all reward stakes together hold {} ANKR now); you may withdraw it at any time.",
        format_amount(amount),
        format_amount(answers.get(total_before)?)
    ));
    let tx = ctx.transactor(chain, from);
    let label = format!("stake {} ANKR for reward shares", format_amount(amount));
    let current = answers.get(allowance)?;
    let allowance = Allowance { token: c.ankr_token, spender: c.staker_rewards, needed: amount, current };
    let stake_request = request(c.staker_rewards, StakerRewards::stakeCall { amount });
    let approve = approve_label(&allowance, "staker rewards contract");
    let Some(sent) =
        tx.approve_then(&allowance, approve, label, stake_request, UnsignedApproval::Both).await?.send().await?
    else {
        return Ok(());
    };
    let added = event::<StakerRewards::RewardStakeAdded>(&sent.receipt, c.staker_rewards)?;
    let total = StakerRewards::new(c.staker_rewards, &chain.provider)
        .totalRewardShares()
        .call()
        .await
        .map_err(|e| eyre!("reading the reward shares: {e}"))?;
    ctx.out.result(&StakeReport {
        place: StakePlace::rewards(from),
        amount: AmountView::ankr(added.amount),
        aeth_received: None,
        fee_paid: None,
        approved: sent.approved().map(AmountView::ankr),
        your_stake: AmountView::ankr(added.staked),
        total: AmountView::ankr(total),
        fill_percent: None,
        transactions: sent.transactions(),
    })?;
    Ok(())
}
