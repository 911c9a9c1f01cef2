//! The demo's sidecars: one `stkr sidecar run` per demo node, configured through `stkr sidecar init`,
//! each its own process group, stopped with the devnet.

use std::{
    path::{Path, PathBuf},
    process::{Command, Stdio},
    time::{Duration, Instant},
};

use alloy::signers::local::PrivateKeySigner;
use eyre::{Result, WrapErr, bail};
use serde::Serialize;
use stkr_core::{devnet::DevnetState, dirs::DataDir};

use crate::Context;

use super::demo::{DemoNode, sidecar_signer};

/// The report period of a demo with sidecars, in seconds.
pub const DEMO_REPORT_PERIOD: u64 = 120;
/// How long a started sidecar may take to serve its probe.
const START_TIMEOUT: Duration = Duration::from_secs(20);

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
pub async fn start(
    ctx: &Context,
    state: &DevnetState,
    nodes: &[DemoNode],
    beacon: Option<&super::beacon::BeaconNode>,
) -> Result<Vec<DemoSidecar>> {
    let root = dir(&ctx.data);
    DataDir::ensure_private(&root)?;
    let password = format!("{:x}", rand::random::<u128>());
    let password_file = root.join("password");
    stkr_core::dirs::write_private(&password_file, format!("{password}\n").as_bytes())?;
    let exe = std::env::current_exe().wrap_err("finding the stkr binary")?;
    let mut started = Vec::new();
    for node in nodes {
        let node_dir = root.join(format!("node-{}", node.id));
        DataDir::ensure_private(&node_dir)?;
        let key = sidecar_signer(node.id)?;
        let keystore = write_keystore(&node_dir, &key, &password)?;
        let config = root.join(format!("node-{}.toml", node.id));
        let listen = node.probe_url.trim_start_matches("http://").trim_end_matches("/status").to_string();
        let mut init = Command::new(&exe);
        init.args(["--json", "-q", "--yes", "sidecar", "init", "--force"]);
        if let Some(beacon) = beacon {
            // Node N watches interop validator N - 1 (pools 1 and 3 are validators 0 and 1).
            let pubkey = crate::validator::interop_pubkey(node.id - 1)?;
            init.args(["--beacon-url", &beacon.url, "--validator-pubkey", &pubkey]);
        }
        let init = init
            .args(["--node", &node.id.to_string(), "--keystore"])
            .arg(&keystore)
            .arg("--password-file")
            .arg(&password_file)
            .args(["--execution-url", &state.rpc_url, "--probe-listen", &listen])
            .arg("--state-dir")
            .arg(node_dir.join("state"))
            .args(["--poll-interval", "2", "--max-head-age", "31536000", "--out"])
            .arg(&config)
            .env("STKR_DATA_DIR", ctx.data.root())
            .env_remove("STKR_PASSWORD_FILE")
            .output()
            .wrap_err("running `stkr sidecar init`")?;
        if !init.status.success() {
            bail!("configuring the sidecar of node {}: {}", node.id, String::from_utf8_lossy(&init.stderr).trim());
        }
        let log = root.join(format!("node-{}.log", node.id));
        let log_file = std::fs::File::create(&log).wrap_err_with(|| format!("creating {}", log.display()))?;
        let mut command = Command::new(&exe);
        command
            .args(["sidecar", "run", "--config"])
            .arg(&config)
            .env("STKR_DATA_DIR", ctx.data.root())
            .env_remove("STKR_PASSWORD_FILE")
            .stdin(Stdio::null())
            .stdout(log_file.try_clone().wrap_err("duplicating the log handle")?)
            .stderr(log_file);
        #[cfg(unix)]
        {
            // Its own process group, like anvil: a Ctrl-C where `up` ran leaves it running.
            use std::os::unix::process::CommandExt;
            command.process_group(0);
        }
        let child = command.spawn().wrap_err("starting `stkr sidecar run`")?;
        ctx.out.status(format!("started the sidecar of node {} (pid {})", node.id, child.id()));
        started.push(DemoSidecar { node_id: node.id, pid: child.id(), config, log, probe_url: node.probe_url.clone() });
    }
    wait_for_probes(&started).await?;
    Ok(started)
}

