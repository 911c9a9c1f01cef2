//! What an account can claim — its stakes' pool rewards, a provider's own share of settled pools, refunds
//! and rewards — and the call that claims each (principal is redeemed with aETH, `stkr redeem`): one home for `stkr rewards`, `stkr claim` and the
//! dashboard.

use alloy::{
    primitives::{Address, U256},
    rpc::types::TransactionRequest,
};
use serde::Serialize;

use crate::{
    Result,
    batch::{Answers, Batch, Slot},
    bindings::{AETH, Governance, IMicroPool, MicroPool, Multicall3, NodeRegistry, RewardPool, StakerRewards},
    chain::Chain,
    codes::PoolStatus,
    deploy::Contracts,
    pool::{self, PoolState},
    time::utc,
    tx::request,
    units::format_amount,
};

/// Where a claimable amount comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ClaimKind {
    /// The rewards of a stake in a settled pool.
    Pool,
    /// A provider's own share of a settled pool.
    ProviderShare,
    /// ETH refunded from cancelled or migrated pools.
    Refund,
    /// Rewards of ANKR staked for reward shares.
    StakerRewards,
    /// Rewards of ANKR staked on sidecars.
    SidecarRewards,
    /// A governor's rewards.
    GovernanceRewards,
}

/// One amount an account can claim, and the call that claims it.
#[derive(Debug, Clone)]
pub struct Claim {
    /// Where it comes from.
    pub kind: ClaimKind,
    /// The pool, for pool payouts and provider shares.
    pub pool_id: Option<u64>,
    /// ETH.
    pub eth: U256,
    /// ANKR.
    pub ankr: U256,
    /// The transaction that claims it.
    pub request: TransactionRequest,
}

impl Claim {
    /// Where it comes from, for people.
    pub fn source(&self, principal: Option<U256>) -> String {
        let id = self.pool_id.unwrap_or_default();
        match self.kind {
            ClaimKind::Pool => match principal {
                Some(p) => format!("pool {id} rewards ({} ETH staked)", format_amount(p)),
                None => format!("pool {id} rewards"),
            },
            ClaimKind::ProviderShare => format!("pool {id} provider share"),
            ClaimKind::Refund => "your ETH refunded from cancelled or migrated pools".into(),
            ClaimKind::StakerRewards => "reward shares (StakerRewards)".into(),
            ClaimKind::SidecarRewards => "sidecar stakes (NodeRegistry)".into(),
            ClaimKind::GovernanceRewards => "governor stake (Governance)".into(),
        }
    }
}

/// An account's stake in one pool, and the pool it lives in now (after any migration).
#[derive(Debug, Clone)]
pub struct PoolStake {
    /// The pool staked in.
    pub pool_id: u64,
    /// The pool the stake lives in now.
    pub home: PoolState,
    /// The ETH staked.
    pub principal: U256,
    /// The rewards it pays now (0 until the pool is settled).
    pub claimable: U256,
}

impl PoolStake {
    /// What happens to the stake, for people.
    pub fn note(&self) -> String {
        let moved = if self.home.id == self.pool_id {
            String::new()
        } else {
            format!(" (migrated into pool {})", self.home.id)
        };
        match self.home.status {
            PoolStatus::Pending => format!("it may be unstaked until the pool activates{moved}"),
            PoolStatus::Cancelled => format!("the pool was cancelled: unstake it{moved}"),
            PoolStatus::Active => {
                format!("running until {}, then settled from its vault{moved}", utc(self.home.end_time))
            }
            PoolStatus::Completed if self.claimable.is_zero() => {
                format!("settled: no rewards to claim; its principal is redeemed with aETH (`stkr redeem`){moved}")
            }
            PoolStatus::Completed => format!("rewards claimable now; the principal is redeemed with aETH{moved}"),
            other => format!("pool status {other}{moved}"),
        }
    }
}

/// ANKR an account has staked for reward shares.
#[derive(Debug, Clone, Copy, Default)]
pub struct RewardStakes {
    /// For reward shares (`stkr stake --rewards`).
    pub staker_rewards: U256,
    /// On sidecars, all nodes together.
    pub sidecars: U256,
    /// In Governance, when there is a Governance contract.
    pub governance: Option<U256>,
}

/// What the reward pool holds before its next distribution.
#[derive(Debug, Clone, Copy, Default)]
pub struct RewardPoolState {
    /// ETH waiting to be distributed.
    pub eth: U256,
    /// ANKR waiting to be distributed.
    pub ankr: U256,
    /// When the next distribution may run (unix seconds).
    pub next_distribution_at: u64,
    /// Whether it may run now.
    pub due: bool,
}

