//! The `stkr` command tree: global options, the subcommands of every role, and dispatch.

use std::path::PathBuf;

use clap::{ArgAction, Args, CommandFactory, Parser, Subcommand};
use clap_complete::Shell;
use eyre::Result;
use stkr_commands::{Context, output::Output};
use stkr_commands::{
    account::AccountArgs,
    deploy::DeployArgs,
    devnet::DevnetArgs,
    distribute::DistributeArgs,
    govern::GovernArgs,
    history::HistoryArgs,
    init::InitArgs,
    market::{auction::AuctionArgs, project::ProjectArgs},
    node::NodeArgs,
    params::ParamsArgs,
    pool::PoolArgs,
    provider::ProviderArgs,
    stake::{ClaimArgs, RedeemArgs, RewardsArgs, StakeArgs, UnstakeArgs},
    status::StatusArgs,
    validator::ValidatorArgs,
};
use stkr_core::{config::Config, dirs::DataDir, network::Network, tx::TxOptions};

mod dashboard;
pub use dashboard::DashboardArgs;
mod guardian;
mod sidecar;
mod signer;
pub use guardian::GuardianArgs;
pub use sidecar::SidecarArgs;
pub use signer::SignerArgs;

/// `stkr --version`: the crate version and the git commit it was built from.
pub const LONG_VERSION: &str = concat!(env!("CARGO_PKG_VERSION"), " (commit ", env!("STKR_GIT_COMMIT"), ")");

/// stkr: a decentralized staking marketplace for Ethereum.
///
/// Providers stake ANKR collateral and run validator nodes; stakers put ETH into micro-pools and get
/// aETH; governors set the policy; ANKR holders stake on sidecars. One binary for every role.
#[derive(Debug, Parser)]
#[command(name = "stkr", version = LONG_VERSION, propagate_version = true, max_term_width = 100)]
pub struct Cli {
    /// Options every command takes.
    #[command(flatten)]
    pub global: GlobalArgs,
    /// The command.
    #[command(subcommand)]
    pub command: Command,
}

/// Options every command takes.
#[derive(Debug, Args)]
#[command(next_help_heading = "Global options")]
pub struct GlobalArgs {
    /// The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545].
    #[arg(long, global = true, env = "ETH_RPC_URL", hide_env_values = true, value_name = "URL")]
    pub rpc_url: Option<String>,
    /// The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it.
    #[arg(long, global = true, env = "STKR_NETWORK", hide_env_values = true, value_name = "NAME", value_parser = parse_network)]
    pub network: Option<Network>,
    /// The account that signs (see `stkr account list`).
    #[arg(long, short = 'a', global = true, env = "STKR_ACCOUNT", hide_env_values = true, value_name = "NAME")]
    pub account: Option<String>,
    /// Read the account's passphrase from the first line of FILE.
    #[arg(long, global = true, env = "STKR_PASSWORD_FILE", hide_env_values = true, value_name = "FILE")]
    pub password_file: Option<PathBuf>,
    /// Print the result as one JSON document on stdout (messages still go to stderr).
    #[arg(long, global = true)]
    pub json: bool,
    /// Do not ask for confirmation.
    #[arg(long, short = 'y', global = true)]
    pub yes: bool,
    /// More log output on stderr (-v info, -vv debug, -vvv trace).
    #[arg(long, short = 'v', global = true, action = ArgAction::Count, conflicts_with = "quiet")]
    pub verbose: u8,
    /// Only results and errors: no progress messages.
    #[arg(long, short = 'q', global = true)]
    pub quiet: bool,
    /// Where stkr keeps keystores, deployments and devnet state [default: the platform data dir].
    #[arg(long, global = true, env = "STKR_DATA_DIR", hide_env_values = true, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    /// Transaction options.
    #[command(flatten)]
    pub tx: TxArgs,
}

