//! Every Stkr node with its sidecar, uptime and the followed account's ANKR on it.

use alloy::primitives::{Address, U256};
use stkr_core::{
    Result,
    batch::{Answers, Batch, Slot},
    bindings::NodeRegistry,
    codes::{NodeHealth, NodeStatus},
    deploy::Contracts,
};

use crate::data::Node;

/// One node's slots: its record, its uptime and the account's stake on its sidecar.
type NodeSlots =
    (u64, Slot<NodeRegistry::getNodeCall>, Slot<NodeRegistry::uptimeOfCall>, Option<Slot<NodeRegistry::stakeOfCall>>);

/// Every node's slots.
pub(super) struct Slots(Vec<NodeSlots>);

impl Slots {
    pub(super) fn add(batch: &mut Batch, c: &Contracts, count: u64, me: Option<Address>) -> Self {
        Self(
            (1..=count)
                .map(|id| {
                    let node_id = U256::from(id);
                    let node = batch.add(c.node_registry, NodeRegistry::getNodeCall { nodeId: node_id });
                    let uptime = batch.add(c.node_registry, NodeRegistry::uptimeOfCall { nodeId: node_id });
                    let mine = me.map(|who| {
                        batch.add(c.node_registry, NodeRegistry::stakeOfCall { nodeId: node_id, staker: who })
                    });
                    (id, node, uptime, mine)
                })
                .collect(),
        )
    }

    pub(super) fn read(self, r: &Answers) -> Result<Vec<Node>> {
        self.0
            .into_iter()
            .map(|(id, node, uptime, mine)| {
                let n = r.get(node)?;
                Ok(Node {
                    id,
                    provider: n.provider,
                    sidecar: n.sidecar,
                    status: NodeStatus::from(n.status),
                    health: NodeHealth::from(n.health),
                    last_report_period: n.lastReportPeriod,
                    audits: (n.auditsPassed, n.auditsReceived),
                    uptime_bps: r.get(uptime)?.saturating_to::<u64>(),
                    sidecar_stake: U256::from(n.sidecarStake),
                    my_stake: mine.map(|slot| r.get(slot)).transpose()?.unwrap_or_default(),
                })
            })
            .collect()
    }
}
