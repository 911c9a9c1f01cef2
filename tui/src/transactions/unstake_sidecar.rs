//! Take the whole ANKR stake off a node's sidecar: core's `check_sidecar_unstake` (the CLI's checks and
//! sentences) on what `SidecarUnstakeFacts::read` found, with what it forfeits said first.

use alloy::primitives::U256;
use stkr_core::{
    Result,
    bindings::NodeRegistry,
    stake::{SidecarUnstakeFacts, check_sidecar_unstake},
    tx::{Transactor, request},
    units::format_amount,
};

use super::{Actor, Draft, Step};

pub(super) async fn draft(actor: &Actor, tx: &Transactor<'_>, node: u64) -> Result<Draft> {
    let (c, from) = (&actor.contracts, actor.from);
    let facts = SidecarUnstakeFacts::read(&actor.chain, c, from, node).await?;
    let unstake = check_sidecar_unstake(&facts, None)?;
    let amount = unstake.amount;
    let label = format!("unstake {} ANKR from node {node}'s sidecar", format_amount(amount));
    let request = request(c.node_registry, NodeRegistry::unstakeFromSidecarCall { nodeId: U256::from(node), amount });
    let forfeits = match unstake.forfeits {
        Some((eth, ankr)) => format!(
            "; node {node} has not finished, so this forfeits {} ETH and {} ANKR of your unclaimed sidecar rewards \
             to the reward pool",
            format_amount(eth),
            format_amount(ankr)
        ),
        None => String::new(),
    };
    let summary = format!("Take {} ANKR back from node {node}'s sidecar{forfeits}.", format_amount(amount));
    Ok(Draft::new(summary, vec![Step::Ready(tx.prepare(label, request).await?)]))
}
