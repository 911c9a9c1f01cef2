//! The guardian's Prometheus metrics, `stkr_guardian_*{guardian="0x…"}`, exposed through the daemon skeleton.

use alloy::primitives::Address;
pub use stkr_daemon::metrics::{Counter, Gauge};

/// Everything the guardian exposes on `/metrics`.
#[derive(Debug, Default)]
pub struct Metrics {
    /// Attestations signed.
    pub attestations: Counter,
    /// Requests refused (the deposit must not be attested).
    pub refusals: Counter,
    /// Requests that could not be checked (the chain was unreachable).
    pub failures: Counter,
    /// The chain's head block at the last round.
    pub head_block: Gauge,
    /// The first block the deposit index has not scanned.
    pub index_next_block: Gauge,
    /// Pubkeys in the deposit index.
    pub indexed_pubkeys: Gauge,
    /// Distributed validator keys this guardian made with a provider (and holds a share of).
    pub distributed_keys: Counter,
    /// Partial signatures given, for duties of distributed validators.
    pub partials: Counter,
    /// Partial signatures refused (slashable, unauthenticated, or not a duty it can check).
    pub partial_refusals: Counter,
}

impl Metrics {
    /// The text exposition format, every metric labelled with the guardian's address.
    pub fn render(&self, guardian: Address) -> String {
        let mut registry = stkr_daemon::metrics::Metrics::new(&[("guardian", guardian.to_string())]);
        let counters: [(&str, &str, &Counter); 6] = [
            ("stkr_guardian_attestations_total", "Attestations signed.", &self.attestations),
            ("stkr_guardian_refusals_total", "Requests refused.", &self.refusals),
            ("stkr_guardian_failures_total", "Requests that could not be checked.", &self.failures),
            ("stkr_guardian_distributed_keys_total", "Distributed validator keys made.", &self.distributed_keys),
            ("stkr_guardian_partials_total", "Partial signatures given.", &self.partials),
            ("stkr_guardian_partial_refusals_total", "Partial signatures refused.", &self.partial_refusals),
        ];
        for (name, help, counter) in counters {
            registry.register(name, help, counter.clone());
        }
        let gauges: [(&str, &str, &Gauge); 3] = [
            ("stkr_guardian_head_block", "The chain's head block at the last round.", &self.head_block),
            (
                "stkr_guardian_index_next_block",
                "The first block the deposit index has not scanned.",
                &self.index_next_block,
            ),
            ("stkr_guardian_indexed_pubkeys", "Pubkeys in the deposit index.", &self.indexed_pubkeys),
        ];
        for (name, help, gauge) in gauges {
            registry.register(name, help, gauge.clone());
        }
        registry.render()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_metric_renders_with_its_value() {
        let metrics = Metrics::default();
        metrics.attestations.add(2);
        metrics.indexed_pubkeys.set(5);
        let text = metrics.render(Address::ZERO);
        let label = format!("{{guardian=\"{}\"}}", Address::ZERO);
        assert!(text.contains(&format!("stkr_guardian_attestations_total{label} 2\n")), "{text}");
        assert!(text.contains(&format!("stkr_guardian_indexed_pubkeys{label} 5\n")), "{text}");
        assert_eq!(text.lines().filter(|l| l.starts_with("# HELP")).count(), 9);
    }
}
