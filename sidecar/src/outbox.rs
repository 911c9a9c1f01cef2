//! The on-disk outbox: a report is written here, with its signed transaction, before it is sent, and
//! removed only once the chain shows it; plus the local record of every report mined and the status file
//! `stkr sidecar status` reads. Writes are atomic (temporary file, fsync, rename).

use std::{
    io::Write,
    path::{Path, PathBuf},
};

use alloy::primitives::{Address, B256, U256};
use serde::{Deserialize, Serialize};

use crate::{SidecarError, beacon::BeaconView, execution::ExecutionView, probe::AuditResult};

/// One signed transaction carrying a report.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Attempt {
    /// Its hash.
    pub hash: B256,
    /// The signed transaction, 0x-hex, to broadcast again after a restart or failover.
    pub raw: String,
    /// Its fee cap, wei per gas.
    pub max_fee_per_gas: u128,
    /// Its tip, wei per gas.
    pub max_priority_fee_per_gas: u128,
    /// Its gas limit (replacements keep it).
    #[serde(default)]
    pub gas_limit: u64,
    /// When it was first sent (unix seconds; 0 until it was).
    pub sent_at: u64,
}

/// A report on its way to the chain.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct PendingReport {
    /// The period it reports for.
    pub period: u64,
    /// The sidecar account's nonce it uses; replacements reuse it.
    pub nonce: u64,
    /// The node's health (NodeRegistry.Health).
    pub health: u8,
    /// The block of the checks behind it.
    pub checked_block: u64,
    /// Bit j: target j was up.
    pub audit_bits: U256,
    /// The audits behind the bits, in target order.
    pub audits: Vec<AuditResult>,
    /// When it was made (unix seconds).
    pub created_at: u64,
    /// Every transaction sent for it, the latest last.
    pub attempts: Vec<Attempt>,
}

/// A report the chain has, as recorded locally.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct ReportRecord {
    /// The period.
    pub period: u64,
    /// The transaction.
    pub tx_hash: B256,
    /// Its block.
    pub block: Option<u64>,
    /// The health reported.
    pub health: u8,
    /// The audits reported.
    pub audits: Vec<AuditResult>,
    /// mined or reverted.
    pub outcome: String,
}

/// What the daemon last saw and did, for `stkr sidecar status`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct LocalStatus {
    /// The node.
    pub node_id: u64,
    /// The sidecar address.
    pub sidecar: Address,
    /// The daemon's process id.
    pub pid: u32,
    /// When this was written (unix seconds).
    pub updated_at: u64,
    /// The period on chain.
    pub period: Option<u64>,
    /// The node's health: healthy, syncing, unhealthy.
    pub health: String,
    /// Everything wrong.
    pub problems: Vec<String>,
    /// The RPC endpoint in use.
    pub rpc_endpoint: String,
    /// The execution client.
    pub execution: ExecutionView,
    /// The beacon node, when watched.
    pub beacon: Option<BeaconView>,
    /// The last report the chain has.
    pub last_report: Option<ReportRecord>,
    /// The report waiting in the outbox.
    pub outbox: Option<PendingReport>,
    /// This period's audits.
    pub audits: Vec<AuditResult>,
    /// The network fee is above the cap and a report waits.
    pub fee_cap_waiting: bool,
    /// Reports mined since the daemon started.
    pub reports_sent: u64,
    /// Reports that failed since the daemon started.
    pub reports_failed: u64,
}

/// The files in the state dir.
#[derive(Debug, Clone)]
pub struct StateDir {
    dir: PathBuf,
}

