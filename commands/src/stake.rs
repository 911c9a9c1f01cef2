//! `stkr stake`, `stkr unstake`, `stkr rewards` and `stkr claim`: ETH into micro-pools for aETH, ANKR on
//! sidecars and for reward shares, and every payout and reward an account has, read and claimed at once.

use alloy::{
    network::TransactionBuilder,
    primitives::{Address, B256, U256, Uint},
    rpc::types::{TransactionReceipt, TransactionRequest},
    sol_types::SolCall,
};
use clap::{ArgGroup, Args};
use eyre::{Result, eyre};
use serde::Serialize;
use stkr_core::{
    Error,
    batch::{self, Answer, call},
    bindings::{AETH, AnkrToken, Governance, MicroPool, Multicall3, NodeRegistry, RewardPool, StakerRewards},
    chain::Chain,
    deploy::Contracts,
    input::{parse_address, parse_id},
    output::{Render, Style, rows},
    receipt::{event, events},
    time::utc,
    tx::{Allowance, UnsignedApproval, UnsignedPlan, request},
    units::{AmountView, Token, format_amount, parse_amount},
};

use crate::pool::{
    ACTIVE, CANCELLED, COMPLETED, PENDING, PoolState, not_pending, pool_error, read_pool, read_pool_with, scan_pools,
    status_name,
};
use crate::{Context, common::address_or_account};

/// `NodeRegistry.Status.Active`.
const NODE_ACTIVE: u8 = 1;

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
            (Some(id), _) => stake_pool(ctx, id, amount_arg(&self.amount, Token::Eth)?).await,
            (_, Some(node)) => stake_sidecar(ctx, node, amount_arg(&self.amount, Token::Ankr)?).await,
            _ => stake_rewards(ctx, amount_arg(&self.amount, Token::Ankr)?).await,
        }
    }
}

impl UnstakeArgs {
    /// Unstake.
    pub async fn run(self, ctx: &Context) -> Result<()> {
        let token = if self.pool.is_some() { Token::Eth } else { Token::Ankr };
        let amount = self.amount.as_deref().map(|a| amount_arg(a, token)).transpose()?;
        match (self.pool, self.sidecar) {
            (Some(id), _) => unstake_pool(ctx, id, amount).await,
            (_, Some(node)) => unstake_sidecar(ctx, node, amount).await,
            _ => unstake_rewards(ctx, amount).await,
        }
    }
}

impl RewardsArgs {
    /// Show what can be claimed.
    pub async fn run(self, ctx: &Context) -> Result<()> {
        let missing = "name the account to look at: pass --address ADDR or --account NAME";
        let address = address_or_account(ctx, self.address, missing)?;
        let (chain, contracts) = ctx.reader().await?;
        let gathered = gather(&chain, &contracts, address).await?;
        ctx.out.result(&gathered.report(address))?;
        Ok(())
    }
}

impl ClaimArgs {
    /// Claim everything.
    pub async fn run(self, ctx: &Context) -> Result<()> {
        claim(ctx).await
    }
}

// ---------------------------------------------------------------- sending with an approval first

/// How the approval for `allowance` reads in the plan.
fn approve_label(allowance: &Allowance, spender_name: &str) -> String {
    format!("approve {} ANKR for the {spender_name} ({})", format_amount(allowance.needed), allowance.spender)
}

fn short_of(from: Address, held: U256, needed: U256, what: &str) -> Error {
    Error::Simulation(format!(
        "{from} holds {} ANKR but {what} needs {} ANKR",
        format_amount(held),
        format_amount(needed)
    ))
}

