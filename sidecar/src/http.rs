//! `/status`, `/healthz` and `/metrics` on the daemon skeleton's HTTP server: GET only, one request per
//! connection, bounded request size and time, so a hostile peer cannot tie the sidecar up.

use std::sync::{
    Arc, RwLock,
    atomic::{AtomicU64, Ordering},
};

use alloy::signers::local::PrivateKeySigner;
use axum::{
    Router,
    extract::{RawQuery, State},
    http::{StatusCode, header},
    response::{IntoResponse, Response},
    routing::get,
};
use stkr_daemon::http::{Limits, text};
use tokio::net::TcpListener;

use crate::{
    metrics::Metrics,
    probe::{Status, valid_challenge},
};

/// What the endpoints serve, shared with the daemon loop.
#[derive(Debug)]
pub struct Shared {
    /// The node.
    pub node_id: u64,
    /// The sidecar key that signs `/status`.
    pub signer: PrivateKeySigner,
    /// The latest status (its challenge and time are filled per request).
    pub status: RwLock<Status>,
    /// The metrics.
    pub metrics: Arc<Metrics>,
    /// Unix seconds of the daemon loop's last completed round.
    pub last_round: AtomicU64,
    /// `/healthz` fails when the last round is older than this many seconds.
    pub stale_after: u64,
    /// The period the chain is in, and the period of the last report it has (or, before any, the first
    /// period this daemon saw); `u64::MAX` until known. `/healthz` fails two periods without a report.
    pub periods: Periods,
}

/// The report periods `/healthz` compares.
#[derive(Debug)]
pub struct Periods {
    /// The chain's period.
    pub current: AtomicU64,
    /// The last report's period, or the first period seen.
    pub landed: AtomicU64,
}

impl Default for Periods {
    fn default() -> Self {
        Self { current: AtomicU64::new(u64::MAX), landed: AtomicU64::new(u64::MAX) }
    }
}

impl Periods {
    /// Note the chain's `current` period and the period of the last report it has, if any.
    pub fn observe(&self, current: u64, landed: Option<u64>) {
        self.current.store(current, Ordering::Relaxed);
        match landed {
            Some(period) => self.landed.store(period, Ordering::Relaxed),
            // Before any report: count from the first period seen.
            None => {
                let _ = self.landed.compare_exchange(u64::MAX, current, Ordering::Relaxed, Ordering::Relaxed);
            }
        }
    }

    /// The refusal when no report landed for two periods.
    fn missing(&self) -> Option<String> {
        let (current, landed) = (self.current.load(Ordering::Relaxed), self.landed.load(Ordering::Relaxed));
        (current != u64::MAX && landed != u64::MAX && current >= landed.saturating_add(2))
            .then(|| format!("no report has landed since period {landed}; the chain is in period {current}\n"))
    }
}

/// Which endpoints a listener serves.
#[derive(Debug, Clone, Copy)]
pub struct Routes {
    /// `/status` and `/healthz`.
    pub probe: bool,
    /// `/metrics`.
    pub metrics: bool,
}

/// Serve `routes` on `listener` until the task is dropped.
pub async fn serve(listener: TcpListener, shared: Arc<Shared>, routes: Routes) {
    stkr_daemon::http::serve(listener, router(shared, routes), Limits::default()).await;
}

/// The endpoints `routes` asks for; anything else is 404, anything but GET 405.
fn router(shared: Arc<Shared>, routes: Routes) -> Router {
    let mut router = Router::new();
    if routes.probe {
        router = router.route("/status", get(status)).route("/healthz", get(healthz));
    }
    if routes.metrics {
        router = router.route("/metrics", get(metrics));
    }
    router
        .fallback(|| async { text(StatusCode::NOT_FOUND, "not found\n") })
        .with_state(shared)
        .layer(axum::middleware::from_fn(stkr_daemon::http::only_get))
}

/// The status, signed for the caller's challenge.
async fn status(State(shared): State<Arc<Shared>>, RawQuery(query): RawQuery) -> Response {
    let query = query.unwrap_or_default();
    let challenge = query.split('&').find_map(|pair| pair.strip_prefix("challenge="));
    if let Some(challenge) = challenge
        && !valid_challenge(challenge)
    {
        return text(StatusCode::BAD_REQUEST, "challenge must be 0x and up to 64 hex digits\n");
    }
    let mut status = match shared.status.read() {
        Ok(status) => status.clone(),
        Err(_) => return text(StatusCode::INTERNAL_SERVER_ERROR, "status unavailable\n"),
    };
    status.challenge = challenge.map(str::to_string);
    status.time = crate::execution::unix_now();
    match status.sign(&shared.signer).and_then(|s| serde_json::to_string(&s).map_err(|e| e.to_string())) {
        Ok(body) => (StatusCode::OK, [(header::CONTENT_TYPE, "application/json")], body).into_response(),
        Err(e) => text(StatusCode::INTERNAL_SERVER_ERROR, format!("cannot sign the status: {e}\n")),
    }
}

