//! `stkr pool show`: one pool in full — fill, stakers, deposit, dates, payouts — and what can be done now.

use alloy::{
    primitives::{Address, B256, U256},
    providers::Provider,
    rpc::types::Filter,
    sol_types::SolEvent,
};
use eyre::Result;
use serde::Serialize;
use stkr_core::{
    batch::Batch,
    bindings::{AETH, MicroPool},
    chain::{Chain, transport_error},
    codes::PoolStatus,
    deploy::Contracts,
    output::{Render, Style, rows},
    pool::{self, PoolState, VALIDATOR_ETH},
    time::utc,
    units::{AmountView, format_amount},
};

use super::list::PoolSummary;
use crate::Context;

/// The validator behind an active pool.
#[derive(Debug, Serialize)]
pub struct DepositView {
    /// Its BLS public key.
    pub validator_pubkey: String,
    /// The ETH deposited.
    pub amount: AmountView,
    /// When it was deposited (unix time).
    pub activated_at: u64,
    /// The same as a UTC date.
    pub activated_at_utc: String,
    /// When its exit was last requested (unix time), if it was.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub exit_requested_at: Option<u64>,
}

/// A settled pool's payouts.
#[derive(Debug, Serialize)]
pub struct SettlementView {
    /// Rewards paid per staked ETH to the accounts that staked (principal is redeemed with aETH).
    pub rewards_per_eth: AmountView,
    /// The ETH its vault returned.
    pub returned: AmountView,
    /// The provider's share not yet claimed.
    pub provider_payout_unclaimed: AmountView,
}

/// One account's part in a pool.
#[derive(Debug, Serialize)]
pub struct AccountInPool {
    /// The account.
    pub address: Address,
    /// ETH it staked in this pool.
    pub principal: AmountView,
    /// ANKR fees it paid (refunded pro rata when unstaking before activation).
    pub fee_paid: AmountView,
    /// ETH it can claim now.
    pub claimable: AmountView,
    /// Its aETH balance (all pools).
    pub aeth_balance: AmountView,
}

/// `stkr pool show`.
#[derive(Debug, Serialize)]
pub struct PoolReport {
    /// The pool as `pool list` shows it: id, status, provider, fill and end time.
    #[serde(flatten)]
    pub summary: PoolSummary,
    /// The smallest stake (a stake that fills the pool exactly may be smaller).
    pub min_stake: AmountView,
    /// The fixed price FP in ANKR for 32 ETH, fixed when the pool opened.
    pub fixed_price: AmountView,
    /// The ANKR fee per staked ETH (FP / 32).
    pub fee_per_eth: AmountView,
    /// ANKR fees held until activation.
    pub fees_collected: AmountView,
    /// Stakers with ETH in the pool now (from the pool's stake events), when the node serves logs.
    pub stakers: Option<u64>,
    /// The withdrawal credentials this pool's validator must use: 0x01 and the pool's vault.
    pub withdrawal_credentials: B256,
    /// The withdrawal (execution) address to make deposit data with: the pool's own vault.
    pub withdrawal_address: Address,
    /// The validator, once activated.
    pub deposit: Option<DepositView>,
    /// Where its stakers went, when migrated.
    pub migrated_to: Option<u64>,
    /// Payouts, once settled.
    pub settlement: Option<SettlementView>,
    /// The account asked about.
    pub account: Option<AccountInPool>,
    /// What stakers (and the provider) can do now.
    pub actions: Vec<String>,
}

