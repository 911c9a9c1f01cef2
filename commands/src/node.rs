//! `stkr node`: a provider's Stkr nodes: register one with its sidecar, list and inspect them, retire one.

use alloy::primitives::{Address, U256};
use clap::{Args, Subcommand};
use eyre::{Result, eyre};
use serde::Serialize;
use stkr_core::{
    Error,
    batch::Batch,
    bindings::{Multicall3, NodeRegistry, ProviderRegistry, node_registry::IProviderRegistry::Capacity},
    codes::{AuditVerdict, NodeHealth, NodeStatus},
    input::{parse_address, parse_id},
    node::{
        self, DrawState, NodeState, PeriodAudit, RegisterFacts, check_probe_url, check_register_node, check_retire,
        check_settle_audits, check_sidecar_address, no_such_node,
    },
    output::{Render, Style, rows},
    params::display_duration,
    receipt::{event, events},
    time::utc,
    tx::request,
    units::AmountView,
};

use crate::{Context, common::percent, provider::CapacityView};

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
    /// Settle a past period's audits (anyone may; sidecars do it for their node and targets): each node is up or down in that period only if a strict majority of its assigned auditors saw it so, and an auditor that reported it the other way gets a strike.
    ///
    /// Without --node, every node of that period's audit set that is not settled yet.
    ///
    /// Examples:
    ///   stkr node settle-audits 41
    ///   stkr node settle-audits 41 --node 3 --account dev9
    #[command(verbatim_doc_comment)]
    SettleAudits {
        /// The report period (over: before the current one; `stkr node show` prints the current one).
        #[arg(value_name = "PERIOD")]
        period: u64,
        /// Only these nodes (repeat the flag).
        #[arg(long = "node", value_name = "ID", value_parser = parse_id)]
        nodes: Vec<u64>,
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

/// A probe URL for clap, as the node registry accepts it.
fn parse_probe_url(input: &str) -> Result<String, Error> {
    check_probe_url(input)?;
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
            NodeCommand::SettleAudits { period, nodes } => settle_audits(ctx, period, nodes).await,
        }
    }
}

fn node_capacity(c: &Capacity) -> CapacityView {
    CapacityView { cpu_cores: c.cpuCores, ram_gb: c.ramGb, storage_gb: c.storageGb, bandwidth_mbps: c.bandwidthMbps }
}

/// `node show`: one node in full.
#[derive(Debug, Serialize)]
pub struct NodeView {
    /// The node id.
    pub id: u64,
    /// Its provider.
    pub provider: Address,
    /// active or finished.
    pub status: NodeStatus,
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
    /// Periods whose audit of it was decided by a majority of its auditors.
    pub audits_received: u32,
    /// Of those, the periods a majority saw it up.
    pub audits_passed: u32,
    /// Times its sidecar reported a node the other way from the majority of that node's auditors.
    pub strikes: u32,
    /// The previous period's audit of it: verdict, votes and whether it was settled (none in its first period).
    pub last_period_audit: Option<PeriodAudit>,
    /// The block of its latest audit (0 if none).
    pub last_audit_block: u64,
    /// The health its sidecar last reported: unknown, healthy, syncing or unhealthy.
    pub health: NodeHealth,
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
    /// Whether this period's draw is fixed (seeded): auditors and targets no longer change.
    pub draw_fixed: bool,
    /// This period's draw: unopened, seeding (with the block whose hash seeds it) or seeded.
    pub draw: DrawState,
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
        let period = if self.status != NodeStatus::Active {
            format!("{} (finished: audited until the end of the period it finished in)", self.period)
        } else {
            format!("{} ({})", self.period, self.draw.describe())
        };
        let last_audit = match &self.last_period_audit {
            Some(audit) => format!("period {}: {}", audit.period, audit.describe()),
            None => "none yet".into(),
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
                        "{} (up in {} of {} periods a majority of its auditors decided)",
                        percent(self.uptime_bps),
                        self.audits_passed,
                        self.audits_received
                    ),
                ),
                ("last audit", last_audit),
                ("strikes", format!("{} (reports against a decided majority)", self.strikes)),
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
    let node_id = U256::from(id);
    let mut batch = Batch::new();
    let uptime = batch.add(nodes, NodeRegistry::uptimeOfCall { nodeId: node_id });
    let period = batch.add(nodes, NodeRegistry::currentPeriodCall {});
    let now = batch.add(contracts.multicall3, Multicall3::getCurrentBlockTimestampCall {});
    let read = node::read_node(&chain, &contracts, id, batch).await?;
    let node = read.node;
    if node.status == NodeStatus::None {
        return Err(no_such_node(id, read.count).into());
    }
    let uptime = read.answers.get(uptime)?;
    let period = read.answers.get(period)?;
    let now = read.answers.get(now)?.saturating_to();
    // The draw and the previous period's verdict: a second round trip.
    let mut batch = Batch::new();
    let seed = batch.add(nodes, NodeRegistry::seedOfCall { period });
    let seed_block = batch.add(nodes, NodeRegistry::seedBlockOfCall { period });
    let previous = period.checked_sub(U256::from(1));
    let audit = previous.map(|p| (p, batch.add(nodes, NodeRegistry::auditOfCall { period: p, nodeId: node_id })));
    let answers = batch.run(&chain, contracts.multicall3).await?;
    let draw = DrawState::of(answers.get(seed)?, answers.get(seed_block)?);
    let last_period_audit = match audit {
        Some((p, slot)) => Some(PeriodAudit::new(p.saturating_to(), &answers.get(slot)?)),
        None => None,
    };
    // Auditors and targets exist once the draw is seeded, and only for nodes in this period's set.
    let (auditors, targets) = if draw == DrawState::Seeded {
        let mut batch = Batch::new();
        let auditors = batch.add(nodes, NodeRegistry::auditorsOfCall { nodeId: node_id, period });
        let targets = batch.add(nodes, NodeRegistry::targetsOfCall { nodeId: node_id, period });
        let answers = batch.run(&chain, contracts.multicall3).await?;
        (ids(&answers.get(auditors)?), ids(&answers.get(targets)?))
    } else {
        (Vec::new(), Vec::new())
    };
    let draw = Draw { period: period.saturating_to(), auditors, targets, draw, last_period_audit };
    ctx.out.result(&view(&node, uptime.saturating_to(), now, draw))?;
    Ok(())
}

