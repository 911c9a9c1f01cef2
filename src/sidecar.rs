//! `stkr sidecar init | run | status | install-service`: the command line of the sidecar, whose work the
//! `stkr-sidecar` library does.

use std::{net::SocketAddr, path::PathBuf};

use clap::{Args, Subcommand, ValueEnum};
use eyre::{Result, WrapErr};
use stkr_commands::Context;
use stkr_core::Error;
use stkr_sidecar::{
    commands::{self, InitOptions, ServiceOptions},
    config::LogFormat,
};

/// The sidecar that runs beside each Stkr node: it watches the node's clients, audits its peers and
/// files one report per period to NodeRegistry.
///
/// Examples:
///   stkr sidecar init --node 3 --account node3-sidecar --password-file sidecar.pass --rpc-url http://127.0.0.1:8545
///   stkr sidecar run --config ~/.local/share/stkr/sidecar/node-3.toml
///   stkr sidecar status --config ~/.local/share/stkr/sidecar/node-3.toml
///   sudo stkr sidecar install-service --config /etc/stkr/sidecar-3.toml
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct SidecarArgs {
    #[command(subcommand)]
    command: SidecarCommand,
}

#[derive(Debug, Subcommand)]
enum SidecarCommand {
    Init(Box<InitArgs>),
    Run(RunArgs),
    Status(StatusArgs),
    InstallService(ServiceArgs),
}

/// Write a sidecar configuration file (TOML): the node, the key, the clients, the listeners, the state dir.
///
/// In a terminal it asks for what is missing; otherwise every required value comes from flags. The node's
/// registered sidecar address must be the key's address; the NodeRegistry address comes from the
/// deployment of the chain the RPC URL is on.
///
/// Examples:
///   stkr sidecar init
///   stkr sidecar init --node 3 --account node3-sidecar --password-file sidecar.pass \
///     --rpc-url http://127.0.0.1:8545 --rpc-url http://10.0.0.2:8545 --probe-listen 0.0.0.0:9100
///   stkr sidecar init --node 3 --keystore key.json --password-file key.pass --beacon-url http://127.0.0.1:5052 \
///     --validator-pubkey 0x93247f… --fee-cap 40 --out /etc/stkr/sidecar-3.toml
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
struct InitArgs {
    /// The node this sidecar serves (see `stkr node list`).
    #[arg(long, value_name = "ID")]
    node: Option<u64>,
    /// The sidecar's key: a stkr account (see `stkr account list`).
    #[arg(long = "sidecar-account", value_name = "NAME", conflicts_with = "keystore")]
    sidecar_account: Option<String>,
    /// The sidecar's key: a keystore file (geth, `cast wallet`).
    #[arg(long, value_name = "FILE")]
    keystore: Option<PathBuf>,
    /// The execution client's JSON-RPC URL; repeat for fallbacks, in order of preference [default: --rpc-url].
    #[arg(long = "execution-url", value_name = "URL")]
    execution_urls: Vec<String>,
    /// The consensus client's Beacon Node API URL; repeat for fallbacks.
    #[arg(long = "beacon-url", value_name = "URL")]
    beacon_urls: Vec<String>,
    /// The validator to watch through the Beacon Node API (0x and 96 hex digits).
    #[arg(long, value_name = "PUBKEY")]
    validator_pubkey: Option<String>,
    /// The provider daemon's status file (`<its state dir>/status.json`): the sidecar checks the health of
    /// each running project in it and puts the answers into its signed status.
    #[arg(long, value_name = "FILE")]
    provider_status: Option<PathBuf>,
    /// Where to serve /status and /healthz (the node's probe URL must reach it).
    #[arg(long, value_name = "ADDR:PORT", default_value = "0.0.0.0:9100")]
    probe_listen: SocketAddr,
    /// Where to serve /metrics [default: on the probe address].
    #[arg(long, value_name = "ADDR:PORT")]
    metrics_listen: Option<SocketAddr>,
    /// The state dir (outbox, status) [default: <data dir>/sidecar/node-ID].
    #[arg(long, value_name = "DIR")]
    state_dir: Option<PathBuf>,
    /// The most its reports pay per gas, in gwei; above it a report waits.
    #[arg(long, value_name = "GWEI", default_value_t = 100.0)]
    fee_cap: f64,
    /// How often it looks, in seconds.
    #[arg(long, value_name = "SECONDS", default_value_t = 12.0)]
    poll_interval: f64,
    /// A head older than this makes the node unhealthy, in seconds.
    #[arg(long, value_name = "SECONDS", default_value_t = 120)]
    max_head_age: u64,
    /// A report not mined after this many seconds goes again with a higher fee.
    #[arg(long, value_name = "SECONDS", default_value_t = 60)]
    replace_after: u64,
    /// Where to write the configuration [default: <data dir>/sidecar/node-ID.toml].
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
    /// Overwrite an existing configuration file.
    #[arg(long)]
    force: bool,
}