// ---------------------------------------------------------------- stake

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
    fn pool(account: Address, id: u64) -> Self {
        Self { target: "pool", account, pool_id: Some(id), node_id: None }
    }

    fn sidecar(account: Address, node: u64) -> Self {
        Self { target: "sidecar", account, pool_id: None, node_id: Some(node) }
    }

    fn rewards(account: Address) -> Self {
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

async fn stake_pool(ctx: &Context, id: u64, amount: U256) -> Result<()> {
    let session = ctx.session().await?;
    let (chain, c, from) = (&session.chain, &session.contracts, session.from);
    let pool_id = U256::from(id);
    let extra = vec![
        call(c.micro_pool, MicroPool::getStakeCall { poolId: pool_id, staker: from }),
        call(c.ankr_token, AnkrToken::balanceOfCall { account: from }),
        call(c.ankr_token, AnkrToken::allowanceCall { owner: from, spender: c.micro_pool }),
        call(c.multicall3, Multicall3::getEthBalanceCall { account: from }),
    ];
    let (pool, now, results) = read_pool_with(chain, c, id, extra).await?;
    let stake = results[0].decode::<MicroPool::getStakeCall>()?;
    let ankr = results[1].decode::<AnkrToken::balanceOfCall>()?;
    let allowance = results[2].decode::<AnkrToken::allowanceCall>()?;
    let eth = results[3].decode::<Multicall3::getEthBalanceCall>()?;

    // Everything the contract checks, checked first: an approval must not go out for a stake that fails.
    if pool.status != PENDING {
        return Err(Error::Simulation(not_pending(&pool)).into());
    }
    if now >= pool.end_time {
        return Err(pool_error(MicroPool::PoolEnded { poolId: pool_id, endTime: U256::from(pool.end_time) }).into());
    }
    if from == pool.provider {
        return Err(pool_error(MicroPool::PoolProviderCannotStake { poolId: pool_id }).into());
    }
    if amount > pool.room() {
        return Err(pool_error(MicroPool::PoolOverfilled { amount, remaining: pool.room() }).into());
    }
    if amount < pool.min_stake && amount != pool.room() {
        return Err(pool_error(MicroPool::PoolStakeTooSmall { amount, minimum: pool.min_stake }).into());
    }
    let fee = pool.fee_for(amount);
    if ankr < fee {
        return Err(short_of(from, ankr, fee, &format!("the fee for {} ETH", format_amount(amount))).into());
    }
    if eth < amount {
        return Err(Error::Simulation(format!(
            "{from} holds {} ETH, less than the {} ETH to stake (plus gas)",
            format_amount(eth),
            format_amount(amount)
        ))
        .into());
    }
    ctx.out.status(format!(
        "Staking {} ETH in pool {id}: you receive {} aETH and pay a fee of {} ANKR ({} ANKR per ETH).",
        format_amount(amount),
        format_amount(amount),
        format_amount(fee),
        format_amount(pool.fee_per_eth())
    ));
    let tx = ctx.transactor(chain, from);
    let label = format!("stake {} ETH in pool {id} (fee {} ANKR)", format_amount(amount), format_amount(fee));
    let allowance = Allowance { token: c.ankr_token, spender: c.micro_pool, needed: fee, current: allowance };
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

/// A node, read with the staker's position on it.
struct NodeRead {
    status: u8,
    sidecar_stake: U256,
    staked: U256,
}

async fn read_node(
    chain: &Chain,
    c: &Contracts,
    node: u64,
    extra: Vec<(Address, alloy::primitives::Bytes)>,
) -> Result<(NodeRead, Vec<Answer>)> {
    let mut calls = vec![
        call(c.node_registry, NodeRegistry::nodeCountCall {}),
        call(c.node_registry, NodeRegistry::getNodeCall { nodeId: U256::from(node) }),
    ];
    calls.extend(extra);
    let mut results = batch::read(chain, c.multicall3, calls).await?;
    let count = results[0].decode::<NodeRegistry::nodeCountCall>()?.saturating_to::<u64>();
    if node > count {
        let known =
            if count == 0 { "there are no nodes yet".to_string() } else { format!("nodes run from 1 to {count}") };
        return Err(Error::InvalidInput(format!("there is no node {node}; {known}")).into());
    }
    let n = results[1].decode::<NodeRegistry::getNodeCall>()?;
    let rest = results.split_off(2);
    Ok((NodeRead { status: n.status, sidecar_stake: U256::from(n.sidecarStake), staked: U256::ZERO }, rest))
}

async fn stake_sidecar(ctx: &Context, node: u64, amount: U256) -> Result<()> {
    let session = ctx.session().await?;
    let (chain, c, from) = (&session.chain, &session.contracts, session.from);
    let extra = vec![
        call(c.ankr_token, AnkrToken::balanceOfCall { account: from }),
        call(c.ankr_token, AnkrToken::allowanceCall { owner: from, spender: c.node_registry }),
        call(c.node_registry, NodeRegistry::stakeOfCall { nodeId: U256::from(node), staker: from }),
    ];
    let (n, results) = read_node(chain, c, node, extra).await?;
    let ankr = results[0].decode::<AnkrToken::balanceOfCall>()?;
    let allowance = results[1].decode::<AnkrToken::allowanceCall>()?;
    let staked = results[2].decode::<NodeRegistry::stakeOfCall>()?;
    if n.status != NODE_ACTIVE {
        return Err(Error::Simulation(format!("node {node} has finished and takes no more stake")).into());
    }
    if ankr < amount {
        return Err(short_of(from, ankr, amount, "this stake").into());
    }
    ctx.out.status(format!(
        "Staking {} ANKR on node {node}'s sidecar (it holds {} ANKR of stake now).",
        format_amount(amount),
        format_amount(n.sidecar_stake)
    ));
    let tx = ctx.transactor(chain, from);
    let label = format!("stake {} ANKR on node {node}'s sidecar", format_amount(amount));
    let allowance = Allowance { token: c.ankr_token, spender: c.node_registry, needed: amount, current: allowance };
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
        your_stake: AmountView::ankr(staked + staked_event.amount),
        total: AmountView::ankr(staked_event.sidecarStake),
        fill_percent: None,
        transactions: sent.transactions(),
    })?;
    Ok(())
}

