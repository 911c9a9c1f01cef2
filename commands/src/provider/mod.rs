//! `stkr provider`: apply as a provider, keep ANKR collateral, change the offer, and read any provider's
//! record and reputation score.

use alloy::primitives::{Address, U256};

use clap::{Args, Subcommand};

use eyre::Result;

use serde::Serialize;

use stkr_core::{
    Error, bindings::provider_registry::IProviderRegistry::Capacity, input::parse_address, units::format_amount,
};

use crate::Context;

use crate::common::{address_or_account, ankr_amount};

mod collateral;
mod list;
mod offer;
mod read;
mod score;
mod show;

use collateral::{add_collateral, withdraw_collateral};
use list::list;
use offer::{register, update};
use score::score;
use show::show;

/// The longest brand name the registry accepts, in bytes.
const MAX_BRAND_BYTES: usize = 64;

/// Act as a provider: register, keep collateral, change the offer, and read records and scores.
#[derive(Debug, Args)]
pub struct ProviderArgs {
    #[command(subcommand)]
    command: ProviderCommand,
}

#[derive(Debug, Subcommand)]
enum ProviderCommand {
    /// Apply as a provider with a brand, a price and the capacity you offer, optionally with collateral.
    ///
    /// The application waits for governance: a governor proposes your qualification and the governors
    /// vote on it (`stkr govern propose ...`). Once qualified, with at least p-min ANKR of collateral,
    /// you may open pools, bid on projects and add nodes. Registering again before qualification
    /// replaces the application.
    ///
    /// Examples:
    ///   stkr provider register --brand "Aurora Nodes" --price 20000 --cpu-cores 16 --ram-gb 64 \
    ///       --storage-gb 4000 --bandwidth-mbps 1000 --max-nodes 4 --collateral 150000
    ///   stkr provider register --brand Basalt --price 25000ankr --cpu-cores 8 --ram-gb 32 \
    ///       --storage-gb 2000 --bandwidth-mbps 500 --max-nodes 2
    #[command(verbatim_doc_comment)]
    Register(RegisterArgs),
    /// Show a provider: status, trust level, collateral against what is required, offer, record and reputation score.
    ///
    /// Examples:
    ///   stkr provider show --account aurora
    ///   stkr provider show 0x70997970C51812dc3A010C7d01b50e0d17dc79C8
    ///   stkr --json provider show 0x70997970C51812dc3A010C7d01b50e0d17dc79C8 | jq .collateral.wei
    #[command(verbatim_doc_comment)]
    Show {
        /// The provider's address [default: the --account's address].
        #[arg(value_name = "ADDR", value_parser = parse_address)]
        address: Option<Address>,
    },
    /// List every provider that ever applied, with status, price, collateral, nodes and score.
    ///
    /// Examples:
    ///   stkr provider list
    ///   stkr --json provider list | jq -r '.providers[] | select(.qualified) | .address'
    #[command(verbatim_doc_comment)]
    List,
    /// Add or withdraw ANKR collateral.
    ///
    /// Examples:
    ///   stkr provider collateral add 50000 --account aurora
    ///   stkr provider collateral withdraw 20000ankr --account aurora
    #[command(verbatim_doc_comment)]
    Collateral {
        #[command(subcommand)]
        command: CollateralCommand,
    },
    /// Explain a provider's reputation score: each part, its weight, and the failure penalty.
    ///
    /// Examples:
    ///   stkr provider score --account aurora
    ///   stkr --json provider score 0x70997970C51812dc3A010C7d01b50e0d17dc79C8 | jq .score_bps
    #[command(verbatim_doc_comment)]
    Score {
        /// The provider's address [default: the --account's address].
        #[arg(value_name = "ADDR", value_parser = parse_address)]
        address: Option<Address>,
    },
    /// Change your offer: price, capacity or max nodes (what you leave out stays as it is).
    ///
    /// Examples:
    ///   stkr provider update --price 18000 --account aurora
    ///   stkr provider update --max-nodes 8 --ram-gb 128 --account aurora
    #[command(verbatim_doc_comment)]
    Update(UpdateArgs),
    /// Write the provider daemon's configuration (TOML): your key, the chain and deployment, the fee cap, the state dir.
    ///
    /// Examples:
    ///   stkr provider init --keystore ~/.local/share/stkr/keystores/basalt --password-file basalt.pass
    ///   stkr provider init --keystore key.json --password-file key.pass --max-fee-gwei 30 --out /etc/stkr/provider.toml
    ///   stkr provider init --keystore key.json --password-file key.pass --bid-floor 1000 --bid-share 0.8 --template anvil
    #[command(verbatim_doc_comment)]
    Init(DaemonInitArgs),
    /// Run the provider daemon in the foreground until SIGTERM or Ctrl-C: it activates your full pools by itself.
    ///
    /// Each round it reads your pools; a full one gets its validator key made with the guardians
    /// (`validator dkg`, once: the key record, your share and the deposit data go to its state dir) and is
    /// activated with their attestations, under the fee cap. With a project policy (`init --bid-floor`) it
    /// seals a bid on each open project that fits your free capacity, reveals it in the reveal window,
    /// settles the auction, runs a won project from its template under supervision (restarted when it
    /// dies) and completes it at its end. Every step is journaled before the next, so a crash or kill -9
    /// neither repeats nor loses one. --dry-run says what it would send, and sends nothing.
    ///
    /// Examples:
    ///   stkr provider run --config ~/.local/share/stkr/provider/0x3C44….toml
    ///   stkr provider run --config provider.toml --dry-run
    #[command(verbatim_doc_comment)]
    Run {
        /// The configuration file (`stkr provider init` writes it).
        #[arg(long, value_name = "FILE", env = "STKR_PROVIDER_CONFIG")]
        config: std::path::PathBuf,
        /// Say what it would send; send nothing.
        #[arg(long)]
        dry_run: bool,
        /// How it logs: human (one readable line per event) or json (one object per line, for journald and
        /// log shippers).
        #[arg(long, value_name = "FORMAT", default_value = "human", value_parser = ["human", "json"])]
        log_format: String,
    },
    /// What the provider daemon did and waits for, from its state dir.
    ///
    /// Examples:
    ///   stkr provider status --config provider.toml
    #[command(verbatim_doc_comment)]
    Status {
        /// The configuration file.
        #[arg(long, value_name = "FILE", env = "STKR_PROVIDER_CONFIG")]
        config: std::path::PathBuf,
    },
    /// Write a hardened systemd unit for `stkr provider run` (the passphrase handed over as a credential),
    /// and check it with `systemd-analyze verify` when that is installed.
    ///
    /// Examples:
    ///   sudo stkr provider install-service --config /etc/stkr/provider.toml
    ///   sudo systemctl enable --now stkr-provider
    #[command(verbatim_doc_comment)]
    InstallService {
        /// The configuration file the service runs with.
        #[arg(long, value_name = "FILE")]
        config: std::path::PathBuf,
        /// The user (and group) the service runs as; create it with `useradd --system`.
        #[arg(long, value_name = "NAME", default_value = "stkr-provider")]
        user: String,
        /// The stkr binary [default: this one].
        #[arg(long, value_name = "PATH")]
        binary: Option<std::path::PathBuf>,
        /// Where to write the unit [default: /etc/systemd/system/stkr-provider.service].
        #[arg(long, value_name = "FILE")]
        out: Option<std::path::PathBuf>,
    },
}

