//! `devnet up --demo --beacon`: the pinned Lodestar dev chain beside anvil, whose interop validators are
//! the demo pools' validators, so the sidecars watch live validators through the Beacon Node API.

use std::{
    net::TcpListener,
    path::PathBuf,
    process::{Command, Stdio},
    time::{Duration, Instant},
};

use eyre::{Result, WrapErr, bail};
use serde::{Deserialize, Serialize};
use stkr_core::{Error, dirs::DataDir};

/// Interop validators at genesis; all of them run, so the chain finalizes.
pub const VALIDATORS: u32 = 8;
/// How long Lodestar may take to serve its API.
const START_TIMEOUT: Duration = Duration::from_secs(60);

/// The beacon dev chain that runs.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct BeaconNode {
    /// The Lodestar process.
    pub pid: u32,
    /// Its Beacon Node API.
    pub url: String,
    /// Its log.
    pub log: PathBuf,
}

/// Lodestar (one home: `stkr_core::tools`).
fn find_lodestar() -> Result<PathBuf, Error> {
    stkr_core::tools::lodestar()
}

fn free_port() -> Result<u16> {
    let listener = TcpListener::bind(("127.0.0.1", 0)).wrap_err("finding a free port")?;
    Ok(listener.local_addr().wrap_err("finding a free port")?.port())
}

/// Start the dev chain in `<data>/devnet/beacon` and wait for its API.
pub fn start(data: &DataDir) -> Result<BeaconNode> {
    let lodestar = find_lodestar()?;
    let dir = data.devnet().join("beacon");
    DataDir::ensure_private(&dir)?;
    let (rest, p2p) = (free_port()?, free_port()?);
    let url = format!("http://127.0.0.1:{rest}");
    let log = dir.join("lodestar.log");
    let log_file = std::fs::File::create(&log).wrap_err_with(|| format!("creating {}", log.display()))?;
    let mut command = Command::new(&lodestar);
    command
        .current_dir(&dir)
        .env("LODESTAR_PRESET", "minimal")
        .args(["dev", "--genesisValidators", &VALIDATORS.to_string()])
        .args(["--startValidators", &format!("0..{}", VALIDATORS - 1), "--reset"])
        .arg("--dataDir")
        .arg(dir.join("data"))
        .args(["--rest.address", "127.0.0.1", "--rest.port", &rest.to_string(), "--server", &url])
        .args(["--listenAddress", "127.0.0.1", "--port", &p2p.to_string(), "--discv5", "false"])
        .args(["--params.SECONDS_PER_SLOT", "2", "--logLevel", "info", "--logFile", "none"])
        .stdin(Stdio::null())
        .stdout(log_file.try_clone().wrap_err("duplicating the log handle")?)
        .stderr(log_file);
    #[cfg(unix)]
    {
        use std::os::unix::process::CommandExt;
        command.process_group(0);
    }
    let child = command.spawn().wrap_err_with(|| format!("starting {}", lodestar.display()))?;
    let node = BeaconNode { pid: child.id(), url, log };
    let deadline = Instant::now() + START_TIMEOUT;
    while !super::daemons::http_ok(&format!("{}/eth/v1/node/health", node.url)) {
        if Instant::now() > deadline {
            stop(node.pid);
            let text = std::fs::read_to_string(&node.log).unwrap_or_default();
            let last = text.lines().rev().find(|l| !l.trim().is_empty()).unwrap_or("no output");
            bail!("the Lodestar dev chain did not start: {last}");
        }
        std::thread::sleep(Duration::from_millis(250));
    }
    Ok(node)
}

/// Whether `pid` is a live Lodestar.
fn is_lodestar(pid: u32) -> bool {
    let cmdline = std::fs::read(format!("/proc/{pid}/cmdline")).unwrap_or_default();
    String::from_utf8_lossy(&cmdline).contains("lodestar") && !stkr_core::devnet::is_zombie(pid)
}

/// SIGTERM Lodestar's process group and wait for it (it stops in a few seconds).
pub fn stop(pid: u32) {
    if !is_lodestar(pid) {
        return;
    }
    if let Ok(pid) = libc::pid_t::try_from(pid) {
        super::signal(-pid, libc::SIGTERM);
    }
    let deadline = Instant::now() + Duration::from_secs(10);
    while is_lodestar(pid) && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(100));
    }
    if is_lodestar(pid)
        && let Ok(pid) = libc::pid_t::try_from(pid)
    {
        super::signal(-pid, libc::SIGKILL);
    }
}
