//! `stkr pool`: micro-pools from a provider's side and a reader's: open, list, show, top up, activate with
//! deposit data, cancel, and the governance-only settlement and migration.

use std::path::{Path, PathBuf};

use alloy::{
    network::TransactionBuilder,
    primitives::{Address, B256, Bytes, U256, uint},
    providers::Provider,
    rpc::types::{Filter, TransactionReceipt, TransactionRequest},
    sol_types::{SolCall, SolError, SolEvent},
};
use clap::{Args, Subcommand, ValueEnum};
use eyre::{Result, eyre};
use serde::Serialize;
use stkr_core::{
    Error,
    batch::{self, Answer, call},
    beacon,
    bindings::{AETH, Governance, IMicroPool, MicroPool, Multicall3, Parameters, ProviderRegistry},
    chain::Chain,
    deploy::Contracts,
    input::{parse_address, parse_id},
    network::Network,
    output::{Render, Style, rows},
    params::{display_duration, index_of},
    receipt::event,
    revert,
    time::utc,
    tx::{request, revert_reason},
    units::{AmountView, format_amount},
};

use crate::Context;
use stkr_validator::Chain as BeaconChain;

use crate::common::{ankr_amount, eth_amount, name_of};

/// The ETH of one validator.
pub(crate) const VALIDATOR_ETH: U256 = uint!(32_000_000_000_000_000_000_U256);
/// A validator deposit in gwei, as deposit data files write it.
const DEPOSIT_GWEI: u64 = 32_000_000_000;
/// `MicroPool.Status` names, by value.
const STATUS_NAMES: [&str; 6] = ["unknown", "pending", "active", "completed", "cancelled", "migrated"];
pub(crate) const PENDING: u8 = 1;
pub(crate) const ACTIVE: u8 = 2;
pub(crate) const COMPLETED: u8 = 3;
pub(crate) const CANCELLED: u8 = 4;
pub(crate) const MIGRATED: u8 = 5;

/// Open, inspect and run micro-pools: many stakers fill one 32 ETH validator run by a provider.
#[derive(Debug, Args)]
pub struct PoolArgs {
    #[command(subcommand)]
    command: PoolCommand,
}

#[derive(Debug, Subcommand)]
enum PoolCommand {
    /// Open a micro-pool as a qualified provider, putting in your own ETH (at least your k).
    ///
    /// Stakers then fill it to 32 ETH with `stkr stake --pool ID`; you activate it with your validator's
    /// deposit data before its end time.
    ///
    /// Examples:
    ///   stkr pool open --account aurora
    ///   stkr pool open --eth 10 --duration 60d --account aurora
    #[command(verbatim_doc_comment)]
    Open {
        /// Your own ETH in the pool: at least your k (8 ETH semi-trusted, 16 ETH untrusted), at most 32 ETH
        /// [default: your k].
        #[arg(long, value_name = "AMOUNT", value_parser = eth_amount)]
        eth: Option<U256>,
        /// How long the staking period runs, e.g. 30d, 12h, 1d12h (at most the max-pool-duration parameter).
        #[arg(long, value_name = "DURATION", default_value = "30d", value_parser = parse_duration)]
        duration: u64,
    },
    /// List every micro-pool with its status, provider and fill, read in a few batched calls.
    ///
    /// Examples:
    ///   stkr pool list
    ///   stkr pool list --status pending
    ///   stkr --json pool list --provider 0x70997970C51812dc3A010C7d01b50e0d17dc79C8 | jq '.pools[].id'
    #[command(verbatim_doc_comment)]
    List {
        /// Only pools in this status.
        #[arg(long, value_enum)]
        status: Option<StatusFilter>,
        /// Only pools of this provider.
        #[arg(long, value_name = "ADDR", value_parser = parse_address)]
        provider: Option<Address>,
    },
    /// Show one pool: status, provider, fill, stakers, deposit, dates, payouts and what you can do now.
    ///
    /// With --address (or --account) it also shows that account's stake in the pool.
    ///
    /// Examples:
    ///   stkr pool show 2
    ///   stkr pool show 2 --address 0x976EA74026E726554dB657fA54763abd0C3a0aa9
    ///   stkr --json pool show 1 | jq .fill_percent
    #[command(verbatim_doc_comment)]
    Show {
        /// The pool id.
        #[arg(value_parser = parse_id)]
        id: u64,
        /// Also show this account's stake [default: --account's address, if given].
        #[arg(long, value_name = "ADDR", value_parser = parse_address)]
        address: Option<Address>,
    },
    /// Add ETH of your own to your pending pool (up to 32 ETH in all).
    ///
    /// Examples:
    ///   stkr pool top-up 3 4eth --account aurora
    #[command(verbatim_doc_comment)]
    TopUp {
        /// The pool id.
        #[arg(value_parser = parse_id)]
        id: u64,
        /// The ETH to add, e.g. 4 or 0.5eth.
        #[arg(value_parser = eth_amount)]
        amount: U256,
    },
    /// Deposit a full pool's 32 ETH as your validator, from the deposit data of its key.
    ///
    /// The file is what `stkr validator new` or the ethstaker deposit CLI writes (deposit_data-*.json): a
    /// list of deposits or one. It must be made with the pool contract as withdrawal address (`stkr pool
    /// show ID` prints it), for 32 ETH, on this chain's network; stkr recomputes both roots and checks the
    /// BLS signature against the network's deposit domain, and refuses a file that does not match before
    /// anything is sent.
    ///
    /// Examples:
    ///   stkr pool activate 3 --deposit-data validator_keys/deposit_data-1700000000.json --account aurora
    #[command(verbatim_doc_comment)]
    Activate {
        /// The pool id.
        #[arg(value_parser = parse_id)]
        id: u64,
        /// The deposit data JSON file.
        #[arg(long, value_name = "FILE")]
        deposit_data: PathBuf,
        /// Which deposit of the file to use, when it holds several.
        #[arg(long, value_name = "HEX")]
        pubkey: Option<String>,
    },
    /// Cancel a pending pool: its provider at any time, anyone once its end time has passed.
    ///
    /// Stakers then take their ETH and fees back with `stkr unstake --pool ID`; the provider withdraws
    /// its ETH with `stkr claim`.
    ///
    /// Examples:
    ///   stkr pool cancel 3 --account aurora
    #[command(verbatim_doc_comment)]
    Cancel {
        /// The pool id.
        #[arg(value_parser = parse_id)]
        id: u64,
    },
    /// Settle an active pool with the ETH its validator returned (governance only).
    ///
    /// Governance sends this, so stkr checks it as governance would run it and then: sends it when
    /// --account is the governance address; with --propose, submits it as a proposal from --account (a
    /// governor); otherwise prints the call to propose (target and calldata).
    ///
    /// Examples:
    ///   stkr pool complete 1 --returned 33.2
    ///   stkr pool complete 1 --returned 33.2 --propose --account governor
    ///   stkr pool complete 1 --returned 30 --failed --slash 5000 --propose --account governor
    #[command(verbatim_doc_comment)]
    Complete {
        /// The pool id.
        #[arg(value_parser = parse_id)]
        id: u64,
        /// The ETH that came back from its validator (at most the ETH the pool contract holds for no one).
        #[arg(long, value_name = "AMOUNT", value_parser = eth_amount)]
        returned: U256,
        /// Report a failed or slashed provider instead (allowed before the end time; the loss falls on the
        /// provider's ETH first, then on the insurance pool).
        #[arg(long)]
        failed: bool,
        /// With --failed: ANKR of the provider's collateral to slash into the insurance pool.
        #[arg(long, value_name = "ANKR", requires = "failed", value_parser = ankr_amount)]
        slash: Option<U256>,
        /// Submit it as a governance proposal from --account (a governor).
        #[arg(long)]
        propose: bool,
    },
    /// Move the stakers of a stopped pending or cancelled pool into another pending pool (governance only); their aETH stays valid and their claims follow.
    ///
    /// Checked, then sent, proposed or printed exactly as `stkr pool complete` is.
    ///
    /// Examples:
    ///   stkr pool migrate 4 2
    ///   stkr pool migrate 4 2 --propose --account governor
    #[command(verbatim_doc_comment)]
    Migrate {
        /// The stopped pool.
        #[arg(value_parser = parse_id)]
        from: u64,
        /// The pending pool that takes its stakers.
        #[arg(value_parser = parse_id)]
        to: u64,
        /// Submit it as a governance proposal from --account (a governor).
        #[arg(long)]
        propose: bool,
    },
}