/// Everything about an account's claims.
#[derive(Debug, Clone, Default)]
pub struct Claims {
    /// Every amount it can claim now, each by its own transaction.
    pub items: Vec<Claim>,
    /// Its stakes in pools.
    pub pool_stakes: Vec<PoolStake>,
    /// Its ANKR stakes that earn rewards.
    pub reward_stakes: RewardStakes,
    /// The reward pool.
    pub reward_pool: RewardPoolState,
    /// Pool claims left out, in words (none today: rewards stay with the staker whatever its aETH).
    pub blocked: Vec<String>,
    /// The account's aETH.
    pub aeth: U256,
    /// The ETH that aETH redeems for at today's rate (`stkr redeem`).
    pub aeth_value: U256,
}

impl Claims {
    /// All the ETH and ANKR claimable.
    pub fn total(&self) -> (U256, U256) {
        self.items.iter().fold((U256::ZERO, U256::ZERO), |(e, a), i| (e + i.eth, a + i.ankr))
    }

    /// The principal staked in the pool of a pool claim.
    pub fn principal_of(&self, claim: &Claim) -> Option<U256> {
        let id = claim.pool_id?;
        self.pool_stakes.iter().find(|s| s.pool_id == id).map(|s| s.principal)
    }
}

/// The first round trip's slots.
struct Heads {
    count: Slot<MicroPool::poolCountCall>,
    now: Slot<Multicall3::getCurrentBlockTimestampCall>,
    refund: Slot<MicroPool::refundOfCall>,
    staker_rewards: Slot<StakerRewards::pendingRewardsCall>,
    staker_stake: Slot<StakerRewards::stakeOfCall>,
    sidecar_rewards: Slot<NodeRegistry::pendingRewardsCall>,
    sidecar_stake: Slot<NodeRegistry::totalStakeOfCall>,
    pool_eth: Slot<Multicall3::getEthBalanceCall>,
    pool_ankr: Slot<RewardPool::ankrBalanceCall>,
    next: Slot<RewardPool::nextDistributionAtCall>,
    aeth: Slot<AETH::balanceOfCall>,
    governance: Option<(Address, Slot<Governance::pendingRewardsCall>, Slot<Governance::memberOfCall>)>,
}

impl Heads {
    fn add(batch: &mut Batch, c: &Contracts, address: Address) -> Self {
        Self {
            count: batch.add(c.micro_pool, MicroPool::poolCountCall {}),
            now: batch.add(c.multicall3, Multicall3::getCurrentBlockTimestampCall {}),
            refund: batch.add(c.micro_pool, MicroPool::refundOfCall { provider: address }),
            staker_rewards: batch.add(c.staker_rewards, StakerRewards::pendingRewardsCall { account: address }),
            staker_stake: batch.add(c.staker_rewards, StakerRewards::stakeOfCall { staker: address }),
            sidecar_rewards: batch.add(c.node_registry, NodeRegistry::pendingRewardsCall { account: address }),
            sidecar_stake: batch.add(c.node_registry, NodeRegistry::totalStakeOfCall { staker: address }),
            pool_eth: batch.add(c.multicall3, Multicall3::getEthBalanceCall { account: c.reward_pool }),
            pool_ankr: batch.add(c.reward_pool, RewardPool::ankrBalanceCall {}),
            next: batch.add(c.reward_pool, RewardPool::nextDistributionAtCall {}),
            aeth: batch.add(c.aeth, AETH::balanceOfCall { account: address }),
            governance: c.governance.map(|g| {
                (
                    g,
                    batch.add(g, Governance::pendingRewardsCall { account: address }),
                    batch.add(g, Governance::memberOfCall { account: address }),
                )
            }),
        }
    }
}

/// Read everything `address` can claim, in a few batched round trips whatever the number of pools.
pub async fn gather(chain: &Chain, c: &Contracts, address: Address) -> Result<Claims> {
    let mut batch = Batch::new();
    let heads = Heads::add(&mut batch, c, address);
    let r = batch.run(chain, c.multicall3).await?;
    let count = r.get(heads.count)?.saturating_to::<u64>();
    let now = r.get(heads.now)?.saturating_to::<u64>();
    let next = r.get(heads.next)?.saturating_to::<u64>();
    let mut claims = Claims {
        reward_stakes: RewardStakes {
            staker_rewards: r.get(heads.staker_stake)?,
            sidecars: r.get(heads.sidecar_stake)?,
            governance: heads.governance.as_ref().map(|(_, _, m)| r.get(*m)).transpose()?.map(|m| U256::from(m.stake)),
        },
        reward_pool: RewardPoolState {
            eth: r.get(heads.pool_eth)?,
            ankr: r.get(heads.pool_ankr)?,
            next_distribution_at: next,
            due: now >= next,
        },
        ..Claims::default()
    };
    let pools = pool::scan(chain, c, count, Some(address)).await?;
    claims.aeth = r.get(heads.aeth)?;
    pool_claims(chain, c, address, &pools, &mut claims).await?;
    provider_shares(c, address, &pools, &mut claims);
    let refund = r.get(heads.refund)?;
    if !refund.is_zero() {
        claims.items.push(Claim {
            kind: ClaimKind::Refund,
            pool_id: None,
            eth: refund,
            ankr: U256::ZERO,
            request: request(c.micro_pool, MicroPool::withdrawRefundCall {}),
        });
    }
    reward_claims(c, &r, &heads, &mut claims)?;
    Ok(claims)
}