fn write_keystore(dir: &Path, key: &PrivateKeySigner, password: &str) -> Result<PathBuf> {
    let path = dir.join("sidecar-key.json");
    let _ = std::fs::remove_file(&path);
    let mut rng = rand::thread_rng();
    PrivateKeySigner::encrypt_keystore(dir, &mut rng, key.to_bytes(), password, Some("sidecar-key.json"))
        .wrap_err("writing a demo sidecar keystore")?;
    Ok(path)
}

async fn wait_for_probes(sidecars: &[DemoSidecar]) -> Result<()> {
    let deadline = Instant::now() + START_TIMEOUT;
    for sidecar in sidecars {
        let healthz = sidecar.probe_url.replace("/status", "/healthz");
        loop {
            let answered = tokio::task::spawn_blocking({
                let url = healthz.clone();
                move || http_ok(&url)
            })
            .await
            .unwrap_or(false);
            if answered {
                break;
            }
            if Instant::now() > deadline {
                let log = std::fs::read_to_string(&sidecar.log).unwrap_or_default();
                let last = log.lines().rev().find(|l| !l.trim().is_empty()).unwrap_or("no output");
                bail!("the sidecar of node {} did not start: {last}", sidecar.node_id);
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
    }
    Ok(())
}

/// Whether an HTTP GET of `url` (http://host:port/path) answers 200.
pub fn http_ok(url: &str) -> bool {
    use std::io::{Read, Write};
    let Some(rest) = url.strip_prefix("http://") else { return false };
    let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
    let Ok(mut stream) = std::net::TcpStream::connect(host) else { return false };
    let _ = stream.set_read_timeout(Some(Duration::from_secs(2)));
    if stream.write_all(format!("GET /{path} HTTP/1.1\r\nHost: {host}\r\n\r\n").as_bytes()).is_err() {
        return false;
    }
    let mut answer = String::new();
    let _ = stream.read_to_string(&mut answer);
    answer.starts_with("HTTP/1.1 200")
}

/// The demo sidecars of the running devnet that still run.
pub fn describe(data: &DataDir, state: &DevnetState) -> Vec<DemoSidecar> {
    let root = dir(data);
    let mut running = Vec::new();
    for &pid in &state.sidecars {
        if !is_sidecar(pid) {
            continue;
        }
        let cmdline = std::fs::read(format!("/proc/{pid}/cmdline")).unwrap_or_default();
        let args: Vec<String> = cmdline.split(|b| *b == 0).map(|a| String::from_utf8_lossy(a).into_owned()).collect();
        let Some(config) = args.iter().position(|a| a == "--config").and_then(|i| args.get(i + 1)) else {
            continue;
        };
        let config = PathBuf::from(config);
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

/// Whether `pid` is a live `stkr sidecar run`.
fn is_sidecar(pid: u32) -> bool {
    let cmdline = std::fs::read(format!("/proc/{pid}/cmdline")).unwrap_or_default();
    let text = String::from_utf8_lossy(&cmdline);
    text.contains("sidecar") && text.contains("run") && !stkr_core::devnet::is_zombie(pid)
}

/// SIGTERM each demo sidecar still running and wait a little for it to finish its round.
pub fn stop(pids: &[u32]) {
    let running: Vec<u32> = pids.iter().copied().filter(|&pid| is_sidecar(pid)).collect();
    for &pid in &running {
        if let Ok(pid) = libc::pid_t::try_from(pid) {
            super::signal(pid, libc::SIGTERM);
        }
    }
    let deadline = Instant::now() + Duration::from_secs(10);
    while running.iter().any(|&pid| is_sidecar(pid)) && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(100));
    }
    for &pid in running.iter().filter(|&&pid| is_sidecar(pid)) {
        if let Ok(pid) = libc::pid_t::try_from(pid) {
            super::signal(pid, libc::SIGKILL);
        }
    }
}
