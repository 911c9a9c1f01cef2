//! `stkr project` and `stkr auction`: requesters' projects and providers' sealed-bid auctions (§3.4.4-3.5).

pub mod auction;
pub mod project;

use alloy::{
    primitives::{Address, B256, U256},
    providers::Provider,
    rpc::types::{Filter, Log, TransactionReceipt, TransactionRequest},
    sol_types::SolEvent,
};
use clap::Args;
use eyre::{Result, eyre};
use serde::Serialize;
use stkr_core::market::Standing;
use stkr_core::{
    Error,
    accounts::{self, Passphrase},
    batch::{Batch, Slot},
    bindings::{IMarketplace, Multicall3, Parameters},
    chain::{self, Chain},
    context::Session,
    deploy::Contracts,
    output::Style,
    params::{display_duration, index_of},
    time::{countdown, utc},
    tx::{Allowance, Transactor, UnsignedApproval},
    units::{AmountView, format_amount},
};

use crate::{
    Context,
    output::{Output, TerminalPrompt},
};

/// What a project needs and for how long (shared by `quote` and `submit`).
#[derive(Debug, Clone, Args)]
pub struct ResourceArgs {
    /// CPU cores.
    #[arg(long, value_name = "N", default_value_t = 0)]
    cpu: u32,
    /// RAM in GB.
    #[arg(long, value_name = "GB", default_value_t = 0)]
    ram: u32,
    /// Storage in GB.
    #[arg(long, value_name = "GB", default_value_t = 0)]
    storage: u32,
    /// Bandwidth in Mbit/s.
    #[arg(long, value_name = "MBPS", default_value_t = 0)]
    bandwidth: u32,
    /// How many days the project runs (from 1).
    #[arg(long, value_name = "D", value_parser = clap::value_parser!(u32).range(1..))]
    days: u32,
}

impl ResourceArgs {
    /// The resources as the contract takes them; at least one must be asked for.
    fn resources(&self) -> Result<IMarketplace::Resources, Error> {
        if self.cpu == 0 && self.ram == 0 && self.storage == 0 && self.bandwidth == 0 {
            return Err(Error::InvalidInput(
                "a project needs at least one resource: pass --cpu, --ram, --storage or --bandwidth".into(),
            ));
        }
        Ok(IMarketplace::Resources {
            cpuCores: self.cpu,
            ramGb: self.ram,
            storageGb: self.storage,
            bandwidthMbps: self.bandwidth,
        })
    }
}

/// The chain's time: the latest block's timestamp, which is what the contracts compare deadlines with.
pub(crate) fn now_slot(batch: &mut Batch, contracts: &Contracts) -> Slot<Multicall3::getCurrentBlockTimestampCall> {
    batch.add(contracts.multicall3, Multicall3::getCurrentBlockTimestampCall {})
}

/// A governance parameter by its CLI name.
pub(crate) fn param_slot(batch: &mut Batch, contracts: &Contracts, name: &str) -> Result<Slot<Parameters::getCall>> {
    let key = index_of(name).ok_or_else(|| eyre!("this stkr knows no parameter '{name}'"))?;
    Ok(batch.add(contracts.parameters, Parameters::getCall { key: key as u8 }))
}

pub(crate) use stkr_core::market::all_projects;

/// Unlock `--account` on `reader`'s endpoint and keep its passphrase, which also encrypts sealed bids.
/// With `--unsigned` the passphrase is still checked (it encrypts the bid) but nothing signs.
pub(crate) async fn unlock(ctx: &Context, reader: Chain, contracts: Contracts) -> Result<(Session, Passphrase)> {
    let name = ctx.account.as_deref().ok_or(Error::NoAccount)?;
    let (signer, passphrase) = accounts::unlock(&ctx.accounts(), name, ctx.password_file.as_deref(), &TerminalPrompt)?;
    let from = signer.address();
    let chain =
        if ctx.tx.unsigned { reader } else { chain::connect(&ctx.rpc_url()?, Some(signer), ctx.network).await? };
    Ok((Session { chain, from, contracts }, passphrase))
}

/// Send `request`, first approving the marketplace to take `needed` ANKR when `allowance` falls short.
/// `before_send` runs once the user has agreed and before anything is sent. Returns the receipt of
/// `request`, or `None` when `--unsigned` printed a transaction instead.
#[allow(clippy::too_many_arguments)]
pub(crate) async fn send_with_allowance(
    out: &Output,
    tx: &Transactor<'_>,
    contracts: &Contracts,
    allowance: U256,
    needed: U256,
    label: String,
    request: TransactionRequest,
    before_send: impl FnOnce() -> Result<()>,
) -> Result<Option<TransactionReceipt>> {
    let allowance =
        Allowance { token: contracts.ankr_token, spender: contracts.marketplace, needed, current: allowance };
    let approve = format!("approve the marketplace to take {} ANKR", format_amount(needed));
    let unsigned = UnsignedApproval::ApprovalOnly;
    let plan = tx.approve_then(&allowance, approve, label.as_str(), request, unsigned).await?;
    if plan.printed() {
        out.warn(format!(
            "the marketplace may take only {} ANKR of {}; once this approval is mined, run the command again \
             for the transaction to {label}",
            format_amount(allowance.current),
            tx.from()
        ));
        return Ok(None);
    }
    before_send()?;
    Ok(plan.send().await?.map(|sent| sent.receipt))
}