/// Fees, gas and nonce of the transactions a command sends.
#[derive(Debug, Args)]
#[command(next_help_heading = "Transaction options")]
pub struct TxArgs {
    /// The most to pay per gas, in gwei [default: the network's estimate].
    #[arg(long, global = true, value_name = "GWEI", value_parser = stkr_core::input::parse_gwei)]
    pub max_fee: Option<u128>,
    /// The tip per gas, in gwei [default: the network's estimate].
    #[arg(long, global = true, value_name = "GWEI", value_parser = stkr_core::input::parse_gwei)]
    pub priority_fee: Option<u128>,
    /// The gas limit [default: the estimate plus 20 %].
    #[arg(long, global = true, value_name = "GAS", value_parser = clap::value_parser!(u64).range(21_000..))]
    pub gas_limit: Option<u64>,
    /// The nonce, to replace a stuck transaction (send with a higher --max-fee).
    #[arg(long, global = true, value_name = "N")]
    pub nonce: Option<u64>,
    /// Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an
    /// offline signer; --account names the sender it is simulated from, and no passphrase is asked.
    #[arg(long, global = true)]
    pub unsigned: bool,
}

fn parse_network(s: &str) -> Result<Network, String> {
    s.parse().map_err(|e: stkr_core::Error| e.to_string())
}