async fn stake_rewards(ctx: &Context, amount: U256) -> Result<()> {
    let session = ctx.session().await?;
    let (chain, c, from) = (&session.chain, &session.contracts, session.from);
    let results = batch::read(
        chain,
        c.multicall3,
        vec![
            call(c.ankr_token, AnkrToken::balanceOfCall { account: from }),
            call(c.ankr_token, AnkrToken::allowanceCall { owner: from, spender: c.staker_rewards }),
            call(c.staker_rewards, StakerRewards::totalRewardSharesCall {}),
        ],
    )
    .await?;
    let ankr = results[0].decode::<AnkrToken::balanceOfCall>()?;
    let allowance = results[1].decode::<AnkrToken::allowanceCall>()?;
    let total_before = results[2].decode::<StakerRewards::totalRewardSharesCall>()?;
    if ankr < amount {
        return Err(short_of(from, ankr, amount, "this stake").into());
    }
    ctx.out.status(format!(
        "Staking {} ANKR for reward shares (all reward stakes together hold {} ANKR now); you may withdraw it at any time.",
        format_amount(amount),
        format_amount(total_before)
    ));
    let tx = ctx.transactor(chain, from);
    let label = format!("stake {} ANKR for reward shares", format_amount(amount));
    let allowance = Allowance { token: c.ankr_token, spender: c.staker_rewards, needed: amount, current: allowance };
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

// ---------------------------------------------------------------- unstake

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

async fn unstake_pool(ctx: &Context, id: u64, amount: Option<U256>) -> Result<()> {
    let session = ctx.session().await?;
    let (chain, c, from) = (&session.chain, &session.contracts, session.from);
    let pool_id = U256::from(id);
    let extra = vec![
        call(c.micro_pool, MicroPool::getStakeCall { poolId: pool_id, staker: from }),
        call(c.micro_pool, MicroPool::resolvedPoolCall { poolId: pool_id }),
        call(c.aeth, AETH::balanceOfCall { account: from }),
    ];
    // The pool itself is read only to refuse an unknown id; a migrated stake lives in `resolved`.
    let (_, _, results) = read_pool_with(chain, c, id, extra).await?;
    let stake = results[0].decode::<MicroPool::getStakeCall>()?;
    let resolved = results[1].decode::<MicroPool::resolvedPoolCall>()?.saturating_to::<u64>();
    let aeth = results[2].decode::<AETH::balanceOfCall>()?;
    let principal = U256::from(stake.principal);
    if principal.is_zero() {
        return Err(Error::Simulation(format!("{from} has nothing staked in pool {id}")).into());
    }
    let amount = amount.unwrap_or(principal);
    if amount > principal {
        return Err(Error::Simulation(format!(
            "{from} has only {} ETH staked in pool {id}, not {} ETH",
            format_amount(principal),
            format_amount(amount)
        ))
        .into());
    }
    let (pool, _) = read_pool(chain, c, resolved).await?;
    match pool.status {
        PENDING | CANCELLED => {}
        ACTIVE => {
            return Err(Error::Simulation(format!(
                "pool {resolved} is active: stakes are locked until it ends on {} and governance settles it; your aETH stays transferable meanwhile",
                utc(pool.end_time)
            ))
            .into());
        }
        COMPLETED => {
            return Err(Error::Simulation(format!(
                "pool {resolved} is completed: claim your ETH with `stkr claim` instead"
            ))
            .into());
        }
        _ => return Err(Error::Simulation(not_pending(&pool)).into()),
    }
    if aeth < amount {
        return Err(Error::Simulation(format!(
            "unstaking {} ETH burns as much aETH, but {from} holds only {} aETH; get the rest back first",
            format_amount(amount),
            format_amount(aeth)
        ))
        .into());
    }
    let refund = U256::from(stake.feePaid) * amount / principal;
    ctx.out.status(format!(
        "Taking {} ETH out of pool {id}: {} aETH is burned and {} ANKR of your fee comes back.",
        format_amount(amount),
        format_amount(amount),
        format_amount(refund)
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
        remaining: AmountView::eth(principal - unstaked.amount),
        transaction: receipt.transaction_hash,
    })?;
    Ok(())
}

async fn unstake_sidecar(ctx: &Context, node: u64, amount: Option<U256>) -> Result<()> {
    let session = ctx.session().await?;
    let (chain, c, from) = (&session.chain, &session.contracts, session.from);
    let extra = vec![
        call(c.node_registry, NodeRegistry::stakeOfCall { nodeId: U256::from(node), staker: from }),
        call(c.node_registry, NodeRegistry::totalStakeOfCall { staker: from }),
        call(c.node_registry, NodeRegistry::pendingRewardsCall { account: from }),
    ];
    let (mut n, results) = read_node(chain, c, node, extra).await?;
    n.staked = results[0].decode::<NodeRegistry::stakeOfCall>()?;
    let total = results[1].decode::<NodeRegistry::totalStakeOfCall>()?;
    let pending = results[2].decode::<NodeRegistry::pendingRewardsCall>()?;
    if n.staked.is_zero() {
        return Err(Error::Simulation(format!("{from} has no ANKR staked on node {node}'s sidecar")).into());
    }
    let amount = amount.unwrap_or(n.staked);
    if amount > n.staked {
        return Err(Error::Simulation(format!(
            "{from} has only {} ANKR staked on node {node}'s sidecar, not {} ANKR",
            format_amount(n.staked),
            format_amount(amount)
        ))
        .into());
    }
    if n.status == NODE_ACTIVE {
        let eth = pending.eth * amount / total.max(U256::from(1));
        let ankr = pending.ankr * amount / total.max(U256::from(1));
        ctx.out.warn(format!(
            "node {node} has not finished: withdrawing {} of your {} ANKR of sidecar stake now forfeits that share of your unclaimed sidecar rewards, {} ETH and {} ANKR, to the reward pool",
            format_amount(amount),
            format_amount(total),
            format_amount(eth),
            format_amount(ankr)
        ));
    }
    let tx = ctx.transactor(chain, from);
    let Some(receipt) = tx
        .send(
            format!("withdraw {} ANKR from node {node}'s sidecar", format_amount(amount)),
            request(c.node_registry, NodeRegistry::unstakeFromSidecarCall { nodeId: U256::from(node), amount }),
        )
        .await?
    else {
        return Ok(());
    };
    let unstaked = event::<NodeRegistry::SidecarUnstaked>(&receipt, c.node_registry)?;
    let forfeited = events::<NodeRegistry::RewardForfeited>(&receipt, c.node_registry);
    let (eth, ankr) = forfeited.iter().fold((U256::ZERO, U256::ZERO), |(e, a), f| (e + f.eth, a + f.ankr));
    ctx.out.result(&UnstakeReport {
        place: StakePlace::sidecar(from, node),
        amount: AmountView::ankr(unstaked.amount),
        aeth_burned: None,
        fee_refund: None,
        forfeited_eth: Some(AmountView::eth(eth)),
        forfeited_ankr: Some(AmountView::ankr(ankr)),
        remaining: AmountView::ankr(n.staked - unstaked.amount),
        transaction: receipt.transaction_hash,
    })?;
    Ok(())
}

async fn unstake_rewards(ctx: &Context, amount: Option<U256>) -> Result<()> {
    let session = ctx.session().await?;
    let (chain, c, from) = (&session.chain, &session.contracts, session.from);
    let staked = StakerRewards::new(c.staker_rewards, &chain.provider)
        .stakeOf(from)
        .call()
        .await
        .map_err(|e| eyre!("reading the reward stake: {e}"))?;
    if staked.is_zero() {
        return Err(Error::Simulation(format!("{from} has no ANKR staked for reward shares")).into());
    }
    let amount = amount.unwrap_or(staked);
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

// ---------------------------------------------------------------- rewards and claims

/// One amount an account can claim, and the call that claims it.
#[derive(Debug, Clone)]
struct Claimable {
    kind: &'static str,
    source: String,
    pool_id: Option<u64>,
    eth: U256,
    ankr: U256,
    target: Address,
    calldata: Vec<u8>,
}

impl Claimable {
    /// The claim in a report, with the amounts `eth` and `ankr`.
    fn view(&self, eth: U256, ankr: U256) -> ClaimableView {
        ClaimableView {
            kind: self.kind,
            source: self.source.clone(),
            pool_id: self.pool_id,
            eth: AmountView::eth(eth),
            ankr: AmountView::ankr(ankr),
        }
    }
}

/// One claimable amount in a report.
#[derive(Debug, Serialize)]
pub struct ClaimableView {
    /// pool, provider_share, refund, staker_rewards, sidecar_rewards or governance_rewards.
    pub kind: &'static str,
    /// Where it comes from, for people.
    pub source: String,
    /// The pool, for pool claims and provider shares.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pool_id: Option<u64>,
    /// ETH.
    pub eth: AmountView,
    /// ANKR.
    pub ankr: AmountView,
}

/// An account's stake in one pool.
#[derive(Debug, Serialize)]
pub struct PoolStakeView {
    /// The pool staked in.
    pub pool_id: u64,
    /// The status of the pool the stake lives in now (after any migration).
    pub status: &'static str,
    /// The ETH staked.
    pub principal: AmountView,
    /// What it pays now (0 until the pool is settled).
    pub claimable: AmountView,
    /// What happens to it, for people.
    pub note: String,
}

/// An account's ANKR stakes that earn reward shares.
#[derive(Debug, Serialize)]
pub struct RewardStakesView {
    /// ANKR staked for reward shares (`stkr stake --rewards`).
    pub staker_rewards: AmountView,
    /// ANKR staked on sidecars, all nodes (`stkr stake --sidecar`).
    pub sidecars: AmountView,
    /// ANKR staked in Governance as a governor, when there is a Governance contract.
    pub governance: Option<AmountView>,
}

/// What the reward pool holds before its next distribution.
#[derive(Debug, Serialize)]
pub struct RewardPoolView {
    /// ETH waiting to be distributed.
    pub eth: AmountView,
    /// ANKR waiting to be distributed.
    pub ankr: AmountView,
    /// When the next distribution may run (unix time; 0: now).
    pub next_distribution_at: u64,
    /// Whether it may run now (anyone may run it).
    pub due: bool,
}

/// ETH and ANKR added up, at the foot of `stkr rewards` and `stkr claim`.
#[derive(Debug, Serialize)]
pub struct Totals {
    /// All the ETH.
    pub total_eth: AmountView,
    /// All the ANKR.
    pub total_ankr: AmountView,
}

impl Totals {
    fn new(eth: U256, ankr: U256) -> Self {
        Self { total_eth: AmountView::eth(eth), total_ankr: AmountView::ankr(ankr) }
    }
}

impl std::fmt::Display for Totals {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&amounts(&self.total_eth, &self.total_ankr))
    }
}

