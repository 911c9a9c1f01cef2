//! The plain snapshot of the protocol one refresh reads, and what follows from it (phases, fills, alerts).

use alloy::primitives::{Address, U256};
use serde::Serialize;
pub use stkr_core::market::Phase;
use stkr_core::{
    claims::is_provider_share,
    codes::{GovernancePhase, GovernorRole, NodeHealth, NodeStatus, ProjectStatus, ProviderStatus, TrustLevel, Vote},
    governance::{ProposalState, Timeline},
    market::Standing,
    pool::PoolState,
};

/// Everything the dashboard shows, read at one block.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Snapshot {
    /// The chain id.
    pub chain_id: u64,
    /// The block read.
    pub block: u64,
    /// That block's timestamp: the chain's clock.
    pub time: u64,
    /// The account's own standing, when the dashboard follows one.
    pub me: Option<Me>,
    /// Every micro-pool, by id.
    pub pools: Vec<Pool>,
    /// Every provider, in registry order.
    pub providers: Vec<Provider>,
    /// Every Stkr node, by id.
    pub nodes: Vec<Node>,
    /// The newest projects, newest first.
    pub projects: Vec<Project>,
    /// Governance, when deployed.
    pub governance: Option<Governance>,
    /// Every governance parameter: name and value for people.
    pub params: Vec<(String, String)>,
    /// The account's provider daemon, when one is configured here (`stkr provider init`).
    pub daemon: Option<stkr_providerd::commands::StatusReport>,
}

/// The account's balances, stakes and claims.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Me {
    /// The address.
    pub address: Address,
    /// ETH in the wallet.
    pub eth: U256,
    /// ANKR in the wallet.
    pub ankr: U256,
    /// aETH in the wallet.
    pub aeth: U256,
    /// ANKR staked on sidecars, all nodes together.
    pub sidecar_stake: U256,
    /// ANKR staked for reward shares.
    pub reward_stake: U256,
    /// ANKR staked in governance.
    pub governance_stake: U256,
    /// Its place in governance.
    pub governance_role: GovernorRole,
    /// Bid bond free to bid with.
    pub bond_free: U256,
    /// Bid bond locked in sealed bids.
    pub bond_locked: U256,
    /// Claimable from reward shares (ETH, ANKR).
    pub staker_rewards: (U256, U256),
    /// Claimable from sidecar stakes on finished nodes (ETH, ANKR).
    pub sidecar_rewards: (U256, U256),
    /// Earned on sidecars of running nodes, vesting when each finishes (ETH, ANKR).
    pub sidecar_vesting: (U256, U256),
    /// Claimable from governance (ETH, ANKR).
    pub governance_rewards: (U256, U256),
}

impl Me {
    /// ETH claimable now: pool payouts, a provider's own shares of settled pools (core's rule), rewards.
    pub fn claimable_eth(&self, pools: &[Pool]) -> U256 {
        let from_pools = pools.iter().filter_map(|p| p.mine.as_ref()).fold(U256::ZERO, |a, m| a + m.claimable);
        let shares = pools
            .iter()
            .filter(|p| is_provider_share(&p.state, self.address))
            .fold(U256::ZERO, |a, p| a + p.state.provider_payout);
        from_pools + shares + self.staker_rewards.0 + self.sidecar_rewards.0 + self.governance_rewards.0
    }

    /// ANKR claimable now.
    pub fn claimable_ankr(&self) -> U256 {
        self.staker_rewards.1 + self.sidecar_rewards.1 + self.governance_rewards.1
    }
}

/// The account's position in one pool.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct PoolStake {
    /// ETH staked.
    pub principal: U256,
    /// ETH claimable now.
    pub claimable: U256,
}

/// One micro-pool as core reads it, with the followed account's stake in it.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Pool {
    /// The pool's record.
    pub state: PoolState,
    /// The account's stake, when it has one.
    pub mine: Option<PoolStake>,
}

impl Pool {
    /// How full, from 0 to 1, for gauges and bars.
    pub fn fill(&self) -> f64 {
        self.state.fill_bps() as f64 / 10_000.0
    }
}

