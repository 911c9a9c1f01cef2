//! `stkr sidecar init | run | status | install-service`: the sidecar's commands.

use std::{
    net::SocketAddr,
    path::{Path, PathBuf},
};

use alloy::{primitives::U256, signers::local::PrivateKeySigner};
use clap::{Args, Subcommand};
use eyre::{Result, WrapErr};
use serde::Serialize;
use stkr_commands::Context;
use stkr_core::{
    Error,
    accounts::{self, Passphrase},
    bindings::NodeRegistry,
    chain,
    network::Network,
    output::{Render, Style, rows},
};

use crate::{
    SidecarError,
    config::{Config, LogFormat},
    daemon::Daemon,
    outbox::{LocalStatus, StateDir},
    service::{Unit, unit_safe},
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
    Init(InitArgs),
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
pub struct InitArgs {
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
pub struct RunArgs {
    /// The configuration file (`stkr sidecar init` writes it). The keystore passphrase is read from its
    /// `password_file`, or from systemd's `password` credential when run as a service.
    #[arg(long, value_name = "FILE", env = "STKR_SIDECAR_CONFIG")]
    config: PathBuf,
    /// Logs as human lines or JSON objects [default: the configuration's].
    #[arg(long, value_name = "FORMAT")]
    pub log_format: Option<LogFormat>,
}

/// Show what the sidecar last saw and did, from its state dir (no RPC needed).
///
/// Examples:
///   stkr sidecar status --config sidecar.toml
///   stkr --json sidecar status --config sidecar.toml | jq .last_report
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct StatusArgs {
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
pub struct ServiceArgs {
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

impl SidecarArgs {
    /// The log format `sidecar run` asks for, read before logging starts.
    pub fn log_format(&self) -> Option<LogFormat> {
        match &self.command {
            SidecarCommand::Run(run) => Some(
                run.log_format.or_else(|| Config::load(&run.config).ok().map(|c| c.log_format)).unwrap_or_default(),
            ),
            _ => None,
        }
    }

    /// Run the subcommand.
    pub async fn run(self, ctx: &Context) -> Result<()> {
        match self.command {
            SidecarCommand::Init(args) => init(ctx, args).await,
            SidecarCommand::Run(args) => run(args).await,
            SidecarCommand::Status(args) => status(ctx, &args.config),
            SidecarCommand::InstallService(args) => install_service(ctx, args),
        }
    }
}

fn input(error: SidecarError) -> eyre::Report {
    match error {
        SidecarError::Config(message) | SidecarError::State(message) => Error::InvalidInput(message).into(),
        other => eyre::Report::new(other),
    }
}

/// What `init` wrote.
#[derive(Debug, Serialize)]
struct InitReport {
    config_file: PathBuf,
    node_id: u64,
    sidecar: alloy::primitives::Address,
    node_registry: alloy::primitives::Address,
    probe_listen: SocketAddr,
    state_dir: PathBuf,
}

impl Render for InitReport {
    fn render(&self, style: &Style) -> String {
        format!(
            "{}\n{}\nStart it with `stkr sidecar run --config {}`, or as a service with `stkr sidecar install-service --config {}`.",
            style.good(&format!("wrote {}", self.config_file.display())),
            rows(
                style,
                &[
                    ("node", self.node_id.to_string()),
                    ("sidecar", self.sidecar.to_string()),
                    ("node registry", self.node_registry.to_string()),
                    ("probe", self.probe_listen.to_string()),
                    ("state dir", self.state_dir.display().to_string()),
                ]
            ),
            self.config_file.display(),
            self.config_file.display()
        )
    }
}

fn ask(prompt: &str) -> Result<String> {
    dialoguer::Input::<String>::with_theme(&dialoguer::theme::SimpleTheme)
        .with_prompt(prompt)
        .interact_text()
        .wrap_err("reading the answer")
}

async fn init(ctx: &Context, mut args: InitArgs) -> Result<()> {
    let interactive = ctx.out.interactive() && !ctx.yes;
    if args.node.is_none() && interactive {
        args.node = Some(
            ask("Node id (see `stkr node list`)")?
                .trim()
                .parse()
                .map_err(|_| Error::InvalidInput("a node id is a whole number such as 3".into()))?,
        );
    }
    if args.sidecar_account.is_none() && args.keystore.is_none() && interactive {
        args.sidecar_account = Some(ask("The sidecar's stkr account (see `stkr account list`)")?);
    }
    let password_file = match ctx.password_file.clone() {
        Some(path) => path,
        None if interactive => PathBuf::from(ask("A file holding the account's passphrase")?),
        None => PathBuf::new(),
    };
    let mut missing = Vec::new();
    if args.node.is_none() {
        missing.push("--node ID");
    }
    if args.sidecar_account.is_none() && args.keystore.is_none() {
        missing.push("--sidecar-account NAME or --keystore FILE");
    }
    if password_file.as_os_str().is_empty() {
        missing.push("--password-file FILE");
    }
    if !missing.is_empty() {
        return Err(Error::InvalidInput(format!("sidecar init needs {}", missing.join(", "))).into());
    }
    let node = args.node.unwrap_or_default();
    let keystore = match (&args.keystore, &args.sidecar_account) {
        (Some(path), _) => path.clone(),
        (None, Some(name)) => ctx.accounts().get(name)?.keystore,
        (None, None) => unreachable_missing()?,
    };
    let keystore = absolute(&keystore)?;
    let password_file = absolute(&password_file)?;
    let passphrase = accounts::read_password_file(&password_file)?;
    let signer = unlock(&keystore, &passphrase)?;
    let execution_urls = if args.execution_urls.is_empty() { vec![ctx.rpc_url()?] } else { args.execution_urls };
    let chain = chain::connect(&execution_urls[0], None, ctx.network).await?;
    let network = chain.network.ok_or_else(|| {
        Error::InvalidInput(format!("chain {} is not a network stkr knows; pass --network", chain.chain_id))
    })?;
    let deployment = ctx.deployment(&chain).await?;
    let registry = deployment.contracts.node_registry;
    let count = NodeRegistry::new(registry, &chain.provider)
        .nodeCount()
        .call()
        .await
        .map_err(|e| Error::Rpc(format!("reading the node count: {e}")))?;
    if node == 0 || U256::from(node) > count {
        return Err(Error::InvalidInput(format!("there is no node {node}: nodes run from 1 to {count}")).into());
    }
    let registered = NodeRegistry::new(registry, &chain.provider)
        .getNode(U256::from(node))
        .call()
        .await
        .map_err(|e| Error::Rpc(format!("reading node {node}: {e}")))?;
    if registered.sidecar != signer.address() {
        return Err(Error::InvalidInput(format!(
            "node {node}'s sidecar is {}, but this key is {}: use the key the node was registered with",
            registered.sidecar,
            signer.address()
        ))
        .into());
    }
    let state_dir = match args.state_dir {
        Some(dir) => absolute(&dir)?,
        None => ctx.data.root().join("sidecar").join(format!("node-{node}")),
    };
    let out = match args.out {
        Some(path) => path,
        None => ctx.data.root().join("sidecar").join(format!("node-{node}.toml")),
    };
    if out.exists() && !args.force {
        return Err(Error::InvalidInput(format!("{} exists; pass --force to overwrite it", out.display())).into());
    }
    let mut config = Config::new(
        network.name().to_string(),
        node,
        registry,
        keystore,
        password_file,
        execution_urls,
        args.probe_listen,
        state_dir.clone(),
    );
    config.beacon_urls = args.beacon_urls;
    config.validator_pubkey = args.validator_pubkey;
    config.metrics_listen = args.metrics_listen;
    config.max_fee_gwei = args.fee_cap;
    config.poll_interval_secs = args.poll_interval;
    config.max_head_age_secs = args.max_head_age;
    config.replace_after_secs = args.replace_after;
    config.check().map_err(Error::InvalidInput)?;
    if let Some(dir) = out.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).wrap_err_with(|| format!("creating {}", dir.display()))?;
    }
    stkr_core::dirs::write_private(&out, config.to_toml().map_err(input)?.as_bytes())?;
    ctx.out.result(&InitReport {
        config_file: out,
        node_id: node,
        sidecar: signer.address(),
        node_registry: registry,
        probe_listen: config.probe_listen,
        state_dir,
    })?;
    Ok(())
}

fn unreachable_missing() -> Result<PathBuf> {
    Err(Error::InvalidInput("sidecar init needs --sidecar-account NAME or --keystore FILE".into()).into())
}

fn absolute(path: &Path) -> Result<PathBuf> {
    if path.is_absolute() {
        return Ok(path.to_path_buf());
    }
    Ok(std::env::current_dir().wrap_err("reading the current directory")?.join(path))
}

fn unlock(keystore: &Path, passphrase: &Passphrase) -> Result<PrivateKeySigner> {
    PrivateKeySigner::decrypt_keystore(keystore, passphrase.expose()).map_err(|e| {
        let reason = e.to_string();
        if reason.to_lowercase().contains("mac") {
            Error::WrongPassphrase(keystore.display().to_string()).into()
        } else {
            Error::InvalidInput(format!("cannot open the keystore {}: {reason}", keystore.display())).into()
        }
    })
}

async fn run(args: RunArgs) -> Result<()> {
    let config = Config::load(&args.config).map_err(input)?;
    let password_file = password_file(&config);
    let passphrase = accounts::read_password_file(&password_file)?;
    let signer = unlock(&config.keystore, &passphrase)?;
    drop(passphrase);
    let network: Network = config.network.parse()?;
    let state = StateDir::open(&config.state_dir).map_err(input)?;
    // One daemon per state dir: a second would double every report.
    let lock = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(state.lock_path())
        .wrap_err_with(|| format!("opening {}", state.lock_path().display()))?;
    if lock.try_lock().is_err() {
        return Err(Error::InvalidInput(format!(
            "another sidecar already runs with the state dir {}",
            config.state_dir.display()
        ))
        .into());
    }
    tracing::info!(
        node = config.node_id,
        sidecar = %signer.address(),
        network = %network,
        rpc = ?config.rpc_urls,
        beacon = ?config.beacon_urls,
        "sidecar starting"
    );
    let mut daemon = Daemon::new(config, signer, network.chain_id()).map_err(input)?;
    daemon.listen().await.map_err(input)?;
    daemon.run(shutdown()).await;
    drop(lock);
    Ok(())
}

/// The passphrase file: systemd's `password` credential when run as the unit `install-service` writes,
/// else the configuration's.
fn password_file(config: &Config) -> PathBuf {
    std::env::var_os("CREDENTIALS_DIRECTORY")
        .map(|dir| PathBuf::from(dir).join("password"))
        .filter(|path| path.is_file())
        .unwrap_or_else(|| config.password_file.clone())
}

/// Resolves on SIGTERM or SIGINT.
async fn shutdown() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        match (signal(SignalKind::terminate()), signal(SignalKind::interrupt())) {
            (Ok(mut term), Ok(mut int)) => {
                tokio::select! {
                    _ = term.recv() => tracing::info!("SIGTERM: stopping after this round"),
                    _ = int.recv() => tracing::info!("SIGINT: stopping after this round"),
                }
            }
            _ => {
                let _ = tokio::signal::ctrl_c().await;
            }
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}

/// What `sidecar status` shows.
#[derive(Debug, Serialize)]
struct StatusReport {
    /// The daemon wrote its status within a few rounds.
    running: bool,
    /// Seconds since it last wrote.
    age_secs: u64,
    #[serde(flatten)]
    status: LocalStatus,
}

impl Render for StatusReport {
    fn render(&self, style: &Style) -> String {
        let s = &self.status;
        let state = if self.running {
            style.good(&format!("running (pid {}, updated {} s ago)", s.pid, self.age_secs))
        } else {
            style.warn(&format!("not running: the last status is {} s old (pid {})", self.age_secs, s.pid))
        };
        let mut lines = vec![
            ("sidecar", state),
            ("node", format!("{} (sidecar {})", s.node_id, s.sidecar)),
            ("health", s.health.clone()),
            ("period", s.period.map(|p| p.to_string()).unwrap_or_else(|| "-".into())),
            ("rpc", s.rpc_endpoint.clone()),
            (
                "head",
                match (s.execution.head_number, s.execution.head_age_secs) {
                    (Some(n), Some(age)) => format!("block {n}, {age} s old"),
                    _ => "unknown".into(),
                },
            ),
        ];
        if let Some(beacon) = &s.beacon {
            let validator = beacon
                .validator
                .as_ref()
                .map(|v| format!(", validator {} {} with {} gwei", v.index, v.status, v.balance_gwei))
                .unwrap_or_default();
            lines.push((
                "beacon",
                format!(
                    "{}: head epoch {}, finalized {}{validator}",
                    beacon.health, beacon.head_epoch, beacon.finalized_epoch
                ),
            ));
        }
        lines.push((
            "last report",
            match &s.last_report {
                Some(r) => format!("period {} in block {} ({})", r.period, r.block.unwrap_or_default(), r.tx_hash),
                None => "none yet".into(),
            },
        ));
        lines.push((
            "outbox",
            match &s.outbox {
                Some(p) => format!("period {} waiting, nonce {}, {} attempt(s)", p.period, p.nonce, p.attempts.len()),
                None => "empty".into(),
            },
        ));
        let audits = s
            .audits
            .iter()
            .map(|a| format!("node {} {}", a.node_id, if a.up { "up" } else { "down" }))
            .collect::<Vec<_>>()
            .join(", ");
        lines.push(("audits", if audits.is_empty() { "none this period".into() } else { audits }));
        if s.fee_cap_waiting {
            lines.push(("fees", style.warn("the network fee is above the cap: the report waits")));
        }
        for problem in &s.problems {
            lines.push(("problem", style.warn(problem)));
        }
        rows(style, &lines)
    }
}

fn status(ctx: &Context, config: &Path) -> Result<()> {
    let config = Config::load(config).map_err(input)?;
    let state = StateDir::open(&config.state_dir).map_err(input)?;
    let Some(status) = state.status().map_err(input)? else {
        return Err(Error::InvalidInput(format!(
            "the sidecar has not run with the state dir {} yet; start it with `stkr sidecar run`",
            config.state_dir.display()
        ))
        .into());
    };
    let age_secs = crate::execution::unix_now().saturating_sub(status.updated_at);
    let running = age_secs as f64 <= config.poll_interval_secs * 3.0 + 30.0;
    ctx.out.result(&StatusReport { running, age_secs, status })?;
    Ok(())
}

/// What `install-service` wrote.
#[derive(Debug, Serialize)]
struct ServiceReport {
    unit_file: PathBuf,
    user: String,
    verified: Option<bool>,
    verify_output: Option<String>,
}

impl Render for ServiceReport {
    fn render(&self, style: &Style) -> String {
        let verified = match self.verified {
            Some(true) => style.good("systemd-analyze verify: no complaints"),
            Some(false) => style.warn(&format!(
                "systemd-analyze verify complained: {}",
                self.verify_output.as_deref().unwrap_or_default()
            )),
            None => "systemd-analyze is not installed here: not verified".into(),
        };
        let name = self.unit_file.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        format!(
            "{}\n{verified}\nNext:\n  useradd --system --no-create-home {user}\n  chown -R {user}: <the state dir>\n  systemctl daemon-reload && systemctl enable --now {name}\n  journalctl -u {name} -f",
            style.good(&format!("wrote {}", self.unit_file.display())),
            user = self.user,
        )
    }
}

fn install_service(ctx: &Context, args: ServiceArgs) -> Result<()> {
    let config_path = absolute(&args.config)?;
    let config = Config::load(&config_path).map_err(input)?;
    let binary = match args.binary {
        Some(path) => absolute(&path)?,
        None => std::env::current_exe().wrap_err("finding this binary")?,
    };
    for (what, path) in [
        ("the binary", binary.as_path()),
        ("the configuration", config_path.as_path()),
        ("the password file", config.password_file.as_path()),
        ("the state dir", config.state_dir.as_path()),
    ] {
        if !unit_safe(path) {
            return Err(Error::InvalidInput(format!(
                "{what} {} must be an absolute path without spaces or %, ;, \\ or \" to go into a unit file",
                path.display()
            ))
            .into());
        }
    }
    if args.user.is_empty() || !args.user.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_') {
        return Err(Error::InvalidInput(format!("'{}' is not a valid user name", args.user)).into());
    }
    let unit = Unit {
        node_id: config.node_id,
        binary: &binary,
        config: &config_path,
        password_file: &config.password_file,
        state_dir: &config.state_dir,
        user: &args.user,
    }
    .render();
    let out = args
        .out
        .unwrap_or_else(|| PathBuf::from(format!("/etc/systemd/system/stkr-sidecar-{}.service", config.node_id)));
    std::fs::write(&out, unit).wrap_err_with(|| format!("writing {}", out.display()))?;
    let (verified, verify_output) = match std::process::Command::new("systemd-analyze").arg("verify").arg(&out).output()
    {
        Ok(output) => {
            let text = String::from_utf8_lossy(&output.stderr).trim().to_string();
            (Some(output.status.success()), (!text.is_empty()).then_some(text))
        }
        Err(_) => (None, None),
    };
    ctx.out.result(&ServiceReport { unit_file: out, user: args.user, verified, verify_output })?;
    Ok(())
}
