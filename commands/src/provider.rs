//! `stkr provider`: apply as a provider, keep ANKR collateral, change the offer, and read any provider's
//! record and reputation score.

use alloy::primitives::{Address, U256};
use clap::{Args, Subcommand};
use eyre::{Result, WrapErr, eyre};
use serde::Serialize;
use stkr_core::{
    Error,
    batch::{Answers, Batch, Slot},
    codes::{ProviderStatus, TrustLevel},
    provider::{check_collateral_deposit, is_disqualified, weighted_mean_bps},
    bindings::{
        AnkrToken, Multicall3, Parameters, ProviderRegistry,
        provider_registry::IProviderRegistry::{Capacity, Provider},
    },
    chain::Chain,
    deploy::Contracts,
    input::parse_address,
    output::{Render, Style, rows},
    params::{display_duration, index_of},
    receipt::{event, events},
    time::utc,
    tx::{Allowance, UnsignedApproval, request},
    units::{AmountView, format_amount},
};

use crate::Context;

use crate::common::{address_or_account, ankr_amount, percent};

/// How many view calls go into one Multicall3 round trip: large enough that hundreds of providers or
/// nodes take a handful of round trips, small enough to stay far below the node's gas cap for calls.
pub(crate) const CALLS_PER_BATCH: usize = 300;
/// The longest brand name the registry accepts, in bytes.
const MAX_BRAND_BYTES: usize = 64;

/// Act as a provider: register, keep collateral, change the offer, and read records and scores.
#[derive(Debug, Args)]
pub struct ProviderArgs {
    #[command(subcommand)]
    command: ProviderCommand,
}

#[derive(Debug, Subcommand)]
enum ProviderCommand {
    /// Apply as a provider with a brand, a price and the capacity you offer, optionally with collateral.
    ///
    /// The application waits for governance: a governor proposes your qualification and the governors
    /// vote on it (`stkr govern propose ...`). Once qualified, with at least p-min ANKR of collateral,
    /// you may open pools, bid on projects and add nodes. Registering again before qualification
    /// replaces the application.
    ///
    /// Examples:
    ///   stkr provider register --brand "Aurora Nodes" --price 20000 --cpu-cores 16 --ram-gb 64 \
    ///       --storage-gb 4000 --bandwidth-mbps 1000 --max-nodes 4 --collateral 150000
    ///   stkr provider register --brand Basalt --price 25000ankr --cpu-cores 8 --ram-gb 32 \
    ///       --storage-gb 2000 --bandwidth-mbps 500 --max-nodes 2
    #[command(verbatim_doc_comment)]
    Register(RegisterArgs),
    /// Show a provider: status, trust level, collateral against what is required, offer, record and reputation score.
    ///
    /// Examples:
    ///   stkr provider show --account aurora
    ///   stkr provider show 0x70997970C51812dc3A010C7d01b50e0d17dc79C8
    ///   stkr --json provider show 0x70997970C51812dc3A010C7d01b50e0d17dc79C8 | jq .collateral.wei
    #[command(verbatim_doc_comment)]
    Show {
        /// The provider's address [default: the --account's address].
        #[arg(value_name = "ADDR", value_parser = parse_address)]
        address: Option<Address>,
    },
    /// List every provider that ever applied, with status, price, collateral, nodes and score.
    ///
    /// Examples:
    ///   stkr provider list
    ///   stkr --json provider list | jq -r '.providers[] | select(.qualified) | .address'
    #[command(verbatim_doc_comment)]
    List,
    /// Add or withdraw ANKR collateral.
    ///
    /// Examples:
    ///   stkr provider collateral add 50000 --account aurora
    ///   stkr provider collateral withdraw 20000ankr --account aurora
    #[command(verbatim_doc_comment)]
    Collateral {
        #[command(subcommand)]
        command: CollateralCommand,
    },
    /// Explain a provider's reputation score: each part, its weight, and the failure penalty.
    ///
    /// Examples:
    ///   stkr provider score --account aurora
    ///   stkr --json provider score 0x70997970C51812dc3A010C7d01b50e0d17dc79C8 | jq .score_bps
    #[command(verbatim_doc_comment)]
    Score {
        /// The provider's address [default: the --account's address].
        #[arg(value_name = "ADDR", value_parser = parse_address)]
        address: Option<Address>,
    },
    /// Change your offer: price, capacity or max nodes (what you leave out stays as it is).
    ///
    /// Examples:
    ///   stkr provider update --price 18000 --account aurora
    ///   stkr provider update --max-nodes 8 --ram-gb 128 --account aurora
    #[command(verbatim_doc_comment)]
    Update(UpdateArgs),
}

#[derive(Debug, Subcommand)]
enum CollateralCommand {
    /// Deposit ANKR collateral (the registry is approved for the ANKR first when the allowance is short).
    ///
    /// Collateral counts towards qualification (at least p-min) and the reputation score, up to p-max.
    ///
    /// Examples:
    ///   stkr provider collateral add 50000 --account aurora
    ///   stkr provider collateral add "1500 ANKR" --account aurora --yes
    #[command(verbatim_doc_comment)]
    Add {
        /// ANKR to deposit: 50000, 1500ankr, "2.5 ANKR".
        #[arg(value_name = "AMOUNT", value_parser = ankr_amount)]
        amount: U256,
    },
    /// Withdraw ANKR collateral, down to what running pools and nodes still need (p-min while any runs).
    ///
    /// Examples:
    ///   stkr provider collateral withdraw 20000 --account aurora
    ///   stkr provider collateral withdraw 20000 --account aurora --unsigned
    #[command(verbatim_doc_comment)]
    Withdraw {
        /// ANKR to withdraw: 20000, 1500ankr.
        #[arg(value_name = "AMOUNT", value_parser = ankr_amount)]
        amount: U256,
    },
}

