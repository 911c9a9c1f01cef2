//! What `stkr sidecar init | run | status | install-service` do, as plain functions over plain options;
//! the command line (flags, prompts) lives in the `stkr` binary.

use std::{
    net::SocketAddr,
    path::{Path, PathBuf},
};

use alloy::{
    primitives::{Address, U256},
    signers::local::PrivateKeySigner,
};
use eyre::{Result, WrapErr};
use serde::Serialize;
use stkr_core::Context;
use stkr_core::{
    Error,
    accounts::{self, Passphrase},
    bindings::NodeRegistry,
    chain::{self, Chain},
    network::Network,
    output::{Render, ServiceReport, Style, rows},
};
use stkr_daemon::service::{UnitPath, check_paths};

use crate::{
    SidecarError,
    config::{Config, LogFormat},
    daemon::Daemon,
    outbox::{LocalStatus, StateDir},
    service::{Unit, valid_user},
};

/// What `init` writes: every value the configuration needs, prompted for or not by the caller.
#[derive(Debug, Clone)]
pub struct InitOptions {
    /// The node this sidecar serves.
    pub node: Option<u64>,
    /// The sidecar's key as a stkr account.
    pub sidecar_account: Option<String>,
    /// The sidecar's key as a keystore file.
    pub keystore: Option<PathBuf>,
    /// The file holding the key's passphrase.
    pub password_file: Option<PathBuf>,
    /// The execution client's JSON-RPC URLs [default: the context's RPC URL].
    pub execution_urls: Vec<String>,
    /// The consensus client's Beacon Node API URLs.
    pub beacon_urls: Vec<String>,
    /// The validator to watch.
    pub validator_pubkey: Option<String>,
    /// The provider daemon's status file, whose running projects' health it checks.
    pub provider_status: Option<PathBuf>,
    /// Where to serve /status and /healthz.
    pub probe_listen: SocketAddr,
    /// Where to serve /metrics.
    pub metrics_listen: Option<SocketAddr>,
    /// The state dir [default: <data dir>/sidecar/node-ID].
    pub state_dir: Option<PathBuf>,
    /// The fee cap in gwei.
    pub fee_cap: f64,
    /// The poll interval in seconds.
    pub poll_interval: f64,
    /// The oldest head that is healthy, in seconds.
    pub max_head_age: u64,
    /// Seconds before a report is sent again with a higher fee.
    pub replace_after: u64,
    /// Where to write the configuration [default: <data dir>/sidecar/node-ID.toml].
    pub out: Option<PathBuf>,
    /// Overwrite an existing configuration file.
    pub force: bool,
}

/// What `install-service` writes.
#[derive(Debug, Clone)]
pub struct ServiceOptions {
    /// The configuration file the service runs with.
    pub config: PathBuf,
    /// The user (and group) the service runs as.
    pub user: String,
    /// The stkr binary [default: this one].
    pub binary: Option<PathBuf>,
    /// Where to write the unit [default: /etc/systemd/system/stkr-sidecar-NODE.service].
    pub out: Option<PathBuf>,
}

/// The log format `sidecar run` logs in: `chosen`, else the configuration's, else human.
pub fn log_format(config: &Path, chosen: Option<LogFormat>) -> LogFormat {
    chosen.or_else(|| Config::load(config).ok().map(|c| c.log_format)).unwrap_or_default()
}

fn input(error: SidecarError) -> eyre::Report {
    match error {
        SidecarError::Config(message) | SidecarError::State(message) => Error::InvalidInput(message).into(),
        other => eyre::Report::new(other),
    }
}

/// What `init` wrote.
#[derive(Debug, Serialize)]
pub struct InitReport {
    config_file: PathBuf,
    node_id: u64,
    sidecar: Address,
    node_registry: Address,
    probe_listen: SocketAddr,
    state_dir: PathBuf,
    /// Beacon nodes that did not answer, said on stderr, not in the report.
    #[serde(skip)]
    warnings: Vec<String>,
}

