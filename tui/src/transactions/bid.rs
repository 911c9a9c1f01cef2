//! Seal a bid on a project: core's `check_bid` (the CLI's checks and sentences) on what `BidFacts::read`
//! found, so no approval goes out for a bid the marketplace would refuse; then an ANKR approval for the
//! bond top-up when the allowance is short. The salt is stored, encrypted, before anything is sent.

use alloy::primitives::U256;
use stkr_core::{
    Result,
    bindings::Marketplace,
    market::{BidFacts, check_bid},
    sealed::{BidRecord, Secret},
    tx::{Allowance, Transactor, request},
    units::format_amount,
};

use super::{Actor, Draft, with_approval};

pub(super) async fn draft(actor: &Actor, tx: &Transactor<'_>, project: u64, price: U256) -> Result<Draft> {
    let (c, from) = (&actor.contracts, actor.from);
    let (facts, _) = BidFacts::read(&actor.chain, c, from, project).await?;
    let top_up = check_bid(&facts, price)?;
    let secret = Secret::new(price);
    let record = BidRecord::new(actor.chain.chain_id, c.marketplace, project, from, &secret);
    let label = format!("seal a bid on project {project}");
    let commit = request(
        c.marketplace,
        Marketplace::commitBidCall { projectId: U256::from(project), commitment: record.commitment },
    );
    let summary = format!(
        "Seal a bid of {} ANKR on project {project}; it locks a bond of {} ANKR. The salt is kept, \
         encrypted, in the data dir for the reveal.",
        format_amount(price),
        format_amount(facts.bid_bond)
    );
    let allowance = Allowance { token: c.ankr_token, spender: c.marketplace, needed: top_up, current: facts.allowance };
    let steps = with_approval(tx, allowance, "marketplace", label, commit).await?;
    Ok(Draft { seal: Some((record, secret)), ..Draft::new(summary, steps) })
}
