//! What `stkr provider init | run | status` do, as plain functions over plain options; the command line lives in the `stkr` binary.

use std::{
    path::{Path, PathBuf},
    time::Duration,
};

use alloy::primitives::Address;
use eyre::{Result, WrapErr};
use serde::Serialize;
use stkr_core::{
    Context, Error, accounts, chain,
    dirs::DataDir,
    output::{Render, Style, rows},
};
use stkr_daemon::journal::Journal;

use crate::{
    config::{Config, MoneyPolicy, ProjectPolicy, ValidatorPolicy},
    daemon::{Daemon, STATUS, Stage, Status},
    projects::ProjectStage,
    supervise::Supervisor,
    template::{self, Template},
};

/// What `init` writes.
#[derive(Debug, Clone)]
pub struct InitOptions {
    /// The provider's keystore.
    pub keystore: PathBuf,
    /// The file holding its passphrase.
    pub password_file: PathBuf,
    /// The state dir [default: <data dir>/provider/ADDRESS].
    pub state_dir: Option<PathBuf>,
    /// How often it looks at the chain, in seconds.
    pub poll_interval: f64,
    /// The fee cap in gwei.
    pub max_fee_gwei: f64,
    /// Where to write the configuration [default: <data dir>/provider/ADDRESS.toml].
    pub out: Option<PathBuf>,
    /// Overwrite an existing configuration.
    pub force: bool,
    /// The project policy, when it bids on projects.
    pub projects: Option<ProjectOptions>,
    /// The provider's beacon node, when it runs the validators of its active pools.
    pub beacon_url: Option<String>,
    /// When it claims and how much collateral it keeps.
    pub money: MoneyPolicy,
    /// Where it serves `/metrics` and `/status`.
    pub metrics_listen: Option<std::net::SocketAddr>,
}

/// The project policy `init` writes.
#[derive(Debug, Clone)]
pub struct ProjectOptions {
    /// Never bid below this, in ANKR.
    pub floor_ankr: String,
    /// The share of FP it bids.
    pub share: f64,
    /// At most this many projects at once.
    pub max_projects: u32,
    /// The template won projects run from.
    pub template: String,
    /// The profit reported at the end, in ANKR.
    pub profit_ankr: String,
}

/// What `init` wrote.
#[derive(Debug, Serialize)]
pub struct InitReport {
    config_file: PathBuf,
    provider: Address,
    state_dir: PathBuf,
    max_fee_gwei: f64,
    /// The templates written (the shipped ones the templates dir lacked).
    templates_written: Vec<PathBuf>,
}

impl Render for InitReport {
    fn render(&self, style: &Style) -> String {
        format!(
            "{}\n{}\nStart it with `stkr provider run --config {}` (add --dry-run to see what it would do).",
            style.good(&format!("wrote {}", self.config_file.display())),
            rows(
                style,
                &[
                    ("provider", self.provider.to_string()),
                    ("state dir", self.state_dir.display().to_string()),
                    ("fee cap", format!("{} gwei", self.max_fee_gwei)),
                ]
            ),
            self.config_file.display()
        )
    }
}

fn absolute(path: &Path) -> Result<PathBuf> {
    stkr_daemon::service::absolute(path).wrap_err("reading the current directory")
}