/// 200 while the daemon loop keeps going, 503 once its last round is stale.
async fn healthz(State(shared): State<Arc<Shared>>) -> Response {
    let age = crate::execution::unix_now().saturating_sub(shared.last_round.load(Ordering::Relaxed));
    if age > shared.stale_after {
        return text(StatusCode::SERVICE_UNAVAILABLE, format!("stale: the last round finished {age} s ago\n"));
    }
    match shared.periods.missing() {
        Some(reason) => text(StatusCode::SERVICE_UNAVAILABLE, reason),
        None => text(StatusCode::OK, "ok\n"),
    }
}

async fn metrics(State(shared): State<Arc<Shared>>) -> Response {
    let body = shared.metrics.render(shared.node_id);
    (StatusCode::OK, [(header::CONTENT_TYPE, stkr_daemon::metrics::CONTENT_TYPE)], body).into_response()
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use alloy::primitives::B256;

    use super::*;
    use crate::{execution::ExecutionView, probe};

    fn shared() -> Arc<Shared> {
        let signer = PrivateKeySigner::from_bytes(&B256::repeat_byte(3)).expect("key");
        let execution = ExecutionView { head_number: Some(42), reachable: true, ..ExecutionView::default() };
        let status = Status::new(5, signer.address(), 31337, "healthy", &execution, None, vec![]);
        Arc::new(Shared {
            node_id: 5,
            signer,
            status: RwLock::new(status),
            metrics: Arc::new(Metrics::default()),
            last_round: AtomicU64::new(crate::execution::unix_now()),
            stale_after: 60,
            periods: Periods::default(),
        })
    }

    #[tokio::test]
    async fn a_real_client_gets_a_status_signed_for_its_challenge() {
        let shared = shared();
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let address = listener.local_addr().expect("addr");
        let server = tokio::spawn(serve(listener, shared.clone(), Routes { probe: true, metrics: true }));
        let target = probe::Target {
            node_id: 5,
            sidecar: shared.signer.address(),
            probe_url: format!("http://{address}/status"),
        };
        let expect = probe::Expectations { chain_id: 31337, own_head: 44, max_lag_blocks: 5 };
        let result = probe::audit(&probe::client(Duration::from_secs(2)), &target, expect).await;
        assert_eq!(result, probe::AuditResult { node_id: 5, up: true, reason: None, head_number: Some(42) });

        let client = probe::client(Duration::from_secs(2));
        let get = |path: &str| {
            let client = client.clone();
            let url = format!("http://{address}{path}");
            async move {
                let response = client.get(url).send().await.expect("answer");
                (response.status().as_u16(), response.text().await.expect("body"))
            }
        };
        assert_eq!(get("/healthz").await, (200, "ok\n".into()));
        // A report in period 7, the chain in period 8: healthy; in period 9 with none since: not.
        shared.periods.observe(8, Some(7));
        assert_eq!(get("/healthz").await, (200, "ok\n".into()));
        shared.periods.observe(9, Some(7));
        assert_eq!(
            get("/healthz").await,
            (503, "no report has landed since period 7; the chain is in period 9\n".into())
        );
        // Before any report the count starts at the first period seen.
        let fresh = Periods::default();
        fresh.observe(20, None);
        fresh.observe(21, None);
        assert!(fresh.missing().is_none());
        fresh.observe(22, None);
        assert!(fresh.missing().is_some());
        shared.periods.observe(9, Some(9));
        let (code, metrics) = get("/metrics").await;
        assert_eq!(code, 200);
        assert!(metrics.contains("stkr_sidecar_reports_sent_total{node=\"5\"} 0"));
        assert_eq!(get("/status?challenge=0xzz").await.0, 400);
        assert_eq!(get("/nothing").await.0, 404);
        shared.last_round.store(0, Ordering::Relaxed);
        assert_eq!(get("/healthz").await.0, 503);
        server.abort();
    }
}