/// The marketplace's `E` events about project `id` since the deployment.
pub(crate) async fn project_logs<E: SolEvent>(
    ctx: &Context,
    chain: &Chain,
    contracts: &Contracts,
    id: u64,
) -> Result<Vec<E>> {
    let from_block = ctx.deployment(chain).await?.deploy_block;
    let filter = Filter::new()
        .address(contracts.marketplace)
        .event_signature(E::SIGNATURE_HASH)
        .topic1(B256::from(U256::from(id)))
        .from_block(from_block);
    let logs: Vec<Log> = chain.provider.get_logs(&filter).await.map_err(|e| chain::transport_error(&chain.url, &e))?;
    Ok(logs.iter().filter_map(|log| log.log_decode::<E>().ok()).map(|log| log.inner.data).collect())
}

/// Resources in `--json`: core's [`Resources`](stkr_core::provider::Resources).
pub use stkr_core::provider::Resources as ResourcesView;

/// A moment on chain.
#[derive(Debug, Clone, Serialize)]
pub struct TimeView {
    /// Unix seconds.
    pub unix: u64,
    /// In UTC, to the minute.
    pub utc: String,
    /// Relative to the chain's time: `in 23h 59m`, `2h 3m ago`.
    pub relative: String,
}

impl TimeView {
    pub(crate) fn at(unix: u64, now: u64) -> Self {
        Self { unix, utc: utc(unix), relative: countdown(unix, now) }
    }
}

impl std::fmt::Display for TimeView {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} ({})", self.utc, self.relative)
    }
}

/// How a completed project's money splits (§3.4.7).
#[derive(Debug, Clone, Serialize)]
pub struct PayoutView {
    /// To the provider: its price.
    pub provider: AmountView,
    /// To the reward pool.
    pub reward_pool: AmountView,
    /// To the insurance pool.
    pub insurance_pool: AmountView,
    /// Back to the requester.
    pub requester: AmountView,
}

impl PayoutView {
    pub(crate) fn of(payout: &IMarketplace::Payout) -> Self {
        Self::new(payout.provider, payout.rewardPool, payout.insurancePool, payout.requester)
    }

    pub(crate) fn new(provider: U256, reward_pool: U256, insurance_pool: U256, requester: U256) -> Self {
        Self {
            provider: AmountView::ankr(provider),
            reward_pool: AmountView::ankr(reward_pool),
            insurance_pool: AmountView::ankr(insurance_pool),
            requester: AmountView::ankr(requester),
        }
    }
}

impl std::fmt::Display for PayoutView {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "provider {}, reward pool {}, insurance pool {}, requester {}",
            self.provider, self.reward_pool, self.insurance_pool, self.requester
        )
    }
}

/// A revealed bid on the auction's sorted list.
#[derive(Debug, Clone, Serialize)]
pub struct RankedBid {
    /// Who bid.
    pub bidder: Address,
    /// Its price.
    pub price: AmountView,
    /// wins (lowest, alone in the tie band), in_draw (within the band of the lowest), next_in_line (ranked,
    /// bond locked, takes the project if those before it default) or off_list (bond returned).
    pub standing: Standing,
}

/// A duration parameter for people.
pub(crate) fn duration(seconds: U256) -> String {
    display_duration(seconds.saturating_to())
}

/// Basis points as a percentage: `52.30 %`.
pub(crate) fn percent(bps: U256) -> String {
    let bps = bps.saturating_to::<u64>();
    format!("{}.{:02} %", bps / 100, bps % 100)
}

/// Left-aligned columns under a dim header.
pub(crate) fn table(style: &Style, headers: &[&str], rows: &[Vec<String>]) -> String {
    let mut widths: Vec<usize> = headers.iter().map(|h| h.len()).collect();
    for row in rows {
        for (i, cell) in row.iter().enumerate() {
            if let Some(w) = widths.get_mut(i) {
                *w = (*w).max(cell.chars().count());
            }
        }
    }
    let line = |cells: Vec<String>| {
        cells
            .iter()
            .enumerate()
            .map(|(i, c)| format!("{c:<width$}", width = widths.get(i).copied().unwrap_or(0)))
            .collect::<Vec<_>>()
            .join("  ")
            .trim_end()
            .to_string()
    };
    let mut lines = vec![style.dim(&line(headers.iter().map(|h| h.to_string()).collect()))];
    lines.extend(rows.iter().map(|r| line(r.clone())));
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_align_and_trim() {
        let style = Style::plain();
        let rows = vec![vec!["1".to_string(), "commit".to_string()], vec!["10".into(), "".into()]];
        assert_eq!(table(&style, &["ID", "PHASE"], &rows), "ID  PHASE\n1   commit\n10");
    }

    #[test]
    fn percentages_from_bps() {
        assert_eq!(percent(U256::from(5_230)), "52.30 %");
        assert_eq!(percent(U256::from(30_000)), "300.00 %");
    }
}
