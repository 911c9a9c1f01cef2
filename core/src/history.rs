//! An account's past actions (stakes, unstakes, claims, redemptions, bids, votes, proposals…) read from the
//! contracts' events, in block ranges that shrink when an endpoint refuses one and grow back after.

use alloy::{
    primitives::{Address, B256, U256},
    providers::Provider,
    rpc::types::{Filter, Log},
    sol_types::SolEvent,
    transports::{RpcError, TransportErrorKind},
};
use serde::Serialize;

use crate::{
    Error, Result,
    bindings::{Governance, Marketplace, MicroPool, NodeRegistry, ProviderRegistry, StakerRewards},
    chain::{Chain, transport_error},
    deploy::Contracts,
    units::AmountView,
};

/// Blocks per `eth_getLogs` request at first and at most: what public endpoints commonly accept.
pub const MAX_CHUNK: u64 = 10_000;

/// One thing the account did, with what it moved.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Action {
    /// Opened a micro-pool as its provider with `amount` of its own ETH.
    OpenPool {
        /// The pool.
        pool_id: u64,
        /// How much.
        amount: AmountView,
    },
    /// Staked ETH into a pool, paying an ANKR fee.
    Stake {
        /// The pool.
        pool_id: u64,
        /// How much.
        amount: AmountView,
        /// The ANKR fee paid.
        fee: AmountView,
    },
    /// Took ETH out of a pool before activation, with its fee back.
    Unstake {
        /// The pool.
        pool_id: u64,
        /// How much.
        amount: AmountView,
        /// The ANKR fee refunded.
        fee_refund: AmountView,
    },
    /// Cancelled a pool before activation.
    CancelPool {
        /// The pool.
        pool_id: u64,
    },
    /// Settled a pool from its vault.
    Settle {
        /// The pool.
        pool_id: u64,
        /// ETH taken from the vault.
        returned: AmountView,
    },
    /// Claimed a stake's rewards from a settled pool.
    Claim {
        /// The pool.
        pool_id: u64,
        /// The stake claimed on.
        principal: AmountView,
        /// ETH paid.
        payout: AmountView,
    },
    /// Claimed the provider's share of a settled pool.
    ProviderClaim {
        /// The pool.
        pool_id: u64,
        /// ETH paid.
        payout: AmountView,
    },
    /// Redeemed aETH for ETH (`ticket_id` 0 when paid at once, else queued).
    Redeem {
        /// aETH burnt.
        aeth: AmountView,
        /// ETH paid.
        eth: AmountView,
        /// The redemption ticket (0: paid at once).
        ticket_id: u64,
    },
    /// A queued redemption was paid.
    RedemptionClaim {
        /// The redemption ticket (0: paid at once).
        ticket_id: u64,
        /// ETH paid.
        eth: AmountView,
    },
    /// Staked ANKR on a node's sidecar.
    SidecarStake {
        /// The node.
        node_id: u64,
        /// How much.
        amount: AmountView,
    },
    /// Withdrew ANKR from a node's sidecar.
    SidecarUnstake {
        /// The node.
        node_id: u64,
        /// How much.
        amount: AmountView,
    },
    /// Staked ANKR for reward shares.
    RewardStake {
        /// How much.
        amount: AmountView,
    },
    /// Withdrew ANKR from reward shares.
    RewardUnstake {
        /// How much.
        amount: AmountView,
    },
    /// Claimed streamed rewards from `source` (staker-rewards, sidecars, governance).
    RewardClaim {
        /// staker-rewards, sidecars or governance.
        source: &'static str,
        /// ETH paid.
        eth: AmountView,
        /// ANKR paid.
        ankr: AmountView,
    },
    /// Joined the government as an invited governor.
    JoinGovernance {
        /// ANKR staked.
        stake: AmountView,
    },
    /// Applied as a governance candidate.
    ApplyGovernance {
        /// ANKR staked.
        stake: AmountView,
    },
    /// Added governance stake.
    GovernanceStake {
        /// How much.
        amount: AmountView,
    },
    /// Withdrew governance stake.
    GovernanceUnstake {
        /// How much.
        amount: AmountView,
    },
    /// Made a governance proposal.
    Propose {
        /// The proposal.
        proposal_id: u64,
        /// What it proposes.
        description: String,
        /// The ANKR bond locked.
        bond: AmountView,
    },
    /// Voted on a proposal.
    Vote {
        /// The proposal.
        proposal_id: u64,
        /// Yes (true) or no.
        support: bool,
    },
    /// Submitted a project, paying its fixed price.
    SubmitProject {
        /// The project.
        project_id: u64,
        /// The ANKR paid for it.
        fixed_price: AmountView,
    },
    /// Committed a sealed bid.
    Bid {
        /// The project.
        project_id: u64,
    },
    /// Revealed a bid.
    RevealBid {
        /// The project.
        project_id: u64,
        /// The price bid.
        price: AmountView,
        /// Whether it made the shortlist.
        shortlisted: bool,
    },
    /// Deposited a bid bond.
    BondDeposit {
        /// How much.
        amount: AmountView,
    },
    /// Withdrew a bid bond.
    BondWithdraw {
        /// How much.
        amount: AmountView,
    },
    /// Deposited provider collateral.
    CollateralDeposit {
        /// How much.
        amount: AmountView,
    },
    /// Withdrew provider collateral.
    CollateralWithdraw {
        /// How much.
        amount: AmountView,
    },
}

