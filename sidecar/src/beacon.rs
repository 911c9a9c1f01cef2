//! Watching the consensus client through the standard Beacon Node API: health, sync state, finality,
//! and the validator's status and balance (an offline validator is one whose balance falls).

use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::{SidecarError, metrics::Metrics};

/// Head epochs past the finalized one beyond which finality counts as stalled (normally it is 2).
pub const STALL_EPOCHS: u64 = 4;

/// The watched validator, as the beacon node sees it.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct ValidatorView {
    /// Its index.
    pub index: u64,
    /// Its status (`active_ongoing`, `exited_slashed`, ... as the Beacon API names them).
    pub status: String,
    /// Its balance in gwei.
    pub balance_gwei: u64,
    /// It was slashed.
    pub slashed: bool,
    /// Its balance fell from one epoch to the next: it misses its duties.
    pub offline: bool,
}

impl ValidatorView {
    /// Whether the validator is doing its job: active, not slashed, not losing balance.
    pub fn is_healthy(&self) -> bool {
        self.status.starts_with("active_") && self.status != "active_slashed" && !self.slashed && !self.offline
    }

    /// What is wrong, in a sentence.
    pub fn problem(&self) -> Option<String> {
        if self.slashed || self.status.ends_with("_slashed") {
            Some(format!("validator {} was slashed ({})", self.index, self.status))
        } else if self.status.starts_with("exited_") || self.status.starts_with("withdrawal_") {
            Some(format!("validator {} has exited ({})", self.index, self.status))
        } else if self.offline {
            Some(format!("validator {} is offline: its balance fell to {} gwei", self.index, self.balance_gwei))
        } else if !self.status.starts_with("active_") {
            Some(format!("validator {} is not active yet ({})", self.index, self.status))
        } else {
            None
        }
    }
}

/// What the beacon node said last.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct BeaconView {
    /// It answered.
    pub reachable: bool,
    /// The endpoint that answered.
    pub endpoint: Option<String>,
    /// `/eth/v1/node/health`: healthy, syncing or not ready.
    pub health: String,
    /// It syncs.
    pub syncing: bool,
    /// Its head slot.
    pub head_slot: u64,
    /// The head's epoch.
    pub head_epoch: u64,
    /// The finalized epoch.
    pub finalized_epoch: u64,
    /// Finality lags the head by more than [`STALL_EPOCHS`].
    pub finality_stalled: bool,
    /// The watched validator, when configured.
    pub validator: Option<ValidatorView>,
    /// What is wrong, in a sentence.
    pub problem: Option<String>,
}

/// A Beacon API answer's `data`.
#[derive(Debug, Deserialize)]
struct Data<T> {
    data: T,
}

#[derive(Debug, Deserialize)]
struct Syncing {
    head_slot: String,
    is_syncing: bool,
}

#[derive(Debug, Deserialize)]
struct Checkpoint {
    epoch: String,
}

#[derive(Debug, Deserialize)]
struct Finality {
    finalized: Checkpoint,
}

#[derive(Debug, Deserialize)]
struct ValidatorInfo {
    slashed: bool,
}

#[derive(Debug, Deserialize)]
struct ValidatorEntry {
    index: String,
    balance: String,
    status: String,
    validator: ValidatorInfo,
}

fn number(field: &str, text: &str) -> Result<u64, SidecarError> {
    text.parse().map_err(|_| SidecarError::Garbage(format!("the beacon node's {field} '{text}' is not a number")))
}

/// Parse a `GET /eth/v1/beacon/states/{state}/validators/{id}` answer.
pub fn parse_validator(body: &str) -> Result<ValidatorView, SidecarError> {
    let entry: Data<ValidatorEntry> = serde_json::from_str(body)
        .map_err(|e| SidecarError::Garbage(format!("the beacon node's validator answer is malformed: {e}")))?;
    let entry = entry.data;
    Ok(ValidatorView {
        index: number("validator index", &entry.index)?,
        status: entry.status,
        balance_gwei: number("validator balance", &entry.balance)?,
        slashed: entry.validator.slashed,
        offline: false,
    })
}

/// The beacon node client and what it remembers between looks (the validator's balance at an epoch).
#[derive(Debug)]
pub struct BeaconWatch {
    urls: Vec<String>,
    preferred_since_failure: Option<std::time::Instant>,
    active: usize,
    client: reqwest::Client,
    pubkey: Option<String>,
    slots_per_epoch: Option<u64>,
    last_balance: Option<(u64, u64)>,
    offline: bool,
    failback_after: Duration,
}

