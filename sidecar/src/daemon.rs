//! The daemon loop: each round it watches the clients, serves what it saw, and moves this period's
//! report one step further (the state machine is [`crate::report`]).

use std::{
    sync::{Arc, RwLock, atomic::Ordering},
    time::{Duration, Instant},
};

use alloy::signers::local::PrivateKeySigner;
use tracing::{debug, info, warn};

use crate::{
    SidecarError,
    beacon::{BeaconView, BeaconWatch},
    config::Config,
    execution::{self, ExecutionView, unix_now},
    http::{Routes, Shared},
    metrics::Metrics,
    outbox::{LocalStatus, StateDir},
    probe::Status,
    report::Reporter,
};

/// NodeRegistry.Health values.
const HEALTHY: u8 = 1;
const SYNCING: u8 = 2;
const UNHEALTHY: u8 = 3;
/// The longest wait between attempts after failures.
const MAX_BACKOFF: Duration = Duration::from_secs(300);

pub(crate) fn health_name(health: u8) -> &'static str {
    match health {
        HEALTHY => "healthy",
        SYNCING => "syncing",
        UNHEALTHY => "unhealthy",
        _ => "unknown",
    }
}

/// The node's health from what its clients said, with every problem in a sentence.
pub fn assess(execution: &ExecutionView, beacon: Option<&BeaconView>, max_head_age_secs: u64) -> (u8, Vec<String>) {
    let mut problems = Vec::new();
    let mut health = HEALTHY;
    if !execution.reachable {
        problems.push(execution.problem.clone().unwrap_or_else(|| "the execution client does not answer".into()));
        return (UNHEALTHY, problems);
    }
    if let Some(problem) = &execution.problem {
        problems.push(problem.clone());
        health = UNHEALTHY;
    }
    if execution.syncing {
        problems.push("the execution client is syncing".into());
        health = health.max(SYNCING);
    }
    if let Some(age) = execution.head_age_secs
        && age > max_head_age_secs
    {
        problems.push(format!("the execution client's head is {age} s old (more than {max_head_age_secs} s)"));
        health = UNHEALTHY;
    }
    if let Some(beacon) = beacon {
        if !beacon.reachable {
            problems.push(beacon.problem.clone().unwrap_or_else(|| "the beacon node does not answer".into()));
            return (UNHEALTHY, problems);
        }
        if beacon.syncing || beacon.health == "syncing" {
            problems.push("the beacon node is syncing".into());
            health = health.max(SYNCING);
        }
        if let Some(validator) = &beacon.validator
            && let Some(problem) = validator.problem()
        {
            problems.push(problem);
            health = UNHEALTHY;
        }
        // A finality stall is the network's, not this node's: it is reported, not held against the node.
        if beacon.finality_stalled {
            problems.push(format!(
                "finality has stalled: head epoch {}, finalized epoch {}",
                beacon.head_epoch, beacon.finalized_epoch
            ));
        }
    }
    (health, problems)
}

/// Exponential backoff with jitter after failed attempts.
#[derive(Debug, Default)]
struct Backoff {
    failures: u32,
    until: Option<Instant>,
}

impl Backoff {
    fn ready(&self) -> bool {
        self.until.is_none_or(|t| Instant::now() >= t)
    }

    fn failed(&mut self, base: Duration) -> Duration {
        self.failures = self.failures.saturating_add(1);
        let exponential = base.saturating_mul(1u32 << self.failures.min(8)).min(MAX_BACKOFF);
        let jitter = 0.5 + rand::random::<f64>();
        let delay = exponential.mul_f64(jitter).min(MAX_BACKOFF);
        self.until = Some(Instant::now() + delay);
        delay
    }

    fn succeeded(&mut self) {
        *self = Self::default();
    }
}

/// The running sidecar.
pub struct Daemon {
    report: Reporter,
    beacon: Option<BeaconWatch>,
    shared: Arc<Shared>,
    backoff: Backoff,
    rounds: u64,
}

impl std::fmt::Debug for Daemon {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Daemon").field("node_id", &self.report.config.node_id).finish_non_exhaustive()
    }
}