/// Check the key against the chain and write the configuration file.
pub async fn init(ctx: &Context, options: InitOptions) -> Result<InitReport> {
    let keystore = absolute(&options.keystore)?;
    let password_file = absolute(&options.password_file)?;
    let signer = accounts::unlock_keystore(&keystore, &accounts::read_password_file(&password_file)?)?;
    let rpc_url = ctx.rpc_url()?;
    let chain = chain::connect(&rpc_url, None, ctx.network).await?;
    let deployment = ctx.deployment(&chain).await?;
    let provider = signer.address();
    let home = ctx.data.root().join("provider");
    let state_dir = match &options.state_dir {
        Some(dir) => absolute(dir)?,
        None => home.join(provider.to_string()),
    };
    let out = options.out.clone().unwrap_or_else(|| home.join(format!("{provider}.toml")));
    if out.exists() && !options.force {
        return Err(Error::InvalidInput(format!("{} exists; pass --force to overwrite it", out.display())).into());
    }
    let mut templates_written = Vec::new();
    let projects = match options.projects {
        Some(p) => {
            let templates_dir = state_dir.join("templates");
            let policy = ProjectPolicy {
                floor_price_ankr: p.floor_ankr,
                bid_share_of_fixed_price: p.share,
                max_projects: p.max_projects,
                template: p.template,
                templates_dir: templates_dir.clone(),
                projects_dir: state_dir.join("projects"),
                profit_ankr: p.profit_ankr,
            };
            policy.check().map_err(Error::InvalidInput)?;
            DataDir::ensure_private(&state_dir)?;
            templates_written = template::write_shipped(&templates_dir)?;
            Template::load(&templates_dir, &policy.template)?;
            Some(policy)
        }
        None => None,
    };
    let validators = match options.beacon_url {
        Some(beacon_url) => {
            let templates_dir = state_dir.join("templates");
            DataDir::ensure_private(&state_dir)?;
            templates_written.extend(template::write_shipped(&templates_dir)?);
            let (template, network) = crate::validators::default_template(chain.chain_id);
            Template::load(&templates_dir, template)?;
            Some(ValidatorPolicy { beacon_url, template: template.into(), templates_dir, network: network.into() })
        }
        None => None,
    };
    options.money.check().map_err(|reason| Error::InvalidInput(format!("[money] {reason}")))?;
    let config = Config {
        projects,
        validators,
        metrics_listen: options.metrics_listen,
        money: options.money.clone(),
        rpc_url,
        keystore,
        password_file,
        state_dir: state_dir.clone(),
        poll_interval_secs: options.poll_interval,
        max_fee_gwei: options.max_fee_gwei,
        contracts: deployment.contracts.clone(),
    };
    config.check().map_err(Error::InvalidInput)?;
    if let Some(dir) = out.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).wrap_err_with(|| format!("creating {}", dir.display()))?;
    }
    stkr_core::dirs::write_private(&out, config.to_toml()?.as_bytes())?;
    Ok(InitReport { config_file: out, provider, state_dir, max_fee_gwei: options.max_fee_gwei, templates_written })
}

/// The passphrase file: systemd's `password` credential when run as a service, else the configuration's.
fn password_file(config: &Config) -> PathBuf {
    stkr_daemon::service::password_file(&config.password_file)
}