#[derive(Debug, Subcommand)]
enum CollateralCommand {
    /// Deposit ANKR collateral (the registry is approved for the ANKR first when the allowance is short).
    ///
    /// Collateral counts towards qualification (at least p-min) and the reputation score, up to p-max.
    ///
    /// Examples:
    ///   stkr provider collateral add 50000 --account aurora
    ///   stkr provider collateral add "1500 ANKR" --account aurora --yes
    #[command(verbatim_doc_comment)]
    Add {
        /// ANKR to deposit: 50000, 1500ankr, "2.5 ANKR".
        #[arg(value_name = "AMOUNT", value_parser = ankr_amount)]
        amount: U256,
    },
    /// Withdraw ANKR collateral, down to what running pools and nodes still need (p-min while any runs).
    ///
    /// Examples:
    ///   stkr provider collateral withdraw 20000 --account aurora
    ///   stkr provider collateral withdraw 20000 --account aurora --unsigned
    #[command(verbatim_doc_comment)]
    Withdraw {
        /// ANKR to withdraw: 20000, 1500ankr.
        #[arg(value_name = "AMOUNT", value_parser = ankr_amount)]
        amount: U256,
    },
}

/// What `provider register` needs.
#[derive(Debug, Args)]
pub struct RegisterArgs {
    /// Your brand name, shown to stakers and requesters (1 to 64 bytes).
    #[arg(long, value_name = "NAME", value_parser = parse_brand)]
    brand: String,
    /// Your price per node in ANKR, at most the max-bid-price parameter: 20000, 20000ankr.
    #[arg(long, value_name = "AMOUNT", value_parser = ankr_amount)]
    price: U256,
    /// CPU cores you offer per node.
    #[arg(long, value_name = "N")]
    cpu_cores: u32,
    /// RAM you offer per node, in GB.
    #[arg(long, value_name = "GB")]
    ram_gb: u32,
    /// Storage you offer per node, in GB.
    #[arg(long, value_name = "GB")]
    storage_gb: u32,
    /// Bandwidth you offer per node, in Mbit/s.
    #[arg(long, value_name = "MBPS")]
    bandwidth_mbps: u32,
    /// How many nodes (and pools) you can run at once.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    max_nodes: u16,
    /// Also deposit this much ANKR collateral (approving the registry first when needed).
    #[arg(long, value_name = "AMOUNT", value_parser = ankr_amount)]
    collateral: Option<U256>,
}

