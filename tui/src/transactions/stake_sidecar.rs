//! Stake ANKR on a node's sidecar: core's `check_sidecar_stake` (the CLI's checks and sentences) on what
//! `SidecarStakeFacts::read` found, then an ANKR approval when the allowance is short.

use alloy::primitives::U256;
use stkr_core::{
    Result,
    bindings::NodeRegistry,
    stake::{SidecarStakeFacts, check_sidecar_stake},
    tx::{Allowance, Transactor, request},
    units::format_amount,
};

use super::{Actor, Draft, with_approval};

pub(super) async fn draft(actor: &Actor, tx: &Transactor<'_>, node: u64, amount: U256) -> Result<Draft> {
    let (c, from) = (&actor.contracts, actor.from);
    let facts = SidecarStakeFacts::read(&actor.chain, c, from, node).await?;
    check_sidecar_stake(&facts, amount)?;
    let allowance =
        Allowance { token: c.ankr_token, spender: c.node_registry, needed: amount, current: facts.allowance };
    let label = format!("stake {} ANKR on node {node}'s sidecar", format_amount(amount));
    let stake = request(c.node_registry, NodeRegistry::stakeOnSidecarCall { nodeId: U256::from(node), amount });
    let summary = format!(
        "Stake {} ANKR on node {node}'s sidecar; it earns a share of the sidecar stakers' rewards.",
        format_amount(amount)
    );
    Ok(Draft::new(summary, with_approval(tx, allowance, "node registry", label, stake).await?))
}