impl Render for PoolReport {
    fn render(&self, style: &Style) -> String {
        let summary = &self.summary;
        let mut lines: Vec<(&str, String)> = vec![
            ("status", summary.status_text()),
            ("provider", format!("{} ({} of its own)", summary.provider, summary.provider_stake)),
            (
                "filled",
                format!(
                    "{} of 32 ETH ({:.2} %), {} of room left",
                    summary.total_staked, summary.fill_percent, summary.room_left
                ),
            ),
            (
                "stakers",
                self.stakers.map(|n| n.to_string()).unwrap_or_else(|| "unknown (the node serves no logs)".into()),
            ),
            ("min stake", self.min_stake.to_string()),
            ("fee", format!("{} per ETH (FP {} per 32 ETH)", self.fee_per_eth, self.fixed_price)),
            ("ends", format!("{}{}", summary.end_time_utc, if summary.ended { " (passed)" } else { "" })),
        ];
        if self.fees_collected.wei != "0" {
            lines.push(("fees held", self.fees_collected.to_string()));
        }
        match &self.deposit {
            Some(d) => {
                lines.push(("validator", d.validator_pubkey.clone()));
                lines.push(("deposited", format!("{} on {}", d.amount, d.activated_at_utc)));
                if let Some(at) = d.exit_requested_at {
                    lines.push(("exit requested", utc(at)));
                }
                lines.push(("vault", format!("{} (its withdrawal address)", self.withdrawal_address)));
            }
            None => lines.push((
                "deposit data",
                format!("withdrawal address {} (credentials {})", self.withdrawal_address, self.withdrawal_credentials),
            )),
        }
        if let Some(to) = self.migrated_to {
            lines.push(("migrated to", format!("pool {to}")));
        }
        if let Some(s) = &self.settlement {
            lines.push(("returned", format!("{} from its vault", s.returned)));
            lines.push(("rewards", format!("{} per staked ETH", s.rewards_per_eth)));
            lines.push(("provider share", format!("{} unclaimed", s.provider_payout_unclaimed)));
        }
        if let Some(a) = &self.account {
            lines.push(("account", a.address.to_string()));
            lines.push(("  staked", format!("{} (fee paid {})", a.principal, a.fee_paid)));
            lines.push(("  claimable", a.claimable.to_string()));
            lines.push(("  aETH", a.aeth_balance.to_string()));
        }
        let mut text = format!("{}\n{}", style.bold(&format!("Pool {}", summary.id)), rows(style, &lines));
        if !self.actions.is_empty() {
            text.push_str(&format!("\n{}", style.bold("Now")));
            for action in &self.actions {
                text.push_str(&format!("\n  - {action}"));
            }
        }
        text
    }
}

/// What stakers and the provider can do with `pool` at time `now`.
fn actions(pool: &PoolState, now: u64, migrated_to: Option<u64>, account: Option<&AccountInPool>) -> Vec<String> {
    let id = pool.id;
    let fee = pool.fee_per_eth();
    let mut out = Vec::new();
    match pool.status {
        PoolStatus::Pending if now < pool.end_time && !pool.room().is_zero() => {
            let smallest = pool.min_stake.min(pool.room());
            out.push(format!(
                "stake {} to {} ETH (or exactly {} ETH to fill it) for aETH 1:1, paying {} ANKR per ETH: `stkr stake --pool {id} AMOUNT`",
                format_amount(smallest),
                format_amount(pool.room()),
                format_amount(pool.room()),
                format_amount(fee)
            ));
            out.push(format!(
                "stakers may take their ETH and fees back until it activates: `stkr unstake --pool {id}`"
            ));
        }
        PoolStatus::Pending if now < pool.end_time => {
            out.push(format!(
                "the pool is full: its provider activates it with `stkr pool activate {id} --deposit-data FILE` before {}",
                utc(pool.end_time)
            ));
            out.push(format!("stakers may still take their ETH and fees back until then: `stkr unstake --pool {id}`"));
        }
        PoolStatus::Pending => {
            out.push(format!("its end time has passed unactivated: anyone may cancel it with `stkr pool cancel {id}`"));
            out.push(format!("stakers take their ETH and fees back: `stkr unstake --pool {id}`"));
        }
        PoolStatus::Active if pool.failed => {
            out.push(format!(
                "governance reported its provider as failed: anyone may request the validator's exit now (`stkr pool exit {id}`) and settle the pool from its vault once the exit is there (`stkr pool settle {id}`)"
            ));
        }
        PoolStatus::Active => {
            let settle = if now >= pool.end_time {
                format!(
                    "its end time has passed: the provider exits the validator (anyone may from {}: `stkr pool exit {id}`), then anyone settles it from its vault with `stkr pool settle {id}` — at once with the 32 ETH principal there, a loss {} days after the exit request",
                    utc(pool.exit_due_at()),
                    stkr_core::pool::LOSS_SETTLEMENT_DELAY / 86_400
                )
            } else {
                format!("anyone settles it from its vault after {}, once the validator has exited", utc(pool.end_time))
            };
            out.push(format!(
                "stakes are locked while the validator runs: {settle}; aETH stays transferable meanwhile"
            ));
        }
        PoolStatus::Completed => {
            out.push(format!(
                "stakers claim rewards of {} ETH per staked ETH: `stkr claim`; whoever holds aETH redeems it 1:1 for the principal: `stkr redeem`",
                format_amount(pool.reward_per_eth)
            ));
            if !pool.provider_payout.is_zero() {
                out.push(format!("the provider claims its {} ETH: `stkr claim`", format_amount(pool.provider_payout)));
            }
        }
        PoolStatus::Cancelled => {
            out.push(format!("stakers take their ETH and fees back: `stkr unstake --pool {id}`"));
            out.push("the provider withdraws its ETH: `stkr claim`".into());
        }
        PoolStatus::Migrated => {
            let to = migrated_to.map(|t| format!("pool {t}")).unwrap_or_else(|| "another pool".into());
            out.push(format!(
                "its stakers now belong to {to}: they unstake or claim under this pool's id (`stkr unstake --pool {id}`, `stkr claim`)"
            ));
        }
        _ => {}
    }
    if let Some(a) = account
        && a.principal.wei != "0"
    {
        out.push(format!("{} has {} staked here", a.address, a.principal));
    }
    out
}

