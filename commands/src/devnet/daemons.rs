//! What the demo's daemons (sidecars and guardians) share: encrypted dev keys, a child process in its own
//! group with a log, a wait for its health endpoint, and a stop that touches only our own processes.

use std::{
    path::{Path, PathBuf},
    process::{Command, Stdio},
    time::{Duration, Instant},
};

use alloy::signers::local::PrivateKeySigner;
use eyre::{Result, WrapErr, bail};
use stkr_core::dirs::DataDir;

/// How long a started daemon may take to answer its health endpoint.
const START_TIMEOUT: Duration = Duration::from_secs(20);

/// A fresh random passphrase for the demo keystores under `root`, written to `root/password`.
pub(super) fn write_password(root: &Path) -> Result<(String, PathBuf)> {
    DataDir::ensure_private(root)?;
    let password = format!("{:x}", rand::random::<u128>());
    let file = root.join("password");
    stkr_core::dirs::write_private(&file, format!("{password}\n").as_bytes())?;
    Ok((password, file))
}

/// Encrypt `key` with `password` into `dir/name`.
pub(super) fn write_keystore(dir: &Path, name: &str, key: &PrivateKeySigner, password: &str) -> Result<PathBuf> {
    DataDir::ensure_private(dir)?;
    let path = dir.join(name);
    let _ = std::fs::remove_file(&path);
    let mut rng = rand::thread_rng();
    PrivateKeySigner::encrypt_keystore(dir, &mut rng, key.to_bytes(), password, Some(name))
        .wrap_err("writing a demo keystore")?;
    Ok(path)
}

/// Run `stkr ARGS` (a one-shot command such as `sidecar init`) against the data dir `data`; its stderr
/// on failure.
pub(super) fn run_stkr(data: &DataDir, args: &[&std::ffi::OsStr], what: &str) -> Result<()> {
    let exe = std::env::current_exe().wrap_err("finding the stkr binary")?;
    let output = Command::new(&exe)
        .args(args)
        .env("STKR_DATA_DIR", data.root())
        .env_remove("STKR_PASSWORD_FILE")
        .output()
        .wrap_err_with(|| format!("running {what}"))?;
    if !output.status.success() {
        bail!("{what}: {}", String::from_utf8_lossy(&output.stderr).trim());
    }
    Ok(())
}

/// Start `stkr ARGS` as a daemon writing to `log`, in its own process group like anvil, so a Ctrl-C where
/// `up` ran leaves it running; its pid.
pub(super) fn spawn_stkr(data: &DataDir, args: &[&std::ffi::OsStr], log: &Path) -> Result<u32> {
    let exe = std::env::current_exe().wrap_err("finding the stkr binary")?;
    let log_file = std::fs::File::create(log).wrap_err_with(|| format!("creating {}", log.display()))?;
    let mut command = Command::new(&exe);
    command
        .args(args)
        .env("STKR_DATA_DIR", data.root())
        .env_remove("STKR_PASSWORD_FILE")
        .stdin(Stdio::null())
        .stdout(log_file.try_clone().wrap_err("duplicating the log handle")?)
        .stderr(log_file);
    #[cfg(unix)]
    {
        use std::os::unix::process::CommandExt;
        command.process_group(0);
    }
    let child = command.spawn().wrap_err("starting a demo daemon")?;
    Ok(child.id())
}

/// Wait until `url` answers 200; else fail with the last line of `log`, naming the daemon as `what`.
pub(super) async fn wait_healthy(what: &str, url: &str, log: &Path) -> Result<()> {
    let deadline = Instant::now() + START_TIMEOUT;
    loop {
        let answered = tokio::task::spawn_blocking({
            let url = url.to_string();
            move || http_ok(&url)
        })
        .await
        .unwrap_or(false);
        if answered {
            return Ok(());
        }
        if Instant::now() > deadline {
            let text = std::fs::read_to_string(log).unwrap_or_default();
            let last = text.lines().rev().find(|l| !l.trim().is_empty()).unwrap_or("no output");
            bail!("{what} did not start: {last}");
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// Whether an HTTP GET of `url` (http://host:port/path) answers 200.
pub(super) fn http_ok(url: &str) -> bool {
    use std::io::{Read, Write};
    let Some(rest) = url.strip_prefix("http://") else { return false };
    let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
    let Ok(mut stream) = std::net::TcpStream::connect(host) else { return false };
    let _ = stream.set_read_timeout(Some(Duration::from_secs(2)));
    if stream
        .write_all(format!("GET /{path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n").as_bytes())
        .is_err()
    {
        return false;
    }
    let mut answer = String::new();
    let _ = stream.read_to_string(&mut answer);
    answer.starts_with("HTTP/1.1 200")
}

/// A free port on loopback.
pub(super) fn free_port() -> Result<u16> {
    let listener = std::net::TcpListener::bind(("127.0.0.1", 0)).wrap_err("finding a free port")?;
    Ok(listener.local_addr().wrap_err("finding a free port")?.port())
}

/// The arguments of live process `pid`, if it is a `stkr <group> run` daemon.
pub(super) fn daemon_args(pid: u32, group: &str) -> Option<Vec<String>> {
    let cmdline = std::fs::read(format!("/proc/{pid}/cmdline")).ok()?;
    let args: Vec<String> = cmdline.split(|b| *b == 0).map(|a| String::from_utf8_lossy(a).into_owned()).collect();
    let ours = args.windows(2).any(|w| w[0] == group && w[1] == "run");
    (ours && !stkr_core::devnet::is_zombie(pid)).then_some(args)
}

/// The value after `--config` in a daemon's arguments.
pub(super) fn config_of(args: &[String]) -> Option<PathBuf> {
    args.iter().position(|a| a == "--config").and_then(|i| args.get(i + 1)).map(PathBuf::from)
}

/// SIGTERM each `stkr <group> run` in `pids` still running, wait a little for it to finish its round,
/// then SIGKILL what is left.
pub(super) fn stop(pids: &[u32], group: &str) {
    let running: Vec<u32> = pids.iter().copied().filter(|&pid| daemon_args(pid, group).is_some()).collect();
    let signal_all = |sig, pids: &[u32]| {
        for &pid in pids {
            if let Ok(pid) = libc::pid_t::try_from(pid) {
                super::signal(pid, sig);
            }
        }
    };
    signal_all(libc::SIGTERM, &running);
    let deadline = Instant::now() + Duration::from_secs(10);
    while running.iter().any(|&pid| daemon_args(pid, group).is_some()) && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(100));
    }
    let left: Vec<u32> = running.into_iter().filter(|&pid| daemon_args(pid, group).is_some()).collect();
    signal_all(libc::SIGKILL, &left);
}
