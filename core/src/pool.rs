//! Micro-pools as the rules see them: a pool's state in plain numbers, its room, fill and ANKR fee, and why
//! one takes no stakes — one home for the CLI and the dashboard.

use alloy::{
    primitives::{Address, U256, uint},
    sol_types::SolError,
};
use serde::Serialize;

use crate::{
    Error, Result,
    batch::{Answers, Batch},
    bindings::{IMicroPool, MicroPool, Multicall3},
    chain::Chain,
    codes::PoolStatus,
    deploy::Contracts,
    revert,
    time::utc,
};

/// The ETH of one validator: a micro-pool fills to this before its validator is deposited.
pub const VALIDATOR_ETH: U256 = uint!(32_000_000_000_000_000_000_U256);
/// A validator deposit in gwei, as deposit data files write it.
pub const DEPOSIT_GWEI: u64 = 32_000_000_000;
/// Wei in one gwei.
const GWEI: u64 = 1_000_000_000;
/// Wei in one ETH.
const ETHER: U256 = uint!(1_000_000_000_000_000_000_U256);

/// The ANKR fee of staking `amount` ETH in a pool whose fee for a full validator is `fixed_price`, rounded
/// up as the contract rounds it.
pub fn fee_for(amount: U256, fixed_price: U256) -> U256 {
    amount.saturating_mul(fixed_price).saturating_add(VALIDATOR_ETH - U256::from(1)) / VALIDATOR_ETH
}

/// One pool as the contract stores it, in plain numbers.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct PoolState {
    /// Its id.
    pub id: u64,
    /// The provider that opened it.
    pub provider: Address,
    /// When its term ends (unix seconds).
    pub end_time: u64,
    /// The smallest stake, unless it fills the pool.
    pub min_stake: U256,
    /// Its status.
    pub status: PoolStatus,
    /// Settled as failed.
    pub failed: bool,
    /// ETH staked so far, the provider's own included.
    pub total_staked: U256,
    /// ANKR fees collected.
    pub fees_collected: U256,
    /// The ANKR fee for a full 32 ETH (FP).
    pub fixed_price: U256,
    /// The provider's own ETH in it.
    pub provider_stake: U256,
    /// When its validator was deposited (unix seconds), 0 before.
    pub activated_at: u64,
    /// What a settled pool pays per staked ETH (18 decimals).
    pub staker_payout_per_eth: U256,
    /// The provider's share of a settled pool, not yet claimed.
    pub provider_payout: U256,
}

impl PoolState {
    /// The pool `id` from the contract's record.
    pub fn new(id: u64, p: IMicroPool::Pool) -> Self {
        Self {
            id,
            provider: p.provider,
            end_time: p.endTime.to::<u64>(),
            min_stake: U256::from(p.minStakeGwei.to::<u64>()) * U256::from(GWEI),
            status: PoolStatus::from(p.status),
            failed: p.failed,
            total_staked: U256::from(p.totalStaked),
            fees_collected: U256::from(p.feesCollected),
            fixed_price: U256::from(p.fixedPrice),
            provider_stake: U256::from(p.providerStake),
            activated_at: p.activatedAt.to::<u64>(),
            staker_payout_per_eth: U256::from(p.stakerPayoutPerEth),
            provider_payout: U256::from(p.providerPayout),
        }
    }

    /// ETH still to fill.
    pub fn room(&self) -> U256 {
        VALIDATOR_ETH.saturating_sub(self.total_staked)
    }

    /// The ANKR fee of staking `amount`, rounded up as the contract rounds it.
    pub fn fee_for(&self, amount: U256) -> U256 {
        fee_for(amount, self.fixed_price)
    }

    /// The ANKR fee of staking one ETH.
    pub fn fee_per_eth(&self) -> U256 {
        self.fee_for(ETHER)
    }

    /// How full the pool is, in basis points (10,000 when full).
    pub fn fill_bps(&self) -> u64 {
        (self.total_staked.saturating_mul(U256::from(10_000u64)) / VALIDATOR_ETH).saturating_to::<u64>().min(10_000)
    }

    /// How full the pool is, in percent with two decimals.
    pub fn fill_percent(&self) -> f64 {
        self.fill_bps() as f64 / 100.0
    }