/// Run the sidecar in the foreground until SIGTERM or Ctrl-C (what systemd runs).
///
/// It watches the execution client (and the beacon node, when configured), serves the signed /status,
/// /healthz and /metrics, audits this period's targets and files the period's report; a report is kept in
/// the outbox under the state dir until the chain has it, so restarts, crashes and RPC outages lose none.
///
/// Examples:
///   stkr sidecar run --config sidecar.toml
///   stkr sidecar run --config sidecar.toml --log-format json
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
struct RunArgs {
    /// The configuration file (`stkr sidecar init` writes it). The keystore passphrase is read from its
    /// `password_file`, or from systemd's `password` credential when run as a service.
    #[arg(long, value_name = "FILE", env = "STKR_SIDECAR_CONFIG")]
    config: PathBuf,
    /// Logs as human lines or JSON objects [default: the configuration's].
    #[arg(long, value_name = "FORMAT")]
    log_format: Option<LogFormatArg>,
}

/// Show what the sidecar last saw and did, from its state dir (no RPC needed).
///
/// Examples:
///   stkr sidecar status --config sidecar.toml
///   stkr --json sidecar status --config sidecar.toml | jq .last_report
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
struct StatusArgs {
    /// The configuration file.
    #[arg(long, value_name = "FILE", env = "STKR_SIDECAR_CONFIG")]
    config: PathBuf,
}

/// Write a hardened systemd unit for the sidecar: its own user, NoNewPrivileges, ProtectSystem=strict,
/// only the state dir writable, the passphrase handed over with LoadCredential.
///
/// Checked with `systemd-analyze verify` when that is installed.
///
/// Examples:
///   sudo stkr sidecar install-service --config /etc/stkr/sidecar-3.toml
///   stkr sidecar install-service --config sidecar.toml --user stkr --out stkr-sidecar.service
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
struct ServiceArgs {
    /// The configuration file the service runs with.
    #[arg(long, value_name = "FILE")]
    config: PathBuf,
    /// The user (and group) the service runs as; create it with `useradd --system`.
    #[arg(long, value_name = "NAME", default_value = "stkr-sidecar")]
    user: String,
    /// The stkr binary [default: this one].
    #[arg(long, value_name = "PATH")]
    binary: Option<PathBuf>,
    /// Where to write the unit [default: /etc/systemd/system/stkr-sidecar-NODE.service].
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
}

/// How the daemon writes its logs.
#[derive(Debug, Clone, Copy, ValueEnum)]
enum LogFormatArg {
    /// One readable line per event.
    Human,
    /// One JSON object per line, for journald and log shippers.
    Json,
}

impl From<LogFormatArg> for LogFormat {
    fn from(format: LogFormatArg) -> Self {
        match format {
            LogFormatArg::Human => Self::Human,
            LogFormatArg::Json => Self::Json,
        }
    }
}

impl SidecarArgs {
    /// The log format `sidecar run` asks for, read before logging starts.
    pub fn log_format(&self) -> Option<LogFormat> {
        match &self.command {
            SidecarCommand::Run(run) => Some(commands::log_format(&run.config, run.log_format.map(Into::into))),
            _ => None,
        }
    }

    /// Run the subcommand.
    pub async fn run(self, ctx: &Context) -> Result<()> {
        match self.command {
            SidecarCommand::Init(args) => {
                let options = args.options(ctx)?;
                let report = commands::init(ctx, options).await?;
                for warning in report.warnings() {
                    ctx.out.warn(warning);
                }
                Ok(ctx.out.result(&report)?)
            }
            SidecarCommand::Run(args) => commands::run(&args.config).await,
            SidecarCommand::Status(args) => Ok(ctx.out.result(&commands::status(&args.config)?)?),
            SidecarCommand::InstallService(args) => {
                let options =
                    ServiceOptions { config: args.config, user: args.user, binary: args.binary, out: args.out };
                Ok(ctx.out.result(&commands::install_service(options)?)?)
            }
        }
    }
}

fn ask(prompt: &str) -> Result<String> {
    dialoguer::Input::<String>::with_theme(&dialoguer::theme::SimpleTheme)
        .with_prompt(prompt)
        .interact_text()
        .wrap_err("reading the answer")
}

impl InitArgs {
    /// The options, with what is missing asked for in a terminal.
    fn options(mut self, ctx: &Context) -> Result<InitOptions> {
        let interactive = ctx.out.interactive() && !ctx.yes;
        if self.node.is_none() && interactive {
            self.node = Some(
                ask("Node id (see `stkr node list`)")?
                    .trim()
                    .parse()
                    .map_err(|_| Error::InvalidInput("a node id is a whole number such as 3".into()))?,
            );
        }
        if self.sidecar_account.is_none() && self.keystore.is_none() && interactive {
            self.sidecar_account = Some(ask("The sidecar's stkr account (see `stkr account list`)")?);
        }
        let password_file = match ctx.password_file.clone() {
            Some(path) => Some(path),
            None if interactive => Some(PathBuf::from(ask("A file holding the account's passphrase")?)),
            None => None,
        };
        Ok(InitOptions {
            node: self.node,
            sidecar_account: self.sidecar_account,
            keystore: self.keystore,
            password_file,
            execution_urls: self.execution_urls,
            beacon_urls: self.beacon_urls,
            validator_pubkey: self.validator_pubkey,
            provider_status: self.provider_status,
            probe_listen: self.probe_listen,
            metrics_listen: self.metrics_listen,
            state_dir: self.state_dir,
            fee_cap: self.fee_cap,
            poll_interval: self.poll_interval,
            max_head_age: self.max_head_age,
            replace_after: self.replace_after,
            out: self.out,
            force: self.force,
        })
    }
}
