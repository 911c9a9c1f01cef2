//! `stkr project`: quote, submit, show, list and complete the projects of single requesters.

use alloy::primitives::{Address, U256};
use clap::{Args, Subcommand, ValueEnum};
use eyre::Result;
use serde::Serialize;
use stkr_core::{
    Error,
    bindings::{AnkrToken, Marketplace, ProviderRegistry},
    codes::ProjectStatus,
    input::parse_id,
    market::{CompleteFacts, check_complete},
    output::{Render, Style, rows},
    receipt::event,
    time::utc,
    tx::request,
    units::{AmountView, format_amount},
};

use crate::Context;

use crate::common::{address_or_account, ankr_amount};

use super::{
    Batch, Loaded, PayoutView, Phase, RankedBid, ResourceArgs, ResourcesView, TimeView, all_projects, duration, load,
    now_slot, param_slot, percent, project_logs, send_with_allowance, table,
};

/// Eligible providers read per `eligibleProviders` page.
const PROVIDERS_PER_PAGE: u64 = 64;

/// Projects of single requesters: quotes, submission, their life, completion (§3.4.4-3.4.7).
#[derive(Debug, Args)]
pub struct ProjectArgs {
    #[command(subcommand)]
    command: ProjectCommand,
}

#[derive(Debug, Subcommand)]
enum ProjectCommand {
    /// Price resources for a duration and list the providers that can take it
    ///
    /// Shows the fixed price FP in ANKR, the profit governance expects, how the money would split at
    /// the ceiling price, and the qualified providers with the capacity, with price and record.
    ///
    /// Examples:
    ///   stkr project quote --cpu 4 --ram 16 --storage 500 --bandwidth 100 --days 30
    ///   stkr --json project quote --cpu 2 --days 7 | jq -r .fixed_price.formatted
    #[command(verbatim_doc_comment)]
    Quote(ResourceArgs),
    /// Submit a project and pay its fixed price; a sealed-bid auction opens
    ///
    /// Approves the marketplace to take FP in ANKR first when the allowance is short.
    ///
    /// Examples:
    ///   stkr project submit --cpu 4 --ram 16 --storage 500 --bandwidth 100 --days 30 --account alice
    ///   stkr --json project submit --cpu 2 --days 7 --account alice --yes | jq .project_id
    #[command(verbatim_doc_comment)]
    Submit(ResourceArgs),
    /// Show a project: status, phase, deadlines, bids, provider and payout
    ///
    /// Status, requester, resources, FP, the auction phase with its deadlines, the revealed bids,
    /// the provider, its price and dates, and the payout once completed.
    ///
    /// Examples:
    ///   stkr project show 1
    ///   stkr --json project show 1 | jq -r .phase
    #[command(verbatim_doc_comment)]
    Show {
        /// The project id.
        #[arg(value_parser = parse_id)]
        id: u64,
    },
    /// List projects, optionally in one status or only your own
    ///
    /// Examples:
    ///   stkr project list
    ///   stkr project list --status running
    ///   stkr project list --mine --account alice
    #[command(verbatim_doc_comment)]
    List {
        /// Only projects in this status.
        #[arg(long, value_enum)]
        status: Option<StatusFilter>,
        /// Only projects --account requested or runs.
        #[arg(long)]
        mine: bool,
    },
    /// Complete your project after its duration, as its provider, depositing its profit X
    ///
    /// You get your price, the reward and insurance pools 10 % each of X + FP, the requester the
    /// rest (§3.4.7).
    ///
    /// Approves the marketplace to take the profit in ANKR first when the allowance is short.
    ///
    /// Examples:
    ///   stkr project complete 1 --profit 1000 --account aurora
    #[command(verbatim_doc_comment)]
    Complete {
        /// The project id.
        #[arg(value_parser = parse_id)]
        id: u64,
        /// The profit X in ANKR that the project earned (may be 0).
        #[arg(long, value_name = "AMOUNT", value_parser = ankr_amount)]
        profit: U256,
    },
}

