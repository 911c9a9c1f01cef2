//! What must hold before a stake or an unstake is sent — in a pool, on a sidecar, for reward shares: the
//! contracts' own checks, made first, so that no ANKR approval goes out for a stake that would fail. The
//! facts each check needs are read here too (`*Facts::read`), the checks are pure functions of them; one
//! home for the CLI and the dashboard.

use alloy::primitives::{Address, U256};

use crate::{
    Error, Result,
    batch::{Answers, Batch, Slot},
    bindings::{AETH, AnkrToken, Governance, MicroPool, Multicall3, NodeRegistry},
    chain::Chain,
    codes::{NodeStatus, PoolStatus},
    deploy::Contracts,
    node::{no_node_to_stake_on, read_node},
    pool::{PoolState, not_pending, read_pool, refusal},
    time::utc,
    units::format_amount,
};

/// An account's means, read with the pool it wants to stake in, and the loss aETH carries now.
#[derive(Debug, Clone, Copy)]
pub struct Means {
    /// The staking account.
    pub from: Address,
    /// Its ETH.
    pub eth: U256,
    /// Its ANKR.
    pub ankr: U256,
    /// The uncovered loss aETH carries (`MicroPool.redemptionBooks`): no stake is taken while it is open.
    pub open_loss: U256,
}

/// Where a batch answers `Means`.
pub struct MeansSlots {
    from: Address,
    eth: Slot<Multicall3::getEthBalanceCall>,
    ankr: Slot<AnkrToken::balanceOfCall>,
    books: Slot<MicroPool::redemptionBooksCall>,
}

impl Means {
    /// Add the reads of `from`'s means to `batch` (read with the pool in one round trip).
    pub fn add(batch: &mut Batch, contracts: &Contracts, from: Address) -> MeansSlots {
        MeansSlots {
            from,
            eth: batch.add(contracts.multicall3, Multicall3::getEthBalanceCall { account: from }),
            ankr: batch.add(contracts.ankr_token, AnkrToken::balanceOfCall { account: from }),
            books: batch.add(contracts.micro_pool, MicroPool::redemptionBooksCall {}),
        }
    }
}

