//! The on-disk outbox: a report is written here, with its signed transaction, before it is sent, and
//! removed only once the chain shows it; plus the local record of every report mined and the status file
//! `stkr sidecar status` reads, all in the daemon skeleton's journal (atomic writes: temporary file, fsync,
//! rename).

use std::path::{Path, PathBuf};

use alloy::primitives::{Address, B256, U256};
use serde::{Deserialize, Serialize};
use stkr_core::codes::TxOutcome;
use stkr_daemon::journal::{Belonging, ChainIdentity, Journal, StateLock};

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
    pub outcome: TxOutcome,
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

/// The outbox document.
const OUTBOX: &str = "outbox.json";
/// The status document.
const STATUS: &str = "status.json";
/// The record of reports, one JSON object per line.
const REPORTS: &str = "reports.jsonl";

/// The files in the state dir.
#[derive(Debug, Clone)]
pub struct StateDir {
    journal: Journal,
}

impl StateDir {
    /// The state dir at `dir`, created (0700) when missing.
    pub fn open(dir: &Path) -> Result<Self, SidecarError> {
        Ok(Self { journal: Journal::open(dir)? })
    }

    /// The lock file that keeps a second daemon off this state.
    pub fn lock_path(&self) -> PathBuf {
        self.journal.lock_path()
    }

    /// Whether a running daemon holds this state dir.
    pub fn is_held(&self) -> bool {
        self.journal.is_held()
    }

    /// Take the lock that keeps a second daemon off this state (a second would double every report).
    pub fn lock(&self) -> Result<StateLock, SidecarError> {
        Ok(self.journal.lock()?)
    }

    /// Make the state belong to `chain`: the state of another chain is moved aside and the dir starts afresh.
    pub fn belong_to(&self, chain: &ChainIdentity) -> Result<Belonging, SidecarError> {
        Ok(self.journal.belong_to(chain)?)
    }

    /// The status file.
    pub fn status_path(&self) -> PathBuf {
        self.journal.path(STATUS)
    }

    /// The record of reports, one JSON object per line.
    pub fn reports_path(&self) -> PathBuf {
        self.journal.path(REPORTS)
    }

    /// The report in the outbox, if any.
    pub fn pending(&self) -> Result<Option<PendingReport>, SidecarError> {
        Ok(self.journal.read(OUTBOX)?)
    }

    /// Put `report` in the outbox (replacing what was there), durably.
    pub fn save_pending(&self, report: &PendingReport) -> Result<(), SidecarError> {
        Ok(self.journal.write(OUTBOX, report)?)
    }

    /// Empty the outbox.
    pub fn clear_pending(&self) -> Result<(), SidecarError> {
        Ok(self.journal.remove(OUTBOX)?)
    }

    /// Add a report to the record.
    pub fn record(&self, record: &ReportRecord) -> Result<(), SidecarError> {
        Ok(self.journal.append(REPORTS, record)?)
    }

    /// Every report recorded, oldest first (lines that do not parse are skipped).
    pub fn records(&self) -> Vec<ReportRecord> {
        self.journal.entries(REPORTS)
    }

    /// Write the status file.
    pub fn save_status(&self, status: &LocalStatus) -> Result<(), SidecarError> {
        Ok(self.journal.write(STATUS, status)?)
    }

    /// Read the status file.
    pub fn status(&self) -> Result<Option<LocalStatus>, SidecarError> {
        Ok(self.journal.read(STATUS)?)
    }
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
                outcome: TxOutcome::Mined,
            };
            state.record(&record).expect("record");
        }
        let periods: Vec<u64> = state.records().iter().map(|r| r.period).collect();
        assert_eq!(periods, [3, 4]);
    }
}
