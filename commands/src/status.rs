//! `stkr status`: one screen for an account across every role, in a few batched reads.

use alloy::primitives::{Address, Bytes, U256};
use clap::Args;
use eyre::Result;
use serde::Serialize;
use stkr_core::{
    batch::{self, call},
    bindings::{
        AETH, AnkrToken, Governance, Marketplace, MicroPool, Multicall3, NodeRegistry, ProviderRegistry, StakerRewards,
    },
    deploy::Contracts,
    input::parse_address,
    output::{Render, Style, rows},
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
    pub status: &'static str,
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
    pub status: &'static str,
    /// untrusted, semi-trusted or trusted.
    pub trust_level: &'static str,
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
    pub governance_role: &'static str,
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

fn pool_status(code: u8) -> &'static str {
    match code {
        1 => "pending",
        2 => "active",
        3 => "completed",
        4 => "cancelled",
        5 => "migrated",
        _ => "none",
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

/// The status of `who`: two or three round trips whatever the number of pools.
pub async fn read_status(chain: &stkr_core::chain::Chain, c: &Contracts, who: Address) -> Result<StatusReport> {
    let gov = c.governance;
    let mut calls: Vec<(Address, Bytes)> = vec![
        call(c.multicall3, Multicall3::getEthBalanceCall { account: who }),
        call(c.ankr_token, AnkrToken::balanceOfCall { account: who }),
        call(c.aeth, AETH::balanceOfCall { account: who }),
        call(c.provider_registry, ProviderRegistry::getProviderCall { provider: who }),
        call(c.provider_registry, ProviderRegistry::requiredCollateralCall { provider: who }),
        call(c.staker_rewards, StakerRewards::stakeOfCall { staker: who }),
        call(c.staker_rewards, StakerRewards::pendingRewardsCall { account: who }),
        call(c.node_registry, NodeRegistry::totalStakeOfCall { staker: who }),
        call(c.node_registry, NodeRegistry::pendingRewardsCall { account: who }),
        call(c.node_registry, NodeRegistry::delegateOfCall { staker: who }),
        call(c.micro_pool, MicroPool::poolCountCall {}),
        call(c.marketplace, Marketplace::bondOfCall { bidder: who }),
        call(c.multicall3, Multicall3::getBlockNumberCall {}),
    ];
    if let Some(gov) = gov {
        calls.push(call(gov, Governance::memberOfCall { account: who }));
        calls.push(call(gov, Governance::pendingRewardsCall { account: who }));
        calls.push(call(gov, Governance::proposalCountCall {}));
    }
    let r = batch::read(chain, c.multicall3, calls).await?;
    let eth = r[0].decode::<Multicall3::getEthBalanceCall>()?;
    let ankr = r[1].decode::<AnkrToken::balanceOfCall>()?;
    let aeth = r[2].decode::<AETH::balanceOfCall>()?;
    let provider = r[3].decode::<ProviderRegistry::getProviderCall>()?;
    let required = r[4].decode::<ProviderRegistry::requiredCollateralCall>()?;
    let reward_stake = r[5].decode::<StakerRewards::stakeOfCall>()?;
    let reward_pending = r[6].decode::<StakerRewards::pendingRewardsCall>()?;
    let sidecar_stake = r[7].decode::<NodeRegistry::totalStakeOfCall>()?;
    let sidecar_pending = r[8].decode::<NodeRegistry::pendingRewardsCall>()?;
    let delegate = r[9].decode::<NodeRegistry::delegateOfCall>()?;
    let pool_count = r[10].decode::<MicroPool::poolCountCall>()?.saturating_to::<u64>();
    let bond = r[11].decode::<Marketplace::bondOfCall>()?;
    let block = r[12].decode::<Multicall3::getBlockNumberCall>()?.saturating_to::<u64>();

    let mut rewards = Vec::new();
    let mut push_reward = |source: &'static str, eth: U256, ankr: U256| {
        if !eth.is_zero() || !ankr.is_zero() {
            rewards.push(Claimable { source, eth: AmountView::eth(eth), ankr: AmountView::ankr(ankr) });
        }
    };
    let (mut governance_stake, mut governance_role, mut proposal_count) = (U256::ZERO, "none", 0u64);
    if gov.is_some() {
        let member = r[13].decode::<Governance::memberOfCall>()?;
        let pending = r[14].decode::<Governance::pendingRewardsCall>()?;
        proposal_count = r[15].decode::<Governance::proposalCountCall>()?.saturating_to::<u64>();
        governance_stake = U256::from(member.stake);
        governance_role = if member.governor {
            "governor"
        } else if member.candidate {
            "candidate"
        } else if member.invited {
            "invited"
        } else {
            "none"
        };
        push_reward("governance", pending.eth, pending.ankr);
    }
    push_reward("staker-rewards", reward_pending.eth, reward_pending.ankr);
    push_reward("sidecars", sidecar_pending.eth, sidecar_pending.ankr);

    // Second round trip(s): the account's stake and claim in every pool, and its votes on recent
    // proposals when it governs.
    let mut calls: Vec<(Address, Bytes)> = Vec::with_capacity(pool_count as usize * 3);
    for id in 1..=pool_count {
        let pool_id = U256::from(id);
        calls.push(call(c.micro_pool, MicroPool::getStakeCall { poolId: pool_id, staker: who }));
        calls.push(call(c.micro_pool, MicroPool::claimableCall { poolId: pool_id, staker: who }));
        calls.push(call(c.micro_pool, MicroPool::getPoolCall { poolId: pool_id }));
    }
    let recent: Vec<u64> = if governance_role == "governor" {
        (proposal_count.saturating_sub(RECENT_PROPOSALS) + 1..=proposal_count).collect()
    } else {
        Vec::new()
    };
    if let Some(gov) = gov {
        for &id in &recent {
            calls.push(call(gov, Governance::getProposalCall { id: U256::from(id) }));
            calls.push(call(gov, Governance::voteOfCall { id: U256::from(id), governor: who }));
        }
    }
    let r = batch::read_chunked(chain, c.multicall3, calls, batch::CHUNK).await?;
    let mut pools = Vec::new();
    let mut pool_claims = U256::ZERO;
    for (index, triple) in r.chunks(3).take(pool_count as usize).enumerate() {
        let stake = triple[0].decode::<MicroPool::getStakeCall>()?;
        let claimable = triple[1].decode::<MicroPool::claimableCall>()?;
        if stake.principal == 0 && claimable.is_zero() {
            continue;
        }
        let pool = triple[2].decode::<MicroPool::getPoolCall>()?;
        pool_claims += claimable;
        pools.push(PoolStake {
            pool_id: index as u64 + 1,
            status: pool_status(pool.status),
            principal: AmountView::eth(U256::from(stake.principal)),
            fee_paid: AmountView::ankr(U256::from(stake.feePaid)),
            claimable: AmountView::eth(claimable),
        });
    }
    push_reward("pools", pool_claims, U256::ZERO);
    let now = chain.time().await?;
    let mut votes_pending = Vec::new();
    for (id, pair) in recent.iter().zip(r[pool_count as usize * 3..].chunks(2)) {
        let proposal = pair[0].decode::<Governance::getProposalCall>()?;
        let vote = pair[1].decode::<Governance::voteOfCall>()?;
        if vote == 0 && proposal.end.to::<u64>() > now {
            votes_pending.push(*id);
        }
    }
    let provider = (provider.status != 0).then(|| ProviderStanding {
        brand: provider.brand.clone(),
        status: if provider.status == 2 { "qualified" } else { "applied" },
        trust_level: ["untrusted", "semi-trusted", "trusted"].get(usize::from(provider.trust)).copied().unwrap_or("?"),
        collateral: AmountView::ankr(U256::from(provider.collateral)),
        required_collateral: AmountView::ankr(required),
        active_nodes: provider.activeNodes,
        active_commitments: provider.activeCommitments,
        failures: provider.failures,
    });
    Ok(StatusReport {
        address: who,
        chain_id: chain.chain_id,
        block,
        balances: Balances {
            eth: AmountView::eth(eth),
            ankr: AmountView::ankr(ankr),
            aeth: AmountView::of(aeth, "aETH"),
        },
        pools,
        provider,
        stakes: Stakes {
            sidecars: AmountView::ankr(sidecar_stake),
            delegate: (!delegate.is_zero()).then_some(delegate),
            rewards: AmountView::ankr(reward_stake),
            governance: AmountView::ankr(governance_stake),
            governance_role,
            bond_free: AmountView::ankr(bond.free),
            bond_locked: AmountView::ankr(bond.locked),
        },
        rewards,
        votes_pending,
    })
}