impl MeansSlots {
    /// The means, from the batch's answers.
    pub fn read(self, answers: &Answers) -> Result<Means> {
        Ok(Means {
            from: self.from,
            eth: answers.get(self.eth)?,
            ankr: answers.get(self.ankr)?,
            open_loss: answers.get(self.books)?.uncoveredLoss,
        })
    }
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
    if !means.open_loss.is_zero() {
        return Err(refusal(MicroPool::PoolUncoveredLossOpen { uncoveredLoss: means.open_loss }));
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

/// An account's stake in one pool as the pool contract records it (`MicroPool.getStake`).
#[derive(Debug, Clone, Copy, Default)]
pub struct Held {
    /// The ETH staked.
    pub principal: U256,
    /// The ANKR fee paid for it.
    pub fee_paid: U256,
}

/// An unstake from a pool that passed every check.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PoolUnstake {
    /// The ETH taken out (and aETH burned).
    pub amount: U256,
    /// The share of the ANKR fee that comes back.
    pub fee_refund: U256,
}

/// The ETH `from` takes out of pool `pool_id` where it holds `principal`: `amount`, or all of it. Refused
/// when it holds nothing there or less than `amount`: the first half of [`check_pool_unstake`].
fn check_pool_held(from: Address, pool_id: u64, principal: U256, amount: Option<U256>) -> Result<U256> {
    if principal.is_zero() {
        return Err(Error::Simulation(format!("{from} has nothing staked in pool {pool_id}")));
    }
    let amount = amount.unwrap_or(principal);
    if amount > principal {
        return Err(Error::Simulation(format!(
            "{from} has only {} ETH staked in pool {pool_id}, not {} ETH",
            format_amount(principal),
            format_amount(amount)
        )));
    }
    Ok(amount)
}

/// What an unstake from a pool depends on, read from the chain.
#[derive(Debug, Clone)]
pub struct PoolUnstakeFacts {
    /// The staker.
    pub from: Address,
    /// The pool the stake was made in.
    pub pool_id: u64,
    /// The stake there.
    pub held: Held,
    /// The pool the stake lives in now, after any migration (the pool itself when there was none).
    pub home: PoolState,
    /// The staker's aETH, which the unstake burns.
    pub aeth: U256,
}

impl PoolUnstakeFacts {
    /// Read `from`'s stake in pool `pool_id`, its aETH and the pool the stake lives in now: one round trip,
    /// two when the stake was migrated into another pool. An unknown pool id is an error.
    pub async fn read(chain: &Chain, contracts: &Contracts, from: Address, pool_id: u64) -> Result<Self> {
        let id = U256::from(pool_id);
        let mut batch = Batch::new();
        let stake = batch.add(contracts.micro_pool, MicroPool::getStakeCall { poolId: id, staker: from });
        let resolved = batch.add(contracts.micro_pool, MicroPool::resolvedPoolCall { poolId: id });
        let aeth = batch.add(contracts.aeth, AETH::balanceOfCall { account: from });
        let (pool, _, answers) = read_pool(chain, contracts, pool_id, batch).await?;
        let stake = answers.get(stake)?;
        let held = Held { principal: U256::from(stake.principal), fee_paid: U256::from(stake.feePaid) };
        let resolved = answers.get(resolved)?.saturating_to::<u64>();
        // Nothing held is refused before the home pool matters, so it is read only for a migrated stake.
        let home = if held.principal.is_zero() || resolved == pool_id {
            pool
        } else {
            read_pool(chain, contracts, resolved, Batch::new()).await?.0
        };
        Ok(Self { from, pool_id, held, home, aeth: answers.get(aeth)? })
    }
}

/// What unstaking `amount` (default: all) of a pool stake does, after every check the contract makes:
/// something staked, no more than that, the pool the stake lives in now (after any migration) pending or
/// cancelled, and aETH enough to burn.
pub fn check_pool_unstake(facts: &PoolUnstakeFacts, amount: Option<U256>) -> Result<PoolUnstake> {
    let PoolUnstakeFacts { from, pool_id, held, ref home, aeth } = *facts;
    let amount = check_pool_held(from, pool_id, held.principal, amount)?;
    let home_id = home.id;
    match home.status {
        PoolStatus::Pending | PoolStatus::Cancelled => {}
        PoolStatus::Active => {
            return Err(Error::Simulation(format!(
                "pool {home_id} is active: stakes are locked until it ends on {} and its validator's exit is settled; your aETH stays transferable meanwhile",
                utc(home.end_time)
            )));
        }
        PoolStatus::Completed => {
            return Err(Error::Simulation(format!(
                "pool {home_id} is completed: claim your ETH with `stkr claim` instead"
            )));
        }
        _ => return Err(Error::Simulation(not_pending(home))),
    }
    if aeth < amount {
        return Err(Error::Simulation(format!(
            "unstaking {} ETH burns as much aETH, but {from} holds only {} aETH; get the rest back first",
            format_amount(amount),
            format_amount(aeth)
        )));
    }
    Ok(PoolUnstake { amount, fee_refund: held.fee_paid * amount / held.principal })
}

/// What a stake on a sidecar depends on, read from the chain.
#[derive(Debug, Clone)]
pub struct SidecarStakeFacts {
    /// The staker.
    pub from: Address,
    /// The node staked on.
    pub node_id: u64,
    /// Its status.
    pub status: NodeStatus,
    /// All ANKR staked on its sidecar.
    pub sidecar_stake: U256,
    /// The staker's ANKR.
    pub ankr: U256,
    /// What the node registry may take of it now.
    pub allowance: U256,
    /// The staker's stake on the node already.
    pub staked: U256,
}

impl SidecarStakeFacts {
    /// Read node `node_id` with `from`'s ANKR, allowance and stake there, in one round trip. A node past
    /// the last is an error that says which exist.
    pub async fn read(chain: &Chain, contracts: &Contracts, from: Address, node_id: u64) -> Result<Self> {
        let registry = contracts.node_registry;
        let mut batch = Batch::new();
        let ankr = batch.add(contracts.ankr_token, AnkrToken::balanceOfCall { account: from });
        let allowance = batch.add(contracts.ankr_token, AnkrToken::allowanceCall { owner: from, spender: registry });
        let staked = batch.add(registry, NodeRegistry::stakeOfCall { nodeId: U256::from(node_id), staker: from });
        let read = read_node(chain, contracts, node_id, batch).await?;
        if node_id > read.count {
            return Err(no_node_to_stake_on(node_id, read.count));
        }
        let answers = &read.answers;
        Ok(Self {
            from,
            ankr: answers.get(ankr)?,
            allowance: answers.get(allowance)?,
            staked: answers.get(staked)?,
            node_id,
            status: read.node.status,
            sidecar_stake: read.node.sidecar_stake,
        })
    }
}

/// What must hold before a stake of `amount` ANKR on a node's sidecar: the node still runs, and the
/// staker holds the ANKR.
pub fn check_sidecar_stake(facts: &SidecarStakeFacts, amount: U256) -> Result<()> {
    if facts.status != NodeStatus::Active {
        return Err(Error::Simulation(format!("node {} has finished and takes no more stake", facts.node_id)));
    }
    if facts.ankr < amount {
        return Err(short_of(facts.from, facts.ankr, amount, "this stake"));
    }
    Ok(())
}

/// An account's sidecar stakes, as the node registry records them.
#[derive(Debug, Clone, Copy, Default)]
pub struct SidecarHolding {
    /// ANKR staked on the one node.
    pub on_node: U256,
    /// ANKR staked on all nodes together.
    pub total: U256,
    /// The stake's unclaimed rewards on this node in ETH (they vest when the node finishes).
    pub pending_eth: U256,
    /// The stake's unclaimed rewards on this node in ANKR.
    pub pending_ankr: U256,
}

/// An unstake from a sidecar that passed every check.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SidecarUnstake {
    /// The ANKR withdrawn.
    pub amount: U256,
    /// The unclaimed rewards (ETH, ANKR) the withdrawal forfeits to the reward pool: a running node's
    /// stakers forfeit the withdrawn part's share.
    pub forfeits: Option<(U256, U256)>,
}

