//! What `stkr signer init | run | status | install-service | slashing-protection export | import` do, as plain functions over plain options; the command line lives in the `stkr` binary.

use std::{
    net::SocketAddr,
    path::{Path, PathBuf},
    sync::Arc,
    time::Duration,
};

use eyre::{Result, WrapErr};
use serde::Serialize;
use stkr_core::{
    Context, Error, accounts,
    cosign::Protection,
    dkg::DistributedKey,
    guardian,
    output::{Render, ServiceReport, Style, rows},
};
use stkr_daemon::{journal::Journal, service::Credential};
use stkr_validator::{SecretKey, keystore::Keystore, slashing::SlashingProtection};

use crate::{
    config::{Config, GuardianEndpoint},
    daemon::Signer,
};

/// The slashing-protection record in the state dir.
const SLASHING_PROTECTION: &str = "slashing-protection.json";

/// What `init` writes.
#[derive(Debug, Clone)]
pub struct InitOptions {
    /// The distributed key's record (`stkr validator dkg` wrote it).
    pub key_file: PathBuf,
    /// The provider's share keystore.
    pub share_keystore: PathBuf,
    /// The provider's Ethereum keystore (a stkr account's file).
    pub account_keystore: PathBuf,
    /// The passphrase of both.
    pub password_file: PathBuf,
    /// Where to serve the API.
    pub listen: SocketAddr,
    /// The state dir [default: <data dir>/signer/PUBKEY].
    pub state_dir: Option<PathBuf>,
    /// Where to write the configuration [default: <data dir>/signer/PUBKEY.toml].
    pub out: Option<PathBuf>,
    /// Overwrite an existing configuration.
    pub force: bool,
}

/// What `init` wrote.
#[derive(Debug, Serialize)]
pub struct InitReport {
    config_file: PathBuf,
    validator: String,
    pool_id: u64,
    threshold: u32,
    guardians: Vec<GuardianEndpoint>,
    listen: SocketAddr,
    state_dir: PathBuf,
}

impl Render for InitReport {
    fn render(&self, style: &Style) -> String {
        let mut lines = vec![
            ("validator", self.validator.clone()),
            ("pool", self.pool_id.to_string()),
            ("signs with", format!("the provider and {} of {} guardians", self.threshold, self.guardians.len())),
            ("listen", self.listen.to_string()),
            ("state dir", self.state_dir.display().to_string()),
        ];
        for g in &self.guardians {
            lines.push(("guardian", format!("{} {} at {}", g.index, g.address, g.url)));
        }
        format!(
            "{}\n{}\nStart it with `stkr signer run --config {c}`, or as a service with `stkr signer install-service --config {c}`;\npoint the validator client at it: `--externalSigner.url http://{}` (Lodestar), `--validators-external-signer-url` (Prysm), `--remote-signer-url` (Teku).",
            style.good(&format!("wrote {}", self.config_file.display())),
            rows(style, &lines),
            self.listen,
            c = self.config_file.display(),
        )
    }
}

fn absolute(path: &Path) -> Result<PathBuf> {
    stkr_daemon::service::absolute(path).wrap_err("reading the current directory")
}

/// The distributed key's record.
pub fn read_key(path: &Path) -> Result<DistributedKey> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| Error::InvalidInput(format!("cannot read {}: {e}", path.display())))?;
    Ok(serde_json::from_str(&text).map_err(|e| {
        Error::InvalidInput(format!(
            "{} is not a distributed key record (`stkr validator dkg` writes one): {e}",
            path.display()
        ))
    })?)
}

/// The provider's share from its keystore.
fn read_share(path: &Path, password: &str) -> Result<SecretKey> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| Error::InvalidInput(format!("cannot read {}: {e}", path.display())))?;
    let keystore = Keystore::from_json(&text).map_err(|e| Error::InvalidInput(format!("{}: {e}", path.display())))?;
    let secret = keystore.decrypt(password).map_err(|e| Error::InvalidInput(format!("{}: {e}", path.display())))?;
    Ok(SecretKey::from_bytes(&secret).map_err(|e| Error::InvalidInput(e.to_string()))?)
}

/// The passphrase file: systemd's `password` credential when run as the unit `install-service` writes,
/// else the configuration's.
fn password_file(config: &Config) -> PathBuf {
    stkr_daemon::service::password_file(&config.password_file)
}