/// A pool status to filter by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum StatusFilter {
    /// Filling up; stakes are accepted.
    Pending,
    /// Deposited as a validator; stakes are locked.
    Active,
    /// Settled; stakers claim.
    Completed,
    /// Cancelled before activation; stakers unstake.
    Cancelled,
    /// Its stakers moved to another pool.
    Migrated,
}

impl StatusFilter {
    fn value(self) -> u8 {
        match self {
            Self::Pending => PENDING,
            Self::Active => ACTIVE,
            Self::Completed => COMPLETED,
            Self::Cancelled => CANCELLED,
            Self::Migrated => MIGRATED,
        }
    }
}

impl PoolArgs {
    /// Run the pool command.
    pub async fn run(self, ctx: &Context) -> Result<()> {
        match self.command {
            PoolCommand::Open { eth, duration } => open(ctx, eth, duration).await,
            PoolCommand::List { status, provider } => list(ctx, status, provider).await,
            PoolCommand::Show { id, address } => show(ctx, id, address).await,
            PoolCommand::TopUp { id, amount } => top_up(ctx, id, amount).await,
            PoolCommand::Activate { id, deposit_data, pubkey } => {
                activate(ctx, id, &deposit_data, pubkey.as_deref()).await
            }
            PoolCommand::Cancel { id } => cancel(ctx, id).await,
            PoolCommand::Complete { id, returned, failed, slash, propose } => {
                complete(ctx, id, returned, failed, slash, propose).await
            }
            PoolCommand::Migrate { from, to, propose } => migrate(ctx, from, to, propose).await,
        }
    }
}

// ---------------------------------------------------------------- parsing

/// A duration such as `30d`, `12h`, `90m`, `1d12h` or `3600s` (a bare number is seconds), in seconds.
pub fn parse_duration(input: &str) -> Result<u64, String> {
    let bad = || format!("invalid duration '{input}': expected a number and a unit such as 30d, 12h, 90m or 1d12h");
    let text = input.trim().to_ascii_lowercase();
    if text.is_empty() {
        return Err(bad());
    }
    if text.chars().all(|c| c.is_ascii_digit()) {
        return text.parse().map_err(|_| bad());
    }
    let (mut total, mut number) = (0u64, String::new());
    for c in text.chars() {
        if c.is_ascii_digit() {
            number.push(c);
            continue;
        }
        let unit = match c {
            'w' => 7 * 86_400,
            'd' => 86_400,
            'h' => 3_600,
            'm' => 60,
            's' => 1,
            _ => return Err(bad()),
        };
        let value: u64 = number.parse().map_err(|_| bad())?;
        total = value.checked_mul(unit).and_then(|v| total.checked_add(v)).ok_or_else(bad)?;
        number.clear();
    }
    if !number.is_empty() || total == 0 {
        return Err(bad());
    }
    Ok(total)
}

// ---------------------------------------------------------------- reading pools

/// One pool as the contract stores it, in plain numbers.
#[derive(Debug, Clone)]
pub(crate) struct PoolState {
    pub id: u64,
    pub provider: Address,
    pub end_time: u64,
    pub min_stake: U256,
    pub status: u8,
    pub failed: bool,
    pub total_staked: U256,
    pub fees_collected: U256,
    pub fixed_price: U256,
    pub provider_stake: U256,
    pub activated_at: u64,
    pub staker_payout_per_eth: U256,
    pub provider_payout: U256,
}

impl PoolState {
    pub(crate) fn new(id: u64, p: IMicroPool::Pool) -> Self {
        Self {
            id,
            provider: p.provider,
            end_time: p.endTime.to::<u64>(),
            min_stake: U256::from(p.minStakeGwei.to::<u64>()) * U256::from(1_000_000_000u64),
            status: p.status,
            failed: p.failed,
            total_staked: U256::from(p.totalStaked),
            fees_collected: U256::from(p.feesCollected),
            fixed_price: U256::from(p.fixedPrice),
            provider_stake: U256::from(p.providerStake),
            activated_at: p.activatedAt.to::<u64>(),
            staker_payout_per_eth: U256::from(p.stakerPayoutPerEth),
            provider_payout: U256::from(p.providerPayout),
        }
    }

    pub(crate) fn status_name(&self) -> &'static str {
        status_name(self.status)
    }

    pub(crate) fn room(&self) -> U256 {
        VALIDATOR_ETH.saturating_sub(self.total_staked)
    }

    /// The ANKR fee of staking `amount`, rounded up as the contract rounds it.
    pub(crate) fn fee_for(&self, amount: U256) -> U256 {
        (amount * self.fixed_price + VALIDATOR_ETH - U256::from(1)) / VALIDATOR_ETH
    }

    /// The ANKR fee of staking one ETH.
    pub(crate) fn fee_per_eth(&self) -> U256 {
        self.fee_for(U256::from(10u64).pow(U256::from(18u64)))
    }

    /// How full the pool is, in percent with two decimals.
    pub(crate) fn fill_percent(&self) -> f64 {
        let basis_points = (self.total_staked * U256::from(10_000u64) / VALIDATOR_ETH).saturating_to::<u64>();
        basis_points as f64 / 100.0
    }
}

/// A status value's name.
pub(crate) fn status_name(status: u8) -> &'static str {
    name_of(&STATUS_NAMES, status)
}

/// The number of pools and the latest block's time, in one round trip.
pub(crate) async fn pool_count_and_now(chain: &Chain, contracts: &Contracts) -> Result<(u64, u64)> {
    let results = batch::read(
        chain,
        contracts.multicall3,
        vec![
            call(contracts.micro_pool, MicroPool::poolCountCall {}),
            call(contracts.multicall3, Multicall3::getCurrentBlockTimestampCall {}),
        ],
    )
    .await?;
    let count = results[0].decode::<MicroPool::poolCountCall>()?;
    let now = results[1].decode::<Multicall3::getCurrentBlockTimestampCall>()?;
    Ok((count.saturating_to(), now.saturating_to()))
}

/// Every pool, and with `staker` that account's stake in each, in chunks of [`batch::CHUNK`] calls: 500
/// pools take a handful of round trips.
pub(crate) async fn scan_pools(
    chain: &Chain,
    contracts: &Contracts,
    count: u64,
    staker: Option<Address>,
) -> Result<Vec<(PoolState, Option<IMicroPool::Stake>)>> {
    let mut calls = Vec::new();
    for id in 1..=count {
        calls.push(call(contracts.micro_pool, MicroPool::getPoolCall { poolId: U256::from(id) }));
        if let Some(staker) = staker {
            calls.push(call(contracts.micro_pool, MicroPool::getStakeCall { poolId: U256::from(id), staker }));
        }
    }
    let results = batch::read_chunked(chain, contracts.multicall3, calls, batch::CHUNK).await?;
    let per_pool = if staker.is_some() { 2 } else { 1 };
    let mut pools = Vec::with_capacity(results.len() / per_pool);
    for (index, chunk) in results.chunks(per_pool).enumerate() {
        let id = index as u64 + 1;
        let pool = PoolState::new(id, chunk[0].decode::<MicroPool::getPoolCall>()?);
        let stake = match chunk.get(1) {
            Some(data) => Some(data.decode::<MicroPool::getStakeCall>()?),
            None => None,
        };
        pools.push((pool, stake));
    }
    Ok(pools)
}

/// The error for a pool id beyond the last pool.
pub(crate) fn no_such_pool(id: u64, count: u64) -> Error {
    let known = match count {
        0 => "there are no pools yet".to_string(),
        1 => "the only pool is 1".to_string(),
        n => format!("pools run from 1 to {n}"),
    };
    Error::InvalidInput(format!("there is no pool {id}; {known} (see `stkr pool list`)"))
}

/// Why a pool that is not pending takes no stakes, as one sentence.
pub(crate) fn not_pending(pool: &PoolState) -> String {
    let id = pool.id;
    match pool.status {
        ACTIVE => format!(
            "pool {id} is active: it takes no more stakes, and its stakes are locked until it ends on {} and governance settles it",
            utc(pool.end_time)
        ),
        COMPLETED => {
            format!("pool {id} is completed: it takes no more stakes, and its stakers claim with `stkr claim`")
        }
        CANCELLED => format!(
            "pool {id} was cancelled: it takes no more stakes, and its stakers take their ETH back with `stkr unstake --pool {id}`"
        ),
        MIGRATED => format!("pool {id} was migrated into another pool and takes no more stakes"),
        _ => format!("pool {id} is {}", pool.status_name()),
    }
}

