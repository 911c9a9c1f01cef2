//! `stkr auction bid`: a sealed bid, pre-checked by core's rule, its salt stored before it is sent.

use alloy::primitives::{Address, B256, U256};
use eyre::Result;
use serde::Serialize;
use stkr_core::{
    bindings::Marketplace,
    market::{BidFacts, check_bid},
    output::{Render, Style, rows},
    receipt::event,
    sealed,
    sealed::{BidRecord, Secret},
    tx::request,
    units::{AmountView, format_amount},
};

use crate::{
    Context,
    market::{TimeView, send_with_allowance, unlock},
};

/// A sealed bid.
#[derive(Debug, Serialize)]
pub(super) struct BidReport {
    /// The project.
    pub project_id: u64,
    /// The bidder.
    pub bidder: Address,
    /// The price sealed in the bid (kept secret on chain until the reveal).
    pub price: AmountView,
    /// The commitment sent.
    pub commitment: B256,
    /// The bond locked from the bond balance.
    pub bond_locked: AmountView,
    /// The encrypted file holding the salt and price.
    pub bid_file: String,
    /// The reveal phase opens then.
    pub reveal_from: TimeView,
    /// And closes then.
    pub reveal_until: TimeView,
    /// The ANKR the marketplace was approved to take first, when the allowance was short.
    pub approved: Option<AmountView>,
    /// The bidding transaction.
    pub tx_hash: String,
}

impl Render for BidReport {
    fn render(&self, style: &Style) -> String {
        let id = self.project_id;
        [
            style.good(&format!("Sealed a bid of {} on project {id}.", self.price)),
            rows(
                style,
                &[
                    ("bond locked", self.bond_locked.to_string()),
                    ("salt and price", format!("{} (encrypted)", self.bid_file)),
                    ("reveal from", self.reveal_from.to_string()),
                    ("reveal until", self.reveal_until.to_string()),
                    ("transaction", self.tx_hash.clone()),
                ],
            ),
            style.dim(&format!(
                "Reveal it in the reveal phase with `stkr auction reveal {id}`; an unrevealed bid forfeits its bond."
            )),
        ]
        .join("\n")
    }
}

pub(super) async fn bid(ctx: &Context, id: u64, price: U256) -> Result<()> {
    let (chain, contracts) = ctx.reader().await?;
    let from = ctx.account_address()?;
    let project_id = U256::from(id);
    let (facts, project) = BidFacts::read(&chain, &contracts, from, id).await?;
    let top_up = check_bid(&facts, price)?;
    let (fixed_price, bond, allowance) = (facts.fixed_price, facts.bid_bond, facts.allowance);

    let (session, passphrase) = unlock(ctx, chain, contracts.clone()).await?;
    let chain_id = session.chain.chain_id;
    let secret = Secret::new(price);
    let record = BidRecord::new(chain_id, contracts.marketplace, id, from, &secret);
    let bid_file = sealed::path(&ctx.data, chain_id, id, from);
    ctx.out.status(format!(
        "Sealing a bid of {} ANKR on project {id} (ceiling {} ANKR); it locks a bond of {} ANKR{}.",
        format_amount(price),
        format_amount(fixed_price),
        format_amount(bond),
        if top_up.is_zero() {
            " from the bond balance".to_string()
        } else {
            format!(", {} ANKR of it taken from your ANKR", format_amount(top_up))
        }
    ));
    let tx = ctx.transactor(&session.chain, session.from);
    let request = request(
        contracts.marketplace,
        Marketplace::commitBidCall { projectId: project_id, commitment: record.commitment },
    );
    let label = format!("seal a bid on project {id}");
    let store = || -> Result<()> {
        let path = sealed::store(&ctx.data, &record, &secret, &passphrase)?;
        ctx.out.status(format!("Stored the salt and price, encrypted, in {}", path.display()));
        Ok(())
    };
    let Some(receipt) =
        send_with_allowance(&ctx.out, &tx, &contracts, allowance, top_up, label, request, store).await?
    else {
        return Ok(());
    };
    let committed: Marketplace::BidCommitted = event(&receipt, contracts.marketplace)?;
    let now = project.now;
    ctx.out.result(&BidReport {
        project_id: id,
        bidder: from,
        price: AmountView::ankr(price),
        commitment: committed.commitment,
        bond_locked: AmountView::ankr(bond),
        bid_file: bid_file.display().to_string(),
        reveal_from: TimeView::at(project.commit_end(), now),
        reveal_until: TimeView::at(project.reveal_end(), now),
        approved: (allowance < top_up).then(|| AmountView::ankr(top_up)),
        tx_hash: receipt.transaction_hash.to_string(),
    })?;
    Ok(())
}
