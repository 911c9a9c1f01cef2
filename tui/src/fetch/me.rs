//! The followed account's balances, stakes, bonds and pending rewards, read in the first round trip.

use alloy::primitives::{Address, U256};
use stkr_core::{
    Result,
    batch::{Answers, Batch, Slot},
    bindings::{AETH, AnkrToken, Governance, Marketplace, Multicall3, NodeRegistry, StakerRewards},
    codes::GovernorRole,
    deploy::Contracts,
};

use crate::data::Me;

/// The account's slots.
pub(super) struct Slots {
    address: Address,
    eth: Slot<Multicall3::getEthBalanceCall>,
    ankr: Slot<AnkrToken::balanceOfCall>,
    aeth: Slot<AETH::balanceOfCall>,
    sidecar_stake: Slot<NodeRegistry::totalStakeOfCall>,
    sidecar_rewards: Slot<NodeRegistry::pendingRewardsCall>,
    reward_stake: Slot<StakerRewards::stakeOfCall>,
    staker_rewards: Slot<StakerRewards::pendingRewardsCall>,
    bond: Slot<Marketplace::bondOfCall>,
    governance: Option<(Slot<Governance::memberOfCall>, Slot<Governance::pendingRewardsCall>)>,
}

impl Slots {
    pub(super) fn add(batch: &mut Batch, c: &Contracts, who: Address) -> Self {
        Self {
            address: who,
            governance: c.governance.map(|g| {
                (
                    batch.add(g, Governance::memberOfCall { account: who }),
                    batch.add(g, Governance::pendingRewardsCall { account: who }),
                )
            }),
            eth: batch.add(c.multicall3, Multicall3::getEthBalanceCall { account: who }),
            ankr: batch.add(c.ankr_token, AnkrToken::balanceOfCall { account: who }),
            aeth: batch.add(c.aeth, AETH::balanceOfCall { account: who }),
            sidecar_stake: batch.add(c.node_registry, NodeRegistry::totalStakeOfCall { staker: who }),
            sidecar_rewards: batch.add(c.node_registry, NodeRegistry::pendingRewardsCall { account: who }),
            reward_stake: batch.add(c.staker_rewards, StakerRewards::stakeOfCall { staker: who }),
            staker_rewards: batch.add(c.staker_rewards, StakerRewards::pendingRewardsCall { account: who }),
            bond: batch.add(c.marketplace, Marketplace::bondOfCall { bidder: who }),
        }
    }

    pub(super) fn read(self, r: &Answers) -> Result<Me> {
        let sidecar = r.get(self.sidecar_rewards)?;
        let staker = r.get(self.staker_rewards)?;
        let bond = r.get(self.bond)?;
        let (governance_stake, governance_role, governance_rewards) = match self.governance {
            Some((member, pending)) => {
                let m = r.get(member)?;
                let pending = r.get(pending)?;
                (U256::from(m.stake), GovernorRole::of(m.governor, m.candidate, m.invited), (pending.eth, pending.ankr))
            }
            None => (U256::ZERO, GovernorRole::None, (U256::ZERO, U256::ZERO)),
        };
        Ok(Me {
            address: self.address,
            eth: r.get(self.eth)?,
            ankr: r.get(self.ankr)?,
            aeth: r.get(self.aeth)?,
            sidecar_stake: r.get(self.sidecar_stake)?,
            reward_stake: r.get(self.reward_stake)?,
            governance_stake,
            governance_role,
            bond_free: bond.free,
            bond_locked: bond.locked,
            staker_rewards: (staker.eth, staker.ankr),
            sidecar_rewards: (sidecar.eth, sidecar.ankr),
            governance_rewards,
        })
    }
}
