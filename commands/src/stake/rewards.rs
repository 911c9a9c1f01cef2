//! `stkr rewards`: every amount an account can claim, its pool and ANKR stakes, and the reward pool — read
//! by core's `claims::gather`, shown here.

use alloy::primitives::{Address, U256};
use serde::Serialize;
use stkr_core::{
    claims::{Claim, ClaimKind, Claims},
    codes::PoolStatus,
    output::{Render, Style, rows},
    time::utc,
    units::AmountView,
};

/// One claimable amount in a report.
#[derive(Debug, Serialize)]
pub struct ClaimableView {
    /// pool, provider_share, refund, staker_rewards, sidecar_rewards or governance_rewards.
    pub kind: ClaimKind,
    /// Where it comes from, for people.
    pub source: String,
    /// The pool, for pool claims and provider shares.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pool_id: Option<u64>,
    /// The node, for sidecar rewards.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub node_id: Option<u64>,
    /// ETH.
    pub eth: AmountView,
    /// ANKR.
    pub ankr: AmountView,
}

/// Sidecar rewards earned on a node that still runs: they vest when it finishes (§3.1), and withdrawing
/// from it first forfeits the withdrawn part's.
#[derive(Debug, Serialize)]
pub struct VestingView {
    /// The node.
    pub node_id: u64,
    /// ANKR staked on its sidecar.
    pub staked: AmountView,
    /// ETH earned so far.
    pub eth: AmountView,
    /// ANKR earned so far.
    pub ankr: AmountView,
}

/// One category's reward stream and the account's part of it.
#[derive(Debug, Serialize)]
pub struct StreamView {
    /// staker_rewards, sidecars or governance.
    pub category: &'static str,
    /// Whether the stream runs now.
    pub running: bool,
    /// When it ends (unix seconds; 0 before the first distribution).
    pub ends_at: u64,
    /// ETH per second to the whole category.
    pub eth_per_second: AmountView,
    /// ANKR per second to the whole category.
    pub ankr_per_second: AmountView,
    /// The account's part per day at its present shares, ETH.
    pub your_eth_per_day: AmountView,
    /// The account's part per day at its present shares, ANKR.
    pub your_ankr_per_day: AmountView,
}

/// An account's stake in one pool.
#[derive(Debug, Serialize)]
pub struct PoolStakeView {
    /// The pool staked in.
    pub pool_id: u64,
    /// The status of the pool the stake lives in now (after any migration).
    pub status: PoolStatus,
    /// The ETH staked.
    pub principal: AmountView,
    /// What it pays now (0 until the pool is settled).
    pub claimable: AmountView,
    /// What happens to it, for people.
    pub note: String,
}

/// An account's ANKR stakes that earn reward shares.
#[derive(Debug, Serialize)]
pub struct RewardStakesView {
    /// ANKR staked for reward shares (`stkr stake --rewards`).
    pub staker_rewards: AmountView,
    /// ANKR staked on sidecars, all nodes (`stkr stake --sidecar`).
    pub sidecars: AmountView,
    /// ANKR staked in Governance as a governor, when there is a Governance contract.
    pub governance: Option<AmountView>,
}

/// What the reward pool holds before its next distribution.
#[derive(Debug, Serialize)]
pub struct RewardPoolView {
    /// ETH waiting to be distributed.
    pub eth: AmountView,
    /// ANKR waiting to be distributed.
    pub ankr: AmountView,
    /// When the next distribution may run (unix time; 0: now).
    pub next_distribution_at: u64,
    /// Whether it may run now (anyone may run it).
    pub due: bool,
}

/// ETH and ANKR added up, at the foot of `stkr rewards` and `stkr claim`.
#[derive(Debug, Serialize)]
pub struct Totals {
    /// All the ETH.
    pub total_eth: AmountView,
    /// All the ANKR.
    pub total_ankr: AmountView,
}

impl Totals {
    pub(super) fn new(eth: U256, ankr: U256) -> Self {
        Self { total_eth: AmountView::eth(eth), total_ankr: AmountView::ankr(ankr) }
    }
}

impl std::fmt::Display for Totals {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&amounts(&self.total_eth, &self.total_ankr))
    }
}

/// `stkr rewards`.
#[derive(Debug, Serialize)]
pub struct RewardsReport {
    /// The account.
    pub address: Address,
    /// Every non-zero amount it can claim now, each claimed by its own transaction in `stkr claim`.
    pub claimable: Vec<ClaimableView>,
    /// All of it.
    #[serde(flatten)]
    pub total: Totals,
    /// Its stakes in pools.
    pub pool_stakes: Vec<PoolStakeView>,
    /// Its ANKR stakes that earn reward shares.
    pub reward_stakes: RewardStakesView,
    /// Sidecar rewards still vesting on running nodes.
    pub vesting: Vec<VestingView>,
    /// The reward streams it earns from: each distribution streams over the following reward period.
    pub streams: Vec<StreamView>,
    /// The reward pool.
    pub reward_pool: RewardPoolView,
}