/// A signer from `config`, with its keys unlocked and checked against the key record.
fn signer(config: &Config) -> Result<Signer> {
    let password = accounts::read_password_file(&password_file(config))?;
    let key = read_key(&config.key_file)?;
    let share = read_share(&config.share_keystore, password.expose())?;
    let account = accounts::unlock_keystore(&config.account_keystore, &password)?;
    let protection = Protection::new(config.state_dir.join(SLASHING_PROTECTION));
    Ok(Signer::new(
        key,
        share,
        account,
        config.chain_id,
        config.guardians.clone(),
        Duration::from_secs_f64(config.guardian_timeout_secs),
        protection,
    )?)
}

/// Check the keys, read the guardians' URLs from the chain, and write the configuration file.
pub async fn init(ctx: &Context, options: InitOptions) -> Result<InitReport> {
    let (chain, contracts) = ctx.reader().await?;
    let home = ctx.data.root().join("signer");
    write_config(&chain, &contracts, &home, options).await
}

/// What `init` does once connected: check the keys, read the guardians' URLs from `chain`, and write the
/// configuration file (its defaults under `home`). The provider daemon calls it for each pool it activates.
pub async fn write_config(
    chain: &stkr_core::chain::Chain,
    contracts: &stkr_core::deploy::Contracts,
    home: &Path,
    options: InitOptions,
) -> Result<InitReport> {
    let key_file = absolute(&options.key_file)?;
    let key = read_key(&key_file)?;
    if chain.chain_id != key.ceremony.chain_id {
        return Err(Error::InvalidInput(format!(
            "the key was made on chain {}, but the RPC endpoint is chain {}",
            key.ceremony.chain_id, chain.chain_id
        ))
        .into());
    }
    let committee = guardian::committee(chain, contracts).await?;
    let guardians = key
        .ceremony
        .guardians
        .iter()
        .enumerate()
        .map(|(i, address)| {
            let member = committee.members.iter().find(|m| m.address == *address).ok_or_else(|| {
                Error::InvalidInput(format!(
                    "guardian {} ({address}) holds a share but is no longer seated, so its URL is unknown",
                    i + 1
                ))
            })?;
            Ok(GuardianEndpoint { index: i as u32 + 1, address: *address, url: member.url.clone() })
        })
        .collect::<Result<Vec<_>, Error>>()?;
    let validator = key.pubkey();
    let state_dir = match &options.state_dir {
        Some(dir) => absolute(dir)?,
        None => home.join(&validator),
    };
    let out = options.out.clone().unwrap_or_else(|| home.join(format!("{validator}.toml")));
    if out.exists() && !options.force {
        return Err(Error::InvalidInput(format!("{} exists; pass --force to overwrite it", out.display())).into());
    }
    let config = Config {
        chain_id: chain.chain_id,
        key_file,
        share_keystore: absolute(&options.share_keystore)?,
        account_keystore: absolute(&options.account_keystore)?,
        password_file: absolute(&options.password_file)?,
        listen: options.listen,
        state_dir: state_dir.clone(),
        guardians: guardians.clone(),
        guardian_timeout_secs: 2.0,
    };
    config.check().map_err(Error::InvalidInput)?;
    // Unlock everything now, so a wrong passphrase or file shows here, not when the first duty arrives.
    signer(&config)?;
    if let Some(dir) = out.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).wrap_err_with(|| format!("creating {}", dir.display()))?;
    }
    stkr_core::dirs::write_private(&out, config.to_toml()?.as_bytes())?;
    Ok(InitReport {
        config_file: out,
        validator,
        pool_id: key.ceremony.pool_id,
        threshold: key.group.guardians.threshold,
        guardians,
        listen: options.listen,
        state_dir,
    })
}

/// Run the signer with the configuration file `config` until SIGTERM or Ctrl-C.
pub async fn run(config: &Path) -> Result<()> {
    let config = Config::load(config)?;
    let journal = Journal::open(&config.state_dir).map_err(|e| Error::InvalidInput(e.to_string()))?;
    // One signer per state dir: two would keep two slashing-protection records of one key.
    let lock = journal.lock().map_err(|e| Error::InvalidInput(e.to_string()))?;
    let signer = Arc::new(signer(&config)?);
    let listener = stkr_daemon::http::bind(config.listen).await.map_err(|e| Error::InvalidInput(e.to_string()))?;
    tracing::info!(validator = %signer.pubkey, listen = %config.listen, guardians = config.guardians.len(), "signer starting");
    let server = tokio::spawn(crate::http::serve(listener, signer));
    stkr_daemon::signal::shutdown().await;
    server.abort();
    tracing::info!("signer stopped");
    drop(lock);
    Ok(())
}