impl Action {
    /// The action in a few words, amounts formatted as everywhere in the CLI.
    pub fn describe(&self) -> String {
        match self {
            Self::OpenPool { pool_id, amount } => format!("opened pool {pool_id} with {amount}"),
            Self::Stake { pool_id, amount, fee } => format!("staked {amount} in pool {pool_id} ({fee} fee)"),
            Self::Unstake { pool_id, amount, fee_refund } => {
                format!("unstaked {amount} from pool {pool_id} ({fee_refund} fee back)")
            }
            Self::CancelPool { pool_id } => format!("cancelled pool {pool_id}"),
            Self::Settle { pool_id, returned } => format!("settled pool {pool_id} ({returned} returned)"),
            Self::Claim { pool_id, principal, payout } => {
                format!("claimed {payout} from pool {pool_id} (on {principal} staked)")
            }
            Self::ProviderClaim { pool_id, payout } => format!("claimed {payout} as pool {pool_id}'s provider"),
            Self::Redeem { aeth, eth, ticket_id: 0 } => format!("redeemed {} aETH for {eth}", aeth_number(aeth)),
            Self::Redeem { aeth, eth, ticket_id } => {
                format!("redeemed {} aETH for {eth}, queued as ticket {ticket_id}", aeth_number(aeth))
            }
            Self::RedemptionClaim { ticket_id, eth } => format!("received {eth} for redemption ticket {ticket_id}"),
            Self::SidecarStake { node_id, amount } => format!("staked {amount} on node {node_id}'s sidecar"),
            Self::SidecarUnstake { node_id, amount } => format!("withdrew {amount} from node {node_id}'s sidecar"),
            Self::RewardStake { amount } => format!("staked {amount} for reward shares"),
            Self::RewardUnstake { amount } => format!("withdrew {amount} from reward shares"),
            Self::RewardClaim { source, eth, ankr } => format!("claimed {eth} + {ankr} of {source} rewards"),
            Self::JoinGovernance { stake } => format!("joined governance with {stake}"),
            Self::ApplyGovernance { stake } => format!("applied as a governance candidate with {stake}"),
            Self::GovernanceStake { amount } => format!("staked {amount} in governance"),
            Self::GovernanceUnstake { amount } => format!("withdrew {amount} from governance"),
            Self::Propose { proposal_id, description, bond } => {
                format!("proposed {proposal_id} \"{description}\" ({bond} bond)")
            }
            Self::Vote { proposal_id, support } => {
                format!("voted {} on proposal {proposal_id}", if *support { "yes" } else { "no" })
            }
            Self::SubmitProject { project_id, fixed_price } => {
                format!("submitted project {project_id} ({fixed_price})")
            }
            Self::Bid { project_id } => format!("bid (sealed) on project {project_id}"),
            Self::RevealBid { project_id, price, shortlisted } => format!(
                "revealed a bid of {price} on project {project_id}{}",
                if *shortlisted { ", shortlisted" } else { "" }
            ),
            Self::BondDeposit { amount } => format!("deposited {amount} of bid bond"),
            Self::BondWithdraw { amount } => format!("withdrew {amount} of bid bond"),
            Self::CollateralDeposit { amount } => format!("deposited {amount} of collateral"),
            Self::CollateralWithdraw { amount } => format!("withdrew {amount} of collateral"),
        }
    }

