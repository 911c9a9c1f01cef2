//! `stkr history`: an account's stakes, unstakes, claims, redemptions, bids, votes and proposals, from the
//! contracts' events.

use alloy::{primitives::Address, providers::Provider};
use clap::Args;
use eyre::Result;
use serde::Serialize;
use stkr_core::{
    Error,
    history::{self, Entry},
    input::parse_address,
    output::{Render, Style},
};

use crate::{Context, common::address_or_account};

/// An account's past actions — stakes, unstakes, claims, redemptions, bids, votes, proposals — oldest first.
///
/// Reads the contracts' events from the deployment block (or --from-block) to the latest, in block ranges
/// public endpoints accept; a range an endpoint refuses as too large is split.
///
/// Examples:
///   stkr history --account alice
///   stkr history --address 0x90F79bf6EB2c4f870365E785982E1f101E93b906 --from-block 19000000
///   stkr --json history --account alice | jq '.actions[] | select(.kind == "stake")'
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct HistoryArgs {
    /// Look at this address instead of --account's.
    #[arg(long, value_parser = parse_address, value_name = "ADDRESS")]
    address: Option<Address>,
    /// Start at this block instead of the deployment's.
    #[arg(long, value_name = "BLOCK")]
    from_block: Option<u64>,
}

/// `stkr history`.
#[derive(Debug, Serialize)]
pub struct HistoryReport {
    /// The account.
    pub address: Address,
    /// The chain.
    pub chain_id: u64,
    /// The first block read.
    pub from_block: u64,
    /// The last block read.
    pub to_block: u64,
    /// What the account did, oldest first.
    pub actions: Vec<Entry>,
}

impl Render for HistoryReport {
    fn render(&self, style: &Style) -> String {
        if self.actions.is_empty() {
            return format!("no actions of {} in blocks {} to {}", self.address, self.from_block, self.to_block);
        }
        let width = self.actions.iter().map(|e| e.block.to_string().len()).max().unwrap_or(1);
        self.actions
            .iter()
            .map(|e| {
                format!(
                    "{} {}  {}",
                    style.dim(&format!("block {:>width$}", e.block)),
                    style.dim(&e.time_utc),
                    e.action.describe()
                )
            })
            .collect::<Vec<_>>()
            .join("\n")
    }
}

impl HistoryArgs {
    /// Read and show the account's history.
    pub async fn run(self, ctx: &Context) -> Result<()> {
        let missing = "say whose history: pass --account NAME or --address ADDRESS";
        let who = address_or_account(ctx, self.address, missing)?;
        let chain = ctx.chain().await?;
        let deployment = ctx.deployment(&chain).await?;
        let latest =
            chain.provider.get_block_number().await.map_err(|e| stkr_core::chain::transport_error(&chain.url, &e))?;
        let from = self.from_block.unwrap_or(deployment.deploy_block);
        if from > latest {
            return Err(Error::InvalidInput(format!(
                "--from-block {from} is past the latest block, {latest}: pass a block up to {latest}"
            ))
            .into());
        }
        let bar = ctx.out.progress(latest - from + 1, format!("reading blocks {from} to {latest}"));
        let read = history::read(&chain, &deployment.contracts, who, from, latest, &mut |next| {
            bar.set_position(next.saturating_sub(from))
        })
        .await?;
        drop(bar);
        tracing::debug!(requests = read.log_requests, "eth_getLogs requests");
        let report = HistoryReport {
            address: who,
            chain_id: chain.chain_id,
            from_block: read.from_block,
            to_block: read.to_block,
            actions: read.entries,
        };
        ctx.out.result(&report)?;
        Ok(())
    }
}