/// What `provider register` needs.
#[derive(Debug, Args)]
pub struct RegisterArgs {
    /// Your brand name, shown to stakers and requesters (1 to 64 bytes).
    #[arg(long, value_name = "NAME", value_parser = parse_brand)]
    brand: String,
    /// Your price per node in ANKR, at most the max-bid-price parameter: 20000, 20000ankr.
    #[arg(long, value_name = "AMOUNT", value_parser = ankr_amount)]
    price: U256,
    /// CPU cores you offer per node.
    #[arg(long, value_name = "N")]
    cpu_cores: u32,
    /// RAM you offer per node, in GB.
    #[arg(long, value_name = "GB")]
    ram_gb: u32,
    /// Storage you offer per node, in GB.
    #[arg(long, value_name = "GB")]
    storage_gb: u32,
    /// Bandwidth you offer per node, in Mbit/s.
    #[arg(long, value_name = "MBPS")]
    bandwidth_mbps: u32,
    /// How many nodes (and pools) you can run at once.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    max_nodes: u16,
    /// Also deposit this much ANKR collateral (approving the registry first when needed).
    #[arg(long, value_name = "AMOUNT", value_parser = ankr_amount)]
    collateral: Option<U256>,
}

/// What `provider update` may change; anything left out keeps its current value.
#[derive(Debug, Args)]
pub struct UpdateArgs {
    /// The new price per node in ANKR.
    #[arg(long, value_name = "AMOUNT", value_parser = ankr_amount)]
    price: Option<U256>,
    /// CPU cores per node.
    #[arg(long, value_name = "N")]
    cpu_cores: Option<u32>,
    /// RAM per node, in GB.
    #[arg(long, value_name = "GB")]
    ram_gb: Option<u32>,
    /// Storage per node, in GB.
    #[arg(long, value_name = "GB")]
    storage_gb: Option<u32>,
    /// Bandwidth per node, in Mbit/s.
    #[arg(long, value_name = "MBPS")]
    bandwidth_mbps: Option<u32>,
    /// How many nodes (and pools) you can run at once.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    max_nodes: Option<u16>,
}

fn parse_brand(input: &str) -> Result<String, Error> {
    let length = input.len();
    if input.trim().is_empty() || length > MAX_BRAND_BYTES {
        return Err(Error::InvalidInput(format!(
            "invalid brand '{input}': a brand name has 1 to {MAX_BRAND_BYTES} bytes and is not blank, not {length}"
        )));
    }
    Ok(input.to_string())
}

/// An amount that must be positive and fit the registry's 128-bit fields.
fn positive_u128(amount: U256, what: &str) -> Result<u128, Error> {
    if amount.is_zero() {
        return Err(Error::InvalidInput(format!("the {what} must be more than 0 ANKR")));
    }
    u128::try_from(amount)
        .map_err(|_| Error::InvalidInput(format!("the {what} of {} ANKR is too large", format_amount(amount))))
}

impl ProviderArgs {
    /// Run the provider command.
    pub async fn run(self, ctx: &Context) -> Result<()> {
        match self.command {
            ProviderCommand::Register(args) => register(ctx, args).await,
            ProviderCommand::Show { address } => show(ctx, address).await,
            ProviderCommand::List => list(ctx).await,
            ProviderCommand::Collateral { command: CollateralCommand::Add { amount } } => {
                add_collateral(ctx, amount).await
            }
            ProviderCommand::Collateral { command: CollateralCommand::Withdraw { amount } } => {
                withdraw_collateral(ctx, amount).await
            }
            ProviderCommand::Score { address } => score(ctx, address).await,
            ProviderCommand::Update(args) => update(ctx, args).await,
        }
    }
}

// ---------------------------------------------------------------- shared helpers

/// The provider to read: the one given, else the --account's.
fn subject(ctx: &Context, address: Option<Address>) -> Result<Address, Error> {
    address_or_account(ctx, address, "name the provider: pass its address, or --account NAME for your own")
}

/// The resources offered per node.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct CapacityView {
    /// CPU cores.
    pub cpu_cores: u32,
    /// RAM in GB.
    pub ram_gb: u32,
    /// Storage in GB.
    pub storage_gb: u32,
    /// Bandwidth in Mbit/s.
    pub bandwidth_mbps: u32,
}

impl CapacityView {
    /// From the provider registry's struct.
    pub fn of(c: &Capacity) -> Self {
        Self { cpu_cores: c.cpuCores, ram_gb: c.ramGb, storage_gb: c.storageGb, bandwidth_mbps: c.bandwidthMbps }
    }

    /// The registry's struct.
    pub fn to_registry(self) -> Capacity {
        Capacity {
            cpuCores: self.cpu_cores,
            ramGb: self.ram_gb,
            storageGb: self.storage_gb,
            bandwidthMbps: self.bandwidth_mbps,
        }
    }
}

