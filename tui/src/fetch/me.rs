//! The followed account's balances, stakes, bonds and pending rewards, read in the first round trip.

use alloy::primitives::{Address, U256};
use stkr_core::{
    Result,
    batch::{Answers, Batch, Slot},
    bindings::Governance,
    codes::GovernorRole,
    deploy::Contracts,
    holdings::HoldingSlots,
};

use crate::data::Me;

/// The account's slots.
pub(super) struct Slots {
    address: Address,
    holdings: HoldingSlots,
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
            holdings: HoldingSlots::add(batch, c, who),
        }
    }

    pub(super) fn read(self, r: &Answers) -> Result<Me> {
        let held = self.holdings.read(r)?;
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
            eth: held.eth,
            ankr: held.ankr,
            aeth: held.aeth,
            sidecar_stake: held.sidecar_stake,
            reward_stake: held.reward_stake,
            governance_stake,
            governance_role,
            bond_free: held.bond_free,
            bond_locked: held.bond_locked,
            staker_rewards: held.staker_rewards,
            // Filled from the nodes' round trip: rewards vest node by node.
            sidecar_rewards: (U256::ZERO, U256::ZERO),
            sidecar_vesting: (U256::ZERO, U256::ZERO),
            governance_rewards,
        })
    }
}
