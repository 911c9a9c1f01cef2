//! `stkr auction reveal`: open a sealed bid with the salt stored when it was made.

use alloy::primitives::{Address, B256, U256};
use eyre::Result;
use serde::Serialize;
use stkr_core::{
    bindings::Marketplace,
    market::{RevealFacts, check_reveal},
    output::{Render, Style, rows},
    receipt::{event, events},
    sealed,
    tx::request,
    units::{AmountView, format_amount},
};

use crate::{Context, market::unlock};

/// A revealed bid.
#[derive(Debug, Serialize)]
pub(super) struct RevealReport {
    /// The project.
    pub project_id: u64,
    /// The bidder.
    pub bidder: Address,
    /// The price revealed.
    pub price: AmountView,
    /// The salt that opened the commitment (public now that it is on chain).
    pub salt: B256,
    /// Whether the bid is ranked (among the lowest `auction-shortlist`): its bond stays locked until the
    /// auction is settled, and it stands in line for the project.
    pub ranked: bool,
    /// The bond returned to the bond balance now (zero while the bid is ranked).
    pub bond_returned: AmountView,
    /// Other bidders this bid pushed off the ranked bids: their bonds went back to their bond balances.
    pub pushed_off: Vec<Address>,
    /// The bid files removed, now that they are spent.
    pub removed_files: Vec<String>,
    /// The revealing transaction.
    pub tx_hash: String,
}

impl Render for RevealReport {
    fn render(&self, style: &Style) -> String {
        let (list, bond) = if self.ranked {
            ("ranked", "locked until the auction is settled".to_string())
        } else {
            ("not ranked (higher than the ranked bids)", format!("{} back to the bond balance", self.bond_returned))
        };
        let mut table = vec![("bond", bond)];
        if !self.pushed_off.is_empty() {
            let who: Vec<String> = self.pushed_off.iter().map(ToString::to_string).collect();
            table.push(("pushed off", format!("{} (bonds returned)", who.join(", "))));
        }
        table.push(("transaction", self.tx_hash.clone()));
        [
            style.good(&format!("Revealed a bid of {} on project {}: {list}.", self.price, self.project_id)),
            rows(style, &table),
        ]
        .join("\n")
    }
}

pub(super) async fn reveal(ctx: &Context, id: u64) -> Result<()> {
    let (chain, contracts) = ctx.reader().await?;
    let from = ctx.account_address()?;
    let project_id = U256::from(id);
    let facts = RevealFacts::read(&chain, &contracts, from, id).await?;
    check_reveal(&facts)?;
    let path = facts.bid_file(&ctx.data, chain.chain_id, contracts.marketplace)?;
    let name = ctx.account.clone().unwrap_or_default();
    let (session, passphrase) = unlock(ctx, chain, contracts.clone()).await?;
    let secret = facts.open_bid(&path, &passphrase, &name)?;
    ctx.out.status(format!("Revealing the bid of {} ANKR on project {id}.", format_amount(secret.price)));
    let tx = ctx.transactor(&session.chain, session.from);
    let request = request(
        contracts.marketplace,
        Marketplace::revealBidCall { projectId: project_id, price: secret.price, salt: secret.salt },
    );
    let Some(receipt) = tx.send(format!("reveal the bid on project {id}"), request).await? else {
        return Ok(());
    };
    let revealed: Marketplace::BidRevealed = event(&receipt, contracts.marketplace)?;
    let pushed_off = events::<Marketplace::BidDropped>(&receipt, contracts.marketplace)
        .into_iter()
        .map(|d| d.bidder)
        .filter(|&bidder| bidder != from)
        .collect();
    let removed = sealed::remove_all(&ctx.data, session.chain.chain_id, id, from);
    ctx.out.result(&RevealReport {
        project_id: id,
        bidder: from,
        price: AmountView::ankr(revealed.price),
        salt: secret.salt,
        ranked: revealed.shortlisted,
        bond_returned: AmountView::ankr(if revealed.shortlisted { U256::ZERO } else { facts.bid_bond }),
        pushed_off,
        removed_files: removed.iter().map(|p| p.display().to_string()).collect(),
        tx_hash: receipt.transaction_hash.to_string(),
    })?;
    Ok(())
}
