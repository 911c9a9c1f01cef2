//! `stkr node`: a provider's Stkr nodes: register one with its sidecar, list and inspect them, retire one.

use alloy::primitives::{Address, B256, Bytes, U256};
use clap::{Args, Subcommand};
use eyre::{Result, eyre};
use serde::Serialize;
use stkr_core::{
    Error,
    batch::{self, Answer, call},
    bindings::{
        Multicall3, NodeRegistry, ProviderRegistry,
        node_registry::{INodeRegistry::Node, IProviderRegistry::Capacity},
    },
    chain::Chain,
    deploy::Contracts,
    input::{parse_address, parse_id},
    output::{Render, Style, rows},
    params::display_duration,
    receipt::{event, events},
    tx::request,
    units::AmountView,
};

use stkr_core::time::utc;

use crate::{
    Context,
    common::{name_of, percent},
    provider::{CALLS_PER_BATCH, CapacityView},
};

/// The longest probe URL the node registry accepts, in bytes.
const MAX_URL_BYTES: usize = 256;
/// Names of `NodeRegistry.Status`, by value.
const STATUS: [&str; 3] = ["none", "active", "finished"];
/// Names of `NodeRegistry.Health`, by value.
const HEALTH: [&str; 4] = ["unknown", "healthy", "syncing", "unhealthy"];
/// `lastReportPeriod` of a node that never reported.
const NEVER_REPORTED: u32 = u32::MAX;

/// Register, list, inspect and retire Stkr nodes (each with one sidecar that reports and audits).
#[derive(Debug, Args)]
pub struct NodeArgs {
    #[command(subcommand)]
    command: NodeCommand,
}

#[derive(Debug, Subcommand)]
enum NodeCommand {
    /// Register a Stkr node of yours (a qualified provider, within your max nodes) with its sidecar.
    ///
    /// The sidecar reports from its own address every report period and audits other nodes through
    /// their probe URLs; other sidecars audit yours through the URL you give here. Capacity flags you
    /// leave out are taken from your provider offer.
    ///
    /// Examples:
    ///   stkr node add --sidecar 0x976EA74026E726554dB657fA54763abd0C3a0aa9 \
    ///       --probe-url https://node1.aurora.example/stkr --account aurora
    ///   stkr node add --sidecar 0x14dC79964da2C08b23698B3D3cc7Ca32193d9955 \
    ///       --probe-url https://node2.aurora.example/stkr --cpu-cores 8 --ram-gb 32 --account aurora
    #[command(verbatim_doc_comment)]
    Add(AddArgs),
    /// List Stkr nodes with provider, status, sidecar, uptime and ANKR staked on the sidecar.
    ///
    /// Examples:
    ///   stkr node list
    ///   stkr node list --provider 0x70997970C51812dc3A010C7d01b50e0d17dc79C8 --active
    ///   stkr --json node list | jq '.nodes[] | select(.status == "active") | .id'
    #[command(verbatim_doc_comment)]
    List {
        /// Only the nodes of this provider.
        #[arg(long, value_name = "ADDR", value_parser = parse_address)]
        provider: Option<Address>,
        /// Only active nodes.
        #[arg(long)]
        active: bool,
    },
    /// Show one node: status, sidecar, probe URL, start and finish, audits and uptime, this period's auditors and targets, and the ANKR staked on its sidecar.
    ///
    /// Examples:
    ///   stkr node show 1
    ///   stkr --json node show 1 | jq .auditors
    #[command(verbatim_doc_comment)]
    Show {
        /// The node id (from 1).
        #[arg(value_name = "ID", value_parser = parse_id)]
        id: u64,
    },
    /// Retire (finish) a node of yours: its sidecar stops reporting and being audited, and its running time goes on your record.
    ///
    /// Examples:
    ///   stkr node retire 1 --account aurora
    ///   stkr node retire 1 --account aurora --unsigned
    #[command(verbatim_doc_comment)]
    #[command(visible_alias = "finish")]
    Retire {
        /// The node id (from 1).
        #[arg(value_name = "ID", value_parser = parse_id)]
        id: u64,
    },
}