/// `stkr rewards`.
#[derive(Debug, Serialize)]
pub struct RewardsReport {
    /// The account.
    pub address: Address,
    /// Every non-zero amount it can claim now, each claimed by its own transaction in `stkr claim`.
    pub claimable: Vec<ClaimableView>,
    /// All of it.
    #[serde(flatten)]
    pub total: Totals,
    /// Its stakes in pools.
    pub pool_stakes: Vec<PoolStakeView>,
    /// Its ANKR stakes that earn reward shares.
    pub reward_stakes: RewardStakesView,
    /// The reward pool.
    pub reward_pool: RewardPoolView,
}

impl Render for RewardsReport {
    fn render(&self, style: &Style) -> String {
        let mut text = String::new();
        if self.claimable.is_empty() {
            text.push_str(&format!("{} has nothing to claim now", self.address));
        } else {
            text.push_str(&style.bold(&format!("Claimable by {}", self.address)));
            let width = self.claimable.iter().map(|c| c.source.len()).max().unwrap_or(0);
            for c in &self.claimable {
                text.push_str(&format!("\n  {:<width$}  {}", c.source, amounts(&c.eth, &c.ankr)));
            }
            text.push_str(&format!(
                "\n  {:<width$}  {}\nClaim all of it with `stkr claim --account NAME`.",
                "total", self.total
            ));
        }
        if !self.pool_stakes.is_empty() {
            text.push_str(&format!("\n{}", style.bold("Pool stakes")));
            for s in &self.pool_stakes {
                text.push_str(&format!("\n  pool {} ({}): {} staked; {}", s.pool_id, s.status, s.principal, s.note));
            }
        }
        let r = &self.reward_stakes;
        let mut stakes = vec![("reward shares", r.staker_rewards.to_string()), ("sidecars", r.sidecars.to_string())];
        if let Some(g) = &r.governance {
            stakes.push(("governance", g.to_string()));
        }
        let stakes = rows(style, &stakes).lines().map(|l| format!("  {l}")).collect::<Vec<_>>().join("\n");
        text.push_str(&format!("\n{}\n{stakes}", style.bold("ANKR stakes")));
        let p = &self.reward_pool;
        let when = if p.due {
            "due now (anyone may run the distribution)".to_string()
        } else {
            format!("next distribution from {}", utc(p.next_distribution_at))
        };
        text.push_str(&format!("\nThe reward pool holds {} and {}, {when}.", p.eth, p.ankr));
        text
    }
}