/// A revert sentence of the pool contract, for a check made before sending.
pub(crate) fn pool_error(error: impl SolError) -> Error {
    Error::Simulation(revert::decode(&error.abi_encode()).unwrap_or_else(|| "the pool contract would refuse".into()))
}

// ---------------------------------------------------------------- list

/// One pool in a list.
#[derive(Debug, Serialize)]
pub struct PoolSummary {
    /// The pool id.
    pub id: u64,
    /// pending, active, completed, cancelled or migrated.
    pub status: &'static str,
    /// Whether it was settled as a failure.
    pub failed: bool,
    /// The provider running it.
    pub provider: Address,
    /// The provider's own ETH in it.
    pub provider_stake: AmountView,
    /// ETH in the pool (provider and stakers).
    pub total_staked: AmountView,
    /// ETH still to stake before it is full.
    pub room_left: AmountView,
    /// total_staked / 32 ETH, in percent.
    pub fill_percent: f64,
    /// When the staking period ends (unix time).
    pub end_time: u64,
    /// The same as a UTC date.
    pub end_time_utc: String,
    /// Whether the end time has passed.
    pub ended: bool,
}

impl PoolSummary {
    /// The status for people, marked when the pool was settled as a failure.
    fn status_text(&self) -> String {
        if self.failed { format!("{} (failed)", self.status) } else { self.status.to_string() }
    }

    fn new(pool: &PoolState, now: u64) -> Self {
        Self {
            id: pool.id,
            status: pool.status_name(),
            failed: pool.failed,
            provider: pool.provider,
            provider_stake: AmountView::eth(pool.provider_stake),
            total_staked: AmountView::eth(pool.total_staked),
            room_left: AmountView::eth(pool.room()),
            fill_percent: pool.fill_percent(),
            end_time: pool.end_time,
            end_time_utc: utc(pool.end_time),
            ended: now >= pool.end_time,
        }
    }
}

/// `stkr pool list`.
#[derive(Debug, Serialize)]
pub struct PoolList {
    /// The chain.
    pub chain_id: u64,
    /// The micro-pool contract.
    pub micro_pool: Address,
    /// How many pools exist.
    pub pool_count: u64,
    /// The pools shown (all, or those matching the filters).
    pub pools: Vec<PoolSummary>,
}

impl Render for PoolList {
    fn render(&self, style: &Style) -> String {
        if self.pools.is_empty() {
            return if self.pool_count == 0 {
                "no pools yet; a qualified provider opens one with `stkr pool open`".into()
            } else {
                format!("none of the {} pools match", self.pool_count)
            };
        }
        let mut lines =
            vec![style.bold(&format!("{:>4}  {:<10} {:<22} {:<42}  {}", "ID", "STATUS", "FILLED", "PROVIDER", "ENDS"))];
        for p in &self.pools {
            let filled = format!("{}/32 ETH ({:.1} %)", format_amount(parse_wei(&p.total_staked)), p.fill_percent);
            let ends = if p.ended { format!("{} (ended)", p.end_time_utc) } else { p.end_time_utc.clone() };
            lines.push(format!("{:>4}  {:<10} {:<22} {:<42}  {}", p.id, p.status_text(), filled, p.provider, ends));
        }
        lines.join("\n")
    }
}

fn parse_wei(amount: &AmountView) -> U256 {
    amount.wei.parse().unwrap_or_default()
}

async fn list(ctx: &Context, status: Option<StatusFilter>, provider: Option<Address>) -> Result<()> {
    let (chain, contracts) = ctx.reader().await?;
    let (count, now) = pool_count_and_now(&chain, &contracts).await?;
    let pools = scan_pools(&chain, &contracts, count, None).await?;
    let pools = pools
        .iter()
        .map(|(pool, _)| pool)
        .filter(|p| status.is_none_or(|s| s.value() == p.status))
        .filter(|p| provider.is_none_or(|a| a == p.provider))
        .map(|p| PoolSummary::new(p, now))
        .collect();
    ctx.out.result(&PoolList {
        chain_id: chain.chain_id,
        micro_pool: contracts.micro_pool,
        pool_count: count,
        pools,
    })?;
    Ok(())
}

// ---------------------------------------------------------------- show

/// The validator behind an active pool.
#[derive(Debug, Serialize)]
pub struct DepositView {
    /// Its BLS public key.
    pub validator_pubkey: String,
    /// The ETH deposited.
    pub amount: AmountView,
    /// When it was deposited (unix time).
    pub activated_at: u64,
    /// The same as a UTC date.
    pub activated_at_utc: String,
}

/// A settled pool's payouts.
#[derive(Debug, Serialize)]
pub struct SettlementView {
    /// ETH paid back per staked ETH (1 = the principal exactly).
    pub payout_per_eth: AmountView,
    /// The provider's share not yet claimed.
    pub provider_payout_unclaimed: AmountView,
}

/// One account's part in a pool.
#[derive(Debug, Serialize)]
pub struct AccountInPool {
    /// The account.
    pub address: Address,
    /// ETH it staked in this pool.
    pub principal: AmountView,
    /// ANKR fees it paid (refunded pro rata when unstaking before activation).
    pub fee_paid: AmountView,
    /// ETH it can claim now.
    pub claimable: AmountView,
    /// Its aETH balance (all pools).
    pub aeth_balance: AmountView,
}

/// `stkr pool show`.
#[derive(Debug, Serialize)]
pub struct PoolReport {
    /// The pool as `pool list` shows it: id, status, provider, fill and end time.
    #[serde(flatten)]
    pub summary: PoolSummary,
    /// The smallest stake (a stake that fills the pool exactly may be smaller).
    pub min_stake: AmountView,
    /// The fixed price FP in ANKR for 32 ETH, fixed when the pool opened.
    pub fixed_price: AmountView,
    /// The ANKR fee per staked ETH (FP / 32).
    pub fee_per_eth: AmountView,
    /// ANKR fees held until activation.
    pub fees_collected: AmountView,
    /// Stakers with ETH in the pool now (from the pool's stake events), when the node serves logs.
    pub stakers: Option<u64>,
    /// The withdrawal credentials every pool validator must use: 0x01 and the pool contract.
    pub withdrawal_credentials: B256,
    /// The withdrawal (execution) address to make deposit data with: the pool contract.
    pub withdrawal_address: Address,
    /// The validator, once activated.
    pub deposit: Option<DepositView>,
    /// Where its stakers went, when migrated.
    pub migrated_to: Option<u64>,
    /// Payouts, once settled.
    pub settlement: Option<SettlementView>,
    /// The account asked about.
    pub account: Option<AccountInPool>,
    /// What stakers (and the provider) can do now.
    pub actions: Vec<String>,
}

impl Render for PoolReport {
    fn render(&self, style: &Style) -> String {
        let summary = &self.summary;
        let mut lines: Vec<(&str, String)> = vec![
            ("status", summary.status_text()),
            ("provider", format!("{} ({} of its own)", summary.provider, summary.provider_stake)),
            (
                "filled",
                format!(
                    "{} of 32 ETH ({:.2} %), {} of room left",
                    summary.total_staked, summary.fill_percent, summary.room_left
                ),
            ),
            (
                "stakers",
                self.stakers.map(|n| n.to_string()).unwrap_or_else(|| "unknown (the node serves no logs)".into()),
            ),
            ("min stake", self.min_stake.to_string()),
            ("fee", format!("{} per ETH (FP {} per 32 ETH)", self.fee_per_eth, self.fixed_price)),
            ("ends", format!("{}{}", summary.end_time_utc, if summary.ended { " (passed)" } else { "" })),
        ];
        if self.fees_collected.wei != "0" {
            lines.push(("fees held", self.fees_collected.to_string()));
        }
        match &self.deposit {
            Some(d) => {
                lines.push(("validator", d.validator_pubkey.clone()));
                lines.push(("deposited", format!("{} on {}", d.amount, d.activated_at_utc)));
            }
            None => lines.push((
                "deposit data",
                format!("withdrawal address {} (credentials {})", self.withdrawal_address, self.withdrawal_credentials),
            )),
        }
        if let Some(to) = self.migrated_to {
            lines.push(("migrated to", format!("pool {to}")));
        }
        if let Some(s) = &self.settlement {
            lines.push(("payout", format!("{} per staked ETH", s.payout_per_eth)));
            lines.push(("provider share", format!("{} unclaimed", s.provider_payout_unclaimed)));
        }
        if let Some(a) = &self.account {
            lines.push(("account", a.address.to_string()));
            lines.push(("  staked", format!("{} (fee paid {})", a.principal, a.fee_paid)));
            lines.push(("  claimable", a.claimable.to_string()));
            lines.push(("  aETH", a.aeth_balance.to_string()));
        }
        let mut text = format!("{}\n{}", style.bold(&format!("Pool {}", summary.id)), rows(style, &lines));
        if !self.actions.is_empty() {
            text.push_str(&format!("\n{}", style.bold("Now")));
            for action in &self.actions {
                text.push_str(&format!("\n  - {action}"));
            }
        }
        text
    }
}

