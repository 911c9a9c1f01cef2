//! What an account holds and has pending across the protocol — balances, stakes, bid bonds and rewards —
//! added to a caller's batch and read from its answers: one read for `stkr status` and the dashboard.

use alloy::primitives::{Address, U256};

use crate::{
    Result,
    batch::{Answers, Batch, Slot},
    bindings::{AETH, AnkrToken, Marketplace, Multicall3, NodeRegistry, StakerRewards},
    deploy::Contracts,
};

/// An account's holdings.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Holdings {
    /// ETH.
    pub eth: U256,
    /// ANKR in the wallet.
    pub ankr: U256,
    /// aETH.
    pub aeth: U256,
    /// ANKR staked on sidecars, all nodes together.
    pub sidecar_stake: U256,
    /// ANKR staked for reward shares.
    pub reward_stake: U256,
    /// Unclaimed reward-share rewards (ETH, ANKR).
    pub staker_rewards: (U256, U256),
    /// Bid bonds free to bid with or withdraw.
    pub bond_free: U256,
    /// Bid bonds locked in sealed bids.
    pub bond_locked: U256,
}

/// The slots of an account's holdings in a batch.
#[derive(Debug)]
pub struct HoldingSlots {
    eth: Slot<Multicall3::getEthBalanceCall>,
    ankr: Slot<AnkrToken::balanceOfCall>,
    aeth: Slot<AETH::balanceOfCall>,
    sidecar_stake: Slot<NodeRegistry::totalStakeOfCall>,
    reward_stake: Slot<StakerRewards::stakeOfCall>,
    staker_rewards: Slot<StakerRewards::pendingRewardsCall>,
    bond: Slot<Marketplace::bondOfCall>,
}

impl HoldingSlots {
    /// Add `who`'s holdings to `batch`.
    pub fn add(batch: &mut Batch, c: &Contracts, who: Address) -> Self {
        Self {
            eth: batch.add(c.multicall3, Multicall3::getEthBalanceCall { account: who }),
            ankr: batch.add(c.ankr_token, AnkrToken::balanceOfCall { account: who }),
            aeth: batch.add(c.aeth, AETH::balanceOfCall { account: who }),
            sidecar_stake: batch.add(c.node_registry, NodeRegistry::totalStakeOfCall { staker: who }),
            reward_stake: batch.add(c.staker_rewards, StakerRewards::stakeOfCall { staker: who }),
            staker_rewards: batch.add(c.staker_rewards, StakerRewards::pendingRewardsCall { account: who }),
            bond: batch.add(c.marketplace, Marketplace::bondOfCall { bidder: who }),
        }
    }

    /// The holdings from the batch's answers.
    pub fn read(&self, r: &Answers) -> Result<Holdings> {
        let (staker, bond) = (r.get(self.staker_rewards)?, r.get(self.bond)?);
        Ok(Holdings {
            eth: r.get(self.eth)?,
            ankr: r.get(self.ankr)?,
            aeth: r.get(self.aeth)?,
            sidecar_stake: r.get(self.sidecar_stake)?,
            reward_stake: r.get(self.reward_stake)?,
            staker_rewards: (staker.eth, staker.ankr),
            bond_free: bond.free,
            bond_locked: bond.locked,
        })
    }
}
