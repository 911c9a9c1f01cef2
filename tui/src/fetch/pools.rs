//! Every micro-pool, as core reads its record, with the followed account's stake and claim in each.

use alloy::primitives::{Address, U256};
use stkr_core::{
    Result,
    batch::{Answers, Batch, Slot},
    bindings::MicroPool,
    deploy::Contracts,
    pool::PoolState,
};

use crate::data::{Pool, PoolStake};

/// One pool's slots: its record, and the account's stake and claim.
type PoolSlots =
    (u64, Slot<MicroPool::getPoolCall>, Option<(Slot<MicroPool::getStakeCall>, Slot<MicroPool::claimableCall>)>);

/// Every pool's slots.
pub(super) struct Slots(Vec<PoolSlots>);

impl Slots {
    pub(super) fn add(batch: &mut Batch, c: &Contracts, count: u64, me: Option<Address>) -> Self {
        Self(
            (1..=count)
                .map(|id| {
                    let pool_id = U256::from(id);
                    let pool = batch.add(c.micro_pool, MicroPool::getPoolCall { poolId: pool_id });
                    let mine = me.map(|who| {
                        (
                            batch.add(c.micro_pool, MicroPool::getStakeCall { poolId: pool_id, staker: who }),
                            batch.add(c.micro_pool, MicroPool::claimableCall { poolId: pool_id, staker: who }),
                        )
                    });
                    (id, pool, mine)
                })
                .collect(),
        )
    }

    pub(super) fn read(self, r: &Answers) -> Result<Vec<Pool>> {
        self.0
            .into_iter()
            .map(|(id, pool, mine)| {
                let mine = match mine {
                    Some((stake, claimable)) => {
                        let stake = r.get(stake)?;
                        let claimable = r.get(claimable)?;
                        (stake.principal != 0 || !claimable.is_zero())
                            .then(|| PoolStake { principal: U256::from(stake.principal), claimable })
                    }
                    None => None,
                };
                Ok(Pool { state: PoolState::new(id, r.get(pool)?), mine })
            })
            .collect()
    }
}
