//! `stkr auction list` and `show`: the projects in their auction, and one auction's bidders.

use alloy::primitives::{Address, B256};
use eyre::Result;
use serde::Serialize;
use stkr_core::{
    batch::Batch,
    bindings::Marketplace,
    output::{Render, Style, rows},
    sealed,
    units::AmountView,
};

use super::bid_slots;
use crate::{
    Context,
    market::{
        all_projects,
        project::{ProjectList, ProjectRow, ProjectView, band_text, project_view},
        project_logs, table,
    },
};

pub(super) async fn list(ctx: &Context) -> Result<()> {
    let (chain, contracts) = ctx.reader().await?;
    let (projects, now) = all_projects(&chain, &contracts).await?;
    let projects = projects.iter().filter(|l| l.is_bidding()).map(ProjectRow::new).collect();
    ctx.out.result(&ProjectList { chain_time: now, projects, auctions: true })?;
    Ok(())
}

/// One bidder of an auction.
#[derive(Debug, Serialize)]
pub(super) struct BidderView {
    /// Who bid.
    pub bidder: Address,
    /// sealed, revealed or forfeited.
    pub state: &'static str,
    /// The revealed price.
    pub price: Option<AmountView>,
    /// Whether this data dir holds the sealed bid's salt and price.
    pub stored_here: bool,
}

/// A project's auction.
#[derive(Debug, Serialize)]
pub(super) struct AuctionView {
    /// The project.
    #[serde(flatten)]
    pub project: ProjectView,
    /// Every account that sealed a bid, in the order they bid.
    pub bidders: Vec<BidderView>,
}

impl Render for AuctionView {
    fn render(&self, style: &Style) -> String {
        let mut out =
            vec![style.bold(&format!("Auction of project {}", self.project.id)), rows(style, &self.project.rows())];
        if !self.bidders.is_empty() {
            out.push(String::new());
            out.push("Bidders:".into());
            let rows: Vec<Vec<String>> = self
                .bidders
                .iter()
                .map(|b| {
                    vec![
                        b.bidder.to_string(),
                        b.state.to_string(),
                        b.price.as_ref().map(ToString::to_string).unwrap_or_default(),
                        if b.stored_here { "salt stored here".into() } else { String::new() },
                    ]
                })
                .collect();
            out.push(table(style, &["BIDDER", "STATE", "PRICE", ""], &rows));
        }
        if let Some(ranked) = self.project.ranked_table(style) {
            out.push(String::new());
            out.push(format!("Revealed bids, lowest first (tie band {}):", band_text(self.project.tie_band_bps)));
            out.push(ranked);
        }
        out.join("\n")
    }
}

pub(super) async fn show(ctx: &Context, id: u64) -> Result<()> {
    let (chain, contracts) = ctx.reader().await?;
    let (project, _) = project_view(ctx, &chain, &contracts, id).await?;
    let mut bidders: Vec<Address> = Vec::new();
    for committed in project_logs::<Marketplace::BidCommitted>(ctx, &chain, &contracts, id).await? {
        if !bidders.contains(&committed.bidder) {
            bidders.push(committed.bidder);
        }
    }
    let mut batch = Batch::new();
    let slots: Vec<_> = bidders.iter().map(|&bidder| bid_slots(&mut batch, &contracts, id, bidder)).collect();
    let answers = batch.run(&chain, contracts.multicall3).await?;
    let mut views = Vec::new();
    for (&bidder, (commitment, revealed)) in bidders.iter().zip(&slots) {
        let commitment = answers.get(*commitment)?;
        let revealed = answers.get(*revealed)?;
        let state = if revealed.revealed {
            "revealed"
        } else if commitment != B256::ZERO {
            "sealed"
        } else {
            "forfeited"
        };
        let stored_here = commitment != B256::ZERO
            && sealed::find(&ctx.data, chain.chain_id, contracts.marketplace, id, bidder, commitment).is_some();
        views.push(BidderView {
            bidder,
            state,
            price: revealed.revealed.then(|| AmountView::ankr(revealed.price)),
            stored_here,
        });
    }
    ctx.out.result(&AuctionView { project, bidders: views })?;
    Ok(())
}