impl std::fmt::Display for CapacityView {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} CPU cores, {} GB RAM, {} GB storage, {} Mbit/s",
            self.cpu_cores, self.ram_gb, self.storage_gb, self.bandwidth_mbps
        )
    }
}

/// The governance parameter values, read with `getAll`.
struct ParamValues(Vec<U256>);

impl ParamValues {
    fn get(&self, name: &str) -> Result<U256> {
        index_of(name)
            .and_then(|i| self.0.get(i).copied())
            .ok_or_else(|| eyre!("the Parameters contract has no {name}; use the stkr version that deployed it"))
    }
}

// ---------------------------------------------------------------- reading providers

/// Everything read about one provider.
struct Record {
    address: Address,
    provider: Provider,
    score: ProviderRegistry::reputationReturn,
    qualified: bool,
}

/// The slots of one provider's [`Record`] in a batch.
struct RecordSlots {
    address: Address,
    provider: Slot<ProviderRegistry::getProviderCall>,
    score: Slot<ProviderRegistry::reputationCall>,
    qualified: Slot<ProviderRegistry::isQualifiedCall>,
}

impl RecordSlots {
    /// Queue the reads of `address`'s record.
    fn add(batch: &mut Batch, registry: Address, address: Address) -> Self {
        Self {
            address,
            provider: batch.add(registry, ProviderRegistry::getProviderCall { provider: address }),
            score: batch.add(registry, ProviderRegistry::reputationCall { provider: address }),
            qualified: batch.add(registry, ProviderRegistry::isQualifiedCall { provider: address }),
        }
    }

    /// The record, from the batch's answers.
    fn get(&self, answers: &Answers) -> Result<Record> {
        Ok(Record {
            address: self.address,
            provider: answers.get(self.provider)?,
            score: answers.get(self.score)?,
            qualified: answers.get(self.qualified)?,
        })
    }
}

/// One provider's record with what it needs and how it scores, in one batched read.
struct Detail {
    record: Record,
    required: U256,
    k: U256,
    params: ParamValues,
    now: u64,
}

async fn read_detail(chain: &Chain, contracts: &Contracts, address: Address) -> Result<Detail> {
    let registry = contracts.provider_registry;
    let mut batch = Batch::new();
    let record = RecordSlots::add(&mut batch, registry, address);
    let required = batch.add(registry, ProviderRegistry::requiredCollateralCall { provider: address });
    let k = batch.add(registry, ProviderRegistry::kOfCall { provider: address });
    let params = batch.add(contracts.parameters, Parameters::getAllCall {});
    let now = batch.add(contracts.multicall3, Multicall3::getCurrentBlockTimestampCall {});
    let answers = batch.run(chain, contracts.multicall3).await?;
    let record = record.get(&answers)?;
    if ProviderStatus::from(record.provider.status) == ProviderStatus::None {
        return Err(Error::InvalidInput(format!(
            "{address} has not registered as a provider; `stkr provider list` shows those who have"
        ))
        .into());
    }
    Ok(Detail {
        record,
        required: answers.get(required)?,
        k: answers.get(k)?,
        params: ParamValues(answers.get(params)?),
        now: answers.get(now)?.saturating_to(),
    })
}

fn bps(value: U256) -> u64 {
    value.saturating_to()
}

/// One part of the reputation score.
#[derive(Debug, Serialize)]
pub struct ScorePart {
    /// stake, bid, running_time or uptime.
    pub name: &'static str,
    /// The part, 0 to 10000 bps.
    pub value_bps: u64,
    /// Its weight in the mean (a governance parameter).
    pub weight: u64,
    /// Where the number comes from.
    pub explanation: String,
}

/// A reputation score and how it came about.
#[derive(Debug, Serialize)]
pub struct ScoreView {
    /// The provider.
    pub address: Address,
    /// The score, 0 to 10000 bps.
    pub score_bps: u64,
    /// The weighted mean of the parts, before the failure penalty.
    pub weighted_mean_bps: u64,
    /// Failures on record; the mean is divided by 1 + failures.
    pub failures: u32,
    /// Below this score anyone may disqualify the provider for the disqualification period.
    pub threshold_bps: u64,
    /// Whether the score is below the threshold.
    pub below_threshold: bool,
    /// The four parts.
    pub parts: Vec<ScorePart>,
}

