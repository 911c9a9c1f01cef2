//! Reveal the sealed bid on a project, with the salt this data dir kept for it.

use alloy::primitives::{B256, U256};
use stkr_core::{
    Result,
    batch::Batch,
    bindings::Marketplace,
    sealed,
    tx::{Transactor, request},
    units::format_amount,
};

use super::{Actor, Draft, Step, refuse};

pub(super) async fn draft(actor: &Actor, tx: &Transactor<'_>, project: u64) -> Result<Draft> {
    let (c, from) = (&actor.contracts, actor.from);
    let id = U256::from(project);
    let mut batch = Batch::new();
    let commitment = batch.add(c.marketplace, Marketplace::commitmentForCall { projectId: id, bidder: from });
    let commitment = batch.run(&actor.chain, c.multicall3).await?.get(commitment)?;
    if commitment == B256::ZERO {
        return Err(refuse(format!("{from} has no sealed bid on project {project} to reveal")));
    }
    let chain_id = actor.chain.chain_id;
    let Some(path) = sealed::find(&actor.data, chain_id, c.marketplace, project, from, commitment) else {
        return Err(refuse(format!(
            "this data dir holds no salt for the sealed bid of {from} on project {project} (looked in {})",
            sealed::dir(&actor.data, chain_id).display()
        )));
    };
    let secret = sealed::open(&path, &actor.passphrase, &actor.account)?;
    let label = format!("reveal the bid on project {project}");
    let reveal =
        request(c.marketplace, Marketplace::revealBidCall { projectId: id, price: secret.price, salt: secret.salt });
    let summary = format!("Reveal the bid of {} ANKR on project {project}.", format_amount(secret.price));
    let steps = vec![Step::Ready(tx.prepare(label, reveal).await?)];
    Ok(Draft { revealed: Some(project), ..Draft::new(summary, steps) })
}