impl InitReport {
    /// What the checks found worth saying that did not stop the configuration being written.
    pub fn warnings(&self) -> &[String] {
        &self.warnings
    }
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

/// Check `options` against the chain and write the configuration file.
pub async fn init(ctx: &Context, options: InitOptions) -> Result<InitReport> {
    let (node, keystore, password_file) = required(ctx, &options)?;
    let keystore = absolute(&keystore)?;
    let password_file = absolute(&password_file)?;
    let passphrase = accounts::read_password_file(&password_file)?;
    let signer = unlock(&keystore, &passphrase)?;
    let execution_urls =
        if options.execution_urls.is_empty() { vec![ctx.rpc_url()?] } else { options.execution_urls.clone() };
    let chain = chain::connect(&execution_urls[0], None, ctx.network).await?;
    // Every fallback is checked too: a typo or a certificate that does not verify shows now, not at 3 am.
    for url in &execution_urls[1..] {
        let other = chain::connect(url, None, ctx.network).await?;
        if other.chain_id != chain.chain_id {
            return Err(Error::InvalidInput(format!(
                "{url} is on chain {} but {} is on chain {}; every --execution-url must serve the same chain",
                other.chain_id, execution_urls[0], chain.chain_id
            ))
            .into());
        }
    }
    let mut warnings = Vec::new();
    for url in &options.beacon_urls {
        chain::parse_url(url)?;
        warnings.extend(check_beacon(url).await?);
    }
    let network = chain.network.ok_or_else(|| {
        Error::InvalidInput(format!("chain {} is not a network stkr knows; pass --network", chain.chain_id))
    })?;
    let registry = ctx.deployment(&chain).await?.contracts.node_registry;
    check_registered(&chain, registry, node, signer.address()).await?;
    let state_dir = match &options.state_dir {
        Some(dir) => absolute(dir)?,
        None => ctx.data.root().join("sidecar").join(format!("node-{node}")),
    };
    let out = match &options.out {
        Some(path) => path.clone(),
        None => ctx.data.root().join("sidecar").join(format!("node-{node}.toml")),
    };
    if out.exists() && !options.force {
        return Err(Error::InvalidInput(format!("{} exists; pass --force to overwrite it", out.display())).into());
    }
    let mut config = Config::new(
        network.name().to_string(),
        node,
        registry,
        keystore,
        password_file,
        execution_urls,
        options.probe_listen,
        state_dir.clone(),
    );
    config.beacon_urls = options.beacon_urls;
    config.validator_pubkey = options.validator_pubkey;
    config.provider_status = options.provider_status.as_deref().map(absolute).transpose()?;
    config.metrics_listen = options.metrics_listen;
    config.max_fee_gwei = options.fee_cap;
    config.poll_interval_secs = options.poll_interval;
    config.max_head_age_secs = options.max_head_age;
    config.replace_after_secs = options.replace_after;
    config.check().map_err(Error::InvalidInput)?;
    if let Some(dir) = out.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).wrap_err_with(|| format!("creating {}", dir.display()))?;
    }
    stkr_core::dirs::write_private(&out, config.to_toml().map_err(input)?.as_bytes())?;
    Ok(InitReport {
        config_file: out,
        node_id: node,
        sidecar: signer.address(),
        node_registry: registry,
        probe_listen: config.probe_listen,
        state_dir,
        warnings,
    })
}

/// Ask the beacon node at `url` for its version. A certificate that does not verify is refused now, not
/// at the first report; a node that is down or not yet serving is kept, with a warning, because a sidecar
/// is often set up before its beacon node has synced.
async fn check_beacon(url: &str) -> Result<Option<String>> {
    let client = reqwest::Client::builder()
        .timeout(std::time::Duration::from_secs(10))
        .build()
        .map_err(|e| Error::Other(format!("building an HTTP client: {e}")))?;
    let endpoint = format!("{}/eth/v1/node/version", url.trim_end_matches('/'));
    match client.get(&endpoint).send().await {
        Ok(response) if response.status().is_success() => Ok(None),
        Ok(response) => Ok(Some(format!(
            "the beacon node at {url} answered {} to /eth/v1/node/version; keeping it anyway",
            response.status()
        ))),
        Err(e) => match chain::certificate_failure(url, &e) {
            Some(certificate) => Err(certificate.into()),
            None => Ok(Some(format!("the beacon node at {url} did not answer ({e}); keeping it anyway"))),
        },
    }
}

/// The node, the keystore and the passphrase file, or an error naming every flag missing.
fn required(ctx: &Context, options: &InitOptions) -> Result<(u64, PathBuf, PathBuf)> {
    let password_file = options.password_file.clone().unwrap_or_default();
    let mut missing = Vec::new();
    if options.node.is_none() {
        missing.push("--node ID");
    }
    if options.sidecar_account.is_none() && options.keystore.is_none() {
        missing.push("--sidecar-account NAME or --keystore FILE");
    }
    if password_file.as_os_str().is_empty() {
        missing.push("--password-file FILE");
    }
    if !missing.is_empty() {
        return Err(Error::InvalidInput(format!("sidecar init needs {}", missing.join(", "))).into());
    }
    let keystore = match (&options.keystore, &options.sidecar_account) {
        (Some(path), _) => path.clone(),
        (None, Some(name)) => ctx.accounts().get(name)?.keystore,
        (None, None) => unreachable_missing()?,
    };
    Ok((options.node.unwrap_or_default(), keystore, password_file))
}

