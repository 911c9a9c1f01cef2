//! POST /v1/attestations, the key generation rounds under /v1/dkg, GET /health and GET /metrics on the daemon skeleton's HTTP server, with its limits on size, time and connections.

use std::sync::{Arc, atomic::Ordering};

use axum::{
    Router,
    body::Bytes,
    extract::State,
    http::{StatusCode, header},
    response::{IntoResponse, Response},
    routing::{get, post},
};
use stkr_core::{
    cosign::{COSIGN_PATH, PROVIDER_SIGNATURE_HEADER},
    dkg::{DKG_PATH, RoundRequest, Signed, Transcript},
    guardian::{ATTESTATIONS_PATH, DepositRequest, Refusal},
};
use stkr_daemon::http::{Limits, text};
use tokio::net::TcpListener;

use crate::daemon::{Guardian, unix_now};

/// Serve the guardian's endpoints on `listener` until the task is dropped; `/health` fails once the last
/// round is older than `stale_after` seconds.
pub async fn serve(listener: TcpListener, guardian: Arc<Guardian>, stale_after: u64) {
    // A ceremony's transcript grows with the committee (about 2.5 KB a guardian); 1 MiB holds 255 of them.
    let limits = Limits { max_body_bytes: 1024 * 1024, ..Limits::default() };
    stkr_daemon::http::serve(listener, router(guardian, stale_after), limits).await;
}

fn router(guardian: Arc<Guardian>, stale_after: u64) -> Router {
    Router::new()
        .route(ATTESTATIONS_PATH, post(attestations))
        .route(&format!("{DKG_PATH}/join"), post(dkg_join))
        .route(&format!("{DKG_PATH}/deal"), post(dkg_deal))
        .route(&format!("{DKG_PATH}/check"), post(dkg_check))
        .route(&format!("{DKG_PATH}/reveal"), post(dkg_reveal))
        .route(&format!("{DKG_PATH}/finish"), post(dkg_finish))
        .route(&format!("{COSIGN_PATH}/{{pubkey}}"), post(cosign))
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

/// A round's answer: the guardian's signed message, 422 with the refusal, 503 when it cannot read the chain.
fn round_answer(answer: crate::distributed::Answer) -> Response {
    match answer {
        Ok(signed) => json(StatusCode::OK, &signed),
        Err(Refusal::Refused(sentence)) => error(StatusCode::UNPROCESSABLE_ENTITY, sentence),
        Err(Refusal::Failed(e)) => {
            error(StatusCode::SERVICE_UNAVAILABLE, format!("this guardian cannot read the chain: {e}"))
        }
    }
}

/// The body as `T`, or the 400 that says what was expected.
fn parse<T: serde::de::DeserializeOwned>(body: &Bytes, expected: &str) -> Result<T, String> {
    serde_json::from_slice(body).map_err(|e| format!("the request is not {expected} ({e})"))
}

async fn dkg_join(State(guardian): State<Arc<Guardian>>, body: Bytes) -> Response {
    match parse::<Signed>(&body, "a signed ceremony") {
        Ok(signed) => round_answer(guardian.dkg_join(&signed).await),
        Err(sentence) => error(StatusCode::BAD_REQUEST, sentence),
    }
}

async fn dkg_deal(State(guardian): State<Arc<Guardian>>, body: Bytes) -> Response {
    match parse::<RoundRequest>(&body, "the joined messages of a ceremony") {
        Ok(request) => round_answer(guardian.dkg_deal(&request).await),
        Err(sentence) => error(StatusCode::BAD_REQUEST, sentence),
    }
}

async fn dkg_check(State(guardian): State<Arc<Guardian>>, body: Bytes) -> Response {
    match parse::<RoundRequest>(&body, "the dealings of a ceremony") {
        Ok(request) => round_answer(guardian.dkg_check(&request).await),
        Err(sentence) => error(StatusCode::BAD_REQUEST, sentence),
    }
}

async fn dkg_reveal(State(guardian): State<Arc<Guardian>>, body: Bytes) -> Response {
    match parse::<RoundRequest>(&body, "the checked messages of a ceremony") {
        Ok(request) => round_answer(guardian.dkg_reveal(&request).await),
        Err(sentence) => error(StatusCode::BAD_REQUEST, sentence),
    }
}

async fn dkg_finish(State(guardian): State<Arc<Guardian>>, body: Bytes) -> Response {
    match parse::<Transcript>(&body, "a ceremony's transcript") {
        Ok(transcript) => round_answer(guardian.dkg_finish(&transcript).await),
        Err(sentence) => error(StatusCode::BAD_REQUEST, sentence),
    }
}

/// A partial signature, 422 with the refusal (slashable, not the provider, not a duty it can check).
async fn cosign(
    State(guardian): State<Arc<Guardian>>,
    axum::extract::Path(pubkey): axum::extract::Path<String>,
    headers: axum::http::HeaderMap,
    body: Bytes,
) -> Response {
    let signature = headers.get(PROVIDER_SIGNATURE_HEADER).and_then(|v| v.to_str().ok());
    match guardian.cosign(pubkey.trim_start_matches("0x"), signature, &body).await {
        Ok(partial) => json(StatusCode::OK, &partial),
        Err(Refusal::Refused(sentence)) => error(StatusCode::UNPROCESSABLE_ENTITY, sentence),
        Err(Refusal::Failed(e)) => {
            error(StatusCode::SERVICE_UNAVAILABLE, format!("this guardian cannot sign now: {e}"))
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
