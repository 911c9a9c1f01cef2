//! One refresh: the whole protocol read through Multicall3 in three batched round trips (plus chunks of
//! 1,000 calls), whatever the number of pools, nodes or providers.

use alloy::primitives::{Address, B256, Bytes, U256};
use stkr_core::{
    Result,
    batch::{self, Answer, call},
    bindings::{
        AETH, AnkrToken, Governance as Gov, Marketplace, MicroPool, Multicall3, NodeRegistry, Parameters,
        ProviderRegistry, StakerRewards,
    },
    chain::Chain,
    deploy::Contracts,
    params::{PARAMS, display_value, index_of},
};

use crate::data::{
    Governance, Me, Member, Node, Pool, PoolStake, PoolStatus, Project, Proposal, Provider, Score, Snapshot,
};

/// The newest projects a refresh reads; older ones are settled history.
pub const RECENT_PROJECTS: u64 = 100;
/// The newest proposals a refresh reads.
pub const RECENT_PROPOSALS: u64 = 50;

const TRUST: [&str; 3] = ["untrusted", "semi-trusted", "trusted"];
const PROVIDER_STATUS: [&str; 3] = ["none", "applied", "qualified"];
const NODE_STATUS: [&str; 3] = ["none", "active", "finished"];
const HEALTH: [&str; 4] = ["unknown", "healthy", "syncing", "unhealthy"];

fn name_of(names: &[&str], code: u8) -> String {
    names.get(usize::from(code)).copied().unwrap_or("unknown").to_string()
}

/// Reads into a [`Snapshot`] for one account (or none), on one deployment.
#[derive(Debug, Clone)]
pub struct Fetcher {
    /// The chain read.
    pub chain: Chain,
    /// The deployment.
    pub contracts: Contracts,
    /// The account followed, if any.
    pub account: Option<Address>,
}

/// Calls queued for one batched round trip, each answer found again by the index `add` returned.
#[derive(Default)]
struct Calls(Vec<(Address, Bytes)>);

impl Calls {
    fn add<C: alloy::sol_types::SolCall>(&mut self, target: Address, c: C) -> usize {
        self.0.push(call(target, c));
        self.0.len() - 1
    }
}

fn get<C: alloy::sol_types::SolCall>(answers: &[Answer], index: usize) -> Result<C::Return> {
    answers
        .get(index)
        .ok_or_else(|| stkr_core::Error::Rpc(format!("the batched read gave no answer {index}")))?
        .decode::<C>()
}

impl Fetcher {
    /// The latest block number: one cheap round trip, polled to notice new blocks.
    pub async fn block_number(&self) -> Result<u64> {
        use alloy::providers::Provider as _;
        self.chain.provider.get_block_number().await.map_err(|e| stkr_core::chain::transport_error(&self.chain.url, &e))
    }