impl BeaconWatch {
    /// A watch over the beacon nodes at `urls`, of `pubkey` when given.
    pub fn new(urls: Vec<String>, pubkey: Option<String>, timeout: Duration, failback_after: Duration) -> Self {
        let client = reqwest::Client::builder().timeout(timeout).build().unwrap_or_default();
        Self {
            urls,
            preferred_since_failure: None,
            active: 0,
            client,
            pubkey,
            slots_per_epoch: None,
            last_balance: None,
            offline: false,
            failback_after,
        }
    }

    /// Whether a beacon node is configured at all.
    pub fn configured(&self) -> bool {
        !self.urls.is_empty()
    }

    async fn get(&self, url: &str, path: &str) -> Result<(u16, String), SidecarError> {
        let response = self.client.get(format!("{}{path}", url.trim_end_matches('/'))).send().await.map_err(|e| {
            match stkr_core::chain::certificate_failure(url, &e) {
                Some(tls) => SidecarError::Unreachable(tls.to_string()),
                None => SidecarError::Unreachable(format!("{url}: {e}")),
            }
        })?;
        let status = response.status().as_u16();
        let body = response.text().await.map_err(|e| SidecarError::Unreachable(format!("{url}: {e}")))?;
        Ok((status, body))
    }

    /// One look at the beacon node, falling over to the next URL when one is down or answers garbage.
    pub async fn observe(&mut self, metrics: &Metrics) -> BeaconView {
        let mut order: Vec<usize> = Vec::new();
        if self.active != 0 && self.preferred_since_failure.is_some_and(|t| t.elapsed() >= self.failback_after) {
            order.extend(0..self.active);
        }
        order.push(self.active);
        let rest: Vec<usize> = (0..self.urls.len()).filter(|i| !order.contains(i)).collect();
        order.extend(rest);
        let mut last_problem = String::from("no beacon node configured");
        for index in order {
            let url = self.urls[index].clone();
            match self.observe_at(&url).await {
                Ok(mut view) => {
                    if index != self.active {
                        tracing::warn!(from = %self.urls[self.active], to = %url, "switching beacon node");
                        self.active = index;
                        self.preferred_since_failure = (index != 0).then(std::time::Instant::now);
                    }
                    view.endpoint = Some(url);
                    record(&view, metrics);
                    return view;
                }
                Err(e) => {
                    metrics.rpc_errors.inc();
                    last_problem = e.to_string();
                }
            }
        }
        let view = BeaconView { health: "unreachable".into(), problem: Some(last_problem), ..BeaconView::default() };
        record(&view, metrics);
        view
    }

    async fn observe_at(&mut self, url: &str) -> Result<BeaconView, SidecarError> {
        let mut view = BeaconView { reachable: true, ..BeaconView::default() };
        let (status, _) = self.get(url, "/eth/v1/node/health").await?;
        view.health = match status {
            200 => "healthy",
            206 => "syncing",
            _ => "not ready",
        }
        .into();
        if self.slots_per_epoch.is_none() {
            let (_, body) = self.get(url, "/eth/v1/config/spec").await?;
            let spec: Data<serde_json::Map<String, serde_json::Value>> = serde_json::from_str(&body)
                .map_err(|e| SidecarError::Garbage(format!("{url}: the spec answer is malformed: {e}")))?;
            let slots = spec.data.get("SLOTS_PER_EPOCH").and_then(|v| v.as_str()).unwrap_or("32");
            self.slots_per_epoch = Some(number("SLOTS_PER_EPOCH", slots)?.max(1));
        }
        let slots_per_epoch = self.slots_per_epoch.unwrap_or(32);
        let (_, body) = self.get(url, "/eth/v1/node/syncing").await?;
        let syncing: Data<Syncing> = serde_json::from_str(&body)
            .map_err(|e| SidecarError::Garbage(format!("{url}: the syncing answer is malformed: {e}")))?;
        view.syncing = syncing.data.is_syncing;
        view.head_slot = number("head slot", &syncing.data.head_slot)?;
        view.head_epoch = view.head_slot / slots_per_epoch;
        let (_, body) = self.get(url, "/eth/v1/beacon/states/head/finality_checkpoints").await?;
        let finality: Data<Finality> = serde_json::from_str(&body)
            .map_err(|e| SidecarError::Garbage(format!("{url}: the finality answer is malformed: {e}")))?;
        view.finalized_epoch = number("finalized epoch", &finality.data.finalized.epoch)?;
        view.finality_stalled = view.head_epoch.saturating_sub(view.finalized_epoch) > STALL_EPOCHS;
        if let Some(pubkey) = self.pubkey.clone() {
            let (status, body) = self.get(url, &format!("/eth/v1/beacon/states/head/validators/{pubkey}")).await?;
            if status == 404 {
                view.problem = Some(format!("the beacon node knows no validator {pubkey}"));
            } else {
                let mut validator = parse_validator(&body)?;
                self.offline = self.balance_fell(view.head_epoch, validator.balance_gwei);
                validator.offline = self.offline;
                view.problem = validator.problem();
                view.validator = Some(validator);
            }
        }
        if view.problem.is_none() && view.finality_stalled {
            view.problem = Some(format!(
                "finality has stalled: the head is at epoch {} and the last finalized epoch is {}",
                view.head_epoch, view.finalized_epoch
            ));
        }
        if view.problem.is_none() && view.health != "healthy" {
            view.problem = Some(format!("the beacon node is {}", view.health));
        }
        Ok(view)
    }