    /// The ETH and ANKR of rewards this action received (pool payouts and streamed rewards), for charts.
    pub fn rewards_received(&self) -> (U256, U256) {
        let wei = |a: &AmountView| a.wei.parse::<U256>().unwrap_or_default();
        match self {
            // A staker's payout holds its principal back too only when the pool failed; the principal itself
            // comes back through aETH, so the payout is the reward.
            Self::Claim { payout, .. } | Self::ProviderClaim { payout, .. } => (wei(payout), U256::ZERO),
            Self::RewardClaim { eth, ankr, .. } => (wei(eth), wei(ankr)),
            _ => (U256::ZERO, U256::ZERO),
        }
    }
}

/// aETH shows as a number followed by "aETH" rather than the ETH the view was made with.
fn aeth_number(view: &AmountView) -> &str {
    view.formatted.strip_suffix(" ETH").unwrap_or(&view.formatted)
}

/// An action where and when it happened.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Entry {
    /// Its block.
    pub block: u64,
    /// The block's time, unix seconds.
    pub time: u64,
    /// The block's time for people.
    pub time_utc: String,
    /// The transaction.
    pub transaction: B256,
    /// The action and its amounts.
    #[serde(flatten)]
    pub action: Action,
    /// Its position in the block, to keep the order of a block's actions.
    #[serde(skip)]
    pub log_index: u64,
}

/// The next block range to read, and how its size follows the endpoint's answers: halved when a range is
/// refused as too large, doubled (up to [`MAX_CHUNK`]) after each accepted one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ranges {
    next: u64,
    to: u64,
    size: u64,
}

impl Ranges {
    /// Blocks `from` through `to`, inclusive.
    pub fn new(from: u64, to: u64) -> Self {
        Self { next: from, to, size: MAX_CHUNK }
    }

    /// The range to read now, or None when every block is read.
    pub fn current(&self) -> Option<(u64, u64)> {
        (self.next <= self.to).then(|| (self.next, self.to.min(self.next.saturating_add(self.size - 1))))
    }

    /// The current range was read: move past it, and try a larger one next.
    pub fn accepted(&mut self) {
        if let Some((_, end)) = self.current() {
            self.next = end.saturating_add(1);
        }
        self.size = (self.size * 2).min(MAX_CHUNK);
    }

    /// The current range was refused as too large: halve it. A single block cannot be split, so its refusal
    /// is final (`false`).
    pub fn refused(&mut self) -> bool {
        let Some((start, end)) = self.current() else { return false };
        if start == end {
            return false;
        }
        // Halve what was asked, not the nominal size: the last range may have been shorter.
        self.size = (end - start + 1).div_ceil(2);
        true
    }

    /// The first block not read yet.
    pub fn next_block(&self) -> u64 {
        self.next
    }
}

/// Whether an endpoint's error answer refuses the size of a log query (too many blocks or results) rather
/// than the query itself. Providers word it differently: Infura and Alchemy "query returned more than 10000
/// results", others "block range is too wide", "exceed maximum block range", "limit exceeded", "response
/// size exceeded"; -32005 is the JSON-RPC "limit exceeded" code.
pub fn is_range_refusal(code: i64, message: &str) -> bool {
    let message = message.to_ascii_lowercase();
    code == -32005
        || [
            "block range",
            "range is too",
            "range too",
            "more than",
            "too many",
            "limit exceeded",
            "exceeds",
            "exceed maximum",
            "response size",
            "too large",
            "too wide",
            "query timeout",
        ]
        .iter()
        .any(|needle| message.contains(needle))
}