/// One provider.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Provider {
    /// Its address.
    pub address: Address,
    /// Its brand.
    pub brand: String,
    /// Applied or qualified.
    pub status: ProviderStatus,
    /// Which k applies to it.
    pub trust: TrustLevel,
    /// ANKR collateral.
    pub collateral: U256,
    /// What its commitments require.
    pub required_collateral: U256,
    /// Price per node, ANKR.
    pub price: U256,
    /// Nodes it may run at once.
    pub max_nodes: u16,
    /// Nodes running now.
    pub active_nodes: u32,
    /// Failures on record.
    pub failures: u32,
    /// Audited uptime in basis points.
    pub uptime_bps: u16,
    /// The reputation score and its parts.
    pub score: Score,
}

/// A reputation score, part by part (each out of the registry's scale).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Score {
    /// The whole score.
    pub total: u64,
    /// From the collateral staked.
    pub stake: u64,
    /// From the bid price.
    pub bid: u64,
    /// From the average running time.
    pub running_time: u64,
    /// From the uptime.
    pub uptime: u64,
}

/// One Stkr node with its sidecar.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Node {
    /// Its id.
    pub id: u64,
    /// Its provider.
    pub provider: Address,
    /// Its sidecar's account.
    pub sidecar: Address,
    /// Active or finished.
    pub status: NodeStatus,
    /// The sidecar's last reported health.
    pub health: NodeHealth,
    /// The period of its last report.
    pub last_report_period: u32,
    /// Audits of it that passed, of those received.
    pub audits: (u32, u32),
    /// Its audited uptime in basis points.
    pub uptime_bps: u64,
    /// ANKR staked on its sidecar.
    pub sidecar_stake: U256,
    /// The account's ANKR on it.
    pub my_stake: U256,
}

/// One project of a single requester.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Project {
    /// Its id.
    pub id: u64,
    /// Where it stands on chain.
    pub status: ProjectStatus,
    /// Sealed bids end (unix seconds).
    pub commit_end: u64,
    /// Reveals end.
    pub reveal_end: u64,
    /// The ceiling price (FP), ANKR.
    pub fixed_price: U256,
    /// The bond a bid locks, ANKR.
    pub bid_bond: U256,
    /// Who asked.
    pub requester: Address,
    /// Who runs it, once settled.
    pub provider: Address,
    /// What it pays, once settled.
    pub price: U256,
    /// When it started running.
    pub started_at: u64,
    /// How long it runs.
    pub duration_days: u32,
    /// The length of the commit phase (the `auction-commit-period` parameter), for the countdown.
    pub commit_period: u64,
    /// The auction tie band (`auction-tie-band`), in bps.
    pub tie_band_bps: u64,
    /// Its revealed bids, lowest first, with where each stands (core's auction rule).
    pub bids: Vec<(U256, Standing)>,
    /// The resources asked: CPU cores, RAM GB, storage GB, bandwidth Mbps.
    pub resources: [u32; 4],
    /// The account sealed a bid on it.
    pub my_commitment: bool,
    /// The account revealed its bid.
    pub my_revealed: bool,
}

impl Project {
    /// Its phase at chain time `now`.
    pub fn phase(&self, now: u64) -> Phase {
        let ends_at = self.started_at.saturating_add(u64::from(self.duration_days) * 86_400);
        Phase::of(self.status, now, self.commit_end, self.reveal_end, Some(ends_at))
    }

    /// The deadline of its phase at `now`, if it has one: the end of commits, of reveals, or of the run.
    pub fn deadline(&self, now: u64) -> Option<u64> {
        match self.phase(now) {
            Phase::Commit => Some(self.commit_end),
            Phase::Reveal => Some(self.reveal_end),
            Phase::Running => Some(self.started_at.saturating_add(u64::from(self.duration_days) * 86_400)),
            _ => None,
        }
    }

    /// How far through its current phase it is, 0 to 1, for the countdown gauge.
    pub fn phase_progress(&self, now: u64) -> f64 {
        let (start, end) = match self.phase(now) {
            Phase::Commit => (self.commit_end.saturating_sub(self.commit_period), self.commit_end),
            Phase::Reveal => (self.commit_end, self.reveal_end),
            Phase::Running => (self.started_at, self.started_at.saturating_add(u64::from(self.duration_days) * 86_400)),
            _ => return 1.0,
        };
        if end <= start {
            return 1.0;
        }
        (now.saturating_sub(start) as f64 / (end - start) as f64).clamp(0.0, 1.0)
    }
}

/// One governor or candidate.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Member {
    /// The address.
    pub address: Address,
    /// Own ANKR stake.
    pub stake: U256,
    /// Votes: own stake plus ANKR delegated by sidecar stakers.
    pub weight: U256,
    /// Consecutive votes missed (three get a governor slashed).
    pub missed_in_row: u8,
}