/// The account's pool stakes and the rewards of settled ones (they stay with the account that staked,
/// whoever holds the aETH), and what its aETH redeems for.
async fn pool_claims(
    chain: &Chain,
    c: &Contracts,
    address: Address,
    pools: &[(PoolState, Option<IMicroPool::Stake>)],
    claims: &mut Claims,
) -> Result<()> {
    let staked: Vec<(&PoolState, U256)> = pools
        .iter()
        .filter_map(|(pool, stake)| {
            let principal = stake.as_ref().map(|s| U256::from(s.principal)).unwrap_or_default();
            (!principal.is_zero()).then_some((pool, principal))
        })
        .collect();
    let mut batch = Batch::new();
    let slots: Vec<_> = staked
        .iter()
        .map(|(pool, _)| {
            let id = U256::from(pool.id);
            (
                batch.add(c.micro_pool, MicroPool::claimableCall { poolId: id, staker: address }),
                batch.add(c.micro_pool, MicroPool::resolvedPoolCall { poolId: id }),
            )
        })
        .collect();
    let value = batch.add(c.micro_pool, MicroPool::previewRedeemCall { amount: claims.aeth });
    let r = batch.run(chain, c.multicall3).await?;
    claims.aeth_value = r.get(value)?;
    for ((pool, principal), (claimable, resolved)) in staked.into_iter().zip(slots) {
        let claimable = r.get(claimable)?;
        let resolved = r.get(resolved)?.saturating_to::<u64>();
        let home = pools.get((resolved as usize).wrapping_sub(1)).map(|(p, _)| p).unwrap_or(pool);
        claims.pool_stakes.push(PoolStake { pool_id: pool.id, home: home.clone(), principal, claimable });
        if home.status != PoolStatus::Completed || claimable.is_zero() {
            continue;
        }
        claims.items.push(Claim {
            kind: ClaimKind::Pool,
            pool_id: Some(pool.id),
            eth: claimable,
            ankr: U256::ZERO,
            request: request(c.micro_pool, MicroPool::claimCall { poolId: U256::from(pool.id) }),
        });
    }
    Ok(())
}

/// A provider's own share of each settled pool it opened, not yet claimed.
fn provider_shares(
    c: &Contracts,
    address: Address,
    pools: &[(PoolState, Option<IMicroPool::Stake>)],
    claims: &mut Claims,
) {
    for (pool, _) in pools {
        if is_provider_share(pool, address) {
            claims.items.push(Claim {
                kind: ClaimKind::ProviderShare,
                pool_id: Some(pool.id),
                eth: pool.provider_payout,
                ankr: U256::ZERO,
                request: request(c.micro_pool, MicroPool::claimProviderCall { poolId: U256::from(pool.id) }),
            });
        }
    }
}

/// Whether `pool` owes `address` its provider's share now.
pub fn is_provider_share(pool: &PoolState, address: Address) -> bool {
    pool.provider == address && pool.status == PoolStatus::Completed && !pool.provider_payout.is_zero()
}

/// Rewards from reward shares, sidecar stakes and governance.
fn reward_claims(c: &Contracts, r: &Answers, heads: &Heads, claims: &mut Claims) -> Result<()> {
    let staker = r.get(heads.staker_rewards)?;
    let sidecar = r.get(heads.sidecar_rewards)?;
    let mut sinks = vec![
        (
            ClaimKind::StakerRewards,
            request(c.staker_rewards, StakerRewards::claimRewardsCall {}),
            staker.eth,
            staker.ankr,
        ),
        (
            ClaimKind::SidecarRewards,
            request(c.node_registry, NodeRegistry::claimRewardsCall {}),
            sidecar.eth,
            sidecar.ankr,
        ),
    ];
    if let Some((g, pending, _)) = &heads.governance {
        let pending = r.get(*pending)?;
        sinks.push((
            ClaimKind::GovernanceRewards,
            request(*g, Governance::claimRewardsCall {}),
            pending.eth,
            pending.ankr,
        ));
    }
    for (kind, request, eth, ankr) in sinks {
        if !eth.is_zero() || !ankr.is_zero() {
            claims.items.push(Claim { kind, pool_id: None, eth, ankr, request });
        }
    }
    Ok(())
}
