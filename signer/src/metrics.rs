//! The signer's Prometheus metrics, `stkr_signer_*{validator="0x…"}`: requests and signatures by duty, partials by guardian, latency, refusals.

use prometheus_client::metrics::{family::Family, histogram::Histogram};
pub use stkr_daemon::metrics::{Counter, Gauge};

/// A label set of one name and value.
type Labels = Vec<(String, String)>;

/// Everything the signer exposes on `/metrics`.
#[derive(Debug)]
pub struct Metrics {
    /// Signing requests received, signed or not, by duty (`unknown` when it could not be read).
    pub requests: Family<Labels, prometheus_client::metrics::counter::Counter>,
    /// Signatures returned, by duty.
    pub signed: Family<Labels, prometheus_client::metrics::counter::Counter>,
    /// Requests refused, by reason (slashable, invalid, quorum).
    pub refused: Family<Labels, prometheus_client::metrics::counter::Counter>,
    /// Valid partial signatures received, by guardian index.
    pub partials: Family<Labels, prometheus_client::metrics::counter::Counter>,
    /// Guardians that refused, failed or timed out, by guardian index.
    pub partial_failures: Family<Labels, prometheus_client::metrics::counter::Counter>,
    /// Seconds from request to signature, signed requests only.
    pub latency: Histogram,
}

impl Default for Metrics {
    fn default() -> Self {
        let buckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.0, 4.0];
        Self {
            requests: Family::default(),
            signed: Family::default(),
            refused: Family::default(),
            partials: Family::default(),
            partial_failures: Family::default(),
            latency: Histogram::new(buckets),
        }
    }
}

fn label(name: &str, value: impl ToString) -> Labels {
    vec![(name.to_string(), value.to_string())]
}

impl Metrics {
    /// One signing request for `duty`.
    pub fn requested(&self, duty: &str) {
        self.requests.get_or_create(&label("duty", duty)).inc();
    }

    /// One signature for `duty`.
    pub fn signed(&self, duty: &str, seconds: f64) {
        self.signed.get_or_create(&label("duty", duty)).inc();
        self.latency.observe(seconds);
    }

    /// One refusal for `reason`.
    pub fn refused(&self, reason: &str) {
        self.refused.get_or_create(&label("reason", reason)).inc();
    }

    /// One valid partial from guardian `index`.
    pub fn partial(&self, index: u32) {
        self.partials.get_or_create(&label("guardian", index)).inc();
    }

    /// One failure of guardian `index`.
    pub fn partial_failure(&self, index: u32) {
        self.partial_failures.get_or_create(&label("guardian", index)).inc();
    }

    /// The text exposition format, every metric labelled with the validator's key.
    pub fn render(&self, validator: &str) -> String {
        let mut registry = stkr_daemon::metrics::Metrics::new(&[("validator", validator.to_string())]);
        registry.register("stkr_signer_requests", "Signing requests, signed or not, by duty.", self.requests.clone());
        registry.register("stkr_signer_signatures", "Signatures returned, by duty.", self.signed.clone());
        registry.register("stkr_signer_refusals", "Requests refused, by reason.", self.refused.clone());
        registry.register("stkr_signer_partials", "Valid partial signatures, by guardian.", self.partials.clone());
        registry.register(
            "stkr_signer_partial_failures",
            "Guardians that refused, failed or timed out, by guardian.",
            self.partial_failures.clone(),
        );
        registry.register("stkr_signer_signing_seconds", "Seconds from request to signature.", self.latency.clone());
        registry.render()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn duties_guardians_and_latency_render() {
        let metrics = Metrics::default();
        metrics.requested("attestation");
        metrics.requested("attestation");
        metrics.signed("attestation", 0.02);
        metrics.partial(2);
        metrics.refused("slashable");
        let text = metrics.render("0xab");
        assert!(text.contains("stkr_signer_signatures_total{validator=\"0xab\",duty=\"attestation\"} 1"), "{text}");
        assert!(text.contains("stkr_signer_requests_total{validator=\"0xab\",duty=\"attestation\"} 2"), "{text}");
        assert!(text.contains("stkr_signer_partials_total{validator=\"0xab\",guardian=\"2\"} 1"), "{text}");
        assert!(text.contains("stkr_signer_refusals_total{validator=\"0xab\",reason=\"slashable\"} 1"), "{text}");
        assert!(text.contains("stkr_signer_signing_seconds_count{validator=\"0xab\"} 1"), "{text}");
    }
}
