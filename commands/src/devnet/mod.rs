//! `stkr devnet`: a local anvil chain with the whole protocol deployed and the dev accounts funded.

mod accounts;
mod chain_tools;
mod down;
mod report;
mod up;

use accounts::{fund, import_accounts};
use chain_tools::{advance, deposit_data, withdrawals};
use down::{down, signal};
use report::status;
use up::up;

pub mod beacon;

mod daemons;

pub mod guardians;

pub mod demo;

pub mod sidecars;

use std::{
    path::PathBuf,
    time::{Duration, SystemTime, UNIX_EPOCH},
};

use alloy::primitives::{Address, U256};

use clap::{Args, Subcommand};

use eyre::Result;

use stkr_core::Error;

use crate::Context;

/// The chain id of the devnet (anvil's default, so wallets and tools recognise it).
const DEVNET_CHAIN_ID: u64 = 31337;

/// ANKR each dev account receives.
const DEV_ANKR: u128 = 1_000_000;

/// The dev accounts invited as the devnet's first governors (n + 1 = 3); the demo's actors are 1-7.
const DEV_GOVERNORS: [usize; 3] = [0, 8, 9];

/// How long anvil may take to answer after it starts.
const READY_TIMEOUT: Duration = Duration::from_secs(30);

/// Run a local devnet: anvil on loopback with stkr deployed and the dev accounts funded.
#[derive(Debug, Args)]
pub struct DevnetArgs {
    #[command(subcommand)]
    command: DevnetCommand,
}