fn amounts(eth: &AmountView, ankr: &AmountView) -> String {
    match (eth.wei == "0", ankr.wei == "0") {
        (false, false) => format!("{eth} + {ankr}"),
        (true, false) => ankr.to_string(),
        _ => eth.to_string(),
    }
}

/// Everything about an account's claims, read in a few batched round trips.
struct Gathered {
    items: Vec<Claimable>,
    pool_stakes: Vec<PoolStakeView>,
    reward_stakes: RewardStakesView,
    reward_pool: RewardPoolView,
    /// Pool claims that need more aETH than the account holds (they burn it).
    blocked: Vec<String>,
}

impl Gathered {
    fn report(self, address: Address) -> RewardsReport {
        let (eth, ankr) = self.items.iter().fold((U256::ZERO, U256::ZERO), |(e, a), i| (e + i.eth, a + i.ankr));
        RewardsReport {
            address,
            claimable: self.items.iter().map(|i| i.view(i.eth, i.ankr)).collect(),
            total: Totals::new(eth, ankr),
            pool_stakes: self.pool_stakes,
            reward_stakes: self.reward_stakes,
            reward_pool: self.reward_pool,
        }
    }
}

async fn gather(chain: &Chain, c: &Contracts, address: Address) -> Result<Gathered> {
    let mut calls = vec![
        call(c.micro_pool, MicroPool::poolCountCall {}),
        call(c.multicall3, Multicall3::getCurrentBlockTimestampCall {}),
        call(c.micro_pool, MicroPool::refundOfCall { provider: address }),
        call(c.staker_rewards, StakerRewards::pendingRewardsCall { account: address }),
        call(c.staker_rewards, StakerRewards::stakeOfCall { staker: address }),
        call(c.node_registry, NodeRegistry::pendingRewardsCall { account: address }),
        call(c.node_registry, NodeRegistry::totalStakeOfCall { staker: address }),
        call(c.multicall3, Multicall3::getEthBalanceCall { account: c.reward_pool }),
        call(c.reward_pool, RewardPool::ankrBalanceCall {}),
        call(c.reward_pool, RewardPool::nextDistributionAtCall {}),
        call(c.aeth, AETH::balanceOfCall { account: address }),
    ];
    if let Some(governance) = c.governance {
        calls.push(call(governance, Governance::pendingRewardsCall { account: address }));
        calls.push(call(governance, Governance::memberOfCall { account: address }));
    }
    let r = batch::read(chain, c.multicall3, calls).await?;
    let count = r[0].decode::<MicroPool::poolCountCall>()?.saturating_to::<u64>();
    let now = r[1].decode::<Multicall3::getCurrentBlockTimestampCall>()?.saturating_to::<u64>();
    let refund = r[2].decode::<MicroPool::refundOfCall>()?;
    let staker_rewards = r[3].decode::<StakerRewards::pendingRewardsCall>()?;
    let staker_stake = r[4].decode::<StakerRewards::stakeOfCall>()?;
    let sidecar_rewards = r[5].decode::<NodeRegistry::pendingRewardsCall>()?;
    let sidecar_stake = r[6].decode::<NodeRegistry::totalStakeOfCall>()?;
    let pool_eth = r[7].decode::<Multicall3::getEthBalanceCall>()?;
    let pool_ankr = r[8].decode::<RewardPool::ankrBalanceCall>()?;
    let next = r[9].decode::<RewardPool::nextDistributionAtCall>()?.saturating_to::<u64>();
    let mut aeth = r[10].decode::<AETH::balanceOfCall>()?;
    let governance = match c.governance {
        Some(g) => {
            Some((g, r[11].decode::<Governance::pendingRewardsCall>()?, r[12].decode::<Governance::memberOfCall>()?))
        }
        None => None,
    };

    let pools = scan_pools(chain, c, count, Some(address)).await?;
    let staked: Vec<(&PoolState, U256)> = pools
        .iter()
        .filter_map(|(pool, stake)| {
            let principal = stake.as_ref().map(|s| U256::from(s.principal)).unwrap_or_default();
            (!principal.is_zero()).then_some((pool, principal))
        })
        .collect();
    let mut calls = Vec::new();
    for (pool, _) in &staked {
        let id = U256::from(pool.id);
        calls.push(call(c.micro_pool, MicroPool::claimableCall { poolId: id, staker: address }));
        calls.push(call(c.micro_pool, MicroPool::resolvedPoolCall { poolId: id }));
    }
    let r = batch::read_chunked(chain, c.multicall3, calls, batch::CHUNK).await?;

    let mut items = Vec::new();
    let mut pool_stakes = Vec::new();
    let mut blocked = Vec::new();
    for ((pool, principal), pair) in staked.iter().zip(r.chunks(2)) {
        let claimable = pair[0].decode::<MicroPool::claimableCall>()?;
        let resolved = pair[1].decode::<MicroPool::resolvedPoolCall>()?.saturating_to::<u64>();
        let home = pools.get((resolved as usize).wrapping_sub(1)).map(|(p, _)| p).unwrap_or(pool);
        let moved = if resolved == pool.id { String::new() } else { format!(" (migrated into pool {resolved})") };
        let note = match home.status {
            PENDING => format!("it may be unstaked until the pool activates{moved}"),
            CANCELLED => format!("the pool was cancelled: unstake it{moved}"),
            ACTIVE => format!("locked until the pool ends on {} and is settled{moved}", utc(home.end_time)),
            COMPLETED if claimable.is_zero() => format!("the settled pool pays nothing back{moved}"),
            COMPLETED => format!("claimable now{moved}"),
            _ => format!("pool status {}{moved}", home.status_name()),
        };
        pool_stakes.push(PoolStakeView {
            pool_id: pool.id,
            status: status_name(home.status),
            principal: AmountView::eth(*principal),
            claimable: AmountView::eth(claimable),
            note,
        });
        if home.status == COMPLETED {
            // A claim burns the aETH of its principal: claims the balance cannot cover would revert.
            if aeth < *principal {
                blocked.push(format!(
                    "pool {}: the claim burns {} aETH but the account holds only {} aETH",
                    pool.id,
                    format_amount(*principal),
                    format_amount(aeth)
                ));
                continue;
            }
            aeth -= *principal;
            items.push(Claimable {
                kind: "pool",
                source: format!("pool {} ({} ETH staked)", pool.id, format_amount(*principal)),
                pool_id: Some(pool.id),
                eth: claimable,
                ankr: U256::ZERO,
                target: c.micro_pool,
                calldata: MicroPool::claimCall { poolId: U256::from(pool.id) }.abi_encode(),
            });
        }
    }
    for (pool, _) in &pools {
        if pool.provider == address && pool.status == COMPLETED && !pool.provider_payout.is_zero() {
            items.push(Claimable {
                kind: "provider_share",
                source: format!("pool {} provider share", pool.id),
                pool_id: Some(pool.id),
                eth: pool.provider_payout,
                ankr: U256::ZERO,
                target: c.micro_pool,
                calldata: MicroPool::claimProviderCall { poolId: U256::from(pool.id) }.abi_encode(),
            });
        }
    }
    if !refund.is_zero() {
        items.push(Claimable {
            kind: "refund",
            source: "your ETH refunded from cancelled or migrated pools".into(),
            pool_id: None,
            eth: refund,
            ankr: U256::ZERO,
            target: c.micro_pool,
            calldata: MicroPool::withdrawRefundCall {}.abi_encode(),
        });
    }
    let sinks = [
        ("staker_rewards", "reward shares (StakerRewards)", c.staker_rewards, staker_rewards.eth, staker_rewards.ankr),
        (
            "sidecar_rewards",
            "sidecar stakes (NodeRegistry)",
            c.node_registry,
            sidecar_rewards.eth,
            sidecar_rewards.ankr,
        ),
    ];
    let governance_sink = governance
        .as_ref()
        .map(|(g, rewards, _)| ("governance_rewards", "governor stake (Governance)", *g, rewards.eth, rewards.ankr));
    for (kind, source, target, eth, ankr) in sinks.into_iter().chain(governance_sink) {
        if !eth.is_zero() || !ankr.is_zero() {
            items.push(Claimable {
                kind,
                source: source.into(),
                pool_id: None,
                eth,
                ankr,
                target,
                calldata: StakerRewards::claimRewardsCall {}.abi_encode(),
            });
        }
    }
    Ok(Gathered {
        items,
        pool_stakes,
        reward_stakes: RewardStakesView {
            staker_rewards: AmountView::ankr(staker_stake),
            sidecars: AmountView::ankr(sidecar_stake),
            governance: governance.map(|(_, _, member)| AmountView::ankr(U256::from(member.stake))),
        },
        reward_pool: RewardPoolView {
            eth: AmountView::eth(pool_eth),
            ankr: AmountView::ankr(pool_ankr),
            next_distribution_at: next,
            due: now >= next,
        },
        blocked,
    })
}

