//! What `stkr guardian init | run | attest | status | install-service` do, as plain functions over plain options; the command line lives in the `stkr` binary.

use std::{
    net::SocketAddr,
    path::{Path, PathBuf},
    sync::Arc,
    time::Duration,
};

use alloy::{primitives::Address, providers::Provider, signers::local::PrivateKeySigner};
use eyre::{Result, WrapErr};
use serde::Serialize;
use stkr_core::{
    Context, Error, accounts,
    bindings::DepositGuard,
    chain::{self, Chain, transport_error},
    deploy::{Contracts, Deployment},
    guardian::{self, Committee, DepositIndex, DepositRequest, GuardianAttestation, REORG_DEPTH, scan_start},
    output::{Render, ServiceReport, Style, rows},
};
use stkr_daemon::journal::Journal;

use crate::{config::Config, daemon::Guardian};

/// What `init` writes.
#[derive(Debug, Clone)]
pub struct InitOptions {
    /// The guardian's keystore (a stkr account's file).
    pub keystore: PathBuf,
    /// The file holding its passphrase.
    pub password_file: PathBuf,
    /// Where to serve attestations.
    pub listen: SocketAddr,
    /// The state dir [default: <data dir>/guardian/ADDRESS].
    pub state_dir: Option<PathBuf>,
    /// How often the index catches up, in seconds.
    pub poll_interval: f64,
    /// Where to write the configuration [default: <data dir>/guardian/ADDRESS.toml].
    pub out: Option<PathBuf>,
    /// Overwrite an existing configuration file.
    pub force: bool,
}

/// What `init` wrote.
#[derive(Debug, Serialize)]
pub struct InitReport {
    config_file: PathBuf,
    guardian: Address,
    seated: bool,
    deposit_guard: Address,
    listen: SocketAddr,
    state_dir: PathBuf,
}

impl Render for InitReport {
    fn render(&self, style: &Style) -> String {
        let seated = if self.seated {
            style.good("appointed")
        } else {
            style.warn("not appointed yet: governance seats it with `stkr govern propose add-guardian ADDRESS URL`")
        };
        format!(
            "{}\n{}\nStart it with `stkr guardian run --config {}`, or as a service with `stkr guardian install-service --config {}`.",
            style.good(&format!("wrote {}", self.config_file.display())),
            rows(
                style,
                &[
                    ("guardian", format!("{} ({seated})", self.guardian)),
                    ("deposit guard", self.deposit_guard.to_string()),
                    ("listen", self.listen.to_string()),
                    ("state dir", self.state_dir.display().to_string()),
                ]
            ),
            self.config_file.display(),
            self.config_file.display()
        )
    }
}

fn absolute(path: &Path) -> Result<PathBuf> {
    stkr_daemon::service::absolute(path).wrap_err("reading the current directory")
}

/// Whether `who` is an appointed guardian.
async fn is_guardian(chain: &Chain, contracts: &Contracts, who: Address) -> Result<bool> {
    Ok(DepositGuard::new(contracts.deposit_guard, &chain.provider)
        .isGuardian(who)
        .call()
        .await
        .map_err(|e| Error::Rpc(format!("reading the guardian committee: {e}")))?)
}

