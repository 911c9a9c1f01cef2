//! Supervised child processes: started from a [`Launch`], logging into their data dir, restarted when they die
//! (with a growing pause), checked by their health URL, and never outliving the daemon.

use std::{
    collections::BTreeMap,
    path::{Path, PathBuf},
    process::Stdio,
    time::{Duration, Instant},
};

use stkr_core::Error;
use tokio::process::{Child, Command};

use crate::template::Launch;

/// The longest pause before a crashed process is started again.
const MAX_BACKOFF: Duration = Duration::from_secs(60);
/// How long a health check may take.
const HEALTH_TIMEOUT: Duration = Duration::from_secs(3);

/// One supervised process.
#[derive(Debug)]
struct Supervised {
    launch: Launch,
    log: PathBuf,
    child: Option<Child>,
    /// How many times it was started again after dying.
    restarts: u32,
    /// Not before then may it start again.
    next_start: Instant,
}

/// Every process the daemon supervises, by a key (`project-7`).
#[derive(Debug, Default)]
pub struct Supervisor {
    processes: BTreeMap<String, Supervised>,
}

/// What a supervised process is doing, for `provider status` and the metrics.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProcessState {
    /// Its pid while it runs.
    pub pid: Option<u32>,
    /// Times it was started again.
    pub restarts: u32,
}

#[allow(unsafe_code)]
fn spawn(launch: &Launch, log: &Path) -> Result<Child, Error> {
    let file = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(log)
        .map_err(|e| Error::Other(format!("cannot open {}: {e}", log.display())))?;
    let err = file.try_clone().map_err(|e| Error::Other(format!("cannot open {}: {e}", log.display())))?;
    let mut command = Command::new(&launch.program);
    command
        .args(&launch.args)
        .envs(&launch.env)
        .stdin(Stdio::null())
        .stdout(Stdio::from(file))
        .stderr(Stdio::from(err))
        .kill_on_drop(true);
    if let Some(dir) = log.parent() {
        command.current_dir(dir);
    }
    // The process dies with the daemon, even on `kill -9`: after a restart the daemon starts it again, so a
    // project never runs twice.
    // SAFETY: prctl is async-signal-safe and touches nothing the parent shares.
    unsafe {
        command.pre_exec(|| {
            if libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGTERM) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
    command.spawn().map_err(|e| Error::Other(format!("cannot start {}: {e}", launch.program.display())))
}

impl Supervisor {
    /// Start `launch` under `key`, logging into `log`, unless it already runs.
    pub fn start(&mut self, key: &str, launch: Launch, log: PathBuf) -> Result<(), Error> {
        if self.processes.contains_key(key) {
            return Ok(());
        }
        let child = spawn(&launch, &log)?;
        tracing::info!(key, pid = child.id(), program = %launch.program.display(), "started");
        self.processes.insert(
            key.to_string(),
            Supervised { launch, log, child: Some(child), restarts: 0, next_start: Instant::now() },
        );
        Ok(())
    }

    /// Whether `key` is supervised.
    pub fn has(&self, key: &str) -> bool {
        self.processes.contains_key(key)
    }

    /// Stop `key` (SIGTERM, then SIGKILL after `grace`) and forget it.
    pub async fn stop(&mut self, key: &str, grace: Duration) {
        let Some(mut process) = self.processes.remove(key) else { return };
        if let Some(mut child) = process.child.take() {
            terminate(&mut child, grace).await;
            tracing::info!(key, "stopped");
        }
    }

    /// Stop everything.
    pub async fn stop_all(&mut self, grace: Duration) {
        let keys: Vec<String> = self.processes.keys().cloned().collect();
        for key in keys {
            self.stop(&key, grace).await;
        }
    }

    /// Start again whatever died, each after a pause that doubles with every crash.
    pub fn restart_dead(&mut self) {
        let now = Instant::now();
        for (key, process) in &mut self.processes {
            if let Some(child) = &mut process.child
                && let Ok(Some(status)) = child.try_wait()
            {
                let pause = Duration::from_secs(1 << process.restarts.min(6)).min(MAX_BACKOFF);
                tracing::warn!(key, %status, restart_in = ?pause, "exited; starting it again");
                process.child = None;
                process.next_start = now + pause;
            }
            if process.child.is_none() && now >= process.next_start {
                match spawn(&process.launch, &process.log) {
                    Ok(child) => {
                        process.restarts += 1;
                        tracing::info!(key, pid = child.id(), restarts = process.restarts, "started again");
                        process.child = Some(child);
                    }
                    Err(e) => {
                        tracing::warn!(key, error = %e, "cannot start it again");
                        process.next_start = now + MAX_BACKOFF;
                    }
                }
            }
        }
    }

    /// What `key` is doing.
    pub fn state(&self, key: &str) -> Option<ProcessState> {
        self.processes
            .get(key)
            .map(|p| ProcessState { pid: p.child.as_ref().and_then(Child::id), restarts: p.restarts })
    }

    /// How many processes run, and how many restarts they took in all.
    pub fn summary(&self) -> (usize, u32) {
        let running = self.processes.values().filter(|p| p.child.is_some()).count();
        (running, self.processes.values().map(|p| p.restarts).sum())
    }

    /// Whether `key` answers its health check now.
    pub async fn healthy(&self, key: &str) -> bool {
        let Some(process) = self.processes.get(key) else { return false };
        if process.child.is_none() {
            return false;
        }
        health_check(&process.launch).await
    }
}

/// A 2xx answer from the launch's health URL (a POST of its body when it has one).
pub async fn health_check(launch: &Launch) -> bool {
    let Ok(client) = reqwest::Client::builder().timeout(HEALTH_TIMEOUT).build() else { return false };
    let request = match &launch.health_body {
        Some(body) => client.post(&launch.health_url).header("content-type", "application/json").body(body.clone()),
        None => client.get(&launch.health_url),
    };
    request.send().await.is_ok_and(|r| r.status().is_success())
}

#[allow(unsafe_code)]
async fn terminate(child: &mut Child, grace: Duration) {
    if let Some(pid) = child.id().and_then(|pid| i32::try_from(pid).ok()) {
        // SAFETY: signalling our own child by its pid.
        unsafe {
            libc::kill(pid, libc::SIGTERM);
        }
        if tokio::time::timeout(grace, child.wait()).await.is_ok() {
            return;
        }
    }
    let _ = child.kill().await;
}