/// One proposal.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Proposal {
    /// Its id.
    pub id: u64,
    /// Who proposed it.
    pub proposer: Address,
    /// Its vote, timelock and expiry (unix seconds).
    pub timeline: Timeline,
    /// Executed already.
    pub executed: bool,
    /// Finalized (rejected or expired) already.
    pub finalized: bool,
    /// Votes for.
    pub yes: u16,
    /// Votes against.
    pub no: u16,
    /// The 2n+1 seats when it was made (quorum counts every seat).
    pub seats: u16,
    /// What it does, in the proposer's words.
    pub description: String,
    /// The contract's verdict on its votes (`Governance.passed`).
    pub passes: bool,
    /// The account's vote.
    pub my_vote: Vote,
}

impl Proposal {
    /// Where it stands at chain time `now`, by core's rule and the contract's verdict.
    pub fn state(&self, now: u64) -> ProposalState {
        ProposalState::of(self.executed, self.finalized, self.timeline, now, self.passes)
    }

    /// The next moment that matters for it at chain time `now`.
    pub fn deadline(&self, now: u64) -> Option<u64> {
        self.state(now).deadline(self.timeline)
    }
}

/// Governance at a glance.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Governance {
    /// Its phase.
    pub phase: GovernancePhase,
    /// The next election (unix seconds): a day after its snapshot.
    pub next_election: u64,
    /// The next election's snapshot: stakes, candidacies and delegated votes lock from it until it runs.
    pub election_snapshot: u64,
    /// The governors.
    pub governors: Vec<Member>,
    /// The candidates.
    pub candidates: Vec<Member>,
    /// The newest proposals, newest first.
    pub proposals: Vec<Proposal>,
}

/// How urgent an alert is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Worth knowing.
    Info,
    /// Needs the account's action.
    Action,
    /// Something is wrong.
    Warning,
}

/// Something the account should know or do.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Alert {
    /// How urgent.
    pub severity: Severity,
    /// What, in a sentence.
    pub text: String,
}

impl Snapshot {
    /// The account's provider record, when it is a provider.
    pub fn my_provider(&self) -> Option<&Provider> {
        let me = self.me.as_ref()?;
        self.providers.iter().find(|p| p.address == me.address)
    }

    /// The account's nodes, when it is a provider.
    pub fn my_nodes(&self) -> Vec<&Node> {
        match &self.me {
            Some(me) => self.nodes.iter().filter(|n| n.provider == me.address).collect(),
            None => Vec::new(),
        }
    }

    /// The pools the account opened.
    pub fn my_pools(&self) -> Vec<&Pool> {
        match &self.me {
            Some(me) => self.pools.iter().filter(|p| p.state.provider == me.address).collect(),
            None => Vec::new(),
        }
    }

    /// A provider's brand, or its address when it has none on record.
    pub fn brand_of(&self, address: Address) -> String {
        self.providers
            .iter()
            .find(|p| p.address == address && !p.brand.is_empty())
            .map(|p| p.brand.clone())
            .unwrap_or_else(|| short_address(address))
    }

    /// What needs the account's attention, most urgent first.
    pub fn alerts(&self) -> Vec<Alert> {
        let mut alerts = Vec::new();
        let Some(me) = &self.me else {
            return alerts;
        };
        let now = self.time;
        if let Some(gov) = &self.governance
            && me.governance_role == GovernorRole::Governor
        {
            let waiting: Vec<String> = gov
                .proposals
                .iter()
                .filter(|p| p.my_vote == Vote::None && now < p.timeline.end)
                .map(|p| format!("#{}", p.id))
                .collect();
            if !waiting.is_empty() {
                alerts.push(Alert {
                    severity: Severity::Action,
                    text: format!("Votes waiting for you: {} (Governance tab, y/n)", waiting.join(", ")),
                });
            }
        }
        for project in &self.projects {
            if project.my_commitment && !project.my_revealed && project.phase(now) == Phase::Reveal {
                alerts.push(Alert {
                    severity: Severity::Action,
                    text: format!(
                        "Reveal your bid on project {} before {} (Marketplace tab, r)",
                        project.id,
                        stkr_core::time::countdown(project.reveal_end, now)
                    ),
                });
            }
        }
        if let Some(provider) = self.my_provider() {
            if provider.collateral < provider.required_collateral {
                alerts.push(Alert {
                    severity: Severity::Warning,
                    text: format!(
                        "Collateral {} ANKR is below the {} ANKR your commitments require",
                        fmt_amount(provider.collateral),
                        fmt_amount(provider.required_collateral)
                    ),
                });
            }
            for node in self.my_nodes() {
                if node.status == NodeStatus::Active && node.health != NodeHealth::Healthy {
                    alerts.push(Alert {
                        severity: Severity::Warning,
                        text: format!("Node {} reports its sidecar as {}", node.id, node.health),
                    });
                }
            }
        }
        let eth = me.claimable_eth(&self.pools);
        let ankr = me.claimable_ankr();
        if !eth.is_zero() || !ankr.is_zero() {
            alerts.push(Alert {
                severity: Severity::Info,
                text: format!("{} ETH and {} ANKR to claim (c)", fmt_amount(eth), fmt_amount(ankr)),
            });
        }
        alerts.sort_by_key(|a| std::cmp::Reverse(a.severity as u8));
        alerts
    }
}