/// What `provider init` writes.
#[derive(Debug, Args)]
pub struct DaemonInitArgs {
    /// Your provider key: a keystore file (a stkr account's is under <data dir>/keystores).
    #[arg(long, value_name = "FILE")]
    keystore: std::path::PathBuf,
    /// The state dir (journal, key records, shares) [default: <data dir>/provider/ADDRESS].
    #[arg(long, value_name = "DIR")]
    state_dir: Option<std::path::PathBuf>,
    /// How often it looks at the chain, in seconds.
    #[arg(long, value_name = "SECONDS", default_value_t = 12.0)]
    poll_interval: f64,
    /// The most it pays per gas, in gwei; above it a transaction waits.
    #[arg(long, value_name = "GWEI", default_value_t = 50.0)]
    max_fee_gwei: f64,
    /// Where to write the configuration [default: <data dir>/provider/ADDRESS.toml].
    #[arg(long, value_name = "FILE")]
    out: Option<std::path::PathBuf>,
    /// Overwrite an existing configuration file.
    #[arg(long)]
    force: bool,
    /// Bid on open projects, never below this price in ANKR (leave out to bid on none).
    #[arg(long, value_name = "ANKR")]
    bid_floor: Option<String>,
    /// Bid this share of a project's fixed price (0 to 1), or the floor when that is higher.
    #[arg(long, value_name = "SHARE", default_value_t = 0.9, requires = "bid_floor")]
    bid_share: f64,
    /// Hold at most this many projects at once (bids in flight count).
    #[arg(long, value_name = "N", default_value_t = 1, requires = "bid_floor")]
    max_projects: u32,
    /// Provision won projects from this template (`<state dir>/templates/NAME.toml`; anvil and
    /// lodestar-beacon ship).
    #[arg(long, value_name = "NAME", default_value = "anvil", requires = "bid_floor")]
    template: String,
    /// The profit to report when a project completes, in ANKR.
    #[arg(long, value_name = "ANKR", default_value = "0", requires = "bid_floor")]
    profit: String,
    /// Run each active pool's validator: a threshold signer and the pinned Lodestar validator client
    /// pointed at this beacon node (leave out to run none).
    #[arg(long, value_name = "URL")]
    beacon_url: Option<String>,
    /// Keep the collateral at least this, in ANKR, topping it up from your ANKR.
    #[arg(long, value_name = "ANKR")]
    collateral_target: Option<String>,
    /// Claim owed ETH once it is at least this many times the fee of claiming it.
    #[arg(long, value_name = "N", default_value_t = 10.0)]
    claim_min_fee_multiple: f64,
    /// Claim owed ANKR from this much.
    #[arg(long, value_name = "ANKR", default_value = "100")]
    claim_min_ankr: String,
    /// How often it looks at claims and collateral, in seconds.
    #[arg(long, value_name = "SECONDS", default_value_t = 300.0)]
    money_interval: f64,
    /// Serve Prometheus `/metrics` and `/status` here (keep it on loopback or a private network).
    #[arg(long, value_name = "ADDR")]
    metrics_listen: Option<std::net::SocketAddr>,
}

/// What `provider update` may change; anything left out keeps its current value.
#[derive(Debug, Args)]
pub struct UpdateArgs {
    /// The new price per node in ANKR.
    #[arg(long, value_name = "AMOUNT", value_parser = ankr_amount)]
    price: Option<U256>,
    /// CPU cores per node.
    #[arg(long, value_name = "N")]
    cpu_cores: Option<u32>,
    /// RAM per node, in GB.
    #[arg(long, value_name = "GB")]
    ram_gb: Option<u32>,
    /// Storage per node, in GB.
    #[arg(long, value_name = "GB")]
    storage_gb: Option<u32>,
    /// Bandwidth per node, in Mbit/s.
    #[arg(long, value_name = "MBPS")]
    bandwidth_mbps: Option<u32>,
    /// How many nodes (and pools) you can run at once.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    max_nodes: Option<u16>,
}

fn parse_brand(input: &str) -> Result<String, Error> {
    let length = input.len();
    if input.trim().is_empty() || length > MAX_BRAND_BYTES {
        return Err(Error::InvalidInput(format!(
            "invalid brand '{input}': a brand name has 1 to {MAX_BRAND_BYTES} bytes and is not blank, not {length}"
        )));
    }
    Ok(input.to_string())
}

