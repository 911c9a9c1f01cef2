//! Redeem all the account's aETH for settled principal: core's `check_redeem` (the CLI's rule and
//! sentences) on what `RedeemFacts::read` found — paid now, or queued behind earlier redemptions.

use stkr_core::{
    Result,
    bindings::MicroPool,
    redeem::{RedeemFacts, check_redeem},
    tx::{Transactor, request},
    units::format_amount,
};

use super::{Actor, Draft, Step};

pub(super) async fn draft(actor: &Actor, tx: &Transactor<'_>) -> Result<Draft> {
    let c = &actor.contracts;
    let facts = RedeemFacts::read(&actor.chain, c, actor.from).await?;
    let (amount, how) = check_redeem(&facts, None)?;
    let call = request(c.micro_pool, MicroPool::redeemCall { amount });
    let label = format!("redeem {} aETH", format_amount(amount));
    Ok(Draft::new(how.sentence(amount), vec![Step::Ready(tx.prepare(label, call).await?)]))
}
