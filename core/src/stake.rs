//! What must hold before a stake is sent: the contract's own checks, made first, so that no ANKR approval
//! goes out for a stake that would fail. One home for the CLI and the dashboard.

use alloy::primitives::{Address, U256};

use crate::{
    Error, Result,
    bindings::MicroPool,
    codes::PoolStatus,
    pool::{PoolState, not_pending, refusal},
    units::format_amount,
};

/// An account's means, read with the pool it wants to stake in.
#[derive(Debug, Clone, Copy)]
pub struct Means {
    /// The staking account.
    pub from: Address,
    /// Its ETH.
    pub eth: U256,
    /// Its ANKR.
    pub ankr: U256,
}

/// The ANKR fee of staking `amount` ETH in `pool` at chain time `now`, after every check the contract
/// makes (status, term, provider, room, minimum) and the account's ANKR and ETH.
pub fn check_pool_stake(pool: &PoolState, now: u64, amount: U256, means: Means) -> Result<U256> {
    let pool_id = U256::from(pool.id);
    if pool.status != PoolStatus::Pending {
        return Err(Error::Simulation(not_pending(pool)));
    }
    if now >= pool.end_time {
        return Err(refusal(MicroPool::PoolEnded { poolId: pool_id, endTime: U256::from(pool.end_time) }));
    }
    if means.from == pool.provider {
        return Err(refusal(MicroPool::PoolProviderCannotStake { poolId: pool_id }));
    }
    let room = pool.room();
    if amount > room {
        return Err(refusal(MicroPool::PoolOverfilled { amount, remaining: room }));
    }
    if amount < pool.min_stake && amount != room {
        return Err(refusal(MicroPool::PoolStakeTooSmall { amount, minimum: pool.min_stake }));
    }
    let fee = pool.fee_for(amount);
    if means.ankr < fee {
        return Err(short_of(means.from, means.ankr, fee, &format!("the fee for {} ETH", format_amount(amount))));
    }
    if means.eth < amount {
        return Err(Error::Simulation(format!(
            "{} holds {} ETH, less than the {} ETH to stake (plus gas)",
            means.from,
            format_amount(means.eth),
            format_amount(amount)
        )));
    }
    Ok(fee)
}

/// The refusal when `from` holds `held` ANKR and `what` needs `needed`.
pub fn short_of(from: Address, held: U256, needed: U256, what: &str) -> Error {
    Error::Simulation(format!(
        "{from} holds {} ANKR but {what} needs {} ANKR",
        format_amount(held),
        format_amount(needed)
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pool::VALIDATOR_ETH;

    const ETH: u64 = 1_000_000_000_000_000_000;

    fn pending() -> PoolState {
        PoolState {
            id: 7,
            provider: Address::repeat_byte(9),
            end_time: 1_000,
            status: PoolStatus::Pending,
            min_stake: U256::from(ETH / 10),
            total_staked: U256::from(28u64) * U256::from(ETH),
            fixed_price: U256::from(32_000u64) * U256::from(ETH),
            ..PoolState::default()
        }
    }

    fn rich() -> Means {
        Means { from: Address::repeat_byte(1), eth: VALIDATOR_ETH, ankr: U256::from(1_000_000u64) * U256::from(ETH) }
    }

    #[test]
    fn a_good_stake_pays_its_fee() {
        let fee = check_pool_stake(&pending(), 10, U256::from(2u64) * U256::from(ETH), rich());
        assert_eq!(fee.ok(), Some(U256::from(2_000u64) * U256::from(ETH)));
    }

    #[test]
    fn every_refusal_is_a_sentence() {
        let refuse = |pool: &PoolState, now, amount: U256, means| match check_pool_stake(pool, now, amount, means) {
            Err(Error::Simulation(reason)) => reason,
            other => format!("{other:?}"),
        };
        let two = U256::from(2u64) * U256::from(ETH);
        let active = PoolState { status: PoolStatus::Active, ..pending() };
        assert!(refuse(&active, 10, two, rich()).starts_with("pool 7 is active: it takes no more stakes"));
        assert!(refuse(&pending(), 1_000, two, rich()).starts_with("pool 7 has passed its end time"));
        assert_eq!(
            refuse(&pending(), 10, U256::from(5u64) * U256::from(ETH), rich()),
            "that would take the pool past 32 ETH: 5 ETH offered, 4 ETH of room left"
        );
        let poor = Means { ankr: U256::ZERO, ..rich() };
        assert_eq!(
            refuse(&pending(), 10, two, poor),
            "0x0101010101010101010101010101010101010101 holds 0 ANKR but the fee for 2 ETH needs 2000 ANKR"
        );
        let dry = Means { eth: U256::ZERO, ..rich() };
        assert_eq!(
            refuse(&pending(), 10, two, dry),
            "0x0101010101010101010101010101010101010101 holds 0 ETH, less than the 2 ETH to stake (plus gas)"
        );
    }
}