impl Daemon {
    /// Set up from `config`, signing as `signer`, for the chain with id `chain_id`.
    pub fn new(config: Config, signer: PrivateKeySigner, chain_id: u64) -> Result<Self, SidecarError> {
        let metrics = Arc::new(Metrics::default());
        let timeout = Duration::from_secs_f64(config.request_timeout_secs);
        let failback = Duration::from_secs(config.failback_after_secs);
        let beacon = (!config.beacon_urls.is_empty())
            .then(|| BeaconWatch::new(config.beacon_urls.clone(), config.validator_pubkey.clone(), timeout, failback));
        let status = Status::new(
            config.node_id,
            signer.address(),
            chain_id,
            "unknown",
            &ExecutionView::default(),
            None,
            vec!["starting".into()],
        );
        let stale_after = (config.poll_interval_secs * 3.0) as u64 + 30;
        let shared = Arc::new(Shared {
            node_id: config.node_id,
            signer: signer.clone(),
            status: RwLock::new(status),
            metrics: metrics.clone(),
            last_round: std::sync::atomic::AtomicU64::new(unix_now()),
            stale_after,
            periods: crate::http::Periods::default(),
        });
        let report = Reporter::new(config, signer, chain_id, metrics)?;
        Ok(Self { report, beacon, shared, backoff: Backoff::default(), rounds: 0 })
    }

    /// The state dir.
    pub fn state(&self) -> &StateDir {
        &self.report.state
    }

    /// Bind the probe (and metrics) listeners and serve them in the background.
    pub async fn listen(&self) -> Result<(), SidecarError> {
        let probe = stkr_daemon::http::bind(self.report.config.probe_listen).await?;
        let on_probe = self.report.config.metrics_on_probe();
        tokio::spawn(crate::http::serve(probe, self.shared.clone(), Routes { probe: true, metrics: on_probe }));
        if let Some(address) = self.report.config.metrics_listen.filter(|_| !on_probe) {
            let metrics = stkr_daemon::http::bind(address).await?;
            tokio::spawn(crate::http::serve(metrics, self.shared.clone(), Routes { probe: false, metrics: true }));
        }
        let metrics =
            self.report.config.metrics_listen.filter(|_| !on_probe).unwrap_or(self.report.config.probe_listen);
        info!(probe = %self.report.config.probe_listen, %metrics, "serving /status, /healthz and /metrics");
        Ok(())
    }

    /// Run rounds until `stop` resolves; a round under way is finished first, so a report being sent is
    /// either sent or left in the outbox for the next start.
    pub async fn run(&mut self, stop: impl std::future::Future<Output = ()>) {
        let interval = Duration::from_secs_f64(self.report.config.poll_interval_secs);
        tokio::pin!(stop);
        loop {
            self.round().await;
            // After the first round, which only looks, the first report need not wait a whole interval.
            let pause = if self.rounds == 1 { interval.min(Duration::from_secs(2)) } else { interval };
            tokio::select! {
                () = &mut stop => break,
                () = tokio::time::sleep(pause) => {}
            }
        }
        info!(node = self.report.config.node_id, outbox = self.report.metrics.outbox_depth.get(), "stopped");
    }