/// One claim sent and what arrived.
#[derive(Debug, Serialize)]
pub struct ClaimedView {
    /// The claim, with the ETH and ANKR that arrived.
    #[serde(flatten)]
    pub claim: ClaimableView,
    /// The transaction.
    pub transaction: B256,
}

/// `stkr claim`.
#[derive(Debug, Serialize)]
pub struct ClaimReport {
    /// The account.
    pub account: Address,
    /// Each claim, in the order sent (empty: nothing to claim).
    pub claims: Vec<ClaimedView>,
    /// All that arrived.
    #[serde(flatten)]
    pub total: Totals,
}

impl Render for ClaimReport {
    fn render(&self, style: &Style) -> String {
        if self.claims.is_empty() {
            return format!("{} has nothing to claim now", self.account);
        }
        let width = self.claims.iter().map(|c| c.claim.source.len()).max().unwrap_or(0);
        let mut text = style.bold(&format!("Claimed by {}", self.account));
        for ClaimedView { claim: c, transaction } in &self.claims {
            text.push_str(&format!("\n  {:<width$}  {}  ({transaction})", c.source, amounts(&c.eth, &c.ankr)));
        }
        text.push_str(&format!("\n  {:<width$}  {}", "arrived", self.total));
        text
    }
}

/// What a claim's receipt says arrived.
fn arrived(receipt: &TransactionReceipt, c: &Contracts, from: Address) -> (U256, U256) {
    let mut eth = U256::ZERO;
    let mut ankr = U256::ZERO;
    for claimed in events::<MicroPool::Claimed>(receipt, c.micro_pool) {
        eth += claimed.payout;
    }
    for claimed in events::<MicroPool::ProviderClaimed>(receipt, c.micro_pool) {
        eth += claimed.payout;
    }
    for refund in events::<MicroPool::RefundWithdrawn>(receipt, c.micro_pool) {
        eth += refund.amount;
    }
    // Every reward-share contract (StakerRewards, NodeRegistry, Governance) logs this event, so any address counts.
    for log in receipt.inner.logs() {
        if let Ok(claimed) = log.log_decode::<StakerRewards::RewardClaimed>()
            && claimed.inner.data.account == from
        {
            eth += claimed.inner.data.eth;
            ankr += claimed.inner.data.ankr;
        }
    }
    (eth, ankr)
}