/// What stakers and the provider can do with `pool` at time `now`.
fn actions(pool: &PoolState, now: u64, migrated_to: Option<u64>, account: Option<&AccountInPool>) -> Vec<String> {
    let id = pool.id;
    let fee = pool.fee_per_eth();
    let mut out = Vec::new();
    match pool.status {
        PENDING if now < pool.end_time && !pool.room().is_zero() => {
            let smallest = pool.min_stake.min(pool.room());
            out.push(format!(
                "stake {} to {} ETH (or exactly {} ETH to fill it) for aETH 1:1, paying {} ANKR per ETH: `stkr stake --pool {id} AMOUNT`",
                format_amount(smallest),
                format_amount(pool.room()),
                format_amount(pool.room()),
                format_amount(fee)
            ));
            out.push(format!(
                "stakers may take their ETH and fees back until it activates: `stkr unstake --pool {id}`"
            ));
        }
        PENDING if now < pool.end_time => {
            out.push(format!(
                "the pool is full: its provider activates it with `stkr pool activate {id} --deposit-data FILE` before {}",
                utc(pool.end_time)
            ));
            out.push(format!("stakers may still take their ETH and fees back until then: `stkr unstake --pool {id}`"));
        }
        PENDING => {
            out.push(format!("its end time has passed unactivated: anyone may cancel it with `stkr pool cancel {id}`"));
            out.push(format!("stakers take their ETH and fees back: `stkr unstake --pool {id}`"));
        }
        ACTIVE => {
            let settle = if now >= pool.end_time {
                "its end time has passed; governance settles it with `stkr pool complete`".to_string()
            } else {
                format!("governance settles it after {}", utc(pool.end_time))
            };
            out.push(format!(
                "stakes are locked while the validator runs: {settle}; aETH stays transferable meanwhile"
            ));
        }
        COMPLETED => {
            out.push(format!(
                "stakers claim {} ETH per staked ETH (their aETH is burned): `stkr claim`",
                format_amount(pool.staker_payout_per_eth)
            ));
            if !pool.provider_payout.is_zero() {
                out.push(format!("the provider claims its {} ETH: `stkr claim`", format_amount(pool.provider_payout)));
            }
        }
        CANCELLED => {
            out.push(format!("stakers take their ETH and fees back: `stkr unstake --pool {id}`"));
            out.push("the provider withdraws its ETH: `stkr claim`".into());
        }
        MIGRATED => {
            let to = migrated_to.map(|t| format!("pool {t}")).unwrap_or_else(|| "another pool".into());
            out.push(format!(
                "its stakers now belong to {to}: they unstake or claim under this pool's id (`stkr unstake --pool {id}`, `stkr claim`)"
            ));
        }
        _ => {}
    }
    if let Some(a) = account
        && a.principal.wei != "0"
    {
        out.push(format!("{} has {} staked here", a.address, a.principal));
    }
    out
}

async fn show(ctx: &Context, id: u64, address: Option<Address>) -> Result<()> {
    let account = match address {
        Some(a) => Some(a),
        None if ctx.account.is_some() => Some(ctx.account_address()?),
        None => None,
    };
    let chain = ctx.chain().await?;
    let deployment = ctx.deployment(&chain).await?;
    let contracts = &deployment.contracts;
    let micro = contracts.micro_pool;
    let pool_id = U256::from(id);
    let mut calls = vec![
        call(micro, MicroPool::validatorPubkeyCall { poolId: pool_id }),
        call(micro, MicroPool::withdrawalCredentialsCall {}),
        call(micro, MicroPool::resolvedPoolCall { poolId: pool_id }),
    ];
    if let Some(account) = account {
        calls.push(call(micro, MicroPool::getStakeCall { poolId: pool_id, staker: account }));
        calls.push(call(micro, MicroPool::claimableCall { poolId: pool_id, staker: account }));
        calls.push(call(contracts.aeth, AETH::balanceOfCall { account }));
    }
    let (pool, now, results) = read_pool_with(&chain, contracts, id, calls).await?;
    let pubkey = results[0].decode::<MicroPool::validatorPubkeyCall>()?;
    let credentials = results[1].decode::<MicroPool::withdrawalCredentialsCall>()?;
    let resolved = results[2].decode::<MicroPool::resolvedPoolCall>()?.saturating_to::<u64>();
    let account_view = match account {
        Some(address) => {
            let stake = results[3].decode::<MicroPool::getStakeCall>()?;
            let claimable = results[4].decode::<MicroPool::claimableCall>()?;
            let aeth = results[5].decode::<AETH::balanceOfCall>()?;
            Some(AccountInPool {
                address,
                principal: AmountView::eth(U256::from(stake.principal)),
                fee_paid: AmountView::ankr(U256::from(stake.feePaid)),
                claimable: AmountView::eth(claimable),
                aeth_balance: AmountView::of(aeth, "aETH"),
            })
        }
        None => None,
    };
    let stakers = match count_stakers(&chain, contracts, deployment.deploy_block, id).await {
        Ok(n) => Some(n),
        Err(e) => {
            ctx.out.warn(format!("could not count the stakers from the pool's events: {e}"));
            None
        }
    };
    let migrated_to = (pool.status == MIGRATED).then_some(resolved);
    let report = PoolReport {
        summary: PoolSummary::new(&pool, now),
        min_stake: AmountView::eth(pool.min_stake),
        fixed_price: AmountView::ankr(pool.fixed_price),
        fee_per_eth: AmountView::ankr(pool.fee_per_eth()),
        fees_collected: AmountView::ankr(pool.fees_collected),
        stakers,
        withdrawal_credentials: credentials,
        withdrawal_address: micro,
        deposit: (pool.activated_at != 0).then(|| DepositView {
            validator_pubkey: pubkey.to_string(),
            amount: AmountView::eth(VALIDATOR_ETH),
            activated_at: pool.activated_at,
            activated_at_utc: utc(pool.activated_at),
        }),
        migrated_to,
        settlement: (pool.status == COMPLETED).then(|| SettlementView {
            payout_per_eth: AmountView::eth(pool.staker_payout_per_eth),
            provider_payout_unclaimed: AmountView::eth(pool.provider_payout),
        }),
        actions: actions(&pool, now, migrated_to, account_view.as_ref()),
        account: account_view,
    };
    ctx.out.result(&report)?;
    Ok(())
}

/// Stakers with ETH in pool `id` now: everyone who staked in it or in a pool migrated into it, whose stake
/// is still there. Two log queries and one batched read.
async fn count_stakers(chain: &Chain, contracts: &Contracts, from_block: u64, id: u64) -> Result<u64> {
    let provider = &chain.provider;
    let migrated_in = Filter::new()
        .address(contracts.micro_pool)
        .event_signature(MicroPool::PoolMigrated::SIGNATURE_HASH)
        .topic2(U256::from(id))
        .from_block(from_block);
    let sources: Vec<U256> = provider
        .get_logs(&migrated_in)
        .await
        .map_err(|e| stkr_core::chain::transport_error(&chain.url, &e))?
        .iter()
        .filter_map(|log| log.log_decode::<MicroPool::PoolMigrated>().ok())
        .map(|log| log.inner.data.from)
        .chain(std::iter::once(U256::from(id)))
        .collect();
    let staked = Filter::new()
        .address(contracts.micro_pool)
        .event_signature(MicroPool::Staked::SIGNATURE_HASH)
        .topic1(sources.iter().map(|s| B256::from(*s)).collect::<Vec<_>>())
        .from_block(from_block);
    let mut pairs: Vec<(U256, Address)> = provider
        .get_logs(&staked)
        .await
        .map_err(|e| stkr_core::chain::transport_error(&chain.url, &e))?
        .iter()
        .filter_map(|log| log.log_decode::<MicroPool::Staked>().ok())
        .map(|log| (log.inner.data.poolId, log.inner.data.staker))
        .collect();
    pairs.sort();
    pairs.dedup();
    let calls = pairs
        .iter()
        .map(|&(pool, staker)| call(contracts.micro_pool, MicroPool::getStakeCall { poolId: pool, staker }))
        .collect();
    let results = batch::read_chunked(chain, contracts.multicall3, calls, batch::CHUNK).await?;
    let mut stakers: Vec<Address> = Vec::new();
    for (data, (_, staker)) in results.iter().zip(&pairs) {
        if !data.decode::<MicroPool::getStakeCall>()?.principal.is_zero() {
            stakers.push(*staker);
        }
    }
    stakers.sort();
    stakers.dedup();
    Ok(stakers.len() as u64)
}