/// The events whose first indexed parameter is the account.
fn first_topic_events() -> Vec<B256> {
    vec![
        MicroPool::Redeemed::SIGNATURE_HASH,
        StakerRewards::RewardStakeAdded::SIGNATURE_HASH,
        StakerRewards::RewardStakeWithdrawn::SIGNATURE_HASH,
        StakerRewards::RewardClaimed::SIGNATURE_HASH,
        Governance::GovernorJoined::SIGNATURE_HASH,
        Governance::CandidateApplied::SIGNATURE_HASH,
        Governance::GovernanceStaked::SIGNATURE_HASH,
        Governance::GovernanceUnstaked::SIGNATURE_HASH,
        Marketplace::BondDeposited::SIGNATURE_HASH,
        Marketplace::BondWithdrawn::SIGNATURE_HASH,
        ProviderRegistry::CollateralDeposited::SIGNATURE_HASH,
        ProviderRegistry::CollateralWithdrawn::SIGNATURE_HASH,
    ]
}

/// The events whose second indexed parameter is the account (the first is a pool, node, project or
/// proposal id).
fn second_topic_events() -> Vec<B256> {
    vec![
        MicroPool::PoolOpened::SIGNATURE_HASH,
        MicroPool::Staked::SIGNATURE_HASH,
        MicroPool::Unstaked::SIGNATURE_HASH,
        MicroPool::PoolCancelled::SIGNATURE_HASH,
        MicroPool::PoolSettled::SIGNATURE_HASH,
        MicroPool::Claimed::SIGNATURE_HASH,
        MicroPool::ProviderClaimed::SIGNATURE_HASH,
        MicroPool::RedemptionClaimed::SIGNATURE_HASH,
        NodeRegistry::SidecarStaked::SIGNATURE_HASH,
        NodeRegistry::SidecarUnstaked::SIGNATURE_HASH,
        Governance::ProposalCreated::SIGNATURE_HASH,
        Governance::VoteCast::SIGNATURE_HASH,
        Marketplace::ProjectSubmitted::SIGNATURE_HASH,
        Marketplace::BidCommitted::SIGNATURE_HASH,
        Marketplace::BidRevealed::SIGNATURE_HASH,
    ]
}

/// The contracts whose events make the history.
fn emitters(contracts: &Contracts) -> Vec<Address> {
    let mut list = vec![
        contracts.micro_pool,
        contracts.node_registry,
        contracts.staker_rewards,
        contracts.marketplace,
        contracts.provider_registry,
    ];
    list.extend(contracts.governance);
    list
}

fn id(value: U256) -> u64 {
    value.saturating_to()
}

