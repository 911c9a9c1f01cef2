//! `stkr status`: one screen for an account across every role, in a few batched reads.

use alloy::primitives::{Address, U256};
use clap::Args;
use eyre::Result;
use serde::Serialize;
use stkr_core::{
    batch::{Answers, Batch, Slot},
    bindings::{Governance, MicroPool, Multicall3, NodeRegistry, ProviderRegistry},
    chain::Chain,
    codes::{GovernorRole, PoolStatus, ProviderStatus, TrustLevel, Vote},
    deploy::Contracts,
    governance::{VoteFacts, check_vote},
    holdings::{HoldingSlots, Holdings},
    input::parse_address,
    output::{Render, Style, rows},
    sidecar_rewards::{PositionSlots, SidecarPosition, SidecarRewards},
    units::AmountView,
};

use crate::{Context, common::address_or_account};

/// How many of the newest proposals `status` checks for a governor's missing votes.
const RECENT_PROPOSALS: u64 = 50;

/// One screen for an account across roles: balances, pools, collateral, stakes, claimable rewards and votes waiting.
///
/// Examples:
///   stkr status --account alice
///   stkr status --address 0x70997970C51812dc3A010C7d01b50e0d17dc79C8
///   stkr --json status -a alice | jq .rewards
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct StatusArgs {
    /// Look at this address instead of --account's.
    #[arg(long, value_parser = parse_address, value_name = "ADDRESS")]
    address: Option<Address>,
}

/// Wallet balances.
#[derive(Debug, Serialize)]
pub struct Balances {
    /// ETH.
    pub eth: AmountView,
    /// ANKR.
    pub ankr: AmountView,
    /// aETH.
    pub aeth: AmountView,
}

/// A stake in one micro-pool.
#[derive(Debug, Serialize)]
pub struct PoolStake {
    /// The pool.
    pub pool_id: u64,
    /// pending, active, completed, cancelled or migrated.
    pub status: PoolStatus,
    /// The ETH staked.
    pub principal: AmountView,
    /// The ANKR fee paid for it.
    pub fee_paid: AmountView,
    /// ETH claimable now.
    pub claimable: AmountView,
}

/// The account as a provider.
#[derive(Debug, Serialize)]
pub struct ProviderStanding {
    /// The brand.
    pub brand: String,
    /// applied or qualified.
    pub status: ProviderStatus,
    /// untrusted, semi-trusted or trusted.
    pub trust_level: TrustLevel,
    /// ANKR collateral.
    pub collateral: AmountView,
    /// What its pools and projects require.
    pub required_collateral: AmountView,
    /// Nodes running now.
    pub active_nodes: u32,
    /// Pools and projects it serves now.
    pub active_commitments: u32,
    /// Failures on record.
    pub failures: u32,
}

/// ANKR staked across the protocol.
#[derive(Debug, Serialize)]
pub struct Stakes {
    /// Staked on sidecars (NodeRegistry).
    pub sidecars: AmountView,
    /// The candidate the sidecar stake's votes go to, if any.
    pub delegate: Option<Address>,
    /// Staked for the reward pool's 40 % (StakerRewards).
    pub rewards: AmountView,
    /// Governance stake.
    pub governance: AmountView,
    /// governor, candidate, invited or none.
    pub governance_role: GovernorRole,
    /// Bid bonds in the marketplace: free to bid with or withdraw.
    pub bond_free: AmountView,
    /// Bid bonds locked in sealed bids.
    pub bond_locked: AmountView,
}

/// Rewards claimable from one place.
#[derive(Debug, Serialize)]
pub struct Claimable {
    /// Where: pools, governance, staker-rewards, sidecars.
    pub source: &'static str,
    /// ETH.
    pub eth: AmountView,
    /// ANKR.
    pub ankr: AmountView,
}

/// `stkr status`.
#[derive(Debug, Serialize)]
pub struct StatusReport {
    /// The account.
    pub address: Address,
    /// The chain.
    pub chain_id: u64,
    /// The block read.
    pub block: u64,
    /// Wallet balances.
    pub balances: Balances,
    /// Stakes in micro-pools.
    pub pools: Vec<PoolStake>,
    /// The provider record, when the account is one.
    pub provider: Option<ProviderStanding>,
    /// ANKR stakes.
    pub stakes: Stakes,
    /// Everything claimable now (`stkr claim` takes it all).
    pub rewards: Vec<Claimable>,
    /// Open proposals this governor has not voted on.
    pub votes_pending: Vec<u64>,
}

