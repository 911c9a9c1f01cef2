//! The record of a running local devnet: which anvil stkr started, where it listens, its log.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::{Error, Result, dirs::DataDir};

/// What `stkr devnet up` started, kept in the data dir so later commands find it and `down` stops only it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct DevnetState {
    /// The anvil process id.
    pub pid: u32,
    /// Its RPC URL.
    pub rpc_url: String,
    /// Its port on 127.0.0.1.
    pub port: u16,
    /// Its chain id.
    pub chain_id: u64,
    /// The anvil binary that runs.
    pub anvil: PathBuf,
    /// Its log file.
    pub log: PathBuf,
    /// Unix time it started.
    pub started_at: u64,
    /// The demo's `stkr sidecar run` processes, stopped with the devnet.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sidecars: Vec<u32>,
    /// The demo's `stkr guardian run` processes, stopped with the devnet.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub guardians: Vec<u32>,
    /// The Lodestar dev chain of `up --beacon` (its pid), stopped with the devnet.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub beacon_pid: Option<u32>,
    /// Its Beacon Node API.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub beacon_url: Option<String>,
}

impl DevnetState {
    /// The state file in `data`.
    pub fn path(data: &DataDir) -> PathBuf {
        data.devnet().join("devnet.json")
    }

    /// The recorded devnet, if any (running or not).
    pub fn load(data: &DataDir) -> Result<Option<Self>> {
        let path = Self::path(data);
        match std::fs::read_to_string(&path) {
            Ok(text) => serde_json::from_str(&text)
                .map(Some)
                .map_err(|e| Error::Other(format!("the devnet state {} is corrupt ({e}); delete it", path.display()))),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(Error::io(format!("reading {}", path.display()))(e)),
        }
    }

    /// The recorded devnet if its anvil is still the process it was.
    pub fn load_running(data: &DataDir) -> Result<Option<Self>> {
        Ok(Self::load(data)?.filter(Self::is_running))
    }

    /// Record this devnet.
    pub fn save(&self, data: &DataDir) -> Result<()> {
        let text = serde_json::to_vec_pretty(self).map_err(|e| Error::Other(e.to_string()))?;
        crate::dirs::write_private(&Self::path(data), &text)
    }

    /// Forget the devnet.
    pub fn remove(data: &DataDir) -> Result<()> {
        match std::fs::remove_file(Self::path(data)) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(Error::io("removing the devnet state")(e)),
            _ => Ok(()),
        }
    }

    /// Whether the recorded pid is alive and is still an anvil (pids get reused).
    pub fn is_running(&self) -> bool {
        process_is_anvil(self.pid)
    }
}

/// Whether `pid` is a live process whose command line names anvil.
pub fn process_is_anvil(pid: u32) -> bool {
    let cmdline = Path::new("/proc").join(pid.to_string()).join("cmdline");
    match std::fs::read(&cmdline) {
        Ok(bytes) => {
            let alive = !is_zombie(pid);
            alive && String::from_utf8_lossy(&bytes).contains("anvil")
        }
        Err(_) => false,
    }
}

/// Whether `pid` has exited but was not reaped yet.
pub fn is_zombie(pid: u32) -> bool {
    std::fs::read_to_string(format!("/proc/{pid}/stat"))
        .ok()
        .and_then(|stat| stat.rsplit_once(')').map(|(_, rest)| rest.trim_start().starts_with('Z')))
        .unwrap_or(false)
}