/// A project status to filter on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum StatusFilter {
    /// In its auction.
    Bidding,
    /// Assigned to a provider.
    Running,
    /// Completed with its profit split.
    Completed,
    /// Its provider failed to deliver.
    Failed,
    /// No valid bid; FP went back.
    Unassigned,
}

impl StatusFilter {
    fn status(self) -> ProjectStatus {
        match self {
            Self::Bidding => ProjectStatus::Bidding,
            Self::Running => ProjectStatus::Running,
            Self::Completed => ProjectStatus::Completed,
            Self::Failed => ProjectStatus::Failed,
            Self::Unassigned => ProjectStatus::Unassigned,
        }
    }
}

impl ProjectArgs {
    /// Run the project command.
    pub async fn run(self, ctx: &Context) -> Result<()> {
        match self.command {
            ProjectCommand::Quote(resources) => quote(ctx, &resources).await,
            ProjectCommand::Submit(resources) => submit(ctx, &resources).await,
            ProjectCommand::Show { id } => show(ctx, id).await,
            ProjectCommand::List { status, mine } => list(ctx, status, mine).await,
            ProjectCommand::Complete { id, profit } => complete(ctx, id, profit).await,
        }
    }
}

// ---------------------------------------------------------------- quote

/// A qualified provider that can take the project.
#[derive(Debug, Serialize)]
pub struct OfferView {
    /// Its account.
    pub address: Address,
    /// Its brand name.
    pub brand: String,
    /// Its asking price.
    pub price: AmountView,
    /// What it offers.
    pub capacity: ResourcesView,
    /// Its reputation score out of 10000.
    pub reputation_bps: u64,
    /// Its audited uptime out of 10000.
    pub uptime_bps: u64,
    /// Nodes and projects it finished.
    pub completed_nodes: u64,
    /// Failures on its record.
    pub failures: u64,
}

/// A full quote (§3.4.4).
#[derive(Debug, Serialize)]
pub struct QuoteReport {
    /// What is priced.
    pub resources: ResourcesView,
    /// For how long.
    pub duration_days: u32,
    /// The fixed price FP the requester pays at submission, the ceiling of bids.
    pub fixed_price: AmountView,
    /// The profit X governance expects for this FP.
    pub expected_profit: AmountView,
    /// How FP + X would split were the provider's price FP.
    pub at_ceiling: PayoutView,
    /// The bond each sealed bid locks.
    pub bid_bond: AmountView,
    /// How long sealed bids are taken, in seconds.
    pub commit_period_seconds: u64,
    /// How long bids are revealed, in seconds.
    pub reveal_period_seconds: u64,
    /// Qualified providers whose capacity meets the resources.
    pub eligible_providers: Vec<OfferView>,
}

impl QuoteReport {
    /// X as a share of FP, from the exact amounts.
    fn profit_share(&self) -> String {
        match (self.expected_profit.wei.parse::<U256>(), self.fixed_price.wei.parse::<U256>()) {
            (Ok(x), Ok(fp)) if !fp.is_zero() => percent(x * U256::from(10_000u64) / fp),
            _ => "-".into(),
        }
    }
}

impl Render for QuoteReport {
    fn render(&self, style: &Style) -> String {
        let mut out = vec![
            style.bold(&format!("Quote for {} for {} days", self.resources, self.duration_days)),
            rows(
                style,
                &[
                    ("fixed price (FP)", self.fixed_price.to_string()),
                    ("expected profit", format!("{} ({} of FP)", self.expected_profit, self.profit_share())),
                    ("split at ceiling", self.at_ceiling.to_string()),
                    ("bid bond", self.bid_bond.to_string()),
                    (
                        "auction",
                        format!(
                            "sealed bids for {}, then reveals for {}",
                            duration(U256::from(self.commit_period_seconds)),
                            duration(U256::from(self.reveal_period_seconds))
                        ),
                    ),
                ],
            ),
            String::new(),
        ];
        if self.eligible_providers.is_empty() {
            out.push("No qualified provider has the capacity for this yet.".into());
        } else {
            out.push(format!("{} eligible provider(s):", self.eligible_providers.len()));
            let rows: Vec<Vec<String>> = self
                .eligible_providers
                .iter()
                .map(|o| {
                    vec![
                        o.address.to_string(),
                        o.brand.clone(),
                        o.price.to_string(),
                        o.capacity.to_string(),
                        percent(U256::from(o.reputation_bps)),
                        format!(
                            "{} done, {} failed, uptime {}",
                            o.completed_nodes,
                            o.failures,
                            percent(U256::from(o.uptime_bps))
                        ),
                    ]
                })
                .collect();
            out.push(table(style, &["PROVIDER", "BRAND", "PRICE", "CAPACITY", "REPUTATION", "RECORD"], &rows));
        }
        out.join("\n")
    }
}