    /// What a staker of `principal` ETH is paid once the pool is settled.
    pub fn payout_of(&self, principal: U256) -> U256 {
        principal.saturating_mul(self.staker_payout_per_eth) / ETHER
    }

    /// Why this pool takes no stakes, when it takes none.
    pub fn not_pending(&self) -> Option<String> {
        (self.status != PoolStatus::Pending).then(|| not_pending(self))
    }
}

/// Why a pool that is not pending takes no stakes, as one sentence.
pub fn not_pending(pool: &PoolState) -> String {
    let id = pool.id;
    match pool.status {
        PoolStatus::Active => format!(
            "pool {id} is active: it takes no more stakes, and its stakes are locked until it ends on {} and governance settles it",
            utc(pool.end_time)
        ),
        PoolStatus::Completed => {
            format!("pool {id} is completed: it takes no more stakes, and its stakers claim with `stkr claim`")
        }
        PoolStatus::Cancelled => format!(
            "pool {id} was cancelled: it takes no more stakes, and its stakers take their ETH back with `stkr unstake --pool {id}`"
        ),
        PoolStatus::Migrated => format!("pool {id} was migrated into another pool and takes no more stakes"),
        other => format!("pool {id} is {other}"),
    }
}

/// Why `pool` takes no provider top-up, when it takes none: only a pending pool does.
pub fn check_top_up(pool: &PoolState) -> Result<()> {
    match pool.not_pending() {
        Some(reason) => Err(Error::Simulation(reason)),
        None => Ok(()),
    }
}

/// Why `pool` cannot be cancelled, when it cannot: only a pending pool can.
pub fn check_cancel(pool: &PoolState) -> Result<()> {
    if pool.status != PoolStatus::Pending {
        return Err(Error::Simulation(format!(
            "only a pending pool can be cancelled, and pool {} is {}",
            pool.id, pool.status
        )));
    }
    Ok(())
}

/// What must hold before `from` activates `pool` at chain time `now`: pending, its provider, full, and
/// before its end time — the contract's own checks, in its order.
pub fn check_activate(pool: &PoolState, now: u64, from: Address) -> Result<()> {
    let pool_id = U256::from(pool.id);
    if pool.status != PoolStatus::Pending {
        return Err(Error::Simulation(format!(
            "only a pending pool can be activated, and pool {} is {}",
            pool.id, pool.status
        )));
    }
    if from != pool.provider {
        return Err(refusal(MicroPool::PoolNotProvider { poolId: pool_id, caller: from }));
    }
    if pool.total_staked != VALIDATOR_ETH {
        return Err(refusal(MicroPool::PoolNotFull { poolId: pool_id, totalStaked: pool.total_staked }));
    }
    if now >= pool.end_time {
        return Err(refusal(MicroPool::PoolEnded { poolId: pool_id, endTime: U256::from(pool.end_time) }));
    }
    Ok(())
}

/// The error for a pool id beyond the last pool.
pub fn no_such_pool(id: u64, count: u64) -> Error {
    let known = match count {
        0 => "there are no pools yet".to_string(),
        1 => "the only pool is 1".to_string(),
        n => format!("pools run from 1 to {n}"),
    };
    Error::InvalidInput(format!("there is no pool {id}; {known} (see `stkr pool list`)"))
}

/// A contract error as the sentence a check made before sending gives.
pub fn refusal(error: impl SolError) -> Error {
    Error::Simulation(revert::decode(&error.abi_encode()).unwrap_or_else(|| "the pool contract would refuse".into()))
}

/// Read pool `id` and the chain's time together with the calls already in `batch`, in one round trip.
/// An id past the last pool is an error that says which pools exist.
pub async fn read_pool(
    chain: &Chain,
    contracts: &Contracts,
    id: u64,
    mut batch: Batch,
) -> Result<(PoolState, u64, Answers)> {
    let count = batch.add(contracts.micro_pool, MicroPool::poolCountCall {});
    let now = batch.add(contracts.multicall3, Multicall3::getCurrentBlockTimestampCall {});
    let pool = batch.add(contracts.micro_pool, MicroPool::getPoolCall { poolId: U256::from(id) });
    let answers = batch.run(chain, contracts.multicall3).await?;
    let count = answers.get(count)?.saturating_to::<u64>();
    if id == 0 || id > count {
        return Err(no_such_pool(id, count));
    }
    let now = answers.get(now)?.saturating_to::<u64>();
    let pool = PoolState::new(id, answers.get(pool)?);
    Ok((pool, now, answers))
}

