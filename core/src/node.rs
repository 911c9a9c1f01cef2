//! Stkr nodes as the rules see them: a node's record typed, the probe URL the registry accepts, a period's
//! audit draw and verdicts, and what must hold before a node is registered, retired, staked on or its audits
//! settled — one home for the CLI, the dashboard and the sidecar.

use alloy::primitives::{Address, U256};

use crate::{
    Error, Result,
    batch::{Answers, Batch},
    bindings::{NodeRegistry, ProviderRegistry, node_registry::INodeRegistry::Node},
    chain::Chain,
    codes::{AuditVerdict, NodeHealth, NodeStatus},
    deploy::Contracts,
    provider::Resources,
    time::utc,
};

/// The longest probe URL the node registry accepts, in bytes.
pub const MAX_URL_BYTES: usize = 256;
/// `lastReportPeriod` of a node that never reported.
const NEVER_REPORTED: u32 = u32::MAX;

/// One node as the registry stores it, typed.
#[derive(Debug, Clone)]
pub struct NodeState {
    /// Its id.
    pub id: u64,
    /// Its status (`None` when there is no such node).
    pub status: NodeStatus,
    /// The health its sidecar last reported.
    pub health: NodeHealth,
    /// The period of its sidecar's latest report, if any.
    pub last_report_period: Option<u32>,
    /// When it was registered (unix seconds).
    pub start_time: u64,
    /// When it finished (unix seconds), once finished.
    pub finish_time: Option<u64>,
    /// ANKR staked on its sidecar.
    pub sidecar_stake: U256,
    /// The registry's record, for the fields that need no rule.
    pub record: Node,
}

impl NodeState {
    /// The node `id` from the registry's record.
    pub fn new(id: u64, record: Node) -> Self {
        let status = NodeStatus::from(record.status);
        Self {
            id,
            status,
            health: NodeHealth::from(record.health),
            last_report_period: (record.lastReportPeriod != NEVER_REPORTED).then_some(record.lastReportPeriod),
            start_time: record.startTime.to::<u64>(),
            finish_time: (status == NodeStatus::Finished).then(|| record.finishTime.to::<u64>()),
            sidecar_stake: U256::from(record.sidecarStake),
            record,
        }
    }

    /// How long it ran, or has run so far at chain time `now`, in seconds.
    pub fn running_time(&self, now: u64) -> u64 {
        self.finish_time.unwrap_or(now).saturating_sub(self.start_time)
    }
}

/// Where a period's audit draw stands. Its node set is frozen when the period begins; the draw is opened
/// by the first sidecar (or anyone) that needs it, and its seed is the hash of the block after the opening
/// one, unknown to whoever opened it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DrawState {
    /// Nobody opened it yet (or its seed block aged out of the last 256 blocks unread).
    Unopened,
    /// Opened: the seed is the hash of this block, not mined yet.
    Seeding {
        /// The block whose hash seeds the draw.
        seed_block: u64,
    },
    /// Seeded: auditors and targets are fixed.
    Seeded,
}

impl DrawState {
    /// The draw from the registry's `seedOf` and `seedBlockOf` for the period.
    pub fn of(seed: alloy::primitives::B256, seed_block: U256) -> Self {
        match (seed.is_zero(), seed_block.saturating_to::<u64>()) {
            (false, _) => Self::Seeded,
            (true, 0) => Self::Unopened,
            (true, seed_block) => Self::Seeding { seed_block },
        }
    }

    /// One phrase for people.
    pub fn describe(self) -> String {
        match self {
            Self::Unopened => "draw not open yet (the first sidecar to report opens it)".into(),
            Self::Seeding { seed_block } => format!("draw seeded by block {seed_block}'s hash, once mined"),
            Self::Seeded => "draw fixed".into(),
        }
    }
}

/// A node's audit in one period: the verdict of a strict majority of its assigned auditors, and the votes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct PeriodAudit {
    /// The period.
    pub period: u64,
    /// up, down or undecided (no strict majority of the assigned auditors).
    pub verdict: AuditVerdict,
    /// Auditors that saw it up.
    pub up_votes: u64,
    /// Auditors that saw it down.
    pub down_votes: u64,
    /// Whether it was settled on chain (only settled verdicts count in uptime, and strike dissenters).
    pub settled: bool,
}

