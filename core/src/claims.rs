//! What an account can claim — its stakes' pool rewards, a provider's own share of settled pools, refunds
//! and rewards — and the call that claims each (principal is redeemed with aETH, `stkr redeem`): one home for `stkr rewards`, `stkr claim` and the
//! dashboard.

use alloy::{
    primitives::{Address, U256, uint},
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
    sidecar_rewards::{PositionSlots, SidecarPosition, SidecarRewards},
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
    /// The node, for sidecar rewards (each node's stake claims on its own once the node finishes).
    pub node_id: Option<u64>,
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
            ClaimKind::SidecarRewards => {
                format!("node {} sidecar stake (NodeRegistry, vested)", self.node_id.unwrap_or_default())
            }
            ClaimKind::GovernanceRewards => "governor stake (Governance)".into(),
        }
    }
}

/// Whether `claim` is worth sending when claiming it costs `fee` (wei of ETH): its ETH is at least
/// `min_fee_multiple_bps` / 10,000 times the fee, or its ANKR at least `min_ankr` (ANKR has no ETH price
/// here, so its threshold is its own).
pub fn worth_claiming(claim: &Claim, fee: U256, min_fee_multiple_bps: u64, min_ankr: U256) -> bool {
    let eth_worth = !claim.eth.is_zero()
        && claim.eth.saturating_mul(U256::from(10_000u64)) >= fee.saturating_mul(U256::from(min_fee_multiple_bps));
    let ankr_worth = !claim.ankr.is_zero() && claim.ankr >= min_ankr;
    eth_worth || ankr_worth
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

/// One category's reward stream (§3.4.6): the reward pool's latest cut flows to its shares at a constant
/// rate until `finish_at`, so a share earns only while it is held.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Stream {
    /// ETH per second to the whole category (0 once the stream has ended).
    pub eth_per_second: U256,
    /// ANKR per second to the whole category.
    pub ankr_per_second: U256,
    /// When the current stream ends (unix seconds; 0 before the first).
    pub finish_at: u64,
    /// The account's shares (whole gwei of ANKR).
    pub shares: U256,
    /// All shares of the category.
    pub total_shares: U256,
}

impl Stream {
    /// The account's part of the stream per second (ETH, ANKR), at today's shares.
    pub fn account_rate(&self) -> (U256, U256) {
        if self.total_shares < MIN_REWARD_SHARES {
            return (U256::ZERO, U256::ZERO);
        }
        (self.eth_per_second * self.shares / self.total_shares, self.ankr_per_second * self.shares / self.total_shares)
    }

    /// Whether it is streaming at chain time `now`.
    pub fn is_running(&self, now: u64) -> bool {
        now < self.finish_at && (!self.eth_per_second.is_zero() || !self.ankr_per_second.is_zero())
    }
}

/// The fewest shares (1,000 ANKR) a category needs to be paid: below that its stream is carried over.
pub const MIN_REWARD_SHARES: U256 = uint!(1_000_000_000_000_000_000_000_U256);
/// Wei of ANKR in one reward share unit: shares count whole gwei.
const SHARE_UNIT: u64 = 1_000_000_000;

/// The account's share of each category's stream.
#[derive(Debug, Clone, Copy, Default)]
pub struct Streams {
    /// Reward shares (StakerRewards).
    pub staker_rewards: Stream,
    /// Sidecar stakes (NodeRegistry), all nodes together.
    pub sidecars: Stream,
    /// Governors (Governance), when there is a Governance contract.
    pub governance: Option<Stream>,
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
    /// Sidecar stakes node by node, with what each has earned (vested once its node finished).
    pub sidecar_positions: Vec<SidecarPosition>,
    /// Sidecar rewards, claimable and still vesting.
    pub sidecar_rewards: SidecarRewards,
    /// The reward streams the account earns from.
    pub streams: Streams,
    /// The chain's time when read.
    pub now: u64,
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
    staker_stream: StreamSlots,
    node_count: Slot<NodeRegistry::nodeCountCall>,
    sidecar_stake: Slot<NodeRegistry::totalStakeOfCall>,
    sidecar_stream: StreamSlots,
    pool_eth: Slot<Multicall3::getEthBalanceCall>,
    pool_ankr: Slot<RewardPool::ankrBalanceCall>,
    next: Slot<RewardPool::nextDistributionAtCall>,
    aeth: Slot<AETH::balanceOfCall>,
    governance: Option<(Address, Slot<Governance::pendingRewardsCall>, Slot<Governance::memberOfCall>)>,
    governance_stream: Option<(StreamSlots, Slot<Governance::rewardSharesOfCall>)>,
}

/// The slots of one category's stream (the three sinks share the `IRewardStream` calls).
struct StreamSlots {
    rate: Slot<StakerRewards::rewardRateCall>,
    total: Slot<StakerRewards::totalRewardSharesCall>,
    shares: Option<Slot<StakerRewards::rewardSharesOfCall>>,
}

impl StreamSlots {
    fn add(batch: &mut Batch, sink: Address, account: Option<Address>) -> Self {
        Self {
            rate: batch.add(sink, StakerRewards::rewardRateCall {}),
            total: batch.add(sink, StakerRewards::totalRewardSharesCall {}),
            shares: account.map(|account| batch.add(sink, StakerRewards::rewardSharesOfCall { account })),
        }
    }