impl Render for StatusReport {
    fn render(&self, style: &Style) -> String {
        let mut out = vec![style.bold(&format!("{} on chain {} at block {}", self.address, self.chain_id, self.block))];
        out.push(rows(
            style,
            &[
                ("ETH", self.balances.eth.formatted.clone()),
                ("ANKR", self.balances.ankr.formatted.clone()),
                ("aETH", self.balances.aeth.formatted.clone()),
            ],
        ));
        if let Some(p) = &self.provider {
            out.push(style.bold("provider"));
            out.push(rows(
                style,
                &[
                    ("brand", p.brand.clone()),
                    ("status", format!("{} ({})", p.status, p.trust_level)),
                    ("collateral", format!("{} (required {})", p.collateral, p.required_collateral)),
                    ("nodes", p.active_nodes.to_string()),
                    ("commitments", p.active_commitments.to_string()),
                    ("failures", p.failures.to_string()),
                ],
            ));
        }
        if !self.pools.is_empty() {
            out.push(style.bold("pools"));
            for p in &self.pools {
                out.push(format!(
                    "  pool {:<5} {:<10} staked {:<12} fee {:<14} claimable {}",
                    p.pool_id, p.status, p.principal.formatted, p.fee_paid.formatted, p.claimable.formatted
                ));
            }
        }
        let s = &self.stakes;
        let mut stake_rows = vec![
            ("on sidecars", s.sidecars.formatted.clone()),
            ("for rewards", s.rewards.formatted.clone()),
            ("governance", format!("{} ({})", s.governance, s.governance_role)),
            ("bid bonds", format!("{} free, {} locked", s.bond_free, s.bond_locked)),
        ];
        if let Some(delegate) = s.delegate {
            stake_rows.push(("votes to", delegate.to_string()));
        }
        out.push(style.bold("ANKR stakes"));
        out.push(rows(style, &stake_rows));
        out.push(style.bold("claimable"));
        if self.rewards.is_empty() {
            out.push("  nothing yet".into());
        }
        for r in &self.rewards {
            out.push(format!("  {:<15} {} + {}", r.source, r.eth, r.ankr));
        }
        if !self.votes_pending.is_empty() {
            let ids = self.votes_pending.iter().map(|id| format!("#{id}")).collect::<Vec<_>>().join(", ");
            out.push(style.warn(&format!("votes waiting for you: {ids} (stkr govern show ID)")));
        }
        out.join("\n")
    }
}

impl StatusArgs {
    /// Read and show the account's standing.
    pub async fn run(self, ctx: &Context) -> Result<()> {
        let missing = "say whose status: pass --account NAME or --address ADDRESS";
        let who = address_or_account(ctx, self.address, missing)?;
        let (chain, c) = ctx.reader().await?;
        let report = read_status(&chain, &c, who).await?;
        ctx.out.result(&report)?;
        Ok(())
    }
}

/// The first round trip's slots: balances, the provider record, stakes, rewards and counts.
struct Heads {
    holdings: HoldingSlots,
    provider: Slot<ProviderRegistry::getProviderCall>,
    required: Slot<ProviderRegistry::requiredCollateralCall>,
    delegate: Slot<NodeRegistry::delegateOfCall>,
    pool_count: Slot<MicroPool::poolCountCall>,
    node_count: Slot<NodeRegistry::nodeCountCall>,
    block: Slot<Multicall3::getBlockNumberCall>,
    governance: Option<GovernanceSlots>,
}

/// The slots of the Governance contract's answers, when there is one.
struct GovernanceSlots {
    contract: Address,
    member: Slot<Governance::memberOfCall>,
    pending: Slot<Governance::pendingRewardsCall>,
    proposal_count: Slot<Governance::proposalCountCall>,
}