/// What `node add` needs.
#[derive(Debug, Args)]
pub struct AddArgs {
    /// The address the node's sidecar reports from (one sidecar per node).
    #[arg(long, value_name = "ADDR", value_parser = parse_address)]
    sidecar: Address,
    /// The public http(s) URL where other sidecars reach this node's signed status (at most 256 bytes).
    #[arg(long, value_name = "URL", value_parser = parse_probe_url)]
    probe_url: String,
    /// CPU cores of the node [default: your offer's].
    #[arg(long, value_name = "N")]
    cpu_cores: Option<u32>,
    /// RAM of the node in GB [default: your offer's].
    #[arg(long, value_name = "GB")]
    ram_gb: Option<u32>,
    /// Storage of the node in GB [default: your offer's].
    #[arg(long, value_name = "GB")]
    storage_gb: Option<u32>,
    /// Bandwidth of the node in Mbit/s [default: your offer's].
    #[arg(long, value_name = "MBPS")]
    bandwidth_mbps: Option<u32>,
}

fn parse_probe_url(input: &str) -> Result<String, Error> {
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
    Ok(input.to_string())
}

impl NodeArgs {
    /// Run the node command.
    pub async fn run(self, ctx: &Context) -> Result<()> {
        match self.command {
            NodeCommand::Add(args) => add(ctx, args).await,
            NodeCommand::List { provider, active } => list(ctx, provider, active).await,
            NodeCommand::Show { id } => show(ctx, id).await,
            NodeCommand::Retire { id } => retire(ctx, id).await,
        }
    }
}

fn status_name(status: u8) -> &'static str {
    name_of(&STATUS, status)
}

fn node_capacity(c: &Capacity) -> CapacityView {
    CapacityView { cpu_cores: c.cpuCores, ram_gb: c.ramGb, storage_gb: c.storageGb, bandwidth_mbps: c.bandwidthMbps }
}

/// The node `id` with the `extra` calls in the same round trip, or a sentence saying there is no such
/// node. The answers to `extra` come back in their order.
async fn read_node(
    chain: &Chain,
    contracts: &Contracts,
    id: u64,
    extra: Vec<(Address, Bytes)>,
) -> Result<(Node, Vec<Answer>)> {
    let nodes = contracts.node_registry;
    let mut calls = vec![
        call(nodes, NodeRegistry::nodeCountCall {}),
        call(nodes, NodeRegistry::getNodeCall { nodeId: U256::from(id) }),
    ];
    calls.extend(extra);
    let mut results = batch::read(chain, contracts.multicall3, calls).await?;
    let count = results[0].decode::<NodeRegistry::nodeCountCall>()?.saturating_to::<u64>();
    let node = results[1].decode::<NodeRegistry::getNodeCall>()?;
    if node.status == 0 {
        return Err(no_such_node(id, count).into());
    }
    Ok((node, results.split_off(2)))
}

fn no_such_node(id: u64, count: u64) -> Error {
    let known = match count {
        0 => "no node is registered yet".to_string(),
        1 => "only node 1 exists".to_string(),
        n => format!("nodes run from 1 to {n}"),
    };
    Error::InvalidInput(format!("there is no node {id}: {known} (see `stkr node list`)"))
}

/// `node show`: one node in full.
#[derive(Debug, Serialize)]
pub struct NodeView {
    /// The node id.
    pub id: u64,
    /// Its provider.
    pub provider: Address,
    /// active or finished.
    pub status: &'static str,
    /// The address its sidecar reports from.
    pub sidecar: Address,
    /// Where auditors reach it.
    pub probe_url: String,
    /// Its resources.
    pub capacity: CapacityView,
    /// When it was registered (unix time).
    pub start_time: u64,
    /// When it finished (unix time), if it did.
    pub finish_time: Option<u64>,
    /// How long it ran, or has run so far, in seconds.
    pub running_time: u64,
    /// Its audited uptime in bps (100 % until audited).
    pub uptime_bps: u64,
    /// Audits of it so far.
    pub audits_received: u32,
    /// Audits it passed.
    pub audits_passed: u32,
    /// The block of its latest audit (0 if none).
    pub last_audit_block: u64,
    /// The health its sidecar last reported: unknown, healthy, syncing or unhealthy.
    pub health: &'static str,
    /// Reports its sidecar filed.
    pub reports_filed: u32,
    /// The period of its sidecar's latest report, if any.
    pub last_report_period: Option<u32>,
    /// ANKR staked on its sidecar.
    pub sidecar_stake: AmountView,
    /// The current report period.
    pub period: u64,
    /// Nodes whose sidecars audit this one this period (active nodes only).
    pub auditors: Vec<u64>,
    /// Nodes this one's sidecar audits this period (active nodes only).
    pub targets: Vec<u64>,
    /// Whether this period's draw is fixed (after its first report); before that it may still change.
    pub draw_fixed: bool,
}