/// `stkr pool show`: the pool, the chain's time and the account's part in one round trip, then the
/// stakers from the pool's events.
pub(super) async fn run(ctx: &Context, id: u64, address: Option<Address>) -> Result<()> {
    let account = match address {
        Some(a) => Some(a),
        None if ctx.account.is_some() => Some(ctx.account_address()?),
        None => None,
    };
    let chain = ctx.chain().await?;
    let deployment = ctx.deployment(&chain).await?;
    let contracts = &deployment.contracts;
    let micro = contracts.micro_pool;
    let pool_id = U256::from(id);
    let mut batch = Batch::new();
    let resolved = batch.add(micro, MicroPool::resolvedPoolCall { poolId: pool_id });
    let mine = account.map(|staker| {
        (
            staker,
            batch.add(micro, MicroPool::getStakeCall { poolId: pool_id, staker }),
            batch.add(micro, MicroPool::claimableCall { poolId: pool_id, staker }),
            batch.add(contracts.aeth, AETH::balanceOfCall { account: staker }),
        )
    });
    let (pool, now, answers) = pool::read_pool(&chain, contracts, id, batch).await?;
    let account_view = match mine {
        Some((address, stake, claimable, aeth)) => {
            let stake = answers.get(stake)?;
            Some(AccountInPool {
                address,
                principal: AmountView::eth(U256::from(stake.principal)),
                fee_paid: AmountView::ankr(U256::from(stake.feePaid)),
                claimable: AmountView::eth(answers.get(claimable)?),
                aeth_balance: AmountView::of(answers.get(aeth)?, "aETH"),
            })
        }
        None => None,
    };
    let stakers = match count_stakers(&chain, contracts, deployment.deploy_block, id).await {
        Ok(n) => Some(n),
        Err(e) => {
            ctx.out.warn(format!("could not count the stakers from the pool's events: {e}"));
            None
        }
    };
    let migrated_to = (pool.status == PoolStatus::Migrated).then_some(answers.get(resolved)?.saturating_to::<u64>());
    let pubkey = match pool.activated_at {
        0 => None,
        _ => pool::validator_pubkey(&chain, contracts, id, deployment.deploy_block).await?,
    };
    let chain_facts = ChainFacts {
        now,
        stakers,
        credentials: pool::withdrawal_credentials_of(micro, id),
        pubkey: pubkey.map(|key| key.to_string()).unwrap_or_default(),
        vault: pool::vault_of(micro, id),
        migrated_to,
    };
    ctx.out.result(&report(&pool, chain_facts, account_view))?;
    Ok(())
}