// ---------------------------------------------------------------- provider actions

/// A transaction a provider or governance sent, and what it changed.
#[derive(Debug, Serialize)]
pub struct PoolTxReport {
    /// open, top-up, activate, cancel, complete or migrate.
    pub action: &'static str,
    /// The pool.
    pub pool_id: u64,
    /// What changed, as (name, value) pairs for people.
    #[serde(skip)]
    pub lines: Vec<(&'static str, String)>,
    /// The pool's status afterwards.
    pub status: &'static str,
    /// ETH in the pool afterwards.
    pub total_staked: AmountView,
    /// The provider's own ETH added (open, top-up), or refunded (cancel).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub provider_eth: Option<AmountView>,
    /// When the staking period ends (unix time).
    pub end_time: u64,
    /// The same as a UTC date.
    pub end_time_utc: String,
    /// Activation: the validator's public key.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub validator_pubkey: Option<String>,
    /// Activation: ANKR fees sent to the reward pool.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fees_to_reward_pool: Option<AmountView>,
    /// Activation: ANKR fees paid to the provider.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fees_to_provider: Option<AmountView>,
    /// The transaction.
    pub transaction: B256,
}

impl Render for PoolTxReport {
    fn render(&self, style: &Style) -> String {
        let mut lines = self.lines.clone();
        lines.push(("status", self.status.to_string()));
        lines.push(("filled", format!("{} of 32 ETH", self.total_staked)));
        lines.push(("ends", self.end_time_utc.clone()));
        lines.push(("transaction", self.transaction.to_string()));
        rows(style, &lines)
    }
}

/// Read one pool, refusing an id beyond the last as bad input.
pub(crate) async fn read_pool(chain: &Chain, contracts: &Contracts, id: u64) -> Result<(PoolState, u64)> {
    let (pool, now, _) = read_pool_with(chain, contracts, id, Vec::new()).await?;
    Ok((pool, now))
}

/// Read pool `id` and the chain's time with the `extra` calls in the same round trip, refusing an id
/// beyond the last as bad input. The answers to `extra` come back in their order.
pub(crate) async fn read_pool_with(
    chain: &Chain,
    contracts: &Contracts,
    id: u64,
    extra: Vec<(Address, Bytes)>,
) -> Result<(PoolState, u64, Vec<Answer>)> {
    let mut calls = vec![
        call(contracts.micro_pool, MicroPool::poolCountCall {}),
        call(contracts.multicall3, Multicall3::getCurrentBlockTimestampCall {}),
        call(contracts.micro_pool, MicroPool::getPoolCall { poolId: U256::from(id) }),
    ];
    calls.extend(extra);
    let mut results = batch::read(chain, contracts.multicall3, calls).await?;
    let count = results[0].decode::<MicroPool::poolCountCall>()?.saturating_to::<u64>();
    if id > count {
        return Err(no_such_pool(id, count).into());
    }
    let now = results[1].decode::<Multicall3::getCurrentBlockTimestampCall>()?.saturating_to::<u64>();
    let pool = PoolState::new(id, results[2].decode::<MicroPool::getPoolCall>()?);
    Ok((pool, now, results.split_off(3)))
}

/// The pool as it stands after a transaction.
async fn report_after(
    chain: &Chain,
    contracts: &Contracts,
    action: &'static str,
    id: u64,
    receipt: &TransactionReceipt,
) -> Result<PoolTxReport> {
    let (pool, _) = read_pool(chain, contracts, id).await?;
    Ok(PoolTxReport {
        action,
        pool_id: id,
        lines: Vec::new(),
        status: pool.status_name(),
        total_staked: AmountView::eth(pool.total_staked),
        provider_eth: None,
        end_time: pool.end_time,
        end_time_utc: utc(pool.end_time),
        validator_pubkey: None,
        fees_to_reward_pool: None,
        fees_to_provider: None,
        transaction: receipt.transaction_hash,
    })
}

async fn open(ctx: &Context, eth: Option<U256>, duration: u64) -> Result<()> {
    let session = ctx.session().await?;
    let (chain, contracts, from) = (&session.chain, &session.contracts, session.from);
    let key = |name: &str| index_of(name).map(|i| i as u8).unwrap_or_default();
    let results = batch::read(
        chain,
        contracts.multicall3,
        vec![
            call(contracts.provider_registry, ProviderRegistry::kOfCall { provider: from }),
            call(contracts.multicall3, Multicall3::getCurrentBlockTimestampCall {}),
            call(contracts.parameters, Parameters::getCall { key: key("node-fixed-price") }),
        ],
    )
    .await?;
    let k = results[0].decode::<ProviderRegistry::kOfCall>()?;
    let now = results[1].decode::<Multicall3::getCurrentBlockTimestampCall>()?.saturating_to::<u64>();
    let fixed_price = results[2].decode::<Parameters::getCall>()?;
    let amount = eth.unwrap_or(k);
    let end_time = now.saturating_add(duration);
    ctx.out.status(format!(
        "Opening a pool with {} ETH of your own (your k is {} ETH), taking stakes for {} until {}; stakers pay {} ANKR per 32 ETH.",
        format_amount(amount),
        format_amount(k),
        display_duration(duration),
        utc(end_time),
        format_amount(fixed_price)
    ));
    let tx = ctx.transactor(chain, from);
    let end = alloy::primitives::Uint::<40, 1>::saturating_from(end_time);
    let label = format!("open a pool with {} ETH", format_amount(amount));
    let Some(receipt) = tx
        .send(label, request(contracts.micro_pool, MicroPool::openPoolCall { endTime: end }).with_value(amount))
        .await?
    else {
        return Ok(());
    };
    let opened = event::<MicroPool::PoolOpened>(&receipt, contracts.micro_pool)?;
    let id = opened.poolId.saturating_to::<u64>();
    let mut report = report_after(chain, contracts, "open", id, &receipt).await?;
    report.provider_eth = Some(AmountView::eth(opened.providerStake));
    report.lines = vec![
        ("opened", format!("pool {id}")),
        ("your ETH", format!("{} ETH (k {} ETH)", format_amount(opened.providerStake), format_amount(opened.k))),
        ("fixed price", format!("{} ANKR per 32 ETH", format_amount(opened.fixedPrice))),
    ];
    ctx.out.result(&report)?;
    Ok(())
}

async fn top_up(ctx: &Context, id: u64, amount: U256) -> Result<()> {
    if amount.is_zero() {
        return Err(Error::InvalidInput("the amount must be more than zero".into()).into());
    }
    let session = ctx.session().await?;
    let (chain, contracts, from) = (&session.chain, &session.contracts, session.from);
    let (pool, _) = read_pool(chain, contracts, id).await?;
    if pool.status != PENDING {
        return Err(Error::Simulation(not_pending(&pool)).into());
    }
    let tx = ctx.transactor(chain, from);
    let label = format!("add {} ETH to pool {id}", format_amount(amount));
    let call = MicroPool::addProviderStakeCall { poolId: U256::from(id) };
    let Some(receipt) = tx.send(label, request(contracts.micro_pool, call).with_value(amount)).await? else {
        return Ok(());
    };
    let added = event::<MicroPool::ProviderStakeAdded>(&receipt, contracts.micro_pool)?;
    let mut report = report_after(chain, contracts, "top-up", id, &receipt).await?;
    report.provider_eth = Some(AmountView::eth(added.amount));
    report.lines = vec![("added", format!("{} ETH to pool {id}", format_amount(added.amount)))];
    ctx.out.result(&report)?;
    Ok(())
}

async fn cancel(ctx: &Context, id: u64) -> Result<()> {
    let session = ctx.session().await?;
    let (chain, contracts, from) = (&session.chain, &session.contracts, session.from);
    let (pool, _) = read_pool(chain, contracts, id).await?;
    if pool.status != PENDING {
        return Err(Error::Simulation(format!(
            "only a pending pool can be cancelled, and pool {id} is {}",
            pool.status_name()
        ))
        .into());
    }
    let tx = ctx.transactor(chain, from);
    let Some(receipt) = tx
        .send(
            format!("cancel pool {id}"),
            request(contracts.micro_pool, MicroPool::cancelCall { poolId: U256::from(id) }),
        )
        .await?
    else {
        return Ok(());
    };
    let cancelled = event::<MicroPool::PoolCancelled>(&receipt, contracts.micro_pool)?;
    let mut report = report_after(chain, contracts, "cancel", id, &receipt).await?;
    report.provider_eth = Some(AmountView::eth(cancelled.providerRefund));
    report.lines = vec![
        ("cancelled", format!("pool {id}")),
        (
            "provider refund",
            format!("{} ETH, withdrawn by the provider with `stkr claim`", format_amount(cancelled.providerRefund)),
        ),
        ("stakers", format!("take their ETH and fees back with `stkr unstake --pool {id}`")),
    ];
    ctx.out.result(&report)?;
    Ok(())
}

// ---------------------------------------------------------------- activation

/// One deposit of a deposit data file, decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DepositEntry {
    /// The validator's BLS public key.
    pub pubkey: [u8; 48],
    /// Where the validator's ETH goes when it exits.
    pub withdrawal_credentials: B256,
    /// The deposit in gwei.
    pub amount_gwei: u64,
    /// The BLS signature of the deposit message.
    pub signature: [u8; 96],
    /// The root the signature signs.
    pub deposit_message_root: B256,
    /// The root the deposit contract checks.
    pub deposit_data_root: B256,
    /// The network's genesis fork version, when given.
    pub fork_version: Option<[u8; 4]>,
    /// The network's name, when given.
    pub network_name: Option<String>,
}