/// Every stkr command.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// A guided first run: network, RPC endpoint and account, kept as defaults.
    ///
    /// Examples:
    ///   stkr init
    ///   stkr init --network devnet --account alice --yes
    #[command(verbatim_doc_comment)]
    Init(InitArgs),
    /// Manage the encrypted accounts that sign transactions.
    ///
    /// Examples:
    ///   stkr account new alice
    ///   stkr account list
    #[command(verbatim_doc_comment)]
    #[command(visible_alias = "accounts")]
    Account(AccountArgs),
    /// Deploy the stkr contracts to a chain.
    Deploy(DeployArgs),
    /// Run a local devnet with stkr deployed.
    ///
    /// Examples:
    ///   stkr devnet up
    ///   stkr --json devnet status
    ///   stkr devnet down
    #[command(verbatim_doc_comment)]
    Devnet(DevnetArgs),
    /// Show the governance parameters.
    Params(ParamsArgs),
    /// One screen for an account across roles: balances, pools, collateral, stakes, rewards, votes.
    ///
    /// Examples:
    ///   stkr status --account alice
    ///   stkr --json status --address 0x70997970C51812dc3A010C7d01b50e0d17dc79C8
    #[command(verbatim_doc_comment)]
    Status(StatusArgs),
    /// Governors, candidates, elections, proposals and votes.
    ///
    /// Examples:
    ///   stkr govern governors
    ///   stkr govern propose param voting-period 2d --account gov
    ///   stkr govern vote 12 yes --account gov
    #[command(verbatim_doc_comment)]
    Govern(GovernArgs),
    /// Act as a provider: register, keep ANKR collateral, change the offer, read records and scores.
    ///
    /// Examples:
    ///   stkr provider register --brand Aurora --price 20000 --cpu-cores 16 --ram-gb 64 \
    ///       --storage-gb 4000 --bandwidth-mbps 1000 --max-nodes 4 --collateral 150000 --account aurora
    ///   stkr provider list
    ///   stkr provider show --account aurora
    #[command(verbatim_doc_comment)]
    #[command(visible_alias = "providers")]
    Provider(ProviderArgs),
    /// Run Stkr nodes as a provider: add one with its sidecar, list, inspect and retire them.
    ///
    /// Examples:
    ///   stkr node add --sidecar 0x976EA74026E726554dB657fA54763abd0C3a0aa9 \
    ///       --probe-url https://node1.aurora.example/stkr --account aurora
    ///   stkr node list --active
    ///   stkr node show 1
    #[command(verbatim_doc_comment)]
    #[command(visible_alias = "nodes")]
    Node(NodeArgs),
    /// The sidecar beside each node: configure it, run it (under systemd), see what it did.
    ///
    /// Examples:
    ///   stkr sidecar init --node 3 --sidecar-account node3 --password-file node3.pass
    ///   stkr sidecar run --config ~/.local/share/stkr/sidecar/node-3.toml
    ///   stkr sidecar status --config ~/.local/share/stkr/sidecar/node-3.toml
    #[command(verbatim_doc_comment)]
    Sidecar(SidecarArgs),
    /// Deposit guardians: run one (under systemd), attest a deposit by hand, see the committee.
    ///
    /// Examples:
    ///   stkr guardian init --keystore ~/.local/share/stkr/keystores/guardian1 --password-file g1.pass
    ///   stkr guardian run --config ~/.local/share/stkr/guardian/0x90F7….toml
    ///   stkr guardian status
    #[command(verbatim_doc_comment)]
    Guardian(GuardianArgs),
    /// The threshold signer of a distributed validator: the Web3Signer API for your validator client.
    ///
    /// Examples:
    ///   stkr signer init --key distributed-key.json --share provider-share.json --account-keystore provider.json \
    ///       --password-file signer.pass
    ///   stkr signer run --config ~/.local/share/stkr/signer/0x93….toml
    ///   stkr signer status --config ~/.local/share/stkr/signer/0x93….toml
    #[command(verbatim_doc_comment)]
    Signer(SignerArgs),
    /// Projects of single requesters: quote, submit, show, list, complete
    ///
    /// Examples:
    ///   stkr project quote --cpu 4 --ram 16 --storage 500 --bandwidth 100 --days 30
    ///   stkr project submit --cpu 4 --ram 16 --storage 500 --bandwidth 100 --days 30 --account alice
    ///   stkr project show 1
    #[command(visible_alias = "projects", verbatim_doc_comment)]
    Project(ProjectArgs),
    /// Sealed-bid auctions of projects: bid, reveal, settle, forfeit, bond balance
    ///
    /// Examples:
    ///   stkr auction list
    ///   stkr auction bid 1 5000 --account aurora
    ///   stkr auction reveal 1 --account aurora
    ///   stkr auction settle 1 --account alice
    #[command(visible_alias = "auctions", verbatim_doc_comment)]
    Auction(AuctionArgs),
    /// Open, list, show and run micro-pools (32 ETH validators filled by many stakers).
    ///
    /// Examples:
    ///   stkr pool list --status pending
    ///   stkr pool show 2
    ///   stkr pool open --eth 8 --duration 30d --account aurora
    ///   stkr pool activate 3 --deposit-data deposit_data.json --account aurora
    #[command(visible_alias = "pools", verbatim_doc_comment)]
    Pool(PoolArgs),
    /// Validator keys: create them with deposit data, verify deposit data, and share a key between provider and protocol (threshold signing, voluntary exits).
    ///
    /// Examples:
    ///   stkr validator new --pool 3
    ///   stkr validator verify validator_keys/deposit_data-1700000000.json
    ///   stkr validator split validator_keys/keystore-m_12381_3600_0_0_0-1700000000.json --threshold 2 --shares 3
    #[command(visible_alias = "validators", verbatim_doc_comment)]
    Validator(ValidatorArgs),
    /// Stake ETH in a micro-pool for aETH, or ANKR on a node's sidecar or for reward shares.
    ///
    /// A pool stake pays its ANKR fee (stake/32 x FP); an ANKR approval is sent first when the allowance
    /// is short, and the plan is shown before anything is sent.
    ///
    /// Examples:
    ///   stkr stake --pool 2 4eth --account alice
    ///   stkr stake --sidecar 1 5000 --account alice
    ///   stkr stake --rewards 2000 --account alice
    #[command(verbatim_doc_comment)]
    Stake(StakeArgs),
    /// Take stake back: ETH from a pool before it activates, ANKR from a sidecar or reward shares.
    ///
    /// Examples:
    ///   stkr unstake --pool 2 --account alice
    ///   stkr unstake --pool 2 1.5 --account alice
    ///   stkr unstake --sidecar 1 2500 --account alice
    ///   stkr unstake --rewards --account alice
    #[command(verbatim_doc_comment)]
    Unstake(UnstakeArgs),
    /// Redeem aETH for ETH of settled principal, whoever staked it (paid now, or queued until pools settle).
    ///
    /// aETH is the claim on micro-pool principal: whoever holds it redeems it 1:1 (less an equal share of
    /// any loss beyond the providers' k and the insurance pool). A stake's rewards stay with the account
    /// that staked (`stkr claim`).
    ///
    /// Examples:
    ///   stkr redeem --account dave
    ///   stkr redeem 4 --account dave
    ///   stkr redeem --ticket 3 --account anyone
    #[command(verbatim_doc_comment)]
    Redeem(RedeemArgs),
    /// Show every amount an account can claim: pool payouts, provider shares and refunds, and its rewards from reward shares, sidecar stakes and governance.
    ///
    /// Examples:
    ///   stkr rewards --account alice
    ///   stkr rewards --address 0x976EA74026E726554dB657fA54763abd0C3a0aa9
    ///   stkr --json rewards --account alice | jq .total_eth.wei
    #[command(verbatim_doc_comment)]
    Rewards(RewardsArgs),
    /// Claim everything `stkr rewards` lists for --account, each its own transaction, in one confirmed plan; reports what arrived.
    ///
    /// Examples:
    ///   stkr claim --account alice
    ///   stkr claim --account alice --unsigned
    #[command(verbatim_doc_comment)]
    Claim(ClaimArgs),
    /// An account's past actions from the contracts' events: stakes, unstakes, claims, redemptions, bids, votes, proposals.
    ///
    /// Examples:
    ///   stkr history --account alice
    ///   stkr --json history --address 0x90F79bf6EB2c4f870365E785982E1f101E93b906
    #[command(verbatim_doc_comment)]
    History(HistoryArgs),
    /// Run the reward pool's due distribution to governors, reward stakers, sidecar stakers and
    /// development (anyone may, once a reward period).
    Distribute(DistributeArgs),
    /// The live dashboard: every role in one interactive terminal view, refreshed on every block.
    ///
    /// Tabs for the account across roles, providers, staking, the marketplace and governance; stake,
    /// unstake, claim, bid, reveal, vote and register nodes through a confirmation of the simulated
    /// transaction. `?` shows the keys. Logs go to <data dir>/logs/dashboard.log.
    ///
    /// Examples:
    ///   stkr dashboard --account alice
    ///   stkr dashboard --address 0x70997970C51812dc3A010C7d01b50e0d17dc79C8
    #[command(verbatim_doc_comment)]
    Dashboard(DashboardArgs),
    /// Print shell completions.
    ///
    /// Examples:
    ///   stkr completions bash > ~/.local/share/bash-completion/completions/stkr
    ///   stkr completions zsh > "${fpath[1]}/_stkr"
    #[command(verbatim_doc_comment)]
    Completions {
        /// The shell.
        shell: Shell,
    },
}