    /// Whether the balance fell since the last epoch it was seen at (unchanged within an epoch).
    fn balance_fell(&mut self, epoch: u64, balance: u64) -> bool {
        match self.last_balance {
            Some((seen_epoch, seen)) if epoch > seen_epoch => {
                self.last_balance = Some((epoch, balance));
                self.offline = balance < seen;
                self.offline
            }
            Some(_) => self.offline,
            None => {
                self.last_balance = Some((epoch, balance));
                false
            }
        }
    }
}

fn record(view: &BeaconView, metrics: &Metrics) {
    metrics.beacon_up.set(i64::from(view.reachable));
    metrics.finality_stalled.set(i64::from(view.finality_stalled));
    if let Some(v) = &view.validator {
        metrics.validator_balance_gwei.set(v.balance_gwei as i64);
        metrics.validator_offline.set(i64::from(v.offline));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A validator answer shaped exactly as the Beacon API spec's example for
    /// `GET /eth/v1/beacon/states/{state_id}/validators/{validator_id}`, with the status and slashing
    /// that the dev chain cannot reach.
    fn recorded(status: &str, slashed: bool, balance: &str) -> String {
        format!(
            r#"{{"execution_optimistic":false,"finalized":false,"data":{{"index":"1","balance":"{balance}","status":"{status}","validator":{{"pubkey":"0x93247f2209abcacf57b75a51dafae777f9dd38bc7053d1af526f220a7489a6d3a2753e5f3e8b1cfe39b56f43611df74a","withdrawal_credentials":"0xcf8e0d4e9587369b2301d0790347320302cc0943d5a1884560367e8208d920f2","effective_balance":"1","slashed":{slashed},"activation_eligibility_epoch":"1","activation_epoch":"1","exit_epoch":"1","withdrawable_epoch":"1"}}}}}}"#
        )
    }

    #[test]
    fn exited_and_slashed_validators_are_reported_as_such() {
        let exited = parse_validator(&recorded("exited_unslashed", false, "32000000000")).expect("parse");
        assert!(!exited.is_healthy());
        assert_eq!(exited.problem().as_deref(), Some("validator 1 has exited (exited_unslashed)"));
        let slashed = parse_validator(&recorded("active_slashed", true, "31000000000")).expect("parse");
        assert!(!slashed.is_healthy());
        assert_eq!(slashed.problem().as_deref(), Some("validator 1 was slashed (active_slashed)"));
        let gone = parse_validator(&recorded("withdrawal_done", false, "0")).expect("parse");
        assert_eq!(gone.problem().as_deref(), Some("validator 1 has exited (withdrawal_done)"));
        let pending = parse_validator(&recorded("pending_queued", false, "32000000000")).expect("parse");
        assert_eq!(pending.problem().as_deref(), Some("validator 1 is not active yet (pending_queued)"));
        let fine = parse_validator(&recorded("active_ongoing", false, "32000000000")).expect("parse");
        assert!(fine.is_healthy() && fine.problem().is_none());
    }

    #[test]
    fn garbage_is_named_not_trusted() {
        let error = parse_validator(&recorded("active_ongoing", false, "lots")).expect_err("garbage").to_string();
        assert_eq!(error, "answer makes no sense: the beacon node's validator balance 'lots' is not a number");
        assert!(parse_validator("<html>502</html>").is_err());
    }

    #[test]
    fn a_balance_that_falls_between_epochs_means_offline() {
        let mut watch = BeaconWatch::new(vec![], None, Duration::from_secs(1), Duration::from_secs(1));
        assert!(!watch.balance_fell(3, 32_000_000_000), "one look proves nothing");
        assert!(!watch.balance_fell(3, 31_999_000_000), "within an epoch nothing is decided");
        assert!(watch.balance_fell(4, 31_998_000_000));
        assert!(watch.balance_fell(4, 31_998_000_000), "stays offline within the epoch");
        assert!(!watch.balance_fell(5, 31_999_000_000), "back online once it gains");
    }
}
