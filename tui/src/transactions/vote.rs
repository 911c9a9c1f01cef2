//! Vote yes or no on a proposal.

use alloy::primitives::U256;
use stkr_core::{
    Result,
    bindings::Governance,
    tx::{Transactor, request},
};

use super::{Actor, Draft, Step, refuse};

pub(super) async fn draft(actor: &Actor, tx: &Transactor<'_>, proposal: u64, support: bool) -> Result<Draft> {
    let governance = actor.contracts.governance.ok_or_else(|| refuse("this deployment has no governance contract"))?;
    let word = if support { "yes" } else { "no" };
    let label = format!("vote {word} on proposal {proposal}");
    let vote = request(governance, Governance::voteCall { id: U256::from(proposal), support });
    Ok(Draft::new(format!("Vote {word} on proposal {proposal}."), vec![Step::Ready(tx.prepare(label, vote).await?)]))
}
