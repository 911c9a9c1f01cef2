//! `stkr claim`: every payout and reward of an account, gathered by core, claimed in one confirmed plan.

use alloy::{
    primitives::{Address, B256, U256},
    rpc::types::TransactionReceipt,
};
use eyre::Result;
use serde::Serialize;
use stkr_core::{
    Error,
    bindings::{MicroPool, StakerRewards},
    claims,
    deploy::Contracts,
    output::{Render, Style},
    receipt::events,
    tx::UnsignedPlan,
    units::{AmountView, format_amount},
};

use super::rewards::{ClaimableView, Totals, amounts, view};
use crate::Context;

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

/// `stkr claim`: every claim of `--account` in one confirmed plan, each its own transaction.
pub(super) async fn run(ctx: &Context) -> Result<()> {
    let session = ctx.session().await?;
    let (chain, c, from) = (&session.chain, &session.contracts, session.from);
    let gathered = claims::gather(chain, c, from).await?;
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
        let source = item.source(gathered.principal_of(item));
        let label = format!("claim {source}: {}", amounts(&AmountView::eth(item.eth), &AmountView::ankr(item.ankr)));
        plan.push(tx.prepare(label, item.request.clone()).await?);
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
        claims.push(ClaimedView { claim: view(&gathered, item, eth, ankr), transaction: receipt.transaction_hash });
    }
    ctx.out.result(&ClaimReport { account: from, claims, total: Totals::new(total_eth, total_ankr) })?;
    Ok(())
}