fn hex_field<const N: usize>(entry: &serde_json::Value, field: &str, file: &str) -> Result<[u8; N], Error> {
    let text = entry.get(field).ok_or_else(|| {
        Error::InvalidInput(format!(
            "the deposit data in {file} has no '{field}'; use the deposit_data JSON the deposit CLI wrote"
        ))
    })?;
    let text = text
        .as_str()
        .ok_or_else(|| Error::InvalidInput(format!("'{field}' in the deposit data in {file} must be a hex string")))?;
    let digits = text.strip_prefix("0x").unwrap_or(text);
    let bytes = alloy::hex::decode(digits)
        .map_err(|_| Error::InvalidInput(format!("'{field}' in the deposit data in {file} is not valid hex")))?;
    let found = bytes.len();
    bytes.try_into().map_err(|_| {
        Error::InvalidInput(format!("'{field}' in the deposit data in {file} must be {N} bytes, not {found}"))
    })
}

/// The deposit of a deposit data file (`text`, from `file`): a list of deposits or one, with `pubkey`
/// choosing among several.
pub fn parse_deposit_data(text: &str, file: &str, pubkey: Option<&str>) -> Result<DepositEntry, Error> {
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| {
        Error::InvalidInput(format!("{file} is not valid JSON ({e}); pass the deposit_data JSON the deposit CLI wrote"))
    })?;
    let entries = match value {
        serde_json::Value::Array(entries) => entries,
        entry @ serde_json::Value::Object(_) => vec![entry],
        _ => {
            return Err(Error::InvalidInput(format!(
                "{file} holds neither a deposit nor a list of deposits; pass the deposit_data JSON the deposit CLI wrote"
            )));
        }
    };
    let mut parsed = Vec::new();
    for entry in &entries {
        if !entry.is_object() {
            return Err(Error::InvalidInput(format!("{file} lists something other than deposits")));
        }
        let amount_gwei =
            entry.get("amount").and_then(|a| a.as_u64().or_else(|| a.as_str()?.parse().ok())).ok_or_else(|| {
                Error::InvalidInput(format!(
                    "the deposit data in {file} needs an 'amount' in gwei, such as 32000000000"
                ))
            })?;
        let fork_version = match entry.get("fork_version") {
            Some(_) => Some(hex_field::<4>(entry, "fork_version", file)?),
            None => None,
        };
        parsed.push(DepositEntry {
            pubkey: hex_field::<48>(entry, "pubkey", file)?,
            withdrawal_credentials: B256::from(hex_field::<32>(entry, "withdrawal_credentials", file)?),
            amount_gwei,
            signature: hex_field::<96>(entry, "signature", file)?,
            deposit_message_root: B256::from(hex_field::<32>(entry, "deposit_message_root", file)?),
            deposit_data_root: B256::from(hex_field::<32>(entry, "deposit_data_root", file)?),
            fork_version,
            network_name: entry.get("network_name").and_then(|n| n.as_str()).map(str::to_string),
        });
    }
    match (parsed.len(), pubkey) {
        (0, _) => Err(Error::InvalidInput(format!("{file} holds no deposits"))),
        (1, None) => Ok(parsed.remove(0)),
        (n, None) => Err(Error::InvalidInput(format!(
            "{file} holds {n} deposits; choose the validator with --pubkey (one pool takes one validator)"
        ))),
        (_, Some(wanted)) => {
            let wanted = wanted.trim().trim_start_matches("0x").to_ascii_lowercase();
            parsed
                .into_iter()
                .find(|d| alloy::hex::encode(d.pubkey) == wanted)
                .ok_or_else(|| Error::InvalidInput(format!("{file} holds no deposit for the pubkey 0x{wanted}")))
        }
    }
}

/// The genesis fork version and deposit CLI name of the public networks.
fn network_fork(network: Network) -> Option<(&'static str, [u8; 4])> {
    match network {
        Network::Mainnet => Some(("mainnet", [0, 0, 0, 0])),
        Network::Holesky => Some(("holesky", [0x01, 0x01, 0x70, 0x00])),
        Network::Sepolia => Some(("sepolia", [0x90, 0x00, 0x00, 0x69])),
        Network::Devnet => None,
    }
}

/// Refuse a deposit that could not serve `micro_pool`'s pool on `network`: wrong withdrawal credentials,
/// amount or network, or roots that do not match the deposit.
pub fn check_deposit(
    entry: &DepositEntry,
    micro_pool: Address,
    network: Option<Network>,
    file: &str,
) -> Result<(), Error> {
    let expected = beacon::withdrawal_credentials(micro_pool);
    if entry.withdrawal_credentials != expected {
        let credentials = entry.withdrawal_credentials;
        let points_at = match credentials[0] {
            0x00 => "are BLS (0x00) credentials".to_string(),
            0x01 | 0x02 => format!("pay out to {}", Address::from_slice(&credentials[12..])),
            other => format!("have the unknown prefix 0x{other:02x}"),
        };
        return Err(Error::InvalidInput(format!(
            "the withdrawal credentials in {file} {points_at}, not to the pool contract {micro_pool}, so the 32 ETH could never come back to the stakers; make the deposit data with {micro_pool} as withdrawal (execution) address"
        )));
    }
    if entry.amount_gwei != DEPOSIT_GWEI {
        return Err(Error::InvalidInput(format!(
            "the deposit in {file} is for {} ETH, but a pool deposits exactly 32 ETH",
            format_amount(U256::from(entry.amount_gwei) * U256::from(1_000_000_000u64))
        )));
    }
    if let Some((name, fork)) = network.and_then(network_fork) {
        let wrong_name = entry.network_name.as_deref().is_some_and(|n| !n.eq_ignore_ascii_case(name));
        let wrong_fork = entry.fork_version.is_some_and(|f| f != fork);
        if wrong_name || wrong_fork {
            let made_for = entry
                .network_name
                .clone()
                .or_else(|| entry.fork_version.map(|f| format!("fork version 0x{}", alloy::hex::encode(f))))
                .unwrap_or_default();
            return Err(Error::InvalidInput(format!("the deposit data in {file} was made for {made_for}, not {name}")));
        }
    }
    let message_root = beacon::deposit_message_root(&entry.pubkey, entry.withdrawal_credentials, entry.amount_gwei);
    if message_root != entry.deposit_message_root {
        return Err(Error::InvalidInput(format!(
            "the deposit_message_root in {file} does not match its pubkey, withdrawal credentials and amount (they give {message_root}); the file is corrupt or was edited"
        )));
    }
    let data_root =
        beacon::deposit_data_root(&entry.pubkey, entry.withdrawal_credentials, entry.amount_gwei, &entry.signature);
    if data_root != entry.deposit_data_root {
        return Err(Error::InvalidInput(format!(
            "the deposit_data_root in {file} does not match its pubkey, withdrawal credentials, amount and signature (they give {data_root}); the file is corrupt or was edited"
        )));
    }
    // The beacon chain checks the signature against the deposit domain of its genesis fork version, and a
    // deposit that fails it is never credited: the pool's 32 ETH would be lost for good.
    let (chain_name, fork) = match network {
        Some(network) => network_fork(network).unwrap_or(("devnet", BeaconChain::Devnet.genesis_fork_version())),
        None => ("the file's chain", entry.fork_version.unwrap_or(BeaconChain::Mainnet.genesis_fork_version())),
    };
    if !beacon::deposit_signature_verifies(
        &entry.pubkey,
        entry.withdrawal_credentials,
        entry.amount_gwei,
        &entry.signature,
        fork,
    ) {
        return Err(Error::InvalidInput(format!(
            "the BLS signature in {file} does not verify under its pubkey for the deposit domain of {chain_name} (fork version 0x{}), so the beacon chain would never credit the 32 ETH; make the deposit data with the validator's key (`stkr validator new`)",
            alloy::hex::encode(fork)
        )));
    }
    Ok(())
}