fn score_view(detail: &Detail) -> Result<ScoreView> {
    let p = &detail.record.provider;
    let s = &detail.record.score;
    let params = &detail.params;
    let weight = |name: &str| params.get(name).map(|w| w.saturating_to::<u64>());
    let p_max = params.get("p-max")?;
    let max_price = params.get("max-bid-price")?;
    let max_duration = params.get("max-pool-duration")?.saturating_to::<u64>();
    let running = if p.completedNodes == 0 {
        "no finished node or pool yet, so nothing to average".to_string()
    } else {
        format!(
            "average running time of {} finished nodes and pools, {}, against the longest pool duration, {}",
            p.completedNodes,
            display_duration(p.totalRunningTime / u64::from(p.completedNodes)),
            display_duration(max_duration)
        )
    };
    let parts = vec![
        ScorePart {
            name: "stake",
            value_bps: bps(s.stakePart),
            weight: weight("reputation-weight-stake")?,
            explanation: format!(
                "collateral of {} ANKR against p-max, {} ANKR: more collateral, higher",
                format_amount(U256::from(p.collateral)),
                format_amount(p_max)
            ),
        },
        ScorePart {
            name: "bid",
            value_bps: bps(s.bidPart),
            weight: weight("reputation-weight-bid")?,
            explanation: format!(
                "price of {} ANKR against the max bid price, {} ANKR: cheaper, higher",
                format_amount(U256::from(p.price)),
                format_amount(max_price)
            ),
        },
        ScorePart {
            name: "running_time",
            value_bps: bps(s.runningTimePart),
            weight: weight("reputation-weight-running-time")?,
            explanation: running,
        },
        ScorePart {
            name: "uptime",
            value_bps: bps(s.uptimePart),
            weight: weight("reputation-weight-uptime")?,
            explanation: "uptime of its nodes as audited by other sidecars (100 % until audited)".to_string(),
        },
    ];
    let weighted_mean_bps =
        weighted_mean_bps(&parts.iter().map(|part| (part.value_bps, part.weight)).collect::<Vec<_>>());
    let score_bps = bps(s.score);
    let threshold_bps = bps(params.get("reputation-threshold")?);
    Ok(ScoreView {
        address: detail.record.address,
        score_bps,
        weighted_mean_bps,
        failures: p.failures,
        threshold_bps,
        below_threshold: score_bps < threshold_bps,
        parts,
    })
}

impl Render for ScoreView {
    fn render(&self, style: &Style) -> String {
        let mut lines = vec![format!(
            "{} {} {}",
            style.bold("reputation score"),
            style.bold(&percent(self.score_bps)),
            style.dim(&format!("of {}", self.address))
        )];
        for part in &self.parts {
            lines.push(format!(
                "  {:<13} {:>8}  weight {:<3} {}",
                part.name.replace('_', " "),
                percent(part.value_bps),
                part.weight,
                style.dim(&part.explanation)
            ));
        }
        lines.push(format!(
            "  weighted mean {}, divided by 1 + {} failure{} = {}",
            percent(self.weighted_mean_bps),
            self.failures,
            if self.failures == 1 { "" } else { "s" },
            percent(self.score_bps)
        ));
        let verdict = if self.below_threshold {
            style.warn(&format!(
                "below the threshold of {}: anyone may disqualify this provider for the disqualification period",
                percent(self.threshold_bps)
            ))
        } else {
            style.good(&format!("at or above the threshold of {}", percent(self.threshold_bps)))
        };
        lines.push(format!("  {verdict}"));
        lines.join("\n")
    }
}

/// Who a provider is and where it stands: the head of `provider show` and of each `provider list` row.
#[derive(Debug, Serialize)]
pub struct ProviderSummary {
    /// The provider's account.
    pub address: Address,
    /// Its brand name.
    pub brand: String,
    /// none, applied or qualified (by governance).
    pub status: ProviderStatus,
    /// Whether it may open pools, bid and add nodes right now: qualified, collateral of at least p-min,
    /// and not disqualified.
    pub qualified: bool,
    /// untrusted, semi-trusted or trusted.
    pub trust_level: TrustLevel,
}

impl ProviderSummary {
    fn of(record: &Record) -> Self {
        let p = &record.provider;
        Self {
            address: record.address,
            brand: p.brand.clone(),
            status: ProviderStatus::from(p.status),
            qualified: record.qualified,
            trust_level: TrustLevel::from(p.trust),
        }
    }
}

/// `provider show`: one provider in full.
#[derive(Debug, Serialize)]
pub struct ProviderView {
    /// Who it is and where it stands.
    #[serde(flatten)]
    pub summary: ProviderSummary,
    /// The ETH it stakes per 32 ETH validator at its trust level.
    pub k: AmountView,
    /// When it last applied (unix time).
    pub applied_at: u64,
    /// Disqualified until this unix time (0 if never).
    pub disqualified_until: u64,
    /// Whether that time is still ahead.
    pub disqualified: bool,
    /// ANKR collateral deposited.
    pub collateral: AmountView,
    /// What running pools and nodes lock (p-min while any runs, else 0).
    pub required_collateral: AmountView,
    /// The least collateral of a qualified provider.
    pub p_min: AmountView,
    /// The most collateral a provider may hold.
    pub p_max: AmountView,
    /// The asking price per node.
    pub price: AmountView,
    /// The resources offered per node.
    pub capacity: CapacityView,
    /// How many nodes and pools it may run at once.
    pub max_nodes: u16,
    /// Pools of its running now.
    pub active_pools: u32,
    /// Stkr nodes of its running now.
    pub active_nodes: u32,
    /// Nodes and pools it finished.
    pub completed_nodes: u32,
    /// Their total running time, in seconds.
    pub total_running_time: u64,
    /// Failures on record.
    pub failures: u32,
    /// Audited uptime of its nodes, in bps.
    pub uptime_bps: u16,
    /// The reputation score and its parts.
    pub reputation: ScoreView,
}