    /// Read everything the dashboard shows.
    pub async fn snapshot(&self) -> Result<Snapshot> {
        let c = &self.contracts;
        let me = self.account;

        // Round trip 1: the clock, every count, the parameters, governance's lists and the account.
        let mut head = Calls::default();
        let block = head.add(c.multicall3, Multicall3::getBlockNumberCall {});
        let time = head.add(c.multicall3, Multicall3::getCurrentBlockTimestampCall {});
        let pool_count = head.add(c.micro_pool, MicroPool::poolCountCall {});
        let provider_count = head.add(c.provider_registry, ProviderRegistry::providerCountCall {});
        let node_count = head.add(c.node_registry, NodeRegistry::nodeCountCall {});
        let project_count = head.add(c.marketplace, Marketplace::projectCountCall {});
        let params = head.add(c.parameters, Parameters::getAllCall {});
        let gov_head = c.governance.map(|g| {
            (
                head.add(g, Gov::phaseCall {}),
                head.add(g, Gov::nextElectionAtCall {}),
                head.add(g, Gov::governorsCall {}),
                head.add(g, Gov::candidatesCall {}),
                head.add(g, Gov::proposalCountCall {}),
            )
        });
        let me_head = me.map(|who| {
            let gov = c.governance.map(|g| {
                (head.add(g, Gov::memberOfCall { account: who }), head.add(g, Gov::pendingRewardsCall { account: who }))
            });
            (
                head.add(c.multicall3, Multicall3::getEthBalanceCall { account: who }),
                head.add(c.ankr_token, AnkrToken::balanceOfCall { account: who }),
                head.add(c.aeth, AETH::balanceOfCall { account: who }),
                head.add(c.node_registry, NodeRegistry::totalStakeOfCall { staker: who }),
                head.add(c.node_registry, NodeRegistry::pendingRewardsCall { account: who }),
                head.add(c.staker_rewards, StakerRewards::stakeOfCall { staker: who }),
                head.add(c.staker_rewards, StakerRewards::pendingRewardsCall { account: who }),
                head.add(c.marketplace, Marketplace::bondOfCall { bidder: who }),
                gov,
            )
        });
        let h = batch::read(&self.chain, c.multicall3, head.0).await?;
        let count = |i: usize| -> Result<u64> { Ok(get::<MicroPool::poolCountCall>(&h, i)?.saturating_to::<u64>()) };
        let (pools_n, providers_n, nodes_n, projects_n) =
            (count(pool_count)?, count(provider_count)?, count(node_count)?, count(project_count)?);
        let block = get::<Multicall3::getBlockNumberCall>(&h, block)?.saturating_to::<u64>();
        let now = get::<Multicall3::getCurrentBlockTimestampCall>(&h, time)?.saturating_to::<u64>();
        let param_values = get::<Parameters::getAllCall>(&h, params)?;
        let commit_period = index_of("auction-commit-period")
            .and_then(|i| param_values.get(i))
            .map(|v| v.saturating_to::<u64>())
            .unwrap_or_default();

        // Round trip 2: every pool, node and provider address, the recent projects and proposals, and
        // the members of governance.
        let mut list = Calls::default();
        let mut pool_slots = Vec::with_capacity(pools_n as usize);
        for id in 1..=pools_n {
            let pool_id = U256::from(id);
            let pool = list.add(c.micro_pool, MicroPool::getPoolCall { poolId: pool_id });
            let mine = me.map(|who| {
                (
                    list.add(c.micro_pool, MicroPool::getStakeCall { poolId: pool_id, staker: who }),
                    list.add(c.micro_pool, MicroPool::claimableCall { poolId: pool_id, staker: who }),
                )
            });
            pool_slots.push((id, pool, mine));
        }
        let provider_slots: Vec<usize> = (0..providers_n)
            .map(|i| list.add(c.provider_registry, ProviderRegistry::providerAtCall { index: U256::from(i) }))
            .collect();
        let mut node_slots = Vec::with_capacity(nodes_n as usize);
        for id in 1..=nodes_n {
            let node_id = U256::from(id);
            let node = list.add(c.node_registry, NodeRegistry::getNodeCall { nodeId: node_id });
            let uptime = list.add(c.node_registry, NodeRegistry::uptimeOfCall { nodeId: node_id });
            let mine =
                me.map(|who| list.add(c.node_registry, NodeRegistry::stakeOfCall { nodeId: node_id, staker: who }));
            node_slots.push((id, node, uptime, mine));
        }
        let mut project_slots = Vec::new();
        for id in (projects_n.saturating_sub(RECENT_PROJECTS) + 1..=projects_n).rev() {
            let project_id = U256::from(id);
            let project = list.add(c.marketplace, Marketplace::getProjectCall { projectId: project_id });
            let mine = me.map(|who| {
                (
                    list.add(c.marketplace, Marketplace::commitmentForCall { projectId: project_id, bidder: who }),
                    list.add(c.marketplace, Marketplace::revealedBidCall { projectId: project_id, bidder: who }),
                )
            });
            project_slots.push((id, project, mine));
        }
        let mut gov_lists = None;
        if let (Some(g), Some((phase, next, governors, candidates, proposal_count))) = (c.governance, gov_head) {
            let governors = get::<Gov::governorsCall>(&h, governors)?;
            let candidates = get::<Gov::candidatesCall>(&h, candidates)?;
            let proposals_n = get::<Gov::proposalCountCall>(&h, proposal_count)?.saturating_to::<u64>();
            let member_slots = |list: &mut Calls, members: &[Address]| -> Vec<(Address, usize, usize)> {
                members
                    .iter()
                    .map(|&a| {
                        (
                            a,
                            list.add(g, Gov::memberOfCall { account: a }),
                            list.add(g, Gov::weightOfCall { account: a }),
                        )
                    })
                    .collect()
            };
            let governor_slots = member_slots(&mut list, &governors);
            let candidate_slots = member_slots(&mut list, &candidates);
            let proposal_slots: Vec<(u64, usize, Option<usize>)> = (proposals_n.saturating_sub(RECENT_PROPOSALS) + 1
                ..=proposals_n)
                .rev()
                .map(|id| {
                    let proposal = list.add(g, Gov::getProposalCall { id: U256::from(id) });
                    let vote = me.map(|who| list.add(g, Gov::voteOfCall { id: U256::from(id), governor: who }));
                    (id, proposal, vote)
                })
                .collect();
            let phase = get::<Gov::phaseCall>(&h, phase)?;
            let next = get::<Gov::nextElectionAtCall>(&h, next)?.saturating_to::<u64>();
            gov_lists = Some((phase, next, governor_slots, candidate_slots, proposal_slots));
        }
        let l = batch::read_chunked(&self.chain, c.multicall3, list.0, batch::CHUNK).await?;

        let mut pools = Vec::with_capacity(pool_slots.len());
        for (id, pool, mine) in pool_slots {
            let p = get::<MicroPool::getPoolCall>(&l, pool)?;
            let mine = match mine {
                Some((stake, claimable)) => {
                    let stake = get::<MicroPool::getStakeCall>(&l, stake)?;
                    let claimable = get::<MicroPool::claimableCall>(&l, claimable)?;
                    (stake.principal != 0 || !claimable.is_zero())
                        .then(|| PoolStake { principal: U256::from(stake.principal), claimable })
                }
                None => None,
            };
            pools.push(Pool {
                id,
                provider: p.provider,
                status: PoolStatus::from_code(p.status),
                end_time: p.endTime.to::<u64>(),
                total_staked: U256::from(p.totalStaked),
                min_stake: U256::from(p.minStakeGwei.to::<u64>()) * U256::from(1_000_000_000u64),
                fixed_price: U256::from(p.fixedPrice),
                mine,
                provider_payout: U256::from(p.providerPayout),
            });
        }
        let mut nodes = Vec::with_capacity(node_slots.len());
        for (id, node, uptime, mine) in node_slots {
            let n = get::<NodeRegistry::getNodeCall>(&l, node)?;
            let my_stake = match mine {
                Some(slot) => get::<NodeRegistry::stakeOfCall>(&l, slot)?,
                None => U256::ZERO,
            };
            nodes.push(Node {
                id,
                provider: n.provider,
                sidecar: n.sidecar,
                status: name_of(&NODE_STATUS, n.status),
                health: name_of(&HEALTH, n.health),
                last_report_period: n.lastReportPeriod,
                audits: (n.auditsPassed, n.auditsReceived),
                uptime_bps: get::<NodeRegistry::uptimeOfCall>(&l, uptime)?.saturating_to::<u64>(),
                sidecar_stake: U256::from(n.sidecarStake),
                my_stake,
            });
        }
        let mut projects = Vec::with_capacity(project_slots.len());
        for (id, project, mine) in project_slots {
            let p = get::<Marketplace::getProjectCall>(&l, project)?;
            let (my_commitment, my_revealed) = match mine {
                Some((commitment, revealed)) => {
                    let commitment = get::<Marketplace::commitmentForCall>(&l, commitment)?;
                    let revealed = get::<Marketplace::revealedBidCall>(&l, revealed)?.revealed;
                    (commitment != B256::ZERO || revealed, revealed)
                }
                None => (false, false),
            };
            let r = &p.resources;
            projects.push(Project {
                id,
                status: p.status,
                commit_end: p.commitEnd.to::<u64>(),
                reveal_end: p.revealEnd.to::<u64>(),
                fixed_price: U256::from(p.fixedPrice),
                bid_bond: U256::from(p.bidBond),
                requester: p.requester,
                provider: p.provider,
                price: U256::from(p.price),
                started_at: p.startedAt.to::<u64>(),
                duration_days: p.durationDays,
                commit_period,
                resources: [r.cpuCores, r.ramGb, r.storageGb, r.bandwidthMbps],
                my_commitment,
                my_revealed,
            });
        }
        let mut governance = None;
        if let Some((phase, next_election, governor_slots, candidate_slots, proposal_slots)) = gov_lists {
            let members = |slots: Vec<(Address, usize, usize)>| -> Result<Vec<Member>> {
                slots
                    .into_iter()
                    .map(|(address, member, weight)| {
                        let m = get::<Gov::memberOfCall>(&l, member)?;
                        Ok(Member {
                            address,
                            stake: U256::from(m.stake),
                            weight: get::<Gov::weightOfCall>(&l, weight)?,
                            missed_in_row: m.missedInRow,
                        })
                    })
                    .collect()
            };
            let mut proposals = Vec::with_capacity(proposal_slots.len());
            for (id, proposal, vote) in proposal_slots {
                let p = get::<Gov::getProposalCall>(&l, proposal)?;
                let my_vote = match vote {
                    Some(slot) => get::<Gov::voteOfCall>(&l, slot)?,
                    None => 0,
                };
                proposals.push(Proposal {
                    id,
                    proposer: p.proposer,
                    end: p.end.to::<u64>(),
                    executed: p.executed,
                    finalized: p.finalized,
                    yes: p.yes,
                    no: p.no,
                    governor_count: p.governorCount,
                    description: p.description,
                    my_vote,
                });
            }
            governance = Some(Governance {
                phase: match phase {
                    0 => "initialization",
                    1 => "transition",
                    _ => "automated",
                }
                .to_string(),
                next_election,
                governors: members(governor_slots)?,
                candidates: members(candidate_slots)?,
                proposals,
            });
        }

        // Round trip 3: each provider's record, score and required collateral, by the addresses just read.
        let addresses: Vec<Address> =
            provider_slots.iter().map(|&i| get::<ProviderRegistry::providerAtCall>(&l, i)).collect::<Result<_>>()?;
        let mut records = Calls::default();
        for &provider in &addresses {
            records.add(c.provider_registry, ProviderRegistry::getProviderCall { provider });
            records.add(c.provider_registry, ProviderRegistry::reputationCall { provider });
            records.add(c.provider_registry, ProviderRegistry::requiredCollateralCall { provider });
        }
        let r = batch::read_chunked(&self.chain, c.multicall3, records.0, batch::CHUNK).await?;
        let mut providers = Vec::with_capacity(addresses.len());
        for (i, &address) in addresses.iter().enumerate() {
            let p = get::<ProviderRegistry::getProviderCall>(&r, 3 * i)?;
            let rep = get::<ProviderRegistry::reputationCall>(&r, 3 * i + 1)?;
            let required = get::<ProviderRegistry::requiredCollateralCall>(&r, 3 * i + 2)?;
            let part = |v: U256| v.saturating_to::<u64>();
            providers.push(Provider {
                address,
                brand: p.brand,
                status: name_of(&PROVIDER_STATUS, p.status),
                trust: name_of(&TRUST, p.trust),
                collateral: U256::from(p.collateral),
                required_collateral: required,
                price: U256::from(p.price),
                max_nodes: p.maxNodes,
                active_nodes: p.activeNodes,
                failures: p.failures,
                uptime_bps: p.uptimeBps,
                score: Score {
                    total: part(rep.score),
                    stake: part(rep.stakePart),
                    bid: part(rep.bidPart),
                    running_time: part(rep.runningTimePart),
                    uptime: part(rep.uptimePart),
                },
            });
        }

        let me = match (me, me_head) {
            (Some(address), Some((eth, ankr, aeth, sidecar, sidecar_pending, reward, reward_pending, bond, gov))) => {
                let pair = |r: (U256, U256)| r;
                let sidecar_pending = get::<NodeRegistry::pendingRewardsCall>(&h, sidecar_pending)?;
                let reward_pending = get::<StakerRewards::pendingRewardsCall>(&h, reward_pending)?;
                let bond = get::<Marketplace::bondOfCall>(&h, bond)?;
                let (governance_stake, governance_role, governance_rewards) = match gov {
                    Some((member, pending)) => {
                        let m = get::<Gov::memberOfCall>(&h, member)?;
                        let pending = get::<Gov::pendingRewardsCall>(&h, pending)?;
                        let role = if m.governor {
                            "governor"
                        } else if m.candidate {
                            "candidate"
                        } else if m.invited {
                            "invited"
                        } else {
                            "none"
                        };
                        (U256::from(m.stake), role, (pending.eth, pending.ankr))
                    }
                    None => (U256::ZERO, "none", (U256::ZERO, U256::ZERO)),
                };
                Some(Me {
                    address,
                    eth: get::<Multicall3::getEthBalanceCall>(&h, eth)?,
                    ankr: get::<AnkrToken::balanceOfCall>(&h, ankr)?,
                    aeth: get::<AETH::balanceOfCall>(&h, aeth)?,
                    sidecar_stake: get::<NodeRegistry::totalStakeOfCall>(&h, sidecar)?,
                    reward_stake: get::<StakerRewards::stakeOfCall>(&h, reward)?,
                    governance_stake,
                    governance_role: governance_role.to_string(),
                    bond_free: bond.free,
                    bond_locked: bond.locked,
                    staker_rewards: pair((reward_pending.eth, reward_pending.ankr)),
                    sidecar_rewards: pair((sidecar_pending.eth, sidecar_pending.ankr)),
                    governance_rewards,
                })
            }
            _ => None,
        };

        let params = PARAMS
            .iter()
            .zip(param_values.iter())
            .map(|(info, value)| (info.name.to_string(), display_value(info.unit, *value)))
            .collect();
        Ok(Snapshot {
            chain_id: self.chain.chain_id,
            block,
            time: now,
            me,
            pools,
            providers,
            nodes,
            projects,
            governance,
            params,
        })
    }
}