async fn activate(ctx: &Context, id: u64, file: &Path, pubkey: Option<&str>) -> Result<()> {
    let name = file.display().to_string();
    let text = std::fs::read_to_string(file)
        .map_err(|e| Error::InvalidInput(format!("cannot read the deposit data file {name}: {e}")))?;
    let entry = parse_deposit_data(&text, &name, pubkey)?;
    // Check the file against this deployment before asking for a passphrase.
    let (reader, contracts) = ctx.reader().await?;
    check_deposit(&entry, contracts.micro_pool, reader.network, &name)?;
    let session = ctx.session().await?;
    let (chain, from) = (&session.chain, session.from);
    let (pool, now) = read_pool(chain, &contracts, id).await?;
    if pool.status != PENDING {
        return Err(Error::Simulation(format!(
            "only a pending pool can be activated, and pool {id} is {}",
            pool.status_name()
        ))
        .into());
    }
    if from != pool.provider {
        return Err(pool_error(MicroPool::PoolNotProvider { poolId: U256::from(id), caller: from }).into());
    }
    if pool.total_staked != VALIDATOR_ETH {
        return Err(
            pool_error(MicroPool::PoolNotFull { poolId: U256::from(id), totalStaked: pool.total_staked }).into()
        );
    }
    if now >= pool.end_time {
        return Err(
            pool_error(MicroPool::PoolEnded { poolId: U256::from(id), endTime: U256::from(pool.end_time) }).into()
        );
    }
    ctx.out.status(format!(
        "Depositing pool {id}'s 32 ETH as validator 0x{} (withdrawal credentials {}); the {} ANKR of fees held are paid out.",
        alloy::hex::encode(entry.pubkey),
        entry.withdrawal_credentials,
        format_amount(pool.fees_collected)
    ));
    let tx = ctx.transactor(chain, from);
    let call = MicroPool::activateCall {
        poolId: U256::from(id),
        pubkey: entry.pubkey.to_vec().into(),
        signature: entry.signature.to_vec().into(),
        depositDataRoot: entry.deposit_data_root,
    };
    let Some(receipt) = tx.send(format!("activate pool {id}"), request(contracts.micro_pool, call)).await? else {
        return Ok(());
    };
    let activated = event::<MicroPool::PoolActivated>(&receipt, contracts.micro_pool)?;
    let mut report = report_after(chain, &contracts, "activate", id, &receipt).await?;
    report.validator_pubkey = Some(activated.pubkey.to_string());
    report.fees_to_reward_pool = Some(AmountView::ankr(activated.feesToRewardPool));
    report.fees_to_provider = Some(AmountView::ankr(activated.feesToProvider));
    report.lines = vec![
        ("activated", format!("pool {id}: 32 ETH deposited")),
        ("validator", activated.pubkey.to_string()),
        ("withdrawal", activated.withdrawalCredentials.to_string()),
        (
            "fees",
            format!(
                "{} ANKR to you, {} ANKR to the reward pool",
                format_amount(activated.feesToProvider),
                format_amount(activated.feesToRewardPool)
            ),
        ),
    ];
    ctx.out.result(&report)?;
    Ok(())
}

// ---------------------------------------------------------------- governance-only calls

/// A governance-only call: sent, proposed, or printed for governance to propose.
#[derive(Debug, Serialize)]
pub struct GovernanceCallReport {
    /// What it does.
    pub action: String,
    /// Always true: only governance may send it.
    pub governance_only: bool,
    /// The governance address (the Governance contract, or an account).
    pub governance: Address,
    /// The contract to call.
    pub target: Address,
    /// The calldata.
    pub calldata: Bytes,
    /// sent, proposed or printed.
    pub outcome: &'static str,
    /// The proposal id, when proposed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub proposal_id: Option<u64>,
    /// When its voting closes (unix time), when proposed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub voting_ends: Option<u64>,
    /// The transaction, when sent or proposed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub transaction: Option<B256>,
    /// What to do next.
    pub next: String,
}

impl Render for GovernanceCallReport {
    fn render(&self, style: &Style) -> String {
        let mut lines: Vec<(&str, String)> = vec![
            ("action", self.action.clone()),
            ("governance", self.governance.to_string()),
            ("target", self.target.to_string()),
            ("calldata", self.calldata.to_string()),
        ];
        if let Some(id) = self.proposal_id {
            lines.push(("proposal", id.to_string()));
        }
        if let Some(end) = self.voting_ends {
            lines.push(("voting ends", utc(end)));
        }
        if let Some(hash) = self.transaction {
            lines.push(("transaction", hash.to_string()));
        }
        lines.push(("next", self.next.clone()));
        rows(style, &lines)
    }
}

/// Check a governance-only call as governance would run it, then send it (when --account is the
/// governance address), propose it (--propose, from a governor) or print it for a proposal.
async fn governance_call(
    ctx: &Context,
    action: String,
    calldata: Vec<u8>,
    command: String,
    propose: bool,
) -> Result<()> {
    let (chain, contracts) = ctx.reader().await?;
    let governance = Parameters::new(contracts.parameters, &chain.provider)
        .governance()
        .call()
        .await
        .map_err(|e| eyre!("reading the governance address: {e}"))?;
    let target = contracts.micro_pool;
    let simulated = TransactionRequest::default().with_from(governance).with_to(target).with_input(calldata.clone());
    if let Some(reason) = revert_reason(&chain, simulated).await? {
        return Err(Error::Simulation(format!("{reason} (checked as governance would run it)")).into());
    }
    let is_contract = contracts.governance == Some(governance);
    let account = match &ctx.account {
        Some(_) => Some(ctx.account_address()?),
        None => None,
    };
    let mut report = GovernanceCallReport {
        action: action.clone(),
        governance_only: true,
        governance,
        target,
        calldata: calldata.clone().into(),
        outcome: "printed",
        proposal_id: None,
        voting_ends: None,
        transaction: None,
        next: String::new(),
    };
    if account == Some(governance) {
        let session = ctx.session().await?;
        let tx = ctx.transactor(&session.chain, session.from);
        let request = TransactionRequest::default().with_to(target).with_input(calldata);
        let Some(receipt) = tx.send(action, request).await? else { return Ok(()) };
        report.outcome = "sent";
        report.transaction = Some(receipt.transaction_hash);
        report.next = "done".into();
        ctx.out.result(&report)?;
        return Ok(());
    }
    if propose {
        if !is_contract {
            return Err(Error::InvalidInput(format!(
                "governance is the account {governance}, not a Governance contract, so there is nothing to propose to: send it from that account"
            ))
            .into());
        }
        let session = ctx.session().await?;
        let tx = ctx.transactor(&session.chain, session.from);
        let call = Governance::proposeCall { target, data: calldata.into(), description: action.clone() };
        let request = request(governance, call);
        let Some(receipt) = tx.send(format!("propose: {action}"), request).await? else { return Ok(()) };
        let created = event::<Governance::ProposalCreated>(&receipt, governance)?;
        report.outcome = "proposed";
        report.proposal_id = Some(created.id.saturating_to());
        report.voting_ends = Some(created.end.saturating_to());
        report.transaction = Some(receipt.transaction_hash);
        report.next = format!(
            "governors vote on proposal {}; once voting closes on {} and it passed, anyone executes it",
            created.id,
            utc(created.end.saturating_to())
        );
        ctx.out.result(&report)?;
        return Ok(());
    }
    ctx.out.status(format!(
        "Only governance ({governance}) may {action}. It checks out as governance would run it; nothing was sent."
    ));
    report.next = if is_contract {
        format!(
            "a governor proposes it with `stkr {command} --propose --account NAME`, or proposes this target and calldata"
        )
    } else {
        format!(
            "send it from the governance account {governance} with `stkr {command} --account NAME` (add --unsigned for a multisig)"
        )
    };
    ctx.out.result(&report)?;
    Ok(())
}

