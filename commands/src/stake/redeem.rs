//! `stkr redeem`: aETH burned for ETH of settled principal — paid now, or queued behind earlier
//! redemptions — and a queued ticket paid once settlements cover it; each checked by core first.

use alloy::primitives::{Address, B256, U256};
use eyre::Result;
use serde::Serialize;
use stkr_core::{
    bindings::MicroPool,
    output::{Render, Style, rows},
    receipt::event,
    redeem::{RedeemFacts, check_redeem, check_ticket},
    tx::request,
    units::{AmountView, format_amount},
};

use crate::Context;

/// What a redemption did.
#[derive(Debug, Serialize)]
pub struct RedeemReport {
    /// The holder (or, for a ticket, its owner).
    pub holder: Address,
    /// aETH redeemed (for a ticket: the aETH it held in escrow).
    pub aeth: AmountView,
    /// ETH paid now (zero when queued).
    pub eth_paid: AmountView,
    /// The queue ticket, when the reserve could not pay it now.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ticket: Option<u64>,
    /// What the queued aETH is worth at today's rate.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub queued_value: Option<AmountView>,
    /// The transaction.
    pub transaction: B256,
}

impl Render for RedeemReport {
    fn render(&self, style: &Style) -> String {
        let mut lines = vec![("aETH", self.aeth.to_string()), ("paid", self.eth_paid.to_string())];
        if let (Some(ticket), Some(value)) = (self.ticket, &self.queued_value) {
            lines.push((
                "queued",
                format!("ticket {ticket}, worth {value} today; paid as pools settle: `stkr redeem --ticket {ticket}`"),
            ));
        }
        lines.push(("transaction", self.transaction.to_string()));
        rows(style, &lines)
    }
}

/// `stkr redeem [AMOUNT]`: the account's aETH (all of it by default) for settled principal.
pub(super) async fn redeem(ctx: &Context, amount: Option<U256>) -> Result<()> {
    let (reader, contracts) = ctx.reader().await?;
    let holder = ctx.account_address()?;
    let facts = RedeemFacts::read(&reader, &contracts, holder).await?;
    let (amount, how) = check_redeem(&facts, amount)?;
    ctx.out.status(how.sentence(amount));
    let session = ctx.session().await?;
    let tx = ctx.transactor(&session.chain, session.from);
    let call = request(contracts.micro_pool, MicroPool::redeemCall { amount });
    let Some(receipt) = tx.send(format!("redeem {} aETH", format_amount(amount)), call).await? else {
        return Ok(());
    };
    let redeemed = event::<MicroPool::Redeemed>(&receipt, contracts.micro_pool)?;
    let queued = !redeemed.ticketId.is_zero();
    ctx.out.result(&RedeemReport {
        holder,
        aeth: AmountView::of(redeemed.aeth, "aETH"),
        eth_paid: AmountView::eth(if queued { U256::ZERO } else { redeemed.eth }),
        ticket: queued.then(|| redeemed.ticketId.saturating_to()),
        queued_value: queued.then(|| AmountView::eth(redeemed.eth)),
        transaction: receipt.transaction_hash,
    })?;
    Ok(())
}

/// `stkr redeem --ticket ID`: pay a queued redemption to its owner (anyone may).
pub(super) async fn ticket(ctx: &Context, id: u64) -> Result<()> {
    let (reader, contracts) = ctx.reader().await?;
    let from = ctx.account_address()?;
    let ticket = MicroPool::new(contracts.micro_pool, &reader.provider)
        .getTicket(U256::from(id))
        .call()
        .await
        .map_err(|e| stkr_core::Error::Rpc(format!("reading redemption ticket {id}: {e}")))?;
    let facts = RedeemFacts::read(&reader, &contracts, from).await?;
    let eth = check_ticket(&facts, id, &ticket)?;
    ctx.out.status(format!("Paying redemption ticket {id}: {} ETH to {}.", format_amount(eth), ticket.owner));
    let session = ctx.session().await?;
    let tx = ctx.transactor(&session.chain, session.from);
    let call = request(contracts.micro_pool, MicroPool::claimRedemptionCall { ticketId: U256::from(id) });
    let Some(receipt) = tx.send(format!("pay redemption ticket {id}"), call).await? else {
        return Ok(());
    };
    let paid = event::<MicroPool::RedemptionClaimed>(&receipt, contracts.micro_pool)?;
    ctx.out.result(&RedeemReport {
        holder: paid.owner,
        aeth: AmountView::of(U256::from(ticket.amount), "aETH"),
        eth_paid: AmountView::eth(paid.eth),
        ticket: Some(id),
        queued_value: None,
        transaction: receipt.transaction_hash,
    })?;
    Ok(())
}