impl Cli {
    /// For `stkr sidecar run` and `stkr guardian run`, long-running daemons, the log format it logs in (at info level by default).
    pub fn daemon_log_format(&self) -> Option<stkr_sidecar::config::LogFormat> {
        match &self.command {
            Command::Sidecar(args) => args.log_format(),
            Command::Guardian(args) if args.is_daemon() => Some(stkr_sidecar::config::LogFormat::Human),
            Command::Signer(args) if args.is_daemon() => Some(stkr_sidecar::config::LogFormat::Human),
            Command::Provider(args) if args.json_logs() => Some(stkr_sidecar::config::LogFormat::Json),
            Command::Provider(args) if args.is_daemon() => Some(stkr_sidecar::config::LogFormat::Human),
            _ => None,
        }
    }

    /// The context every command runs with.
    pub fn context(&self) -> Result<Context> {
        let g = &self.global;
        let data = DataDir::resolve(g.data_dir.clone())?;
        // `stkr init`'s defaults, under any flag or environment variable.
        let config = Config::load(&data)?;
        let network = match (g.network, &config.network) {
            (Some(network), _) => Some(network),
            (None, Some(name)) => Some(name.parse::<Network>()?),
            (None, None) => None,
        };
        let core = stkr_core::Context {
            data,
            rpc_url: g.rpc_url.clone().or(config.rpc_url),
            network,
            account: g.account.clone().or(config.account),
            password_file: g.password_file.clone(),
            yes: g.yes,
            tx: TxOptions {
                max_fee_per_gas: g.tx.max_fee,
                max_priority_fee_per_gas: g.tx.priority_fee,
                gas_limit: g.tx.gas_limit,
                nonce: g.tx.nonce,
                unsigned: g.tx.unsigned,
            },
        };
        Ok(Context::new(core, Output::new(g.json, g.quiet)))
    }