fn provider_view(detail: Detail) -> Result<ProviderView> {
    let reputation = score_view(&detail)?;
    let p = &detail.record.provider;
    Ok(ProviderView {
        summary: ProviderSummary::of(&detail.record),
        k: AmountView::eth(detail.k),
        applied_at: p.appliedAt,
        disqualified_until: p.disqualifiedUntil,
        disqualified: is_disqualified(p.disqualifiedUntil, detail.now),
        collateral: AmountView::ankr(U256::from(p.collateral)),
        required_collateral: AmountView::ankr(detail.required),
        p_min: AmountView::ankr(detail.params.get("p-min")?),
        p_max: AmountView::ankr(detail.params.get("p-max")?),
        price: AmountView::ankr(U256::from(p.price)),
        capacity: CapacityView::of(&p.capacity),
        max_nodes: p.maxNodes,
        active_pools: p.activeCommitments,
        active_nodes: p.activeNodes,
        completed_nodes: p.completedNodes,
        total_running_time: p.totalRunningTime,
        failures: p.failures,
        uptime_bps: p.uptimeBps,
        reputation,
    })
}

impl ProviderView {
    fn standing(&self, style: &Style) -> String {
        if self.summary.qualified {
            return style.good("qualified: may open pools, bid and add nodes");
        }
        let why = if self.summary.status != ProviderStatus::Qualified {
            "waiting for governance to qualify it (a governor proposes it with `stkr govern propose`)".to_string()
        } else if self.disqualified {
            format!("disqualified until {}", utc(self.disqualified_until))
        } else {
            format!("its collateral is below p-min, {}", self.p_min)
        };
        style.warn(&format!("not qualified now: {why}"))
    }
}

impl Render for ProviderView {
    fn render(&self, style: &Style) -> String {
        let disqualified = if self.disqualified_until == 0 {
            "never".to_string()
        } else {
            format!("until {}{}", utc(self.disqualified_until), if self.disqualified { "" } else { " (over)" })
        };
        let table = rows(
            style,
            &[
                ("address", self.summary.address.to_string()),
                ("status", format!("{}, {}", self.summary.status, self.summary.trust_level)),
                ("standing", self.standing(style)),
                ("k per validator", self.k.to_string()),
                ("applied", utc(self.applied_at)),
                ("disqualified", disqualified),
                (
                    "collateral",
                    format!(
                        "{} (running pools and nodes lock {}; p-min {}, p-max {})",
                        self.collateral, self.required_collateral, self.p_min, self.p_max
                    ),
                ),
                ("price", format!("{} per node", self.price)),
                ("capacity", format!("{} per node", self.capacity)),
                ("nodes", format!("{} running of at most {}", self.active_nodes, self.max_nodes)),
                ("pools", format!("{} running of at most {}", self.active_pools, self.max_nodes)),
                ("finished", format!("{} nodes and pools", self.completed_nodes)),
                ("running time", display_duration(self.total_running_time)),
                ("uptime", percent(u64::from(self.uptime_bps))),
                ("failures", self.failures.to_string()),
            ],
        );
        format!("{}\n{table}\n\n{}", style.bold(&self.summary.brand), self.reputation.render(style))
    }
}

async fn show(ctx: &Context, address: Option<Address>) -> Result<()> {
    let address = subject(ctx, address)?;
    let (chain, contracts) = ctx.reader().await?;
    let detail = read_detail(&chain, &contracts, address).await?;
    ctx.out.result(&provider_view(detail)?)?;
    Ok(())
}

async fn score(ctx: &Context, address: Option<Address>) -> Result<()> {
    let address = subject(ctx, address)?;
    let (chain, contracts) = ctx.reader().await?;
    let detail = read_detail(&chain, &contracts, address).await?;
    ctx.out.result(&score_view(&detail)?)?;
    Ok(())
}

/// One row of `provider list`.
#[derive(Debug, Serialize)]
pub struct ProviderRow {
    /// Who it is and where it stands.
    #[serde(flatten)]
    pub summary: ProviderSummary,
    /// The asking price per node.
    pub price: AmountView,
    /// ANKR collateral.
    pub collateral: AmountView,
    /// Stkr nodes running.
    pub active_nodes: u32,
    /// Pools running.
    pub active_pools: u32,
    /// Its limit of nodes and pools.
    pub max_nodes: u16,
    /// The reputation score, 0 to 10000 bps.
    pub score_bps: u64,
}

/// `provider list`.
#[derive(Debug, Serialize)]
pub struct ProviderList {
    /// Every provider that applied, in order of application.
    pub providers: Vec<ProviderRow>,
}

impl Render for ProviderList {
    fn render(&self, style: &Style) -> String {
        if self.providers.is_empty() {
            return "no provider has registered yet; `stkr provider register` applies".into();
        }
        let brand_width = self.providers.iter().map(|p| p.summary.brand.len()).max().unwrap_or(0).max(5);
        let mut lines = vec![style.dim(&format!(
            "{:<42}  {:<brand_width$}  {:<22}  {:>14}  {:>14}  {:>7}  {:>7}  {:>8}",
            "address", "brand", "status", "price", "collateral", "nodes", "pools", "score"
        ))];
        for p in &self.providers {
            let status = match (p.summary.qualified, p.summary.status) {
                (true, _) => format!("qualified, {}", p.summary.trust_level),
                (false, ProviderStatus::Qualified) => "qualified, inactive".to_string(),
                (false, status) => status.to_string(),
            };
            lines.push(format!(
                "{:<42}  {:<brand_width$}  {:<22}  {:>14}  {:>14}  {:>7}  {:>7}  {:>8}",
                p.summary.address.to_string(),
                p.summary.brand,
                status,
                p.price.to_string(),
                p.collateral.to_string(),
                format!("{}/{}", p.active_nodes, p.max_nodes),
                format!("{}/{}", p.active_pools, p.max_nodes),
                percent(p.score_bps)
            ));
        }
        lines.push(style.dim("nodes, pools: running / max nodes"));
        lines.join("\n")
    }
}

