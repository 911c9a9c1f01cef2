//! `stkr distribute`: run the reward pool's due distribution (anyone may, once every reward period).

use alloy::primitives::Address;
use clap::Args;
use eyre::Result;
use serde::Serialize;
use stkr_core::{
    bindings::RewardPool,
    output::{Render, Style},
    receipt::{event, events},
    tx::request,
    units::AmountView,
};

use crate::Context;

/// Run the reward pool's due distribution: 30 % to governors, 40 % to reward stakers, 20 % to sidecar stakers, 10 % to development, each by stake; then everyone's share shows in `stkr rewards`.
///
/// Anyone may run it, once every `reward-period`.
///
/// Examples:
///   stkr distribute --account dev3
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct DistributeArgs {}

/// One category's cut.
#[derive(Debug, Serialize)]
pub struct CutView {
    /// The contract its members claim from (or the development fund).
    pub to: Address,
    /// ETH.
    pub eth: AmountView,
    /// ANKR.
    pub ankr: AmountView,
}

/// What the distribution paid.
#[derive(Debug, Serialize)]
pub struct DistributeReport {
    /// The transaction.
    pub transaction: String,
    /// ETH paid out in all.
    pub eth: AmountView,
    /// ANKR paid out in all.
    pub ankr: AmountView,
    /// Each category's cut.
    pub cuts: Vec<CutView>,
}

impl Render for DistributeReport {
    fn render(&self, style: &Style) -> String {
        let mut lines = vec![style.good(&format!("distributed {} and {}", self.eth, self.ankr))];
        lines.extend(self.cuts.iter().map(|c| format!("  {}  {} + {}", c.to, c.eth, c.ankr)));
        lines.join("\n")
    }
}

impl DistributeArgs {
    /// Send the distribution.
    pub async fn run(self, ctx: &Context) -> Result<()> {
        let session = ctx.session().await?;
        let pool = session.contracts.reward_pool;
        let tx = ctx.transactor(&session.chain, session.from);
        let Some(receipt) = tx.send("distribute the reward pool", request(pool, RewardPool::distributeCall {})).await?
        else {
            return Ok(());
        };
        let total = event::<RewardPool::RewardsDistributed>(&receipt, pool)?;
        let cuts = events::<RewardPool::RewardCategoryPaid>(&receipt, pool)
            .into_iter()
            .map(|cut| CutView { to: cut.sink, eth: AmountView::eth(cut.eth), ankr: AmountView::ankr(cut.ankr) })
            .collect();
        ctx.out.result(&DistributeReport {
            transaction: receipt.transaction_hash.to_string(),
            eth: AmountView::eth(total.eth),
            ankr: AmountView::ankr(total.ankr),
            cuts,
        })?;
        Ok(())
    }
}