#[derive(Debug, Subcommand)]
enum DevnetCommand {
    /// Start anvil on 127.0.0.1, deploy stkr, fund the dev accounts with ETH and ANKR; returns when ready.
    ///
    /// anvil is found through STKR_ANVIL, then PATH, then contracts/node_modules of the stkr checkout.
    ///
    /// Examples:
    ///   stkr devnet up
    ///   stkr devnet up --demo
    ///   stkr devnet up --port 8555
    #[command(verbatim_doc_comment)]
    Up {
        /// The port on 127.0.0.1.
        #[arg(long, default_value_t = 8545)]
        port: u16,
        /// Also create demo actors: two qualified providers with three nodes, pools in every state, ANKR
        /// staked on sidecars and a project in its auction; a `stkr sidecar run` starts for each node, with
        /// 2-minute report periods.
        #[arg(long)]
        demo: bool,
        /// With --demo: leave the demo nodes without running sidecars (and the report period at its default).
        #[arg(long, requires = "demo")]
        no_sidecars: bool,
        /// With --demo: also run the pinned Lodestar dev chain (`make beacon-toolchain`); the demo pools'
        /// validators are its interop validators 0 and 1, and each sidecar watches one of them (node N
        /// validator N-1) through the Beacon Node API. The chain follows the deposit contract: a pool
        /// activated later becomes a validator a minute or two after its deposit (and the demo, to keep the
        /// devnet's clock on the wall clock, does not age pool 3 to settle it).
        #[arg(long, requires = "demo", conflicts_with = "no_sidecars")]
        beacon: bool,
        /// Keep the chain in FILE: anvil writes it there when the devnet stops, and `up --state FILE` with
        /// an existing FILE continues that chain (deployment and all) instead of starting afresh.
        #[arg(long, value_name = "FILE")]
        state: Option<PathBuf>,
    },
    /// Show the running devnet: RPC URL, chain id, block, contract addresses.
    ///
    /// Examples:
    ///   stkr devnet status
    ///   stkr --json devnet status | jq -r .contracts.parameters
    #[command(verbatim_doc_comment)]
    Status,
    /// Stop the anvil that `stkr devnet up` started (only that process, by its pid).
    Down,
    /// Import the ten dev accounts as dev0 … dev9 (anvil's well-known keys; never use them elsewhere), all with one passphrase; names that exist are left alone.
    ///
    /// Examples:
    ///   stkr devnet import-accounts --password-file dev.pass
    ///   stkr status --account dev3
    #[command(verbatim_doc_comment)]
    ImportAccounts,
    /// Write a deposit data file for a pool's validator, as the ethstaker deposit CLI writes it, with withdrawals to the pool's vault, signed by the devnet key of that pool: m/12381/3600/POOL/0/0 of the devnet's public mnemonic (anvil's), so runs are reproducible (on a real network use `stkr validator new`).
    ///
    /// Examples:
    ///   stkr devnet deposit-data 3 --out deposit_data.json
    ///   stkr pool activate 3 --deposit-data deposit_data.json --account dev1
    #[command(verbatim_doc_comment)]
    DepositData {
        /// The pool whose validator it is for.
        #[arg(value_parser = stkr_core::input::parse_id)]
        pool: u64,
        /// Where to write it.
        #[arg(long, value_name = "FILE", default_value = "deposit_data.json")]
        out: PathBuf,
    },
    /// Let ETH arrive at a pool's vault (its withdrawal address) as its validator's withdrawals do: no transaction, no code run. An exited validator's balance there lets anyone settle the pool.
    ///
    /// Examples:
    ///   stkr devnet withdrawals 3 32.64
    ///   stkr pool settle 3
    #[command(verbatim_doc_comment)]
    Withdrawals {
        /// The pool whose validator pays out.
        #[arg(value_parser = stkr_core::input::parse_id)]
        pool: u64,
        /// The ETH that comes back (e.g. 33.6 for 32 ETH plus 1.6 ETH of rewards).
        #[arg(value_parser = parse_eth)]
        amount: U256,
    },
    /// Give an address devnet ETH (for gas, e.g. a new sidecar's key): its balance grows by AMOUNT.
    ///
    /// Examples:
    ///   stkr devnet fund 0x11087bfE27e275b201117d85A9A6151915119a3e 1
    #[command(verbatim_doc_comment)]
    Fund {
        /// Who gets it.
        #[arg(value_parser = stkr_core::input::parse_address)]
        address: Address,
        /// How much ETH (e.g. 1 or 0.5eth).
        #[arg(value_parser = parse_eth)]
        amount: U256,
    },
    /// Move the devnet's clock forward and mine a block: voting periods, auctions and pool terms pass.
    ///
    /// Examples:
    ///   stkr devnet advance 3d
    ///   stkr devnet advance 12h30m
    #[command(verbatim_doc_comment)]
    Advance {
        /// How far: 90s, 30m, 12h, 3d, 2w, or plain seconds.
        #[arg(value_parser = parse_seconds)]
        duration: u64,
    },
}

fn parse_eth(s: &str) -> Result<U256, String> {
    stkr_core::units::parse_amount(s, stkr_core::units::Token::Eth).map_err(|e| e.to_string())
}

fn parse_seconds(s: &str) -> Result<u64, String> {
    stkr_core::input::parse_duration(s).map_err(|e| e.to_string())
}

impl DevnetArgs {
    /// Run the devnet command.
    pub async fn run(self, ctx: &Context) -> Result<()> {
        match self.command {
            DevnetCommand::Up { port, demo, no_sidecars, beacon, state } => {
                up(ctx, port, demo, demo && !no_sidecars, beacon, state.as_deref()).await
            }
            DevnetCommand::Status => status(ctx).await,
            DevnetCommand::Down => down(ctx),
            DevnetCommand::Advance { duration } => advance(ctx, duration).await,
            DevnetCommand::DepositData { pool, out } => deposit_data(ctx, pool, &out).await,
            DevnetCommand::Withdrawals { pool, amount } => withdrawals(ctx, pool, amount).await,
            DevnetCommand::Fund { address, amount } => fund(ctx, address, amount).await,
            DevnetCommand::ImportAccounts => import_accounts(ctx),
        }
    }
}

/// Where anvil is (one home: `stkr_core::tools`).
fn find_anvil() -> Result<PathBuf, Error> {
    stkr_core::tools::anvil()
}

fn now() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or_default()
}