async fn list(ctx: &Context) -> Result<()> {
    let (chain, contracts) = ctx.reader().await?;
    let registry = contracts.provider_registry;
    let count = ProviderRegistry::new(registry, &chain.provider)
        .providerCount()
        .call()
        .await
        .map_err(|e| eyre!("reading the provider count from {registry}: {e}"))?
        .saturating_to::<usize>();
    let mut batch = Batch::new();
    let at: Vec<_> = (0..count)
        .map(|i| batch.add(registry, ProviderRegistry::providerAtCall { index: U256::from(i) }))
        .collect();
    let answers = batch.run(&chain, contracts.multicall3).await?;
    let mut batch = Batch::new();
    let records = at
        .into_iter()
        .map(|slot| Ok(RecordSlots::add(&mut batch, registry, answers.get(slot)?)))
        .collect::<Result<Vec<_>>>()?;
    let answers = batch.run(&chain, contracts.multicall3).await?;
    let mut providers = Vec::with_capacity(records.len());
    for slots in &records {
        let r = slots.get(&answers)?;
        let p = &r.provider;
        providers.push(ProviderRow {
            summary: ProviderSummary::of(&r),
            price: AmountView::ankr(U256::from(p.price)),
            collateral: AmountView::ankr(U256::from(p.collateral)),
            active_nodes: p.activeNodes,
            active_pools: p.activeCommitments,
            max_nodes: p.maxNodes,
            score_bps: bps(r.score.score),
        });
    }
    ctx.out.result(&ProviderList { providers })?;
    Ok(())
}

// ---------------------------------------------------------------- sending

/// The wallet side of a collateral deposit.
struct Wallet {
    provider: Provider,
    balance: U256,
    allowance: U256,
    p_max: U256,
}

async fn read_wallet(chain: &Chain, contracts: &Contracts, from: Address) -> Result<Wallet> {
    let (registry, ankr) = (contracts.provider_registry, contracts.ankr_token);
    let mut batch = Batch::new();
    let provider = batch.add(registry, ProviderRegistry::getProviderCall { provider: from });
    let balance = batch.add(ankr, AnkrToken::balanceOfCall { account: from });
    let allowance = batch.add(ankr, AnkrToken::allowanceCall { owner: from, spender: registry });
    let params = batch.add(contracts.parameters, Parameters::getAllCall {});
    let answers = batch.run(chain, contracts.multicall3).await?;
    Ok(Wallet {
        provider: answers.get(provider)?,
        balance: answers.get(balance)?,
        allowance: answers.get(allowance)?,
        p_max: ParamValues(answers.get(params)?).get("p-max")?,
    })
}

/// Refuse a deposit the chain would refuse, before anything is sent (the deposit itself can only be
/// simulated once the approval and registration before it are mined).
fn check_deposit(wallet: &Wallet, from: Address, amount: U256) -> Result<(), Error> {
    let collateral = U256::from(wallet.provider.collateral);
    check_collateral_deposit(from, collateral, amount, wallet.p_max, wallet.balance)
}

/// The registry's allowance for a collateral deposit of `amount`.
fn registry_allowance(contracts: &Contracts, wallet: &Wallet, amount: U256) -> Allowance {
    Allowance {
        token: contracts.ankr_token,
        spender: contracts.provider_registry,
        needed: amount,
        current: wallet.allowance,
    }
}

/// How the approval of the registry for `amount` reads in the plan.
fn approve_label(amount: U256) -> String {
    format!("approve the provider registry for {} ANKR", format_amount(amount))
}

/// Why --unsigned cannot print a deposit whose approval is missing.
fn unsigned_needs_approval(registry: Address, wallet: &Wallet, amount: U256) -> Error {
    Error::InvalidInput(format!(
        "--unsigned prints one transaction, but the provider registry {registry} may spend only {} ANKR of this account and the deposit needs {} ANKR: approve it for the ANKR token first, then run this again",
        format_amount(wallet.allowance),
        format_amount(amount)
    ))
}

/// What a collateral change did.
#[derive(Debug, Serialize)]
pub struct CollateralReport {
    /// The provider.
    pub provider: Address,
    /// deposited or withdrawn.
    pub action: &'static str,
    /// How much moved.
    pub amount: AmountView,
    /// The collateral afterwards.
    pub collateral: AmountView,
    /// The ANKR allowance given to the registry first, if one was needed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub approved: Option<AmountView>,
}

impl Render for CollateralReport {
    fn render(&self, style: &Style) -> String {
        let approved = self.approved.as_ref().map(|a| format!(" (after approving {a})")).unwrap_or_default();
        style.good(&format!("{} {}{approved}; collateral is now {}", self.action, self.amount, self.collateral))
    }
}