impl PeriodAudit {
    /// From the registry's `auditOf(period, node)`.
    pub fn new(period: u64, answer: &NodeRegistry::auditOfReturn) -> Self {
        Self {
            period,
            verdict: AuditVerdict::from(answer.verdict),
            up_votes: answer.upVotes.saturating_to(),
            down_votes: answer.downVotes.saturating_to(),
            settled: answer.settled,
        }
    }

    /// One phrase for people: `up, 3 to 0, settled`.
    pub fn describe(&self) -> String {
        let state = if self.settled { "settled" } else { "not settled yet (`stkr node settle-audits`)" };
        format!("{}, {} up to {} down, {state}", self.verdict, self.up_votes, self.down_votes)
    }
}

/// Refuse settling `period`'s audits while it runs: the registry settles only periods that are over.
pub fn check_settle_audits(period: u64, current: u64) -> Result<()> {
    if period >= current {
        return Err(Error::InvalidInput(format!(
            "period {period} is not over (the current period is {current}); its audits can be settled from period {}",
            period + 1
        )));
    }
    Ok(())
}

/// A node read with the number of nodes and the answers of the calls batched with it.
pub struct NodeRead {
    /// The node (status `None` when there is no such node).
    pub node: NodeState,
    /// How many nodes exist.
    pub count: u64,
    /// The answers of the other calls.
    pub answers: Answers,
}

/// Read node `id` and the node count together with the calls already in `batch`, in one round trip.
pub async fn read_node(chain: &Chain, contracts: &Contracts, id: u64, mut batch: Batch) -> Result<NodeRead> {
    let nodes = contracts.node_registry;
    let count = batch.add(nodes, NodeRegistry::nodeCountCall {});
    let node = batch.add(nodes, NodeRegistry::getNodeCall { nodeId: U256::from(id) });
    let answers = batch.run(chain, contracts.multicall3).await?;
    let count = answers.get(count)?.saturating_to::<u64>();
    let node = NodeState::new(id, answers.get(node)?);
    Ok(NodeRead { node, count, answers })
}

/// Every node from 1 to `count` with its audited uptime in bps, a thousand calls per round trip.
pub async fn scan(chain: &Chain, contracts: &Contracts, count: u64) -> Result<Vec<(NodeState, u64)>> {
    let nodes = contracts.node_registry;
    let mut batch = Batch::new();
    let slots: Vec<_> = (1..=count)
        .map(|id| {
            let node = batch.add(nodes, NodeRegistry::getNodeCall { nodeId: U256::from(id) });
            (id, node, batch.add(nodes, NodeRegistry::uptimeOfCall { nodeId: U256::from(id) }))
        })
        .collect();
    let answers = batch.run(chain, contracts.multicall3).await?;
    slots
        .into_iter()
        .map(|(id, node, uptime)| Ok((NodeState::new(id, answers.get(node)?), answers.get(uptime)?.saturating_to())))
        .collect()
}

/// The error for a node id the registry does not know, as `stkr node` says it.
pub fn no_such_node(id: u64, count: u64) -> Error {
    let known = match count {
        0 => "no node is registered yet".to_string(),
        1 => "only node 1 exists".to_string(),
        n => format!("nodes run from 1 to {n}"),
    };
    Error::InvalidInput(format!("there is no node {id}: {known} (see `stkr node list`)"))
}

/// The error for a sidecar stake on a node past the last, as `stkr stake --sidecar` says it.
pub fn no_node_to_stake_on(id: u64, count: u64) -> Error {
    let known = if count == 0 { "there are no nodes yet".to_string() } else { format!("nodes run from 1 to {count}") };
    Error::InvalidInput(format!("there is no node {id}; {known}"))
}

/// A probe URL the node registry accepts: http(s), a host, no spaces, at most [`MAX_URL_BYTES`].
pub fn check_probe_url(input: &str) -> Result<()> {
    let bad = |why: &str| Error::InvalidInput(format!("invalid probe URL '{input}': {why}"));
    let rest = input
        .strip_prefix("https://")
        .or_else(|| input.strip_prefix("http://"))
        .ok_or_else(|| bad("expected an http:// or https:// URL such as https://node1.example.com/stkr"))?;
    if rest.is_empty() || rest.starts_with('/') {
        return Err(bad("the URL names no host"));
    }
    if input.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(bad("a URL contains no spaces"));
    }
    if input.len() > MAX_URL_BYTES {
        return Err(bad(&format!("at most {MAX_URL_BYTES} bytes, not {}", input.len())));
    }
    Ok(())
}