async fn quote(ctx: &Context, args: &ResourceArgs) -> Result<()> {
    let resources = args.resources()?;
    let (chain, contracts) = ctx.reader().await?;
    let mut batch = Batch::new();
    let details = batch.add(
        contracts.marketplace,
        Marketplace::quoteDetailsCall { resources: resources.clone(), durationDays: U256::from(args.days) },
    );
    let count = batch.add(contracts.provider_registry, ProviderRegistry::providerCountCall {});
    let bond = param_slot(&mut batch, &contracts, "bid-bond")?;
    let commit = param_slot(&mut batch, &contracts, "auction-commit-period")?;
    let reveal = param_slot(&mut batch, &contracts, "auction-reveal-period")?;
    let answers = batch.run(&chain, contracts.multicall3).await?;
    let details = answers.get(details)?;
    let count = answers.get(count)?.saturating_to::<u64>();

    // The registry's providers in pages, all pages in one round trip, then their brands in another.
    let mut pages = Batch::new();
    let slots: Vec<_> = (0..count)
        .step_by(PROVIDERS_PER_PAGE as usize)
        .map(|offset| {
            pages.add(
                contracts.marketplace,
                Marketplace::eligibleProvidersCall {
                    resources: resources.clone(),
                    offset: U256::from(offset),
                    limit: U256::from(PROVIDERS_PER_PAGE),
                },
            )
        })
        .collect();
    let page_answers = pages.run(&chain, contracts.multicall3).await?;
    let mut offers = Vec::new();
    for slot in &slots {
        offers.extend(page_answers.get(*slot)?);
    }
    let mut brands = Batch::new();
    let brand_slots: Vec<_> = offers
        .iter()
        .map(|o| brands.add(contracts.provider_registry, ProviderRegistry::getProviderCall { provider: o.provider }))
        .collect();
    let brand_answers = brands.run(&chain, contracts.multicall3).await?;
    let mut eligible = Vec::new();
    for (offer, slot) in offers.iter().zip(&brand_slots) {
        let c = &offer.capacity;
        eligible.push(OfferView {
            address: offer.provider,
            brand: brand_answers.get(*slot)?.brand,
            price: AmountView::ankr(offer.price),
            capacity: ResourcesView::from(c),
            reputation_bps: offer.reputation.saturating_to(),
            uptime_bps: offer.uptimeBps.saturating_to(),
            completed_nodes: offer.completedNodes.saturating_to(),
            failures: offer.failures.saturating_to(),
        });
    }
    ctx.out.result(&QuoteReport {
        resources: ResourcesView::from(&resources),
        duration_days: args.days,
        fixed_price: AmountView::ankr(details.fixedPrice),
        expected_profit: AmountView::ankr(details.expectedProfit),
        at_ceiling: PayoutView::of(&details.atCeiling),
        bid_bond: AmountView::ankr(answers.get(bond)?),
        commit_period_seconds: answers.get(commit)?.saturating_to(),
        reveal_period_seconds: answers.get(reveal)?.saturating_to(),
        eligible_providers: eligible,
    })?;
    Ok(())
}

// ---------------------------------------------------------------- submit