/// What `status` shows.
#[derive(Debug, Serialize)]
pub struct StatusReport {
    running: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    status: Option<serde_json::Value>,
}

impl Render for StatusReport {
    fn render(&self, style: &Style) -> String {
        let Some(status) = &self.status else {
            return style.warn("not running: start it with `stkr signer run --config FILE`");
        };
        let text = |key: &str| status.get(key).map(|v| v.to_string().trim_matches('"').to_string()).unwrap_or_default();
        let mut lines = vec![
            ("validator", text("validator")),
            ("pool", text("pool_id")),
            ("threshold", text("threshold")),
            ("signatures", text("signatures")),
            ("refusals", text("refusals")),
        ];
        for g in status.get("guardians").and_then(|g| g.as_array()).into_iter().flatten() {
            let field = |k: &str| g.get(k).map(|v| v.to_string().trim_matches('"').to_string()).unwrap_or_default();
            lines.push((
                "guardian",
                format!(
                    "{} at {}: {} partials, {} failures",
                    field("index"),
                    field("url"),
                    field("partials"),
                    field("failures")
                ),
            ));
        }
        format!("{}\n{}", style.good("running"), rows(style, &lines))
    }
}

/// Ask the running signer for its status.
pub async fn status(config: &Path) -> Result<StatusReport> {
    let config = Config::load(config)?;
    let url = format!("http://{}/status", config.listen);
    let client = reqwest::Client::builder().timeout(Duration::from_secs(5)).build().wrap_err("an HTTP client")?;
    match client.get(&url).send().await {
        Ok(response) if response.status().is_success() => {
            let status = response.json().await.wrap_err_with(|| format!("reading {url}"))?;
            Ok(StatusReport { running: true, status: Some(status) })
        }
        _ => Ok(StatusReport { running: false, status: None }),
    }
}

/// Write (and verify) the systemd unit for the signer with the configuration `config`.
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
        place("the share keystore", config.share_keystore.as_path(), false, "/etc/stkr"),
        place("the account keystore", config.account_keystore.as_path(), false, "/etc/stkr"),
        place("the key file", config.key_file.as_path(), false, "/etc/stkr"),
        place("the password file", config.password_file.as_path(), true, "/etc/stkr"),
        place("the state dir", config.state_dir.as_path(), true, "/var/lib/stkr-signer"),
    ])
    .map_err(Error::InvalidInput)?;
    if !stkr_daemon::service::valid_user(user) {
        return Err(Error::InvalidInput(format!("'{user}' is not a valid user name")).into());
    }
    let key = read_key(&config.key_file)?;
    let unit = unit(&key.pubkey(), &binary, &config_path, &config, user);
    let out = out.unwrap_or_else(|| PathBuf::from("/etc/systemd/system/stkr-signer.service"));
    std::fs::write(&out, unit).wrap_err_with(|| format!("writing {}", out.display()))?;
    Ok(ServiceReport::verify(out, user, stkr_daemon::service::verify))
}

/// The unit file's text for the signer of validator `validator` running `binary signer run --config config_path`.
fn unit(validator: &str, binary: &Path, config_path: &Path, config: &Config, user: &str) -> String {
    let comment =
        format!("Written by `stkr signer install-service`: the stkr threshold signer of validator {validator}.");
    let description = format!("stkr threshold signer {validator}");
    let exec_start = format!("{} signer run --config {}", binary.display(), config_path.display());
    stkr_daemon::service::Unit {
        comment: &comment,
        description: &description,
        documentation: "https://github.com/stkr/stkr#distributed-validators",
        exec_start: &exec_start,
        user,
        state_dir: &config.state_dir,
        stop_note: "SIGTERM stops the API; every slashing-protection record is on disk before a signature leaves.",
        runs_jit: false,
        credentials: &[Credential {
            name: "password",
            path: &config.password_file,
            comment: &[
                "The keystores' passphrase arrives as a credential readable only by this service; the signer reads it",
                "from $CREDENTIALS_DIRECTORY/password.",
            ],
        }],
    }
    .render()
}

/// The genesis validators root an interchange file (or a slashing-protection record, which is one) names.
fn interchange_root(text: &str, what: &str) -> Result<[u8; 32]> {
    let value: serde_json::Value =
        serde_json::from_str(text).map_err(|e| Error::InvalidInput(format!("{what} is not JSON ({e})")))?;
    let root = value.pointer("/metadata/genesis_validators_root").and_then(|v| v.as_str()).ok_or_else(|| {
        Error::InvalidInput(format!("{what} is not an EIP-3076 interchange (no metadata.genesis_validators_root)"))
    })?;
    Ok(alloy::hex::decode(root)
        .ok()
        .and_then(|b| b.try_into().ok())
        .ok_or_else(|| Error::InvalidInput(format!("{what}'s genesis_validators_root is not 32 bytes of hex")))?)
}