/// The number of pools and the latest block's time, in one round trip.
pub async fn count_and_now(chain: &Chain, contracts: &Contracts) -> Result<(u64, u64)> {
    let mut batch = Batch::new();
    let count = batch.add(contracts.micro_pool, MicroPool::poolCountCall {});
    let now = batch.add(contracts.multicall3, Multicall3::getCurrentBlockTimestampCall {});
    let answers = batch.run(chain, contracts.multicall3).await?;
    Ok((answers.get(count)?.saturating_to(), answers.get(now)?.saturating_to()))
}

/// Every pool from 1 to `count`, and with `staker` that account's stake in each, a thousand calls per
/// round trip: 500 pools take a handful.
pub async fn scan(
    chain: &Chain,
    contracts: &Contracts,
    count: u64,
    staker: Option<Address>,
) -> Result<Vec<(PoolState, Option<IMicroPool::Stake>)>> {
    let mut batch = Batch::new();
    let slots: Vec<_> = (1..=count)
        .map(|id| {
            let pool = batch.add(contracts.micro_pool, MicroPool::getPoolCall { poolId: U256::from(id) });
            let stake = staker.map(|staker| {
                batch.add(contracts.micro_pool, MicroPool::getStakeCall { poolId: U256::from(id), staker })
            });
            (id, pool, stake)
        })
        .collect();
    let answers = batch.run(chain, contracts.multicall3).await?;
    slots
        .into_iter()
        .map(|(id, pool, stake)| {
            let stake = stake.map(|slot| answers.get(slot)).transpose()?;
            Ok((PoolState::new(id, answers.get(pool)?), stake))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn validator_eth_is_32_ether() {
        assert_eq!(VALIDATOR_ETH, U256::from(32u64) * ETHER);
        assert_eq!(U256::from(DEPOSIT_GWEI) * U256::from(GWEI), VALIDATOR_ETH);
    }

    #[test]
    fn fill_room_and_fees_round_as_the_contract() {
        let pool = PoolState {
            total_staked: U256::from(24u64) * ETHER,
            fixed_price: U256::from(32_000u64) * ETHER,
            ..PoolState::default()
        };
        assert_eq!(pool.room(), U256::from(8u64) * ETHER);
        assert_eq!(pool.fill_bps(), 7_500);
        assert_eq!(pool.fee_for(ETHER), U256::from(1_000u64) * ETHER);
        assert_eq!(pool.fee_for(U256::from(1u64)), U256::from(1_000u64), "rounded up");
        assert_eq!(pool.fee_per_eth(), U256::from(1_000u64) * ETHER);
    }

    #[test]
    fn only_a_full_pending_pool_of_its_provider_activates() {
        let provider = Address::repeat_byte(7);
        let full = PoolState {
            id: 3,
            provider,
            end_time: 100,
            status: PoolStatus::Pending,
            total_staked: VALIDATOR_ETH,
            ..PoolState::default()
        };
        assert!(check_activate(&full, 10, provider).is_ok());
        let active = PoolState { status: PoolStatus::Active, ..full.clone() };
        let refused = check_activate(&active, 10, provider).err().map(|e| e.to_string()).unwrap_or_default();
        assert!(refused.contains("only a pending pool can be activated, and pool 3 is active"), "{refused}");
        assert!(check_activate(&full, 10, Address::ZERO).is_err());
        assert!(check_activate(&PoolState { total_staked: ETHER, ..full.clone() }, 10, provider).is_err());
        assert!(check_activate(&full, 100, provider).is_err());
        assert!(check_cancel(&active).is_err() && check_cancel(&full).is_ok());
        assert!(check_top_up(&active).is_err() && check_top_up(&full).is_ok());
    }
}
