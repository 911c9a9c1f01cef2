//! The demo's sidecars: one `stkr sidecar run` per demo node, configured through `stkr sidecar init`,
//! each its own process group, stopped with the devnet.

use std::{
    ffi::{OsStr, OsString},
    path::PathBuf,
};

use eyre::Result;
use serde::Serialize;
use stkr_core::{devnet::DevnetState, dirs::DataDir};

use crate::Context;

use super::{
    daemons,
    demo::{DemoNode, sidecar_signer},
};

/// The report period of a demo with sidecars, in seconds.
pub const DEMO_REPORT_PERIOD: u64 = 120;

/// A demo sidecar that runs.
#[derive(Debug, Serialize)]
pub struct DemoSidecar {
    /// Its node.
    pub node_id: u64,
    /// Its process.
    pub pid: u32,
    /// Its configuration.
    pub config: PathBuf,
    /// Its log.
    pub log: PathBuf,
    /// Its probe URL.
    pub probe_url: String,
}

fn dir(data: &DataDir) -> PathBuf {
    data.devnet().join("sidecars")
}

/// Write each demo node's sidecar key (encrypted), configure it with `stkr sidecar init` and start
/// `stkr sidecar run`; returns once every probe answers.
pub async fn start(ctx: &Context, state: &DevnetState, nodes: &[DemoNode]) -> Result<Vec<DemoSidecar>> {
    let root = dir(&ctx.data);
    let (password, password_file) = daemons::write_password(&root)?;
    let mut started = Vec::new();
    for node in nodes {
        let node_dir = root.join(format!("node-{}", node.id));
        let keystore = daemons::write_keystore(&node_dir, "sidecar-key.json", &sidecar_signer(node.id)?, &password)?;
        let config = root.join(format!("node-{}.toml", node.id));
        let listen = node.probe_url.trim_start_matches("http://").trim_end_matches("/status").to_string();
        let node_id = node.id.to_string();
        let mut init: Vec<OsString> =
            ["--json", "-q", "--yes", "sidecar", "init", "--force"].iter().map(OsString::from).collect();
        if let Some(beacon) = &state.beacon_url {
            // Node N watches interop validator N - 1 (pools 1 and 3 are validators 0 and 1).
            let pubkey = crate::validator::interop_pubkey(node.id - 1)?;
            init.extend(["--beacon-url", beacon, "--validator-pubkey", &pubkey].map(OsString::from));
        }
        init.extend(["--node", &node_id, "--keystore"].map(OsString::from));
        init.push(keystore.into());
        init.push("--password-file".into());
        init.push(password_file.clone().into());
        init.extend(["--execution-url", &state.rpc_url, "--probe-listen", &listen].map(OsString::from));
        init.push("--state-dir".into());
        init.push(node_dir.join("state").into());
        init.extend(["--poll-interval", "2", "--max-head-age", "31536000", "--out"].map(OsString::from));
        init.push(config.clone().into());
        let init: Vec<&OsStr> = init.iter().map(OsString::as_os_str).collect();
        daemons::run_stkr(&ctx.data, &init, &format!("configuring the sidecar of node {}", node.id))?;
        let log = root.join(format!("node-{}.log", node.id));
        let pid = daemons::spawn_stkr(
            &ctx.data,
            &["sidecar".as_ref(), "run".as_ref(), "--config".as_ref(), config.as_ref()],
            &log,
        )?;
        ctx.out.status(format!("started the sidecar of node {} (pid {pid})", node.id));
        started.push(DemoSidecar { node_id: node.id, pid, config, log, probe_url: node.probe_url.clone() });
    }
    for sidecar in &started {
        let healthz = sidecar.probe_url.replace("/status", "/healthz");
        daemons::wait_healthy(&format!("the sidecar of node {}", sidecar.node_id), &healthz, &sidecar.log).await?;
    }
    Ok(started)
}

/// The demo sidecars of the running devnet that still run.
pub fn describe(data: &DataDir, state: &DevnetState) -> Vec<DemoSidecar> {
    let root = dir(data);
    let mut running = Vec::new();
    for &pid in &state.sidecars {
        let Some(config) = daemons::daemon_args(pid, "sidecar").as_deref().and_then(daemons::config_of) else {
            continue;
        };
        let node_id = config
            .file_stem()
            .and_then(|s| s.to_string_lossy().strip_prefix("node-").and_then(|n| n.parse().ok()))
            .unwrap_or_default();
        let probe_url = std::fs::read_to_string(&config)
            .ok()
            .and_then(|text| {
                text.lines().find_map(|l| l.strip_prefix("probe_listen = ").map(|v| v.trim_matches('"').to_string()))
            })
            .map(|listen| format!("http://{listen}/status"))
            .unwrap_or_default();
        running.push(DemoSidecar { node_id, pid, log: root.join(format!("node-{node_id}.log")), config, probe_url });
    }
    running
}

/// SIGTERM each demo sidecar still running and wait a little for it to finish its round.
pub fn stop(pids: &[u32]) {
    daemons::stop(pids, "sidecar");
}