/// A submitted project.
#[derive(Debug, Serialize)]
pub struct SubmitReport {
    /// The new project's id.
    pub project_id: u64,
    /// Who submitted and paid.
    pub requester: Address,
    /// What it needs.
    pub resources: ResourcesView,
    /// For how long.
    pub duration_days: u64,
    /// The fixed price paid into the marketplace.
    pub fixed_price: AmountView,
    /// Sealed bids are taken until then.
    pub commit_end: TimeView,
    /// Bids are revealed until then; the auction can be settled after.
    pub reveal_end: TimeView,
    /// The ANKR the marketplace was approved to take first, when the allowance was short.
    pub approved: Option<AmountView>,
    /// The submitting transaction.
    pub tx_hash: String,
}

impl Render for SubmitReport {
    fn render(&self, style: &Style) -> String {
        let id = self.project_id;
        [
            style.good(&format!("Submitted project {id}; its auction is open.")),
            rows(
                style,
                &[
                    ("resources", format!("{} for {} days", self.resources, self.duration_days)),
                    ("fixed price", format!("{} (paid)", self.fixed_price)),
                    ("sealed bids until", self.commit_end.to_string()),
                    ("reveals until", self.reveal_end.to_string()),
                    ("transaction", self.tx_hash.clone()),
                ],
            ),
            style.dim(&format!(
                "Follow it with `stkr project show {id}`; settle it after the reveals with `stkr auction settle {id}`."
            )),
        ]
        .join("\n")
    }
}

async fn submit(ctx: &Context, args: &ResourceArgs) -> Result<()> {
    let resources = args.resources()?;
    let (chain, contracts) = ctx.reader().await?;
    let from = ctx.account_address()?;
    let mut batch = Batch::new();
    let fixed = batch.add(
        contracts.marketplace,
        Marketplace::quoteCall { resources: resources.clone(), durationDays: U256::from(args.days) },
    );
    let commit = param_slot(&mut batch, &contracts, "auction-commit-period")?;
    let reveal = param_slot(&mut batch, &contracts, "auction-reveal-period")?;
    let balance = batch.add(contracts.ankr_token, AnkrToken::balanceOfCall { account: from });
    let allowance =
        batch.add(contracts.ankr_token, AnkrToken::allowanceCall { owner: from, spender: contracts.marketplace });
    let now = now_slot(&mut batch, &contracts);
    let answers = batch.run(&chain, contracts.multicall3).await?;
    let fixed = answers.get(fixed)?;
    let (balance, allowance, now) = (answers.get(balance)?, answers.get(allowance)?, answers.get(now)?.to::<u64>());
    let commit_period = answers.get(commit)?.saturating_to::<u64>();
    let commit_end = now + commit_period;
    let reveal_end = commit_end + answers.get(reveal)?.saturating_to::<u64>();
    if fixed.is_zero() {
        return Err(Error::InvalidInput(
            "these resources cost nothing at the current unit prices; ask for a resource that has a price".into(),
        )
        .into());
    }
    if balance < fixed {
        return Err(Error::Simulation(format!(
            "{from} holds {} ANKR but the fixed price is {} ANKR",
            format_amount(balance),
            format_amount(fixed)
        ))
        .into());
    }
    let view = ResourcesView::from(&resources);
    ctx.out.status(format!(
        "Project: {view} for {} days. Fixed price {} ANKR, paid now. Sealed bids until about {}, reveals until about {}.",
        args.days,
        format_amount(fixed),
        utc(commit_end),
        utc(reveal_end)
    ));
    let session = ctx.session().await?;
    let tx = ctx.transactor(&session.chain, session.from);
    let request = request(
        contracts.marketplace,
        Marketplace::submitCall { resources: resources.clone(), durationDays: args.days },
    );
    let label = format!("submit a project for {} ANKR", format_amount(fixed));
    let Some(receipt) =
        send_with_allowance(&ctx.out, &tx, &contracts, allowance, fixed, label, request, || Ok(())).await?
    else {
        return Ok(());
    };
    let submitted: Marketplace::ProjectSubmitted = event(&receipt, contracts.marketplace)?;
    // The block it was mined in opened the commit phase.
    let now = submitted.commitEnd.saturating_to::<u64>().saturating_sub(commit_period);
    ctx.out.result(&SubmitReport {
        project_id: submitted.projectId.saturating_to(),
        requester: submitted.requester,
        resources: ResourcesView::from(&submitted.resources),
        duration_days: submitted.durationDays.saturating_to(),
        fixed_price: AmountView::ankr(submitted.fixedPrice),
        commit_end: TimeView::at(submitted.commitEnd.saturating_to(), now),
        reveal_end: TimeView::at(submitted.revealEnd.saturating_to(), now),
        approved: (allowance < fixed).then(|| AmountView::ankr(fixed)),
        tx_hash: receipt.transaction_hash.to_string(),
    })?;
    Ok(())
}

