//! Take the whole ANKR stake off a node's sidecar.

use alloy::primitives::U256;
use stkr_core::{
    Result,
    batch::Batch,
    bindings::NodeRegistry,
    tx::{Transactor, request},
    units::format_amount,
};

use super::{Actor, Draft, Step, refuse};

pub(super) async fn draft(actor: &Actor, tx: &Transactor<'_>, node: u64) -> Result<Draft> {
    let (c, from) = (&actor.contracts, actor.from);
    let id = U256::from(node);
    let mut batch = Batch::new();
    let staked = batch.add(c.node_registry, NodeRegistry::stakeOfCall { nodeId: id, staker: from });
    let staked = batch.run(&actor.chain, c.multicall3).await?.get(staked)?;
    if staked.is_zero() {
        return Err(refuse(format!("{from} has no ANKR on node {node}'s sidecar")));
    }
    let label = format!("unstake {} ANKR from node {node}'s sidecar", format_amount(staked));
    let unstake = request(c.node_registry, NodeRegistry::unstakeFromSidecarCall { nodeId: id, amount: staked });
    let summary = format!(
        "Take {} ANKR back from node {node}'s sidecar; before the node completes this forfeits its rewards.",
        format_amount(staked)
    );
    Ok(Draft::new(summary, vec![Step::Ready(tx.prepare(label, unstake).await?)]))
}