/// Decode one log into an action; None for a log that is not one of the history's events.
pub fn decode(log: &alloy::primitives::Log, contracts: &Contracts) -> Option<Action> {
    let (eth, ankr) = (AmountView::eth, AmountView::ankr);
    let topic = *log.topics().first()?;
    match topic {
        MicroPool::PoolOpened::SIGNATURE_HASH => MicroPool::PoolOpened::decode_log(log)
            .ok()
            .map(|e| Action::OpenPool { pool_id: id(e.poolId), amount: eth(e.providerStake) }),
        MicroPool::Staked::SIGNATURE_HASH => MicroPool::Staked::decode_log(log).ok().map(|e| Action::Stake {
            pool_id: id(e.poolId),
            amount: eth(e.amount),
            fee: ankr(e.fee),
        }),
        MicroPool::Unstaked::SIGNATURE_HASH => MicroPool::Unstaked::decode_log(log).ok().map(|e| Action::Unstake {
            pool_id: id(e.poolId),
            amount: eth(e.amount),
            fee_refund: ankr(e.feeRefund),
        }),
        MicroPool::PoolCancelled::SIGNATURE_HASH => {
            MicroPool::PoolCancelled::decode_log(log).ok().map(|e| Action::CancelPool { pool_id: id(e.poolId) })
        }
        MicroPool::PoolSettled::SIGNATURE_HASH => MicroPool::PoolSettled::decode_log(log)
            .ok()
            .map(|e| Action::Settle { pool_id: id(e.poolId), returned: eth(e.returned) }),
        MicroPool::Claimed::SIGNATURE_HASH => MicroPool::Claimed::decode_log(log).ok().map(|e| Action::Claim {
            pool_id: id(e.poolId),
            principal: eth(e.principal),
            payout: eth(e.payout),
        }),
        MicroPool::ProviderClaimed::SIGNATURE_HASH => MicroPool::ProviderClaimed::decode_log(log)
            .ok()
            .map(|e| Action::ProviderClaim { pool_id: id(e.poolId), payout: eth(e.payout) }),
        MicroPool::Redeemed::SIGNATURE_HASH => MicroPool::Redeemed::decode_log(log).ok().map(|e| Action::Redeem {
            aeth: eth(e.aeth),
            eth: eth(e.eth),
            ticket_id: id(e.ticketId),
        }),
        MicroPool::RedemptionClaimed::SIGNATURE_HASH => MicroPool::RedemptionClaimed::decode_log(log)
            .ok()
            .map(|e| Action::RedemptionClaim { ticket_id: id(e.ticketId), eth: eth(e.eth) }),
        NodeRegistry::SidecarStaked::SIGNATURE_HASH => NodeRegistry::SidecarStaked::decode_log(log)
            .ok()
            .map(|e| Action::SidecarStake { node_id: id(e.nodeId), amount: ankr(e.amount) }),
        NodeRegistry::SidecarUnstaked::SIGNATURE_HASH => NodeRegistry::SidecarUnstaked::decode_log(log)
            .ok()
            .map(|e| Action::SidecarUnstake { node_id: id(e.nodeId), amount: ankr(e.amount) }),
        StakerRewards::RewardStakeAdded::SIGNATURE_HASH => StakerRewards::RewardStakeAdded::decode_log(log)
            .ok()
            .map(|e| Action::RewardStake { amount: ankr(e.amount) }),
        StakerRewards::RewardStakeWithdrawn::SIGNATURE_HASH => StakerRewards::RewardStakeWithdrawn::decode_log(log)
            .ok()
            .map(|e| Action::RewardUnstake { amount: ankr(e.amount) }),
        // The three reward streams share the event: the emitting contract names the source.
        StakerRewards::RewardClaimed::SIGNATURE_HASH => {
            let source = if log.address == contracts.node_registry {
                "sidecars"
            } else if Some(log.address) == contracts.governance {
                "governance"
            } else {
                "staker-rewards"
            };
            StakerRewards::RewardClaimed::decode_log(log).ok().map(|e| Action::RewardClaim {
                source,
                eth: eth(e.eth),
                ankr: ankr(e.ankr),
            })
        }
        Governance::GovernorJoined::SIGNATURE_HASH => {
            Governance::GovernorJoined::decode_log(log).ok().map(|e| Action::JoinGovernance { stake: ankr(e.stake) })
        }
        Governance::CandidateApplied::SIGNATURE_HASH => {
            Governance::CandidateApplied::decode_log(log).ok().map(|e| Action::ApplyGovernance { stake: ankr(e.stake) })
        }
        Governance::GovernanceStaked::SIGNATURE_HASH => Governance::GovernanceStaked::decode_log(log)
            .ok()
            .map(|e| Action::GovernanceStake { amount: ankr(e.amount) }),
        Governance::GovernanceUnstaked::SIGNATURE_HASH => Governance::GovernanceUnstaked::decode_log(log)
            .ok()
            .map(|e| Action::GovernanceUnstake { amount: ankr(e.amount) }),
        Governance::ProposalCreated::SIGNATURE_HASH => Governance::ProposalCreated::decode_log(log)
            .ok()
            .map(|e| Action::Propose { proposal_id: id(e.id), description: e.description.clone(), bond: ankr(e.bond) }),
        Governance::VoteCast::SIGNATURE_HASH => Governance::VoteCast::decode_log(log)
            .ok()
            .map(|e| Action::Vote { proposal_id: id(e.id), support: e.support }),
        Marketplace::ProjectSubmitted::SIGNATURE_HASH => Marketplace::ProjectSubmitted::decode_log(log)
            .ok()
            .map(|e| Action::SubmitProject { project_id: id(e.projectId), fixed_price: ankr(e.fixedPrice) }),
        Marketplace::BidCommitted::SIGNATURE_HASH => {
            Marketplace::BidCommitted::decode_log(log).ok().map(|e| Action::Bid { project_id: id(e.projectId) })
        }
        Marketplace::BidRevealed::SIGNATURE_HASH => Marketplace::BidRevealed::decode_log(log).ok().map(|e| {
            Action::RevealBid { project_id: id(e.projectId), price: ankr(e.price), shortlisted: e.shortlisted }
        }),
        Marketplace::BondDeposited::SIGNATURE_HASH => {
            Marketplace::BondDeposited::decode_log(log).ok().map(|e| Action::BondDeposit { amount: ankr(e.amount) })
        }
        Marketplace::BondWithdrawn::SIGNATURE_HASH => {
            Marketplace::BondWithdrawn::decode_log(log).ok().map(|e| Action::BondWithdraw { amount: ankr(e.amount) })
        }
        ProviderRegistry::CollateralDeposited::SIGNATURE_HASH => ProviderRegistry::CollateralDeposited::decode_log(log)
            .ok()
            .map(|e| Action::CollateralDeposit { amount: ankr(e.amount) }),
        ProviderRegistry::CollateralWithdrawn::SIGNATURE_HASH => ProviderRegistry::CollateralWithdrawn::decode_log(log)
            .ok()
            .map(|e| Action::CollateralWithdraw { amount: ankr(e.amount) }),
        _ => None,
    }
}