async fn add_collateral(ctx: &Context, amount: U256) -> Result<()> {
    let amount128 = positive_u128(amount, "collateral")?;
    let session = ctx.session().await?;
    let (contracts, from) = (&session.contracts, session.from);
    let registry = contracts.provider_registry;
    let wallet = read_wallet(&session.chain, contracts, from).await?;
    if ProviderStatus::from(wallet.provider.status) == ProviderStatus::None {
        return Err(Error::Simulation(format!(
            "{from} has not registered as a provider; register first with `stkr provider register`"
        ))
        .into());
    }
    check_deposit(&wallet, from, amount)?;
    let tx = ctx.transactor(&session.chain, from);
    let allowance = registry_allowance(contracts, &wallet, amount);
    if allowance.is_short() && tx.unsigned() {
        return Err(unsigned_needs_approval(registry, &wallet, amount).into());
    }
    let deposit_label = format!("deposit {} ANKR collateral", format_amount(amount));
    let deposit = request(registry, ProviderRegistry::depositCollateralCall { amount: amount128 });
    let approve = approve_label(amount);
    let Some(sent) = tx
        .approve_then(&allowance, approve, deposit_label, deposit, UnsignedApproval::ApprovalOnly)
        .await?
        .send()
        .await?
    else {
        return Ok(());
    };
    let collateral = events::<ProviderRegistry::CollateralDeposited>(&sent.receipt, registry)
        .first()
        .map(|e| e.collateral)
        .unwrap_or(U256::from(wallet.provider.collateral) + amount);
    ctx.out.result(&CollateralReport {
        provider: from,
        action: "deposited",
        amount: AmountView::ankr(amount),
        collateral: AmountView::ankr(collateral),
        approved: sent.approved().map(AmountView::ankr),
    })?;
    Ok(())
}

async fn withdraw_collateral(ctx: &Context, amount: U256) -> Result<()> {
    let amount128 = positive_u128(amount, "withdrawal")?;
    let session = ctx.session().await?;
    let registry = session.contracts.provider_registry;
    let tx = ctx.transactor(&session.chain, session.from);
    let withdraw = request(registry, ProviderRegistry::withdrawCollateralCall { amount: amount128 });
    let Some(receipt) = tx.send(format!("withdraw {} ANKR collateral", format_amount(amount)), withdraw).await? else {
        return Ok(());
    };
    let collateral = event::<ProviderRegistry::CollateralWithdrawn>(&receipt, registry)?.collateral;
    ctx.out.result(&CollateralReport {
        provider: session.from,
        action: "withdrew",
        amount: AmountView::ankr(amount),
        collateral: AmountView::ankr(collateral),
        approved: None,
    })?;
    Ok(())
}

/// What `provider register` or `provider update` did.
#[derive(Debug, Serialize)]
pub struct OfferReport {
    /// The provider.
    pub address: Address,
    /// Its brand.
    pub brand: String,
    /// Its status afterwards: applied, or qualified for an update of a qualified provider.
    pub status: ProviderStatus,
    /// The price per node.
    pub price: AmountView,
    /// The capacity per node.
    pub capacity: CapacityView,
    /// How many nodes and pools at once.
    pub max_nodes: u16,
    /// Collateral deposited with the registration, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deposited: Option<AmountView>,
    /// The collateral afterwards.
    pub collateral: AmountView,
    /// What to do next, if anything.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_step: Option<String>,
    /// The first line for people.
    #[serde(skip)]
    headline: String,
}

impl Render for OfferReport {
    fn render(&self, style: &Style) -> String {
        let mut lines = vec![
            style.good(&self.headline),
            rows(
                style,
                &[
                    ("price", format!("{} per node", self.price)),
                    ("capacity", format!("{} per node", self.capacity)),
                    ("max nodes", self.max_nodes.to_string()),
                    ("collateral", self.collateral.to_string()),
                ],
            ),
        ];
        if let Some(next) = &self.next_step {
            lines.push(next.clone());
        }
        lines.join("\n")
    }
}