async fn complete(
    ctx: &Context,
    id: u64,
    returned: U256,
    failed: bool,
    slash: Option<U256>,
    propose: bool,
) -> Result<()> {
    let (chain, contracts) = ctx.reader().await?;
    // An unknown pool is a typo, not a refusal.
    read_pool(&chain, &contracts, id).await?;
    let pool_id = U256::from(id);
    let returned_text = format_amount(returned);
    let (action, calldata, command) = if failed {
        let slash = slash.unwrap_or_default();
        (
            format!(
                "settle pool {id} as failed with {returned_text} ETH returned, slashing {} ANKR of its provider's collateral",
                format_amount(slash)
            ),
            MicroPool::reportFailureCall { poolId: pool_id, returned, ankrSlash: slash }.abi_encode(),
            format!("pool complete {id} --returned {returned_text} --failed --slash {}", format_amount(slash)),
        )
    } else {
        (
            format!("settle pool {id} with {returned_text} ETH returned"),
            MicroPool::completeCall { poolId: pool_id, returned }.abi_encode(),
            format!("pool complete {id} --returned {returned_text}"),
        )
    };
    governance_call(ctx, action, calldata, command, propose).await
}

async fn migrate(ctx: &Context, from: u64, to: u64, propose: bool) -> Result<()> {
    let (chain, contracts) = ctx.reader().await?;
    read_pool(&chain, &contracts, from).await?;
    read_pool(&chain, &contracts, to).await?;
    let calldata = MicroPool::migrateCall { from: U256::from(from), to: U256::from(to) }.abi_encode();
    let action = format!("move the stakers of pool {from} into pool {to}");
    governance_call(ctx, action, calldata, format!("pool migrate {from} {to}"), propose).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_parse_with_units() {
        assert_eq!(parse_duration("30d"), Ok(30 * 86_400));
        assert_eq!(parse_duration("1d12h"), Ok(36 * 3_600));
        assert_eq!(parse_duration("90m"), Ok(5_400));
        assert_eq!(parse_duration("3600"), Ok(3_600));
        assert_eq!(parse_duration("2w"), Ok(14 * 86_400));
        for bad in ["", "5x", "d", "12h5", "0d", "-1d"] {
            assert!(parse_duration(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn validator_eth_is_32_ether() {
        assert_eq!(VALIDATOR_ETH, U256::from(32u64) * U256::from(10u64).pow(U256::from(18u64)));
    }

    /// A mainnet deposit signed by a real key; `tamper_root` flips a bit of its deposit_data_root.
    fn deposit_json(credentials: B256, tamper_root: bool) -> String {
        let key = stkr_validator::SecretKey::from_bytes(&[0x2a; 32]).expect("key");
        let mut deposit =
            stkr_validator::deposit::DepositData::sign(&key, credentials.0, DEPOSIT_GWEI, BeaconChain::Mainnet)
                .expect("signs");
        if tamper_root {
            let mut root: B256 = deposit.deposit_data_root.parse().expect("root");
            root.0[0] ^= 1;
            deposit.deposit_data_root = alloy::hex::encode(root);
        }
        serde_json::to_string(&[deposit]).expect("json")
    }

    #[test]
    fn deposit_data_is_checked_against_the_pool() {
        let pool = Address::repeat_byte(0x11);
        let good = deposit_json(beacon::withdrawal_credentials(pool), false);
        let entry = parse_deposit_data(&good, "d.json", None).expect("parses");
        assert!(check_deposit(&entry, pool, Some(Network::Mainnet), "d.json").is_ok());
        let wrong = Address::repeat_byte(0x22);
        let err = check_deposit(&entry, wrong, None, "d.json").err().map(|e| e.to_string()).unwrap_or_default();
        assert!(
            err.starts_with(&format!(
                "the withdrawal credentials in d.json pay out to {pool}, not to the pool contract {wrong}"
            )),
            "{err}"
        );
        let err = check_deposit(&entry, pool, Some(Network::Holesky), "d.json").err().map(|e| e.to_string());
        assert_eq!(err.as_deref(), Some("the deposit data in d.json was made for mainnet, not holesky"));
        let tampered = parse_deposit_data(&deposit_json(beacon::withdrawal_credentials(pool), true), "d.json", None)
            .expect("parses");
        let err = check_deposit(&tampered, pool, None, "d.json").err().map(|e| e.to_string()).unwrap_or_default();
        assert!(err.starts_with("the deposit_data_root in d.json does not match"), "{err}");
        // Roots that match a signature by another key: only the BLS check can refuse it.
        let mut forged = entry.clone();
        forged.signature =
            parse_deposit_data(&deposit_json(beacon::withdrawal_credentials(wrong), false), "d.json", None)
                .expect("parses")
                .signature;
        forged.deposit_data_root =
            beacon::deposit_data_root(&forged.pubkey, forged.withdrawal_credentials, DEPOSIT_GWEI, &forged.signature);
        let err = check_deposit(&forged, pool, Some(Network::Mainnet), "d.json").err().map(|e| e.to_string());
        assert_eq!(
            err.as_deref(),
            Some(
                "the BLS signature in d.json does not verify under its pubkey for the deposit domain of mainnet (fork version 0x00000000), so the beacon chain would never credit the 32 ETH; make the deposit data with the validator's key (`stkr validator new`)"
            )
        );
        // The devnet checks it under its own domain: a mainnet file does not pass there.
        let err = check_deposit(&entry, pool, Some(Network::Devnet), "d.json").err().map(|e| e.to_string());
        assert!(err.is_some_and(|e| e.contains("deposit domain of devnet (fork version 0x00000001)")));
    }

    #[test]
    fn malformed_deposit_data_says_what_is_wrong() {
        let msg =
            |text: &str| parse_deposit_data(text, "d.json", None).err().map(|e| e.to_string()).unwrap_or_default();
        assert!(msg("not json").starts_with("d.json is not valid JSON"));
        assert_eq!(msg("[]"), "d.json holds no deposits");
        assert_eq!(
            msg("7"),
            "d.json holds neither a deposit nor a list of deposits; pass the deposit_data JSON the deposit CLI wrote"
        );
        let good = deposit_json(beacon::withdrawal_credentials(Address::ZERO), false);
        let pubkey = alloy::hex::encode(parse_deposit_data(&good, "d.json", None).expect("parses").pubkey);
        let short = good.replacen(&format!("\"pubkey\":\"{}", &pubkey[..4]), "\"pubkey\":\"", 1);
        assert_eq!(msg(&short), "'pubkey' in the deposit data in d.json must be 48 bytes, not 46");
        let bad_hex = good.replacen(&format!("\"pubkey\":\"{}", &pubkey[..2]), "\"pubkey\":\"zz", 1);
        assert_eq!(msg(&bad_hex), "'pubkey' in the deposit data in d.json is not valid hex");
        let two = format!("[{0},{0}]", &good[1..good.len() - 1]);
        assert_eq!(
            msg(&two),
            "d.json holds 2 deposits; choose the validator with --pubkey (one pool takes one validator)"
        );
        assert!(parse_deposit_data(&two, "d.json", Some(&format!("0x{pubkey}"))).is_ok());
    }

    #[test]
    fn fees_round_up_like_the_contract() {
        let pool = PoolState {
            id: 1,
            provider: Address::ZERO,
            end_time: 0,
            min_stake: U256::ZERO,
            status: PENDING,
            failed: false,
            total_staked: U256::from(24u64) * U256::from(10u64).pow(U256::from(18u64)),
            fees_collected: U256::ZERO,
            fixed_price: U256::from(32_000u64) * U256::from(10u64).pow(U256::from(18u64)),
            provider_stake: U256::ZERO,
            activated_at: 0,
            staker_payout_per_eth: U256::ZERO,
            provider_payout: U256::ZERO,
        };
        let ether = U256::from(10u64).pow(U256::from(18u64));
        assert_eq!(pool.fee_for(U256::from(4u64) * ether), U256::from(4_000u64) * ether);
        assert_eq!(pool.fee_for(U256::from(1u64)), U256::from(1_000u64));
        assert_eq!(pool.fill_percent(), 75.0);
        assert_eq!(pool.room(), U256::from(8u64) * ether);
    }
}