/// What a history read covered and found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct History {
    /// The first block read.
    pub from_block: u64,
    /// The last block read.
    pub to_block: u64,
    /// The account's actions, oldest first.
    pub entries: Vec<Entry>,
    /// `eth_getLogs` requests it took (refused ones included).
    pub log_requests: u64,
}

/// One log query's outcome: its logs, or a refusal of its size, or a failure.
enum Answer {
    Logs(Vec<Log>),
    Refused(String),
}

async fn query(chain: &Chain, filter: &Filter) -> Result<Answer> {
    match chain.provider.get_logs(filter).await {
        Ok(logs) => Ok(Answer::Logs(logs)),
        Err(RpcError::ErrorResp(payload)) if is_range_refusal(payload.code, &payload.message) => {
            Ok(Answer::Refused(payload.message.to_string()))
        }
        Err(e) => Err(rpc_error(chain, &e)),
    }
}

fn rpc_error(chain: &Chain, error: &RpcError<TransportErrorKind>) -> Error {
    transport_error(&chain.url, error)
}

/// `account`'s actions on `contracts` in blocks `from` through `to`, oldest first. `progress` hears the
/// first block not yet read after each range, to draw a progress bar.
pub async fn read(
    chain: &Chain,
    contracts: &Contracts,
    account: Address,
    from: u64,
    to: u64,
    progress: &mut (dyn FnMut(u64) + Send),
) -> Result<History> {
    let addresses = emitters(contracts);
    let topic = account.into_word();
    let (logs, log_requests) = logs_in_ranges(chain, from, to, progress, &|start, end| {
        let base = Filter::new().address(addresses.clone()).from_block(start).to_block(end);
        let first = base.clone().event_signature(first_topic_events()).topic1(topic);
        let second = base.event_signature(second_topic_events()).topic2(topic);
        (first, Some(second))
    })
    .await?;
    let mut entries = Vec::new();
    for log in logs {
        let Some(action) = decode(&log.inner, contracts) else { continue };
        let (Some(block), Some(transaction)) = (log.block_number, log.transaction_hash) else { continue };
        entries.push(Entry {
            block,
            time: log.block_timestamp.unwrap_or_default(),
            time_utc: String::new(),
            transaction,
            action,
            log_index: log.log_index.unwrap_or_default(),
        });
    }
    entries.sort_by_key(|e| (e.block, e.log_index));
    fill_times(chain, &mut entries).await?;
    Ok(History { from_block: from, to_block: to, entries, log_requests })
}