fn ids(list: &[U256]) -> Vec<u64> {
    list.iter().map(|id| id.saturating_to()).collect()
}

fn id_list(list: &[u64]) -> String {
    if list.is_empty() {
        return "none".into();
    }
    list.iter().map(|id| format!("#{id}")).collect::<Vec<_>>().join(", ")
}

impl Render for NodeView {
    fn render(&self, style: &Style) -> String {
        let finish = self.finish_time.map(utc).unwrap_or_else(|| "running".into());
        let last_report = match self.last_report_period {
            Some(period) => format!("period {period}, {} ({} reports)", self.health, self.reports_filed),
            None => "never".into(),
        };
        let period = if self.status != "active" {
            format!("{} (finished nodes are not audited)", self.period)
        } else if self.draw_fixed {
            format!("{} (draw fixed)", self.period)
        } else {
            format!("{} (draw provisional until the period's first report)", self.period)
        };
        let table = rows(
            style,
            &[
                ("provider", self.provider.to_string()),
                ("status", self.status.to_string()),
                ("sidecar", self.sidecar.to_string()),
                ("probe url", self.probe_url.clone()),
                ("capacity", self.capacity.to_string()),
                ("started", utc(self.start_time)),
                ("finished", finish),
                ("running time", display_duration(self.running_time)),
                (
                    "uptime",
                    format!(
                        "{} ({} of {} audits passed)",
                        percent(self.uptime_bps),
                        self.audits_passed,
                        self.audits_received
                    ),
                ),
                ("last report", last_report),
                ("sidecar stake", self.sidecar_stake.to_string()),
                ("period", period),
                ("audited by", id_list(&self.auditors)),
                ("audits", id_list(&self.targets)),
            ],
        );
        format!("{}\n{table}", style.bold(&format!("node #{}", self.id)))
    }
}

async fn show(ctx: &Context, id: u64) -> Result<()> {
    let (chain, contracts) = ctx.reader().await?;
    let nodes = contracts.node_registry;
    let extra = vec![
        call(nodes, NodeRegistry::uptimeOfCall { nodeId: U256::from(id) }),
        call(nodes, NodeRegistry::currentPeriodCall {}),
        call(contracts.multicall3, Multicall3::getCurrentBlockTimestampCall {}),
    ];
    let (node, results) = read_node(&chain, &contracts, id, extra).await?;
    let uptime = results[0].decode::<NodeRegistry::uptimeOfCall>()?;
    let period = results[1].decode::<NodeRegistry::currentPeriodCall>()?;
    let now = results[2].decode::<Multicall3::getCurrentBlockTimestampCall>()?.saturating_to();
    let active = node.status == 1;
    // The draw exists only among active nodes: a second round trip for those.
    let (auditors, targets, draw_fixed) = if active {
        let calls = vec![
            call(nodes, NodeRegistry::auditorsOfCall { nodeId: U256::from(id), period }),
            call(nodes, NodeRegistry::targetsOfCall { nodeId: U256::from(id), period }),
            call(nodes, NodeRegistry::seedOfCall { period }),
        ];
        let results = batch::read(&chain, contracts.multicall3, calls).await?;
        let auditors = ids(&results[0].decode::<NodeRegistry::auditorsOfCall>()?);
        let targets = ids(&results[1].decode::<NodeRegistry::targetsOfCall>()?);
        let seed: B256 = results[2].decode::<NodeRegistry::seedOfCall>()?;
        (auditors, targets, seed != B256::ZERO)
    } else {
        (Vec::new(), Vec::new(), false)
    };
    let start_time = node.startTime.to::<u64>();
    let finish_time = (node.status == 2).then(|| node.finishTime.to::<u64>());
    let view = NodeView {
        id,
        provider: node.provider,
        status: status_name(node.status),
        sidecar: node.sidecar,
        probe_url: node.probeUrl.clone(),
        capacity: node_capacity(&node.capacity),
        start_time,
        finish_time,
        running_time: finish_time.unwrap_or(now).saturating_sub(start_time),
        uptime_bps: uptime.saturating_to(),
        audits_received: node.auditsReceived,
        audits_passed: node.auditsPassed,
        last_audit_block: node.lastAuditBlock,
        health: name_of(&HEALTH, node.health),
        reports_filed: node.reportsFiled,
        last_report_period: (node.lastReportPeriod != NEVER_REPORTED).then_some(node.lastReportPeriod),
        sidecar_stake: AmountView::ankr(U256::from(node.sidecarStake)),
        period: period.saturating_to(),
        auditors,
        targets,
        draw_fixed,
    };
    ctx.out.result(&view)?;
    Ok(())
}