async fn register(ctx: &Context, args: RegisterArgs) -> Result<()> {
    let RegisterArgs { brand, price, cpu_cores, ram_gb, storage_gb, bandwidth_mbps, max_nodes, collateral } = args;
    let price128 = u128::try_from(price)
        .map_err(|_| Error::InvalidInput(format!("the price of {} ANKR is too large", format_amount(price))))?;
    let deposit_amount = collateral.map(|c| positive_u128(c, "collateral").map(|a| (c, a))).transpose()?;
    if deposit_amount.is_some() && ctx.tx.unsigned {
        return Err(Error::InvalidInput(
            "--unsigned prints one transaction; register without --collateral, then print the deposit with `stkr provider collateral add AMOUNT --unsigned`".into(),
        )
        .into());
    }
    let capacity = CapacityView { cpu_cores, ram_gb, storage_gb, bandwidth_mbps };
    let session = ctx.session().await?;
    let (contracts, from) = (&session.contracts, session.from);
    let registry = contracts.provider_registry;
    let wallet = read_wallet(&session.chain, contracts, from).await?;
    let tx = ctx.transactor(&session.chain, from);
    let register = request(
        registry,
        ProviderRegistry::registerCall {
            brand: brand.clone(),
            price: price128,
            capacity: capacity.to_registry(),
            maxNodes: max_nodes,
        },
    );
    let label = format!("register {brand} as a provider");
    let receipt = match deposit_amount {
        None => {
            let Some(receipt) = tx.send(label, register).await? else { return Ok(()) };
            receipt
        }
        Some((amount, amount128)) => {
            // Simulate the registration first, so a bad offer is refused before the deposit checks.
            let register = tx.prepare(label, register).await?;
            check_deposit(&wallet, from, amount)?;
            let mut plan = vec![register];
            let allowance = registry_allowance(contracts, &wallet, amount);
            if allowance.is_short() {
                plan.push(tx.prepare(approve_label(amount), allowance.approve_request()).await?);
            }
            let deposit_label = format!("deposit {} ANKR collateral", format_amount(amount));
            tx.confirm_then(&plan, &[deposit_label.as_str()]).await?;
            let mut receipts = Vec::new();
            for step in plan {
                receipts.push(tx.submit(step).await?);
            }
            let deposit = tx
                .prepare(
                    deposit_label,
                    request(registry, ProviderRegistry::depositCollateralCall { amount: amount128 }),
                )
                .await
                .wrap_err(
                    "registered, but the collateral deposit would fail; add it with `stkr provider collateral add`",
                )?;
            tx.submit(deposit).await?;
            receipts.swap_remove(0)
        }
    };
    let applied = event::<ProviderRegistry::ProviderApplied>(&receipt, registry)?;
    let collateral = U256::from(wallet.provider.collateral) + deposit_amount.map(|(a, _)| a).unwrap_or_default();
    ctx.out.result(&OfferReport {
        address: from,
        brand: applied.brand.clone(),
        status: ProviderStatus::Applied,
        price: AmountView::ankr(applied.price),
        capacity: CapacityView::of(&applied.capacity),
        max_nodes: applied.maxNodes.saturating_to(),
        deposited: deposit_amount.map(|(a, _)| AmountView::ankr(a)),
        collateral: AmountView::ankr(collateral),
        headline: format!("registered {} ({from}) as a provider: applied, waiting for governance", applied.brand),
        next_step: Some(
            "Next: governance must qualify you. Ask a governor to propose it (`stkr govern propose ...`); once the vote passes and your collateral is at least p-min, `stkr provider show` says qualified."
                .into(),
        ),
    })?;
    Ok(())
}

async fn update(ctx: &Context, args: UpdateArgs) -> Result<()> {
    let UpdateArgs { price, cpu_cores, ram_gb, storage_gb, bandwidth_mbps, max_nodes } = args;
    if price.is_none()
        && cpu_cores.is_none()
        && ram_gb.is_none()
        && storage_gb.is_none()
        && bandwidth_mbps.is_none()
        && max_nodes.is_none()
    {
        return Err(Error::InvalidInput(
            "nothing to update: pass --price, --max-nodes, --cpu-cores, --ram-gb, --storage-gb or --bandwidth-mbps"
                .into(),
        )
        .into());
    }
    let price128 = price
        .map(|p| {
            u128::try_from(p)
                .map_err(|_| Error::InvalidInput(format!("the price of {} ANKR is too large", format_amount(p))))
        })
        .transpose()?;
    let session = ctx.session().await?;
    let registry = session.contracts.provider_registry;
    let current = ProviderRegistry::new(registry, &session.chain.provider)
        .getProvider(session.from)
        .call()
        .await
        .map_err(|e| eyre!("reading the provider record from {registry}: {e}"))?;
    if ProviderStatus::from(current.status) == ProviderStatus::None {
        return Err(Error::Simulation(format!(
            "{} has not registered as a provider; register first with `stkr provider register`",
            session.from
        ))
        .into());
    }
    let old = CapacityView::of(&current.capacity);
    let capacity = CapacityView {
        cpu_cores: cpu_cores.unwrap_or(old.cpu_cores),
        ram_gb: ram_gb.unwrap_or(old.ram_gb),
        storage_gb: storage_gb.unwrap_or(old.storage_gb),
        bandwidth_mbps: bandwidth_mbps.unwrap_or(old.bandwidth_mbps),
    };
    let call = ProviderRegistry::updateOfferCall {
        price: price128.unwrap_or(current.price),
        capacity: capacity.to_registry(),
        maxNodes: max_nodes.unwrap_or(current.maxNodes),
    };
    let tx = ctx.transactor(&session.chain, session.from);
    let Some(receipt) = tx.send(format!("update the offer of {}", current.brand), request(registry, call)).await?
    else {
        return Ok(());
    };
    let applied = event::<ProviderRegistry::ProviderApplied>(&receipt, registry)?;
    ctx.out.result(&OfferReport {
        address: session.from,
        brand: applied.brand.clone(),
        status: ProviderStatus::from(current.status),
        price: AmountView::ankr(applied.price),
        capacity: CapacityView::of(&applied.capacity),
        max_nodes: applied.maxNodes.saturating_to(),
        deposited: None,
        collateral: AmountView::ankr(U256::from(current.collateral)),
        headline: format!("updated the offer of {} ({})", applied.brand, session.from),
        next_step: None,
    })?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn brands_are_checked() {
        assert!(parse_brand("Aurora Nodes").is_ok());
        assert!(parse_brand("").is_err());
        assert!(parse_brand("  ").is_err());
        assert!(parse_brand(&"x".repeat(65)).is_err());
    }
}
