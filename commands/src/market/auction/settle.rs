//! `stkr auction settle` and `forfeit`: close an auction, and send unrevealed bonds to the reward pool.

use alloy::primitives::{Address, B256, U256};
use eyre::Result;
use serde::Serialize;
use stkr_core::{
    batch::Batch,
    bindings::{Marketplace, Multicall3},
    market::{SettleFacts, check_settle, read_project},
    output::{Render, Style, rows},
    receipt::{event, events},
    tx::request,
    units::AmountView,
};

use super::{bid_slots, refuse};
use crate::Context;

/// A settled auction.
#[derive(Debug, Serialize)]
pub(super) struct SettleReport {
    /// The project.
    pub project_id: u64,
    /// Whether a provider was assigned (else FP went back to the requester, or the draw was only armed).
    pub assigned: bool,
    /// When bids tie within the band, the first settle only arms the block whose hash seeds the draw: settle
    /// again once it is mined.
    pub draw_armed_for_block: Option<u64>,
    /// Winners that could not take the project and forfeited their bond, in the order they were chosen.
    pub defaulted: Vec<Address>,
    /// The winner.
    pub provider: Option<Address>,
    /// The price it is paid.
    pub price: Option<AmountView>,
    /// Its own bid (the price differs with second-price auctions).
    pub bid: Option<AmountView>,
    /// FP refunded to the requester when no provider was assigned.
    pub refunded: Option<AmountView>,
    /// The settling transaction.
    pub tx_hash: String,
}

impl Render for SettleReport {
    fn render(&self, style: &Style) -> String {
        if let Some(block) = self.draw_armed_for_block {
            return [
                style.good(&format!(
                    "Bids on project {} tie within the band: the draw is armed, seeded by the hash of block {block}.",
                    self.project_id
                )),
                format!("Run `stkr auction settle {}` again once block {block} is mined.", self.project_id),
                rows(style, &[("transaction", self.tx_hash.clone())]),
            ]
            .join("\n");
        }
        let mut lines = Vec::new();
        for bidder in &self.defaulted {
            lines.push(style.warn(&format!("{bidder} could not take the project: its bond went to the reward pool.")));
        }
        let headline = match (&self.provider, &self.price) {
            (Some(provider), Some(price)) => {
                format!("Project {} goes to {provider} at {price}; it is running.", self.project_id)
            }
            _ => format!(
                "Project {} had no valid bid: {} went back to the requester.",
                self.project_id,
                self.refunded.as_ref().map(ToString::to_string).unwrap_or_default()
            ),
        };
        lines.push(style.good(&headline));
        lines.push(rows(style, &[("transaction", self.tx_hash.clone())]));
        lines.join("\n")
    }
}

pub(super) async fn settle(ctx: &Context, id: u64) -> Result<()> {
    let (chain, contracts) = ctx.reader().await?;
    let mut batch = Batch::new();
    let draw = batch.add(contracts.marketplace, Marketplace::drawOfCall { projectId: U256::from(id) });
    let block = batch.add(contracts.multicall3, Multicall3::getBlockNumberCall {});
    let (loaded, answers) = read_project(&chain, &contracts, id, batch).await?;
    let facts = SettleFacts {
        auction: loaded.auction(),
        draw_block: answers.get(draw)?.drawBlock.saturating_to(),
        latest_block: answers.get(block)?.saturating_to(),
    };
    check_settle(&facts)?;
    let session = ctx.session().await?;
    let tx = ctx.transactor(&session.chain, session.from);
    let request = request(contracts.marketplace, Marketplace::settleCall { projectId: U256::from(id) });
    let Some(receipt) = tx.send(format!("settle the auction of project {id}"), request).await? else {
        return Ok(());
    };
    let market = contracts.marketplace;
    let tx_hash = receipt.transaction_hash.to_string();
    let defaulted = events::<Marketplace::WinnerDefaulted>(&receipt, market).into_iter().map(|d| d.bidder).collect();
    let base = SettleReport {
        project_id: id,
        assigned: false,
        draw_armed_for_block: None,
        defaulted,
        provider: None,
        price: None,
        bid: None,
        refunded: None,
        tx_hash,
    };
    let report = if let Some(armed) = events::<Marketplace::DrawRearmed>(&receipt, market).first() {
        SettleReport { draw_armed_for_block: Some(armed.drawBlock.saturating_to()), ..base }
    } else if let Ok(assigned) = event::<Marketplace::ProjectAssigned>(&receipt, market) {
        SettleReport {
            assigned: true,
            provider: Some(assigned.provider),
            price: Some(AmountView::ankr(assigned.price)),
            bid: Some(AmountView::ankr(assigned.bid)),
            ..base
        }
    } else {
        event::<Marketplace::ProjectUnassigned>(&receipt, market)?;
        SettleReport { refunded: Some(AmountView::ankr(loaded.fixed_price())), ..base }
    };
    ctx.out.result(&report)?;
    Ok(())
}

/// A forfeited bond.
#[derive(Debug, Serialize)]
pub(super) struct ForfeitReport {
    /// The project.
    pub project_id: u64,
    /// The bidder that did not reveal.
    pub bidder: Address,
    /// The bond sent to the reward pool.
    pub bond: AmountView,
    /// The reward pool.
    pub reward_pool: Address,
    /// The forfeiting transaction.
    pub tx_hash: String,
}

impl Render for ForfeitReport {
    fn render(&self, style: &Style) -> String {
        [
            style.good(&format!(
                "The bond of {} on project {} went to the reward pool: {}.",
                self.bidder, self.project_id, self.bond
            )),
            rows(style, &[("transaction", self.tx_hash.clone())]),
        ]
        .join("\n")
    }
}

pub(super) async fn forfeit(ctx: &Context, id: u64, bidder: Address) -> Result<()> {
    let (chain, contracts) = ctx.reader().await?;
    let project_id = U256::from(id);
    let mut batch = Batch::new();
    let (commitment, revealed) = bid_slots(&mut batch, &contracts, id, bidder);
    let (loaded, answers) = read_project(&chain, &contracts, id, batch).await?;
    if loaded.now < loaded.reveal_end() {
        return Err(refuse(format!(
            "the bond of an unrevealed bid on project {id} can be forfeited from {}, when its reveal phase ends",
            loaded.when(loaded.reveal_end())
        )));
    }
    if answers.get(revealed)?.revealed {
        return Err(refuse(format!("{bidder} revealed its bid on project {id}, so its bond is not forfeit")));
    }
    if answers.get(commitment)? == B256::ZERO {
        return Err(refuse(format!("{bidder} has no unrevealed bid on project {id} (none, or already forfeited)")));
    }
    let session = ctx.session().await?;
    let tx = ctx.transactor(&session.chain, session.from);
    let request = request(contracts.marketplace, Marketplace::forfeitBondCall { projectId: project_id, bidder });
    let Some(receipt) = tx.send(format!("forfeit the bond of {bidder} on project {id}"), request).await? else {
        return Ok(());
    };
    let forfeited: Marketplace::BondForfeited = event(&receipt, contracts.marketplace)?;
    ctx.out.result(&ForfeitReport {
        project_id: id,
        bidder,
        bond: AmountView::ankr(forfeited.bond),
        reward_pool: contracts.reward_pool,
        tx_hash: receipt.transaction_hash.to_string(),
    })?;
    Ok(())
}