/// One row of `node list`.
#[derive(Debug, Serialize)]
pub struct NodeRow {
    /// The node id.
    pub id: u64,
    /// Its provider.
    pub provider: Address,
    /// active or finished.
    pub status: &'static str,
    /// Its sidecar's address.
    pub sidecar: Address,
    /// Where auditors reach it.
    pub probe_url: String,
    /// Its audited uptime in bps.
    pub uptime_bps: u64,
    /// ANKR staked on its sidecar.
    pub sidecar_stake: AmountView,
}

/// `node list`.
#[derive(Debug, Serialize)]
pub struct NodeList {
    /// The nodes, by id.
    pub nodes: Vec<NodeRow>,
}

impl Render for NodeList {
    fn render(&self, style: &Style) -> String {
        if self.nodes.is_empty() {
            return "no nodes; a qualified provider adds one with `stkr node add`".into();
        }
        let mut lines = vec![style.dim(&format!(
            "{:>4}  {:<42}  {:<8}  {:<42}  {:>8}  {:>14}  {}",
            "id", "provider", "status", "sidecar", "uptime", "sidecar stake", "probe url"
        ))];
        for n in &self.nodes {
            lines.push(format!(
                "{:>4}  {:<42}  {:<8}  {:<42}  {:>8}  {:>14}  {}",
                format!("#{}", n.id),
                n.provider.to_string(),
                n.status,
                n.sidecar.to_string(),
                percent(n.uptime_bps),
                n.sidecar_stake.to_string(),
                n.probe_url
            ));
        }
        lines.join("\n")
    }
}

async fn list(ctx: &Context, provider: Option<Address>, active_only: bool) -> Result<()> {
    let (chain, contracts) = ctx.reader().await?;
    let nodes = contracts.node_registry;
    let count = NodeRegistry::new(nodes, &chain.provider)
        .nodeCount()
        .call()
        .await
        .map_err(|e| eyre!("reading the node count from {nodes}: {e}"))?
        .saturating_to::<u64>();
    let calls = (1..=count)
        .flat_map(|id| {
            [
                call(nodes, NodeRegistry::getNodeCall { nodeId: U256::from(id) }),
                call(nodes, NodeRegistry::uptimeOfCall { nodeId: U256::from(id) }),
            ]
        })
        .collect();
    let results = batch::read_chunked(&chain, contracts.multicall3, calls, CALLS_PER_BATCH).await?;
    let mut rows = Vec::new();
    for (id, answers) in (1..=count).zip(results.chunks(2)) {
        let node = answers[0].decode::<NodeRegistry::getNodeCall>()?;
        let uptime = answers[1].decode::<NodeRegistry::uptimeOfCall>()?;
        if provider.is_some_and(|p| p != node.provider) || (active_only && node.status != 1) {
            continue;
        }
        rows.push(NodeRow {
            id,
            provider: node.provider,
            status: status_name(node.status),
            sidecar: node.sidecar,
            probe_url: node.probeUrl,
            uptime_bps: uptime.saturating_to(),
            sidecar_stake: AmountView::ankr(U256::from(node.sidecarStake)),
        });
    }
    ctx.out.result(&NodeList { nodes: rows })?;
    Ok(())
}

/// What `node add` did.
#[derive(Debug, Serialize)]
pub struct AddedNode {
    /// The new node's id.
    pub id: u64,
    /// Its provider.
    pub provider: Address,
    /// Its sidecar.
    pub sidecar: Address,
    /// Its probe URL.
    pub probe_url: String,
    /// Its resources.
    pub capacity: CapacityView,
}

impl Render for AddedNode {
    fn render(&self, style: &Style) -> String {
        format!(
            "{}\n{}",
            style.good(&format!("node #{} registered", self.id)),
            rows(
                style,
                &[
                    ("sidecar", self.sidecar.to_string()),
                    ("probe url", self.probe_url.clone()),
                    ("capacity", self.capacity.to_string()),
                    ("next", "run its sidecar with the sidecar's key: it reports and audits every period".into()),
                ],
            )
        )
    }
}

