//! `stkr project list`: projects, optionally in one status or only your own.

use alloy::primitives::Address;
use eyre::Result;
use serde::Serialize;
use stkr_core::{
    codes::ProjectStatus,
    market::{Phase, ProjectRecord},
    output::{Render, Style},
    provider::Resources as ResourcesView,
    units::AmountView,
};

use super::StatusFilter;
use crate::{
    Context,
    common::address_or_account,
    market::{TimeView, all_projects, table},
};

/// One project in a list.
#[derive(Debug, Serialize)]
pub(crate) struct ProjectRow {
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
    pub(crate) fn new(l: &ProjectRecord) -> Self {
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
pub(crate) struct ProjectList {
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

pub(super) async fn list(ctx: &Context, status: Option<StatusFilter>, mine: bool) -> Result<()> {
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