/// That node `node` exists on `registry` and its registered sidecar is `sidecar`.
async fn check_registered(chain: &Chain, registry: Address, node: u64, sidecar: Address) -> Result<()> {
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
    if registered.sidecar != sidecar {
        return Err(Error::InvalidInput(format!(
            "node {node}'s sidecar is {}, but this key is {sidecar}: use the key the node was registered with",
            registered.sidecar,
        ))
        .into());
    }
    Ok(())
}

fn unreachable_missing() -> Result<PathBuf> {
    Err(Error::InvalidInput("sidecar init needs --sidecar-account NAME or --keystore FILE".into()).into())
}

fn absolute(path: &Path) -> Result<PathBuf> {
    stkr_daemon::service::absolute(path).wrap_err("reading the current directory")
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

/// Run the sidecar with the configuration file `config` until SIGTERM or Ctrl-C.
pub async fn run(config: &Path) -> Result<()> {
    let config = Config::load(config).map_err(input)?;
    let password_file = password_file(&config);
    let passphrase = accounts::read_password_file(&password_file)?;
    let signer = unlock(&config.keystore, &passphrase)?;
    drop(passphrase);
    let network: Network = config.network.parse()?;
    let state = StateDir::open(&config.state_dir).map_err(input)?;
    // One daemon per state dir: a second would double every report. `sidecar status` takes the lock for a
    // moment to see whether a daemon runs, so a few tries over half a second tell it from a daemon.
    let mut lock = state.lock();
    for _ in 0..5 {
        if lock.is_ok() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
        lock = state.lock();
    }
    let lock = lock.map_err(input)?;
    tracing::info!(
        node = config.node_id,
        sidecar = %signer.address(),
        network = %network,
        rpc = %config.rpc_urls.join(","),
        beacon = %config.beacon_urls.join(","),
        "sidecar starting"
    );
    let mut daemon = Daemon::new(config, signer, network.chain_id()).map_err(input)?;
    daemon.listen().await.map_err(input)?;
    daemon.run(stkr_daemon::signal::shutdown()).await;
    drop(lock);
    Ok(())
}

/// The passphrase file: systemd's `password` credential when run as the unit `install-service` writes,
/// else the configuration's.
fn password_file(config: &Config) -> PathBuf {
    stkr_daemon::service::password_file(&config.password_file)
}

/// What `sidecar status` shows.
#[derive(Debug, Serialize)]
pub struct StatusReport {
    /// Whether a daemon runs: a process holds the state dir (its last status may be older).
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
            style.warn(&format!(
                "stopped: no process holds its state dir; the last status is {} s old (pid {} ran it)",
                self.age_secs, s.pid
            ))
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

/// Show what the sidecar with the configuration file `config` last saw and did.
pub fn status(config: &Path) -> Result<StatusReport> {
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
    // Running means a process holds the state dir's lock, not that the last status is recent: a sidecar
    // stopped a moment ago is stopped.
    let running = state.is_held();
    Ok(StatusReport { running, age_secs, status })
}

/// Write (and verify) the systemd unit for the sidecar with `options.config`.
pub fn install_service(options: ServiceOptions) -> Result<ServiceReport> {
    let config_path = absolute(&options.config)?;
    let config = Config::load(&config_path).map_err(input)?;
    let binary = stkr_daemon::service::binary(options.binary.as_deref()).wrap_err("finding the stkr binary")?;
    let state_instead = format!("/var/lib/stkr-sidecar-{}", config.node_id);
    let place = |what, path, in_unit, instead| UnitPath { what, path, in_unit, instead };
    check_paths(&[
        place("the binary", binary.as_path(), true, "/usr/local/bin"),
        place("the configuration", config_path.as_path(), true, "/etc/stkr"),
        place("the keystore", config.keystore.as_path(), false, "/etc/stkr"),
        place("the password file", config.password_file.as_path(), true, "/etc/stkr"),
        place("the state dir", config.state_dir.as_path(), true, &state_instead),
    ])
    .map_err(Error::InvalidInput)?;
    if !valid_user(&options.user) {
        return Err(Error::InvalidInput(format!("'{}' is not a valid user name", options.user)).into());
    }
    let unit = Unit {
        node_id: config.node_id,
        binary: &binary,
        config: &config_path,
        password_file: &config.password_file,
        state_dir: &config.state_dir,
        user: &options.user,
    }
    .render();
    let out = options
        .out
        .unwrap_or_else(|| PathBuf::from(format!("/etc/systemd/system/stkr-sidecar-{}.service", config.node_id)));
    std::fs::write(&out, unit).wrap_err_with(|| format!("writing {}", out.display()))?;
    Ok(ServiceReport::verify(out, &options.user, crate::service::verify))
}