/// An amount with at most four decimals, for tables: `31.9999`, `4`, `150000`.
pub fn fmt_amount(wei: U256) -> String {
    let full = stkr_core::units::format_amount(wei);
    match full.split_once('.') {
        Some((whole, fraction)) if fraction.len() > 4 => {
            let cut = fraction[..4].trim_end_matches('0');
            if cut.is_empty() { format!("{whole}.0…") } else { format!("{whole}.{cut}…") }
        }
        _ => full,
    }
}

/// An address shortened for tables: `0x7099…79C8`.
pub fn short_address(address: Address) -> String {
    let text = address.to_checksum(None);
    format!("{}…{}", &text[..6], &text[text.len() - 4..])
}

/// An amount as a float of whole tokens, for charts only (never for money math).
pub fn as_tokens(wei: U256) -> f64 {
    stkr_core::units::format_amount(wei).parse().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use alloy::primitives::utils::Unit;
    use stkr_core::codes::PoolStatus;

    use super::*;

    const ETHER: U256 = Unit::ETHER.wei_const();

    #[test]
    fn pool_fill_and_fee_round_as_the_contract() {
        let state = PoolState {
            total_staked: U256::from(24u64) * ETHER,
            fixed_price: U256::from(32_000u64) * ETHER,
            ..PoolState::default()
        };
        let pool = Pool { state, mine: None };
        assert_eq!(pool.state.room(), U256::from(8u64) * ETHER);
        assert!((pool.fill() - 0.75).abs() < 1e-9);
        assert_eq!(pool.state.fee_for(ETHER), U256::from(1_000u64) * ETHER);
        assert_eq!(pool.state.fee_for(U256::from(1u64)), U256::from(1_000u64));
    }

    #[test]
    fn a_providers_own_share_of_a_settled_pool_is_claimable() {
        let me = Me { address: Address::repeat_byte(1), ..Me::default() };
        let settled = |provider: Address, status| Pool {
            state: PoolState { provider, status, provider_payout: U256::from(8_128u64), ..PoolState::default() },
            mine: None,
        };
        let pools = [
            settled(me.address, PoolStatus::Completed),
            settled(Address::repeat_byte(2), PoolStatus::Completed),
            settled(me.address, PoolStatus::Active),
        ];
        assert_eq!(me.claimable_eth(&pools), U256::from(8_128u64), "only its own, only once settled");
    }

    #[test]
    fn project_phases_follow_the_clock() {
        let project =
            Project { status: ProjectStatus::Bidding, commit_end: 100, reveal_end: 200, ..Project::default() };
        assert_eq!(project.phase(50), Phase::Commit);
        assert_eq!(project.deadline(50), Some(100));
        assert_eq!(project.phase(150), Phase::Reveal);
        assert!((project.phase_progress(150) - 0.5).abs() < 1e-9);
        assert_eq!(project.phase(200), Phase::Settle);
        let running = Project { status: ProjectStatus::Running, started_at: 0, duration_days: 1, ..Project::default() };
        assert_eq!(running.phase(86_399), Phase::Running);
        assert_eq!(running.phase(86_400), Phase::Complete);
    }

    #[test]
    fn amounts_for_tables_keep_four_decimals() {
        assert_eq!(fmt_amount(ETHER * U256::from(4u64)), "4");
        assert_eq!(fmt_amount(ETHER / U256::from(2)), "0.5");
        assert_eq!(fmt_amount(ETHER / U256::from(3)), "0.3333…");
        assert_eq!(fmt_amount(U256::from(1u64)), "0.0…");
    }
}