/// An amount that must be positive and fit the registry's 128-bit fields.
fn positive_u128(amount: U256, what: &str) -> Result<u128, Error> {
    if amount.is_zero() {
        return Err(Error::InvalidInput(format!("the {what} must be more than 0 ANKR")));
    }
    u128::try_from(amount)
        .map_err(|_| Error::InvalidInput(format!("the {what} of {} ANKR is too large", format_amount(amount))))
}

impl ProviderArgs {
    /// Run the provider command.
    pub async fn run(self, ctx: &Context) -> Result<()> {
        match self.command {
            ProviderCommand::Register(args) => register(ctx, args).await,
            ProviderCommand::Show { address } => show(ctx, address).await,
            ProviderCommand::List => list(ctx).await,
            ProviderCommand::Collateral { command: CollateralCommand::Add { amount } } => {
                add_collateral(ctx, amount).await
            }
            ProviderCommand::Collateral { command: CollateralCommand::Withdraw { amount } } => {
                withdraw_collateral(ctx, amount).await
            }
            ProviderCommand::Score { address } => score(ctx, address).await,
            ProviderCommand::Update(args) => update(ctx, args).await,
            ProviderCommand::Init(args) => {
                let password_file = ctx.password_file.clone().ok_or_else(|| {
                    Error::InvalidInput(
                        "provider init needs --password-file FILE holding the keystore's passphrase".into(),
                    )
                })?;
                let options = stkr_providerd::commands::InitOptions {
                    keystore: args.keystore,
                    password_file,
                    state_dir: args.state_dir,
                    poll_interval: args.poll_interval,
                    max_fee_gwei: args.max_fee_gwei,
                    out: args.out,
                    force: args.force,
                    projects: args.bid_floor.map(|floor| stkr_providerd::commands::ProjectOptions {
                        floor_ankr: floor,
                        share: args.bid_share,
                        max_projects: args.max_projects,
                        template: args.template,
                        profit_ankr: args.profit,
                    }),
                    beacon_url: args.beacon_url,
                    money: stkr_providerd::config::MoneyPolicy {
                        claim_min_fee_multiple: args.claim_min_fee_multiple,
                        claim_min_ankr: args.claim_min_ankr,
                        collateral_target_ankr: args.collateral_target,
                        interval_secs: args.money_interval,
                    },
                    metrics_listen: args.metrics_listen,
                };
                Ok(ctx.out.result(&stkr_providerd::commands::init(ctx, options).await?)?)
            }
            ProviderCommand::Run { config, dry_run, .. } => stkr_providerd::commands::run(&config, dry_run).await,
            ProviderCommand::Status { config } => Ok(ctx.out.result(&stkr_providerd::commands::status(&config)?)?),
            ProviderCommand::InstallService { config, user, binary, out } => {
                Ok(ctx.out.result(&stkr_providerd::commands::install_service(&config, &user, binary, out)?)?)
            }
        }
    }

    /// Whether this is the long-running `provider run`, which logs at info level.
    pub fn is_daemon(&self) -> bool {
        matches!(self.command, ProviderCommand::Run { .. })
    }

    /// Whether `provider run` logs one JSON object per line.
    pub fn json_logs(&self) -> bool {
        matches!(&self.command, ProviderCommand::Run { log_format, .. } if log_format == "json")
    }
}

/// The provider to read: the one given, else the --account's.
fn subject(ctx: &Context, address: Option<Address>) -> Result<Address, Error> {
    address_or_account(ctx, address, "name the provider: pass its address, or --account NAME for your own")
}

/// The resources offered per node.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct CapacityView {
    /// CPU cores.
    pub cpu_cores: u32,
    /// RAM in GB.
    pub ram_gb: u32,
    /// Storage in GB.
    pub storage_gb: u32,
    /// Bandwidth in Mbit/s.
    pub bandwidth_mbps: u32,
}

impl CapacityView {
    /// From the provider registry's struct.
    pub fn of(c: &Capacity) -> Self {
        Self { cpu_cores: c.cpuCores, ram_gb: c.ramGb, storage_gb: c.storageGb, bandwidth_mbps: c.bandwidthMbps }
    }

    /// The registry's struct.
    pub fn to_registry(self) -> Capacity {
        Capacity {
            cpuCores: self.cpu_cores,
            ramGb: self.ram_gb,
            storageGb: self.storage_gb,
            bandwidthMbps: self.bandwidth_mbps,
        }
    }
}

impl std::fmt::Display for CapacityView {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} CPU cores, {} GB RAM, {} GB storage, {} Mbit/s",
            self.cpu_cores, self.ram_gb, self.storage_gb, self.bandwidth_mbps
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn brands_are_checked() {
        assert!(parse_brand("Aurora Nodes").is_ok());
        assert!(parse_brand("").is_err());
        assert!(parse_brand("  ").is_err());
        assert!(parse_brand(&"x".repeat(65)).is_err());
    }
}
