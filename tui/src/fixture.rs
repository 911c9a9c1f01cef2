//! A fixed, made-up protocol state for render tests and the frame benchmark only; the running dashboard
//! never shows it.

use alloy::primitives::{Address, U256, utils::Unit};
use stkr_core::{
    codes::{
        GovernancePhase, GovernorRole, NodeHealth, NodeStatus, PoolStatus, ProjectStatus, ProviderStatus, TrustLevel,
        Vote,
    },
    governance::Timeline,
    market::Standing,
    pool::PoolState,
};

use crate::{
    app::App,
    data::{Governance, Me, Member, Node, Pool, PoolStake, Project, Proposal, Provider, Score, Snapshot},
};

/// Wei in one ETH (and one ANKR).
const ETHER: U256 = Unit::ETHER.wei_const();

fn eth(whole: u64) -> U256 {
    U256::from(whole) * ETHER
}

/// `ETHER / divisor`: a fraction of one ETH.
fn part(divisor: u64) -> U256 {
    ETHER / U256::from(divisor)
}

fn address(byte: u8) -> Address {
    Address::repeat_byte(byte)
}

/// 2026-11-26 10:00 UTC.
pub const NOW: u64 = 1_795_687_200;

/// The followed account: the first provider, who also governs and stakes.
fn me() -> Address {
    address(0x11)
}

/// The second provider.
fn basalt() -> Address {
    address(0x22)
}

/// A state with `pools` micro-pools (at least the two of the demo), two providers, their nodes, two
/// projects and governance, followed as the first provider, who also governs and stakes.
pub fn snapshot(pools: usize) -> Snapshot {
    Snapshot {
        chain_id: 31_337,
        block: 1_234,
        time: NOW,
        me: Some(account()),
        pools: pools_of(pools),
        providers: providers(),
        nodes: nodes(),
        projects: projects(),
        governance: Some(governance()),
        params: stkr_core::params::PARAMS
            .iter()
            .enumerate()
            .map(|(i, p)| (p.name.to_string(), format!("{}", (i + 1) * 100)))
            .collect(),
        daemon: None,
    }
}

/// The followed provider's daemon at work: one pool activated, one project running, a deadline ahead.
pub fn daemon() -> stkr_providerd::commands::StatusReport {
    use stkr_providerd::{
        daemon::{Action, Deadline, PoolRecord, Stage, Status},
        projects::{ProjectEntry, ProjectStage},
    };
    let pool = PoolRecord {
        pool_id: 2,
        stage: Stage::Activated,
        validator: format!("0x{}", "ab".repeat(48)),
        key_file: "/var/lib/stkr-provider/pool-2/distributed-key.json".into(),
        share_keystore: "/var/lib/stkr-provider/pool-2/provider-share.json".into(),
        deposit_data: "/var/lib/stkr-provider/pool-2/deposit_data.json".into(),
        activated_by: None,
        validator_placement: None,
        validator_health: None,
        updated_at: NOW,
    };
    let project = ProjectEntry {
        project_id: 2,
        stage: ProjectStage::Running,
        price: eth(3_330),
        commitment: alloy::primitives::B256::repeat_byte(0x11),
        placement: None,
        template: Some("anvil".into()),
        healthy: Some(true),
        health_url: None,
        health_body: None,
        note: None,
        updated_at: NOW,
    };
    stkr_providerd::commands::StatusReport {
        running: true,
        status: Status {
            provider: me(),
            updated_at: NOW,
            waiting: vec!["project 2: running (healthy); completes at its end, 2027-01-10 03:44 UTC".into()],
            pools: vec![pool],
            projects: vec![project],
            passed: vec![],
            next_deadline: Some(Deadline {
                unix: NOW + 86_400,
                utc: "2026-12-08 12:00 UTC".into(),
                what: "pool 2: it ends; its validator's exit is requested".into(),
            }),
            recent: vec![Action {
                at: NOW - 60,
                what: "settle the auction of project 2".into(),
                tx_hash: alloy::primitives::B256::repeat_byte(0x22),
            }],
        },
    }
}

