//! POST /v1/attestations, GET /health and GET /metrics on the daemon skeleton's HTTP server, with its limits on size, time and connections.

use std::sync::{Arc, atomic::Ordering};

use axum::{
    Router,
    body::Bytes,
    extract::State,
    http::{StatusCode, header},
    response::{IntoResponse, Response},
    routing::{get, post},
};
use stkr_core::guardian::{ATTESTATIONS_PATH, DepositRequest, Refusal};
use stkr_daemon::http::{Limits, text};
use tokio::net::TcpListener;

use crate::daemon::{Guardian, unix_now};

/// Serve the guardian's endpoints on `listener` until the task is dropped; `/health` fails once the last
/// round is older than `stale_after` seconds.
pub async fn serve(listener: TcpListener, guardian: Arc<Guardian>, stale_after: u64) {
    stkr_daemon::http::serve(listener, router(guardian, stale_after), Limits::default()).await;
}

fn router(guardian: Arc<Guardian>, stale_after: u64) -> Router {
    Router::new()
        .route(ATTESTATIONS_PATH, post(attestations))
        .route("/health", get(move |state| health(state, stale_after)))
        .route("/metrics", get(metrics))
        .fallback(|| async { text(StatusCode::NOT_FOUND, "not found\n") })
        .with_state(guardian)
}

fn json(code: StatusCode, body: &impl serde::Serialize) -> Response {
    match serde_json::to_string(body) {
        Ok(body) => (code, [(header::CONTENT_TYPE, "application/json")], body).into_response(),
        Err(e) => text(StatusCode::INTERNAL_SERVER_ERROR, format!("cannot encode the answer: {e}\n")),
    }
}

fn error(code: StatusCode, sentence: String) -> Response {
    json(code, &serde_json::json!({ "error": sentence }))
}

/// The attestation, 422 with the refusal sentence, 400 for a malformed request, 503 when the chain
/// could not be read.
async fn attestations(State(guardian): State<Arc<Guardian>>, body: Bytes) -> Response {
    let request: DepositRequest = match serde_json::from_slice(&body) {
        Ok(request) => request,
        Err(e) => {
            return error(
                StatusCode::BAD_REQUEST,
                format!(
                    "the request is not a deposit to attest ({e}): send pool_id, pubkey, signature and deposit_data_root"
                ),
            );
        }
    };
    match guardian.attest(&request).await {
        Ok(attestation) => json(StatusCode::OK, &attestation),
        Err(Refusal::Refused(sentence)) => error(StatusCode::UNPROCESSABLE_ENTITY, sentence),
        Err(Refusal::Failed(e)) => {
            error(StatusCode::SERVICE_UNAVAILABLE, format!("this guardian cannot read the chain: {e}"))
        }
    }
}

async fn health(State(guardian): State<Arc<Guardian>>, stale_after: u64) -> Response {
    let age = unix_now().saturating_sub(guardian.last_round.load(Ordering::Relaxed));
    if age <= stale_after {
        text(StatusCode::OK, "ok\n")
    } else {
        text(StatusCode::SERVICE_UNAVAILABLE, format!("stale: the deposit index last caught up {age} s ago\n"))
    }
}

async fn metrics(State(guardian): State<Arc<Guardian>>) -> Response {
    let body = guardian.metrics.render(guardian.signer.address());
    (StatusCode::OK, [(header::CONTENT_TYPE, stkr_daemon::metrics::CONTENT_TYPE)], body).into_response()
}
