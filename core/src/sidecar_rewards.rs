//! Sidecar stakes node by node and what each has earned: a stake's rewards vest when its node finishes
//! (§3.1), and withdrawing from a running node forfeits the withdrawn part's — one home for `stkr claim`,
//! `stkr rewards`, `stkr status` and the dashboard.

use alloy::primitives::{Address, U256};

use crate::{
    Result,
    batch::{Answers, Batch, Slot},
    bindings::NodeRegistry,
    chain::Chain,
    codes::NodeStatus,
    deploy::Contracts,
};

/// One account's stake on one node's sidecar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SidecarPosition {
    /// The node.
    pub node_id: u64,
    /// The node's status: rewards vest once it is `Finished`.
    pub status: NodeStatus,
    /// ANKR staked on its sidecar.
    pub staked: U256,
    /// ETH earned and not claimed.
    pub pending_eth: U256,
    /// ANKR earned and not claimed.
    pub pending_ankr: U256,
}

impl SidecarPosition {
    /// Whether its rewards can be claimed: the node has finished.
    pub fn is_vested(&self) -> bool {
        self.status == NodeStatus::Finished
    }

    /// Whether it has earned anything not yet claimed.
    pub fn has_rewards(&self) -> bool {
        !self.pending_eth.is_zero() || !self.pending_ankr.is_zero()
    }
}

/// An account's sidecar rewards in two parts (ETH, ANKR): claimable now, and still vesting on running nodes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SidecarRewards {
    /// On finished nodes: claimable.
    pub vested: (U256, U256),
    /// On running nodes: claimable once each finishes, forfeited by withdrawing first.
    pub vesting: (U256, U256),
}

impl SidecarRewards {
    /// Add up `positions`.
    pub fn of(positions: &[SidecarPosition]) -> Self {
        positions.iter().fold(Self::default(), |mut sum, p| {
            let part = if p.is_vested() { &mut sum.vested } else { &mut sum.vesting };
            part.0 += p.pending_eth;
            part.1 += p.pending_ankr;
            sum
        })
    }

    /// Both parts together.
    pub fn total(&self) -> (U256, U256) {
        (self.vested.0 + self.vesting.0, self.vested.1 + self.vesting.1)
    }
}

/// One node's slots: its record, the account's stake on it and what that stake earned.
type NodeSlots =
    (u64, Slot<NodeRegistry::getNodeCall>, Slot<NodeRegistry::stakeOfCall>, Slot<NodeRegistry::pendingRewardsCall>);

/// The slots of an account's stake and rewards on every node, in a caller's batch.
#[derive(Debug)]
pub struct PositionSlots {
    slots: Vec<NodeSlots>,
}

impl PositionSlots {
    /// Add `staker`'s stake and rewards on nodes 1 to `count` to `batch`.
    pub fn add(batch: &mut Batch, c: &Contracts, count: u64, staker: Address) -> Self {
        let registry = c.node_registry;
        let slots = (1..=count)
            .map(|id| {
                let node_id = U256::from(id);
                (
                    id,
                    batch.add(registry, NodeRegistry::getNodeCall { nodeId: node_id }),
                    batch.add(registry, NodeRegistry::stakeOfCall { nodeId: node_id, staker }),
                    batch.add(registry, NodeRegistry::pendingRewardsCall { nodeId: node_id, staker }),
                )
            })
            .collect();
        Self { slots }
    }

    /// The positions that hold a stake or unclaimed rewards, in node order.
    pub fn read(self, r: &Answers) -> Result<Vec<SidecarPosition>> {
        let mut positions = Vec::new();
        for (node_id, node, staked, pending) in self.slots {
            let pending = r.get(pending)?;
            let position = SidecarPosition {
                node_id,
                status: NodeStatus::from(r.get(node)?.status),
                staked: r.get(staked)?,
                pending_eth: pending.eth,
                pending_ankr: pending.ankrAmount,
            };
            if !position.staked.is_zero() || position.has_rewards() {
                positions.push(position);
            }
        }
        Ok(positions)
    }
}

/// `staker`'s positions on every node: two round trips (the node count, then the positions).
pub async fn positions(chain: &Chain, c: &Contracts, staker: Address) -> Result<Vec<SidecarPosition>> {
    let mut batch = Batch::new();
    let count = batch.add(c.node_registry, NodeRegistry::nodeCountCall {});
    let count = batch.run(chain, c.multicall3).await?.get(count)?.saturating_to::<u64>();
    let mut batch = Batch::new();
    let slots = PositionSlots::add(&mut batch, c, count, staker);
    slots.read(&batch.run(chain, c.multicall3).await?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn position(node_id: u64, status: NodeStatus, eth: u64) -> SidecarPosition {
        SidecarPosition {
            node_id,
            status,
            staked: U256::from(1u64),
            pending_eth: U256::from(eth),
            pending_ankr: U256::from(eth * 10),
        }
    }

    #[test]
    fn rewards_vest_only_on_finished_nodes() {
        let positions = [
            position(1, NodeStatus::Active, 5),
            position(2, NodeStatus::Finished, 7),
            position(3, NodeStatus::Active, 1),
        ];
        let rewards = SidecarRewards::of(&positions);
        assert_eq!(rewards.vested, (U256::from(7u64), U256::from(70u64)));
        assert_eq!(rewards.vesting, (U256::from(6u64), U256::from(60u64)));
        assert_eq!(rewards.total(), (U256::from(13u64), U256::from(130u64)));
        assert!(positions[1].is_vested());
        assert!(!positions[0].is_vested());
    }
}