// ---------------------------------------------------------------- show

/// Everything about one project.
#[derive(Debug, Serialize)]
pub struct ProjectView {
    /// Its id.
    pub id: u64,
    /// bidding, running, completed, failed or unassigned.
    pub status: ProjectStatus,
    /// Where it is: commit, reveal, settle, running, complete or closed.
    pub phase: Phase,
    /// Who submitted it.
    pub requester: Address,
    /// What it needs.
    pub resources: ResourcesView,
    /// For how long.
    pub duration_days: u32,
    /// The fixed price FP, the ceiling of bids.
    pub fixed_price: AmountView,
    /// The bond each sealed bid locks.
    pub bid_bond: AmountView,
    /// How many of the lowest bids make the shortlist.
    pub shortlist_size: u8,
    /// The end of the commit phase.
    pub commit_end: TimeView,
    /// The end of the reveal phase.
    pub reveal_end: TimeView,
    /// The revealed bids the auction keeps, lowest first.
    pub ranked_bids: Vec<RankedBid>,
    /// The provider that won the auction.
    pub provider: Option<Address>,
    /// The price it is paid.
    pub price: Option<AmountView>,
    /// When it started running.
    pub started_at: Option<TimeView>,
    /// When its duration ends.
    pub ends_at: Option<TimeView>,
    /// The profit deposited at completion.
    pub profit: Option<AmountView>,
    /// How the money was split at completion.
    pub payout: Option<PayoutView>,
    /// What the requester got from the provider's collateral when the project failed (besides FP back).
    pub compensation: Option<AmountView>,
    /// The chain's time the phase and countdowns are relative to.
    pub chain_time: u64,
}

impl ProjectView {
    /// Build from a loaded project and its ranked bids; the payout comes from the completion event.
    pub(crate) fn new(
        loaded: &Loaded,
        ranked: &[Marketplace::Bid],
        completed: Option<&Marketplace::ProjectCompleted>,
        failed: Option<&Marketplace::ProjectFailed>,
    ) -> Self {
        let p = &loaded.project;
        let now = loaded.now;
        let shortlist = usize::from(p.shortlistSize);
        let assigned = p.provider != Address::ZERO;
        Self {
            id: loaded.id,
            status: ProjectStatus::from(p.status),
            phase: loaded.phase(),
            requester: p.requester,
            resources: ResourcesView::from(&p.resources),
            duration_days: p.durationDays,
            fixed_price: AmountView::ankr(loaded.fixed_price()),
            bid_bond: AmountView::ankr(loaded.bid_bond()),
            shortlist_size: p.shortlistSize,
            commit_end: TimeView::at(loaded.commit_end(), now),
            reveal_end: TimeView::at(loaded.reveal_end(), now),
            ranked_bids: ranked
                .iter()
                .enumerate()
                .map(|(i, b)| RankedBid {
                    bidder: b.bidder,
                    price: AmountView::ankr(U256::from(b.price)),
                    shortlisted: i < shortlist,
                })
                .collect(),
            provider: assigned.then_some(p.provider),
            price: assigned.then(|| AmountView::ankr(U256::from(p.price))),
            started_at: assigned.then(|| TimeView::at(p.startedAt.to::<u64>(), now)),
            ends_at: loaded.ends_at().filter(|_| assigned).map(|end| TimeView::at(end, now)),
            profit: completed.map(|c| AmountView::ankr(c.profit)),
            payout: completed.map(|c| PayoutView::new(c.toProvider, c.toRewardPool, c.toInsurancePool, c.toRequester)),
            compensation: failed.map(|f| AmountView::ankr(f.compensation)),
            chain_time: now,
        }
    }

