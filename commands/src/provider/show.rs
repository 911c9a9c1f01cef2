//! `stkr provider show`: one provider in full, with where it stands.

use alloy::primitives::{Address, U256};
use eyre::Result;
use serde::Serialize;
use stkr_core::{
    codes::{ProviderStatus, TrustLevel},
    output::{Render, Style, rows},
    params::display_duration,
    provider::is_disqualified,
    time::utc,
    units::AmountView,
};

use super::{CapacityView, subject};
use crate::{
    Context,
    common::percent,
    provider::{
        read::{Detail, Record, read_detail},
        score::{ScoreView, score_view},
    },
};

/// Who a provider is and where it stands: the head of `provider show` and of each `provider list` row.
#[derive(Debug, Serialize)]
pub(super) struct ProviderSummary {
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
    pub(super) fn of(record: &Record) -> Self {
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
pub(super) struct ProviderView {
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

pub(super) fn provider_view(detail: Detail) -> Result<ProviderView> {
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
    pub(super) fn standing(&self, style: &Style) -> String {
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

pub(super) async fn show(ctx: &Context, address: Option<Address>) -> Result<()> {
    let address = subject(ctx, address)?;
    let (chain, contracts) = ctx.reader().await?;
    let detail = read_detail(&chain, &contracts, address).await?;
    ctx.out.result(&provider_view(detail)?)?;
    Ok(())
}