/// What `slashing-protection import` added.
#[derive(Debug, Serialize)]
pub struct ImportReport {
    file: PathBuf,
    new_validators: usize,
    new_blocks: usize,
    new_attestations: usize,
}

impl Render for ImportReport {
    fn render(&self, style: &Style) -> String {
        style.good(&format!(
            "imported {}: {} new validator(s), {} block(s), {} attestation(s)",
            self.file.display(),
            self.new_validators,
            self.new_blocks,
            self.new_attestations
        ))
    }
}

/// The state dir's journal, refusing while the signer runs: its record must not change under it.
fn idle_journal(config: &Config) -> Result<Journal> {
    let journal = Journal::open(&config.state_dir).map_err(|e| Error::InvalidInput(e.to_string()))?;
    if journal.is_held() {
        return Err(Error::InvalidInput(
            "the signer is running on this state dir: stop it first, so the record does not change under it".into(),
        )
        .into());
    }
    Ok(journal)
}

/// An EIP-3076 interchange document, printed as is (with or without --json).
#[derive(Debug, Serialize)]
#[serde(transparent)]
pub struct Interchange(serde_json::Value);

impl Render for Interchange {
    fn render(&self, _style: &Style) -> String {
        serde_json::to_string_pretty(&self.0).unwrap_or_default()
    }
}

/// The signer's slashing-protection record as an EIP-3076 interchange.
pub fn export(config: &Path) -> Result<Interchange> {
    let config = Config::load(config)?;
    let journal = idle_journal(&config)?;
    let path = journal.path(SLASHING_PROTECTION);
    let text = std::fs::read_to_string(&path).map_err(|_| {
        Error::InvalidInput(format!(
            "{} does not exist yet: the signer has signed no block or attestation",
            path.display()
        ))
    })?;
    let root = interchange_root(&text, &path.display().to_string())?;
    let store = SlashingProtection::open(&path, root).map_err(|e| Error::InvalidInput(e.to_string()))?;
    let text = store.export(root).map_err(|e| Error::InvalidInput(e.to_string()))?;
    Ok(Interchange(serde_json::from_str(&text).map_err(|e| Error::Other(e.to_string()))?))
}

/// Merge an EIP-3076 interchange (another client's export, or this signer's own) into the record.
pub fn import(config: &Path, file: &Path) -> Result<ImportReport> {
    let config = Config::load(config)?;
    let journal = idle_journal(&config)?;
    let text = std::fs::read_to_string(file)
        .map_err(|e| Error::InvalidInput(format!("cannot read {}: {e}", file.display())))?;
    let root = interchange_root(&text, &file.display().to_string())?;
    let mut store = SlashingProtection::open(journal.path(SLASHING_PROTECTION), root)
        .map_err(|e| Error::InvalidInput(e.to_string()))?;
    let imported = store.import(&text).map_err(|e| Error::InvalidInput(e.to_string()))?;
    Ok(ImportReport {
        file: file.to_path_buf(),
        new_validators: imported.new_validators,
        new_blocks: imported.new_blocks,
        new_attestations: imported.new_attestations,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_unit_runs_the_signer_hardened_with_the_passphrase_as_a_credential() {
        let config = Config {
            chain_id: 1,
            key_file: "/etc/stkr/distributed-key.json".into(),
            share_keystore: "/etc/stkr/provider-share.json".into(),
            account_keystore: "/etc/stkr/provider.json".into(),
            password_file: "/etc/stkr/signer.pass".into(),
            listen: "127.0.0.1:9000".parse().expect("socket"),
            state_dir: "/var/lib/stkr-signer".into(),
            guardians: Vec::new(),
            guardian_timeout_secs: 2.0,
        };
        let text =
            unit("0xab", Path::new("/usr/local/bin/stkr"), Path::new("/etc/stkr/signer.toml"), &config, "stkr-signer");
        for line in [
            "User=stkr-signer",
            "ProtectSystem=strict",
            "ReadWritePaths=/var/lib/stkr-signer",
            "LoadCredential=password:/etc/stkr/signer.pass",
            "ExecStart=/usr/local/bin/stkr signer run --config /etc/stkr/signer.toml",
        ] {
            assert!(text.lines().any(|l| l == line), "missing {line} in\n{text}");
        }
    }
}