/// Check `options` against the chain and write the configuration file.
pub async fn init(ctx: &Context, options: InitOptions) -> Result<InitReport> {
    let keystore = absolute(&options.keystore)?;
    let password_file = absolute(&options.password_file)?;
    let signer = accounts::unlock_keystore(&keystore, &accounts::read_password_file(&password_file)?)?;
    let rpc_url = ctx.rpc_url()?;
    let chain = chain::connect(&rpc_url, None, ctx.network).await?;
    let deployment = ctx.deployment(&chain).await?;
    let guardian = signer.address();
    let home = ctx.data.root().join("guardian");
    let state_dir = match &options.state_dir {
        Some(dir) => absolute(dir)?,
        None => home.join(guardian.to_string()),
    };
    let out = options.out.clone().unwrap_or_else(|| home.join(format!("{guardian}.toml")));
    if out.exists() && !options.force {
        return Err(Error::InvalidInput(format!("{} exists; pass --force to overwrite it", out.display())).into());
    }
    let config = Config {
        rpc_url,
        keystore,
        password_file,
        listen: options.listen,
        state_dir: state_dir.clone(),
        scan_start: scan_start(&deployment),
        poll_interval_secs: options.poll_interval,
        contracts: deployment.contracts.clone(),
    };
    config.check().map_err(Error::InvalidInput)?;
    if let Some(dir) = out.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).wrap_err_with(|| format!("creating {}", dir.display()))?;
    }
    stkr_core::dirs::write_private(&out, config.to_toml()?.as_bytes())?;
    Ok(InitReport {
        config_file: out,
        guardian,
        seated: is_guardian(&chain, &deployment.contracts, guardian).await?,
        deposit_guard: deployment.contracts.deposit_guard,
        listen: config.listen,
        state_dir,
    })
}

/// The passphrase file: systemd's `password` credential when run as the unit `install-service` writes,
/// else the configuration's.
fn password_file(config: &Config) -> PathBuf {
    stkr_daemon::service::password_file(&config.password_file)
}

/// Run the guardian with the configuration file `config` until SIGTERM or Ctrl-C.
pub async fn run(config: &Path) -> Result<()> {
    let config = Config::load(config)?;
    let password = accounts::read_password_file(&password_file(&config))?;
    let signer = accounts::unlock_keystore(&config.keystore, &password)?;
    let chain = chain::connect(&config.rpc_url, None, None).await?;
    let journal = Journal::open(&config.state_dir).map_err(|e| Error::InvalidInput(e.to_string()))?;
    // One daemon per state dir: two would race on the index.
    let lock = journal.lock().map_err(|e| Error::InvalidInput(e.to_string()))?;
    if !is_guardian(&chain, &config.contracts, signer.address()).await? {
        tracing::warn!(guardian = %signer.address(), "not an appointed guardian: its attestations count for nothing until governance seats it");
    }
    tracing::info!(guardian = %signer.address(), rpc = %config.rpc_url, listen = %config.listen, "guardian starting");
    let guardian = Arc::new(Guardian::new(
        chain,
        config.contracts.clone(),
        signer,
        journal,
        config.scan_start,
        zeroize::Zeroizing::new(password.expose().to_string()),
    )?);
    let listener = stkr_daemon::http::bind(config.listen).await.map_err(|e| Error::InvalidInput(e.to_string()))?;
    let stale_after = (config.poll_interval_secs * 3.0) as u64 + 30;
    let server = tokio::spawn(crate::http::serve(listener, guardian.clone(), stale_after));
    let poll = Duration::from_secs_f64(config.poll_interval_secs);
    let stop = stkr_daemon::signal::shutdown();
    tokio::pin!(stop);
    loop {
        if let Err(e) = guardian.refresh().await {
            tracing::warn!(error = %e, "the deposit index could not catch up this round");
        }
        tokio::select! {
            () = &mut stop => break,
            () = tokio::time::sleep(poll) => {}
        }
    }
    server.abort();
    guardian.persist(&*guardian.index.read().await)?;
    tracing::info!("guardian stopped");
    drop(lock);
    Ok(())
}

/// What `attest` answers.
#[derive(Debug, Serialize)]
pub struct AttestReport {
    #[serde(flatten)]
    attestation: GuardianAttestation,
}

impl Render for AttestReport {
    fn render(&self, style: &Style) -> String {
        let a = &self.attestation;
        format!(
            "{}\n{}",
            style.good(&format!("attested pool {}'s deposit", a.deposit.pool_id)),
            rows(
                style,
                &[
                    ("guardian", a.guardian.to_string()),
                    ("pubkey", a.deposit.pubkey.to_string()),
                    ("credentials", a.deposit.withdrawal_credentials.to_string()),
                    ("deposit data root", a.deposit.deposit_data_root.to_string()),
                    ("deposit root", a.block.deposit_root.to_string()),
                    ("block", format!("{} ({})", a.block.block_number, a.block.block_hash)),
                    ("signature", a.signature.to_string()),
                ]
            )
        )
    }
}