/// This period's audit draw around one node, and its previous period's audit.
struct Draw {
    period: u64,
    auditors: Vec<u64>,
    targets: Vec<u64>,
    draw: DrawState,
    last_period_audit: Option<PeriodAudit>,
}

/// `node show`'s view of `node`.
fn view(node: &NodeState, uptime_bps: u64, now: u64, draw: Draw) -> NodeView {
    let Draw { period, auditors, targets, draw, last_period_audit } = draw;
    let record = &node.record;
    NodeView {
        id: node.id,
        provider: record.provider,
        status: node.status,
        sidecar: record.sidecar,
        probe_url: record.probeUrl.clone(),
        capacity: node_capacity(&record.capacity),
        start_time: node.start_time,
        finish_time: node.finish_time,
        running_time: node.running_time(now),
        uptime_bps,
        audits_received: record.auditsReceived,
        audits_passed: record.auditsPassed,
        strikes: record.strikes,
        last_period_audit,
        last_audit_block: record.lastAuditBlock,
        health: node.health,
        reports_filed: record.reportsFiled,
        last_report_period: node.last_report_period,
        sidecar_stake: AmountView::ankr(node.sidecar_stake),
        period,
        auditors,
        targets,
        draw_fixed: draw == DrawState::Seeded,
        draw,
    }
}

/// One row of `node list`.
#[derive(Debug, Serialize)]
pub struct NodeRow {
    /// The node id.
    pub id: u64,
    /// Its provider.
    pub provider: Address,
    /// active or finished.
    pub status: NodeStatus,
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
    let rows = node::scan(&chain, &contracts, count)
        .await?
        .into_iter()
        .filter(|(n, _)| provider.is_none_or(|p| p == n.record.provider))
        .filter(|(n, _)| !active_only || n.status == NodeStatus::Active)
        .map(|(n, uptime)| NodeRow {
            id: n.id,
            provider: n.record.provider,
            status: n.status,
            sidecar: n.record.sidecar,
            probe_url: n.record.probeUrl.clone(),
            uptime_bps: uptime,
            sidecar_stake: AmountView::ankr(n.sidecar_stake),
        })
        .collect();
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
    check_sidecar_address(sidecar)?;
    let session = ctx.session().await?;
    let (contracts, from) = (&session.contracts, session.from);
    let nodes = contracts.node_registry;
    let facts = RegisterFacts::read(&session.chain, contracts, from, sidecar).await?;
    check_register_node(sidecar, &probe_url, facts.serving)?;
    let offer = facts.offer;
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
    let read = node::read_node(&session.chain, &session.contracts, id, Batch::new()).await?;
    let node = read.node;
    if node.status == NodeStatus::None {
        return Err(no_such_node(id, read.count).into());
    }
    check_retire(&node)?;
    let tx = ctx.transactor(&session.chain, session.from);
    let finish = request(nodes, NodeRegistry::finishNodeCall { nodeId: U256::from(id) });
    let Some(receipt) = tx.send(format!("retire node #{id}"), finish).await? else { return Ok(()) };
    let finish_time = event::<NodeRegistry::NodeFinished>(&receipt, nodes)?.finishTime.saturating_to::<u64>();
    let running_time =
        events::<ProviderRegistry::ProviderServiceRecorded>(&receipt, session.contracts.provider_registry)
            .first()
            .map(|e| e.runningTime.saturating_to::<u64>())
            .unwrap_or_else(|| finish_time.saturating_sub(node.start_time));
    ctx.out.result(&RetiredNode { id, provider: node.record.provider, finish_time, running_time })?;
    Ok(())
}