/// Run the daemon with the configuration file `config` until SIGTERM or Ctrl-C (which let the current
/// step finish: every step is journaled before the next begins).
pub async fn run(config: &Path, dry_run: bool) -> Result<()> {
    let config = Config::load(config)?;
    let password_path = password_file(&config);
    let password = accounts::read_password_file(&password_path)?;
    let signer = accounts::unlock_keystore(&config.keystore, &password)?;
    let journal = Journal::open(&config.state_dir).map_err(|e| Error::InvalidInput(e.to_string()))?;
    // One daemon per provider: two would both activate.
    let lock = journal.lock().map_err(|e| Error::InvalidInput(e.to_string()))?;
    let chain = chain::connect(&config.rpc_url, Some(signer.clone()), None).await?;
    tracing::info!(provider = %signer.address(), rpc = %config.rpc_url, dry_run, "provider daemon starting");
    let daemon = Daemon {
        chain,
        contracts: config.contracts.clone(),
        signer,
        password,
        journal,
        max_fee_wei: config.max_fee_wei(),
        dry_run,
        bids: DataDir::resolve(Some(config.state_dir.clone()))?,
        policy: config.projects.clone(),
        supervisor: tokio::sync::Mutex::new(Supervisor::default()),
        validators: config.validators.clone(),
        account_keystore: config.keystore.clone(),
        password_file: password_path,
        money: config.money.clone(),
        money_checked: tokio::sync::Mutex::new(None),
        metrics: std::sync::Arc::new(crate::metrics::Metrics::default()),
        recent: std::sync::Mutex::new(Vec::new()),
    };
    // What it sent before a restart stays in `provider status`.
    if let Ok(Some(previous)) = daemon.journal.read::<Vec<crate::daemon::Action>>(crate::daemon::RECENT_FILE)
        && let Ok(mut recent) = daemon.recent.lock()
    {
        *recent = previous;
    }
    let server = match config.metrics_listen {
        Some(listen) => {
            let (metrics, provider) = (daemon.metrics.clone(), daemon.signer.address().to_string());
            let status_file = config.state_dir.join(STATUS);
            // Bind now, so a taken port stops the start with a clear error.
            let listener = std::net::TcpListener::bind(listen)
                .map_err(|e| Error::InvalidInput(format!("cannot serve metrics on {listen}: {e}")))?;
            drop(listener);
            tracing::info!(%listen, "serving /metrics and /status");
            Some(tokio::spawn(async move {
                if let Err(e) = crate::metrics::serve(listen, metrics, provider, status_file).await {
                    tracing::warn!(error = %e, "the metrics endpoint stopped");
                }
            }))
        }
        None => None,
    };
    let poll = Duration::from_secs_f64(config.poll_interval_secs);
    let stop = stkr_daemon::signal::shutdown();
    tokio::pin!(stop);
    loop {
        // A round runs to its end before a stop is heard: its steps are each journaled.
        match daemon.round().await {
            Ok(waiting) => {
                for sentence in waiting {
                    tracing::info!("{sentence}");
                }
            }
            Err(e) => tracing::warn!(error = %e, "this round could not finish"),
        }
        tokio::select! {
            () = &mut stop => break,
            () = tokio::time::sleep(poll) => {}
        }
    }
    if let Some(server) = server {
        server.abort();
    }
    // Projects' processes stop with the daemon (a service manager restarts both).
    daemon.supervisor.lock().await.stop_all(Duration::from_secs(10)).await;
    tracing::info!("provider daemon stopped");
    drop(lock);
    Ok(())
}

/// What `status` shows (and the dashboard's Provider tab).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct StatusReport {
    /// Whether a daemon holds the state dir now.
    pub running: bool,
    /// What its last round found.
    #[serde(flatten)]
    pub status: Status,
}

impl Render for StatusReport {
    fn render(&self, style: &Style) -> String {
        let running = if self.running { style.good("running") } else { style.warn("not running") };
        let mut lines = vec![("daemon", running), ("provider", self.status.provider.to_string())];
        for pool in &self.status.pools {
            let stage = match pool.stage {
                Stage::Keyed => "keyed, not activated yet",
                Stage::Activating => "activation sent",
                Stage::Activated => "activated",
                Stage::ExitRequested => "ended; exit requested",
                Stage::Settled => "settled",
            };
            let running = match &pool.validator_health {
                Some(h) => format!(
                    "; signer {}, validator client {}",
                    if h.signer { "up" } else { "down" },
                    if h.client { "up" } else { "down" }
                ),
                None => String::new(),
            };
            lines.push(("pool", format!("{}: {stage}, validator {}{running}", pool.pool_id, pool.validator)));
        }
        for project in &self.status.projects {
            let stage = match project.stage {
                ProjectStage::Sealing => "sealing a bid",
                ProjectStage::Sealed => "bid sealed",
                ProjectStage::Revealing => "revealing its bid",
                ProjectStage::Revealed => "bid revealed",
                ProjectStage::Provisioning => "won; provisioning",
                ProjectStage::Running => match project.healthy {
                    Some(true) => "running, healthy",
                    _ => "running, not healthy",
                },
                ProjectStage::Completing => "completing",
                ProjectStage::Completed => "completed",
                ProjectStage::Lost => "not won",
            };
            let note = project.note.as_deref().map(|n| format!(" ({n})")).unwrap_or_default();
            lines.push(("project", format!("{}: {stage}{note}", project.project_id)));
        }
        for sentence in &self.status.passed {
            lines.push(("passed on", sentence.clone()));
        }
        for sentence in &self.status.waiting {
            lines.push(("waiting", sentence.clone()));
        }
        if let Some(deadline) = &self.status.next_deadline {
            lines.push(("next deadline", format!("{}: {}", deadline.utc, deadline.what)));
        }
        for action in self.status.recent.iter().rev().take(5) {
            lines.push(("sent", format!("{}: {} ({})", stkr_core::time::utc(action.at), action.what, action.tx_hash)));
        }
        rows(style, &lines)
    }
}

