//! A fixed, made-up protocol state for render tests and the frame benchmark only; the running dashboard
//! never shows it.

use alloy::primitives::{Address, U256};

use crate::{
    app::App,
    data::{
        Governance, Me, Member, Node, Pool, PoolStake, PoolStatus, Project, Proposal, Provider, Score, Snapshot, WEI,
    },
};

fn eth(whole: u64) -> U256 {
    U256::from(whole) * U256::from(WEI)
}

fn address(byte: u8) -> Address {
    Address::repeat_byte(byte)
}

/// 2026-11-26 10:00 UTC.
pub const NOW: u64 = 1_795_687_200;

/// A state with `pools` micro-pools (at least the two of the demo), two providers, their nodes, two
/// projects and governance, followed as the first provider, who also governs and stakes.
pub fn snapshot(pools: usize) -> Snapshot {
    let me = address(0x11);
    let basalt = address(0x22);
    let mut all_pools = vec![
        Pool {
            id: 1,
            provider: me,
            status: PoolStatus::Active,
            end_time: NOW + 20 * 86_400,
            total_staked: eth(32),
            min_stake: U256::from(WEI / 10),
            fixed_price: eth(32_000),
            mine: None,
            provider_payout: U256::ZERO,
        },
        Pool {
            id: 2,
            provider: basalt,
            status: PoolStatus::Pending,
            end_time: NOW + 29 * 86_400,
            total_staked: eth(24),
            min_stake: U256::from(WEI / 10),
            fixed_price: eth(32_000),
            mine: Some(PoolStake { principal: eth(2), claimable: U256::ZERO }),
            provider_payout: U256::ZERO,
        },
    ];
    for id in 3..=pools.max(2) as u64 {
        all_pools.push(Pool {
            id,
            provider: if id % 2 == 0 { basalt } else { me },
            status: if id % 3 == 0 { PoolStatus::Completed } else { PoolStatus::Pending },
            end_time: NOW + id * 3_600,
            total_staked: eth(id % 33),
            min_stake: U256::from(WEI / 10),
            fixed_price: eth(32_000),
            mine: (id % 5 == 0).then(|| PoolStake { principal: eth(1), claimable: U256::from(WEI / 4) }),
            provider_payout: U256::ZERO,
        });
    }
    Snapshot {
        chain_id: 31_337,
        block: 1_234,
        time: NOW,
        me: Some(Me {
            address: me,
            eth: eth(9_950),
            ankr: eth(850_000),
            aeth: eth(2),
            sidecar_stake: eth(5_000),
            reward_stake: eth(2_000),
            governance_stake: eth(100_000),
            governance_role: "governor".into(),
            bond_free: eth(500),
            bond_locked: eth(1_000),
            staker_rewards: (U256::from(WEI / 100), eth(12)),
            sidecar_rewards: (U256::ZERO, eth(3)),
            governance_rewards: (U256::from(WEI / 50), eth(40)),
        }),
        pools: all_pools,
        providers: vec![
            Provider {
                address: me,
                brand: "Aurora Nodes".into(),
                status: "qualified".into(),
                trust: "semi-trusted".into(),
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
                address: basalt,
                brand: "Basalt Staking".into(),
                status: "qualified".into(),
                trust: "untrusted".into(),
                collateral: eth(150_000),
                required_collateral: eth(150_000),
                price: eth(18_000),
                max_nodes: 2,
                active_nodes: 1,
                failures: 1,
                uptime_bps: 9_700,
                score: Score { total: 6_100, stake: 1_900, bid: 1_800, running_time: 600, uptime: 1_800 },
            },
        ],
        nodes: vec![
            Node {
                id: 1,
                provider: me,
                sidecar: address(0x31),
                status: "active".into(),
                health: "healthy".into(),
                last_report_period: 41,
                audits: (118, 120),
                uptime_bps: 9_950,
                sidecar_stake: eth(12_000),
                my_stake: eth(5_000),
            },
            Node {
                id: 2,
                provider: me,
                sidecar: address(0x32),
                status: "active".into(),
                health: "syncing".into(),
                last_report_period: 41,
                audits: (90, 100),
                uptime_bps: 9_000,
                sidecar_stake: eth(3_000),
                my_stake: U256::ZERO,
            },
            Node {
                id: 3,
                provider: basalt,
                sidecar: address(0x33),
                status: "active".into(),
                health: "healthy".into(),
                last_report_period: 40,
                audits: (60, 62),
                uptime_bps: 9_677,
                sidecar_stake: U256::ZERO,
                my_stake: U256::ZERO,
            },
        ],
        projects: vec![
            Project {
                id: 2,
                status: 1,
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
                resources: [4, 16, 500, 100],
                my_commitment: true,
                my_revealed: false,
            },
            Project {
                id: 1,
                status: 2,
                commit_end: NOW - 10 * 86_400,
                reveal_end: NOW - 9 * 86_400,
                fixed_price: eth(8_000),
                bid_bond: eth(1_000),
                requester: address(0x45),
                provider: basalt,
                price: eth(6_500),
                started_at: NOW - 8 * 86_400,
                duration_days: 10,
                commit_period: 86_400,
                resources: [2, 8, 200, 50],
                my_commitment: false,
                my_revealed: false,
            },
        ],
        governance: Some(Governance {
            phase: "initialization".into(),
            next_election: NOW + 60 * 86_400,
            governors: vec![
                Member { address: me, stake: eth(100_000), weight: eth(105_000), missed_in_row: 0 },
                Member { address: address(0x55), stake: eth(100_000), weight: eth(100_000), missed_in_row: 1 },
                Member { address: address(0x66), stake: eth(100_000), weight: eth(100_000), missed_in_row: 0 },
            ],
            candidates: vec![Member {
                address: address(0x77),
                stake: eth(120_000),
                weight: eth(120_000),
                missed_in_row: 0,
            }],
            proposals: vec![
                Proposal {
                    id: 2,
                    proposer: address(0x55),
                    end: NOW + 2 * 86_400,
                    executed: false,
                    finalized: false,
                    yes: 1,
                    no: 0,
                    governor_count: 3,
                    description: "qualify Cobalt Compute as untrusted".into(),
                    my_vote: 0,
                },
                Proposal {
                    id: 1,
                    proposer: me,
                    end: NOW - 86_400,
                    executed: true,
                    finalized: false,
                    yes: 3,
                    no: 0,
                    governor_count: 3,
                    description: "set voting-period to 2d".into(),
                    my_vote: 1,
                },
            ],
        }),
        params: stkr_core::params::PARAMS
            .iter()
            .enumerate()
            .map(|(i, p)| (p.name.to_string(), format!("{}", (i + 1) * 100)))
            .collect(),
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
            me.staker_rewards.0 = U256::from(WEI / 1_000) * U256::from(step as u64 + 1);
        }
        for node in &mut snapshot.nodes {
            node.uptime_bps = 9_000 + ((step as u64 * 37 + node.id * 11) % 1_000);
        }
        app.update(crate::app::Event::Snapshot(Box::new(snapshot.clone())));
    }
    app
}
