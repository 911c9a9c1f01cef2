//! `stkr project show`: everything about one project.

use alloy::primitives::{Address, U256};
use eyre::Result;
use serde::Serialize;
use stkr_core::{
    batch::Batch,
    bindings::{IMarketplace, Marketplace},
    codes::ProjectStatus,
    market::{Phase, ProjectRecord, read_project, standings},
    output::{Render, Style, rows},
    provider::Resources as ResourcesView,
    units::AmountView,
};

use crate::{
    Context,
    market::{PayoutView, RankedBid, TimeView, param_slot, project_logs, table},
};

/// Everything about one project.
#[derive(Debug, Serialize)]
pub(crate) struct ProjectView {
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
    /// How many of the lowest bids are ranked: their bonds stay locked until settlement, and they stand in
    /// line for the project.
    pub shortlist_size: u8,
    /// The tie band: bids within it of the lowest share a draw by reputation (0: only exact ties).
    pub tie_band_bps: u64,
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
        loaded: &ProjectRecord,
        ranked: &[IMarketplace::Bid],
        tie_band_bps: u64,
        completed: Option<&Marketplace::ProjectCompleted>,
        failed: Option<&Marketplace::ProjectFailed>,
    ) -> Self {
        let p = &loaded.project;
        let now = loaded.now;
        let prices: Vec<U256> = ranked.iter().map(|b| U256::from(b.price)).collect();
        let standings = standings(&prices, usize::from(p.shortlistSize), tie_band_bps);
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
            tie_band_bps,
            commit_end: TimeView::at(loaded.commit_end(), now),
            reveal_end: TimeView::at(loaded.reveal_end(), now),
            ranked_bids: ranked
                .iter()
                .zip(standings)
                .map(|(b, standing)| RankedBid {
                    bidder: b.bidder,
                    price: AmountView::ankr(U256::from(b.price)),
                    standing,
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

    pub(super) fn phase_text(&self) -> String {
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
                vec![(i + 1).to_string(), b.bidder.to_string(), b.price.to_string(), b.standing.describe().to_string()]
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
            out.push(format!("Revealed bids, lowest first (tie band {}):", band_text(self.tie_band_bps)));
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
) -> Result<(ProjectView, ProjectRecord)> {
    let mut batch = Batch::new();
    let ranked = batch.add(contracts.marketplace, Marketplace::rankedBidsCall { projectId: U256::from(id) });
    let band = param_slot(&mut batch, contracts, "auction-tie-band")?;
    let (loaded, answers) = read_project(chain, contracts, id, batch).await?;
    let ranked = answers.get(ranked)?;
    let band = answers.get(band)?.saturating_to::<u64>();
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
    Ok((ProjectView::new(&loaded, &ranked, band, completed.as_ref(), failed.as_ref()), loaded))
}

pub(super) async fn show(ctx: &Context, id: u64) -> Result<()> {
    let (chain, contracts) = ctx.reader().await?;
    let (view, _) = project_view(ctx, &chain, &contracts, id).await?;
    ctx.out.result(&view)?;
    Ok(())
}

/// The tie band for people: `0 % (only exact ties are drawn)`.
pub(crate) fn band_text(bps: u64) -> String {
    let percent = format!("{}.{:02} %", bps / 100, bps % 100);
    if bps == 0 { format!("{percent}: only exact ties are drawn") } else { percent }
}
