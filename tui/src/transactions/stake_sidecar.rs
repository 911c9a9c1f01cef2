//! Stake ANKR on a node's sidecar, after an ANKR approval when the allowance is short.

use alloy::primitives::U256;
use stkr_core::{
    Result,
    batch::Batch,
    bindings::{AnkrToken, NodeRegistry},
    tx::{Allowance, Transactor, request},
    units::format_amount,
};

use super::{Actor, Draft, refuse, with_approval};

pub(super) async fn draft(actor: &Actor, tx: &Transactor<'_>, node: u64, amount: U256) -> Result<Draft> {
    let (c, from) = (&actor.contracts, actor.from);
    let mut batch = Batch::new();
    let ankr = batch.add(c.ankr_token, AnkrToken::balanceOfCall { account: from });
    let allowance = batch.add(c.ankr_token, AnkrToken::allowanceCall { owner: from, spender: c.node_registry });
    let r = batch.run(&actor.chain, c.multicall3).await?;
    let ankr = r.get(ankr)?;
    if ankr < amount {
        return Err(refuse(format!(
            "{from} holds {} ANKR, less than the {} ANKR to stake",
            format_amount(ankr),
            format_amount(amount)
        )));
    }
    let allowance =
        Allowance { token: c.ankr_token, spender: c.node_registry, needed: amount, current: r.get(allowance)? };
    let label = format!("stake {} ANKR on node {node}'s sidecar", format_amount(amount));
    let stake = request(c.node_registry, NodeRegistry::stakeOnSidecarCall { nodeId: U256::from(node), amount });
    let summary = format!(
        "Stake {} ANKR on node {node}'s sidecar; it earns a share of the sidecar stakers' rewards.",
        format_amount(amount)
    );
    Ok(Draft::new(summary, with_approval(tx, allowance, "node registry", label, stake).await?))
}