    /// The key/value rows shared by `project show` and `auction show`.
    pub(crate) fn rows(&self) -> Vec<(&'static str, String)> {
        let mut rows = vec![
            ("status", self.status.to_string()),
            ("phase", self.phase_text()),
            ("requester", self.requester.to_string()),
            ("resources", format!("{} for {} days", self.resources, self.duration_days)),
            ("fixed price", self.fixed_price.to_string()),
            ("bid bond", self.bid_bond.to_string()),
            ("sealed bids until", self.commit_end.to_string()),
            ("reveals until", self.reveal_end.to_string()),
        ];
        if let (Some(provider), Some(price)) = (&self.provider, &self.price) {
            rows.push(("provider", provider.to_string()));
            rows.push(("price", price.to_string()));
        }
        if let Some(started) = &self.started_at {
            rows.push(("started", started.to_string()));
        }
        if let Some(ends) = &self.ends_at {
            rows.push(("ends", ends.to_string()));
        }
        if let (Some(profit), Some(payout)) = (&self.profit, &self.payout) {
            rows.push(("profit", profit.to_string()));
            rows.push(("payout", payout.to_string()));
        }
        if let Some(compensation) = &self.compensation {
            rows.push(("compensation", format!("{compensation} from the provider's collateral, and FP back")));
        }
        rows
    }

    fn phase_text(&self) -> String {
        let id = self.id;
        match self.phase {
            Phase::Commit => format!("commit: sealed bids until {}", self.commit_end),
            Phase::Reveal => format!("reveal: `stkr auction reveal {id}` until {}", self.reveal_end),
            Phase::Settle => format!("settle: the auction is over; `stkr auction settle {id}`"),
            Phase::Running => match &self.ends_at {
                Some(ends) => format!("running until {ends}"),
                None => "running".into(),
            },
            Phase::Complete => format!("complete: the provider may run `stkr project complete {id} --profit X`"),
            Phase::Closed => format!("closed ({})", self.status),
        }
    }

    pub(crate) fn ranked_table(&self, style: &Style) -> Option<String> {
        if self.ranked_bids.is_empty() {
            return None;
        }
        let rows: Vec<Vec<String>> = self
            .ranked_bids
            .iter()
            .enumerate()
            .map(|(i, b)| {
                vec![
                    (i + 1).to_string(),
                    b.bidder.to_string(),
                    b.price.to_string(),
                    if b.shortlisted { "shortlisted".into() } else { "next lowest".into() },
                ]
            })
            .collect();
        Some(table(style, &["#", "BIDDER", "PRICE", ""], &rows))
    }
}

impl Render for ProjectView {
    fn render(&self, style: &Style) -> String {
        let mut out = vec![style.bold(&format!("Project {}", self.id)), rows(style, &self.rows())];
        if let Some(ranked) = self.ranked_table(style) {
            out.push(String::new());
            out.push("Revealed bids, lowest first:".into());
            out.push(ranked);
        }
        out.join("\n")
    }
}

/// Read everything `project show` shows.
pub(crate) async fn project_view(
    ctx: &Context,
    chain: &stkr_core::chain::Chain,
    contracts: &stkr_core::deploy::Contracts,
    id: u64,
) -> Result<(ProjectView, Loaded)> {
    let mut batch = Batch::new();
    let ranked = batch.add(contracts.marketplace, Marketplace::rankedBidsCall { projectId: U256::from(id) });
    let (loaded, answers) = load(chain, contracts, id, batch).await?;
    let ranked = answers.get(ranked)?;
    let completed = if loaded.status() == ProjectStatus::Completed {
        project_logs::<Marketplace::ProjectCompleted>(ctx, chain, contracts, id).await?.into_iter().next()
    } else {
        None
    };
    let failed = if loaded.status() == ProjectStatus::Failed {
        project_logs::<Marketplace::ProjectFailed>(ctx, chain, contracts, id).await?.into_iter().next()
    } else {
        None
    };
    Ok((ProjectView::new(&loaded, &ranked, completed.as_ref(), failed.as_ref()), loaded))
}

