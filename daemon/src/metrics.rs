//! Prometheus metrics on `prometheus-client`: gauges and counters registered under one daemon's labels
//! (e.g. `node="3"`), exposed in the Prometheus text format (version 0.0.4).

use std::{borrow::Cow, fmt::Debug};

use prometheus_client::{
    encoding::{EncodeMetric, MetricEncoder},
    metrics::{MetricType, counter, gauge},
    registry::Registry,
};

/// The content type of [`Metrics::render`].
pub const CONTENT_TYPE: &str = "text/plain; version=0.0.4";

/// A value that is set (an `i64` gauge).
pub type Gauge = gauge::Gauge;

/// A number that only goes up.
///
/// Registered under its whole exposed name, `_total` included, as the text format 0.0.4 names counters
/// (`# TYPE x_total counter` and `x_total{...} 3`): prometheus-client's own counter would append `_total`
/// to the sample only and name the family without it.
#[derive(Debug, Clone, Default)]
pub struct Counter(counter::Counter);

impl Counter {
    /// Add one.
    pub fn inc(&self) {
        self.0.inc();
    }

    /// Add `n`.
    pub fn add(&self, n: u64) {
        self.0.inc_by(n);
    }

    /// The count.
    pub fn get(&self) -> u64 {
        self.0.get()
    }
}

impl EncodeMetric for Counter {
    fn encode(&self, mut encoder: MetricEncoder<'_>) -> Result<(), std::fmt::Error> {
        // The sample carries the family's name as registered; a gauge sample is written exactly so.
        encoder.encode_gauge(&i64::try_from(self.get()).unwrap_or(i64::MAX))
    }

    fn metric_type(&self) -> MetricType {
        MetricType::Counter
    }
}

/// A daemon's metrics registry: every metric carries the same constant labels.
#[derive(Debug)]
pub struct Metrics {
    registry: Registry,
}

impl Metrics {
    /// A registry whose metrics all carry `labels`.
    pub fn new(labels: &[(&str, String)]) -> Self {
        let labels: Vec<(Cow<'static, str>, Cow<'static, str>)> =
            labels.iter().map(|(name, value)| (Cow::Owned((*name).to_string()), Cow::Owned(value.clone()))).collect();
        Self { registry: Registry::with_labels(labels.into_iter()) }
    }

    /// Register a gauge named `name`, described by `help` (one sentence).
    pub fn gauge(&mut self, name: &str, help: &str) -> Gauge {
        let gauge = Gauge::default();
        self.registry.register(name, help_text(help), gauge.clone());
        gauge
    }

    /// Register a counter under its whole exposed name (ending in `_total`), described by `help`.
    pub fn counter(&mut self, name: &str, help: &str) -> Counter {
        let counter = Counter::default();
        self.registry.register(name, help_text(help), counter.clone());
        counter
    }

    /// Register any prometheus-client metric (a histogram, a family) as is.
    pub fn register(&mut self, name: &str, help: &str, metric: impl prometheus_client::registry::Metric) {
        self.registry.register(name, help_text(help), metric);
    }

    /// The text exposition format ([`CONTENT_TYPE`]).
    pub fn render(&self) -> String {
        let mut out = String::new();
        if prometheus_client::encoding::text::encode_registry(&mut out, &self.registry).is_err() {
            tracing::warn!("cannot encode the metrics");
        }
        out
    }
}

/// prometheus-client ends every help text with a full stop itself.
fn help_text(help: &str) -> &str {
    help.strip_suffix('.').unwrap_or(help)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gauges_and_counters_render_with_help_type_labels_and_values() {
        let mut metrics = Metrics::new(&[("node", "7".into())]);
        let sent = metrics.counter("x_sent_total", "Things sent.");
        let depth = metrics.gauge("x_depth", "Things waiting.");
        sent.add(3);
        sent.inc();
        depth.set(-2);
        let text = metrics.render();
        assert!(
            text.contains(
                "# HELP x_sent_total Things sent.\n# TYPE x_sent_total counter\nx_sent_total{node=\"7\"} 4\n"
            ),
            "{text}"
        );
        assert!(
            text.contains("# HELP x_depth Things waiting.\n# TYPE x_depth gauge\nx_depth{node=\"7\"} -2\n"),
            "{text}"
        );
    }
}