/// What the daemon did and waits for, from its state dir.
pub fn status(config: &Path) -> Result<StatusReport> {
    let config = Config::load(config)?;
    let journal = Journal::open(&config.state_dir).map_err(|e| Error::InvalidInput(e.to_string()))?;
    let status: Status = journal.read(STATUS).map_err(|e| Error::InvalidInput(e.to_string()))?.unwrap_or_default();
    Ok(StatusReport { running: journal.is_held(), status })
}

/// Write (and verify) the systemd unit for the provider daemon with the configuration `config`.
pub fn install_service(
    config: &Path,
    user: &str,
    binary: Option<PathBuf>,
    out: Option<PathBuf>,
) -> Result<stkr_core::output::ServiceReport> {
    let config_path = absolute(config)?;
    let config = Config::load(&config_path)?;
    let binary = stkr_daemon::service::binary(binary.as_deref()).wrap_err("finding the stkr binary")?;
    let place = |what, path, in_unit, instead| stkr_daemon::service::UnitPath { what, path, in_unit, instead };
    let mut paths = vec![
        place("the binary", binary.as_path(), true, "/usr/local/bin"),
        place("the configuration", config_path.as_path(), true, "/etc/stkr"),
        place("the keystore", config.keystore.as_path(), false, "/etc/stkr"),
        place("the password file", config.password_file.as_path(), true, "/etc/stkr"),
        place("the state dir", config.state_dir.as_path(), true, "/var/lib/stkr-provider"),
    ];
    if let Some(projects) = &config.projects {
        paths.push(place("the templates dir", projects.templates_dir.as_path(), false, "/var/lib/stkr-provider"));
        paths.push(place("the projects dir", projects.projects_dir.as_path(), false, "/var/lib/stkr-provider"));
    }
    stkr_daemon::service::check_paths(&paths).map_err(Error::InvalidInput)?;
    if let Some(projects) = &config.projects
        && !projects.projects_dir.starts_with(&config.state_dir)
    {
        return Err(Error::InvalidInput(format!(
            "the projects dir {} lies outside the state dir {}, the only place the service may write: move it there",
            projects.projects_dir.display(),
            config.state_dir.display()
        ))
        .into());
    }
    if !stkr_daemon::service::valid_user(user) {
        return Err(Error::InvalidInput(format!("'{user}' is not a valid user name")).into());
    }
    let signer = accounts::unlock_keystore(&config.keystore, &accounts::read_password_file(&config.password_file)?)?;
    let provider = signer.address();
    let comment = format!("Written by `stkr provider install-service`: the stkr provider daemon of {provider}.");
    let description = format!("stkr provider daemon {provider}");
    let exec_start = format!("{} provider run --config {}", binary.display(), config_path.display());
    let unit = stkr_daemon::service::Unit {
        comment: &comment,
        description: &description,
        documentation: "https://github.com/stkr/stkr#the-provider-daemon",
        exec_start: &exec_start,
        user,
        state_dir: &config.state_dir,
        stop_note: "SIGTERM lets the current step finish; every step is journaled before the next begins.",
        credentials: &[stkr_daemon::service::Credential {
            name: "password",
            path: &config.password_file,
            comment: &[
                "The keystore's passphrase arrives as a credential readable only by this service; the daemon (and the",
                "signers it starts) read it from $CREDENTIALS_DIRECTORY/password.",
            ],
        }],
        runs_jit: config.validators.is_some() || config.projects.is_some(),
    }
    .render();
    let out = out.unwrap_or_else(|| PathBuf::from("/etc/systemd/system/stkr-provider.service"));
    std::fs::write(&out, unit).wrap_err_with(|| format!("writing {}", out.display()))?;
    Ok(stkr_core::output::ServiceReport::verify(out, user, stkr_daemon::service::verify))
}
