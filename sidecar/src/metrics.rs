//! The sidecar's Prometheus metrics, `stkr_sidecar_*{node="N"}`, exposed through the daemon skeleton.

pub use stkr_daemon::metrics::{Counter, Gauge};

/// Everything the sidecar exposes on `/metrics`.
#[derive(Debug, Default)]
pub struct Metrics {
    /// Seconds since the execution client's head block.
    pub head_age_seconds: Gauge,
    /// The execution client's head block number.
    pub head_block: Gauge,
    /// The execution client's peers.
    pub peers: Gauge,
    /// 1 while the execution client syncs.
    pub syncing: Gauge,
    /// 1 while the execution client answers.
    pub execution_up: Gauge,
    /// The health last derived for the node (0 unknown, 1 healthy, 2 syncing, 3 unhealthy).
    pub health: Gauge,
    /// 1 while the beacon node answers (when configured).
    pub beacon_up: Gauge,
    /// The watched validator's balance in gwei.
    pub validator_balance_gwei: Gauge,
    /// 1 while the watched validator looks offline (its balance fell since the last epoch).
    pub validator_offline: Gauge,
    /// 1 while finality lags the head by more than a few epochs.
    pub finality_stalled: Gauge,
    /// Reports mined.
    pub reports_sent: Counter,
    /// Reports that reverted or could not be sent.
    pub reports_failed: Counter,
    /// Reports sent again with a higher fee.
    pub reports_replaced: Counter,
    /// Audited peers found up.
    pub audits_up: Counter,
    /// Audited peers found down.
    pub audits_down: Counter,
    /// The block of the last mined report.
    pub last_report_block: Gauge,
    /// The period of the last mined report.
    pub last_report_period: Gauge,
    /// Reports written to the outbox and not yet mined.
    pub outbox_depth: Gauge,
    /// RPC calls that failed for transport reasons (down, slow, garbage).
    pub rpc_errors: Counter,
    /// Switches between RPC endpoints.
    pub rpc_failovers: Counter,
    /// 1 while the network fee is above the configured cap and the report waits.
    pub fee_cap_waiting: Gauge,
    /// The provider's running projects that answered their health check.
    pub projects_healthy: Gauge,
    /// The provider's running projects that did not.
    pub projects_unhealthy: Gauge,
}

impl Metrics {
    /// The text exposition format, every metric labelled with `node`.
    pub fn render(&self, node_id: u64) -> String {
        let mut registry = stkr_daemon::metrics::Metrics::new(&[("node", node_id.to_string())]);
        let gauges: [(&str, &str, &Gauge); 16] = [
            (
                "stkr_sidecar_head_age_seconds",
                "Seconds since the execution client's head block.",
                &self.head_age_seconds,
            ),
            ("stkr_sidecar_head_block", "The execution client's head block number.", &self.head_block),
            ("stkr_sidecar_peers", "The execution client's peer count.", &self.peers),
            ("stkr_sidecar_syncing", "1 while the execution client syncs.", &self.syncing),
            ("stkr_sidecar_execution_up", "1 while the execution client answers.", &self.execution_up),
            ("stkr_sidecar_health", "Reported health: 0 unknown, 1 healthy, 2 syncing, 3 unhealthy.", &self.health),
            ("stkr_sidecar_beacon_up", "1 while the beacon node answers.", &self.beacon_up),
            (
                "stkr_sidecar_validator_balance_gwei",
                "The watched validator's balance in gwei.",
                &self.validator_balance_gwei,
            ),
            (
                "stkr_sidecar_validator_offline",
                "1 while the watched validator's balance falls.",
                &self.validator_offline,
            ),
            (
                "stkr_sidecar_finality_stalled",
                "1 while finality lags the head by more than 4 epochs.",
                &self.finality_stalled,
            ),
            ("stkr_sidecar_last_report_block", "Block of the last mined report.", &self.last_report_block),
            ("stkr_sidecar_last_report_period", "Period of the last mined report.", &self.last_report_period),
            ("stkr_sidecar_outbox_depth", "Reports in the outbox, not yet mined.", &self.outbox_depth),
            ("stkr_sidecar_fee_cap_waiting", "1 while the network fee is above the cap.", &self.fee_cap_waiting),
            (
                "stkr_sidecar_projects_healthy",
                "Running projects that answered their health check.",
                &self.projects_healthy,
            ),
            ("stkr_sidecar_projects_unhealthy", "Running projects that did not.", &self.projects_unhealthy),
        ];
        for (name, help, gauge) in gauges {
            registry.register(name, help, gauge.clone());
        }
        let counters: [(&str, &str, &Counter); 7] = [
            ("stkr_sidecar_reports_sent_total", "Reports mined.", &self.reports_sent),
            ("stkr_sidecar_reports_failed_total", "Reports that reverted or could not be sent.", &self.reports_failed),
            ("stkr_sidecar_reports_replaced_total", "Reports sent again with a higher fee.", &self.reports_replaced),
            ("stkr_sidecar_audits_up_total", "Audited peers found up.", &self.audits_up),
            ("stkr_sidecar_audits_down_total", "Audited peers found down.", &self.audits_down),
            ("stkr_sidecar_rpc_errors_total", "RPC calls that failed (down, slow or garbage).", &self.rpc_errors),
            ("stkr_sidecar_rpc_failovers_total", "Switches between RPC endpoints.", &self.rpc_failovers),
        ];
        for (name, help, counter) in counters {
            registry.register(name, help, counter.clone());
        }
        registry.render()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_metric_renders_with_help_type_and_its_value() {
        let metrics = Metrics::default();
        metrics.reports_sent.add(3);
        metrics.outbox_depth.set(1);
        metrics.head_age_seconds.set(14);
        let text = metrics.render(7);
        assert!(text.contains(
            "# TYPE stkr_sidecar_reports_sent_total counter\nstkr_sidecar_reports_sent_total{node=\"7\"} 3\n"
        ));
        assert!(text.contains("stkr_sidecar_outbox_depth{node=\"7\"} 1\n"));
        assert!(text.contains("stkr_sidecar_head_age_seconds{node=\"7\"} 14\n"));
        assert_eq!(text.lines().filter(|l| l.starts_with("# HELP")).count(), 23);
    }
}