/// The logs `filters` select in blocks `from` through `to`, read range by range (each range's one or two
/// filters together: one round trip of latency per range), and the `eth_getLogs` requests it took.
async fn logs_in_ranges(
    chain: &Chain,
    from: u64,
    to: u64,
    progress: &mut (dyn FnMut(u64) + Send),
    filters: &(dyn Fn(u64, u64) -> (Filter, Option<Filter>) + Sync),
) -> Result<(Vec<Log>, u64)> {
    let mut ranges = Ranges::new(from, to);
    let mut logs = Vec::new();
    let mut log_requests = 0;
    while let Some((start, end)) = ranges.current() {
        let (first, second) = filters(start, end);
        let (a, b) = tokio::join!(query(chain, &first), async {
            match &second {
                Some(filter) => query(chain, filter).await,
                None => Ok(Answer::Logs(Vec::new())),
            }
        });
        log_requests += 1 + u64::from(second.is_some());
        match (a?, b?) {
            (Answer::Logs(mut a), Answer::Logs(b)) => {
                a.extend(b);
                logs.extend(a);
                ranges.accepted();
                progress(ranges.next_block());
            }
            (Answer::Refused(reason), _) | (_, Answer::Refused(reason)) => {
                tracing::debug!(start, end, %reason, "log range refused; halving it");
                if !ranges.refused() {
                    return Err(Error::Rpc(format!(
                        "{} refuses the logs of even one block ({start}): {reason}; try another endpoint (--rpc-url)",
                        chain.url
                    )));
                }
            }
        }
    }
    Ok((logs, log_requests))
}

/// Each node's audited uptime after each of its settled audits: (block, uptime in bps), oldest first.
pub type UptimeSeries = std::collections::BTreeMap<u64, Vec<(u64, u64)>>;

/// The audited uptime of every node `provider` registered, after each audit of it settled in blocks `from`
/// through `to`: what `NodeRegistry.uptimeOf` read at that block, so the dashboard's uptime sparklines
/// start from the past instead of empty.
pub async fn uptime_series(
    chain: &Chain,
    contracts: &Contracts,
    provider: Address,
    from: u64,
    to: u64,
) -> Result<UptimeSeries> {
    let registry = contracts.node_registry;
    let (registered, _) = logs_in_ranges(chain, from, to, &mut |_| {}, &|start, end| {
        let filter = Filter::new()
            .address(registry)
            .from_block(start)
            .to_block(end)
            .event_signature(NodeRegistry::NodeRegistered::SIGNATURE_HASH)
            .topic2(provider.into_word());
        (filter, None)
    })
    .await?;
    let nodes: Vec<B256> = registered.iter().filter_map(|log| log.topics().get(1).copied()).collect();
    if nodes.is_empty() {
        return Ok(UptimeSeries::new());
    }
    let (settled, _) = logs_in_ranges(chain, from, to, &mut |_| {}, &|start, end| {
        let filter = Filter::new()
            .address(registry)
            .from_block(start)
            .to_block(end)
            .event_signature(NodeRegistry::AuditSettled::SIGNATURE_HASH)
            .topic2(nodes.clone());
        (filter, None)
    })
    .await?;
    let mut audits: Vec<(u64, u64, u8)> = settled
        .iter()
        .filter_map(|log| {
            let event = NodeRegistry::AuditSettled::decode_log(&log.inner).ok()?;
            Some((log.block_number?, id(event.nodeId), event.verdict))
        })
        .collect();
    audits.sort_by_key(|a| a.0);
    Ok(uptime_points(&audits))
}

/// Fold settled audits (block, node, verdict code) into each node's uptime after each: passed over decided
/// audits in bps, undecided ones counting for neither (as the contract counts them).
pub fn uptime_points(audits: &[(u64, u64, u8)]) -> UptimeSeries {
    use crate::codes::AuditVerdict;
    const BPS: u64 = 10_000;
    let mut totals: std::collections::BTreeMap<u64, (u64, u64)> = std::collections::BTreeMap::new();
    let mut series = UptimeSeries::new();
    for &(block, node, verdict) in audits {
        let (received, passed) = totals.entry(node).or_default();
        match AuditVerdict::from(verdict) {
            AuditVerdict::Up => {
                *received += 1;
                *passed += 1;
            }
            AuditVerdict::Down => *received += 1,
            _ => continue,
        }
        series.entry(node).or_default().push((block, *passed * BPS / *received));
    }
    series
}

