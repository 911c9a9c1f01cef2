//! Reveal the sealed bid on a project: core's `check_reveal` (the CLI's checks and sentences) on what
//! `RevealFacts::read` found, then the salt this data dir kept for it, checked against the commitment.

use alloy::primitives::U256;
use stkr_core::{
    Result,
    bindings::Marketplace,
    market::{RevealFacts, check_reveal},
    tx::{Transactor, request},
    units::format_amount,
};

use super::{Actor, Draft, Step};

pub(super) async fn draft(actor: &Actor, tx: &Transactor<'_>, project: u64) -> Result<Draft> {
    let (c, from) = (&actor.contracts, actor.from);
    let facts = RevealFacts::read(&actor.chain, c, from, project).await?;
    check_reveal(&facts)?;
    let path = facts.bid_file(&actor.data, actor.chain.chain_id, c.marketplace)?;
    let secret = facts.open_bid(&path, &actor.passphrase, &actor.account)?;
    let label = format!("reveal the bid on project {project}");
    let reveal = request(
        c.marketplace,
        Marketplace::revealBidCall { projectId: U256::from(project), price: secret.price, salt: secret.salt },
    );
    let summary = format!("Reveal the bid of {} ANKR on project {project}.", format_amount(secret.price));
    let steps = vec![Step::Ready(tx.prepare(label, reveal).await?)];
    Ok(Draft { revealed: Some(project), ..Draft::new(summary, steps) })
}