/// What `pool show` read besides the pool.
struct ChainFacts {
    now: u64,
    stakers: Option<u64>,
    credentials: B256,
    pubkey: String,
    vault: Address,
    migrated_to: Option<u64>,
}

/// The report of `pool` with what was read around it.
fn report(pool: &PoolState, facts: ChainFacts, account: Option<AccountInPool>) -> PoolReport {
    let ChainFacts { now, stakers, credentials, pubkey, vault, migrated_to } = facts;
    PoolReport {
        summary: PoolSummary::new(pool, now),
        min_stake: AmountView::eth(pool.min_stake),
        fixed_price: AmountView::ankr(pool.fixed_price),
        fee_per_eth: AmountView::ankr(pool.fee_per_eth()),
        fees_collected: AmountView::ankr(pool.fees_collected),
        stakers,
        withdrawal_credentials: credentials,
        withdrawal_address: vault,
        deposit: (pool.activated_at != 0).then(|| DepositView {
            validator_pubkey: pubkey,
            amount: AmountView::eth(VALIDATOR_ETH),
            activated_at: pool.activated_at,
            activated_at_utc: utc(pool.activated_at),
            exit_requested_at: (pool.exit_requested_at != 0).then_some(pool.exit_requested_at),
        }),
        migrated_to,
        settlement: (pool.status == PoolStatus::Completed).then(|| SettlementView {
            rewards_per_eth: AmountView::eth(pool.reward_per_eth),
            returned: AmountView::eth(pool.returned),
            provider_payout_unclaimed: AmountView::eth(pool.provider_payout),
        }),
        actions: actions(pool, now, migrated_to, account.as_ref()),
        account,
    }
}

/// Stakers with ETH in pool `id` now: everyone who staked in it or in a pool migrated into it, whose stake
/// is still there. Two log queries and one batched read.
async fn count_stakers(chain: &Chain, contracts: &Contracts, from_block: u64, id: u64) -> Result<u64> {
    let provider = &chain.provider;
    let migrated_in = Filter::new()
        .address(contracts.micro_pool)
        .event_signature(MicroPool::PoolMigrated::SIGNATURE_HASH)
        .topic2(U256::from(id))
        .from_block(from_block);
    let sources: Vec<U256> = provider
        .get_logs(&migrated_in)
        .await
        .map_err(|e| transport_error(&chain.url, &e))?
        .iter()
        .filter_map(|log| log.log_decode::<MicroPool::PoolMigrated>().ok())
        .map(|log| log.inner.data.from)
        .chain(std::iter::once(U256::from(id)))
        .collect();
    let staked = Filter::new()
        .address(contracts.micro_pool)
        .event_signature(MicroPool::Staked::SIGNATURE_HASH)
        .topic1(sources.iter().map(|s| B256::from(*s)).collect::<Vec<_>>())
        .from_block(from_block);
    let mut pairs: Vec<(U256, Address)> = provider
        .get_logs(&staked)
        .await
        .map_err(|e| transport_error(&chain.url, &e))?
        .iter()
        .filter_map(|log| log.log_decode::<MicroPool::Staked>().ok())
        .map(|log| (log.inner.data.poolId, log.inner.data.staker))
        .collect();
    pairs.sort();
    pairs.dedup();
    let mut batch = Batch::new();
    let slots: Vec<_> = pairs
        .iter()
        .map(|&(pool, staker)| {
            (staker, batch.add(contracts.micro_pool, MicroPool::getStakeCall { poolId: pool, staker }))
        })
        .collect();
    let answers = batch.run(chain, contracts.multicall3).await?;
    let mut stakers: Vec<Address> = Vec::new();
    for (staker, slot) in slots {
        if !answers.get(slot)?.principal.is_zero() {
            stakers.push(staker);
        }
    }
    stakers.sort();
    stakers.dedup();
    Ok(stakers.len() as u64)
}