/// One node's settled audit.
#[derive(Debug, Serialize)]
pub struct SettledAudit {
    /// The node.
    pub node: u64,
    /// up, down or undecided.
    pub verdict: AuditVerdict,
    /// Auditors that saw it up.
    pub up_votes: u64,
    /// Auditors that saw it down.
    pub down_votes: u64,
    /// Auditors (node ids) struck for reporting it the other way.
    pub struck: Vec<u64>,
}

/// `node settle-audits`: what was settled.
#[derive(Debug, Serialize)]
pub struct SettledAudits {
    /// The period.
    pub period: u64,
    /// The nodes settled by this call (those settled before are left out).
    pub audits: Vec<SettledAudit>,
    /// The settling transaction, if one was needed.
    pub tx_hash: Option<String>,
}

impl Render for SettledAudits {
    fn render(&self, style: &Style) -> String {
        if self.audits.is_empty() {
            return format!(
                "period {}: nothing left to settle (its audits are settled, or it had no nodes)",
                self.period
            );
        }
        let mut lines = vec![style.good(&format!("period {} settled:", self.period))];
        for a in &self.audits {
            let struck =
                if a.struck.is_empty() { String::new() } else { format!("; strike for {}", id_list(&a.struck)) };
            lines
                .push(format!("  node #{}: {}, {} up to {} down{struck}", a.node, a.verdict, a.up_votes, a.down_votes));
        }
        if let Some(hash) = &self.tx_hash {
            lines.push(rows(style, &[("transaction", hash.clone())]));
        }
        lines.join("\n")
    }
}

async fn settle_audits(ctx: &Context, period: u64, only: Vec<u64>) -> Result<()> {
    let (chain, contracts) = ctx.reader().await?;
    let nodes = contracts.node_registry;
    let period_arg = U256::from(period);
    let mut batch = Batch::new();
    let current = batch.add(nodes, NodeRegistry::currentPeriodCall {});
    let members = batch.add(nodes, NodeRegistry::activeNodesAtCall { period: period_arg });
    let count = batch.add(nodes, NodeRegistry::nodeCountCall {});
    let answers = batch.run(&chain, contracts.multicall3).await?;
    check_settle_audits(period, answers.get(current)?.saturating_to())?;
    let count = answers.get(count)?.saturating_to::<u64>();
    if let Some(&unknown) = only.iter().find(|&&id| id > count) {
        return Err(no_such_node(unknown, count).into());
    }
    let members = ids(&answers.get(members)?);
    let wanted: Vec<u64> = if only.is_empty() { members } else { only };
    let mut batch = Batch::new();
    let slots: Vec<_> = wanted
        .iter()
        .map(|&id| (id, batch.add(nodes, NodeRegistry::auditOfCall { period: period_arg, nodeId: U256::from(id) })))
        .collect();
    let answers = batch.run(&chain, contracts.multicall3).await?;
    let mut open = Vec::new();
    for (id, slot) in slots {
        if !answers.get(slot)?.settled && !open.contains(&U256::from(id)) {
            open.push(U256::from(id));
        }
    }
    if open.is_empty() {
        ctx.out.result(&SettledAudits { period, audits: Vec::new(), tx_hash: None })?;
        return Ok(());
    }
    let session = ctx.session().await?;
    let tx = ctx.transactor(&session.chain, session.from);
    let settle = request(nodes, NodeRegistry::settleAuditsCall { period: period_arg, nodeIds: open });
    let Some(receipt) = tx.send(format!("settle period {period}'s audits"), settle).await? else { return Ok(()) };
    let struck = events::<NodeRegistry::AuditorStruck>(&receipt, nodes);
    let audits = events::<NodeRegistry::AuditSettled>(&receipt, nodes)
        .into_iter()
        .map(|a| SettledAudit {
            node: a.nodeId.saturating_to(),
            verdict: AuditVerdict::from(a.verdict),
            up_votes: a.upVotes.saturating_to(),
            down_votes: a.downVotes.saturating_to(),
            struck: struck
                .iter()
                .filter(|s| s.targetNodeId == a.nodeId)
                .map(|s| s.auditorNodeId.saturating_to())
                .collect(),
        })
        .collect();
    ctx.out.result(&SettledAudits { period, audits, tx_hash: Some(receipt.transaction_hash.to_string()) })?;
    Ok(())
}