async fn show(ctx: &Context, id: u64) -> Result<()> {
    let (chain, contracts) = ctx.reader().await?;
    let (view, _) = project_view(ctx, &chain, &contracts, id).await?;
    ctx.out.result(&view)?;
    Ok(())
}

// ---------------------------------------------------------------- list

/// One project in a list.
#[derive(Debug, Serialize)]
pub struct ProjectRow {
    /// Its id.
    pub id: u64,
    /// Its status.
    pub status: ProjectStatus,
    /// Its phase.
    pub phase: Phase,
    /// Who submitted it.
    pub requester: Address,
    /// Its provider, once assigned.
    pub provider: Option<Address>,
    /// What it needs.
    pub resources: ResourcesView,
    /// For how long.
    pub duration_days: u32,
    /// Its fixed price.
    pub fixed_price: AmountView,
    /// The end of the current phase: commit or reveal end, or the end of the duration.
    pub next_deadline: Option<TimeView>,
}

impl ProjectRow {
    pub(crate) fn new(l: &Loaded) -> Self {
        let p = &l.project;
        let phase = l.phase();
        let deadline = match phase {
            Phase::Commit => Some(l.commit_end()),
            Phase::Reveal => Some(l.reveal_end()),
            Phase::Running => l.ends_at(),
            Phase::Settle | Phase::Complete | Phase::Closed => None,
        };
        Self {
            id: l.id,
            status: ProjectStatus::from(p.status),
            phase,
            requester: p.requester,
            provider: (p.provider != Address::ZERO).then_some(p.provider),
            resources: ResourcesView::from(&p.resources),
            duration_days: p.durationDays,
            fixed_price: AmountView::ankr(l.fixed_price()),
            next_deadline: deadline.map(|at| TimeView::at(at, l.now)),
        }
    }
}

/// A list of projects: `project list`, or `auction list` with only the projects in their auction.
#[derive(Debug, Serialize)]
pub struct ProjectList {
    /// The chain's time.
    pub chain_time: u64,
    /// The projects, by id.
    pub projects: Vec<ProjectRow>,
    /// Whether these are the auctions, shown with the columns a bidder needs.
    #[serde(skip)]
    pub(crate) auctions: bool,
}

impl Render for ProjectList {
    fn render(&self, style: &Style) -> String {
        if self.projects.is_empty() {
            return if self.auctions { "No project is in its auction." } else { "No projects." }.into();
        }
        let needs = |p: &ProjectRow| format!("{}, {}d", p.resources, p.duration_days);
        let until =
            |p: &ProjectRow, none: &str| p.next_deadline.as_ref().map_or_else(|| none.to_string(), ToString::to_string);
        let rows: Vec<Vec<String>> = if self.auctions {
            self.projects
                .iter()
                .map(|p| {
                    let phase = p.phase.name().to_string();
                    vec![p.id.to_string(), phase, until(p, "ready to settle"), p.fixed_price.to_string(), needs(p)]
                })
                .collect()
        } else {
            self.projects
                .iter()
                .map(|p| {
                    vec![
                        p.id.to_string(),
                        p.status.to_string(),
                        p.phase.name().to_string(),
                        until(p, ""),
                        p.fixed_price.to_string(),
                        needs(p),
                        p.requester.to_string(),
                        p.provider.map(|a| a.to_string()).unwrap_or_default(),
                    ]
                })
                .collect()
        };
        let headers: &[&str] = if self.auctions {
            &["ID", "PHASE", "UNTIL", "CEILING (FP)", "NEEDS"]
        } else {
            &["ID", "STATUS", "PHASE", "UNTIL", "FP", "NEEDS", "REQUESTER", "PROVIDER"]
        };
        table(style, headers, &rows)
    }
}