/// A sidecar address a node may report from: not the zero address.
pub fn check_sidecar_address(sidecar: Address) -> Result<()> {
    if sidecar == Address::ZERO {
        return Err(Error::InvalidInput(
            "the sidecar may not be the zero address; give the address it reports from".into(),
        ));
    }
    Ok(())
}

/// What registering a node with a sidecar depends on, read from the chain.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RegisterFacts {
    /// What the provider offers per node: the capacity a node gets unless given its own.
    pub offer: Resources,
    /// The node the sidecar already serves, 0 for none (the registry's `nodeOfSidecar`).
    pub serving: u64,
}

impl RegisterFacts {
    /// Read `provider`'s offer and what `sidecar` serves, in one round trip.
    pub async fn read(chain: &Chain, contracts: &Contracts, provider: Address, sidecar: Address) -> Result<Self> {
        let mut batch = Batch::new();
        let offer = batch.add(contracts.provider_registry, ProviderRegistry::capacityOfCall { provider });
        let serving = batch.add(contracts.node_registry, NodeRegistry::nodeOfSidecarCall { sidecar });
        let answers = batch.run(chain, contracts.multicall3).await?;
        Ok(Self { offer: Resources::from(&answers.get(offer)?), serving: answers.get(serving)?.saturating_to() })
    }
}

/// What must hold before a node is registered with `sidecar` and `probe_url`: a real sidecar address, a
/// probe URL the registry accepts, and a sidecar that serves no node yet (`serving`, the registry's
/// `nodeOfSidecar`: 0 for none). Qualification and max nodes the registry checks itself.
pub fn check_register_node(sidecar: Address, probe_url: &str, serving: u64) -> Result<()> {
    check_sidecar_address(sidecar)?;
    check_probe_url(probe_url)?;
    if serving != 0 {
        return Err(Error::Simulation(format!("the sidecar {sidecar} already serves node {serving}")));
    }
    Ok(())
}

/// What must hold before `node` is retired: it has not finished yet.
pub fn check_retire(node: &NodeState) -> Result<()> {
    match node.finish_time {
        Some(finished) => Err(Error::Simulation(format!("node {} already finished at {}", node.id, utc(finished)))),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn probe_urls_and_sidecars_are_checked() {
        assert!(check_probe_url("https://node1.example.com/stkr").is_ok());
        let msg = |url: &str| check_probe_url(url).err().map(|e| e.to_string()).unwrap_or_default();
        assert!(msg("ftp://x").contains("expected an http:// or https:// URL"));
        assert!(msg("https:///x").contains("the URL names no host"));
        assert!(msg("https://a b").contains("a URL contains no spaces"));
        assert!(msg(&format!("https://{}", "a".repeat(300))).contains("at most 256 bytes, not 308"));
        let sidecar = Address::repeat_byte(5);
        assert!(check_register_node(sidecar, "https://n.example", 0).is_ok());
        assert!(check_register_node(Address::ZERO, "https://n.example", 0).is_err());
        let serving = check_register_node(sidecar, "https://n.example", 5).err().map(|e| e.to_string());
        assert!(serving.is_some_and(|e| e.contains(&format!("the sidecar {sidecar} already serves node 5"))));
    }

    #[test]
    fn draws_and_settlements_read_as_the_registry_keeps_them() {
        use alloy::primitives::B256;
        assert_eq!(DrawState::of(B256::ZERO, U256::ZERO), DrawState::Unopened);
        assert_eq!(DrawState::of(B256::ZERO, U256::from(7)), DrawState::Seeding { seed_block: 7 });
        assert_eq!(DrawState::of(B256::repeat_byte(1), U256::from(7)), DrawState::Seeded);
        assert!(check_settle_audits(4, 5).is_ok());
        assert!(check_settle_audits(5, 5).is_err());
    }

    #[test]
    fn missing_nodes_say_which_exist() {
        assert_eq!(
            no_such_node(99, 0).to_string(),
            "there is no node 99: no node is registered yet (see `stkr node list`)"
        );
        assert_eq!(no_node_to_stake_on(4, 3).to_string(), "there is no node 4; nodes run from 1 to 3");
    }
}