async fn add(ctx: &Context, args: AddArgs) -> Result<()> {
    let AddArgs { sidecar, probe_url, cpu_cores, ram_gb, storage_gb, bandwidth_mbps } = args;
    if sidecar == Address::ZERO {
        return Err(Error::InvalidInput(
            "the sidecar may not be the zero address; give the address it reports from".into(),
        )
        .into());
    }
    let session = ctx.session().await?;
    let (contracts, from) = (&session.contracts, session.from);
    let (registry, nodes) = (contracts.provider_registry, contracts.node_registry);
    let calls = vec![
        call(registry, ProviderRegistry::capacityOfCall { provider: from }),
        call(nodes, NodeRegistry::nodeOfSidecarCall { sidecar }),
    ];
    let results = batch::read(&session.chain, contracts.multicall3, calls).await?;
    let offer = CapacityView::of(&results[0].decode::<ProviderRegistry::capacityOfCall>()?);
    let serving = results[1].decode::<NodeRegistry::nodeOfSidecarCall>()?;
    if !serving.is_zero() {
        return Err(Error::Simulation(format!("the sidecar {sidecar} already serves node {serving}")).into());
    }
    let capacity = CapacityView {
        cpu_cores: cpu_cores.unwrap_or(offer.cpu_cores),
        ram_gb: ram_gb.unwrap_or(offer.ram_gb),
        storage_gb: storage_gb.unwrap_or(offer.storage_gb),
        bandwidth_mbps: bandwidth_mbps.unwrap_or(offer.bandwidth_mbps),
    };
    let register = NodeRegistry::registerNodeCall {
        sidecar,
        probeUrl: probe_url.clone(),
        capacity: Capacity {
            cpuCores: capacity.cpu_cores,
            ramGb: capacity.ram_gb,
            storageGb: capacity.storage_gb,
            bandwidthMbps: capacity.bandwidth_mbps,
        },
    };
    let tx = ctx.transactor(&session.chain, from);
    let Some(receipt) = tx.send(format!("register a node with sidecar {sidecar}"), request(nodes, register)).await?
    else {
        return Ok(());
    };
    let registered = event::<NodeRegistry::NodeRegistered>(&receipt, nodes)?;
    ctx.out.result(&AddedNode {
        id: registered.nodeId.saturating_to(),
        provider: from,
        sidecar,
        probe_url,
        capacity: node_capacity(&registered.capacity),
    })?;
    Ok(())
}

/// What `node retire` did.
#[derive(Debug, Serialize)]
pub struct RetiredNode {
    /// The node id.
    pub id: u64,
    /// Its provider.
    pub provider: Address,
    /// When it finished (unix time).
    pub finish_time: u64,
    /// How long it ran, in seconds, now on the provider's record.
    pub running_time: u64,
}

impl Render for RetiredNode {
    fn render(&self, style: &Style) -> String {
        style.good(&format!(
            "node #{} finished at {} after {}; its running time is on the provider's record",
            self.id,
            utc(self.finish_time),
            display_duration(self.running_time)
        ))
    }
}

async fn retire(ctx: &Context, id: u64) -> Result<()> {
    let session = ctx.session().await?;
    let nodes = session.contracts.node_registry;
    let (node, _) = read_node(&session.chain, &session.contracts, id, Vec::new()).await?;
    if node.status == 2 {
        return Err(
            Error::Simulation(format!("node {id} already finished at {}", utc(node.finishTime.to::<u64>()))).into()
        );
    }
    let tx = ctx.transactor(&session.chain, session.from);
    let finish = request(nodes, NodeRegistry::finishNodeCall { nodeId: U256::from(id) });
    let Some(receipt) = tx.send(format!("retire node #{id}"), finish).await? else { return Ok(()) };
    let finish_time = event::<NodeRegistry::NodeFinished>(&receipt, nodes)?.finishTime.saturating_to::<u64>();
    let running_time =
        events::<ProviderRegistry::ProviderServiceRecorded>(&receipt, session.contracts.provider_registry)
            .first()
            .map(|e| e.runningTime.saturating_to::<u64>())
            .unwrap_or_else(|| finish_time.saturating_sub(node.startTime.to::<u64>()));
    ctx.out.result(&RetiredNode { id, provider: node.provider, finish_time, running_time })?;
    Ok(())
}