async fn list(ctx: &Context, status: Option<StatusFilter>, mine: bool) -> Result<()> {
    let missing = "--mine lists the projects of --account: pass --account NAME (see `stkr account list`)";
    let me = if mine { Some(address_or_account(ctx, None, missing)?) } else { None };
    let (chain, contracts) = ctx.reader().await?;
    let (projects, now) = all_projects(&chain, &contracts).await?;
    let projects = projects
        .iter()
        .filter(|l| status.is_none_or(|s| l.status() == s.status()))
        .filter(|l| me.is_none_or(|me| l.project.requester == me || l.project.provider == me))
        .map(ProjectRow::new)
        .collect();
    ctx.out.result(&ProjectList { chain_time: now, projects, auctions: false })?;
    Ok(())
}

// ---------------------------------------------------------------- complete

/// A completed project and its split.
#[derive(Debug, Serialize)]
pub struct CompleteReport {
    /// The project.
    pub project_id: u64,
    /// The provider that completed it.
    pub provider: Address,
    /// The profit X deposited.
    pub profit: AmountView,
    /// How FP + X was split (§3.4.7).
    pub payout: PayoutView,
    /// The ANKR the marketplace was approved to take first, when the allowance was short.
    pub approved: Option<AmountView>,
    /// The completing transaction.
    pub tx_hash: String,
}

impl Render for CompleteReport {
    fn render(&self, style: &Style) -> String {
        [
            style.good(&format!("Completed project {} with a profit of {}.", self.project_id, self.profit)),
            rows(
                style,
                &[
                    ("to the provider", self.payout.provider.to_string()),
                    ("to the reward pool", self.payout.reward_pool.to_string()),
                    ("to the insurance pool", self.payout.insurance_pool.to_string()),
                    ("to the requester", self.payout.requester.to_string()),
                    ("transaction", self.tx_hash.clone()),
                ],
            ),
        ]
        .join("\n")
    }
}

async fn complete(ctx: &Context, id: u64, profit: U256) -> Result<()> {
    let (chain, contracts) = ctx.reader().await?;
    let from = ctx.account_address()?;
    let mut batch = Batch::new();
    let balance = batch.add(contracts.ankr_token, AnkrToken::balanceOfCall { account: from });
    let allowance =
        batch.add(contracts.ankr_token, AnkrToken::allowanceCall { owner: from, spender: contracts.marketplace });
    let (loaded, answers) = load(&chain, &contracts, id, batch).await?;
    let p = &loaded.project;
    let (balance, allowance) = (answers.get(balance)?, answers.get(allowance)?);
    check_complete(&CompleteFacts {
        completer: from,
        id,
        status: loaded.status(),
        provider: p.provider,
        ends_at: loaded.ends_at(),
        now: loaded.now,
        balance,
        profit,
    })?;
    let mut batch = Batch::new();
    let expected = batch.add(
        contracts.marketplace,
        Marketplace::payoutForCall { fixedPrice: loaded.fixed_price(), price: U256::from(p.price), profit },
    );
    let expected = batch.run(&chain, contracts.multicall3).await?.get(expected)?;
    ctx.out.status(format!(
        "Completing project {id} with a profit of {} ANKR splits as: {}.",
        format_amount(profit),
        PayoutView::of(&expected)
    ));
    let session = ctx.session().await?;
    let tx = ctx.transactor(&session.chain, session.from);
    let request = request(contracts.marketplace, Marketplace::completeCall { projectId: U256::from(id), profit });
    let label = format!("complete project {id} with a profit of {} ANKR", format_amount(profit));
    let Some(receipt) =
        send_with_allowance(&ctx.out, &tx, &contracts, allowance, profit, label, request, || Ok(())).await?
    else {
        return Ok(());
    };
    let done: Marketplace::ProjectCompleted = event(&receipt, contracts.marketplace)?;
    ctx.out.result(&CompleteReport {
        project_id: id,
        provider: from,
        profit: AmountView::ankr(done.profit),
        payout: PayoutView::new(done.toProvider, done.toRewardPool, done.toInsurancePool, done.toRequester),
        approved: (allowance < profit).then(|| AmountView::ankr(profit)),
        tx_hash: receipt.transaction_hash.to_string(),
    })?;
    Ok(())
}
