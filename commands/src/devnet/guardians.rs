//! The demo's deposit guardians: one `stkr guardian run` per demo guardian (dev accounts 7, 8 and 9),
//! configured through `stkr guardian init`, seated by governance at their URLs, stopped with the devnet.

use std::{ffi::OsStr, path::PathBuf};

use alloy::{primitives::Address, signers::local::PrivateKeySigner};
use eyre::{Result, WrapErr};
use serde::Serialize;
use stkr_core::{devnet::DevnetState, dirs::DataDir, network::dev_accounts};

use super::daemons;
use crate::Context;

/// The demo's guardians: the dev accounts whose keys sign deposit attestations.
pub const DEMO_GUARDIANS: [usize; 3] = [7, 8, 9];
/// How many of them an activation needs.
pub const DEMO_QUORUM: u64 = 2;

/// A demo guardian that runs.
#[derive(Debug, Clone, Serialize)]
pub struct DemoGuardian {
    /// Its address (the key that signs).
    pub address: Address,
    /// Its process.
    pub pid: u32,
    /// The URL governance seated it at, where `stkr pool activate` asks it.
    pub url: String,
    /// Its configuration.
    pub config: PathBuf,
    /// Its log.
    pub log: PathBuf,
}

fn dir(data: &DataDir) -> PathBuf {
    data.devnet().join("guardians")
}

/// The key of demo guardian `account` (a dev account: public knowledge, for the devnet only).
pub fn guardian_signer(account: usize) -> Result<PrivateKeySigner> {
    dev_accounts::KEYS[account].parse().wrap_err("a dev account key")
}

/// Write each demo guardian's key (encrypted), configure it with `stkr guardian init` on a free port and
/// start `stkr guardian run`; returns once every one answers /health. The deployment must be saved.
pub async fn start(ctx: &Context, state: &DevnetState) -> Result<Vec<DemoGuardian>> {
    let root = dir(&ctx.data);
    let (password, password_file) = daemons::write_password(&root)?;
    let mut started = Vec::new();
    for account in DEMO_GUARDIANS {
        let signer = guardian_signer(account)?;
        let home = root.join(format!("dev{account}"));
        let keystore = daemons::write_keystore(&home, "guardian-key.json", &signer, &password)?;
        let (config, state_dir) = (root.join(format!("dev{account}.toml")), home.join("state"));
        let listen = format!("127.0.0.1:{}", daemons::free_port()?);
        let init: [&OsStr; 18] = [
            "--json".as_ref(),
            "-q".as_ref(),
            "--rpc-url".as_ref(),
            state.rpc_url.as_ref(),
            "--password-file".as_ref(),
            password_file.as_ref(),
            "guardian".as_ref(),
            "init".as_ref(),
            "--force".as_ref(),
            "--keystore".as_ref(),
            keystore.as_ref(),
            "--listen".as_ref(),
            listen.as_ref(),
            "--state-dir".as_ref(),
            state_dir.as_ref(),
            "--poll-interval".as_ref(),
            "2".as_ref(),
            "--out".as_ref(),
        ];
        let mut init = init.to_vec();
        init.push(config.as_ref());
        daemons::run_stkr(&ctx.data, &init, &format!("configuring demo guardian dev{account}"))?;
        let log = root.join(format!("dev{account}.log"));
        let pid = daemons::spawn_stkr(
            &ctx.data,
            &["guardian".as_ref(), "run".as_ref(), "--config".as_ref(), config.as_ref()],
            &log,
        )?;
        ctx.out.status(format!("started guardian {} (pid {pid}) on {listen}", signer.address()));
        started.push(DemoGuardian { address: signer.address(), pid, url: format!("http://{listen}"), config, log });
    }
    for guardian in &started {
        let what = format!("guardian {}", guardian.address);
        daemons::wait_healthy(&what, &format!("{}/health", guardian.url), &guardian.log).await?;
    }
    Ok(started)
}

/// Start again the demo guardians configured in this data dir (a devnet continued from its --state file
/// keeps them seated at the same addresses); returns once every one answers /health.
pub async fn restart(ctx: &Context) -> Result<Vec<u32>> {
    let root = dir(&ctx.data);
    let (mut pids, mut configs) = (Vec::new(), Vec::new());
    for account in DEMO_GUARDIANS {
        let config = root.join(format!("dev{account}.toml"));
        if !config.is_file() {
            continue;
        }
        let log = root.join(format!("dev{account}.log"));
        let pid = daemons::spawn_stkr(
            &ctx.data,
            &["guardian".as_ref(), "run".as_ref(), "--config".as_ref(), config.as_ref()],
            &log,
        )?;
        pids.push(pid);
        configs.push(config);
    }
    for guardian in pids.iter().zip(&configs).filter_map(|(&pid, config)| from_config(pid, config.clone())) {
        let what = format!("guardian {}", guardian.address);
        daemons::wait_healthy(&what, &format!("{}/health", guardian.url), &guardian.log).await?;
    }
    Ok(pids)
}

/// The demo guardians of the running devnet that still run.
pub fn describe(state: &DevnetState) -> Vec<DemoGuardian> {
    let mut running = Vec::new();
    for &pid in &state.guardians {
        let Some(config) = daemons::daemon_args(pid, "guardian").as_deref().and_then(daemons::config_of) else {
            continue;
        };
        running.extend(from_config(pid, config));
    }
    running
}

/// Demo guardian process `pid` as its configuration file `dev<ACCOUNT>.toml` describes it.
fn from_config(pid: u32, config: PathBuf) -> Option<DemoGuardian> {
    let stem = config.file_stem()?.to_string_lossy().into_owned();
    let account: usize = stem.strip_prefix("dev")?.parse().ok()?;
    let address = guardian_signer(account).ok()?.address();
    let text = std::fs::read_to_string(&config).ok()?;
    let listen = text.lines().find_map(|l| l.strip_prefix("listen = ").map(|v| v.trim_matches('"').to_string()))?;
    let log = config.with_extension("log");
    Some(DemoGuardian { address, pid, url: format!("http://{listen}"), config, log })
}

/// SIGTERM each demo guardian still running; it writes its deposit index down as it stops.
pub fn stop(pids: &[u32]) {
    daemons::stop(pids, "guardian");
}
