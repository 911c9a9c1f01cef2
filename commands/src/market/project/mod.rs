//! `stkr project`: quote, submit, show, list and complete the projects of single requesters.

use alloy::primitives::U256;

use clap::{Args, Subcommand, ValueEnum};

use eyre::Result;

use stkr_core::{codes::ProjectStatus, input::parse_id};

use crate::Context;

use crate::common::ankr_amount;

use super::ResourceArgs;

mod complete;
mod list;
mod quote;
mod show;
mod submit;

use complete::complete;
use list::list;
pub(crate) use list::{ProjectList, ProjectRow};
use quote::quote;
use show::show;
pub(crate) use show::{ProjectView, band_text, project_view};
use submit::submit;

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
