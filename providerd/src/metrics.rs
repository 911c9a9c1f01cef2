//! The provider daemon's Prometheus metrics, `stkr_provider_*{provider="0x…"}`, and the HTTP endpoint that
//! serves them with `/status` on the daemon skeleton's server.

use std::{net::SocketAddr, path::PathBuf, sync::Arc};

use axum::{
    Router,
    extract::State,
    http::{StatusCode, header},
    response::{IntoResponse, Response},
    routing::get,
};
use prometheus_client::metrics::{family::Family, gauge::Gauge};
use stkr_daemon::{
    http::{Limits, text},
    metrics::Counter,
};

/// A label set of one name and value.
type Labels = Vec<(String, String)>;

/// Everything the daemon exposes on `/metrics`.
#[derive(Debug, Default)]
pub struct Metrics {
    /// Rounds run.
    pub rounds: Counter,
    /// Transactions sent and mined.
    pub transactions: Counter,
    /// Things it waits for after the last round.
    pub waiting: Gauge,
    /// Unix seconds of the last round.
    pub last_round: Gauge,
    /// Pools by stage.
    pub pools: Family<Labels, Gauge>,
    /// Projects by stage.
    pub projects: Family<Labels, Gauge>,
    /// Supervised processes running.
    pub processes: Gauge,
    /// Restarts of supervised processes.
    pub restarts: Gauge,
}

fn label(name: &str, value: impl ToString) -> Labels {
    vec![(name.to_string(), value.to_string())]
}

impl Metrics {
    /// Set the number of pools at `stage`.
    pub fn pools_at(&self, stage: &str, count: usize) {
        self.pools.get_or_create(&label("stage", stage)).set(i64::try_from(count).unwrap_or(i64::MAX));
    }

    /// Set the number of projects at `stage`.
    pub fn projects_at(&self, stage: &str, count: usize) {
        self.projects.get_or_create(&label("stage", stage)).set(i64::try_from(count).unwrap_or(i64::MAX));
    }

    /// The text exposition format, every metric labelled with the provider's address.
    pub fn render(&self, provider: &str) -> String {
        let mut registry = stkr_daemon::metrics::Metrics::new(&[("provider", provider.to_string())]);
        registry.register("stkr_provider_rounds_total", "Rounds run.", self.rounds.clone());
        registry.register(
            "stkr_provider_transactions_total",
            "Transactions sent and mined.",
            self.transactions.clone(),
        );
        registry.register("stkr_provider_waiting", "Things it waits for after the last round.", self.waiting.clone());
        registry.register(
            "stkr_provider_last_round_seconds",
            "Unix seconds of the last round.",
            self.last_round.clone(),
        );
        registry.register("stkr_provider_pools", "Pools by stage.", self.pools.clone());
        registry.register("stkr_provider_projects", "Projects by stage.", self.projects.clone());
        registry.register("stkr_provider_processes", "Supervised processes running.", self.processes.clone());
        registry.register("stkr_provider_process_restarts", "Restarts of supervised processes.", self.restarts.clone());
        registry.render()
    }
}

/// What the endpoint serves from.
#[derive(Debug, Clone)]
struct Served {
    metrics: Arc<Metrics>,
    provider: String,
    status_file: PathBuf,
}

/// Serve `/metrics` and `/status` on `listen` until the task is dropped.
pub async fn serve(
    listen: SocketAddr,
    metrics: Arc<Metrics>,
    provider: String,
    status_file: PathBuf,
) -> Result<(), stkr_daemon::DaemonError> {
    let listener = stkr_daemon::http::bind(listen).await?;
    let served = Served { metrics, provider, status_file };
    let router = Router::new()
        .route("/metrics", get(metrics_page))
        .route("/status", get(status_page))
        .fallback(|| async { text(StatusCode::NOT_FOUND, "not found\n") })
        .with_state(served);
    stkr_daemon::http::serve(listener, router, Limits::default()).await;
    Ok(())
}

async fn metrics_page(State(served): State<Served>) -> Response {
    let body = served.metrics.render(&served.provider);
    (StatusCode::OK, [(header::CONTENT_TYPE, stkr_daemon::metrics::CONTENT_TYPE)], body).into_response()
}

async fn status_page(State(served): State<Served>) -> Response {
    match std::fs::read_to_string(&served.status_file) {
        Ok(body) => (StatusCode::OK, [(header::CONTENT_TYPE, "application/json")], body).into_response(),
        Err(_) => text(StatusCode::SERVICE_UNAVAILABLE, "no round has finished yet\n"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounds_stages_and_processes_render() {
        let metrics = Metrics::default();
        metrics.rounds.inc();
        metrics.pools_at("activated", 2);
        metrics.projects_at("running", 1);
        let text = metrics.render("0xab");
        assert!(text.contains("stkr_provider_rounds_total{provider=\"0xab\"} 1"), "{text}");
        assert!(text.contains("stkr_provider_pools{provider=\"0xab\",stage=\"activated\"} 2"), "{text}");
        assert!(text.contains("stkr_provider_projects{provider=\"0xab\",stage=\"running\"} 1"), "{text}");
    }
}