impl Heads {
    fn add(batch: &mut Batch, c: &Contracts, who: Address) -> Self {
        Self {
            holdings: HoldingSlots::add(batch, c, who),
            provider: batch.add(c.provider_registry, ProviderRegistry::getProviderCall { provider: who }),
            required: batch.add(c.provider_registry, ProviderRegistry::requiredCollateralCall { provider: who }),
            delegate: batch.add(c.node_registry, NodeRegistry::delegateOfCall { staker: who }),
            pool_count: batch.add(c.micro_pool, MicroPool::poolCountCall {}),
            node_count: batch.add(c.node_registry, NodeRegistry::nodeCountCall {}),
            block: batch.add(c.multicall3, Multicall3::getBlockNumberCall {}),
            governance: c.governance.map(|contract| GovernanceSlots {
                contract,
                member: batch.add(contract, Governance::memberOfCall { account: who }),
                pending: batch.add(contract, Governance::pendingRewardsCall { account: who }),
                proposal_count: batch.add(contract, Governance::proposalCountCall {}),
            }),
        }
    }
}

/// An account's place in governance, read in the first round trip.
struct Governing {
    contract: Option<Address>,
    stake: U256,
    role: GovernorRole,
    seated_at: u64,
    proposal_count: u64,
}

/// The status of `who`: two or three round trips whatever the number of pools.
pub async fn read_status(chain: &Chain, c: &Contracts, who: Address) -> Result<StatusReport> {
    let mut batch = Batch::new();
    let heads = Heads::add(&mut batch, c, who);
    let r = batch.run(chain, c.multicall3).await?;
    let mut rewards = Vec::new();
    let mut push_reward = |source: &'static str, eth: U256, ankr: U256| {
        if !eth.is_zero() || !ankr.is_zero() {
            rewards.push(Claimable { source, eth: AmountView::eth(eth), ankr: AmountView::ankr(ankr) });
        }
    };
    let mut governing =
        Governing { contract: None, stake: U256::ZERO, role: GovernorRole::None, seated_at: 0, proposal_count: 0 };
    if let Some(g) = &heads.governance {
        let member = r.get(g.member)?;
        let pending = r.get(g.pending)?;
        governing = Governing {
            contract: Some(g.contract),
            stake: U256::from(member.stake),
            role: GovernorRole::of(member.governor, member.candidate, member.invited),
            seated_at: member.seatedAt.to::<u64>(),
            proposal_count: r.get(g.proposal_count)?.saturating_to::<u64>(),
        };
        push_reward("governance", pending.eth, pending.ankr);
    }
    let held = heads.holdings.read(&r)?;
    push_reward("staker-rewards", held.staker_rewards.0, held.staker_rewards.1);
    let counts = (r.get(heads.pool_count)?.saturating_to::<u64>(), r.get(heads.node_count)?.saturating_to::<u64>());
    let (pools, votes_pending, positions) = pools_and_votes(chain, c, who, counts, &governing).await?;
    let sidecars = SidecarRewards::of(&positions);
    push_reward("sidecars", sidecars.vested.0, sidecars.vested.1);
    push_reward("sidecars (vesting until their nodes finish)", sidecars.vesting.0, sidecars.vesting.1);
    let pool_claims = pools.iter().fold(U256::ZERO, |sum, p| sum + p.claimable_wei);
    push_reward("pools", pool_claims, U256::ZERO);
    let found = Found { pools: pools.into_iter().map(|p| p.view).collect(), rewards, votes_pending };
    report(chain, &r, &heads, who, &governing, &held, found)
}

/// What the later reads found: pool stakes, claimable rewards and votes waiting.
struct Found {
    pools: Vec<PoolStake>,
    rewards: Vec<Claimable>,
    votes_pending: Vec<u64>,
}

/// A pool stake with its claimable wei, to add up.
struct PoolLine {
    view: PoolStake,
    claimable_wei: U256,
}