fn account() -> Me {
    Me {
        address: me(),
        eth: eth(9_950),
        ankr: eth(850_000),
        aeth: eth(2),
        sidecar_stake: eth(5_000),
        reward_stake: eth(2_000),
        governance_stake: eth(100_000),
        governance_role: GovernorRole::Governor,
        bond_free: eth(500),
        bond_locked: eth(1_000),
        staker_rewards: (part(100), eth(12)),
        sidecar_rewards: (U256::ZERO, eth(3)),
        sidecar_vesting: (part(20), eth(1)),
        governance_rewards: (part(50), eth(40)),
    }
}

/// A pool of the fixture: 0.1 ETH minimum, 32,000 ANKR per validator, nothing owed to its provider.
fn pool(id: u64, provider: Address, status: PoolStatus, end_time: u64, staked: U256) -> PoolState {
    PoolState {
        id,
        provider,
        end_time,
        min_stake: part(10),
        status,
        total_staked: staked,
        fixed_price: eth(32_000),
        ..PoolState::default()
    }
}

/// The demo's two pools, then generated ones up to `count`.
fn pools_of(count: usize) -> Vec<Pool> {
    let mut pools = vec![
        Pool { state: pool(1, me(), PoolStatus::Active, NOW + 20 * 86_400, eth(32)), mine: None },
        Pool {
            state: pool(2, basalt(), PoolStatus::Pending, NOW + 29 * 86_400, eth(24)),
            mine: Some(PoolStake { principal: eth(2), claimable: U256::ZERO }),
        },
    ];
    for id in 3..=count.max(2) as u64 {
        let provider = if id % 2 == 0 { basalt() } else { me() };
        let status = if id % 3 == 0 { PoolStatus::Completed } else { PoolStatus::Pending };
        pools.push(Pool {
            state: pool(id, provider, status, NOW + id * 3_600, eth(id % 33)),
            mine: (id % 5 == 0).then(|| PoolStake { principal: eth(1), claimable: part(4) }),
        });
    }
    pools
}

fn providers() -> Vec<Provider> {
    vec![
        Provider {
            address: me(),
            brand: "Aurora Nodes".into(),
            status: ProviderStatus::Qualified,
            trust: TrustLevel::SemiTrusted,
            collateral: eth(200_000),
            required_collateral: eth(150_000),
            price: eth(20_000),
            max_nodes: 4,
            active_nodes: 2,
            failures: 0,
            uptime_bps: 9_950,
            score: Score { total: 7_420, stake: 2_500, bid: 1_700, running_time: 1_250, uptime: 1_970 },
        },
        Provider {
            address: basalt(),
            brand: "Basalt Staking".into(),
            status: ProviderStatus::Qualified,
            trust: TrustLevel::Untrusted,
            collateral: eth(150_000),
            required_collateral: eth(150_000),
            price: eth(18_000),
            max_nodes: 2,
            active_nodes: 1,
            failures: 1,
            uptime_bps: 9_700,
            score: Score { total: 6_100, stake: 1_900, bid: 1_800, running_time: 600, uptime: 1_800 },
        },
    ]
}

/// An active node of the fixture, nothing staked on it.
fn node(id: u64, provider: Address, sidecar: u8, health: NodeHealth, period: u32, audits: (u32, u32)) -> Node {
    Node {
        id,
        provider,
        sidecar: address(sidecar),
        status: NodeStatus::Active,
        health,
        last_report_period: period,
        audits,
        ..Node::default()
    }
}

fn nodes() -> Vec<Node> {
    vec![
        Node {
            uptime_bps: 9_950,
            sidecar_stake: eth(12_000),
            my_stake: eth(5_000),
            ..node(1, me(), 0x31, NodeHealth::Healthy, 41, (118, 120))
        },
        Node {
            uptime_bps: 9_000,
            sidecar_stake: eth(3_000),
            ..node(2, me(), 0x32, NodeHealth::Syncing, 41, (90, 100))
        },
        Node { uptime_bps: 9_677, ..node(3, basalt(), 0x33, NodeHealth::Healthy, 40, (60, 62)) },
    ]
}