async fn claim(ctx: &Context) -> Result<()> {
    let session = ctx.session().await?;
    let (chain, c, from) = (&session.chain, &session.contracts, session.from);
    let gathered = gather(chain, c, from).await?;
    for reason in &gathered.blocked {
        ctx.out.warn(format!("skipped {reason}"));
    }
    if gathered.items.is_empty() {
        ctx.out.result(&ClaimReport {
            account: from,
            claims: Vec::new(),
            total: Totals::new(U256::ZERO, U256::ZERO),
        })?;
        return Ok(());
    }
    if gathered.items.len() > 1 && ctx.tx.nonce.is_some() {
        return Err(Error::InvalidInput(format!(
            "--nonce sets one transaction's nonce, but there are {} claims to send; drop --nonce",
            gathered.items.len()
        ))
        .into());
    }
    let tx = ctx.transactor(chain, from);
    let mut plan = Vec::new();
    for item in &gathered.items {
        let label =
            format!("claim {}: {}", item.source, amounts(&AmountView::eth(item.eth), &AmountView::ankr(item.ankr)));
        let request = TransactionRequest::default().with_to(item.target).with_input(item.calldata.clone());
        plan.push(tx.prepare(label, request).await?);
    }
    if tx.unsigned() {
        ctx.out.result(&UnsignedPlan {
            transactions: plan.iter().map(|p| tx.unsigned_prepared(p)).collect(),
            note: Some("Each claim stands alone; send them in any order.".into()),
        })?;
        return Ok(());
    }
    tx.confirm(&plan).await?;
    let mut claims = Vec::new();
    let (mut total_eth, mut total_ankr) = (U256::ZERO, U256::ZERO);
    for (item, prepared) in gathered.items.iter().zip(plan) {
        let receipt = match tx.submit(prepared).await {
            Ok(receipt) => receipt,
            Err(e) => {
                if !claims.is_empty() {
                    ctx.out.warn(format!(
                        "{} of the claims went through before this one failed: {} ETH and {} ANKR arrived",
                        claims.len(),
                        format_amount(total_eth),
                        format_amount(total_ankr)
                    ));
                }
                return Err(e.into());
            }
        };
        let (eth, ankr) = arrived(&receipt, c, from);
        total_eth += eth;
        total_ankr += ankr;
        claims.push(ClaimedView { claim: item.view(eth, ankr), transaction: receipt.transaction_hash });
    }
    ctx.out.result(&ClaimReport { account: from, claims, total: Totals::new(total_eth, total_ankr) })?;
    Ok(())
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
