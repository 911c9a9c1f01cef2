//! `stkr pool`: micro-pools from a provider's side and a reader's: open, list, show, top up, activate with
//! deposit data, cancel, settle and exit (anyone), and the governance-only failure report and migration. One file per subcommand; this
//! one holds the clap tree and the dispatch.

mod activate;
mod cancel;
mod governance;
mod list;
mod open;
mod report;
mod settle;
mod show;
mod top_up;

use std::path::PathBuf;

use alloy::primitives::{Address, U256};
use clap::{Args, Subcommand, ValueEnum};
use eyre::Result;
use stkr_core::{
    codes::PoolStatus,
    input::{parse_address, parse_id},
};

use crate::{
    Context,
    common::{ankr_amount, eth_amount},
};

pub use governance::GovernanceCallReport;
pub use list::{PoolList, PoolSummary};
pub use report::PoolTxReport;
pub use show::{AccountInPool, DepositView, PoolReport, SettlementView};

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
        #[arg(long, value_name = "DURATION", default_value = "30d", value_parser = open::parse_duration)]
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
    /// list of deposits or one. It must be made with the pool's vault as withdrawal address (`stkr pool
    /// show ID` prints it), for 32 ETH, on this chain's network; stkr recomputes both roots and checks the
    /// BLS signature against the network's deposit domain, and refuses a file that does not match before
    /// anything is sent. Then it asks the guardians the pool contract trusts (`stkr guardian status`) to
    /// attest the deposit: they check that no deposit for the pubkey came first, and the contract refuses
    /// the activation if any deposit reaches the deposit contract after they signed.
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
    /// Settle an ended pool from what its vault holds; anyone may, nobody names the amount.
    ///
    /// Once the pool's end time has passed (or governance reported a failure) and its vault holds the
    /// validator's exit (8 ETH or more), anyone settles it: at once when the vault holds the 32 ETH
    /// principal or more, and for less (a loss) 90 days after the exit was last requested, so ETH sent
    /// to the vault cannot pass for an exit. Principal goes to aETH redemption, the rewards are split (10 %
    /// insurance, 10 % reward pool, the rest to stakers and provider by their ETH), a loss falls on the
    /// provider's k first, then on the insurance pool. On a settled pool it sweeps ETH that reached the
    /// vault later.
    ///
    /// Examples:
    ///   stkr pool settle 1 --account alice
    #[command(verbatim_doc_comment)]
    Settle {
        /// The pool id.
        #[arg(value_parser = parse_id)]
        id: u64,
    },
    /// Request the exit of a pool's validator through EIP-7002, from its vault.
    ///
    /// The provider may from the pool's end time, anyone once the grace period after it has passed (so no
    /// provider can hold stakers' ETH hostage), and anyone at any time once governance has reported the
    /// provider as failed or the pool is settled. Each request restarts the 90 days after which a
    /// vault holding less than the principal may be settled. The call carries twice the execution layer's current request fee (a few wei
    /// while the queue is short); what the request does not use comes back.
    ///
    /// Examples:
    ///   stkr pool exit 1 --account alice
    #[command(verbatim_doc_comment)]
    Exit {
        /// The pool id.
        #[arg(value_parser = parse_id)]
        id: u64,
    },
    /// Make up the uncovered loss aETH carries (anyone): from the insurance pool as far as it holds ETH,
    /// then from the ETH sent with --eth (what is not needed comes back).
    ///
    /// While a loss beyond a provider's k and the insurance pool is open, no pool takes stakes (new aETH
    /// would share a loss its ETH never risked) and aETH redeems below 1:1; this closes it.
    ///
    /// Examples:
    ///   stkr pool cover-loss --account alice
    ///   stkr pool cover-loss --eth 4 --account treasury
    #[command(verbatim_doc_comment)]
    CoverLoss {
        /// ETH to send for what the insurance pool cannot cover.
        #[arg(long, value_name = "AMOUNT", value_parser = eth_amount, default_value = "0")]
        eth: U256,
    },
    /// Report that a pool's provider failed or was slashed (governance only, §3.6).
    ///
    /// The failure goes on the provider's record and up to --slash ANKR of its collateral to the insurance
    /// pool; the pool may then exit and be settled before its end time. Governance never names an amount
    /// of ETH: settlement reads the pool's vault. Checked as governance would run it, then sent (when
    /// --account is the governance address), proposed (--propose, from a governor) or printed.
    ///
    /// Examples:
    ///   stkr pool report-failure 1
    ///   stkr pool report-failure 1 --slash 5000 --propose --account governor
    #[command(verbatim_doc_comment)]
    ReportFailure {
        /// The pool id.
        #[arg(value_parser = parse_id)]
        id: u64,
        /// ANKR of the provider's collateral to slash into the insurance pool.
        #[arg(long, value_name = "ANKR", value_parser = ankr_amount)]
        slash: Option<U256>,
        /// Submit it as a governance proposal from --account (a governor).
        #[arg(long)]
        propose: bool,
    },
    /// Move the stakers of a stopped pending or cancelled pool into another pending pool (governance only); their aETH stays valid and their claims follow.
    ///
    /// Checked, then sent, proposed or printed exactly as `stkr pool report-failure` is.
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
    /// Settled; stakers claim rewards, aETH holders redeem.
    Completed,
    /// Cancelled before activation; stakers unstake.
    Cancelled,
    /// Its stakers moved to another pool.
    Migrated,
}

impl StatusFilter {
    /// The on-chain status it selects.
    fn status(self) -> PoolStatus {
        match self {
            Self::Pending => PoolStatus::Pending,
            Self::Active => PoolStatus::Active,
            Self::Completed => PoolStatus::Completed,
            Self::Cancelled => PoolStatus::Cancelled,
            Self::Migrated => PoolStatus::Migrated,
        }
    }
}

impl PoolArgs {
    /// Run the pool command.
    pub async fn run(self, ctx: &Context) -> Result<()> {
        match self.command {
            PoolCommand::Open { eth, duration } => open::run(ctx, eth, duration).await,
            PoolCommand::List { status, provider } => list::run(ctx, status.map(StatusFilter::status), provider).await,
            PoolCommand::Show { id, address } => show::run(ctx, id, address).await,
            PoolCommand::TopUp { id, amount } => top_up::run(ctx, id, amount).await,
            PoolCommand::Activate { id, deposit_data, pubkey } => {
                activate::run(ctx, id, &deposit_data, pubkey.as_deref()).await
            }
            PoolCommand::Cancel { id } => cancel::run(ctx, id).await,
            PoolCommand::Settle { id } => settle::run(ctx, id).await,
            PoolCommand::Exit { id } => settle::exit(ctx, id).await,
            PoolCommand::CoverLoss { eth } => settle::cover_loss(ctx, eth).await,
            PoolCommand::ReportFailure { id, slash, propose } => {
                governance::report_failure(ctx, id, slash, propose).await
            }
            PoolCommand::Migrate { from, to, propose } => governance::migrate(ctx, from, to, propose).await,
        }
    }
}