/// What withdrawing from a sidecar depends on, read from the chain.
#[derive(Debug, Clone, Copy)]
pub struct SidecarUnstakeFacts {
    /// The staker.
    pub from: Address,
    /// The node.
    pub node_id: u64,
    /// Its status.
    pub status: NodeStatus,
    /// The staker's sidecar stakes and unclaimed rewards.
    pub holding: SidecarHolding,
    /// Whether the staker's delegated votes are locked for an election (from its snapshot until it runs).
    pub votes_locked: bool,
}

impl SidecarUnstakeFacts {
    /// Read node `node_id`'s status with `from`'s sidecar stakes and unclaimed rewards, in one round trip.
    /// A node past the last is an error that says which exist.
    pub async fn read(chain: &Chain, contracts: &Contracts, from: Address, node_id: u64) -> Result<Self> {
        let registry = contracts.node_registry;
        let mut batch = Batch::new();
        let on_node = batch.add(registry, NodeRegistry::stakeOfCall { nodeId: U256::from(node_id), staker: from });
        let total = batch.add(registry, NodeRegistry::totalStakeOfCall { staker: from });
        let pending =
            batch.add(registry, NodeRegistry::pendingRewardsCall { nodeId: U256::from(node_id), staker: from });
        let delegate = batch.add(registry, NodeRegistry::delegateOfCall { staker: from });
        let elections = batch.add(registry, NodeRegistry::electionsCall {});
        let locked = contracts.governance.map(|g| batch.add(g, Governance::electionLockedCall {}));
        let read = read_node(chain, contracts, node_id, batch).await?;
        if node_id > read.count {
            return Err(no_node_to_stake_on(node_id, read.count));
        }
        let pending = read.answers.get(pending)?;
        let holding = SidecarHolding {
            on_node: read.answers.get(on_node)?,
            total: read.answers.get(total)?,
            pending_eth: pending.eth,
            pending_ankr: pending.ankrAmount,
        };
        // Locked only when the registry follows Governance's elections and the votes go to someone.
        let follows = read.answers.get(elections)? != Address::ZERO;
        let delegated = read.answers.get(delegate)? != Address::ZERO;
        let locked = locked.map(|slot| read.answers.get(slot)).transpose()?.unwrap_or(false);
        Ok(Self { from, node_id, status: read.node.status, holding, votes_locked: follows && delegated && locked })
    }
}

/// What withdrawing `amount` (default: all) of a stake on a node's sidecar does: refused when nothing or
/// less is staked there; while the node runs it forfeits that share of the rewards.
pub fn check_sidecar_unstake(facts: &SidecarUnstakeFacts, amount: Option<U256>) -> Result<SidecarUnstake> {
    let SidecarUnstakeFacts { from, node_id, status, holding, votes_locked } = *facts;
    let staked = holding.on_node;
    if votes_locked {
        return Err(Error::Simulation(format!(
            "{from}'s sidecar stake is delegated and counts in an election whose snapshot has passed: it stays until the election has run (`stkr govern elect`)"
        )));
    }
    if staked.is_zero() {
        return Err(Error::Simulation(format!("{from} has no ANKR staked on node {node_id}'s sidecar")));
    }
    let amount = amount.unwrap_or(staked);
    if amount > staked {
        return Err(Error::Simulation(format!(
            "{from} has only {} ANKR staked on node {node_id}'s sidecar, not {} ANKR",
            format_amount(staked),
            format_amount(amount)
        )));
    }
    // The withdrawn part of this node's stake takes its part of the stake's rewards back to the pool.
    let forfeits = (status == NodeStatus::Active)
        .then(|| (holding.pending_eth * amount / staked, holding.pending_ankr * amount / staked));
    Ok(SidecarUnstake { amount, forfeits })
}

/// What must hold before `from`, holding `ankr` ANKR, stakes `amount` ANKR for reward shares.
pub fn check_rewards_stake(from: Address, ankr: U256, amount: U256) -> Result<()> {
    if ankr < amount {
        return Err(short_of(from, ankr, amount, "this stake"));
    }
    Ok(())
}