    /// One round: watch, publish, report.
    pub async fn round(&mut self) {
        let execution = execution::observe(&self.report.rpc, self.report.chain_id, &self.report.metrics).await;
        let beacon = match &mut self.beacon {
            Some(watch) => Some(watch.observe(&self.report.metrics).await),
            None => None,
        };
        let (health, problems) = assess(&execution, beacon.as_ref(), self.report.config.max_head_age_secs);
        self.report.metrics.health.set(i64::from(health));
        for problem in &problems {
            debug!(%problem, "node problem");
        }
        let mut status = Status::new(
            self.report.config.node_id,
            self.report.signer.address(),
            self.report.chain_id,
            health_name(health),
            &execution,
            beacon.as_ref(),
            problems.clone(),
        );
        if let Some(file) = &self.report.config.provider_status {
            let timeout = Duration::from_secs_f64(self.report.config.request_timeout_secs);
            status.projects = crate::projects::observe(file, timeout).await;
            let healthy = status.projects.iter().filter(|p| p.healthy).count();
            self.report.metrics.projects_healthy.set(i64::try_from(healthy).unwrap_or(i64::MAX));
            let unhealthy = status.projects.len() - healthy;
            self.report.metrics.projects_unhealthy.set(i64::try_from(unhealthy).unwrap_or(i64::MAX));
        }
        if let Ok(mut shared) = self.shared.status.write() {
            *shared = status;
        }
        // The first round only looks: peers started alongside get a moment to open their probes.
        if execution.reachable && self.backoff.ready() && self.rounds > 0 {
            match self.report.step(&execution, health).await {
                Ok(()) => self.backoff.succeeded(),
                Err(e) => {
                    let delay = self.backoff.failed(Duration::from_secs_f64(self.report.config.poll_interval_secs));
                    warn!(error = %e, retry_in_secs = delay.as_secs(), "report step failed");
                }
            }
        }
        let pending = self.report.state.pending().ok().flatten();
        self.report.metrics.outbox_depth.set(i64::from(pending.is_some()));
        let local = LocalStatus {
            node_id: self.report.config.node_id,
            sidecar: self.report.signer.address(),
            pid: std::process::id(),
            updated_at: unix_now(),
            period: self.report.last_period,
            health: health_name(health).into(),
            problems,
            rpc_endpoint: self.report.rpc.active_url(),
            execution,
            beacon,
            last_report: self.report.last_report.clone(),
            outbox: pending,
            audits: self.report.last_audits.clone(),
            fee_cap_waiting: self.report.fee_waiting,
            reports_sent: self.report.metrics.reports_sent.get(),
            reports_failed: self.report.metrics.reports_failed.get(),
        };
        if let Err(e) = self.report.state.save_status(&local) {
            warn!(error = %e, "cannot write the status file");
        }
        if let Some(period) = self.report.last_period {
            let landed = self
                .report
                .last_report
                .as_ref()
                .filter(|r| r.outcome == stkr_core::codes::TxOutcome::Mined)
                .map(|r| r.period);
            self.shared.periods.observe(period, landed);
        }
        self.shared.last_round.store(unix_now(), Ordering::Relaxed);
        self.rounds += 1;
    }
}

#[cfg(test)]
mod tests {
    use alloy::primitives::U256;

    use super::*;
    use crate::{beacon::ValidatorView, probe::AuditResult, report::audit_bits};

    fn up(node_id: u64, up: bool) -> AuditResult {
        AuditResult { node_id, up, reason: None, head_number: None }
    }

    #[test]
    fn bits_follow_target_order() {
        assert_eq!(audit_bits(&[up(4, true), up(2, false), up(9, true)]), U256::from(0b101));
        assert_eq!(audit_bits(&[]), U256::ZERO);
    }

    #[test]
    fn health_follows_the_clients() {
        let fine =
            ExecutionView { reachable: true, head_number: Some(9), head_age_secs: Some(3), ..Default::default() };
        assert_eq!(assess(&fine, None, 60), (HEALTHY, vec![]));
        let down = ExecutionView { problem: Some("unreachable: x".into()), ..Default::default() };
        assert_eq!(assess(&down, None, 60), (UNHEALTHY, vec!["unreachable: x".to_string()]));
        let syncing = ExecutionView { syncing: true, ..fine.clone() };
        assert_eq!(assess(&syncing, None, 60).0, SYNCING);
        let old = ExecutionView { head_age_secs: Some(600), ..fine.clone() };
        assert_eq!(assess(&old, None, 60).1, ["the execution client's head is 600 s old (more than 60 s)"]);
        let offline = BeaconView {
            reachable: true,
            health: "healthy".into(),
            validator: Some(ValidatorView {
                index: 7,
                status: "active_ongoing".into(),
                balance_gwei: 31,
                slashed: false,
                offline: true,
            }),
            ..Default::default()
        };
        assert_eq!(
            assess(&fine, Some(&offline), 60),
            (UNHEALTHY, vec!["validator 7 is offline: its balance fell to 31 gwei".to_string()])
        );
        let stalled = BeaconView {
            reachable: true,
            health: "healthy".into(),
            finality_stalled: true,
            head_epoch: 9,
            ..Default::default()
        };
        let (health, problems) = assess(&fine, Some(&stalled), 60);
        assert_eq!(health, HEALTHY, "a network-wide stall is not the node's fault");
        assert_eq!(problems, ["finality has stalled: head epoch 9, finalized epoch 0"]);
    }

    #[test]
    fn backoff_grows_and_resets() {
        let mut backoff = Backoff::default();
        assert!(backoff.ready());
        let first = backoff.failed(Duration::from_secs(1));
        assert!(!backoff.ready());
        assert!(first >= Duration::from_secs(1) && first <= Duration::from_secs(3), "{first:?}");
        for _ in 0..20 {
            assert!(backoff.failed(Duration::from_secs(10)) <= MAX_BACKOFF);
        }
        backoff.succeeded();
        assert!(backoff.ready());
    }
}
