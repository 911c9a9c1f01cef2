//! Micro-pools as the rules see them: a pool's state in plain numbers, its room, fill and ANKR fee, and why
//! one takes no stakes — one home for the CLI and the dashboard.

use alloy::{
    primitives::{Address, B256, Bytes, U256, keccak256, uint},
    providers::Provider,
    rpc::types::Filter,
    sol_types::{SolError, SolEvent},
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
/// A vault holding this much holds its validator's exit (`MicroPool.EXIT_THRESHOLD`): anyone may settle.
pub const EXIT_THRESHOLD: U256 = uint!(8_000_000_000_000_000_000_U256);
/// How long after a pool's end anyone may force its validator's exit (`MicroPool.EXIT_GRACE`).
pub const EXIT_GRACE: u64 = 7 * 24 * 60 * 60;
/// How long after the latest exit request anyone may settle a vault holding less than the principal
/// (`MicroPool.LOSS_SETTLEMENT_DELAY`).
pub const LOSS_SETTLEMENT_DELAY: u64 = 90 * 24 * 60 * 60;

/// aETH's address: the first contract MicroPool creates (a contract's nonces start at 1).
pub fn aeth_of(micro_pool: Address) -> Address {
    micro_pool.create(1)
}

/// The vault implementation every pool's vault clones: MicroPool's second creation.
pub fn vault_implementation_of(micro_pool: Address) -> Address {
    micro_pool.create(2)
}

/// Pool `pool_id`'s withdrawal vault: the EIP-1167 clone MicroPool deploys with CREATE2 and salt
/// `pool_id` (`MicroPool.vaultOf`), known before it exists.
pub fn vault_of(micro_pool: Address, pool_id: u64) -> Address {
    let mut init = Vec::with_capacity(55);
    init.extend_from_slice(&alloy::hex!("3d602d80600a3d3981f3363d3d373d3d3d363d73"));
    init.extend_from_slice(vault_implementation_of(micro_pool).as_slice());
    init.extend_from_slice(&alloy::hex!("5af43d82803e903d91602b57fd5bf3"));
    micro_pool.create2(B256::from(U256::from(pool_id)), keccak256(&init))
}

/// The 0x01 withdrawal credentials of pool `pool_id`'s validator: its vault.
pub fn withdrawal_credentials_of(micro_pool: Address, pool_id: u64) -> B256 {
    crate::beacon::withdrawal_credentials(vault_of(micro_pool, pool_id))
}
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
    /// The rewards a settled pool pays per staked ETH (18 decimals), cumulative over later sweeps.
    pub reward_per_eth: U256,
    /// When it was settled (unix seconds; 0 before).
    pub settled_at: u64,
    /// The ETH its vault returned so far.
    pub returned: U256,
    /// The provider's share of a settled pool, not yet claimed.
    pub provider_payout: U256,
    /// When its validator's exit was last requested (unix seconds; 0: never).
    pub exit_requested_at: u64,
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
            reward_per_eth: U256::from(p.rewardPerEth),
            settled_at: p.settledAt.to::<u64>(),
            returned: U256::from(p.returned),
            provider_payout: U256::from(p.providerPayout),
            exit_requested_at: p.exitRequestedAt.to::<u64>(),
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

    /// The rewards a stake of `principal` ETH earned in the settled pool (its principal is redeemed with
    /// aETH, by whoever holds it).
    pub fn rewards_of(&self, principal: U256) -> U256 {
        principal.saturating_mul(self.reward_per_eth) / ETHER
    }

    /// When anyone may force this pool's exit; the provider may from its end time.
    pub fn exit_due_at(&self) -> u64 {
        self.end_time.saturating_add(EXIT_GRACE)
    }

    /// When anyone may settle this pool from a vault holding less than the principal (a loss): after the
    /// latest exit request, once a real exit has had time to arrive; `None` while no exit was requested.
    pub fn loss_settlement_due_at(&self) -> Option<u64> {
        (self.exit_requested_at != 0).then(|| self.exit_requested_at.saturating_add(LOSS_SETTLEMENT_DELAY))
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
            "pool {id} is active: it takes no more stakes, and its stakes are locked until it ends on {} and its validator's exit is settled",
            utc(pool.end_time)
        ),
        PoolStatus::Completed => {
            format!(
                "pool {id} is completed: it takes no more stakes; its stakers claim rewards with `stkr claim` and aETH holders redeem with `stkr redeem`"
            )
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

/// How a settlement of `pool` goes, as `check_settle` allows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Settlement {
    /// The first settlement, from the exit its vault holds.
    Exit,
    /// Governance settles a failed pool whose vault holds less than an exit.
    Failure,
    /// ETH that reached a settled pool's vault later.
    Sweep,
}

impl Settlement {
    /// What settling pool `id` this way does, as a transaction's label.
    pub fn label(self, id: u64) -> String {
        match self {
            Self::Exit => format!("settle pool {id}"),
            Self::Failure => format!("settle the failed pool {id}"),
            Self::Sweep => format!("sweep the late ETH of pool {id}"),
        }
    }
}

/// Whether `from` may settle `pool` at chain time `now` with `vault_balance` in its vault, the contract's
/// rule: anyone once the end time passed (or a failure was reported) and the vault holds an exit — at once
/// when that is the whole 32 ETH principal or more, for less (a loss) only `LOSS_SETTLEMENT_DELAY` after
/// the latest exit request; governance a failed pool at any balance; anyone sweeps a settled pool's later
/// ETH.
pub fn check_settle(
    pool: &PoolState,
    vault_balance: U256,
    now: u64,
    from: Address,
    governance: Option<Address>,
) -> Result<Settlement> {
    let id = pool.id;
    let vault = format_eth(vault_balance);
    match pool.status {
        PoolStatus::Completed if vault_balance.is_zero() => {
            return Err(Error::Simulation(format!("pool {id} is settled and its vault holds nothing new")));
        }
        PoolStatus::Completed => return Ok(Settlement::Sweep),
        PoolStatus::Active => {}
        status => {
            return Err(Error::Simulation(format!("only an active pool can be settled, and pool {id} is {status}")));
        }
    }
    if pool.failed && Some(from) == governance {
        return Ok(Settlement::Failure);
    }
    let due = now >= pool.end_time || pool.failed;
    if due && vault_balance >= VALIDATOR_ETH {
        return Ok(Settlement::Exit);
    }
    if due && vault_balance >= EXIT_THRESHOLD {
        return match pool.loss_settlement_due_at() {
            Some(at) if now >= at => Ok(Settlement::Exit),
            Some(at) => Err(Error::Simulation(format!(
                "pool {id}'s vault holds {vault} ETH, less than the 32 ETH principal: a loss is settled by anyone from {}, {} days after the exit was requested, when a real exit has had time to arrive",
                utc(at),
                LOSS_SETTLEMENT_DELAY / 86_400
            ))),
            None => Err(Error::Simulation(format!(
                "pool {id}'s vault holds {vault} ETH, less than the 32 ETH principal: request the validator's exit first (`stkr pool exit {id}`); anyone settles the loss {} days later",
                LOSS_SETTLEMENT_DELAY / 86_400
            ))),
        };
    }
    if !due {
        return Err(Error::Simulation(format!(
            "pool {id} runs until {}; it is settled once it has ended and its validator's exit is in its vault",
            utc(pool.end_time)
        )));
    }
    Err(Error::Simulation(format!(
        "pool {id}'s vault holds {vault} ETH, less than an exit's {} ETH: its validator has not exited yet \
         (anyone may force the exit with `stkr pool exit {id}` from {})",
        format_eth(EXIT_THRESHOLD),
        utc(pool.exit_due_at())
    )))
}

/// Whether `from` may request `pool`'s validator exit at chain time `now`: the provider from the end
/// time, anyone after the grace period, and anyone at any time once governance reported a failure or the
/// pool is settled.
pub fn check_exit(pool: &PoolState, now: u64, from: Address) -> Result<()> {
    let id = pool.id;
    if pool.status == PoolStatus::Completed {
        return Ok(());
    }
    if pool.status != PoolStatus::Active {
        return Err(Error::Simulation(format!(
            "only an active or settled pool's validator can exit, and pool {id} is {}",
            pool.status
        )));
    }
    // Governance's report of a failure is the decision; anyone may then pay the fee and carry it out.
    if pool.failed {
        return Ok(());
    }
    if from == pool.provider && now < pool.end_time {
        return Err(Error::Simulation(format!(
            "pool {id} runs until {}: its provider may request the validator's exit from then",
            utc(pool.end_time)
        )));
    }
    if from != pool.provider && now < pool.exit_due_at() {
        return Err(Error::Simulation(format!(
            "pool {id}'s provider may request the exit from {}; anyone else may from {}, {} days later",
            utc(pool.end_time),
            utc(pool.exit_due_at()),
            EXIT_GRACE / 86_400
        )));
    }
    Ok(())
}

fn format_eth(wei: U256) -> String {
    crate::units::format_amount(wei)
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

/// What settling or exiting a pool depends on: the pool, the chain's time, its vault's balance and who
/// governance is, in one round trip.
#[derive(Debug, Clone)]
pub struct VaultFacts {
    /// The pool.
    pub pool: PoolState,
    /// The chain's time.
    pub now: u64,
    /// Its withdrawal vault.
    pub vault: Address,
    /// What the vault holds.
    pub vault_balance: U256,
    /// The governance address.
    pub governance: Address,
}

impl VaultFacts {
    /// Read pool `id`'s vault facts.
    pub async fn read(chain: &Chain, contracts: &Contracts, id: u64) -> Result<Self> {
        let vault = vault_of(contracts.micro_pool, id);
        let mut batch = Batch::new();
        let balance = batch.add(contracts.multicall3, Multicall3::getEthBalanceCall { account: vault });
        let governance = batch.add(contracts.parameters, crate::bindings::Parameters::governanceCall {});
        let (pool, now, answers) = read_pool(chain, contracts, id, batch).await?;
        Ok(Self { pool, now, vault, vault_balance: answers.get(balance)?, governance: answers.get(governance)? })
    }
}

/// The pubkey pool `id`'s validator was deposited with, from its `PoolActivated` event (the contract keeps
/// only what the rules need); None before activation.
pub async fn validator_pubkey(chain: &Chain, contracts: &Contracts, id: u64, from_block: u64) -> Result<Option<Bytes>> {
    let filter = Filter::new()
        .address(contracts.micro_pool)
        .event_signature(MicroPool::PoolActivated::SIGNATURE_HASH)
        .topic1(U256::from(id))
        .from_block(from_block);
    let logs = chain.provider.get_logs(&filter).await.map_err(|e| crate::chain::transport_error(&chain.url, &e))?;
    Ok(logs.iter().find_map(|log| log.log_decode::<MicroPool::PoolActivated>().ok()).map(|log| log.inner.data.pubkey))
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

    #[test]
    fn a_full_exit_settles_at_once_and_a_loss_only_after_the_exit_request_had_time() {
        let (anyone, governance) = (Address::repeat_byte(1), Address::repeat_byte(9));
        let pool = PoolState { id: 4, end_time: 100, status: PoolStatus::Active, ..PoolState::default() };
        let eth = |n: u64| U256::from(n) * ETHER;
        let settle = |p: &PoolState, vault: U256, now: u64, from: Address| {
            check_settle(p, vault, now, from, Some(governance)).map_err(|e| e.to_string())
        };
        assert!(settle(&pool, eth(33), 99, anyone).is_err_and(|e| e.contains("runs until")));
        assert_eq!(settle(&pool, eth(33), 100, anyone), Ok(Settlement::Exit));
        assert!(settle(&pool, eth(7), 100, anyone).is_err_and(|e| e.contains("less than an exit's 8 ETH")));
        assert!(settle(&pool, eth(20), 100, anyone).is_err_and(|e| e.contains("request the validator's exit first")));
        let requested = PoolState { exit_requested_at: 200, ..pool.clone() };
        let due = 200 + LOSS_SETTLEMENT_DELAY;
        assert!(
            settle(&requested, eth(20), due - 1, anyone).is_err_and(|e| e.contains("a loss is settled by anyone from"))
        );
        assert_eq!(settle(&requested, eth(20), due, anyone), Ok(Settlement::Exit));
        let failed = PoolState { failed: true, ..pool.clone() };
        assert_eq!(settle(&failed, eth(3), 50, governance), Ok(Settlement::Failure));
        assert!(check_exit(&PoolState { status: PoolStatus::Completed, ..pool.clone() }, 0, anyone).is_ok());
        assert!(check_exit(&failed, 0, anyone).is_ok());
        assert!(check_exit(&pool, 100, anyone).is_err());
    }
}