impl Render for RewardsReport {
    fn render(&self, style: &Style) -> String {
        let mut text = String::new();
        if self.claimable.is_empty() {
            text.push_str(&format!("{} has nothing to claim now", self.address));
        } else {
            text.push_str(&style.bold(&format!("Claimable by {}", self.address)));
            let width = self.claimable.iter().map(|c| c.source.len()).max().unwrap_or(0);
            for c in &self.claimable {
                text.push_str(&format!("\n  {:<width$}  {}", c.source, amounts(&c.eth, &c.ankr)));
            }
            text.push_str(&format!(
                "\n  {:<width$}  {}\nClaim all of it with `stkr claim --account NAME`.",
                "total", self.total
            ));
        }
        if !self.pool_stakes.is_empty() {
            text.push_str(&format!("\n{}", style.bold("Pool stakes")));
            for s in &self.pool_stakes {
                text.push_str(&format!("\n  pool {} ({}): {} staked; {}", s.pool_id, s.status, s.principal, s.note));
            }
        }
        let r = &self.reward_stakes;
        let mut stakes = vec![("reward shares", r.staker_rewards.to_string()), ("sidecars", r.sidecars.to_string())];
        if let Some(g) = &r.governance {
            stakes.push(("governance", g.to_string()));
        }
        let stakes = rows(style, &stakes).lines().map(|l| format!("  {l}")).collect::<Vec<_>>().join("\n");
        text.push_str(&format!("\n{}\n{stakes}", style.bold("ANKR stakes")));
        if !self.vesting.is_empty() {
            text.push_str(&format!(
                "\n{}",
                style.bold("Vesting (claimable once the node finishes; withdrawing first forfeits)")
            ));
            for v in &self.vesting {
                text.push_str(&format!("\n  node {} ({} staked): {}", v.node_id, v.staked, amounts(&v.eth, &v.ankr)));
            }
        }
        // The streams the account has a part in; JSON lists them all.
        let running: Vec<_> = self
            .streams
            .iter()
            .filter(|s| s.running && (s.your_eth_per_day.wei != "0" || s.your_ankr_per_day.wei != "0"))
            .collect();
        if !running.is_empty() {
            text.push_str(&format!("\n{}", style.bold("Streaming now")));
            for s in running {
                text.push_str(&format!(
                    "\n  {:<14} yours {} a day, until {}",
                    s.category,
                    amounts(&s.your_eth_per_day, &s.your_ankr_per_day),
                    utc(s.ends_at)
                ));
            }
        }
        let p = &self.reward_pool;
        let when = if p.due {
            "due now (anyone may run the distribution)".to_string()
        } else {
            format!("next distribution from {}", utc(p.next_distribution_at))
        };
        text.push_str(&format!("\nThe reward pool holds {} and {}, {when}.", p.eth, p.ankr));
        text
    }
}

pub(super) fn amounts(eth: &AmountView, ankr: &AmountView) -> String {
    match (eth.wei == "0", ankr.wei == "0") {
        (false, false) => format!("{eth} + {ankr}"),
        (true, false) => ankr.to_string(),
        _ => eth.to_string(),
    }
}

/// A claim in a report, with the amounts `eth` and `ankr` (claimable, or arrived).
pub(super) fn view(claims: &Claims, claim: &Claim, eth: U256, ankr: U256) -> ClaimableView {
    ClaimableView {
        kind: claim.kind,
        source: claim.source(claims.principal_of(claim)),
        pool_id: claim.pool_id,
        node_id: claim.node_id,
        eth: AmountView::eth(eth),
        ankr: AmountView::ankr(ankr),
    }
}

/// `stkr rewards`' report of `claims`.
pub(super) fn report(claims: &Claims, address: Address) -> RewardsReport {
    let (eth, ankr) = claims.total();
    let stakes = &claims.reward_stakes;
    let pool = &claims.reward_pool;
    RewardsReport {
        address,
        claimable: claims.items.iter().map(|i| view(claims, i, i.eth, i.ankr)).collect(),
        total: Totals::new(eth, ankr),
        pool_stakes: claims
            .pool_stakes
            .iter()
            .map(|s| PoolStakeView {
                pool_id: s.pool_id,
                status: s.home.status,
                principal: AmountView::eth(s.principal),
                claimable: AmountView::eth(s.claimable),
                note: s.note(),
            })
            .collect(),
        reward_stakes: RewardStakesView {
            staker_rewards: AmountView::ankr(stakes.staker_rewards),
            sidecars: AmountView::ankr(stakes.sidecars),
            governance: stakes.governance.map(AmountView::ankr),
        },
        vesting: claims
            .sidecar_positions
            .iter()
            .filter(|p| !p.is_vested() && p.has_rewards())
            .map(|p| VestingView {
                node_id: p.node_id,
                staked: AmountView::ankr(p.staked),
                eth: AmountView::eth(p.pending_eth),
                ankr: AmountView::ankr(p.pending_ankr),
            })
            .collect(),
        streams: streams(claims),
        reward_pool: RewardPoolView {
            eth: AmountView::eth(pool.eth),
            ankr: AmountView::ankr(pool.ankr),
            next_distribution_at: pool.next_distribution_at,
            due: pool.due,
        },
    }
}

/// Each category's stream with the account's part of it.
fn streams(claims: &Claims) -> Vec<StreamView> {
    let s = &claims.streams;
    let mut all = vec![("staker_rewards", s.staker_rewards), ("sidecars", s.sidecars)];
    all.extend(s.governance.map(|g| ("governance", g)));
    all.into_iter()
        .map(|(category, stream)| {
            let (eth, ankr) = stream.account_rate();
            let day = U256::from(86_400u64);
            StreamView {
                category,
                running: stream.is_running(claims.now),
                ends_at: stream.finish_at,
                eth_per_second: AmountView::eth(stream.eth_per_second),
                ankr_per_second: AmountView::ankr(stream.ankr_per_second),
                your_eth_per_day: AmountView::eth(eth * day),
                your_ankr_per_day: AmountView::ankr(ankr * day),
            }
        })
        .collect()
}