/// Block times for the logs whose endpoint left `blockTimestamp` out (it is recent in the JSON-RPC spec).
async fn fill_times(chain: &Chain, entries: &mut [Entry]) -> Result<()> {
    let mut known: std::collections::BTreeMap<u64, u64> = std::collections::BTreeMap::new();
    for entry in entries.iter_mut() {
        if entry.time == 0 {
            if let Some(time) = known.get(&entry.block) {
                entry.time = *time;
            } else {
                let block = chain
                    .provider
                    .get_block_by_number(entry.block.into())
                    .await
                    .map_err(|e| rpc_error(chain, &e))?
                    .ok_or_else(|| Error::Rpc(format!("{} has no block {}", chain.url, entry.block)))?;
                known.insert(entry.block, block.header.timestamp);
                entry.time = block.header.timestamp;
            }
        }
        entry.time_utc = crate::time::utc(entry.time);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Drive `Ranges` over `from..=to` against an endpoint that refuses any range longer than `limit`
    /// blocks; the ranges asked, in order.
    fn walk(from: u64, to: u64, limit: u64) -> (Vec<(u64, u64, bool)>, bool) {
        let mut ranges = Ranges::new(from, to);
        let mut asked = Vec::new();
        while let Some((start, end)) = ranges.current() {
            let ok = end - start < limit;
            asked.push((start, end, ok));
            if ok {
                ranges.accepted();
            } else if !ranges.refused() {
                return (asked, false);
            }
            assert!(asked.len() < 10_000, "runs away");
        }
        (asked, true)
    }

    fn covered(asked: &[(u64, u64, bool)]) -> Vec<(u64, u64)> {
        asked.iter().filter(|a| a.2).map(|a| (a.0, a.1)).collect()
    }

    #[test]
    fn an_accepting_endpoint_is_read_in_ten_thousand_block_ranges() {
        let (asked, done) = walk(100, 25_099, u64::MAX);
        assert!(done);
        assert_eq!(covered(&asked), [(100, 10_099), (10_100, 20_099), (20_100, 25_099)]);
    }

    #[test]
    fn a_refused_range_is_halved_until_accepted_then_grows_back() {
        // An endpoint that takes at most 3,000 blocks: 10,000 → 5,000 → 2,500, then 5,000 is tried again.
        let (asked, done) = walk(0, 9_999, 3_000);
        assert!(done);
        let sizes: Vec<(u64, bool)> = asked.iter().map(|(s, e, ok)| (e - s + 1, *ok)).collect();
        assert_eq!(&sizes[..5], [(10_000, false), (5_000, false), (2_500, true), (5_000, false), (2_500, true)],);
        // Every block is read exactly once, in order.
        let mut next = 0;
        for (start, end) in covered(&asked) {
            assert_eq!(start, next);
            next = end + 1;
        }
        assert_eq!(next, 10_000);
    }

    #[test]
    fn a_short_range_is_halved_from_its_own_length() {
        // Three blocks refused by an endpoint that takes two: two, then the last one.
        let (asked, done) = walk(0, 2, 2);
        assert!(done);
        assert_eq!(asked, [(0, 2, false), (0, 1, true), (2, 2, true)]);
    }

    #[test]
    fn uptime_follows_decided_audits_only() {
        // Node 1: up, undecided, down, up → 100 %, (skipped), 50 %, 66.66 %; node 2: down → 0 %.
        let audits = [(10, 1, 1), (11, 1, 0), (12, 2, 2), (20, 1, 2), (30, 1, 1)];
        let series = uptime_points(&audits);
        assert_eq!(series.get(&1), Some(&vec![(10, 10_000), (20, 5_000), (30, 6_666)]));
        assert_eq!(series.get(&2), Some(&vec![(12, 0)]));
    }

    #[test]
    fn a_single_refused_block_ends_the_read() {
        let (asked, done) = walk(5, 6, 0);
        assert!(!done);
        assert_eq!(asked.last().map(|a| (a.0, a.1)), Some((5, 5)));
    }

    #[test]
    fn range_refusals_are_told_from_other_errors() {
        assert!(is_range_refusal(-32005, "limit exceeded"));
        assert!(is_range_refusal(-32602, "query returned more than 10000 results"));
        assert!(is_range_refusal(-32000, "eth_getLogs block range is too wide (max 2000)"));
        assert!(is_range_refusal(-32600, "exceed maximum block range: 5000"));
        assert!(is_range_refusal(-32000, "Log response size exceeded."));
        assert!(!is_range_refusal(-32601, "the method eth_getLogs does not exist/is not available"));
        assert!(!is_range_refusal(-32000, "header not found"));
    }
}