    /// The file logs go to instead of stderr: the dashboard owns the terminal while it runs.
    pub fn log_file(&self) -> Option<PathBuf> {
        match &self.command {
            Command::Dashboard(args) if args.takes_the_screen() => {
                DataDir::resolve(self.global.data_dir.clone()).ok().map(|data| data.root().join("logs/dashboard.log"))
            }
            _ => None,
        }
    }

    /// Run the chosen command.
    pub async fn run(self) -> Result<()> {
        let ctx = self.context()?;
        match self.command {
            Command::Init(args) => args.run(&ctx).await,
            Command::Account(args) => args.run(&ctx).await,
            Command::Deploy(args) => args.run(&ctx).await,
            Command::Devnet(args) => args.run(&ctx).await,
            Command::Params(args) => args.run(&ctx).await,
            Command::Govern(args) => args.run(&ctx).await,
            Command::Status(args) => args.run(&ctx).await,
            Command::Provider(args) => args.run(&ctx).await,
            Command::Node(args) => args.run(&ctx).await,
            Command::Sidecar(args) => args.run(&ctx).await,
            Command::Guardian(args) => args.run(&ctx).await,
            Command::Signer(args) => args.run(&ctx).await,
            Command::Project(args) => args.run(&ctx).await,
            Command::Auction(args) => args.run(&ctx).await,
            Command::Pool(args) => args.run(&ctx).await,
            Command::Validator(args) => args.run(&ctx).await,
            Command::Stake(args) => args.run(&ctx).await,
            Command::Unstake(args) => args.run(&ctx).await,
            Command::Rewards(args) => args.run(&ctx).await,
            Command::Claim(args) => args.run(&ctx).await,
            Command::History(args) => args.run(&ctx).await,
            Command::Redeem(args) => args.run(&ctx).await,
            Command::Distribute(args) => args.run(&ctx).await,
            Command::Dashboard(args) => args.run(&ctx).await,
            Command::Completions { shell } => {
                // Written whole and checked: a reader that closes the pipe early (`| head -1`) ends it
                // quietly, where clap_complete writing to stdout itself would panic.
                let mut script = Vec::new();
                clap_complete::generate(shell, &mut Cli::command(), "stkr", &mut script);
                let mut stdout = std::io::stdout().lock();
                match std::io::Write::write_all(&mut stdout, &script).and_then(|()| std::io::Write::flush(&mut stdout))
                {
                    Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
                    other => other.map_err(|e| eyre::eyre!("writing the completion script: {e}")),
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn command_tree_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn global_flags_work_after_the_subcommand() {
        let cli = Cli::try_parse_from(["stkr", "devnet", "status", "--json", "--rpc-url", "http://x:1", "-y"])
            .expect("parses");
        assert!(cli.global.json && cli.global.yes);
        assert_eq!(cli.global.rpc_url.as_deref(), Some("http://x:1"));
    }

    #[test]
    fn unknown_network_is_a_usage_error() {
        let err = Cli::try_parse_from(["stkr", "--network", "goerli", "params"]).err().map(|e| e.kind());
        assert_eq!(err, Some(clap::error::ErrorKind::ValueValidation));
    }
}