fn projects() -> Vec<Project> {
    vec![
        Project {
            id: 2,
            status: ProjectStatus::Bidding,
            commit_end: NOW + 5_400,
            reveal_end: NOW + 5_400 + 86_400,
            fixed_price: eth(12_000),
            bid_bond: eth(1_000),
            requester: address(0x44),
            provider: Address::ZERO,
            price: U256::ZERO,
            started_at: 0,
            duration_days: 30,
            commit_period: 86_400,
            tie_band_bps: 0,
            bids: Vec::new(),
            resources: [4, 16, 500, 100],
            my_commitment: true,
            my_revealed: false,
        },
        Project {
            id: 1,
            status: ProjectStatus::Running,
            commit_end: NOW - 10 * 86_400,
            reveal_end: NOW - 9 * 86_400,
            fixed_price: eth(8_000),
            bid_bond: eth(1_000),
            requester: address(0x45),
            provider: basalt(),
            price: eth(6_500),
            started_at: NOW - 8 * 86_400,
            duration_days: 10,
            commit_period: 86_400,
            tie_band_bps: 0,
            bids: vec![(eth(6_500), Standing::Wins), (eth(7_200), Standing::NextInLine)],
            resources: [2, 8, 200, 50],
            my_commitment: false,
            my_revealed: false,
        },
    ]
}

fn member(byte: u8, stake: u64, weight: u64, missed_in_row: u8) -> Member {
    Member { address: address(byte), stake: eth(stake), weight: eth(weight), missed_in_row }
}

/// A proposal's clock with the default timelock (2 days) and expiry (14 days).
fn timeline(start: u64, end: u64) -> Timeline {
    Timeline { start, end, eta: end + 2 * 86_400, expires_at: end + 16 * 86_400 }
}

fn governance() -> Governance {
    Governance {
        phase: GovernancePhase::Initialization,
        next_election: NOW + 61 * 86_400,
        election_snapshot: NOW + 60 * 86_400,
        governors: vec![
            member(0x11, 100_000, 105_000, 0),
            member(0x55, 100_000, 100_000, 1),
            member(0x66, 100_000, 100_000, 0),
        ],
        candidates: vec![member(0x77, 120_000, 120_000, 0)],
        proposals: vec![
            Proposal {
                id: 2,
                proposer: address(0x55),
                timeline: timeline(NOW - 86_400, NOW + 2 * 86_400),
                executed: false,
                finalized: false,
                yes: 1,
                no: 0,
                seats: 5,
                description: "qualify Cobalt Compute as untrusted".into(),
                passes: false,
                my_vote: Vote::None,
            },
            Proposal {
                id: 1,
                proposer: me(),
                timeline: timeline(NOW - 4 * 86_400, NOW - 86_400),
                executed: true,
                finalized: false,
                yes: 3,
                no: 0,
                seats: 5,
                description: "set voting-period to 2d".into(),
                passes: true,
                my_vote: Vote::Yes,
            },
        ],
    }
}

/// An app showing [`snapshot`] with some history behind it, as after a few minutes of watching.
pub fn app(pools: usize) -> App {
    let mut app = App::new("http://127.0.0.1:8545", Some("aurora".into()), true, false);
    let mut snapshot = snapshot(pools);
    let last = snapshot.block;
    for (step, block) in (last - 30..=last).enumerate() {
        snapshot.block = block;
        if let Some(me) = &mut snapshot.me {
            // Rewards accrue block by block.
            me.staker_rewards.0 = part(1_000) * U256::from(step as u64 + 1);
        }
        for node in &mut snapshot.nodes {
            node.uptime_bps = 9_000 + ((step as u64 * 37 + node.id * 11) % 1_000);
        }
        app.update(crate::app::Event::Snapshot(Box::new(snapshot.clone())));
    }
    app
}