/// The second round trip(s): the account's stake and claim in every pool, and its votes on recent proposals
/// when it governs.
async fn pools_and_votes(
    chain: &Chain,
    c: &Contracts,
    who: Address,
    (pool_count, node_count): (u64, u64),
    governing: &Governing,
) -> Result<(Vec<PoolLine>, Vec<u64>, Vec<SidecarPosition>)> {
    let mut batch = Batch::new();
    let positions = PositionSlots::add(&mut batch, c, node_count, who);
    let pool_slots: Vec<_> = (1..=pool_count)
        .map(|id| {
            let pool_id = U256::from(id);
            (
                id,
                batch.add(c.micro_pool, MicroPool::getStakeCall { poolId: pool_id, staker: who }),
                batch.add(c.micro_pool, MicroPool::claimableCall { poolId: pool_id, staker: who }),
                batch.add(c.micro_pool, MicroPool::getPoolCall { poolId: pool_id }),
            )
        })
        .collect();
    let count = governing.proposal_count;
    let recent = match governing.contract {
        Some(gov) if governing.role == GovernorRole::Governor => (count.saturating_sub(RECENT_PROPOSALS) + 1..=count)
            .map(|id| {
                let proposal = batch.add(gov, Governance::getProposalCall { id: U256::from(id) });
                (id, proposal, batch.add(gov, Governance::voteOfCall { id: U256::from(id), governor: who }))
            })
            .collect(),
        _ => Vec::new(),
    };
    let r = batch.run(chain, c.multicall3).await?;
    let mut pools = Vec::new();
    for (id, stake, claimable, pool) in pool_slots {
        let stake = r.get(stake)?;
        let claimable = r.get(claimable)?;
        if stake.principal == 0 && claimable.is_zero() {
            continue;
        }
        let view = PoolStake {
            pool_id: id,
            status: PoolStatus::from(r.get(pool)?.status),
            principal: AmountView::eth(U256::from(stake.principal)),
            fee_paid: AmountView::ankr(U256::from(stake.feePaid)),
            claimable: AmountView::eth(claimable),
        };
        pools.push(PoolLine { view, claimable_wei: claimable });
    }
    let now = chain.time().await?;
    let mut votes_pending = Vec::new();
    for (id, proposal, vote) in recent {
        let proposal = r.get(proposal)?;
        let facts = VoteFacts {
            governor: who,
            is_governor: true,
            seated_at: governing.seated_at,
            id,
            proposal_count: governing.proposal_count,
            start: proposal.start.to::<u64>(),
            end: proposal.end.to::<u64>(),
            now,
            cast: Vote::from(r.get(vote)?),
        };
        if check_vote(&facts).is_ok() {
            votes_pending.push(id);
        }
    }
    Ok((pools, votes_pending, positions.read(&r)?))
}

/// The report from the first round trip's answers and what the later reads found.
fn report(
    chain: &Chain,
    r: &Answers,
    heads: &Heads,
    who: Address,
    governing: &Governing,
    held: &Holdings,
    found: Found,
) -> Result<StatusReport> {
    let Found { pools, rewards, votes_pending } = found;
    let provider = r.get(heads.provider)?;
    let status = ProviderStatus::from(provider.status);
    let required = r.get(heads.required)?;
    let provider = (status != ProviderStatus::None).then(|| ProviderStanding {
        brand: provider.brand.clone(),
        status,
        trust_level: TrustLevel::from(provider.trust),
        collateral: AmountView::ankr(U256::from(provider.collateral)),
        required_collateral: AmountView::ankr(required),
        active_nodes: provider.activeNodes,
        active_commitments: provider.activeCommitments,
        failures: provider.failures,
    });
    let delegate = r.get(heads.delegate)?;
    Ok(StatusReport {
        address: who,
        chain_id: chain.chain_id,
        block: r.get(heads.block)?.saturating_to::<u64>(),
        balances: Balances {
            eth: AmountView::eth(held.eth),
            ankr: AmountView::ankr(held.ankr),
            aeth: AmountView::of(held.aeth, "aETH"),
        },
        pools,
        provider,
        stakes: Stakes {
            sidecars: AmountView::ankr(held.sidecar_stake),
            delegate: (!delegate.is_zero()).then_some(delegate),
            rewards: AmountView::ankr(held.reward_stake),
            governance: AmountView::ankr(governing.stake),
            governance_role: governing.role,
            bond_free: AmountView::ankr(held.bond_free),
            bond_locked: AmountView::ankr(held.bond_locked),
        },
        rewards,
        votes_pending,
    })
}