impl StateDir {
    /// The state dir at `dir`, created (0700) when missing.
    pub fn open(dir: &Path) -> Result<Self, SidecarError> {
        std::fs::create_dir_all(dir).map_err(|e| SidecarError::io(dir, e))?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let _ = std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700));
        }
        Ok(Self { dir: dir.to_path_buf() })
    }

    /// The lock file that keeps a second daemon off this state.
    pub fn lock_path(&self) -> PathBuf {
        self.dir.join("lock")
    }

    fn outbox_path(&self) -> PathBuf {
        self.dir.join("outbox.json")
    }

    /// The status file.
    pub fn status_path(&self) -> PathBuf {
        self.dir.join("status.json")
    }

    /// The record of reports, one JSON object per line.
    pub fn reports_path(&self) -> PathBuf {
        self.dir.join("reports.jsonl")
    }

    /// The report in the outbox, if any.
    pub fn pending(&self) -> Result<Option<PendingReport>, SidecarError> {
        read_json(&self.outbox_path())
    }

    /// Put `report` in the outbox (replacing what was there), durably.
    pub fn save_pending(&self, report: &PendingReport) -> Result<(), SidecarError> {
        write_atomic(&self.outbox_path(), &serde_json::to_vec_pretty(report).map_err(SidecarError::json)?)
    }

    /// Empty the outbox.
    pub fn clear_pending(&self) -> Result<(), SidecarError> {
        match std::fs::remove_file(self.outbox_path()) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(e) => Err(SidecarError::io(&self.outbox_path(), e)),
        }
    }

    /// Add a report to the record.
    pub fn record(&self, record: &ReportRecord) -> Result<(), SidecarError> {
        let path = self.reports_path();
        let mut line = serde_json::to_vec(record).map_err(SidecarError::json)?;
        line.push(b'\n');
        let mut file = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&path)
            .map_err(|e| SidecarError::io(&path, e))?;
        file.write_all(&line).and_then(|()| file.sync_data()).map_err(|e| SidecarError::io(&path, e))
    }

    /// Every report recorded, oldest first (lines that do not parse are skipped).
    pub fn records(&self) -> Vec<ReportRecord> {
        std::fs::read_to_string(self.reports_path())
            .unwrap_or_default()
            .lines()
            .filter_map(|line| serde_json::from_str(line).ok())
            .collect()
    }

    /// Write the status file.
    pub fn save_status(&self, status: &LocalStatus) -> Result<(), SidecarError> {
        write_atomic(&self.status_path(), &serde_json::to_vec_pretty(status).map_err(SidecarError::json)?)
    }

    /// Read the status file.
    pub fn status(&self) -> Result<Option<LocalStatus>, SidecarError> {
        read_json(&self.status_path())
    }
}

fn read_json<T: serde::de::DeserializeOwned>(path: &Path) -> Result<Option<T>, SidecarError> {
    match std::fs::read(path) {
        Ok(bytes) => serde_json::from_slice(&bytes).map(Some).map_err(|e| {
            SidecarError::State(format!("{} is damaged ({e}); move it aside to start afresh", path.display()))
        }),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(SidecarError::io(path, e)),
    }
}

/// Write `bytes` to `path` so that a crash leaves either the old or the new contents, never a mix.
fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), SidecarError> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let temporary = path.with_extension("tmp");
    let mut file = std::fs::File::create(&temporary).map_err(|e| SidecarError::io(&temporary, e))?;
    file.write_all(bytes).and_then(|()| file.sync_all()).map_err(|e| SidecarError::io(&temporary, e))?;
    std::fs::rename(&temporary, path).map_err(|e| SidecarError::io(path, e))?;
    if let Ok(directory) = std::fs::File::open(dir) {
        let _ = directory.sync_all();
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pending(period: u64) -> PendingReport {
        PendingReport {
            period,
            nonce: 4,
            health: 1,
            checked_block: 77,
            audit_bits: U256::from(0b101),
            audits: vec![AuditResult { node_id: 2, up: true, reason: None, head_number: Some(77) }],
            created_at: 1_700_000_000,
            attempts: vec![Attempt {
                hash: B256::repeat_byte(9),
                raw: "0x02f8".into(),
                max_fee_per_gas: 2_000_000_000,
                max_priority_fee_per_gas: 1_000_000_000,
                gas_limit: 120_000,
                sent_at: 0,
            }],
        }
    }

    #[test]
    fn the_outbox_survives_a_reopen_and_empties_once() {
        let dir = tempfile::tempdir().expect("tempdir");
        let state = StateDir::open(&dir.path().join("state")).expect("open");
        assert_eq!(state.pending().expect("read"), None);
        state.save_pending(&pending(12)).expect("save");
        let reopened = StateDir::open(&dir.path().join("state")).expect("reopen");
        assert_eq!(reopened.pending().expect("read"), Some(pending(12)));
        reopened.clear_pending().expect("clear");
        reopened.clear_pending().expect("clearing twice is fine");
        assert_eq!(reopened.pending().expect("read"), None);
        assert!(!dir.path().join("state/outbox.tmp").exists());
    }

    #[test]
    fn a_damaged_outbox_is_named_not_silently_dropped() {
        let dir = tempfile::tempdir().expect("tempdir");
        let state = StateDir::open(dir.path()).expect("open");
        std::fs::write(dir.path().join("outbox.json"), "{\"period\": 1,").expect("write");
        let error = state.pending().expect_err("damaged").to_string();
        assert!(error.contains("outbox.json is damaged"), "{error}");
    }

    #[test]
    fn records_append_one_line_each() {
        let dir = tempfile::tempdir().expect("tempdir");
        let state = StateDir::open(dir.path()).expect("open");
        for period in [3, 4] {
            let record = ReportRecord {
                period,
                tx_hash: B256::repeat_byte(1),
                block: Some(period * 10),
                health: 1,
                audits: vec![],
                outcome: "mined".into(),
            };
            state.record(&record).expect("record");
        }
        let periods: Vec<u64> = state.records().iter().map(|r| r.period).collect();
        assert_eq!(periods, [3, 4]);
    }
}