/// The ANKR `from` withdraws from its reward stake `staked`: `amount`, or all of it; refused when nothing
/// is staked. (The contract refuses more than the stake itself.)
pub fn check_rewards_unstake(from: Address, staked: U256, amount: Option<U256>) -> Result<U256> {
    if staked.is_zero() {
        return Err(Error::Simulation(format!("{from} has no ANKR staked for reward shares")));
    }
    Ok(amount.unwrap_or(staked))
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
        Means {
            from: Address::repeat_byte(1),
            eth: VALIDATOR_ETH,
            ankr: U256::from(1_000_000u64) * U256::from(ETH),
            open_loss: U256::ZERO,
        }
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

    #[test]
    fn no_stake_while_aeth_carries_an_uncovered_loss() {
        let loss = Means { open_loss: U256::from(12u64) * U256::from(ETH), ..rich() };
        let err = check_pool_stake(&pending(), 0, U256::from(ETH), loss).err().map(|e| e.to_string());
        assert!(err.as_deref().is_some_and(|e| e.contains("uncovered loss of 12 ETH")), "{err:?}");
    }

    #[test]
    fn unstaking_a_pool_stake_checks_the_home_pool() {
        let from = Address::repeat_byte(1);
        let held = Held { principal: U256::from(4u64) * U256::from(ETH), fee_paid: U256::from(4_000u64) };
        let two = U256::from(2u64) * U256::from(ETH);
        let facts = |home: &PoolState, aeth| PoolUnstakeFacts { from, pool_id: 7, held, home: home.clone(), aeth };
        let done = check_pool_unstake(&facts(&pending(), two), Some(two));
        assert_eq!(done.ok(), Some(PoolUnstake { amount: two, fee_refund: U256::from(2_000u64) }));
        let refuse = |home: &PoolState, aeth, amount| {
            check_pool_unstake(&facts(home, aeth), amount).err().map(|e| e.to_string()).unwrap_or_default()
        };
        assert!(
            refuse(&pending(), two, Some(U256::from(9u64) * U256::from(ETH)))
                .contains("has only 4 ETH staked in pool 7, not 9 ETH")
        );
        let completed = PoolState { status: PoolStatus::Completed, ..pending() };
        assert!(
            refuse(&completed, two, None).contains("pool 7 is completed: claim your ETH with `stkr claim` instead")
        );
        assert!(refuse(&pending(), U256::ZERO, Some(two)).contains("burns as much aETH"));
        assert!(check_pool_held(from, 7, U256::ZERO, None).is_err());
    }

    #[test]
    fn sidecar_and_reward_stakes_are_checked() {
        let from = Address::repeat_byte(1);
        let hundred = U256::from(100u64);
        let on = |status, ankr| SidecarStakeFacts {
            from,
            node_id: 1,
            status,
            sidecar_stake: U256::ZERO,
            ankr,
            allowance: U256::ZERO,
            staked: U256::ZERO,
        };
        assert!(check_sidecar_stake(&on(NodeStatus::Active, hundred), hundred).is_ok());
        assert!(check_sidecar_stake(&on(NodeStatus::Finished, hundred), hundred).is_err());
        assert!(check_sidecar_stake(&on(NodeStatus::Active, U256::ZERO), hundred).is_err());
        let holding = SidecarHolding {
            on_node: hundred,
            total: U256::from(200u64),
            pending_eth: U256::from(10u64),
            pending_ankr: U256::from(20u64),
        };
        let off = |status| SidecarUnstakeFacts { from, node_id: 1, status, holding, votes_locked: false };
        let locked = SidecarUnstakeFacts { votes_locked: true, ..off(NodeStatus::Finished) };
        let refused = check_sidecar_unstake(&locked, None).err().map(|e| e.to_string());
        assert!(refused.is_some_and(|e| e.contains("stays until the election has run")));
        let running = check_sidecar_unstake(&off(NodeStatus::Active), None).ok();
        assert_eq!(
            running,
            Some(SidecarUnstake { amount: hundred, forfeits: Some((U256::from(10u64), U256::from(20u64))) })
        );
        let finished = check_sidecar_unstake(&off(NodeStatus::Finished), None).ok();
        assert_eq!(finished.and_then(|u| u.forfeits), None);
        assert!(check_sidecar_unstake(&off(NodeStatus::Active), Some(U256::from(101u64))).is_err());
        assert!(check_rewards_stake(from, U256::ZERO, hundred).is_err());
        assert_eq!(check_rewards_unstake(from, hundred, None).ok(), Some(hundred));
        assert!(check_rewards_unstake(from, U256::ZERO, None).is_err());
    }
}