    fn read(&self, r: &Answers, shares: Option<U256>) -> Result<Stream> {
        let rate = r.get(self.rate)?;
        let shares = match (shares, self.shares) {
            (Some(shares), _) => shares,
            (None, Some(slot)) => r.get(slot)?,
            (None, None) => U256::ZERO,
        };
        Ok(Stream {
            eth_per_second: rate.ethPerSecond,
            ankr_per_second: rate.ankrPerSecond,
            finish_at: rate.finishAt.saturating_to(),
            shares,
            total_shares: r.get(self.total)?,
        })
    }
}

impl Heads {
    fn add(batch: &mut Batch, c: &Contracts, address: Address) -> Self {
        Self {
            count: batch.add(c.micro_pool, MicroPool::poolCountCall {}),
            now: batch.add(c.multicall3, Multicall3::getCurrentBlockTimestampCall {}),
            refund: batch.add(c.micro_pool, MicroPool::refundOfCall { provider: address }),
            staker_rewards: batch.add(c.staker_rewards, StakerRewards::pendingRewardsCall { account: address }),
            staker_stake: batch.add(c.staker_rewards, StakerRewards::stakeOfCall { staker: address }),
            staker_stream: StreamSlots::add(batch, c.staker_rewards, Some(address)),
            node_count: batch.add(c.node_registry, NodeRegistry::nodeCountCall {}),
            sidecar_stake: batch.add(c.node_registry, NodeRegistry::totalStakeOfCall { staker: address }),
            sidecar_stream: StreamSlots::add(batch, c.node_registry, None),
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
            governance_stream: c.governance.map(|g| {
                (StreamSlots::add(batch, g, None), batch.add(g, Governance::rewardSharesOfCall { account: address }))
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
        now,
        ..Claims::default()
    };
    let mut batch = Batch::new();
    let positions = PositionSlots::add(&mut batch, c, r.get(heads.node_count)?.saturating_to(), address);
    claims.sidecar_positions = positions.read(&batch.run(chain, c.multicall3).await?)?;
    claims.sidecar_rewards = SidecarRewards::of(&claims.sidecar_positions);
    // A sidecar stake's shares are its ANKR in whole gwei.
    let sidecar_shares = claims
        .sidecar_positions
        .iter()
        .fold(U256::ZERO, |sum, p| sum + p.staked / U256::from(SHARE_UNIT) * U256::from(SHARE_UNIT));
    claims.streams = Streams {
        staker_rewards: heads.staker_stream.read(&r, None)?,
        sidecars: heads.sidecar_stream.read(&r, Some(sidecar_shares))?,
        governance: heads
            .governance_stream
            .as_ref()
            .map(|(stream, shares)| stream.read(&r, Some(r.get(*shares)?)))
            .transpose()?,
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
            node_id: None,
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
            node_id: None,
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
                node_id: None,
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
    let mut sinks = vec![(
        ClaimKind::StakerRewards,
        None,
        request(c.staker_rewards, StakerRewards::claimRewardsCall {}),
        staker.eth,
        staker.ankr,
    )];
    for position in claims.sidecar_positions.iter().filter(|p| p.is_vested()) {
        sinks.push((
            ClaimKind::SidecarRewards,
            Some(position.node_id),
            request(c.node_registry, NodeRegistry::claimRewardsCall { nodeId: U256::from(position.node_id) }),
            position.pending_eth,
            position.pending_ankr,
        ));
    }
    if let Some((g, pending, _)) = &heads.governance {
        let pending = r.get(*pending)?;
        sinks.push((
            ClaimKind::GovernanceRewards,
            None,
            request(*g, Governance::claimRewardsCall {}),
            pending.eth,
            pending.ankr,
        ));
    }
    for (kind, node_id, request, eth, ankr) in sinks {
        if !eth.is_zero() || !ankr.is_zero() {
            claims.items.push(Claim { kind, pool_id: None, node_id, eth, ankr, request });
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_claim_is_worth_it_above_a_multiple_of_its_fee_or_the_ankr_floor() {
        let claim = |eth: u64, ankr: u64| Claim {
            kind: ClaimKind::ProviderShare,
            pool_id: Some(1),
            node_id: None,
            eth: U256::from(eth),
            ankr: U256::from(ankr),
            request: TransactionRequest::default(),
        };
        // 10x the fee of 100 wei: 1000 wei is enough, 999 is not.
        assert!(worth_claiming(&claim(1_000, 0), U256::from(100), 100_000, U256::from(50)));
        assert!(!worth_claiming(&claim(999, 0), U256::from(100), 100_000, U256::from(50)));
        assert!(worth_claiming(&claim(0, 50), U256::from(100), 100_000, U256::from(50)));
        assert!(!worth_claiming(&claim(0, 49), U256::from(100), 100_000, U256::from(50)));
        assert!(!worth_claiming(&claim(0, 0), U256::ZERO, 100_000, U256::ZERO), "nothing is never worth it");
    }
}
