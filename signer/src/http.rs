//! The Web3Signer remote-signing API a validator client already speaks (`GET /upcheck`, `GET /api/v1/eth2/publicKeys`, `POST /api/v1/eth2/sign/{pubkey}`), with `GET /status` and `GET /metrics`, on the daemon skeleton's HTTP server.

use std::sync::Arc;

use axum::{
    Router,
    body::Bytes,
    extract::{Path, State},
    http::{StatusCode, header},
    response::{IntoResponse, Response},
    routing::{get, post},
};
use serde::Serialize;
use stkr_daemon::http::{Limits, text};
use tokio::net::TcpListener;

use crate::daemon::{SignError, Signer};

/// Serve the API on `listener` until the task is dropped.
pub async fn serve(listener: TcpListener, signer: Arc<Signer>) {
    // Phase0 and Altair blocks arrive whole (up to 128 attestations, deposits, exits): room for the largest.
    let limits = Limits { max_body_bytes: 4 * 1024 * 1024, ..Limits::default() };
    stkr_daemon::http::serve(listener, router(signer), limits).await;
}

/// The routes.
pub fn router(signer: Arc<Signer>) -> Router {
    Router::new()
        .route("/upcheck", get(|| async { json(StatusCode::OK, &serde_json::json!({ "status": "OK" })) }))
        .route("/api/v1/eth2/publicKeys", get(public_keys))
        .route("/api/v1/eth2/sign/{pubkey}", post(sign))
        .route("/status", get(status))
        .route("/metrics", get(metrics))
        .fallback(|| async { text(StatusCode::NOT_FOUND, "not found\n") })
        .with_state(signer)
}

fn json(code: StatusCode, body: &(impl Serialize + ?Sized)) -> Response {
    match serde_json::to_string(body) {
        Ok(body) => (code, [(header::CONTENT_TYPE, "application/json")], body).into_response(),
        Err(e) => text(StatusCode::INTERNAL_SERVER_ERROR, format!("cannot encode the answer: {e}\n")),
    }
}

async fn public_keys(State(signer): State<Arc<Signer>>) -> Response {
    json(StatusCode::OK, std::slice::from_ref(&signer.pubkey))
}

/// `{"signature": "0x…"}`, or the status code Web3Signer gives with the sentence saying why not.
async fn sign(State(signer): State<Arc<Signer>>, Path(pubkey): Path<String>, body: Bytes) -> Response {
    match signer.sign(&pubkey, &body).await {
        Ok(signature) => {
            json(StatusCode::OK, &serde_json::json!({ "signature": alloy::hex::encode_prefixed(signature) }))
        }
        Err(e) => {
            let code = match e {
                SignError::UnknownKey(_) => StatusCode::NOT_FOUND,
                SignError::Invalid(_) => StatusCode::BAD_REQUEST,
                SignError::Slashable(_) => StatusCode::PRECONDITION_FAILED,
                SignError::NoQuorum(_) => StatusCode::SERVICE_UNAVAILABLE,
                SignError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
            };
            text(code, format!("{e}\n"))
        }
    }
}

/// What `stkr signer status` shows.
#[derive(Debug, Serialize)]
pub struct Status {
    /// The validator key.
    pub validator: String,
    /// The pool it belongs to.
    pub pool_id: u64,
    /// The provider.
    pub provider: String,
    /// How many guardians must sign.
    pub threshold: u32,
    /// The guardians asked, by index.
    pub guardians: Vec<GuardianStatus>,
    /// Signatures returned so far.
    pub signatures: u64,
    /// Requests refused so far.
    pub refusals: u64,
    /// The slashing-protection record.
    pub slashing_protection: String,
}

/// One guardian in the status.
#[derive(Debug, Serialize)]
pub struct GuardianStatus {
    /// Its share index.
    pub index: u32,
    /// Its URL.
    pub url: String,
    /// Valid partials it gave.
    pub partials: u64,
    /// Times it refused, failed or was late.
    pub failures: u64,
}

fn family_total(
    family: &prometheus_client::metrics::family::Family<
        Vec<(String, String)>,
        prometheus_client::metrics::counter::Counter,
    >,
    key: Option<(&str, String)>,
) -> u64 {
    match key {
        Some((name, value)) => family.get_or_create(&vec![(name.to_string(), value)]).get(),
        None => 0,
    }
}

async fn status(State(signer): State<Arc<Signer>>) -> Response {
    let kinds = [
        "block",
        "attestation",
        "aggregation_slot",
        "aggregate_and_proof",
        "randao_reveal",
        "voluntary_exit",
        "sync_committee_message",
        "sync_committee_selection_proof",
        "sync_committee_contribution_and_proof",
        "validator_registration",
        "deposit",
    ];
    let reasons = ["unknown_key", "invalid", "slashable", "no_quorum", "internal"];
    let m = &signer.metrics;
    let status = Status {
        validator: signer.pubkey.clone(),
        pool_id: signer.key.ceremony.pool_id,
        provider: signer.key.ceremony.provider.to_string(),
        threshold: signer.key.group.guardians.threshold,
        guardians: signer
            .guardians
            .iter()
            .map(|g| GuardianStatus {
                index: g.index,
                url: g.url.clone(),
                partials: family_total(&m.partials, Some(("guardian", g.index.to_string()))),
                failures: family_total(&m.partial_failures, Some(("guardian", g.index.to_string()))),
            })
            .collect(),
        signatures: kinds.iter().map(|k| family_total(&m.signed, Some(("duty", (*k).to_string())))).sum(),
        refusals: reasons.iter().map(|r| family_total(&m.refused, Some(("reason", (*r).to_string())))).sum(),
        slashing_protection: signer.protection.path().display().to_string(),
    };
    json(StatusCode::OK, &status)
}

async fn metrics(State(signer): State<Arc<Signer>>) -> Response {
    let body = signer.metrics.render(&signer.pubkey);
    (StatusCode::OK, [(header::CONTENT_TYPE, stkr_daemon::metrics::CONTENT_TYPE)], body).into_response()
}
