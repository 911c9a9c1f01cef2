//! The record of a running local devnet: which anvil stkr started, where it listens, its log.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::{Error, Result, dirs::DataDir, network::Network};

/// Seconds per slot of the beacon dev chain (`devnet up --beacon`; minimal preset, 8 slots an epoch).
pub const BEACON_SECONDS_PER_SLOT: u64 = 2;
/// The eth1 block time the beacon dev chain assumes, and its follow distance in blocks. anvil mines every
/// 2 s and on each transaction; assuming 4 s makes Lodestar's time-based distance (16 s) longer than its
/// block-based one (4 blocks, at most 8 s), so it never widens the distance to catch up with slow blocks.
/// A deposit counts 16 to 32 s after its block, as on mainnet it does after about 8 hours.
pub const BEACON_SECONDS_PER_ETH1_BLOCK: u64 = 4;
/// See [`BEACON_SECONDS_PER_ETH1_BLOCK`].
pub const BEACON_ETH1_FOLLOW_DISTANCE: u64 = 4;

/// The chain parameters every Lodestar process of the beacon dev chain takes as `--params.NAME VALUE`
/// beyond the minimal preset: the beacon node follows `deposit_contract` on anvil, and a validator client
/// refuses a beacon node whose critical parameters differ from its own. `deposit_contract` is an address
/// or a template's `{deposit_contract}`.
pub fn beacon_params(deposit_contract: &str) -> Vec<(&'static str, String)> {
    let chain_id = Network::Devnet.chain_id().to_string();
    vec![
        ("SECONDS_PER_SLOT", BEACON_SECONDS_PER_SLOT.to_string()),
        ("DEPOSIT_CONTRACT_ADDRESS", deposit_contract.into()),
        ("DEPOSIT_CHAIN_ID", chain_id.clone()),
        ("DEPOSIT_NETWORK_ID", chain_id),
        ("SECONDS_PER_ETH1_BLOCK", BEACON_SECONDS_PER_ETH1_BLOCK.to_string()),
        ("ETH1_FOLLOW_DISTANCE", BEACON_ETH1_FOLLOW_DISTANCE.to_string()),
    ]
}

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
