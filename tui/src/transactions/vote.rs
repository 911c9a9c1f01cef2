//! Vote yes or no on a proposal: core's `check_vote` (the CLI's checks and sentences) on what
//! `VoteFacts::read` found.

use alloy::primitives::U256;
use stkr_core::{
    Result,
    bindings::Governance,
    governance::{self, VoteFacts, check_vote},
    tx::{Transactor, request},
};

use super::{Actor, Draft, Step};

pub(super) async fn draft(actor: &Actor, tx: &Transactor<'_>, proposal: u64, support: bool) -> Result<Draft> {
    let governance = governance::address(&actor.contracts)?;
    check_vote(&VoteFacts::read(&actor.chain, &actor.contracts, actor.from, proposal).await?)?;
    let word = if support { "yes" } else { "no" };
    let label = format!("vote {word} on proposal {proposal}");
    let vote = request(governance, Governance::voteCall { id: U256::from(proposal), support });
    Ok(Draft::new(format!("Vote {word} on proposal {proposal}."), vec![Step::Ready(tx.prepare(label, vote).await?)]))
}