/// Check and sign `request` once as `signer`, scanning the deposit contract's logs afresh.
pub async fn attest(
    chain: &Chain,
    deployment: &Deployment,
    signer: &PrivateKeySigner,
    request: &DepositRequest,
) -> Result<AttestReport> {
    let contracts = &deployment.contracts;
    let head = chain.provider.get_block_number().await.map_err(|e| transport_error(&chain.url, &e))?;
    let mut index = DepositIndex::new(chain.chain_id, contracts.deposit_contract, scan_start(deployment));
    index.update(chain, head.saturating_sub(REORG_DEPTH)).await?;
    let attestation = guardian::attest(chain, contracts, &index, signer, request).await.map_err(Error::from)?;
    Ok(AttestReport { attestation })
}

/// What `status` shows: the committee on chain.
#[derive(Debug, Serialize)]
pub struct StatusReport {
    #[serde(flatten)]
    committee: Committee,
}

impl Render for StatusReport {
    fn render(&self, style: &Style) -> String {
        let c = &self.committee;
        let quorum = if c.members.is_empty() {
            style.warn("no guardians are seated: no pool can be activated")
        } else {
            format!("{} of {}", c.quorum, c.members.len())
        };
        let mut lines = vec![("deposit guard", c.guard.to_string()), ("quorum", quorum)];
        for member in &c.members {
            lines.push(("guardian", format!("{} at {}", member.address, member.url)));
        }
        rows(style, &lines)
    }
}

/// The committee on chain.
pub async fn status(chain: &Chain, contracts: &Contracts) -> Result<StatusReport> {
    Ok(StatusReport { committee: guardian::committee(chain, contracts).await? })
}

/// Write (and verify) the systemd unit for the guardian with the configuration `config`.
pub fn install_service(
    config: &Path,
    user: &str,
    binary: Option<PathBuf>,
    out: Option<PathBuf>,
) -> Result<ServiceReport> {
    let config_path = absolute(config)?;
    let config = Config::load(&config_path)?;
    let binary = stkr_daemon::service::binary(binary.as_deref()).wrap_err("finding the stkr binary")?;
    let place = |what, path, in_unit, instead| stkr_daemon::service::UnitPath { what, path, in_unit, instead };
    stkr_daemon::service::check_paths(&[
        place("the binary", binary.as_path(), true, "/usr/local/bin"),
        place("the configuration", config_path.as_path(), true, "/etc/stkr"),
        place("the keystore", config.keystore.as_path(), false, "/etc/stkr"),
        place("the password file", config.password_file.as_path(), true, "/etc/stkr"),
        place("the state dir", config.state_dir.as_path(), true, "/var/lib/stkr-guardian"),
    ])
    .map_err(Error::InvalidInput)?;
    if !stkr_daemon::service::valid_user(user) {
        return Err(Error::InvalidInput(format!("'{user}' is not a valid user name")).into());
    }
    let guardian = keystore_address(&config.keystore);
    let unit = crate::service::render(&guardian, &binary, &config_path, &config.password_file, &config.state_dir, user);
    let out = out.unwrap_or_else(|| PathBuf::from("/etc/systemd/system/stkr-guardian.service"));
    std::fs::write(&out, unit).wrap_err_with(|| format!("writing {}", out.display()))?;
    Ok(ServiceReport::verify(out, user, stkr_daemon::service::verify))
}

/// The address a keystore names, for the unit's description (no passphrase needed).
fn keystore_address(keystore: &Path) -> String {
    std::fs::read_to_string(keystore)
        .ok()
        .and_then(|text| serde_json::from_str::<serde_json::Value>(&text).ok())
        .and_then(|json| {
            json.get("address").and_then(|a| a.as_str()).map(|a| format!("0x{}", a.trim_start_matches("0x")))
        })
        .unwrap_or_else(|| keystore.display().to_string())
}
